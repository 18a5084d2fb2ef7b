"""Presenter mode's story: the filtered events one slide at a time, each slide bookmarkable by `event=`;
speaker notes (delegations, evidence quotes, sources) under the slide when `notes=1`, hidden for screen-sharing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from components import charts, event_detail, filters, resources
from components.labels import country_name
from components.layout import empty_state, md
from entente.query import lane_country


def slide_index(ids: list[str], current: str | None) -> int:
    """Which slide the URL points at: the event's position, or the first slide for an unknown id."""
    return ids.index(current) if current in ids else 0


def show(events: pd.DataFrame, theme_labels: Mapping[str, str]) -> None:
    """One event per slide with Previous / Next (also the ← → keys a presentation clicker sends; Esc leaves);
    the compact timeline above shows where we are."""
    if events.empty:
        empty_state("No events to present with these filters.")
        st.button("Leave presenter mode", on_click=filters.update, kwargs={"present": None})
        return
    ids = [str(i) for i in events["id"]]
    index = slide_index(ids, filters.view().get("event"))
    row = events.iloc[index]
    chosen = filters.current().countries
    back, forward, leave = st.columns([1, 1, 1])
    back.button("◀ Previous", disabled=index == 0, width="stretch", on_click=filters.update,
                kwargs={"event": ids[max(index - 1, 0)]}, key="story-prev", shortcut="Left")
    forward.button("Next ▶", disabled=index == len(ids) - 1, width="stretch", type="primary",
                   on_click=filters.update, kwargs={"event": ids[min(index + 1, len(ids) - 1)]}, key="story-next",
                   shortcut="Right")
    leave.button("Leave", width="stretch", on_click=filters.update, kwargs={"present": None},
                 key="story-leave", shortcut="Esc", help="Leave presenter mode (Esc)")
    lane = lane_country(row["countries"], row["counterpart"], chosen, row["participants"])
    st.caption(f"Slide {index + 1} of {len(ids)} · {md(country_name(lane))}")
    # The headline first (the date is in the facts under it): at 1280x720 it sits near the top, and the
    # strip showing where the event falls comes after the facts.
    details = resources.event(ids[index]) or row.to_dict()
    event_detail.facts(details, theme_labels, heading="##")
    # Where this event falls among its counterpart's events: one lane, a few hundred pixels (every lane of a
    # large corpus made a 5,000-pixel strip, redrawn on each slide).
    figure = resources.strip_figure(filters.current(), lane=lane, selected=ids[index])
    st.plotly_chart(charts.unchecked(figure), key="story-strip",
                    config={"displayModeBar": False, "staticPlot": True})
    notes_on = notes_shown()
    st.button("Hide speaker notes" if notes_on else "Show speaker notes", key="story-notes", shortcut="N",
              icon=":material/speaker_notes_off:" if notes_on else ":material/speaker_notes:",
              on_click=filters.update, kwargs={"notes": None if notes_on else "1"},
              help="Delegations, evidence quotes and their documents, for the presenter's eyes (key N).")
    if notes_on:
        speaker_notes(details, resources.roster(ids[index]))


def notes_shown() -> bool:
    return filters.view().get("notes") == "1"


def speaker_notes(event: Mapping[str, Any], roster: pd.DataFrame) -> None:
    """What the presenter may want to say: who took part and the quotes the event was read from. Document
    text is shown as plain text only (st.text and tables), never rendered as Markdown or HTML."""
    with st.container(border=True, key="speaker-notes"):
        st.markdown("### Speaker notes")
        st.markdown("**Delegations**")
        event_detail.roster_lines(roster, list(event.get("countries") or []))
        event_detail.evidence(event, links=False)
        if not event.get("evidence"):
            st.caption("No evidence quotes are stored for this event.")
