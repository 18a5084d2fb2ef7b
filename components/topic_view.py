"""The Topics page's sections, each drawn from frames the page read: a theme's timeline, milestones, key
passages side by side per counterpart, positions grouped by section or side, events, people, related themes."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components import charts, filters, topic_charts
from components.labels import country_name, format_when, text_or_none, theme_name
from components.layout import md
from entente import topics

KEY_PASSAGES = 4  # per counterpart; the rest are one click away under "Positions and concerns"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def passage_caption(row: pd.Series) -> str:
    """Where a passage is from: "“Title” · 3 May 2021 · section: Trade · side: Pakistan"."""
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


def show_passage(row: pd.Series) -> None:
    with st.container(border=True):
        st.text(row["text"])
        st.caption(passage_caption(row))
        st.page_link("app_pages/documents.py", label="Open in the document", icon=":material/description:",
                     query_params=filters.link(doc=row["document_id"], hl=f"{row['start']}-{row['end']}"))


def numbers(events: pd.DataFrame, series: pd.DataFrame, passages: pd.DataFrame, counterparts: list[str]) -> None:
    n_events, n_mentions, n_docs, n_counterparts = st.columns(4)
    n_events.metric("Events", len(events))
    n_mentions.metric("Mentions", int(series["mentions"].sum()) if not series.empty else 0)
    n_docs.metric("Documents", passages["document_id"].nunique() if not passages.empty else 0)
    n_counterparts.metric("Counterparts", len(counterparts))


def timeline(events: pd.DataFrame, passages: pd.DataFrame, theme: str) -> None:
    """The theme's events and mentions across country pairs; a click opens the event on the Timeline."""
    st.subheader("Across country pairs", anchor=False)
    state = st.plotly_chart(topic_charts.theme_timeline_figure(events, topics.mention_points(passages)),
                            key=f"topic-timeline-{theme}", on_select="rerun", selection_mode="points",
                            config={"displaylogo": False})
    clicked = [i for i in charts.event_ids(state.selection.points if state else []) if i]
    if clicked:
        st.switch_page("app_pages/timeline.py", query_params=filters.link(event=clicked[0]))


def milestones(events: pd.DataFrame) -> None:
    steps = topics.milestones(events)
    if steps.empty:
        return
    st.subheader("Milestones", anchor=False)
    for _, step in steps.iterrows():
        when = format_when(text_or_none(step["start"]), text_or_none(step["end"]), text_or_none(step["precision"]))
        st.page_link("app_pages/timeline.py", label=f"{md(when)} — {md(step['title'])}", icon=":material/flag:",
                     query_params=filters.link(event=str(step["id"])))


def mentions_by_year(series: pd.DataFrame) -> None:
    st.subheader("Mentions by year", anchor=False)
    st.plotly_chart(topic_charts.mentions_by_year_figure(series), key="topic-volume", config={"displaylogo": False})


def key_passages(distinct: pd.DataFrame) -> None:
    """The first few distinct passages of each counterpart, three relationships to a row."""
    st.subheader("Key passages", anchor=False)
    if distinct.empty:
        st.caption("No sentence in the documents in view mentions this theme.")
        return
    groups = list(distinct.groupby("counterpart", sort=True))
    for row_start in range(0, len(groups), 3):
        for column, (code, part) in zip(st.columns(min(3, len(groups))), groups[row_start:row_start + 3],
                                        strict=False):
            with column:
                years = sorted({int(y) for y in part["year"].dropna()})
                span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "undated")
                st.markdown(f"**{md(topic_charts.pair_label(code))}**")
                st.caption(f"{plural(len(part), 'passage')} in {plural(part['document_id'].nunique(), 'document')}"
                           f" · {span}")
                for _, row in part.head(KEY_PASSAGES).iterrows():
                    show_passage(row)


def positions(distinct: pd.DataFrame, key: str = "topic-group") -> None:
    """Every distinct passage, grouped by the document section or the side it comes from (`key` holds which)."""
    if distinct.empty:
        return
    st.subheader("Positions and concerns", anchor=False)
    by = st.segmented_control("Group by", ["section", "side"], default="section", key=key,
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


def events_table(events: pd.DataFrame) -> None:
    if events.empty:
        return
    st.subheader("Events", anchor=False)
    table = events.assign(
        when=[format_when(text_or_none(s), text_or_none(e), text_or_none(p))
              for s, e, p in zip(events["start"], events["end"], events["precision"])],
        counterpart=events["counterpart"].map(country_name), location=events["location"].fillna(""),
    )[["when", "title", "type", "counterpart", "location"]]
    st.dataframe(table.rename(columns=str.capitalize), hide_index=True, width="stretch")


def people_and_related(theme: str, events: pd.DataFrame, passages: pd.DataFrame, docs: dict[str, Any],
                       labels: dict[str, str]) -> None:
    people_column, related_column = st.columns(2)
    with people_column:
        st.subheader("People most associated", anchor=False)
        people = topics.associated_people(events, passages, docs)
        if people.empty:
            st.caption("Nobody is named in this theme's events or passages.")
        else:
            shown = people.head(15).assign(side=people["side"].map(lambda s: country_name(s) if s else ""),
                                           title=people["title"].fillna(""))
            st.dataframe(shown[["name", "side", "events", "passages", "title"]].rename(columns=str.capitalize),
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
