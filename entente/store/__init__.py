"""The store: opens (and migrates) a database by URL, saves extracted documents (resolving their events as it
goes, see resolved.py), reports its version."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from entente import settings
from entente.models import (READER_WARNING_PREFIXES, Document, ExtractedDocument, event_to_json,
                            person_to_json)
from entente.periods import event_bounds
from entente.store import resolved, timeline
from entente.store.schema import documents, events, sources

_MIGRATIONS = Path(__file__).with_name("migrations")
_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the app read while an ingest writes; the busy timeout makes writers wait, not fail.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begins_itself(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # pysqlite would commit before each CREATE and ALTER


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # also makes a second process wait for this migration


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision, all or nothing; existing rows are kept. On SQLite the
    migration runs on an engine of its own whose transactions take in the DDL, so a process killed
    part-way (an upload over its time limit) leaves the store as it was, not half-made."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    migrating = engine
    if engine.dialect.name == "sqlite":
        migrating = create_engine(engine.url, poolclass=NullPool)
        event.listen(migrating, "connect", _sqlite_pragmas)
        event.listen(migrating, "connect", _sqlite_begins_itself)
        event.listen(migrating, "begin", _begin_immediate)
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        if migrating is not engine:
            migrating.dispose()


def open_engine(url: str | None = None) -> Engine:
    """The engine for `url` (default: the configured store), created and migrated once per process."""
    url = settings.database_url(url)
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            parsed = make_url(url)
            if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url)
            if parsed.get_backend_name() == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            migrate(engine)
            _engines[url] = engine
        return engine


def close_engine(url: str) -> None:
    """Dispose of the pooled connections to `url` (tests that drop databases need this)."""
    with _engines_lock:
        engine = _engines.pop(settings.database_url(url), None)
    if engine is not None:
        timeline.forget(engine.url.render_as_string(hide_password=False))
        engine.dispose()


def version(engine: Engine) -> int:
    """The store's one version: it changes whenever documents, events or corrections change (the app's
    cache key). One indexed row, cheap at any size."""
    with engine.connect() as conn:
        return resolved.version(conn)


def stored_version(engine: Engine, document_id: str) -> str | None:
    """The extractor version that produced the stored document, or None if it is not stored."""
    with engine.connect() as conn:
        return conn.execute(
            select(documents.c.extractor_version).where(documents.c.id == document_id)
        ).scalar_one_or_none()


def link_source(engine: Engine, source: str, document_id: str, *, replace: bool = False) -> str | None:
    """Record that `source` now holds `document_id` (see `_link`); the document it held before, if another."""
    now = datetime.now(UTC)
    with engine.begin() as conn:
        return _link(conn, source, document_id, now, replace=replace)


def _link(conn, source: str, document_id: str, now: datetime, *,
          replace: bool = False) -> str | None:
    """Point `source` at `document_id`. A document is its content: when the name held other content
    before, that earlier version stays stored (its events, its corrections) unless `replace` says the
    user wants it gone, and then only if no other name holds it. Returns the earlier version's id."""
    previous = conn.execute(select(sources.c.document_id).where(sources.c.source == source)).scalar()
    if previous == document_id:
        conn.execute(update(sources).where(sources.c.source == source).values(seen_at=now))
        return None
    if previous is None:
        conn.execute(insert(sources).values(source=source, document_id=document_id, seen_at=now))
        return None
    conn.execute(update(sources).where(sources.c.source == source)
                 .values(document_id=document_id, seen_at=now))
    if replace:
        still_used = conn.execute(
            select(func.count()).select_from(sources).where(sources.c.document_id == previous)
        ).scalar_one()
        if not still_used:
            conn.execute(delete(events).where(events.c.document_id == previous))
            conn.execute(delete(documents).where(documents.c.id == previous))
            resolved.refresh(conn, document_ids=[previous])
    return previous


def _year(value: str | None) -> int | None:
    if not value or not value[:4].isdigit():
        return None
    return int(value[:4])


def _iso_bounds(start: str | None, end: str | None) -> dict[str, str | None]:
    first, last = event_bounds(start, end)
    return {"start_date": first.isoformat() if first else None,
            "end_date": last.isoformat() if last else None}


