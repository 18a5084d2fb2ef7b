"""The store: migrated on open, one document per content, changed sources replace their document."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import inspect, select

from entente import query, store
from entente.models import (
    Event, Evidence, ExtractedDocument, Location, Participant, Person, ThemeMention, Timex,
)
from entente.store.schema import documents, sources


def _doc(doc_id: str, source: str, *, year: str = "1999", title: str = "Signing") -> ExtractedDocument:
    text = f"Cohen and Tokpakbayev signed the plan on December 17, {year}, at the Pentagon."
    event = Event(
        id=f"ev-{doc_id}", title=f"{title} at the Pentagon", type="agreement", start=f"{year}-12-17",
        end=None, precision="day", location=Location("Pentagon", "US"), countries=("US", "KZ"),
        themes=("defense-cooperation",),
        participants=(Participant("William S. Cohen", "US", "signatory"),
                      Participant("Sat Tokpakbayev", "KZ", "signatory")),
        evidence=(Evidence(0, len(text), text),), confidence=0.9,
    )
    return ExtractedDocument(
        id=doc_id, source=source, title=title, published=f"{year}-12-20", countries=("US", "KZ"),
        status="ok", messages=(), timexes=(Timex(47, 64, f"December 17, {year}", "DATE", f"{year}-12-17"),),
        events=(event,),
        people=(Person("William S. Cohen", title="Secretary of Defense", country="US", roles=("signatory",)),),
        themes=(("defense-cooperation", 1.0),),
        theme_mentions=(ThemeMention("defense-cooperation", 0, len(text), text, "plan"),), text=text,
    )


def test_a_new_store_is_migrated_to_the_newest_schema(any_db: str) -> None:
    engine = store.open_engine(any_db)
    tables = set(inspect(engine).get_table_names())
    assert {"documents", "events", "sources", "alembic_version"} <= tables


def test_a_migration_stopped_part_way_leaves_the_store_as_it_was(
        any_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ingest process killed while it creates a new store (an upload over its time limit) must not
    leave half the tables behind: the next open would fail with 'table documents already exists'."""
    real_upgrade = store.command.upgrade

    def upgrade_then_die(config, _revision):
        real_upgrade(config, "0002")  # the first tables are made ...
        raise KeyboardInterrupt("killed")  # ... and the process stops before the rest

    monkeypatch.setattr(store.command, "upgrade", upgrade_then_die)
    with pytest.raises(KeyboardInterrupt):
        store.open_engine(any_db)
    monkeypatch.undo()
    engine = store.open_engine(any_db)
    assert {"documents", "events", "sources"} <= set(inspect(engine).get_table_names())
    store.save_document(engine, _doc("b" * 64, "kz.txt"), extractor_version="t")
    assert len(query.documents(any_db)) == 1


def test_saved_document_reads_back_through_the_query_layer(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "kz.txt"), extractor_version="t")
    frame = query.events(query.Filters(), any_db)
    assert list(frame["title"]) == ["Signing at the Pentagon"]
    row = frame.iloc[0]
    assert row["start_date"] == pd.Timestamp("1999-12-17") and row["counterpart"] == "KZ"
    assert query.event(row["id"], any_db)["evidence"][0]["document_title"] == "Signing"
    roster = query.roster(row["id"], any_db)
    assert roster.set_index("name").loc["William S. Cohen", "title"] == "Secretary of Defense"
    doc = query.document("a" * 64, any_db)
    assert doc is not None and doc["timexes"][0]["value"] == "1999-12-17"


def test_saving_twice_keeps_one_copy(any_db: str) -> None:
    engine = store.open_engine(any_db)
    for _ in range(2):
        store.save_document(engine, _doc("a" * 64, "kz.txt"), extractor_version="t")
    assert len(query.documents(any_db)) == 1
    assert len(query.events(query.Filters(), any_db)) == 1


def test_a_changed_source_is_a_new_version_that_keeps_the_old_one(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "kz.txt"), extractor_version="t")
    before = store.version(engine)
    previous = store.save_document(engine, _doc("b" * 64, "kz.txt", year="2000"), extractor_version="t")
    assert previous == "a" * 64  # the caller is told, and says so to the user
    assert set(query.documents(any_db)["id"]) == {"a" * 64, "b" * 64}  # nothing stored is lost
    assert sorted(query.events(query.Filters(), any_db)["start"]) == ["1999-12-17", "2000-12-17"]
    assert store.version(engine) != before


