"""One event's details: date and precision, place, delegations side by side, themes, evidence quotes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from components import corrections, filters
from components.labels import country_name, format_when, text_or_none, theme_name
from components.layout import md
from entente.models import HOME


def roster_table(part: pd.DataFrame) -> pd.DataFrame:
    """Name, role, and one "Position" column (title, organisation) so three sides fit side by side; a person
    named in several roles is one row, the roles joined ("chair, speaker")."""
    rows: dict[str, dict[str, Any]] = {}
    for name, role, title, affiliation in zip(part["name"], part["role"], part["title"], part["affiliation"],
                                              strict=True):
        row = rows.setdefault(str(name), {"Name": str(name), "Role": [], "Position": ", ".join(
            str(v) for v in (title, affiliation) if text_or_none(v))})
        if text_or_none(role) and role not in row["Role"]:
            row["Role"].append(str(role))
    table = pd.DataFrame(list(rows.values()), columns=["Name", "Role", "Position"])
    table["Role"] = [", ".join(roles) for roles in table["Role"]]
    return table


def sides(roster: pd.DataFrame, countries: list[str]) -> list[tuple[str, pd.DataFrame]]:
    """The roster split by side, the home side first, then the counterpart(s), then people of no known side."""
    order = [HOME] + [c for c in countries if c != HOME]
    found = [s for s in roster["side"].dropna().unique() if s not in order] if not roster.empty else []
    out = []
    for side in order + sorted(found):
        part = roster[roster["side"] == side] if not roster.empty else roster
        if not part.empty or side in countries[:2]:
            out.append((side, part))
    unknown = roster[roster["side"].isna()] if not roster.empty else roster
    if not unknown.empty:
        out.append(("", unknown))
    return out


def show_roster(roster: pd.DataFrame, countries: list[str], *, key: str) -> None:
    """Delegations side by side: one table per side, with roles."""
    groups = sides(roster, countries)
    if roster.empty:
        st.caption("No participants are named for this event.")
        return
    columns = st.columns(max(len(groups), 1))
    for column, (side, part) in zip(columns, groups, strict=False):
        with column:
            st.markdown(f"**{md(country_name(side) if side else 'Side not stated')}**")
            if part.empty:
                st.caption("Nobody named.")
                continue
            table = roster_table(part)
            st.dataframe(table, hide_index=True, width="stretch", key=f"{key}-{side or 'none'}")


def roster_lines(roster: pd.DataFrame, countries: list[str]) -> None:
    """The delegations as lines of text, side by side, one person a line with roles and position: read at a
    glance in speaker notes, where a table's columns would be cut at a screen-share's width."""
    if roster.empty:
        st.caption("No participants are named for this event.")
        return
    groups = sides(roster, countries)
    for column, (side, part) in zip(st.columns(max(len(groups), 1)), groups, strict=False):
        with column:
            st.markdown(f"**{md(country_name(side) if side else 'Side not stated')}**")
            table = roster_table(part)
            lines = [f"- **{md(r.Name)}**" + "".join(f" · {md(x)}" for x in (r.Role, r.Position) if x)
                     for r in table.itertuples()]
            st.markdown("\n".join(lines) if lines else "Nobody named.")


def facts(event: Mapping[str, Any], theme_labels: Mapping[str, str], *, heading: str | None = None) -> None:
    """The headline facts: title (a subheader, or a Markdown `heading` level such as "##"), corrections,
    when and where, type, countries and theme links."""
    when = format_when(text_or_none(event.get("start")), text_or_none(event.get("end")),
                       text_or_none(event.get("precision")))
    if heading:
        st.markdown(f"{heading} {md(event.get('title'))}")
    else:
        st.subheader(md(event.get("title")), anchor=False)
    marks = (["Corrected by an analyst"] if event.get("corrected") else []) + (
        [f"merged from {len(event['merged_from'])} other report(s)"] if event.get("merged_from") else [])
    if marks:
        st.caption(":material/edit_note: " + " · ".join(marks))
    place = text_or_none(event.get("location"))
    where = f"{place} ({country_name(event.get('location_country'))})" if place and event.get("location_country") \
        else (place or "place not given")
    st.markdown(
        f"**When:** {md(when)} · precision: {md(event.get('precision') or 'unknown')}  \n"
        f"**Where:** {md(where)}  \n"
        f"**Type:** {md(event.get('type'))} · **Countries:** "
        f"{md(', '.join(country_name(c) for c in event.get('countries') or []))}"
    )
    themes = list(event.get("themes") or [])
    if themes:  # each tag as wide as its name, wrapping onto a new line rather than clipping it
        with st.container(horizontal=True, gap="small", key="theme-tags"):
            for theme in themes:
                st.page_link("app_pages/topics.py", label=md(theme_name(theme, theme_labels)), icon=":material/sell:",
                             query_params=filters.link(theme=theme, event=None, doc=None, hl=None), width="content")


def evidence(event: Mapping[str, Any], *, links: bool = True) -> None:
    """The quotes the event was read from, each shown as plain text (never rendered), with its document."""
    quotes = list(event.get("evidence") or [])
    if quotes:
        st.markdown("**Evidence**")
    for i, quote in enumerate(quotes):
        with st.container(border=True):
            st.text(quote.get("text") or "")
            if quote.get("note"):  # how the quote supports the event: "dated by the document's date: ..."
                st.caption(md(str(quote["note"])))
            title = quote.get("document_title") or quote.get("document_id") or "the document"
            span = f"{quote.get('start')}-{quote.get('end')}" if quote.get("end") is not None else None
            if links:
                st.page_link("app_pages/documents.py", label=f"Open in “{md(title)}”", icon=":material/description:",
                             query_params=filters.link(doc=quote.get("document_id"), hl=span, event=event.get("id")))
            else:
                st.text(f"Source: {title}")
            st.caption(f"Quote {i + 1} of {len(quotes)} · confidence {float(event.get('confidence') or 0):.0%}")


def show(event: Mapping[str, Any], roster: pd.DataFrame, theme_labels: Mapping[str, str], *, key: str,
         editable: bool = False) -> None:
    """The details panel for one event; `editable` adds the analysts' correction controls."""
    facts(event, theme_labels)
    st.markdown("**Delegations**")
    show_roster(roster, list(event.get("countries") or []), key=key)
    evidence(event)
    if editable:
        corrections.controls(event, key=key)


