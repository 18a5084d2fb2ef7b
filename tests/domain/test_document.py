"""The per-document orchestrator on the seeds: golden events and rosters, acceptance checks, stable ids."""

from __future__ import annotations

import json

import pytest

from entente.extract.document import extract_document, extract_documents
from entente.models import Document
from tests.conftest import SEEDS
from tests.regenerate_golden import GOLDEN, golden_record


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_matches_its_golden_file(seed, nlp) -> None:
    """Regenerate with `make golden` and review the diff when a change is intended."""
    expected = json.loads((GOLDEN / f"{seed.stem}.json").read_text(encoding="utf-8"))
    assert golden_record(seed) == expected


def _seed(nlp, index: int):
    seed = SEEDS[index]
    return extract_document(Document(id=seed.stem, source=seed.name, text=seed.read_text(encoding="utf-8")), nlp=nlp)


def test_kazakhstan_signing_at_the_pentagon(nlp) -> None:
    out = _seed(nlp, 2)
    [event] = [e for e in out.events if e.type == "agreement"]
    assert event.start == "1999-12-17" and event.location.country == "US" and "Pentagon" in event.location.name
    sides = {p.name: p.side for p in event.participants}
    assert sides["William S. Cohen"] == "US" and sides["Sat Tokpakbayev"] == "KZ"
    assert out.countries[:2] == ("US", "KZ")
    # "This was the first visit to the United States for Tokpakbayev": the visit he signed during,
    # an event of its own, dated by the signing, and the evidence says so
    [visit] = [e for e in out.events if e.type == "visit"]
    assert (visit.start, visit.countries) == ("1999-12-17", ("US", "KZ"))
    assert "dated by the agreement" in (visit.evidence[0].note or "")


def test_rawalpindi_exchange_and_march_dialogue(nlp) -> None:
    out = _seed(nlp, 0)
    by_start = {e.start: e for e in out.events}
    june = by_start["2010-06-07"]
    assert (june.end, june.type, june.location.country) == ("2010-06-10", "dialogue", "PK")
    assert "Rawalpindi" in june.location.name and "Exchange on Defense Planning" in june.title
    leads = {p.name: p.side for p in june.participants if p.role == "lead"}
    assert leads == {"David Ochmanek": "US", "David Sedney": "US", "Athar Ali": "PK"}
    march = by_start["2010-03"]
    assert (march.precision, march.location.name) == ("month", "Washington")
    assert {p.name for p in march.participants if p.role == "lead"} == {"Hillary Rodham Clinton",
                                                                       "Makhdoom Shah Mehmood Qureshi"}


def test_dubai_dialogue_with_six_panels_and_kerry_lugar(nlp) -> None:
    out = _seed(nlp, 1)
    main = next(e for e in out.events if e.start == "2009-10-08" and e.end == "2009-10-09")
    assert main.location.country == "AE" and len(main.participants) >= 19
    panels = [e for e in out.events if e.title.startswith("Panel ")]
    assert len(panels) == 6 and all("T" in e.start for e in panels)
    panel1 = panels[0]
    assert {(p.name, p.role) for p in panel1.participants} >= {("Michael Krepon", "chair"),
                                                               ("Michael Krepon", "discussant"),
                                                               ("Sartaj Aziz", "presenter")}
    laws = sorted(e.start for e in out.events if e.type == "legislation")
    assert laws == ["2009-09-24", "2009-09-30", "2009-10-15"]
    assert {(e.type, e.start) for e in out.events} >= {("summit", "2010-03"), ("conference", "2010-12")}
    names = {p.name for p in out.people}
    assert "Sartaj Aziz" in names and "Sartaz Aziz" not in names
    assert not names & {"Kerry-Lugar", "Henry L. Stimson Center", "Pakistan Seek"}


def test_every_contract_field_is_present_and_ids_are_stable(nlp) -> None:
    docs = [Document(id=p.stem, source=p.name, text=p.read_text(encoding="utf-8")) for p in SEEDS]
    first = [d.to_json() for d in extract_documents(docs, nlp=nlp)]
    again = [d.to_json() for d in extract_documents(docs, nlp=nlp, batch_size=1)]
    assert [e["id"] for d in first for e in d["events"]] == [e["id"] for d in again for e in d["events"]]
    assert [d["source"] for d in first] == [p.name for p in SEEDS]
    for d in first:
        assert set(d) >= {"id", "source", "title", "published", "countries", "status", "messages", "timexes",
                          "events", "people", "themes", "theme_mentions"}
        for e in d["events"]:
            assert set(e) == {"id", "title", "type", "start", "end", "precision", "location", "countries",
                              "themes", "participants", "evidence", "confidence"}
            assert e["evidence"] and all(ev["text"] for ev in e["evidence"])
            assert 0 < e["confidence"] <= 1


def test_evidence_offsets_point_into_the_text(nlp) -> None:
    seed = SEEDS[0]
    text = seed.read_text(encoding="utf-8")
    out = extract_document(Document(id="s", source="s", text=text), nlp=nlp)
    for event in out.events:
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_a_text_of_thousands_of_dated_meetings_keeps_a_bounded_number_of_events(nlp) -> None:
    import datetime as dt

    from entente.extract import document as extraction
    from entente.extract.document import extract_document
    from entente.models import Document

    days = [dt.date(2001, 1, 1) + dt.timedelta(days=3 * n) for n in range(extraction.MAX_EVENTS + 60)]
    text = " ".join(f"On {d:%B} {d.day}, {d.year}, the Ambassador met the Foreign Minister in Ankara."
                    for d in days)
    result = extract_document(Document(id="x" * 64, source="annex.txt", text=text), nlp=nlp)
    assert len(result.events) == extraction.MAX_EVENTS
    assert result.status == "warning" and any("events found" in m for m in result.messages)


def test_the_indexes_a_long_document_needs_answer_as_the_plain_scans(nlp) -> None:
    """Themes of a span, and the dates and places that start in a sentence, found by bisection exactly
    as a scan of every item finds them (same items, same order)."""
    from entente.extract.offsets import ByStart, Intervals, ThemeIndex
    from entente.extract.themes import tag_themes
    from entente.extract.timex import extract_timexes

    text = SEEDS[1].read_text(encoding="utf-8")
    tags = tag_themes(nlp(text))
    timexes = extract_timexes(text, None).timexes
    index, by_start = ThemeIndex(tags.mentions), ByStart(timexes)
    assert tags.mentions and timexes
    for start in range(0, len(text), 97):
        for width in (1, 40, 400, 3000):
            end = start + width
            assert index.themes_in(start, end) == tags.themes_in(start, end)
            assert by_start.within(start, end) == [t for t in timexes if start <= t.start < end]
    intervals = [(5, 10), (8, 20), (30, 31), (40, 40)]
    assert [n for n in range(50) if Intervals(intervals).holds(n)] == \
        [n for n in range(50) if any(s <= n < e for s, e in intervals)]
