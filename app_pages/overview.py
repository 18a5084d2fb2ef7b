"""Overview: how big the corpus is, what it spans, who the counterparts are, a compact timeline and a map."""

import streamlit as st

from components import charts, filters, headline, layout, map_chart, resources
from components.layout import empty_state, page_header

page_header("Entente", "Dated events, delegations and themes from the documents of a bilateral relationship.")
chosen = filters.current()
summary = resources.summary(chosen)
if not summary["library"]:
    empty_state("The library is empty.", "Add documents on the Documents page.")
    layout.stop()

events = resources.events(chosen)
headline.show(summary, events)

st.subheader("Timeline", anchor=False)
if events.empty:
    empty_state("No events match the filters.", "Clear filters in the sidebar to see the whole corpus.")
else:
    st.plotly_chart(charts.unchecked(resources.strip_figure(chosen)), key="overview-timeline",
                    config={"displayModeBar": False})
    st.page_link("app_pages/timeline.py", label="Open the full timeline", icon=":material/timeline:",
                 query_params=filters.link())

st.subheader("Where events took place", anchor=False)
places = resources.event_places(chosen)
codes = tuple(sorted({c for cs in events.get("countries", []) for c in cs} | set(places.get("country", []))))
st.plotly_chart(map_chart.event_map_figure(places, capitals=resources.capitals(codes)), key="overview-map",
                config=map_chart.OFFLINE_CONFIG, alt=map_chart.map_alt(places))
unplaced = len(events) - (int(places["events"].sum()) if not places.empty else 0)
notes = [f"{unplaced} of {len(events)} events name no place and are not on the map."] if unplaced else []
if not places.empty and not places["exact"].all():
    notes.append("Grey circles: a place the gazetteer lacks, shown at its country's capital.")
if notes:
    st.caption(" ".join(notes))

st.subheader("Latest documents", anchor=False)
latest = resources.documents().head(5)[["title", "published", "status", "events"]]
st.dataframe(latest.rename(columns=str.capitalize), hide_index=True, width="stretch")
st.page_link("app_pages/documents.py", label="All documents", icon=":material/description:",
             query_params=filters.link())
