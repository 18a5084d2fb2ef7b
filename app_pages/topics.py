"""Topics: one theme at a time (`?theme=ID`): numbers, its timeline across country pairs, milestones, mentions
by year, key passages side by side per counterpart, positions by section or side, people and related themes."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from components import charts, filters, layout, resources, topic_charts
from components.labels import country_name, format_when, text_or_none, theme_name
from components.layout import empty_state, md, page_header
from entente import topics

KEY_PASSAGES = 4  # per counterpart; the rest are one click away under "Positions and concerns"

labels = resources.theme_labels()
known = resources.facets()["themes"]
page_header("Topics", "What the documents say about a theme, and when.")
if not known:
    empty_state("No themes were found in the library yet.")
    layout.stop()
chosen = filters.current()
current = next((t for t in chosen.themes if t in known), known[0])
# Only a theme the user picks becomes the shared filter; opening the page alone filters nothing elsewhere.
st.session_state["topic"] = current
theme = st.selectbox("Theme", known, key="topic", format_func=lambda t: theme_name(t, labels),
                     on_change=lambda: filters.update(theme=st.session_state["topic"], event=None))
scope = replace(chosen, themes=(theme,))
events = resources.events(scope)
series = resources.theme_series(scope)
everything, docs = resources.theme_passages_frame(theme)
passages = topics.filter_passages(everything, replace(chosen, themes=()))
distinct = topics.key_passages(passages)
counterparts = sorted({*distinct.get("counterpart", []), *events.get("counterpart", [])} - {""})

st.header(md(theme_name(theme, labels)), anchor=False)
n_events, n_mentions, n_docs, n_counterparts = st.columns(4)
n_events.metric("Events", len(events))
n_mentions.metric("Mentions", int(series["mentions"].sum()) if not series.empty else 0)
n_docs.metric("Documents", passages["document_id"].nunique() if not passages.empty else 0)
n_counterparts.metric("Counterparts", len(counterparts))
if events.empty and passages.empty:
    empty_state("Nothing about this theme matches the other filters.")
    layout.stop()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def passage_caption(row: pd.Series) -> str:
    title = str(row["document_title"] or "untitled")
    short = title if len(title) <= 60 else title[:59] + "…"
    parts = [f"“{md(short)}”", md(format_when(text_or_none(row["published"]), None, "day"))]
    if text_or_none(row["section"]):
        parts.append(f"section: {md(row['section'])}")
    if text_or_none(row["side"]):
        parts.append(f"side: {md(country_name(row['side']))}")
    if row.get("echoes"):
        parts.append(f"said {int(row['echoes']) + 1} times")
    return " · ".join(parts)


def show_passage(row: pd.Series, key: str) -> None:
    with st.container(border=True):
        st.text(row["text"])
        st.caption(passage_caption(row))
        st.page_link("app_pages/documents.py", label="Open in the document", icon=":material/description:",
                     query_params=filters.link(doc=row["document_id"], hl=f"{row['start']}-{row['end']}"))


st.subheader("Across country pairs", anchor=False)
mentions = topics.mention_points(passages)
state = st.plotly_chart(topic_charts.theme_timeline_figure(events, mentions), key=f"topic-timeline-{theme}",
                        on_select="rerun", selection_mode="points", config={"displaylogo": False})
clicked = [i for i in charts.event_ids(state.selection.points if state else []) if i]
if clicked:
    st.switch_page("app_pages/timeline.py", query_params=filters.link(event=clicked[0]))

steps = topics.milestones(events)
if not steps.empty:
    st.subheader("Milestones", anchor=False)
    for _, step in steps.iterrows():
        when = format_when(text_or_none(step["start"]), text_or_none(step["end"]), text_or_none(step["precision"]))
        st.page_link("app_pages/timeline.py", label=f"{md(when)} — {md(step['title'])}", icon=":material/flag:",
                     query_params=filters.link(event=str(step["id"])))

st.subheader("Mentions by year", anchor=False)
st.plotly_chart(topic_charts.mentions_by_year_figure(series), key="topic-volume",
                config={"displaylogo": False})

st.subheader("Key passages", anchor=False)
if distinct.empty:
    st.caption("No sentence in the documents in view mentions this theme.")
groups = list(distinct.groupby("counterpart", sort=True)) if not distinct.empty else []
for row_start in range(0, len(groups), 3):  # side by side, three relationships to a row
    for column, (code, part) in zip(st.columns(min(3, len(groups))), groups[row_start:row_start + 3], strict=False):
        with column:
            years = sorted({int(y) for y in part["year"].dropna()})
            span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "undated")
            st.markdown(f"**{md(topic_charts.pair_label(code))}**")
            st.caption(f"{plural(len(part), 'passage')} in {plural(part['document_id'].nunique(), 'document')} · {span}")
            for i, (_, row) in enumerate(part.head(KEY_PASSAGES).iterrows()):
                show_passage(row, key=f"key-{code}-{i}")

if not distinct.empty:
    st.subheader("Positions and concerns", anchor=False)
    by = st.segmented_control("Group by", ["section", "side"], default="section", key="topic-group",
                              format_func={"section": "Document section", "side": "Side"}.get) or "section"
    ordered = topics.in_reading_order(distinct)
    keys = ordered[by].map(lambda v: text_or_none(v) or "")
    for group in dict.fromkeys(keys):
        part = ordered[keys == group]
        title = (group or "Before the first heading") if by == "section" else \
            (f"Side: {country_name(group)}" if group else "Side not stated")
        with st.expander(f"{md(title)} ({len(part)})", expanded=len(part) <= 3):
            for _, row in part.iterrows():
                st.text(row["text"])
                st.caption(passage_caption(row))

if not events.empty:
    st.subheader("Events", anchor=False)
    table = events.assign(
        when=[format_when(text_or_none(s), text_or_none(e), text_or_none(p))
              for s, e, p in zip(events["start"], events["end"], events["precision"])],
        counterpart=events["counterpart"].map(country_name), location=events["location"].fillna(""),
    )[["when", "title", "type", "counterpart", "location"]]
    st.dataframe(table.rename(columns=str.capitalize), hide_index=True, width="stretch")

people_column, related_column = st.columns(2)
with people_column:
    st.subheader("People most associated", anchor=False)
    people = topics.associated_people(events, passages, docs)
    if people.empty:
        st.caption("Nobody is named in this theme's events or passages.")
    else:
        shown = people.head(15).assign(side=people["side"].map(lambda s: country_name(s) if s else ""),
                                       title=people["title"].fillna(""))[["name", "side", "events", "passages", "title"]]
        st.dataframe(shown.rename(
            columns={"name": "Name", "side": "Side", "title": "Title", "events": "Events", "passages": "Passages"}),
            hide_index=True, width="stretch", key="topic-people")
with related_column:
    st.subheader("Related themes", anchor=False)
    related = topics.related_themes(theme, docs, events, document_ids=set(passages.get("document_id", [])))
    if related.empty:
        st.caption("No other theme shares a sentence, document or event with this one.")
    for _, other in related.head(6).iterrows():
        st.page_link("app_pages/topics.py", label=md(theme_name(other["theme"], labels)), icon=":material/sell:",
                     query_params=filters.link(theme=other["theme"], event=None, doc=None, hl=None),
                     help=f"{other['sentences']} shared sentences, {other['documents']} shared documents, "
                          f"{other['events']} shared events")