def test_a_changed_source_replaces_its_old_document_when_asked(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "kz.txt"), extractor_version="t")
    store.save_document(engine, _doc("b" * 64, "kz.txt", year="2000"), extractor_version="t", replace=True)
    assert list(query.documents(any_db)["id"]) == ["b" * 64]
    assert list(query.events(query.Filters(), any_db)["start"]) == ["2000-12-17"]


def test_a_document_shared_by_two_sources_survives_one_changing(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "one.txt"), extractor_version="t")
    store.link_source(engine, "copy.txt", "a" * 64)
    store.save_document(engine, _doc("b" * 64, "one.txt", year="2000"), extractor_version="t")
    with engine.connect() as conn:
        assert set(conn.execute(select(documents.c.id)).scalars()) == {"a" * 64, "b" * 64}
        assert conn.execute(select(sources.c.document_id).where(sources.c.source == "copy.txt")
                            ).scalar() == "a" * 64


@pytest.mark.parametrize("filters,expected", [
    (query.Filters(countries=("KZ", "PK")), ["1999-12-17", "2000-12-17"]),
    (query.Filters(countries=("PK",)), []),
    (query.Filters(year_from=2000), ["2000-12-17"]),
    (query.Filters(year_to=1999), ["1999-12-17"]),
    (query.Filters(themes=("ctr",)), []),
    (query.Filters(types=("agreement",)), ["1999-12-17", "2000-12-17"]),
])
def test_filters_narrow_the_events(any_db: str, filters: query.Filters, expected: list[str]) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    store.save_document(engine, _doc("b" * 64, "b.txt", year="2000"), extractor_version="t")
    assert list(query.events(filters, any_db)["start"]) == expected


def test_summary_and_facets_describe_the_corpus(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    summary = query.summary(any_db)
    assert summary == {"documents": 1, "library": 1, "events": 1, "people": 2, "first_date": "1999-12-17",
                       "last_date": "1999-12-17", "counterparts": ["KZ"]}
    facets = query.facets(any_db)
    assert facets["countries"] == ["KZ", "US"] and facets["years"] == [1999]
    assert facets["themes"] == ["defense-cooperation"] and facets["types"] == ["agreement"]


def test_people_and_their_appearances(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    store.save_document(engine, _doc("b" * 64, "b.txt", year="2000"), extractor_version="t")
    people = query.people(query.Filters(), any_db).set_index("name")
    assert people.loc["William S. Cohen", "events"] == 2
    assert people.loc["Sat Tokpakbayev", "country"] == "KZ"
    seen = query.appearances("Sat Tokpakbayev", any_db)
    assert list(seen["start_date"].dt.year) == [1999, 2000]


def test_theme_series_counts_mentions_by_year_and_counterpart(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    series = query.theme_series(query.Filters(), any_db)
    assert series.to_dict("records") == [
        {"theme": "defense-cooperation", "year": 1999, "counterpart": "KZ", "mentions": 1}]
    passages = query.theme_passages("defense-cooperation", any_db)
    assert passages.iloc[0]["text"].startswith("Cohen and Tokpakbayev")


def test_one_person_across_documents_under_two_spellings(any_db: str) -> None:
    engine = store.open_engine(any_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    other = _doc("b" * 64, "b.txt", year="2000")
    renamed = other.events[0].__class__(**{**other.events[0].__dict__, "participants": (
        Participant("William Cohen", "US", "signatory"), Participant("Sat Tokpakbayev", "KZ", "signatory"))})
    store.save_document(engine, other.__class__(**{**other.__dict__, "events": (renamed,)}),
                        extractor_version="t")
    people = query.people(query.Filters(), any_db).set_index("name")
    assert "William Cohen" not in people.index
    assert people.loc["William S. Cohen", "events"] == 2
    assert people.loc["William S. Cohen", "aliases"] == ["William Cohen"]
    assert len(query.appearances("William Cohen", any_db)) == 2
