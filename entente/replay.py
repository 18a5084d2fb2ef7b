"""Corrections replayed over machine events: pure functions of rows and corrections, no database.

The store runs them when a correction or a document is written (entente.store.resolved), so a read finds
every event already corrected; nothing here reads or writes the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from entente.models import counterpart
from entente.periods import event_bounds

EDITABLE_FIELDS = frozenset({"title", "type", "start", "end", "precision", "themes", "participants",
                             "location", "countries"})
# Rows of this kind are no corrections: each notes that one could not follow its event to a document's new
# version (see entente.carry); undoing it dismisses the note. Nothing here applies or lists them.
REVIEW = "review"


def named_ids(correction: Any) -> list[str]:
    """The events a correction names: its own and, for a merge, those it absorbs."""
    return [correction.event_id, *correction.payload.get("absorbed", ())]


def touched_ids(active_corrections: Iterable[Any]) -> set[str]:
    """Every event some correction in force names."""
    return {i for c in active_corrections for i in named_ids(c)}


def tied_ids(ids: Iterable[str], active_corrections: list[Any]) -> set[str]:
    """`ids` and every event a chain of corrections in force ties to them (a merge ties its events
    together): the events whose corrected form can change when one of `ids` does."""
    neighbours: dict[str, set[str]] = {}
    for c in active_corrections:
        named = named_ids(c)
        for i in named:
            neighbours.setdefault(i, set()).update(named)
    found, todo = set(ids), list(ids)
    while todo:
        for other in neighbours.get(todo.pop(), ()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


def survivor(absorbed_into: dict[str, str], event_id: str) -> str:
    """The event that holds `event_id` after the merges in force (itself when none absorbed it)."""
    seen = {event_id}
    while event_id in absorbed_into and absorbed_into[event_id] not in seen:
        event_id = absorbed_into[event_id]
        seen.add(event_id)
    return event_id


def _refresh_dates(record: dict[str, Any]) -> None:
    record["start_date"], record["end_date"] = event_bounds(record["start"], record["end"])


def _new_event(event_id: str) -> dict[str, Any]:
    return {"id": event_id, "end": None, "precision": "day", "location": None, "location_country": None,
            "countries": [], "themes": [], "participants": [], "evidence": [], "document_ids": [],
            "confidence": 1.0, "merged_from": [], "planned": False}


def _edit(record: dict[str, Any], payload: dict[str, Any]) -> None:
    changes = {k: v for k, v in payload.items() if k in EDITABLE_FIELDS}
    location = changes.pop("location", record.get("location"))
    if isinstance(location, dict):
        record["location"], record["location_country"] = location.get("name"), location.get("country")
    elif "location" in payload:
        record["location"] = location
    record.update(changes)
    record["counterpart"] = counterpart(record["countries"])
    _refresh_dates(record)


def _absorb(record: dict[str, Any], other: dict[str, Any], other_id: str) -> None:
    record["evidence"] = record["evidence"] + other["evidence"]
    record["document_ids"] = list(dict.fromkeys(record["document_ids"] + other["document_ids"]))
    names = {p["name"] for p in record["participants"]}
    record["participants"] = record["participants"] + [p for p in other["participants"] if p["name"] not in names]
    record["themes"] = sorted(set(record["themes"]) | set(other["themes"]))
    record["merged_from"] = record["merged_from"] + [other_id, *other["merged_from"]]


def apply_corrections(records: list[dict[str, Any]], active_corrections: list[Any]) -> list[dict[str, Any]]:
    """Machine event records with the corrections in force applied, in the order they were made; each
    record gains `corrected` and `merged_from`. A correction of an event not among `records` is skipped."""
    by_id = {r["id"]: dict(r, corrected=False, merged_from=[]) for r in records}
    hidden: set[str] = set()
    holder: dict[str, str] = {}  # absorbed id -> the event that took it in
    for c in active_corrections:
        if c.kind == "add":
            by_id[c.event_id] = _new_event(c.event_id)
        record = by_id.get(survivor(holder, c.event_id)) if c.kind == "merge" else by_id.get(c.event_id)
        if record is None:
            continue  # a newer extractor no longer finds the event
        record["corrected"] = True
        if c.kind == "hide":
            hidden.add(c.event_id)
        elif c.kind in ("edit", "add"):
            _edit(record, c.payload)
        elif c.kind == "merge":
            for other_id in c.payload.get("absorbed", ()):
                if other_id == record["id"]:
                    continue  # a merge of an event into itself (written by older versions) changes nothing
                other = by_id.pop(other_id, None)
                if other is not None:
                    holder[other_id] = record["id"]
                    _absorb(record, other, other_id)
    return [r for r in by_id.values() if r["id"] not in hidden]
