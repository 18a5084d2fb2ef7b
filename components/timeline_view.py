"""The Timeline page's parts, each owning its session-state keys: the swimlane and reference-layer pickers, the
chart that opens an event on click, the event's details, the folded panels, and the export and present buttons."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components import charts, corrections, event_detail, exports, filters, resources, time_axis
from components.labels import country_name
from entente.query import Filters
from entente.reference import LAYERS

REF = "_timeline_ref"  # the chosen reference layers: this page's own URL parameter `ref`, e.g. ref=trips,visits
GENERATION = "_timeline_generation"  # bumped by "Close": a new chart key drops plotly's selection
CLICKED = "_timeline_clicked"
MAX_REF_COUNTRIES = 3


def lane_picker(key: str = "lane") -> str:
    """Swimlanes by counterpart, theme or type; a change is written to the URL (`lane`)."""
    current = filters.view().get("lane", "counterpart")
    lane = st.segmented_control("Swimlanes by", list(filters.LANES), format_func=filters.LANES.get,
                                default=current, key=key) or "counterpart"
    if lane != current:
        filters.update(lane=None if lane == "counterpart" else lane)
    return lane


def _ref_changed() -> None:
    st.session_state[REF] = [layer for layer in LAYERS if layer in (st.session_state.get("w_ref") or [])]


def reference_layers(countries: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The Office of the Historian's layers to lay under the chosen counterparts, kept in the URL (`ref`), and
    each lane's name (with several countries, one lane per layer and country)."""
    if REF not in st.session_state:
        st.session_state[REF] = [layer for layer in filters.view().get("ref", "").split(",") if layer in LAYERS]
    st.session_state["w_ref"] = st.session_state[REF]
    st.pills("Reference layers", list(LAYERS), selection_mode="multi", format_func=LAYERS.get, key="w_ref",
             on_change=_ref_changed, disabled=not countries,
             help="From the Office of the Historian: U.S. presidents' and secretaries of state's trips to the "
                  "counterpart, its leaders' visits to the U.S., and U.S. ambassadors' tenures there. "
                  + ("" if countries else "Pick a counterpart in the sidebar first."))
    chosen = tuple(st.session_state[REF])
    if ",".join(chosen) != (st.query_params.get("ref") or ""):
        filters.update(ref=",".join(chosen) or None)
    several = len(countries) > 1
    names = {f"{layer}:{c}" if several else layer: LAYERS[layer] + (f" · {country_name(c)}" if several else "")
             for layer in LAYERS for c in countries}
    return chosen, names


def chart(events: pd.DataFrame, figure: Any, lane: str, selected: str | None) -> int:
    """The timeline; a click on an event selects it (in the URL). Returns the chart's generation."""
    generation = st.session_state.setdefault(GENERATION, 0)
    state = st.plotly_chart(charts.unchecked(figure), key=f"timeline-{generation}", on_select="rerun",
                            selection_mode="points", config={"displaylogo": False, "scrollZoom": True},
                            alt=charts.timeline_alt(events, lane))
    outside = time_axis.outside_note(time_axis.focus(events["start_date"], events["end_date"]))
    if outside:
        st.caption(outside)
    clicked = charts.event_ids(state.selection.points) if state else []
    if clicked and clicked[0] != selected and clicked[0] != st.session_state.get(CLICKED):
        st.session_state[CLICKED] = clicked[0]
        filters.update(event=clicked[0])
        st.rerun()
    return generation


def _close() -> None:
    st.session_state[GENERATION] = st.session_state.get(GENERATION, 0) + 1
    st.session_state.pop(CLICKED, None)
    filters.update(event=None)


def details(events: pd.DataFrame, selected: str | None, labels: dict[str, str]) -> None:
    """A box to pick an event by name, and the selected event's details with its correction forms."""
    found = resources.event(selected) if selected else None
    event_detail.pick_box(events, selected, key="timeline-pick", limit=charts.PAGE.max_marks)
    if found:
        with st.container(border=True):
            event_detail.show(found, resources.roster(selected), labels, key="timeline-detail", editable=True)
            st.button("Close", on_click=_close, icon=":material/close:")


def panels(events: pd.DataFrame, generation: int) -> None:
    """Folded panels draw their contents only once opened: a table of every event and the correction forms
    cost the browser more than the chart itself, and the chart comes first."""
    table = st.expander("All these events as a table", icon=":material/table_rows:", key="timeline-table-open",
                        on_change="rerun")
    if table.open:
        with table:
            event_detail.pick_table(events, key=f"timeline-table-{generation}")
    adding = st.expander("Add an event by hand", icon=":material/add_circle:", key="timeline-add-open",
                         on_change="rerun")
    if adding.open:
        with adding:
            corrections.add_form()
    history = st.expander("Corrections", icon=":material/history:", key="timeline-history-open", on_change="rerun")
    if history.open:
        with history:
            corrections.show_history(resources.corrections(), key="corrections-all")


def share(events: pd.DataFrame, figure: Any, chosen: Filters, selected: str | None) -> None:
    """Export buttons for these events and the button that presents them."""
    title = "Entente briefing" + (": " + ", ".join(country_name(c) for c in chosen.countries)
                                  if chosen.countries else "")
    exports.buttons(events, figure=figure, title=title, command=exports.export_command(chosen), filters=chosen)
    st.button("Present these events", icon=":material/slideshow:", on_click=filters.update,
              kwargs={"present": "1", "event": selected or str(events.iloc[0]["id"])})
