"""Overview: how big the corpus is, what it spans, who the counterparts are, a compact timeline and a map."""

import pandas as pd
import streamlit as st

from components import charts, filters, layout, map_chart, resources, time_axis
from components.labels import country_name, format_when
from components.layout import empty_state, md, page_header

NAMED = 8  # counterparts named under their count, busiest first

page_header("Entente", "Dated events, delegations and themes from the documents of a bilateral relationship.")
chosen = filters.current()
summary = resources.summary(chosen)
if not summary["library"]:
    empty_state("The library is empty.", "Add documents on the Documents page.")
    layout.stop()

# The headline numbers follow the sidebar's filters, as the charts below do.
size, span, people, counterparts = st.columns(4)
size.metric("Documents", summary["documents"], help="Documents with events in this view")
size.caption(f"{summary['events']} events" + (f" · {summary['library']} documents in the library"
                                              if summary["library"] != summary["documents"] else ""))
events = resources.events(chosen)
opening = time_axis.focus(events["start_date"], events["end_date"])  # where the events are, not the outliers
if opening is not None:
    span.metric("From", format_when(opening.first.date().isoformat(), None, "day"))
    last = (opening.last - pd.Timedelta(days=1)).date().isoformat()
    span.caption(f"to {format_when(last, None, 'day')}"
                 + (f" · {opening.outside} outlying event{'s' * (opening.outside != 1)} left out"
                    if opening.outside else ""))
else:
    span.metric("From", "undated")
people.metric("People", summary["people"], help="Named participants in the events in this view")
counterparts.metric("Counterparts", len(summary["counterparts"]))
busiest = [c for c in events["counterpart"].value_counts().index if c][:NAMED]  # the most events first
rest = len(summary["counterparts"]) - len(busiest)
counterparts.caption(md(", ".join(country_name(c) for c in busiest) + (f" and {rest} more" if rest > 0 else ""))
                     or "none yet")

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
