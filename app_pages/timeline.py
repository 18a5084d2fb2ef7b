"""Timeline: the filtered events in swimlanes; a click opens an event's details; presenter mode steps through
them; the Office of the Historian's trips, visits and ambassadors can be laid under the selected counterparts."""

import streamlit as st

from components import charts, corrections, event_detail, exports, filters, layout, resources, story, time_axis
from components.labels import country_name
from components.layout import empty_state, page_header
from entente.reference import LAYERS

REF = "_timeline_ref"  # the chosen reference layers: this page's own URL parameter `ref`, e.g. ref=trips,visits
MAX_REF_COUNTRIES = 3


def _ref_in_url() -> list[str]:
    """`ref` from the URL (filters.clean keeps only known layers)."""
    return [layer for layer in filters.view().get("ref", "").split(",") if layer in LAYERS]


def _ref_changed() -> None:
    st.session_state[REF] = [layer for layer in LAYERS if layer in (st.session_state.get("w_ref") or [])]


view = filters.view()
events = resources.events(filters.current())
labels = resources.theme_labels()
if filters.presenting():
    story.show(events, labels)
    layout.stop()

corrections.flush_toast()
page_header("Timeline", "◆ a single day · ▬ a span of days · ▨ pale and hatched: the document gives only the "
                        "month, year or decade. Click an event for its details.")
if events.empty:
    empty_state("No events match these filters.", "Widen the years or clear filters in the sidebar.")
    layout.stop()

lane = st.segmented_control("Swimlanes by", list(filters.LANES), format_func=filters.LANES.get,
                            default=view.get("lane", "counterpart"), key="lane") or "counterpart"
if lane != view.get("lane", "counterpart"):
    filters.update(lane=None if lane == "counterpart" else lane)
countries = filters.current().countries[:MAX_REF_COUNTRIES]
if REF not in st.session_state:
    st.session_state[REF] = _ref_in_url()
st.session_state["w_ref"] = st.session_state[REF]
st.pills("Reference layers", list(LAYERS), selection_mode="multi", format_func=LAYERS.get, key="w_ref",
         on_change=_ref_changed, disabled=not countries,
         help="From the Office of the Historian: U.S. presidents' and secretaries of state's trips to the "
              "counterpart, its leaders' visits to the U.S., and U.S. ambassadors' tenures there. "
              + ("" if countries else "Pick a counterpart in the sidebar first."))
chosen = tuple(st.session_state[REF])
if ",".join(chosen) != (st.query_params.get("ref") or ""):
    filters.update(ref=",".join(chosen) or None)
several = len(countries) > 1  # then each country has its own lane per layer, named after it
names = {f"{layer}:{c}" if several else layer: LAYERS[layer] + (f" · {country_name(c)}" if several else "")
         for layer in LAYERS for c in countries}
selected = view.get("event")
figure = resources.timeline_figure(filters.current(), lane=lane, selected=selected, countries=countries,
                                   which=chosen, names=names)
# A new key after "Close" drops plotly's selection, so clicking the same event again reopens it.
generation = st.session_state.setdefault("_timeline_generation", 0)
state = st.plotly_chart(charts.unchecked(figure), key=f"timeline-{generation}", on_select="rerun", selection_mode="points",
                        config={"displaylogo": False, "scrollZoom": True}, alt=charts.timeline_alt(events, lane))
outside = time_axis.outside_note(time_axis.focus(events["start_date"], events["end_date"]))
if outside:
    st.caption(outside)
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
event_detail.pick_box(events, selected, key="timeline-pick", limit=charts.PAGE.max_marks)
if details:
    with st.container(border=True):
        event_detail.show(details, resources.roster(selected), labels, key="timeline-detail", editable=True)
        st.button("Close", on_click=_close, icon=":material/close:")
# Folded panels draw their contents only once opened: a table of every event and the correction forms
# cost the browser more than the chart itself, and the chart comes first.
table = st.expander("All these events as a table", icon=":material/table_rows:", key="timeline-table-open",
                    on_change="rerun")
if table.open:
    with table:
        event_detail.pick_table(events, key=f"timeline-table-{generation}")
adding = st.expander("Add an event by hand", icon=":material/add_circle:", key="timeline-add-open", on_change="rerun")
if adding.open:
    with adding:
        corrections.add_form()
history = st.expander("Corrections", icon=":material/history:", key="timeline-history-open", on_change="rerun")
if history.open:
    with history:
        corrections.show_history(resources.corrections(), key="corrections-all")
title = "Entente briefing" + (": " + ", ".join(country_name(c) for c in filters.current().countries)
                              if filters.current().countries else "")
exports.buttons(events, figure=figure, title=title, command=exports.export_command(filters.current()),
                filters=filters.current())
st.button("Present these events", icon=":material/slideshow:", on_click=filters.update,
          kwargs={"present": "1", "event": selected or str(events.iloc[0]["id"])})

