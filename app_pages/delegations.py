"""Delegations: who met whom. A roster per event, the sides side by side; and a directory of everyone who took
part, with each person's appearances over time."""

import math

import streamlit as st

from components import event_detail, filters, layout, people_directory, resources
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

count = len(with_people)
rosters, directory = st.tabs([f"Rosters ({count} event{'' if count == 1 else 's'})", "People directory"])
with rosters:
    pages = math.ceil(len(with_people) / PER_PAGE)
    page = st.number_input("Page", 1, pages, 1, key="roster-page", help=f"{PER_PAGE} events to a page") \
        if pages > 1 else 1
    for _, row in with_people.iloc[(page - 1) * PER_PAGE: page * PER_PAGE].iterrows():
        when = format_when(text_or_none(row["start"]), text_or_none(row["end"]), text_or_none(row["precision"]))
        with st.container(border=True):
            st.markdown(f"#### {md(row['title'])}")
            place = text_or_none(row["location"])
            parties = "–".join(country_name(c) for c in row["countries"])  # both sides, not one "counterpart"
            st.caption(md(" · ".join(x for x in (when, place, parties) if x)))
            event_detail.show_roster(resources.roster(str(row["id"])), list(row["countries"]),
                                     key=f"roster-{row['id']}")
            st.page_link("app_pages/timeline.py", label="Show on the timeline", icon=":material/timeline:",
                         query_params=filters.link(event=str(row["id"])))

with directory:
    people_directory.show(chosen)
