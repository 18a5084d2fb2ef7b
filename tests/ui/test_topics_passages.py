"""entente.topics on hand-made frames: passages cut and cleaned, sides, sections, echoes, company and people."""

from __future__ import annotations

import pandas as pd
import pytest

from entente import topics
from entente.labels import readable_quote
from entente.query import Filters


@pytest.mark.parametrize(("text", "side"), [
    ("From the Pakistani perspective, the bill ought to focus on services.", "PK"),
    ("U.S. participants attempted to convince the Pakistanis that India is concerned.", "US"),
    ("According to the Pakistanis, the framework can bring both countries to a deadlock.", "PK"),
    ("The Indian delegation proposed a joint working group.", "IN"),
    ("The U.S. side explained that the law provides oversight.", "US"),
    ("It is for ISAF to harness such gains on the Afghan side of the border.", None),
    ("They must bring a balanced and legitimate Afghan government into power.", None),
    ("The credibility of the national government is under question.", None),
])
def test_the_side_whose_view_a_passage_reports(text, side):
    assert topics.speaker_side(text) == side


@pytest.mark.parametrize(("raw", "shown"), [
    ("**Sartaz Aziz**, Consultant", "Sartaz Aziz, Consultant"),
    ("dominated the discussion.<sup>1</sup>", "dominated the discussion."),
    ("scope of their responsibilities priori-\n\ntizes the elimination", "scope of their responsibilities prioritizes the elimination"),
    ("- The term is considered an insult.", "The term is considered an insult."),
    ("in these three critical\n\nareas if it is", "in these three critical areas if it is"),
    ("the mushrooming of *madrassas*, dating back", "the mushrooming of madrassas, dating back"),
])
def test_markdown_furniture_is_taken_off_quotes(raw, shown):
    assert readable_quote(raw) == shown


def test_a_sentence_run_across_a_heading_is_cut_to_the_part_with_the_theme():
    text = ("We suggest discussing the new form of CTR at a track II level.\n\n## List of Participants\n\n---\n\n"
            + "\n\n".join(f"**Person {i}**, Some Institute" for i in range(40)))
    assert topics.clip(text, "CTR") == "We suggest discussing the new form of CTR at a track II level."


def test_a_long_agenda_is_cut_to_the_line_naming_the_theme():
    agenda = "\n".join(f"0{i}00 Panel {i}: Topic number {i} and its many long words" for i in range(1, 9))
    agenda = agenda.replace("Panel 3: Topic number 3", "Panel 3: The Af-Pak Policy")
    assert topics.clip(agenda, "Af-Pak") == "0300 Panel 3: The Af-Pak Policy and its many long words"


def test_sections_come_from_the_headings_before_a_passage():
    text = "Intro line.\n\n## **Nuclear Order**\n\nFirst point.\n\n### “Af-Pak” Policy\n\nSecond point."
    found = topics.headings(text)
    assert [title for _, title in found] == ["Nuclear Order", "“Af-Pak” Policy"]
    assert topics.section_at(found, 0) == ""
    assert topics.section_at(found, text.index("First")) == "Nuclear Order"
    assert topics.section_at(found, text.index("Second")) == "“Af-Pak” Policy"


def _facts(doc_id: str, countries: tuple[str, ...], mentions=(), people=(), headings=()) -> topics.DocumentFacts:
    return topics.DocumentFacts(id=doc_id, title=f"Doc {doc_id}", published="2009-10-08", countries=countries,
                                headings=headings, people=tuple(people), mentions=tuple(mentions))


def _passages(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame([{"document_id": d, "document_title": f"Doc {d}", "published": p, "text": t,
                          "match": "CTR", "start": s, "end": s + len(t)} for d, t, p, s in rows])


def test_passages_get_their_counterpart_and_a_summary_repeating_the_body_is_shown_once():
    docs = {"a": _facts("a", ("US", "KZ")), "b": _facts("b", ("US", "PK", "IN"))}
    frame = topics.passages_frame(_passages([
        ("a", "Both sides agreed to extend the CTR agreement.", "1999-12-20", 10),
        ("b", "The Pakistanis see CTR as an attempt to denuclearize their state.", "2009-10-08", 10),
        ("b", "The Pakistanis see CTR as an attempt to denuclearise their state!", "2009-10-08", 900),
    ]), docs, strong_terms=["CTR"])
    assert list(frame["counterpart"]) == ["KZ", "PK", "PK"]
    assert frame["side"].fillna("").tolist() == ["", "PK", "PK"]
    key = topics.key_passages(frame)
    assert list(key["counterpart"]) == ["KZ", "PK"] and list(key["echoes"]) == [0, 1]
    only_kz = topics.filter_passages(frame, Filters(countries=("KZ",)))
    assert list(only_kz["document_id"]) == ["a"]
    assert topics.filter_passages(frame, Filters(year_from=2005))["year"].tolist() == [2009, 2009]


def test_related_themes_rank_shared_sentences_above_shared_documents():
    mentions = [
        {"theme": "ctr", "start": 0, "end": 50}, {"theme": "nuclear-security", "start": 10, "end": 50},
        {"theme": "nuclear-security", "start": 60, "end": 90}, {"theme": "trade", "start": 200, "end": 240},
    ]
    docs = {"a": _facts("a", ("US", "PK"), mentions), "z": _facts("z", ("US", "KZ"), [{"theme": "energy", "start": 0, "end": 9}])}
    events = pd.DataFrame({"themes": [["ctr", "trade"]]})
    related = topics.related_themes("ctr", docs, events)
    assert list(related["theme"]) == ["nuclear-security", "trade"]
    assert related.iloc[0][["sentences", "documents", "events"]].tolist() == [1, 1, 0]
    assert "energy" not in set(related["theme"]), "a document without the theme says nothing about its company"


def test_people_come_from_the_theme_events_and_from_names_in_its_passages():
    docs = {"a": _facts("a", ("US", "PK"), people=[
        {"name": "Anne Patterson", "aliases": ["Patterson"], "country": "US", "title": "Ambassador"},
        {"name": "Nobody Mentioned", "aliases": [], "country": "PK"}])}
    passages = pd.DataFrame({"document_id": ["a", "a"], "text": ["Patterson said the bill helps.", "Aid grew."]})
    events = pd.DataFrame({"participants": [[{"name": "Sartaj Aziz", "side": "PK", "role": "presenter"}]]})
    people = topics.associated_people(events, passages, docs)
    assert list(people["name"]) == ["Sartaj Aziz", "Anne Patterson"]
    assert people.set_index("name").loc["Anne Patterson", ["passages", "side"]].tolist() == [1, "US"]


def test_milestones_are_the_dated_decisive_events_in_order():
    events = pd.DataFrame({
        "title": ["In effect", "Senate passes", "Panel talks", "House passes", "Undated law"],
        "type": ["legislation", "legislation", "conference", "legislation", "legislation"],
        "start": ["2009-10-15", "2009-09-24", "2009-10-08", "2009-09-30", None],
        "start_date": pd.to_datetime(["2009-10-15", "2009-09-24", "2009-10-08", "2009-09-30", None]),
    })
    assert list(topics.milestones(events)["title"]) == ["Senate passes", "House passes", "In effect"]