def save_document(engine: Engine, extracted: ExtractedDocument, *, extractor_version: str,
                  published: str | None = None, url: str | None = None, replace: bool = False) -> str | None:
    """Store one extracted document and its events in one transaction, replacing an older extraction
    of the same content. Returns the id of an earlier version its source held (see `_link`)."""
    now = datetime.now(UTC)
    row = {
        "id": extracted.id, "source": extracted.source, "title": extracted.title,
        "published": published or extracted.published, "url": url, "status": extracted.status,
        "messages": list(extracted.messages), "countries": list(extracted.countries),
        "text": extracted.text, "timexes": [t.to_json() for t in extracted.timexes],
        "people": [person_to_json(p) for p in extracted.people],
        "themes": [{"id": t, "weight": w} for t, w in extracted.themes],
        "theme_mentions": [
            {"theme": m.theme, "start": m.start, "end": m.end, "text": m.text, "match": m.match}
            for m in extracted.theme_mentions
        ],
        "extractor_version": extractor_version, "ingested_at": now,
    }
    with engine.begin() as conn:
        replaced_ids = list(conn.execute(select(events.c.id).where(events.c.document_id == extracted.id)).scalars())
        conn.execute(delete(events).where(events.c.document_id == extracted.id))
        # update in place: deleting the row would cascade to the sources of every file holding this text
        replaced = conn.execute(update(documents).where(documents.c.id == extracted.id).values(**row))
        if not replaced.rowcount:
            conn.execute(insert(documents).values(**row))
        event_rows = []
        for ev in extracted.events:
            data = event_to_json(ev)
            event_rows.append({
                "id": ev.id, "document_id": extracted.id, "title": ev.title, "type": ev.type,
                "start": ev.start, "end": ev.end, "precision": ev.precision,
                "location_name": ev.location.name if ev.location else None,
                "location_country": ev.location.country if ev.location else None,
                "countries": data["countries"], "themes": data["themes"],
                "participants": data["participants"], "evidence": data["evidence"],
                "confidence": ev.confidence,
            })
        rows = insert_events(conn, event_rows, resolve=False)
        resolved.refresh(conn, event_ids=replaced_ids, document_ids=[extracted.id], new=rows)
        return _link(conn, extracted.source, extracted.id, now, replace=replace)


def insert_events(conn: Connection, rows: list[dict[str, Any]], *, resolve: bool = True) -> list[dict[str, Any]]:
    """Insert event rows (the events table's columns; the derived ones are filled here) in bulk, and
    resolve them (unless the caller resolves a larger change at once); returns the rows as inserted."""
    if not rows:
        return []
    rows = [dict(r, year_from=_year(r["start"]), year_to=_year(r["end"]) or _year(r["start"]),
                 **_iso_bounds(r["start"], r["end"])) for r in rows]
    conn.execute(insert(events), rows)
    if resolve:
        resolved.refresh(conn, new=rows)
    return rows


def delete_documents(conn: Connection, document_ids: list[str]) -> None:
    """Remove documents with their events (and what the events resolved to)."""
    conn.execute(delete(events).where(events.c.document_id.in_(document_ids)))
    conn.execute(delete(sources).where(sources.c.document_id.in_(document_ids)))
    conn.execute(delete(documents).where(documents.c.id.in_(document_ids)))
    resolved.refresh(conn, document_ids=document_ids)


def documents_by_version(engine: Engine, *, other_than: str | None) -> list[Document]:
    """Stored documents (as read, before extraction) whose extractor version is not `other_than`;
    all of them when it is None."""
    query = select(documents.c.id, documents.c.source, documents.c.text, documents.c.title,
                   documents.c.published, documents.c.url, documents.c.messages)
    if other_than is not None:
        query = query.where(documents.c.extractor_version != other_than)
    with engine.connect() as conn:
        return [Document(id=r.id, source=r.source, text=r.text, title=r.title, published=r.published,
                         url=r.url, warnings=_reader_warnings(r.messages))
                for r in conn.execute(query.order_by(documents.c.source))]


def _reader_warnings(messages: list[str] | None) -> tuple[str, ...]:
    """What reading the file found (a scanned PDF's pages without text), which extraction cannot redo."""
    return tuple(m for m in messages or () if isinstance(m, str) and m.startswith(READER_WARNING_PREFIXES))
