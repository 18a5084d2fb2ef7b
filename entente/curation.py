"""Analysts' corrections to events (edit, hide, merge, add, undo) and how they apply over machine output.

Corrections live in their own table, keyed by event id, so a newer extractor can replace every machine
event and the people's work is re-applied on top at read time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from entente import store
from entente.models import EVENT_TYPES, ROLES, Event, Location, Participant
from entente.periods import event_bounds, period_bounds
from entente.store.schema import corrections, events

EDITABLE_FIELDS = frozenset({"title", "type", "start", "end", "precision", "themes", "participants",
                             "location", "countries"})
PRECISIONS = ("day", "month", "year", "decade")
# Rows of this kind are no corrections: each notes that one could not follow its event to a document's new
# version (see entente.carry); undoing it dismisses the note. Nothing here applies or lists them.
REVIEW = "review"


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
    if not done:
        raise CorrectionError(f"no active correction {correction_id}")


def history(*, db: str | None = None, event_id: str | None = None) -> list[dict[str, Any]]:
    """Every correction, newest first, undone ones included."""
    query = select(corrections).where(corrections.c.kind != REVIEW).order_by(corrections.c.id.desc())
    if event_id:
        query = query.where(corrections.c.event_id == event_id)
    with store.open_engine(db).connect() as conn:
        return [row._asdict() for row in conn.execute(query)]


def version(db: str | None = None) -> str:
    """Changes whenever a correction is made or undone (one cheap query): part of the app's cache keys."""
    with store.open_engine(db).connect() as conn:
        count, last, undone = conn.execute(select(func.count(), func.max(corrections.c.id),
                                                  func.count(corrections.c.undone_at))).one()
    return f"{count}:{last}:{undone}"


def active(conn: Any) -> list[Any]:
    """Corrections in force, oldest first (the order they apply in)."""
    return list(conn.execute(select(corrections).where(corrections.c.undone_at.is_(None),
                                                       corrections.c.kind != REVIEW)
                             .order_by(corrections.c.id)))


def touched_ids(active_corrections: list[Any]) -> set[str]:
    ids = {c.event_id for c in active_corrections}
    for c in active_corrections:
        ids.update(c.payload.get("absorbed", ()))
    return ids


def _refresh_dates(record: dict[str, Any]) -> None:
    record["start_date"], record["end_date"] = event_bounds(record["start"], record["end"])


def apply_corrections(records: list[dict[str, Any]], active_corrections: list[Any], *,
                      counterpart: Any) -> list[dict[str, Any]]:
    """Machine event records with the corrections in force applied, in the order they were made."""
    by_id = {r["id"]: dict(r, corrected=False, merged_from=[]) for r in records}
    hidden: set[str] = set()
    holder: dict[str, str] = {}  # absorbed id -> the event that took it in
    for c in active_corrections:
        if c.kind == "add":
            record = {"id": c.event_id, "end": None, "precision": "day", "location": None,
                      "location_country": None, "countries": [], "themes": [], "participants": [],
                      "evidence": [], "document_ids": [], "confidence": 1.0, "merged_from": []}
            by_id[c.event_id] = record
        record = by_id.get(_survivor(holder, c.event_id)) if c.kind == "merge" else by_id.get(c.event_id)
        if record is None:
            continue  # the event is outside this query, or a newer extractor no longer finds it
        record["corrected"] = True
        if c.kind == "hide":
            hidden.add(c.event_id)
        elif c.kind in ("edit", "add"):
            payload = {k: v for k, v in c.payload.items() if k in EDITABLE_FIELDS}
            location = payload.pop("location", record.get("location"))
            if isinstance(location, dict):
                record["location"], record["location_country"] = location.get("name"), location.get("country")
            elif "location" in c.payload:
                record["location"] = location
            record.update(payload)
            record["counterpart"] = counterpart(record["countries"])
            _refresh_dates(record)
        elif c.kind == "merge":
            for other_id in c.payload.get("absorbed", ()):
                if other_id == record["id"]:
                    continue  # a merge of an event into itself (written by older versions) changes nothing
                other = by_id.pop(other_id, None)
                if other is None:
                    continue
                holder[other_id] = record["id"]
                record["evidence"] = record["evidence"] + other["evidence"]
                record["document_ids"] = list(dict.fromkeys(record["document_ids"] + other["document_ids"]))
                names = {p["name"] for p in record["participants"]}
                record["participants"] = record["participants"] + [
                    p for p in other["participants"] if p["name"] not in names]
                record["themes"] = sorted(set(record["themes"]) | set(other["themes"]))
                record["merged_from"] = record["merged_from"] + [other_id, *other["merged_from"]]
    return [r for r in by_id.values() if r["id"] not in hidden]


