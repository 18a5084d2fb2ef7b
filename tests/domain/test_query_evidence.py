"""Evidence quotes are read per event, not held in the timeline: an event's details and every export
still carry them (a merged event's from each of its documents), and the timeline frame holds none."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from pptx import Presentation

from entente import curation, export, query, store
from entente.cli import main
from tests.domain.test_store import _doc

A, B, C = "a" * 64, "b" * 64, "c" * 64
SCHEMA = json.loads((Path(query.__file__).parent / "data/contract/document.schema.json").read_text())


def _quote(year: str) -> str:
    return f"Cohen and Tokpakbayev signed the plan on December 17, {year}, at the Pentagon."


@pytest.fixture
def merged(any_db: str) -> str:
    """Three stored signings (1999, 2000, 2003); the 2000 one merged into the 1999 one."""
    engine = store.open_engine(any_db)
    for doc_id, source, year, title in ((A, "a.txt", "1999", "Signing"), (B, "b.txt", "2000", "Second"),
                                        (C, "c.txt", "2003", "Third")):
        store.save_document(engine, _doc(doc_id, source, year=year, title=title), extractor_version="t")
    curation.merge_events(f"ev-{A}", [f"ev-{B}"], db=any_db)
    return any_db


def _texts(quotes: list[dict]) -> list[str]:
    return [q["text"] for q in quotes]


def test_the_timeline_frame_holds_no_quote(merged: str) -> None:
    frame = query.events(query.Filters(), merged)
    assert "evidence" not in frame.columns and list(frame.columns) == query.EVENT_COLUMNS
    held = " ".join(map(str, frame.to_dict("records")))
    assert "signed the plan" not in held and "Cohen and Tokpakbayev" not in held


def test_an_events_details_carry_its_quotes_with_their_documents(merged: str) -> None:
    third = query.event(f"ev-{C}", merged)
    assert third is not None and third["evidence"] == [
        {"start": 0, "end": len(_quote("2003")), "text": _quote("2003"), "document_id": C, "document_title": "Third"}]


def test_a_merged_event_shows_the_quotes_of_every_document_it_joins(merged: str) -> None:
    event = query.event(f"ev-{A}", merged)
    assert event is not None
    assert _texts(event["evidence"]) == [_quote("1999"), _quote("2000")]
    assert [q["document_title"] for q in event["evidence"]] == ["Signing", "Second"]
    assert query.evidence_for([f"ev-{A}"], merged)[f"ev-{A}"] == event["evidence"]


def test_evidence_for_many_events_leaves_out_absorbed_hidden_and_unknown_ids(merged: str) -> None:
    curation.hide_event(f"ev-{C}", db=merged)
    quotes = query.evidence_for([f"ev-{A}", f"ev-{B}", f"ev-{C}", "no-such-event"], merged)
    assert list(quotes) == [f"ev-{A}"] and len(quotes[f"ev-{A}"]) == 2
    assert query.evidence_for([], merged) == {}


def test_evidence_comes_back_when_a_merge_is_undone(merged: str) -> None:
    (merge,) = curation.history(db=merged)
    curation.undo(merge["id"], db=merged)
    quotes = query.evidence_for([f"ev-{A}", f"ev-{B}"], merged)
    assert {k: _texts(v) for k, v in quotes.items()} == {f"ev-{A}": [_quote("1999")], f"ev-{B}": [_quote("2000")]}


def test_an_added_event_has_no_quotes_but_is_exported(merged: str) -> None:
    new_id = curation.add_event({"title": "Phone call", "type": "call", "start": "2004-01-02",
                                 "countries": ["US", "KZ"]}, db=merged)
    assert query.event(new_id, merged)["evidence"] == []
    exported = json.loads(export.to_json(query.events(query.Filters(year_from=2004), merged)))
    assert [(e["id"], e["evidence"]) for e in exported["events"]] == [(new_id, [])]


def test_the_frame_with_evidence_asked_for_has_the_quotes_in_place(merged: str) -> None:
    frame = query.events(query.Filters(), merged, with_evidence=True)
    assert list(frame.columns) == [*query.EVENT_COLUMNS[:14], "evidence", *query.EVENT_COLUMNS[14:]]
    by_id = frame.set_index("id")["evidence"]
    assert _texts(by_id[f"ev-{A}"]) == [_quote("1999"), _quote("2000")]
    assert _texts(by_id[f"ev-{C}"]) == [_quote("2003")]


def test_the_json_export_has_every_events_quotes_in_the_contracts_shape(merged: str) -> None:
    exported = json.loads(export.export(query.events(query.Filters(), merged), "json"))["events"]
    assert [e["id"] for e in exported] == [f"ev-{A}", f"ev-{C}"]
    assert exported[0]["evidence"] == [{"start": 0, "end": len(_quote(y)), "text": _quote(y)} for y in ("1999", "2000")]
    assert exported[0]["documents"] == [A, B]
    event_schema = {"$defs": SCHEMA["$defs"], **SCHEMA["$defs"]["event"]}
    import jsonschema

    for event in exported:
        jsonschema.validate({k: v for k, v in event.items() if k not in ("documents", "sources")}, event_schema)


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "ics"])
def test_every_text_export_quotes_the_documents(merged: str, fmt: str) -> None:
    out = export.export(query.events(query.Filters(), merged), fmt)
    flat = out.replace("\r\n ", "") if fmt == "ics" else out  # iCalendar folds long lines
    for year in ("1999", "2000", "2003"):
        assert f"signed the plan on December 17, {year}" in flat.replace("\\,", ","), (fmt, year)


def test_the_csv_export_puts_both_quotes_of_a_merged_event_on_its_row(merged: str) -> None:
    rows = list(csv.DictReader(io.StringIO(export.to_csv(query.events(query.Filters(), merged)))))
    assert rows[0]["id"] == f"ev-{A}" and rows[0]["evidence"] == f"{_quote('1999')} | {_quote('2000')}"


def test_the_briefing_deck_quotes_the_documents(merged: str) -> None:
    deck = Presentation(io.BytesIO(export.to_pptx(query.events(query.Filters(year_from=2003), merged))))
    text = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                    if shape.has_text_frame)
    assert _quote("2003") in text


def test_an_export_of_a_frame_that_lost_its_origin_reads_the_store_it_is_told(merged: str) -> None:
    frame = query.events(query.Filters(), merged)
    rebuilt = pd.DataFrame(frame.to_dict("records"))  # a page's own frame: no attrs
    assert not rebuilt.attrs
    exported = json.loads(export.export(rebuilt, "json", db=merged))["events"]
    assert [len(e["evidence"]) for e in exported] == [2, 1]


def test_an_empty_selection_exports_cleanly(merged: str) -> None:
    frame = query.events(query.Filters(year_from=3000), merged)
    assert json.loads(export.to_json(frame)) == {"events": []}
    assert export.to_csv(frame).startswith("id,start,end")


def test_the_seeds_exports_quote_what_each_events_details_show(seeded_db: str) -> None:
    frame = query.events(query.Filters(), seeded_db)
    exported = json.loads(export.to_json(frame))["events"]
    assert len(exported) == len(frame) > 10
    for event in exported:
        details = query.event(event["id"], seeded_db)
        assert event["evidence"] and _texts(event["evidence"]) == _texts(details["evidence"])


def test_the_command_line_export_quotes_and_takes_pair(merged: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "json", "--country", "KZ", "--pair", "--db", merged]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [len(e["evidence"]) for e in events] == [2, 1]
