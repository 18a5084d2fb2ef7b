"""Delegations: who met whom. A roster per event, the two sides side by side, and everyone who took part."""

import streamlit as st

from components import event_detail, filters, resources
from components.labels import country_name, format_when, text_or_none
from components.layout import empty_state, md, page_header

page_header("Delegations", "Each event's participants by side, with the roles the documents give them.")
chosen = filters.current()
events = resources.events(chosen)
with_people = events[events["participants"].map(len) > 0] if not events.empty else events
if with_people.empty:
    empty_state("No event with named participants matches these filters.")
    st.stop()

for _, row in with_people.iterrows():
    when = format_when(text_or_none(row["start"]), text_or_none(row["end"]), text_or_none(row["precision"]))
    with st.container(border=True):
        st.markdown(f"#### {md(row['title'])}")
        place = text_or_none(row["location"])
        st.caption(md(" · ".join(x for x in (when, place, country_name(row["counterpart"])) if x)))
        event_detail.show_roster(resources.roster(str(row["id"])), list(row["countries"]), key=f"roster-{row['id']}")
        st.page_link("app_pages/timeline.py", label="Show on the timeline", icon=":material/timeline:",
                     query_params=filters.link(event=str(row["id"])))

st.subheader("Everyone", anchor=False)
people = resources.people(chosen)
st.dataframe(
    people.rename(columns={"name": "Name", "country": "Side", "title": "Title", "affiliation": "Organisation",
                           "events": "Events", "documents": "Documents", "first_date": "First seen",
                           "last_date": "Last seen"}),
    hide_index=True, width="stretch",
    column_config={"First seen": st.column_config.DateColumn(), "Last seen": st.column_config.DateColumn()},
)
