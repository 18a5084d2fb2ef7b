"""Analysts' corrections carried to a document's new extraction: a new version of a file (same name, new
content) or the same text extracted again gives its events new ids; a correction follows its event to the
one that is plainly the same, and what cannot follow is listed as needing review, never dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from entente import store
from entente.replay import EDITABLE_FIELDS, REVIEW
from entente.store import resolved
from entente.store.resolved import active
from entente.store.schema import corrections, documents, events, sources

# Payload key of a carried correction: the id of the correction it was carried from.
CARRIED_FROM = "carried_from"


@dataclass(frozen=True)
class Snapshot:
    """The corrected events of a document and of the earlier version its source held, taken before the
    new extraction is stored (storing it deletes a re-extracted document's old events)."""

    events: dict[str, Any]  # event id -> its row
    in_force: list[Any]  # the corrections to carry: on these events, made by people


def _people_made(correction: Any) -> bool:
    # automatic merges are made again for the new events; added events belong to no document
    return correction.kind != "add" and not correction.payload.get("automatic")


def _ids(correction: Any) -> list[str]:
    return [correction.event_id, *correction.payload.get("absorbed", ())]


def snapshot(engine: Engine, source: str, document_id: str) -> Snapshot:
    """What `carry` needs, read before `document_id` is stored under `source`."""
    with engine.connect() as conn:
        previous = conn.execute(select(sources.c.document_id).where(sources.c.source == source)).scalar()
        rows = conn.execute(select(events).where(
            events.c.document_id.in_({document_id, previous} - {None}))).all()
        if not rows:  # a new document under a new name: nothing to carry, no corrections read
            return Snapshot({}, [])
        in_force = [c for c in active(conn) if _people_made(c)]
    wanted = {i for c in in_force for i in _ids(c)}
    found = {r.id: r for r in rows if r.id in wanted}
    return Snapshot(found, [c for c in in_force if any(i in found for i in _ids(c))])


def _quotes(row: Any) -> set[str]:
    return {" ".join(str(q.get("text", "")).split()) for q in row.evidence or ()} - {""}


def _shared_evidence(old: set[str], new: set[str]) -> int:
    """How many of `old`'s quotes the new event still quotes (whole, or within a longer sentence)."""
    return sum(1 for quote in old if any(quote == other or (len(quote) >= 20 and quote in other)
                                         or (len(other) >= 20 and other in quote) for other in new))


def _parts(row: Any) -> tuple[Any, ...]:
    return row.type, row.start, row.end, tuple(sorted(row.countries or ()))


def match(old: Any, candidates: list[Any]) -> Any | None:
    """The one new event that is the same as `old`: the same type, dates and countries, and quoting the
    most of the same evidence; None when there is none, or two equally good."""
    quotes = _quotes(old)
    scored = [(_shared_evidence(quotes, _quotes(new)), new) for new in candidates if _parts(new) == _parts(old)]
    scored = sorted([s for s in scored if s[0]], key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def carry(engine: Engine, before: Snapshot, document_id: str, source: str) -> tuple[int, int]:
    """Carry the corrections of `before` to the events `document_id` (read from `source`) now has;
    (carried, needing review). A correction whose events all still exist is left alone; one that cannot be
    carried stays as it was, and a review note (what it was on, and why) lists it until dismissed."""
    if not before.in_force:
        return 0, 0
    carried = unresolved = 0
    written: set[str] = set()
    with engine.begin() as conn:
        new_rows = list(conn.execute(select(events).where(events.c.document_id == document_id)).all())
        new_ids = {r.id for r in new_rows}
        done = {c.payload.get(CARRIED_FROM) for c in active(conn)}
        for correction in before.in_force:
            ids = _ids(correction)
            moved = [i for i in ids if i in before.events and i not in new_ids]
            if not moved or correction.id in done:
                continue
            targets = {i: match(before.events[i], new_rows) for i in moved}
            if any(t is None for t in targets.values()):
                lost = before.events[next(i for i, t in targets.items() if t is None)]
                what = "new extraction" if lost.document_id == document_id else "new version"
                conn.execute(insert(corrections).values(
                    kind=REVIEW, event_id=correction.event_id, created_at=datetime.now(UTC),
                    payload={"correction": correction.id, "title": correction.payload.get("title") or lost.title,
                             "source": source},
                    note=f"not carried to the {what} of {source}: it has no event with the same evidence, "
                         "type, dates and countries"))
                unresolved += 1
                continue
            mapped = [t.id if (t := targets.get(i)) is not None else i for i in ids]
            payload = dict(correction.payload, **{CARRIED_FROM: correction.id})
            if correction.kind == "merge":
                payload["absorbed"] = [i for i in mapped[1:] if i != mapped[0]]
            conn.execute(insert(corrections).values(
                kind=correction.kind, event_id=mapped[0], payload=payload, note=correction.note,
                created_at=datetime.now(UTC)))
            written.update(mapped)
            carried += 1
        if carried or unresolved:
            resolved.refresh(conn, event_ids=written)
    return carried, unresolved


def carry_message(carried: int, unresolved: int) -> list[str]:
    out = []
    if carried:
        out.append(f"{carried} correction(s) carried to the same event(s) in this version")
    if unresolved:
        out.append(f"{unresolved} correction(s) could not be carried (their event changed or is gone): "
                   "listed on the Documents page as needing review")
    return out


def needing_review(db: str | None = None) -> list[dict[str, Any]]:
    """Corrections in force that no longer reach an event the user sees as current, oldest first, each with
    why and the id whose undoing dismisses it: those a new version of their file could not take (their
    review note), and any whose event is gone or belongs to an earlier version without a note (made before
    corrections were carried)."""
    engine = store.open_engine(db)
    with engine.connect() as conn:
        in_force = active(conn)
        carried = {c.payload.get(CARRIED_FROM) for c in in_force}
        candidates = [c for c in in_force if _people_made(c) and c.id not in carried]
        if not candidates:
            return []
        notes = {n.payload.get("correction"): n for n in conn.execute(
            select(corrections).where(corrections.c.kind == REVIEW).order_by(corrections.c.id))}
        rows = _event_rows(conn, {i for c in candidates for i in _ids(c)})
        current = set(conn.execute(select(sources.c.document_id)).scalars())
    out = []
    for c in candidates:
        note = notes.get(c.id)
        if note is not None:
            if note.undone_at is None:
                out.append(_item(c, note.payload.get("title") or c.event_id, note.note, dismiss=note.id))
            continue
        ids = _ids(c)
        earlier = [rows[i] for i in ids if i in rows and rows[i].document_id not in current]
        if any(i not in rows for i in ids):
            reason = ("its event is no longer stored: the document was replaced or extracted again and the "
                      "event was not found in it")
        elif earlier:
            reason = (f"made on an earlier version of {earlier[0].source}; the new version has no event with "
                      "the same evidence, type, dates and countries")
        else:
            continue
        title = c.payload.get("title") or (rows[c.event_id].title if c.event_id in rows else c.event_id)
        out.append(_item(c, title, reason, dismiss=c.id))
    return out


def _item(correction: Any, title: str, reason: str, *, dismiss: int) -> dict[str, Any]:
    return {"correction": correction.id, "kind": correction.kind, "event_id": correction.event_id,
            "title": title, "fields": sorted(k for k in correction.payload if k in EDITABLE_FIELDS),
            "reason": reason, "made": correction.created_at, "dismiss": dismiss}


def _event_rows(conn: Connection, ids: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    wanted = sorted(ids)
    for i in range(0, len(wanted), 500):
        query = (select(events.c.id, events.c.title, events.c.document_id, documents.c.source)
                 .join(documents, documents.c.id == events.c.document_id)
                 .where(events.c.id.in_(wanted[i:i + 500])))
        found.update({r.id: r for r in conn.execute(query)})
    return found
