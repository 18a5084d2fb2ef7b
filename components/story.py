"""Presenter mode's story: the filtered events one slide at a time, each slide bookmarkable by `event=`."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from components import charts, event_detail, filters, resources
from components.labels import country_name, format_when, text_or_none
from components.layout import empty_state, md


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
    figure = charts.timeline_figure(events, style=charts.COMPACT, selected=ids[index], theme_labels=theme_labels)
    st.plotly_chart(figure, key="story-strip", config={"displayModeBar": False, "staticPlot": True})
    back, forward, leave = st.columns([1, 1, 1])
    back.button("◀ Previous", disabled=index == 0, width="stretch", on_click=filters.update,
                kwargs={"event": ids[max(index - 1, 0)]}, key="story-prev", shortcut="Left")
    forward.button("Next ▶", disabled=index == len(ids) - 1, width="stretch", type="primary",
                   on_click=filters.update, kwargs={"event": ids[min(index + 1, len(ids) - 1)]}, key="story-next",
                   shortcut="Right")
    leave.button("Leave presenter mode", width="stretch", on_click=filters.update, kwargs={"present": None},
                 key="story-leave", shortcut="Esc")
    st.caption(f"Slide {index + 1} of {len(ids)} · {md(country_name(row['counterpart']))}")
    when = format_when(text_or_none(row["start"]), text_or_none(row["end"]), text_or_none(row["precision"]))
    st.markdown(f"## {md(when)}")
    details = resources.event(ids[index]) or row.to_dict()
    event_detail.show(details, resources.roster(ids[index]), theme_labels, key="story")
