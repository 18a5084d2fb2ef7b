"""A store made before migration 0004 (events and corrections only, corrections replayed on every read)
upgrades in place: every event, correction and quote is kept, and reads show the corrections applied."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert

from entente import curation, query, store
from entente.store import _MIGRATIONS
from entente.store.schema import corrections, documents, events

A, B = "a" * 64, "b" * 64


def _old_store(url: str) -> None:
    """A store at revision 0003 holding two documents, five events and five corrections (one undone)."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    old = create_engine(url)
    with old.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        for doc_id, source in ((A, "a.txt"), (B, "b.txt")):
            conn.execute(insert(documents).values(
                id=doc_id, source=source, title=f"Doc {source}", published="2009-01-01", url=None,
                status="ok", messages=[], countries=["US", "PK"], text="Text.", timexes=[], people=[], themes=[],
                theme_mentions=[], extractor_version="0", ingested_at=datetime.now(UTC)))
        for event_id, doc_id, day, theme, country in (
                ("talks", A, "2009-03-02", "trade", "PK"), ("visit", A, "2009-05-10", "energy", "PK"),
                ("talks-again", B, "2009-03-02", "counterterrorism", "PK"), ("false", B, "2009-06-01", "trade", "PK"),
                ("kz", B, "2010-01-05", "energy", "KZ")):
            conn.execute(insert(events).values(
                id=event_id, document_id=doc_id, title=event_id.title(), type="meeting", start=day, end=None,
                start_date=day, end_date=day, precision="day", year_from=int(day[:4]), year_to=int(day[:4]),
                location_name=None, location_country=None, countries=["US", country], themes=[theme],
                participants=[{"name": f"Person {event_id}", "side": country, "role": "lead"}],
                evidence=[{"start": 0, "end": 4, "text": f"Quote of {event_id}."}], confidence=0.8))
        now = datetime.now(UTC)
        for kind, event_id, payload, undone in (
                ("edit", "visit", {"title": "State visit", "countries": ["US", "IN"]}, None),
                ("hide", "false", {}, None),
                ("merge", "talks", {"absorbed": ["talks-again"]}, None),
                ("add", "manual-1", {"title": "Added by hand", "type": "call", "start": "2011-02-03"}, None),
                ("edit", "kz", {"title": "Undone edit"}, now)):
            conn.execute(insert(corrections).values(kind=kind, event_id=event_id, payload=payload, note=None,
                                                    created_at=now, undone_at=undone))
    old.dispose()


def test_a_store_from_before_resolved_events_keeps_everything(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    _old_store(url)

    frame = query.events(query.Filters(), url)  # opening the store migrates it
    assert list(frame["id"]) == ["talks", "visit", "kz", "manual-1"]
    by_id = frame.set_index("id")
    assert by_id.loc["visit", "title"] == "State visit" and by_id.loc["visit", "counterpart"] == "IN"
    assert by_id.loc["kz", "title"] == "Kz" and not by_id.loc["kz", "corrected"]  # the undone edit stays undone
    assert by_id.loc["talks", "merged_from"] == ["talks-again"]
    assert by_id.loc["talks", "document_ids"] == [A, B]
    assert sorted(by_id.loc["talks", "themes"]) == ["counterterrorism", "trade"]
    assert by_id.loc["manual-1", "title"] == "Added by hand" and by_id.loc["manual-1", "type"] == "call"
    quotes = [q["text"] for q in query.event("talks", url)["evidence"]]
    assert quotes == ["Quote of talks.", "Quote of talks-again."]

    assert list(query.events(query.Filters(countries=("IN",)), url)["id"]) == ["visit"]
    assert list(query.events(query.Filters(themes=("counterterrorism",)), url)["id"]) == ["talks"]
    assert list(query.events(query.Filters(document=B), url)["id"]) == ["talks", "kz"]
    assert len(curation.history(db=url)) == 5  # every correction kept, the undone one too

    before = query.version(url)
    hidden = next(c["id"] for c in curation.history(db=url) if c["kind"] == "hide")
    curation.undo(hidden, db=url)  # the migrated corrections still work: undoing brings the event back
    assert "false" in set(query.events(query.Filters(), url)["id"])
    assert query.version(url) != before
    store.close_engine(url)