def _stored_event(row: Any) -> Event:
    location = Location(row.location_name, row.location_country) if row.location_name else None
    return Event(id=row.id, title="", type=row.type, start=row.start, end=row.end,
                 precision=row.precision, location=location, countries=tuple(row.countries),
                 participants=tuple(Participant(p["name"], p.get("side"), p.get("role"))
                                    for p in row.participants))


def _clearly_same(new: Event, old: Event) -> bool:
    """Two reports of one real-world event: the extractor's test, and — since a wrong automatic merge
    hides an event — day-precise dates and a shared person or the same named place."""
    from entente.extract.events import same_event  # imported here: the read side needs no spaCy

    if new.precision != "day" or old.precision != "day" or not same_event(new, old):
        return False
    shared_people = {p.name for p in new.participants} & {p.name for p in old.participants}
    same_place = bool(new.location and old.location and new.location.name == old.location.name)
    return bool(shared_people or same_place)


def merge_reported_twice(engine: Engine, document_id: str, new_events: Iterable[Event]) -> list[int]:
    """Merge each new event into an event another document already reported, as ordinary merge
    corrections marked automatic: the user sees them on the event and can undo them."""
    new_events = [e for e in new_events if period_bounds(e.start)]
    if not new_events:
        return []
    years = [period_bounds(e.start)[0].year for e in new_events]  # type: ignore[index]
    made: list[int] = []
    with engine.begin() as conn:
        in_force = active(conn)
        absorbed_into = {a: c.event_id for c in in_force if c.kind == "merge"
                         for a in c.payload.get("absorbed", ())}
        candidates = [_stored_event(row) for row in conn.execute(
            select(events).where(events.c.document_id != document_id,
                                 events.c.year_from <= max(years) + 1,
                                 events.c.year_to >= min(years) - 1))]
        for new in new_events:
            if new.id in absorbed_into:
                continue  # merged before (this document stored again): the merge still holds
            # every report it matches, not the first: the groups are the same whatever order documents come in
            roots = {_survivor(absorbed_into, old.id) for old in candidates if _clearly_same(new, old)}
            roots.discard(new.id)  # it already holds that report: never merge an event into itself
            if not roots:
                continue
            # which report survives is fixed by the ids, not by the order the documents came in
            group = roots | {new.id}
            target = min(group)
            for absorbed in sorted(group - {target}):
                result = conn.execute(insert(corrections).values(
                    kind="merge", event_id=target, payload={"absorbed": [absorbed], "automatic": True},
                    note="automatic: the same event reported by another document",
                    created_at=datetime.now(UTC)))
                absorbed_into[absorbed] = target
                made.append(int(result.inserted_primary_key[0]))
    return made


def _survivor(absorbed_into: dict[str, str], event_id: str) -> str:
    """The event that holds `event_id` after the merges in force (itself when none absorbed it)."""
    seen = {event_id}
    while event_id in absorbed_into and absorbed_into[event_id] not in seen:
        event_id = absorbed_into[event_id]
        seen.add(event_id)
    return event_id
