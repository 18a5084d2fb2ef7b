"""Timeline: the filtered events in swimlanes; a click opens an event's details; presenter mode steps through
them; the Office of the Historian's trips, visits and ambassadors can be laid under the selected counterparts."""

from components import corrections, filters, layout, resources, story, timeline_view
from components.layout import empty_state, page_header

chosen = filters.current()
events = resources.events(chosen)
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

lane = timeline_view.lane_picker()
countries = chosen.countries[:timeline_view.MAX_REF_COUNTRIES]
layers, names = timeline_view.reference_layers(countries)
selected = filters.view().get("event")
figure = resources.timeline_figure(chosen, lane=lane, selected=selected, countries=countries, which=layers,
                                   names=names)
generation = timeline_view.chart(events, figure, lane, selected)
timeline_view.details(events, selected, labels)
timeline_view.panels(events, generation)
timeline_view.share(events, figure, chosen, selected)
