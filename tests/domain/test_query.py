"""The timeline query: filters match what a user asked for, every change to the store shows on the next
read, frames handed out are the caller's own, and stores made before migration 0003 upgrade in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pandas as pd
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert, select

from entente import curation, query, store
from entente.periods import event_bounds
from entente.store import _MIGRATIONS
from entente.store.schema import documents, events
from tests.domain.test_store import _doc

A, B = "a" * 64, "b" * 64


def _expected(frame: pd.DataFrame, filters: query.Filters) -> list[str]:
    """The filters' meaning spelled out row by row: the reference the fast path must agree with."""
    ids = []
    for row in frame.itertuples():
        if filters.pair and not {query.HOME_COUNTRY, *filters.countries} <= set(row.countries):
            continue
        if not filters.pair and filters.countries and not set(filters.countries) & set(row.countries):
            continue
        if filters.themes and not set(filters.themes) & set(row.themes):
            continue
        if filters.types and row.type not in filters.types:
            continue
        if filters.document and filters.document not in row.document_ids:
            continue
        if filters.year_from is not None or filters.year_to is not None:
            if pd.isna(row.start_date):
                continue
            if filters.year_from is not None and row.end_date.year < filters.year_from:
                continue
            if filters.year_to is not None and row.start_date.year > filters.year_to:
                continue
        ids.append(row.id)
    return ids


def _seed_filters() -> list[query.Filters]:
    return [
        query.Filters(),
        query.Filters(countries=("KZ",)), query.Filters(countries=("PK",)),
        query.Filters(countries=("US",)), query.Filters(countries=("KZ", "PK")),
        query.Filters(countries=("ZZ",)),
        query.Filters(year_from=2009), query.Filters(year_to=2009), query.Filters(year_from=1999, year_to=1999),
        query.Filters(year_from=2010, year_to=2010), query.Filters(year_from=3000),
        query.Filters(themes=("defense-cooperation",)), query.Filters(themes=("counterterrorism", "trade")),
        query.Filters(types=("dialogue",)), query.Filters(types=("agreement", "conference", "visit")),
        query.Filters(countries=("PK",), year_from=2009, year_to=2010, types=("dialogue", "summit")),
        query.Filters(countries=("KZ",), themes=("defense-cooperation",), year_to=2001),
        query.Filters(countries=("PK", "AE"), pair=True), query.Filters(countries=("KZ", "PK"), pair=True),
        query.Filters(countries=("AF",), pair=True), query.Filters(pair=True),
        query.Filters(countries=("PK",), year_from=2010, pair=True),
    ]


@pytest.mark.parametrize("filters", _seed_filters(), ids=repr)
def test_filters_on_the_seeds_agree_with_their_plain_meaning(seeded_db: str, filters: query.Filters) -> None:
    everything = query.events(query.Filters(), seeded_db)
    assert list(query.events(filters, seeded_db)["id"]) == _expected(everything, filters)


def test_the_seeds_timeline_is_in_date_order_with_every_column(seeded_db: str) -> None:
    frame = query.events(query.Filters(), seeded_db)
    assert list(frame.columns) == query.EVENT_COLUMNS and len(frame) > 10
    dated = frame["start_date"].dropna()
    assert dated.is_monotonic_increasing
    assert frame["start_date"].isna().sum() == 0 or frame["start_date"].iloc[-1] is pd.NaT
    quotes = query.evidence_for(frame["id"], seeded_db)
    for row in frame.itertuples():
        first, last = event_bounds(row.start, row.end)
        assert (row.start_date.date(), row.end_date.date()) == (first, last)
        assert quotes[row.id] and all(e["document_id"] == row.document_ids[0] for e in quotes[row.id])


def test_a_document_filter_finds_the_event_merged_from_it(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc(A, "a.txt"), extractor_version="t")
    store.save_document(engine, _doc(B, "b.txt", year="2000"), extractor_version="t")
    curation.merge_events(f"ev-{A}", [f"ev-{B}"], db=any_db)
    assert list(query.events(query.Filters(document=B), any_db)["id"]) == [f"ev-{A}"]
    assert list(query.events(query.Filters(year_from=2000), any_db)["id"]) == []


def test_re_saving_a_document_shows_its_new_events_on_the_next_read(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc(A, "a.txt"), extractor_version="1")
    assert list(query.events(query.Filters(year_from=2000), any_db)["id"]) == []
    # same document id, same number of events and documents: only the date moved
    store.save_document(engine, _doc(A, "a.txt", year="2000"), extractor_version="2")
    assert list(query.events(query.Filters(year_from=2000), any_db)["start"]) == ["2000-12-17"]


