"""Analysts' corrections to events (edit, hide, merge, add, undo): checked, stored, and resolved at once.

Corrections live in their own table, keyed by event id, so a newer extractor can replace every machine
event and the people's work is re-applied on top (entente.replay) when either is written.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update

from entente import store
from entente.models import EVENT_TYPES, ROLES
from entente.periods import event_bounds, period_bounds
from entente.replay import EDITABLE_FIELDS, REVIEW, named_ids
from entente.store import resolved
from entente.store.resolved import active
from entente.store.schema import corrections

__all__ = ["EDITABLE_FIELDS", "PRECISIONS", "REVIEW", "CorrectionError", "active", "add_event", "edit_event", "hide_event",
           "history", "merge_events", "undo"]
PRECISIONS = ("day", "month", "year", "decade")


class CorrectionError(ValueError):
    """A correction that cannot be stored; the message says which field and why."""


def _check_changes(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise CorrectionError(f"cannot edit {', '.join(sorted(unknown))}; editable: "
                              f"{', '.join(sorted(EDITABLE_FIELDS))}")
    if "title" in changes and not str(changes["title"]).strip():
        raise CorrectionError("title: must not be empty")
    if "type" in changes and changes["type"] not in EVENT_TYPES:
        raise CorrectionError(f"type: {changes['type']!r} is not one of {', '.join(EVENT_TYPES)}")
    if "precision" in changes and changes["precision"] not in PRECISIONS:
        raise CorrectionError(f"precision: {changes['precision']!r} is not one of {', '.join(PRECISIONS)}")
    for key in ("start", "end"):
        if changes.get(key) and period_bounds(changes[key]) is None:
            raise CorrectionError(f"{key}: {changes[key]!r} is not a date like 2010, 2010-03 or 2010-03-24")
    if changes.get("start") and changes.get("end"):
        first, last = event_bounds(changes["start"], changes["end"])
        if first and last and last < first:
            raise CorrectionError("end: the end is before the start")
    for participant in changes.get("participants") or ():
        if not str(participant.get("name", "")).strip():
            raise CorrectionError("participants: every participant needs a name")
        if participant.get("role") not in (None, *ROLES):
            raise CorrectionError(f"participants: role {participant.get('role')!r} is not one of "
                                  f"{', '.join(ROLES)}")
    return changes


def _store(kind: str, event_id: str, payload: dict[str, Any], note: str | None, db: str | None) -> int:
    engine = store.open_engine(db)
    with engine.begin() as conn:
        result = conn.execute(insert(corrections).values(
            kind=kind, event_id=event_id, payload=payload, note=note, created_at=datetime.now(UTC)))
        resolved.refresh(conn, event_ids=[event_id, *payload.get("absorbed", ())])
    return int(result.inserted_primary_key[0])


def edit_event(event_id: str, changes: dict[str, Any], *, db: str | None = None,
               note: str | None = None) -> int:
    """Change fields of an event (title, type, start, end, precision, themes, participants, location,
    countries); returns the correction's id."""
    return _store("edit", event_id, _check_changes(dict(changes)), note, db)


def hide_event(event_id: str, *, db: str | None = None, note: str | None = None) -> int:
    """Hide a false event from every view and export."""
    return _store("hide", event_id, {}, note, db)


def merge_events(target_id: str, absorbed_ids: list[str], *, db: str | None = None,
                 note: str | None = None) -> int:
    """Make one event of several: `target_id` keeps its fields and gains the others' evidence."""
    absorbed = [i for i in absorbed_ids if i != target_id]
    if not absorbed:
        raise CorrectionError("merge: name at least one other event to merge into this one")
    return _store("merge", target_id, {"absorbed": absorbed}, note, db)


def add_event(event: dict[str, Any], *, db: str | None = None, note: str | None = None) -> str:
    """Add an event by hand; returns its new id."""
    fields = {k: v for k, v in event.items() if k in EDITABLE_FIELDS}
    for required in ("title", "type", "start"):
        if not fields.get(required):
            raise CorrectionError(f"{required}: required for a new event")
    _check_changes(fields)
    event_id = f"manual-{uuid.uuid4().hex[:16]}"
    _store("add", event_id, fields, note, db)
    return event_id


def undo(correction_id: int, *, db: str | None = None) -> None:
    """Take a correction back (it stays in the history, marked undone)."""
    engine = store.open_engine(db)
    with engine.begin() as conn:
        done = conn.execute(update(corrections)
                            .where(corrections.c.id == correction_id, corrections.c.undone_at.is_(None))
                            .values(undone_at=datetime.now(UTC))).rowcount
        if done:
            undone = conn.execute(select(corrections).where(corrections.c.id == correction_id)).one()
            resolved.refresh(conn, event_ids=named_ids(undone))
    if not done:
        raise CorrectionError(f"no active correction {correction_id}")


def history(*, db: str | None = None, event_id: str | None = None) -> list[dict[str, Any]]:
    """Every correction, newest first, undone ones included."""
    query = select(corrections).where(corrections.c.kind != REVIEW).order_by(corrections.c.id.desc())
    if event_id:
        query = query.where(corrections.c.event_id == event_id)
    with store.open_engine(db).connect() as conn:
        return [row._asdict() for row in conn.execute(query)]
