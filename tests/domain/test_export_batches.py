"""Exports are written a batch of events at a time (so a 100,000-event download never holds every quote at
once), and the files are exactly what one pass over all the events writes: same bytes, the contract's JSON."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from entente import curation, export, query, store
from tests.domain.test_store import _doc

IDS = ["a" * 64, "b" * 64, "c" * 64, "d" * 64, "e" * 64]
YEARS = ["1999", "2000", "2003", "2005", "2010"]


@pytest.fixture
def five(any_db: str) -> str:
    """Five stored signings, one a day apart in different years; the second merged into the first."""
    engine = store.open_engine(any_db)
    for doc_id, year in zip(IDS, YEARS, strict=True):
        store.save_document(engine, _doc(doc_id, f"{year}.txt", year=year, title=f"Signing {year}"),
                            extractor_version="t")
    curation.merge_events(f"ev-{IDS[0]}", [f"ev-{IDS[1]}"], db=any_db)
    return any_db


def _one_pass_json(frame: pd.DataFrame) -> str:
    """What the writer wrote before batching: every event object in one json.dumps."""
    whole = export.with_evidence(frame)
    return json.dumps({"events": [export.event_object(r) for r in whole.to_dict("records")]},
                      ensure_ascii=False, indent=2)


@pytest.mark.parametrize("batch", [1, 2, 3, 4, 5_000])
@pytest.mark.parametrize("fmt", export.FORMATS)
def test_a_file_written_in_batches_is_the_one_pass_file(five: str, monkeypatch: pytest.MonkeyPatch,
                                                        fmt: str, batch: int) -> None:
    frame = query.events(query.Filters(), five)
    whole = export.export(frame, fmt)  # BATCH is far above 4 events: this is one pass
    monkeypatch.setattr(export, "BATCH", batch)
    assert export.export(frame, fmt) == whole
    assert export.export_bytes(frame, fmt) == whole.encode("utf-8")


@pytest.mark.parametrize("batch", [1, 3, 5_000])
def test_the_json_is_the_contracts_object_with_every_events_quotes(five: str, monkeypatch: pytest.MonkeyPatch,
                                                                  batch: int) -> None:
    monkeypatch.setattr(export, "BATCH", batch)
    frame = query.events(query.Filters(), five)
    text = export.to_json(frame)
    assert text == _one_pass_json(frame)
    events = json.loads(text)["events"]
    assert [e["id"] for e in events] == list(frame["id"])
    merged = next(e for e in events if e["id"] == f"ev-{IDS[0]}")
    assert [q["text"][-35:] for q in merged["evidence"]] == [
        "December 17, 1999, at the Pentagon.", "December 17, 2000, at the Pentagon."]


@pytest.mark.parametrize("batch", [1, 2, 5_000])
def test_the_csv_has_one_header_and_one_row_per_event_with_its_quotes(five: str, monkeypatch: pytest.MonkeyPatch,
                                                                      batch: int) -> None:
    monkeypatch.setattr(export, "BATCH", batch)
    frame = query.events(query.Filters(), five)
    rows = list(csv.DictReader(io.StringIO(export.to_csv(frame))))
    assert [r["id"] for r in rows] == list(frame["id"])
    assert all("signed the plan" in r["evidence"] for r in rows)
    assert " | " in next(r for r in rows if r["id"] == f"ev-{IDS[0]}")["evidence"]  # the merged one's two


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_an_empty_view_exports_an_empty_file_of_the_same_shape(five: str, monkeypatch: pytest.MonkeyPatch,
                                                              fmt: str) -> None:
    monkeypatch.setattr(export, "BATCH", 2)
    empty = query.events(query.Filters(countries=("ZZ",)), five)
    assert len(empty) == 0
    text = export.export(empty, fmt)
    assert export.export_bytes(empty, fmt) == text.encode("utf-8")
    if fmt == "json":
        assert text == '{\n  "events": []\n}'
    if fmt == "csv":
        assert text.splitlines() == [",".join(["id", "start", "end", "precision", "type", "title", "location",
                                               "location_country", "countries", "themes", "participants",
                                               "evidence", "documents", "document_titles", "document_urls",
                                               "confidence"])]


def test_a_filtered_view_reads_only_its_own_events_quotes(five: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "BATCH", 1)
    asked: list[list[str]] = []
    real = query.evidence_for

    def spy(ids, db=None):  # same signature as the real one
        ids = list(ids)
        asked.append(ids)
        return real(ids, db)

    monkeypatch.setattr(query, "evidence_for", spy)
    frame = query.events(query.Filters(year_from=2003), five)
    events = json.loads(export.to_json(frame))["events"]
    assert [e["start"][:4] for e in events] == ["2003", "2005", "2010"]
    assert asked == [[i] for i in frame["id"]]  # one batch of one event each, nothing else read


def test_csv_cells_are_inert_in_a_spreadsheet_and_fit_a_cell() -> None:
    """Cells from documents or analysts that start like a formula are shown as text (OWASP), and no cell
    is longer than a spreadsheet holds."""
    import csv
    import io

    from entente.export import CELL_LIMIT, _flat

    frame = pd.DataFrame([{
        "id": "e1", "start": "2030-03-09", "end": None, "precision": "day", "type": "meeting",
        "title": '=HYPERLINK("http://evil.example","x")', "location": "@SUM(A1)", "location_country": None,
        "countries": ["US"], "themes": [], "participants": [{"name": "+Ada Quill", "side": "US", "role": None}],
        "evidence": [{"text": "-" + "x" * 1_500_000}], "document_ids": ["d"], "confidence": 0.5,
        "sources": [{"id": "d", "title": "=cmd|' /C calc'!A0", "url": "https://example.org/d"}]}])
    text = _flat(frame).to_csv(index=False)
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert row["title"].startswith("'=") and row["location"].startswith("'@")
    assert row["participants"].startswith("'+") and row["evidence"].startswith("'-")
    assert row["document_titles"].startswith("'=") and row["document_urls"] == "https://example.org/d"
    assert max(len(v) for v in row.values()) <= CELL_LIMIT
