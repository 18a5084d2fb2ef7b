"""A chronology of 10,000 dates: extraction finishes, finds every date, and keeps a bounded list of events."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import spacy

from entente.extract.document import MAX_EVENTS, extract_document
from entente.models import Document

LINES = (
    "On {d}, Foreign Minister Shah Mehmood Qureshi met Secretary Blinken in Islamabad.",
    "The two delegations held talks in Washington on {d}.",
    "Secretary of State Antony Blinken spoke with Foreign Minister Dmytro Kuleba by phone on {d}.",
    "The ministers signed a memorandum of understanding in Nur-Sultan on {d}.",
)
# A hang guard, not a speed figure: this text takes about 8 CPU s with linear layers (33 s with the
# quadratic ones of before); bench/bench_dense.py measures how time grows, this only stops a hang.
CPU_GUARD_S = 60.0


def chronology(days: int) -> str:
    """One dated line a day from 1 January 1995: "The two delegations held talks in Washington on ..."."""
    first = dt.date(1995, 1, 1)
    # dated before its first line: every line is news, none is history recalled (which is not kept)
    lines = ["WASHINGTON, December 31, 1994 — The Department released the following programme."]
    for i in range(days):
        d = first + dt.timedelta(days=i)
        lines.append(LINES[i % len(LINES)].format(d=f"{d:%B} {d.day}, {d.year}"))
    return "\n\n".join(lines)


@pytest.fixture(scope="module")
def names_only() -> spacy.language.Language:
    """A pipeline that only tokenises and tags the few names: the rule layers, not the parser, are tested."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": p} for p in (
        "Shah Mehmood Qureshi", "Antony Blinken", "Dmytro Kuleba", "Blinken")]
        + [{"label": "GPE", "pattern": p} for p in ("Islamabad", "Washington", "Nur-Sultan")])
    return nlp


def test_ten_thousand_dates_finish_with_bounded_events(names_only: spacy.language.Language) -> None:
    text = chronology(10_000)
    start = time.process_time()
    out = extract_document(Document(id="chronology", source="chronology.txt", text=text), nlp=names_only)
    spent = time.process_time() - start
    assert spent < CPU_GUARD_S, f"10,000 dates took {spent:.0f} CPU s: a layer has turned superlinear"
    assert sum(t.value[:4].isdigit() and len(t.value) == 10 for t in out.timexes) >= 10_000
    assert len(out.events) == MAX_EVENTS
    assert any(f"10,000 events found; kept the {MAX_EVENTS}" in m for m in out.messages)
    assert {"Antony Blinken", "Shah Mehmood Qureshi", "Dmytro Kuleba"} <= {p.name for p in out.people}


def test_a_dense_chronology_keeps_each_days_meeting(names_only: spacy.language.Language) -> None:
    out = extract_document(Document(id="chronology", source="chronology.txt", text=chronology(40)),
                           nlp=names_only)
    talks = [e for e in out.events if e.location and e.location.name == "Washington"]
    assert len(out.events) == 40
    # every fourth line is the Washington talks, each on its own day
    assert [e.start for e in talks] == [(dt.date(1995, 1, 1) + dt.timedelta(days=i)).isoformat()
                                        for i in range(1, 40, 4)]
    assert all(e.end in (None, e.start) for e in talks)
