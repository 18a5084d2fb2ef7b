"""Analysts' corrections in the app: edit, hide, merge and undo on an event, and adding an event by hand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from components import actions, filters, resources
from components.labels import country_name, format_when, text_or_none, theme_name
from components.layout import md
from entente.carry import CARRIED_FROM
from entente.curation import EDITABLE_FIELDS, PRECISIONS, CorrectionError
from entente.models import EVENT_TYPES
from entente.query import Filters

DATE_HINT = "2010, 2010-03 or 2010-03-24"
_TOAST = "_correction_toast"
KINDS = {"edit": "Edited", "hide": "Hidden", "merge": "Merged", "add": "Added by hand"}


def flush_toast() -> None:
    """Say what the last correction did: it was saved just before a rerun, which would drop a toast."""
    message = st.session_state.pop(_TOAST, None)
    if message:
        st.toast(message, icon=":material/check_circle:")


def _done(message: str, **view: str | None) -> None:
    st.session_state[_TOAST] = message
    if view:
        filters.update(**view)
    st.rerun()


def _theme_options(current: list[str]) -> list[str]:
    labels = resources.theme_labels()
    return list(dict.fromkeys([*labels, *resources.facets().get("themes", []), *current]))


def _changes(event: Mapping[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """Only the fields the analyst actually changed, so the history says what was corrected."""
    out = {}
    for field, value in wanted.items():
        old = event.get(field)
        if field == "themes":
            if sorted(value) != sorted(old or []):
                out[field] = value
        elif (text_or_none(value) or None) != (text_or_none(old) or None):
            out[field] = value or None
    return out


def _edit_form(event: Mapping[str, Any], key: str) -> None:
    labels = resources.theme_labels()
    themes = list(event.get("themes") or [])
    with st.form(f"{key}-form"):
        title = st.text_input("Title", value=str(event.get("title") or ""), key=f"{key}-title")
        etype = st.selectbox("Type", EVENT_TYPES, key=f"{key}-type",
                             index=EVENT_TYPES.index(event["type"]) if event.get("type") in EVENT_TYPES else None)
        left, right, third = st.columns(3)
        start = left.text_input("Start", value=text_or_none(event.get("start")) or "", help=DATE_HINT,
                                placeholder=DATE_HINT, key=f"{key}-start")
        end = right.text_input("End (optional)", value=text_or_none(event.get("end")) or "", help=DATE_HINT,
                               placeholder=DATE_HINT, key=f"{key}-end")
        precision = third.selectbox("Precision", PRECISIONS, key=f"{key}-precision",
                                    index=PRECISIONS.index(event["precision"])
                                    if event.get("precision") in PRECISIONS else None)
        chosen = st.multiselect("Themes", _theme_options(themes), default=themes, key=f"{key}-themes",
                                format_func=lambda t: theme_name(t, labels))
        note = st.text_input("Why (optional)", key=f"{key}-note")
        if not st.form_submit_button("Save correction", icon=":material/save:"):
            return
    changes = _changes(event, {"title": title.strip(), "type": etype, "start": start.strip(), "end": end.strip(),
                               "precision": precision, "themes": chosen})
    if not changes:
        st.info("Nothing was changed.")
        return
    try:
        actions.correct(str(event["id"]), changes, note=note.strip() or None)
    except CorrectionError as exc:
        st.error(f"Not saved. {md(exc)}", icon=":material/error:")
        return
    _done(f"Saved: {', '.join(sorted(changes))} corrected.")


def _merge_candidates(event: Mapping[str, Any]) -> pd.DataFrame:
    """The other events, the same counterpart's first, each group in timeline order."""
    others = resources.events(Filters())
    others = others[others["id"] != event.get("id")]
    same = others["counterpart"] == event.get("counterpart")
    return pd.concat([others[same], others[~same]])


def _merge(event: Mapping[str, Any], key: str) -> None:
    candidates = _merge_candidates(event)
    if candidates.empty:
        return
    names = {str(i): f"{format_when(text_or_none(s), text_or_none(e), p)} · {t} ({country_name(c)})"
             for i, s, e, p, t, c in zip(candidates["id"], candidates["start"], candidates["end"],
                                         candidates["precision"], candidates["title"], candidates["counterpart"],
                                         strict=True)}
    other = st.selectbox("Merge with…", list(names), index=None, format_func=names.get, key=f"{key}-merge",
                         placeholder="Another report of the same event",
                         help="This event keeps its title and date and gains the other's sources and people.")
    if st.button("Merge into this event", disabled=other is None, key=f"{key}-merge-go",
                 icon=":material/merge:") and other:
        actions.merge(str(event["id"]), [other])
        _done("Merged: the other event's sources now belong to this one.")


