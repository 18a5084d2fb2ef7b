"""Overview: how big the corpus is, what it spans, who the counterparts are, a compact timeline and a map."""

import streamlit as st

from components import charts, filters, layout, map_chart, resources
from components.labels import country_name, format_when
from components.layout import empty_state, md, page_header

page_header("Entente", "Dated events, delegations and themes from the documents of a bilateral relationship.")
summary = resources.summary()
if not summary["documents"]:
    empty_state("The library is empty.", "Add documents on the Documents page.")
    layout.stop()

size, span, people, counterparts = st.columns(4)
size.metric("Documents", summary["documents"], help="Documents in the library")
size.caption(f"{summary['events']} events")
span.metric("From", format_when(summary["first_date"], None, "day"))
span.caption(f"to {format_when(summary['last_date'], None, 'day')}")
people.metric("People", summary["people"], help="Named participants in the events")
counterparts.metric("Counterparts", len(summary["counterparts"]))
counterparts.caption(md(", ".join(country_name(c) for c in summary["counterparts"])) or "none yet")

st.subheader("Timeline", anchor=False)
events = resources.events(filters.current())
if events.empty:
    empty_state("No events match the filters.", "Clear filters in the sidebar to see the whole corpus.")
else:
    figure = charts.timeline_figure(events, style=charts.COMPACT, theme_labels=resources.theme_labels())
    st.plotly_chart(figure, key="overview-timeline", config={"displayModeBar": False})
    st.page_link("app_pages/timeline.py", label="Open the full timeline", icon=":material/timeline:",
                 query_params=filters.link())

st.subheader("Where events took place", anchor=False)
places = resources.event_places(filters.current())
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
