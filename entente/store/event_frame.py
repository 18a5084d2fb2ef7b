"""Every stored event read in one pass as pandas columns (no per-row records), and the store's state key."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Text, cast, func, select

from entente.store.schema import corrections, documents, events

# The frame's columns as stored; query.events adds counterpart, corrected and merged_from.
STORED_COLUMNS = [
    "id", "title", "type", "start", "end", "precision", "start_date", "end_date", "location",
    "location_country", "countries", "themes", "participants", "evidence", "document_ids", "confidence",
]


def state_key(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever documents, events or corrections change: one round trip, cheap at any size."""
    columns = [
        select(func.count()).select_from(documents).scalar_subquery(),
        select(func.max(documents.c.ingested_at)).scalar_subquery(),
        select(func.count()).select_from(events).scalar_subquery(),
        select(func.count()).select_from(corrections).scalar_subquery(),
        select(func.max(corrections.c.id)).scalar_subquery(),
        select(func.count(corrections.c.undone_at)).scalar_subquery(),
    ]
    return tuple(conn.execute(select(*columns)).one())


def _shared_lists(raw: list[Any]) -> list[Any]:
    """JSON arrays of codes (countries, themes) parsed once per distinct value: a corpus has few
    combinations, so rows share their lists (read-only, like everything the frame holds)."""
    parsed: dict[Any, Any] = {}
    out = []
    for value in raw:
        key = value if isinstance(value, str) else json.dumps(value)
        found = parsed.get(key)
        if found is None:
            found = parsed[key] = json.loads(value) if isinstance(value, str) else list(value)
        out.append(found)
    return out


def _lists(raw: list[Any]) -> list[Any]:
    return [json.loads(v) if isinstance(v, str) else v for v in raw]


def _evidence(raw: list[Any], doc_ids: tuple[str, ...], doc_titles: tuple[str, ...]) -> list[Any]:
    out = []
    for value, doc_id, doc_title in zip(raw, doc_ids, doc_titles, strict=True):
        quotes = json.loads(value) if isinstance(value, str) else value
        for quote in quotes:
            quote["document_id"], quote["document_title"] = doc_id, doc_title
        out.append(quotes)
    return out


def load_events(conn: Connection) -> pd.DataFrame:
    """All machine events, in (start, id) order, with STORED_COLUMNS (dates as datetime64, lists parsed)."""
    query = (
        select(events.c.id, events.c.title, events.c.type, events.c.start, events.c.end, events.c.precision,
               events.c.start_date, events.c.end_date, events.c.location_name, events.c.location_country,
               # as text: parsed below in bulk, not value by value by the driver and SQLAlchemy
               cast(events.c.countries, Text), cast(events.c.themes, Text),
               cast(events.c.participants, Text), cast(events.c.evidence, Text),
               events.c.confidence, events.c.document_id, documents.c.title)
        .join(documents, documents.c.id == events.c.document_id)
        .order_by(events.c.start, events.c.id)
    )
    rows = conn.execute(query).all()
    if not rows:
        frame = pd.DataFrame(columns=STORED_COLUMNS, dtype=object)
        frame["confidence"] = frame["confidence"].astype(float)
        for column in ("start_date", "end_date"):
            frame[column] = pd.to_datetime(frame[column])
        return frame
    (ids, titles, types, starts, ends, precisions, start_dates, end_dates, places, place_countries,
     countries, themes, participants, evidence, confidence, doc_ids, doc_titles) = zip(*rows, strict=True)
    columns: dict[str, Any] = {
        "id": ids, "title": titles, "type": types, "start": starts, "end": ends, "precision": precisions,
        "start_date": pd.to_datetime(pd.Series(start_dates, dtype=object), format="%Y-%m-%d"),
        "end_date": pd.to_datetime(pd.Series(end_dates, dtype=object), format="%Y-%m-%d"),
        "location": places, "location_country": place_countries,
        "countries": _shared_lists(countries), "themes": _shared_lists(themes),
        "participants": _lists(participants), "evidence": _evidence(evidence, doc_ids, doc_titles),
        "document_ids": [[d] for d in doc_ids],
    }
    # object dtype keeps None as None (pandas would make NaN of it), so rows round-trip to JSON as-is.
    frame = pd.DataFrame({name: (value if isinstance(value, pd.Series) else pd.Series(value, dtype=object))
                          for name, value in columns.items()})
    frame["confidence"] = pd.Series(confidence, dtype=float)
    return frame