def _history_line(correction: Mapping[str, Any]) -> str:
    kind = KINDS.get(correction["kind"], correction["kind"])
    payload = correction.get("payload") or {}
    if correction["kind"] == "edit":
        kind += " " + ", ".join(sorted(k for k in payload if k in EDITABLE_FIELDS))
    elif correction["kind"] == "merge":
        automatic = " automatically" if payload.get("automatic") else ""
        kind += f" {len(payload.get('absorbed', []))} event(s) in{automatic}"
    when = pd.Timestamp(correction["created_at"]).strftime("%d %b %Y %H:%M") if correction.get("created_at") else ""
    status = " · undone" if correction.get("undone_at") else ""
    if payload.get(CARRIED_FROM):
        status += f" · carried from an earlier version (correction {payload[CARRIED_FROM]})"
    note = f" — {correction['note']}" if correction.get("note") else ""
    return md(f"{kind} · {when}{status}{note}")


def show_history(history: list[dict[str, Any]], *, key: str, limit: int = 20) -> None:
    """Corrections newest first, each in force with its Undo button."""
    if not history:
        st.caption("No corrections yet.")
        return
    for correction in history[:limit]:
        text, button = st.columns([5, 1], vertical_alignment="center")
        text.markdown(_history_line(correction) + (f" · event {md(correction['event_id'])}" if key.endswith("all")
                                                   else ""))
        if correction.get("undone_at") is None:
            label = "Undo merge" if correction["kind"] == "merge" else "Undo"
            if button.button(label, key=f"{key}-undo-{correction['id']}", icon=":material/undo:"):
                actions.undo(int(correction["id"]))
                _done("Undone.")


def show_needing_review() -> None:
    """Corrections that could not follow their event to a document's new version: listed until the analyst
    has redone them on the new event (if they still apply) and dismisses them."""
    review = resources.needing_review()
    if not review:
        return
    with st.expander(f"{len(review)} correction(s) need review", icon=":material/rule:", expanded=True):
        st.caption("A document changed and these corrections could not be carried to the same event in its "
                   "new version. Redo them on the new event if they still apply, then dismiss them here.")
        for item in review:
            fields = f" ({', '.join(item['fields'])})" if item["fields"] else ""
            text, button = st.columns([5, 1], vertical_alignment="center")
            text.markdown(md(f"{KINDS.get(item['kind'], item['kind'])}{fields}: “{item['title']}” — "
                             f"{item['reason']}"))
            if button.button("Dismiss", key=f"review-{item['correction']}", icon=":material/done:",
                             help="Take it off this list; the correction itself stays where it was made."):
                actions.undo(int(item["dismiss"]))
                _done("Dismissed.")


def controls(event: Mapping[str, Any], *, key: str) -> None:
    """Correct, hide or merge this event, and its corrections with Undo."""
    event_id = str(event["id"])
    key = f"{key}-{event_id}-{resources.version()}"  # a fresh form after each correction or undo
    with st.expander("Correct this event", icon=":material/edit:"):
        _edit_form(event, key)
        _merge(event, key)
        if st.button("Hide this event", key=f"{key}-hide", icon=":material/visibility_off:",
                     help="A false event: hidden from every view and export (Undo under Corrections)."):
            actions.hide(event_id)
            _done("Hidden. Undo it under Corrections below the chart.", event=None)
    history = resources.corrections(event_id)
    if history:
        with st.expander(f"Corrections of this event ({len(history)})", icon=":material/history:"):
            show_history(history, key=f"{key}-history")


def add_form(*, key: str = "add-event") -> None:
    """A new event typed in by an analyst; it opens in the details panel once saved."""
    labels = resources.theme_labels()
    countries = [c for c in resources.facets().get("countries", []) if c != "US"]
    with st.form(key, clear_on_submit=False):
        title = st.text_input("Title", key=f"{key}-title")
        left, middle, right = st.columns(3)
        etype = left.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index("meeting"), key=f"{key}-type")
        start = middle.text_input("Start", placeholder=DATE_HINT, help=DATE_HINT, key=f"{key}-start")
        end = right.text_input("End (optional)", placeholder=DATE_HINT, help=DATE_HINT, key=f"{key}-end")
        precision = left.selectbox("Precision", PRECISIONS, key=f"{key}-precision")
        counterpart = middle.selectbox("Counterpart", countries, index=None, format_func=country_name,
                                       key=f"{key}-country")
        themes = st.multiselect("Themes", _theme_options([]), key=f"{key}-themes",
                                format_func=lambda t: theme_name(t, labels))
        note = st.text_input("Source or why (optional)", key=f"{key}-note")
        if not st.form_submit_button("Add the event", icon=":material/add:"):
            return
    event = {"title": title.strip(), "type": etype, "start": start.strip(), "end": end.strip() or None,
             "precision": precision, "themes": themes, "countries": ["US", counterpart] if counterpart else ["US"]}
    try:
        new_id = actions.add_event(event, note=note.strip() or None)
    except CorrectionError as exc:
        st.error(f"Not added. {md(exc)}", icon=":material/error:")
        return
    _done("Added. It is open below the chart.", event=new_id)
