"""The resolved-events table and its link tables, kept current as documents and corrections are written:
each write re-resolves only the events it can change (the changed ones and those corrections tie to them)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, insert, select, update

from entente.models import counterpart
from entente.periods import event_bounds
from entente.replay import REVIEW, apply_corrections, tied_ids, touched_ids
from entente.store.schema import (corrections, event_countries, event_documents, event_themes, events,
                                  resolved_changes, resolved_events, store_state)

_CHUNK = 500  # ids per IN (...): well under every database's limit on bound parameters
_KEPT = 512  # versions resolved_changes remembers: a reader further behind reads every event again
LINKS = ((event_countries, "country", "countries"), (event_themes, "theme", "themes"),
         (event_documents, "document_id", "document_ids"))


def active(conn: Connection) -> list[Any]:
    """Corrections in force, oldest first (the order they apply in)."""
    return list(conn.execute(select(corrections).where(corrections.c.undone_at.is_(None),
                                                       corrections.c.kind != REVIEW)
                             .order_by(corrections.c.id)))


def version(conn: Connection) -> int:
    """The store's version: raised by every write to documents, events or corrections."""
    return conn.execute(select(store_state.c.version).where(store_state.c.id == 1)).scalar() or 0


def state(conn: Connection) -> tuple[int, int]:
    """The store's version and the first version resolved_changes covers."""
    row = conn.execute(select(store_state.c.version, store_state.c.log_from).where(store_state.c.id == 1)).first()
    return (row.version, row.log_from) if row is not None else (0, 0)


def bump(conn: Connection) -> int:
    """Raise the store's version (within the writer's transaction, so readers see both or neither)."""
    if not conn.execute(update(store_state).where(store_state.c.id == 1)
                        .values(version=store_state.c.version + 1)).rowcount:
        conn.execute(insert(store_state).values(id=1, version=1, log_from=0))
    return version(conn)


def _log(conn: Connection, ids: Iterable[str]) -> None:
    """Raise the version and note which events it re-resolved; the log keeps the last _KEPT versions."""
    now = bump(conn)
    rows = [{"version": now, "event_id": i} for i in sorted(set(ids))]
    if rows:
        conn.execute(insert(resolved_changes), rows)
    if now % _KEPT == 0:
        conn.execute(delete(resolved_changes).where(resolved_changes.c.version <= now - _KEPT))
        first = now - _KEPT + 1
        conn.execute(update(store_state).where(store_state.c.id == 1, store_state.c.log_from < first)
                     .values(log_from=first))


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _planned(evidence: list[dict[str, Any]]) -> bool:
    """The extractor marks an event the document announces for later with an evidence note "planned: ...", alone or
    after how it was dated ("dated by the trip ...; planned: ...").

    >>> _planned([{"note": "dated by the visit to Accra it is part of: ...; planned: the document announces it"}])
    True
    >>> _planned([{"note": "dated by the document's date: ..."}, {"note": None}])
    False
    """
    return any(part.startswith("planned:") for q in evidence or () for part in str(q.get("note") or "").split("; "))


def _machine_record(row: Mapping[str, Any] | Any) -> dict[str, Any]:
    """A machine event (a row of `events`, as a mapping) as replay's record."""
    return {"id": row["id"], "title": row["title"], "type": row["type"], "start": row["start"], "end": row["end"],
            "precision": row["precision"], "location": row["location_name"],
            "location_country": row["location_country"], "countries": list(row["countries"]),
            "themes": list(row["themes"]), "participants": list(row["participants"]), "evidence": [],
            "document_ids": [row["document_id"]], "confidence": row["confidence"],
            "planned": _planned(row["evidence"])}


def _resolved_row(record: dict[str, Any]) -> dict[str, Any]:
    first, last = event_bounds(record.get("start"), record.get("end"))
    return {"id": record["id"], "title": record.get("title") or "", "type": record.get("type") or "other",
            "start": record.get("start"), "end": record.get("end"), "precision": record.get("precision"),
            "start_date": first.isoformat() if first else None, "end_date": last.isoformat() if last else None,
            "first_year": first.year if first else None, "last_year": last.year if last else None,
            "location": record.get("location"), "location_country": record.get("location_country"),
            "countries": list(record.get("countries") or []),
            "counterpart": counterpart(list(record.get("countries") or [])),
            "themes": list(record.get("themes") or []), "participants": list(record.get("participants") or []),
            "document_ids": list(record.get("document_ids") or []), "confidence": float(record["confidence"]),
            "corrected": bool(record.get("corrected")), "merged_from": list(record.get("merged_from") or []),
            "planned": bool(record.get("planned"))}


