"""Analysts' corrections: stored apart, applied on read, kept across re-extraction, undoable."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, insert, select

from entente import curation, query, store
from entente.store import _MIGRATIONS
from entente.store.schema import documents, events
from tests.domain.test_store import _doc

A, B = "a" * 64, "b" * 64


@pytest.fixture
def two_docs(any_db: str) -> str:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc(A, "a.txt", title="Signing"), extractor_version="1")
    store.save_document(engine, _doc(B, "b.txt", year="2000", title="Second signing"),
                        extractor_version="1")
    return any_db


def _titles(db: str, filters: query.Filters = query.Filters()) -> list[str]:
    return list(query.events(filters, db)["title"])


def test_an_edit_changes_what_every_view_shows(two_docs: str) -> None:
    curation.edit_event(f"ev-{A}", {"title": "Defense Cooperation Plan signed", "start": "1999-12",
                                    "precision": "month"}, db=two_docs)
    row = query.events(query.Filters(), two_docs).set_index("id").loc[f"ev-{A}"]
    assert row["title"] == "Defense Cooperation Plan signed"
    assert row["start"] == "1999-12" and row["end_date"].day == 31 and bool(row["corrected"])
    assert query.event(f"ev-{A}", two_docs)["title"] == "Defense Cooperation Plan signed"


def test_an_edited_date_moves_the_event_between_year_filters(two_docs: str) -> None:
    curation.edit_event(f"ev-{A}", {"start": "2005-01-01"}, db=two_docs)
    assert _titles(two_docs, query.Filters(year_from=2004)) == ["Signing at the Pentagon"]
    assert _titles(two_docs, query.Filters(year_to=2001)) == ["Second signing at the Pentagon"]


def test_hide_and_undo(two_docs: str) -> None:
    correction = curation.hide_event(f"ev-{A}", db=two_docs, note="not an event")
    assert _titles(two_docs) == ["Second signing at the Pentagon"]
    curation.undo(correction, db=two_docs)
    assert len(_titles(two_docs)) == 2
    with pytest.raises(curation.CorrectionError):
        curation.undo(correction, db=two_docs)
    assert [c["undone_at"] is not None for c in curation.history(db=two_docs)] == [True]


def test_merge_keeps_both_sources_and_undo_splits_them(two_docs: str) -> None:
    correction = curation.merge_events(f"ev-{A}", [f"ev-{B}"], db=two_docs)
    frame = query.events(query.Filters(), two_docs)
    assert list(frame["id"]) == [f"ev-{A}"]
    merged = frame.iloc[0]
    assert merged["document_ids"] == [A, B] and merged["merged_from"] == [f"ev-{B}"]
    assert [e["document_id"] for e in query.event(f"ev-{A}", two_docs)["evidence"]] == [A, B]
    curation.undo(correction, db=two_docs)
    assert len(query.events(query.Filters(), two_docs)) == 2


def test_an_event_added_by_hand_appears_and_filters_like_any_other(two_docs: str) -> None:
    new_id = curation.add_event({"title": "Phone call with the Minister", "type": "call",
                                 "start": "2000-03-05", "countries": ["US", "KZ"]}, db=two_docs)
    frame = query.events(query.Filters(year_from=2000, types=("call",)), two_docs)
    assert list(frame["id"]) == [new_id] and frame.iloc[0]["counterpart"] == "KZ"


def test_corrections_survive_re_extraction(two_docs: str) -> None:
    curation.edit_event(f"ev-{A}", {"title": "Corrected title"}, db=two_docs)
    engine = store.open_engine(two_docs)
    store.save_document(engine, _doc(A, "a.txt", title="Signing"), extractor_version="2")
    assert "Corrected title" in _titles(two_docs)


@pytest.mark.parametrize("changes,message", [
    ({"type": "party"}, "type"),
    ({"start": "June"}, "start"),
    ({"precision": "week"}, "precision"),
    ({"title": "  "}, "title"),
    ({"start": "2010-06-10", "end": "2010-06-01"}, "end is before the start"),
    ({"participants": [{"name": "X", "role": "boss"}]}, "role"),
    ({"id": "x"}, "cannot edit id"),
])
def test_bad_corrections_are_refused_with_the_field_named(two_docs: str, changes: dict, message: str) -> None:
    with pytest.raises(curation.CorrectionError, match=message):
        curation.edit_event(f"ev-{A}", changes, db=two_docs)


def test_a_store_made_by_the_first_schema_upgrades_without_loss(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with old.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        now = datetime.now(UTC)
        conn.execute(insert(documents).values(
            id=A, source="old.txt", title="Old", published="1999-12-20", url=None, status="ok",
            messages=[], countries=["US", "KZ"], text="Old text.", timexes=[], people=[], themes=[],
            theme_mentions=[], extractor_version="0", ingested_at=now))
        conn.execute(insert(events).values(
            id="ev-old", document_id=A, title="Old event", type="agreement", start="1999-12-17",
            end=None, precision="day", year_from=1999, year_to=1999, location_name=None,
            location_country=None, countries=["US", "KZ"], themes=[], participants=[],
            evidence=[{"start": 0, "end": 9, "text": "Old text."}], confidence=0.5))
    assert "corrections" not in inspect(old).get_table_names()
    old.dispose()

    engine = store.open_engine(url)
    assert "corrections" in inspect(engine).get_table_names()
    assert _titles(url) == ["Old event"]
    with engine.connect() as conn:
        assert conn.execute(select(documents.c.title)).scalar() == "Old"


def test_the_same_meeting_in_two_documents_becomes_one_event_that_can_be_split(tmp_path, tmp_db) -> None:
    from entente.pipeline import ingest_paths

    readout = tmp_path / "readout.txt"
    readout.write_text(
        "WASHINGTON, May 6, 2021 — Secretary of State Antony J. Blinken met with Kazakh Foreign Minister "
        "Mukhtar Tileuberdi in Washington today to discuss regional security and trade.")
    release = tmp_path / "release.txt"
    release.write_text(
        "ASTANA, May 7, 2021 — Foreign Minister Mukhtar Tileuberdi met Secretary of State Antony J. "
        "Blinken in Washington on May 6, 2021, the ministry said, and the two discussed trade.")
    reports = ingest_paths([readout, release], tmp_db)
    assert any("merged" in m for m in reports[1].messages), reports
    frame = query.events(query.Filters(), tmp_db)
    meetings = frame[frame["start"] == "2021-05-06"]
    assert len(meetings) == 1
    assert len(meetings.iloc[0]["document_ids"]) == 2 and meetings.iloc[0]["merged_from"]
    (automatic,) = [c for c in curation.history(db=tmp_db) if c["payload"].get("automatic")]
    curation.undo(automatic["id"], db=tmp_db)
    frame = query.events(query.Filters(), tmp_db)
    assert len(frame[frame["start"] == "2021-05-06"]) == 2
