"""Timeline: the filtered events in swimlanes; a click opens an event's details; presenter mode steps through them."""

import streamlit as st

from components import charts, event_detail, exports, filters, resources, story
from components.layout import empty_state, page_header

view = filters.view()
events = resources.events(filters.current())
labels = resources.theme_labels()
if filters.presenting():
    story.show(events, labels)
    st.stop()

page_header("Timeline", "◆ a single day · ▬ a span of days · ▨ pale and hatched: the document gives only the "
                        "month, year or decade. Click an event for its details.")
if events.empty:
    empty_state("No events match these filters.", "Widen the years or clear filters in the sidebar.")
    st.stop()

lane = st.segmented_control("Swimlanes by", list(filters.LANES), format_func=filters.LANES.get,
                            default=view.get("lane", "counterpart"), key="lane") or "counterpart"
if lane != view.get("lane", "counterpart"):
    filters.update(lane=None if lane == "counterpart" else lane)
selected = view.get("event")
figure = charts.timeline_figure(events, lane=lane, selected=selected, theme_labels=labels)
# A new key after "Close" drops plotly's selection, so clicking the same event again reopens it.
generation = st.session_state.setdefault("_timeline_generation", 0)
state = st.plotly_chart(figure, key=f"timeline-{generation}", on_select="rerun", selection_mode="points",
                        config={"displaylogo": False, "scrollZoom": True}, alt=charts.timeline_alt(events, lane))
clicked = charts.event_ids(state.selection.points) if state else []
if clicked and clicked[0] != selected and clicked[0] != st.session_state.get("_timeline_clicked"):
    st.session_state["_timeline_clicked"] = clicked[0]
    filters.update(event=clicked[0])
    st.rerun()


def _close() -> None:
    st.session_state["_timeline_generation"] = generation + 1
    st.session_state.pop("_timeline_clicked", None)
    filters.update(event=None)


details = resources.event(selected) if selected else None
if details:
    with st.container(border=True):
        event_detail.show(details, resources.roster(selected), labels, key="timeline-detail")
        st.button("Close", on_click=_close, icon=":material/close:")
event_detail.pick_table(events, key=f"timeline-table-{generation}")
exports.buttons(events)
st.button("Present these events", icon=":material/slideshow:", on_click=filters.update,
          kwargs={"present": "1", "event": selected or str(events.iloc[0]["id"])})
