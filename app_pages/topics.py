"""Topics: one theme at a time (`?theme=ID`): numbers, its timeline across country pairs, milestones, mentions
by year, key passages side by side per counterpart, positions by section or side, people and related themes."""

from dataclasses import replace

import streamlit as st

from components import filters, layout, resources, topic_view
from components.labels import theme_name
from components.layout import empty_state, md, page_header

page_header("Topics", "What the documents say about a theme, and when.")
labels = resources.theme_labels()
known = resources.facets()["themes"]
if not known:
    empty_state("No themes were found in the library yet.")
    layout.stop()
chosen = filters.current()
theme = filters.theme_picker(known, labels, key="topic")
scope = replace(chosen, themes=(theme,))
events = resources.events(scope)
series = resources.theme_series(scope)
passages, distinct, docs = resources.theme_passages_in_view(theme, replace(chosen, themes=()))
counterparts = sorted({*distinct.get("counterpart", []), *events.get("counterpart", [])} - {""})

st.header(md(theme_name(theme, labels)), anchor=False)
topic_view.numbers(events, series, passages, counterparts)
if events.empty and passages.empty:
    empty_state("Nothing about this theme matches the other filters.")
    layout.stop()
topic_view.timeline(events, passages, theme)
topic_view.milestones(events)
topic_view.mentions_by_year(series)
topic_view.key_passages(distinct)
topic_view.positions(distinct)
topic_view.events_table(events)
topic_view.people_and_related(theme, events, passages, docs, labels)
