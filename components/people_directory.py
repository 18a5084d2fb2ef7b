"""The Delegations page's directory: everyone who took part in the events in view, and one person's appearances
over time (a click on one opens it on the Timeline)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import charts, filters, resources, topic_charts
from components.labels import country_name, format_when, text_or_none
from components.layout import md
from entente.query import Filters

COLUMNS = {"name": "Name", "country": "Side", "title": "Title", "affiliation": "Organisation", "events": "Events",
           "documents": "Documents", "first_date": "First seen", "last_date": "Last seen"}


def show(chosen: Filters, key: str = "person") -> str | None:
    """The directory of the people in the events `chosen` lets through, and a picker (owning `key`) for the
    person whose appearances are drawn; returns that person."""
    people = resources.people(chosen)
    st.caption(f"{len(people)} people take part in the events in view, most active first.")
    st.dataframe(
        people.assign(country=people["country"].map(lambda c: country_name(c) if text_or_none(c) else ""),
                      title=people["title"].fillna(""), affiliation=people["affiliation"].fillna(""))
        [list(COLUMNS)].rename(columns=COLUMNS),
        hide_index=True, width="stretch", key="people-table",
        column_config={"First seen": st.column_config.DateColumn(), "Last seen": st.column_config.DateColumn()},
    )
    person = st.selectbox("Appearances of", list(people["name"]), key=key,
                          help="Type to search by name.") if not people.empty else None
    if person:
        appearances(person, people[people["name"] == person].iloc[0])
    return person


def appearances(person: str, known: pd.Series) -> None:
    seen = resources.appearances(person)
    about = ", ".join(str(v) for v in (known["title"], known["affiliation"]) if text_or_none(v))
    side = country_name(known["country"]) if text_or_none(known["country"]) else "side not stated"
    st.markdown(f"**{md(person)}** · {md(side)}" + (f" · {md(about)}" if about else ""))
    state = st.plotly_chart(topic_charts.appearances_figure(seen), key=f"appearances-{person}",
                            on_select="rerun", selection_mode="points", config={"displayModeBar": False})
    clicked = charts.event_ids(state.selection.points if state else [])
    if clicked:
        st.switch_page("app_pages/timeline.py", query_params=filters.link(event=clicked[0]))
    st.dataframe(pd.DataFrame({
        "When": [format_when(pd.Timestamp(d).date().isoformat(), None, text_or_none(p)) if pd.notna(d)
                 else "undated" for d, p in zip(seen["start_date"], seen["precision"], strict=True)],
        "Event": seen["title"], "Role": seen["role"].fillna(""),
        "Side": seen["side"].map(lambda c: country_name(c) if text_or_none(c) else ""),
    }), hide_index=True, width="stretch", key="appearances-table")
