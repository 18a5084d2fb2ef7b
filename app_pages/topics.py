"""Topics: one theme at a time (`?theme=ID`): headline numbers, its events, mentions by year, key passages."""

from dataclasses import replace

import streamlit as st

from components import charts, filters, resources
from components.labels import country_name, format_when, text_or_none, theme_name
from components.layout import empty_state, md, page_header

labels = resources.theme_labels()
known = resources.facets()["themes"]
page_header("Topics", "What the documents say about a theme, and when.")
if not known:
    empty_state("No themes were found in the library yet.")
    st.stop()
chosen = filters.current()
current = next((t for t in chosen.themes if t in known), known[0])
# Only a theme the user picks becomes the shared filter; opening the page alone filters nothing elsewhere.
st.session_state["topic"] = current
theme = st.selectbox("Theme", known, key="topic", format_func=lambda t: theme_name(t, labels),
                     on_change=lambda: filters.update(theme=st.session_state["topic"], event=None))
scope = replace(chosen, themes=(theme,))
events = resources.events(scope)
series = resources.theme_series(scope)
passages = resources.theme_passages(theme)

st.header(md(theme_name(theme, labels)), anchor=False)
n_events, n_mentions, n_docs, n_counterparts = st.columns(4)
n_events.metric("Events", len(events))
n_mentions.metric("Mentions", int(series["mentions"].sum()) if not series.empty else 0)
n_docs.metric("Documents", passages["document_id"].nunique())
n_counterparts.metric("Counterparts", events["counterpart"].nunique() if not events.empty else 0)
if events.empty and series.empty:
    empty_state("Nothing about this theme matches the other filters.")
    st.stop()

st.subheader("Mentions by year", anchor=False)
st.plotly_chart(charts.theme_volume_figure(series, theme_labels=labels), key="topic-volume",
                config={"displaylogo": False})
if not events.empty:
    st.subheader("Events", anchor=False)
    table = events.assign(
        when=[format_when(text_or_none(s), text_or_none(e), text_or_none(p))
              for s, e, p in zip(events["start"], events["end"], events["precision"])],
        counterpart=events["counterpart"].map(country_name), location=events["location"].fillna(""),
    )[["when", "title", "type", "counterpart", "location"]]
    st.dataframe(table.rename(columns=str.capitalize), hide_index=True, width="stretch")
st.subheader("Key passages", anchor=False)
for _, passage in passages.head(8).iterrows():
    with st.container(border=True):
        st.text(passage["text"])
        st.page_link("app_pages/documents.py", label=f"{md(passage['document_title'])} ({passage['published'] or 'undated'})",
                     icon=":material/description:",
                     query_params=filters.link(doc=passage["document_id"], hl=f"{passage['start']}-{passage['end']}"))
