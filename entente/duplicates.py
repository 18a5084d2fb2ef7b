"""Events two documents report: merged as they are stored, by ordinary merge corrections marked automatic
(the user sees them on the event and can undo them). Runs where the extractor runs: it uses its test."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select

from entente.extract.same_event import same_event
from entente.models import Event, Location, Participant
from entente.periods import period_bounds
from entente.replay import survivor
from entente.store import resolved
from entente.store.schema import corrections, events


def _stored_event(row: Any) -> Event:
    location = Location(row.location_name, row.location_country) if row.location_name else None
    return Event(id=row.id, title="", type=row.type, start=row.start, end=row.end,
                 precision=row.precision, location=location, countries=tuple(row.countries),
                 participants=tuple(Participant(p["name"], p.get("side"), p.get("role"))
                                    for p in row.participants))


def _clearly_same(new: Event, old: Event) -> bool:
    """Two reports of one real-world event: the extractor's test, and — since a wrong automatic merge
    hides an event — day-precise dates and a shared person or the same named place."""
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
    merged: set[str] = set()
    with engine.begin() as conn:
        in_force = resolved.active(conn)
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
            roots = {survivor(absorbed_into, old.id) for old in candidates if _clearly_same(new, old)}
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
                merged.update((absorbed, target))
                made.append(int(result.inserted_primary_key[0]))  # type: ignore[index]
        if made:
            resolved.refresh(conn, event_ids=merged)
    return made
