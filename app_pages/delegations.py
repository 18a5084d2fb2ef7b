"""Delegations: who met whom. A roster per event, the sides side by side; and a directory of everyone who took
part, with each person's appearances over time."""

import math

import pandas as pd
import streamlit as st

from components import charts, event_detail, filters, layout, resources, topic_charts
from components.labels import country_name, format_when, text_or_none
from components.layout import empty_state, md, page_header

PER_PAGE = 10  # rosters per page: a corpus of hundreds of meetings stays quick to draw

page_header("Delegations", "Each event's participants by side, with the roles the documents give them.")
chosen = filters.current()
events = resources.events(chosen)
with_people = events[events["participants"].map(len) > 0] if not events.empty else events
if with_people.empty:
    empty_state("No event with named participants matches these filters.")
    layout.stop()

rosters, directory = st.tabs([f"Rosters ({len(with_people)} events)", "People directory"])
with rosters:
    pages = math.ceil(len(with_people) / PER_PAGE)
    page = st.number_input("Page", 1, pages, 1, key="roster-page", help=f"{PER_PAGE} events to a page") \
        if pages > 1 else 1
    for _, row in with_people.iloc[(page - 1) * PER_PAGE: page * PER_PAGE].iterrows():
        when = format_when(text_or_none(row["start"]), text_or_none(row["end"]), text_or_none(row["precision"]))
        with st.container(border=True):
            st.markdown(f"#### {md(row['title'])}")
            place = text_or_none(row["location"])
            st.caption(md(" · ".join(x for x in (when, place, country_name(row["counterpart"])) if x)))
            event_detail.show_roster(resources.roster(str(row["id"])), list(row["countries"]),
                                     key=f"roster-{row['id']}")
            st.page_link("app_pages/timeline.py", label="Show on the timeline", icon=":material/timeline:",
                         query_params=filters.link(event=str(row["id"])))

with directory:
    people = resources.people(chosen)
    st.caption(f"{len(people)} people take part in the events in view, most active first.")
    shown = {"name": "Name", "country": "Side", "title": "Title", "affiliation": "Organisation", "events": "Events",
             "documents": "Documents", "first_date": "First seen", "last_date": "Last seen"}
    st.dataframe(
        people.assign(country=people["country"].map(lambda c: country_name(c) if text_or_none(c) else ""),
                      title=people["title"].fillna(""), affiliation=people["affiliation"].fillna(""))
        [list(shown)].rename(columns=shown),
        hide_index=True, width="stretch", key="people-table",
        column_config={"First seen": st.column_config.DateColumn(), "Last seen": st.column_config.DateColumn()},
    )
    person = st.selectbox("Appearances of", list(people["name"]), key="person",
                          help="Type to search by name.") if not people.empty else None
    if person:
        seen = resources.appearances(person)
        known = people[people["name"] == person].iloc[0]
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