def test_edits_and_undos_show_on_the_next_read(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc(A, "a.txt"), extractor_version="t")
    store.save_document(engine, _doc(B, "b.txt", year="2000"), extractor_version="t")
    assert len(query.events(query.Filters(countries=("KZ",)), any_db)) == 2
    fix = curation.edit_event(f"ev-{A}", {"countries": ["US", "PK"], "start": "2001-05"}, db=any_db)
    moved = query.events(query.Filters(countries=("PK",)), any_db)
    assert list(moved["id"]) == [f"ev-{A}"] and moved.iloc[0]["counterpart"] == "PK"
    assert list(query.events(query.Filters(), any_db)["id"]) == [f"ev-{B}", f"ev-{A}"]  # 2000 before 2001
    curation.undo(fix, db=any_db)
    assert query.events(query.Filters(countries=("PK",)), any_db).empty
    assert list(query.events(query.Filters(), any_db)["id"]) == [f"ev-{A}", f"ev-{B}"]


def test_a_caller_changing_its_frame_does_not_change_the_next_one(tmp_db: str) -> None:
    store.save_document(store.open_engine(tmp_db), _doc(A, "a.txt"), extractor_version="t")
    frame = query.events(query.Filters(), tmp_db)
    frame.loc[0, "title"] = "scribbled"
    frame["extra"] = 1
    narrowed = query.events(query.Filters(types=("agreement",)), tmp_db)
    narrowed.loc[0, "type"] = "meeting"
    again = query.events(query.Filters(), tmp_db)
    assert again.loc[0, "title"] == "Signing at the Pentagon" and "extra" not in again
    assert again.loc[0, "type"] == "agreement"


def test_an_empty_store_gives_an_empty_frame_with_every_column(tmp_db: str) -> None:
    frame = query.events(query.Filters(countries=("KZ",), year_from=2000), tmp_db)
    assert frame.empty and list(frame.columns) == query.EVENT_COLUMNS


def test_a_store_with_events_from_schema_0002_gets_their_days_on_upgrade(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    old = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    starts = [("ev-day", "1999-12-17", None), ("ev-month", "2001-02", None),
              ("ev-range", "2009-10-08T09:30", "2009-10-09T11:15"), ("ev-undated", "XXXX-03", None)]
    with old.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
        conn.execute(insert(documents).values(
            id=A, source="old.txt", title="Old", published="1999-12-20", url=None, status="ok",
            messages=[], countries=["US", "KZ"], text="Old text.", timexes=[], people=[], themes=[],
            theme_mentions=[], extractor_version="0", ingested_at=datetime.now(UTC)))
        for event_id, start, end in starts:
            year = int(start[:4]) if start[:4].isdigit() else None
            conn.execute(insert(events).values(
                id=event_id, document_id=A, title=event_id, type="meeting", start=start, end=end,
                precision="day", year_from=year, year_to=year, location_name=None, location_country=None,
                countries=["US", "KZ"], themes=[], participants=[], evidence=[], confidence=0.5))
    old.dispose()

    engine = store.open_engine(url)
    with engine.connect() as conn:
        days = {r.id: (r.start_date, r.end_date) for r in conn.execute(
            select(events.c.id, events.c.start_date, events.c.end_date))}
    assert days == {"ev-day": ("1999-12-17", "1999-12-17"), "ev-month": ("2001-02-01", "2001-02-28"),
                    "ev-range": ("2009-10-08", "2009-10-09"), "ev-undated": (None, None)}
    frame = query.events(query.Filters(), url)
    assert list(frame["id"]) == ["ev-day", "ev-month", "ev-range", "ev-undated"]
    assert list(query.events(query.Filters(year_from=2001, year_to=2001), url)["id"]) == ["ev-month"]


def _by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("id").reset_index(drop=True)


def test_reads_between_ingests_match_a_fresh_read(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc(A, "a.txt"), extractor_version="t")
    assert len(query.events(query.Filters(), any_db)) == 1
    store.save_document(engine, _doc(B, "b.txt", year="2000"), extractor_version="t")  # added
    assert list(query.events(query.Filters(year_from=2000), any_db)["id"]) == [f"ev-{B}"]
    C = "c" * 64
    store.save_document(engine, _doc(C, "a.txt", year="2003", title="Third"), extractor_version="t",
                        replace=True)  # replaces A
    curation.edit_event(f"ev-{B}", {"title": "Edited"}, db=any_db)
    seen = query.events(query.Filters(), any_db)
    assert list(seen["id"]) == [f"ev-{B}", f"ev-{C}"] and seen.iloc[0]["title"] == "Edited"
    assert list(query.events(query.Filters(document=A), any_db)["id"]) == []

    store.close_engine(any_db)  # nothing held any more: the next read starts from the database alone
    fresh = query.events(query.Filters(), any_db)
    pd.testing.assert_frame_equal(_by_id(seen), _by_id(fresh))


def test_an_event_dated_from_its_trip_and_announced_for_later_is_hidden_with_the_planned(tmp_db: str) -> None:
    engine = store.open_engine(tmp_db)
    doc = _doc(A, "a.txt")
    [event] = doc.events
    note = "dated by the visit to Astana it is part of: its sentence gives no date; planned: the document announces it"
    event = replace(event, evidence=(replace(event.evidence[0], note=note),))
    store.save_document(engine, replace(doc, events=(event,)), extractor_version="t")
    assert list(query.events(query.Filters(planned=False), tmp_db)["id"]) == []
    assert list(query.events(query.Filters(planned=True), tmp_db)["id"]) == [f"ev-{A}"]