def event_label(start: object, end: object, precision: object, title: object, counterpart: object) -> str:
    """`17 Dec 1999 · Defense Cooperation Plan signed (Kazakhstan)`: one event in a list of choices."""
    when = format_when(text_or_none(start), text_or_none(end), text_or_none(precision))
    return f"{when} · {title} ({country_name(counterpart)})"


def pick_box(events: pd.DataFrame, selected: str | None, *, key: str, limit: int = 2000) -> None:
    """A searchable list of the events on the chart; choosing one opens its details, as a click on its mark
    does (the keyboard's and screen reader's way in). Past `limit` events the table below is the way."""
    if len(events) > limit:
        st.session_state[key] = None
        st.selectbox("Open an event", [], key=key, disabled=True,
                     placeholder=f"{len(events):,} events: narrow the filters, or open the table below")
        return
    names = {str(i): event_label(s, e, p, t, c) for i, s, e, p, t, c in zip(
        events["id"], events["start"], events["end"], events["precision"], events["title"], events["counterpart"],
        strict=True)}
    st.session_state[key] = selected if selected in names else None
    st.selectbox("Open an event", list(names), format_func=names.__getitem__, key=key, index=None,
                 placeholder=f"Type to search the {len(names)} events on the chart…",
                 on_change=lambda: filters.update(event=st.session_state.get(key)))


def pick_table(events: pd.DataFrame, *, key: str) -> None:
    """The events as a table; choosing a row opens its details (the keyboard route to what a click does)."""
    table = pd.DataFrame({
        "When": [format_when(text_or_none(s), text_or_none(e), text_or_none(p))
                 for s, e, p in zip(events["start"], events["end"], events["precision"], strict=True)],
        "Event": events["title"], "Type": events["type"],
        "Counterpart": events["counterpart"].map(country_name), "Place": events["location"].fillna(""),
    })
    if "corrected" in events:
        table["Corrected"] = ["✓" if bool(c) else "" for c in events["corrected"]]
    st.caption(f"{len(events)} events")
    state = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                         key=key)
    rows = state.selection.rows if state else []
    if rows:
        chosen = str(events.iloc[rows[0]]["id"])
        if chosen != st.session_state.get(f"{key}-chosen"):
            st.session_state[f"{key}-chosen"] = chosen
            filters.update(event=chosen)
            st.rerun()