def _insert(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Many rows in one executemany of the driver: no per-value work in SQLAlchemy (JSON columns take the
    text given, which both SQLite and PostgreSQL store as it is)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                         f"VALUES ({', '.join([mark] * len(columns))})", rows)


_RESOLVED = [c.name for c in resolved_events.c]
_AS_TEXT = {c.name for c in resolved_events.c if isinstance(c.type, JSON)}


def _write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dumps = json.dumps
    texts: dict[tuple[Any, ...], str] = {}  # a corpus repeats its country, theme and document lists: dumped once

    def text(value: list[Any]) -> str:
        try:
            key = tuple(value)
            found = texts.get(key)
            if found is None:
                found = texts[key] = dumps(value)
            return found
        except TypeError:  # participants: dicts, no key
            return dumps(value)

    _insert(conn, resolved_events, _RESOLVED,
            [tuple(text(r[n]) if n in _AS_TEXT else r[n] for n in _RESOLVED) for r in rows])
    for table, column, field in LINKS:
        pairs = [(r["id"], v) for r in rows for v in dict.fromkeys(r[field])]
        if pairs:
            _insert(conn, table, ["event_id", column], pairs)


def _drop(conn: Connection, ids: list[str]) -> None:
    for part in _chunks(ids):
        for table, _column, _field in LINKS:  # explicitly: not every database cascades by default
            conn.execute(delete(table).where(table.c.event_id.in_(part)))
        conn.execute(delete(resolved_events).where(resolved_events.c.id.in_(part)))


def refresh(conn: Connection, *, event_ids: Iterable[str] = (), document_ids: Iterable[str] = (),
            new: Iterable[Mapping[str, Any]] = ()) -> None:
    """Resolve again the events `event_ids` names, those of `document_ids` (as stored now and as resolved
    before), the machine events `new` (rows just inserted into `events`) and every event a correction in force
    ties to one of them; raise the store's version."""
    before = set(event_ids)
    fresh = {row["id"]: row for row in new}
    wanted, docs = before | set(fresh), sorted(set(document_ids))
    for part in _chunks(docs):
        wanted.update(conn.execute(select(events.c.id).where(events.c.document_id.in_(part))).scalars())
        wanted.update(conn.execute(select(event_documents.c.event_id)
                                   .where(event_documents.c.document_id.in_(part))).scalars())
    if wanted:
        in_force = active(conn)
        wanted = tied_ids(wanted, in_force)
        # a new machine event no correction names resolves to itself, and was resolved to nothing before
        named = touched_ids(in_force) | before
        plain = [fresh[i] for i in sorted(fresh) if i not in named]
        again = wanted - {row["id"] for row in plain}
        rows: list[Any] = []
        for part in _chunks(again):
            rows += conn.execute(select(events).where(events.c.id.in_(part))).all()
        relevant = [c for c in in_force if c.event_id in again]
        fixed = apply_corrections([_machine_record(r._mapping) for r in rows], relevant)
        _drop(conn, sorted(again))
        _write(conn, [_resolved_row(r) for r in fixed]
               + [_resolved_row(dict(_machine_record(r), corrected=False, merged_from=[])) for r in plain])
    _log(conn, wanted)


def rebuild(conn: Connection, *, batch: int = 20_000) -> None:
    """Resolve every event again from the machine events and the corrections in force."""
    for table, _column, _field in LINKS:
        conn.execute(delete(table))
    conn.execute(delete(resolved_events))
    in_force = active(conn)
    tied = tied_ids({c.event_id for c in in_force}, in_force)
    rows: list[Any] = []
    for part in conn.execute(select(events).order_by(events.c.id)).partitions(batch):
        plain = [r for r in part if r.id not in tied]
        rows += [r for r in part if r.id in tied]
        _write(conn, [_resolved_row(dict(_machine_record(r._mapping), corrected=False, merged_from=[]))
                      for r in plain])
    relevant = [c for c in in_force if c.event_id in tied]
    _write(conn, [_resolved_row(r) for r in apply_corrections([_machine_record(r._mapping) for r in rows],
                                                              relevant)])
    conn.execute(delete(resolved_changes))  # every event changed: readers read everything again
    now = bump(conn)
    conn.execute(update(store_state).where(store_state.c.id == 1).values(log_from=now + 1))

