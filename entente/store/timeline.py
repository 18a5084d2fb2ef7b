"""Every resolved event as one pandas frame per store, read whole once and then kept current from the log of
what each write re-resolved (resolved_changes): after an edit or an ingest only those rows are read again.

Which events a filter on countries, themes or documents matches is the database's answer (entente.query: SQL
over the link tables); this frame holds the rows in timeline order, ready to draw, and `Base.ids` finds the
ones an answer names. It is kept because turning 100,000 rows of JSON into a frame takes over a second, and a
view is redrawn on every click. The lists and repeated strings in it are shared between rows: read them,
never change them.
"""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, Text, cast, func, select

from entente.store import resolved
from entente.store.schema import resolved_changes, resolved_events

COLUMNS = [
    "id", "title", "type", "start", "end", "precision", "start_date", "end_date", "location",
    "location_country", "countries", "counterpart", "themes", "participants",
    "document_ids", "confidence", "corrected", "merged_from", "planned",
]
_SHARED_LISTS = ("countries", "themes", "document_ids")  # few distinct lists, repeated over many rows
_JSON = ("countries", "themes", "participants", "document_ids", "merged_from")
_SHARED = ("type", "start", "end", "precision", "location", "location_country", "counterpart")
_CHUNK = 500  # ids per IN (...)
_PARTITION = 20_000  # rows turned into columns at a time


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)  # a driver that parsed already


def json_lists(values: Iterable[Any]) -> list[Any]:
    """Many JSON texts parsed in one call of the C decoder (one call per value costs more than the parse).
    Equal texts are parsed once and share one read-only list."""
    texts = [_text(v) for v in values]
    distinct = list(dict.fromkeys(texts))
    parsed = dict(zip(distinct, json.loads("[" + ",".join(distinct) + "]"), strict=True)) if distinct else {}
    return [parsed[t] for t in texts]


class _Reader:
    """Turns rows of _ORDERED into columns, one copy kept of each repeated value (the store repeats its types,
    dates, places and country, theme and document lists over and over). Kept with the frame it built, so
    the rows read after a change share the same copies."""

    def __init__(self) -> None:
        self.seen: dict[Any, Any] = {}
        self.lists: dict[str, list[Any]] = {}  # JSON text -> the one parsed list

    def shared_lists(self, values: Sequence[Any]) -> pd.Series:
        texts = [_text(v) for v in values]
        new = [t for t in dict.fromkeys(texts) if t not in self.lists]
        if new:
            self.lists.update(zip(new, json.loads("[" + ",".join(new) + "]"), strict=True))
        return pd.Series([self.lists[t] for t in texts], dtype=object)

    def frame(self, rows: Sequence[Any]) -> pd.DataFrame:
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
        one = self.seen.setdefault
        data: dict[str, Any] = {}
        for name, values in zip(COLUMNS, columns, strict=True):
            if name in _SHARED_LISTS:
                data[name] = self.shared_lists(values)
            elif name in _JSON:  # NULL stands for an empty list
                data[name] = pd.Series(json_lists("[]" if v is None else v for v in values), dtype=object)
            elif name in ("start_date", "end_date"):  # numpy reads ISO days itself; None becomes NaT
                data[name] = np.array(values, dtype="datetime64[D]").astype("datetime64[us]")
            elif name == "confidence":
                data[name] = np.array(values, dtype=float)
            elif name in ("corrected", "planned"):
                data[name] = np.array(values, dtype=bool)
            elif name in _SHARED:  # object dtype keeps None as None: rows round-trip to JSON as they are
                data[name] = pd.Series(list(map(one, values, values)), dtype=object)
            else:
                data[name] = pd.Series(values, dtype=object)
        return pd.DataFrame(data, columns=COLUMNS)


@dataclass(frozen=True)
class Base:
    """The resolved events of one store version in timeline order."""

    version: int
    frame: pd.DataFrame
    reader: _Reader
    ids: pd.Index = field(init=False)  # the rows' ids: where the rows an SQL answer names are (a hash lookup)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ids", pd.Index(self.frame["id"]))


def _key(undated: bool, day: int, start: str | None, event_id: str) -> tuple[Any, ...]:
    """Timeline order: earliest first, undated last; on the same day by start as written (unwritten first),
    then id: as the database orders them (_ORDERED)."""
    return (undated, day, start is not None, start or "", event_id)


def _keys(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    days = frame["start_date"]
    return list(map(_key, days.isna().to_numpy().tolist(), days.to_numpy().astype(np.int64).tolist(),
                    frame["start"].tolist(), frame["id"].tolist()))


def _selected(name: str) -> Any:
    column = resolved_events.c[name]
    if name in ("participants", "merged_from"):  # mostly empty: NULL costs the driver no new string
        return func.nullif(cast(column, Text), "[]")
    return cast(column, Text) if name in _JSON else column


_ORDERED = (select(*(_selected(n) for n in COLUMNS))
            .order_by(resolved_events.c.start_date.is_(None), resolved_events.c.start_date,
                      resolved_events.c.start.nulls_first(), resolved_events.c.id))


def _read_all(conn: Connection, version: int) -> Base:
    """Every resolved event in timeline order, over the driver's own cursor (no per-row objects)."""
    reader = _Reader()
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(_ORDERED.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})))
        parts = []
        while rows := cursor.fetchmany(_PARTITION):
            parts.append(reader.frame(rows))
    finally:
        cursor.close()
    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0] if parts else reader.frame([])
    return Base(version, frame, reader)


def _read_changes(conn: Connection, cached: Base, version: int, changed: list[str]) -> Base:
    """`cached` with the rows of `changed` read again (those no longer resolved dropped), each put in its place
    in the timeline by a binary search: the rows kept are in order already."""
    reader = cached.reader
    parts = [reader.frame(conn.execute(_ORDERED.where(resolved_events.c.id.in_(changed[i:i + _CHUNK]))).all())
             for i in range(0, len(changed), _CHUNK)]
    old = cached.frame[~cached.frame["id"].isin(changed).to_numpy()].reset_index(drop=True)
    new = pd.concat(parts, ignore_index=True) if parts else old.iloc[:0]
    new_keys = _keys(new)
    order = sorted(range(len(new)), key=new_keys.__getitem__)
    days, undated = old["start_date"].to_numpy().astype(np.int64), old["start_date"].isna().to_numpy()
    starts, ids = old["start"].to_numpy(), old["id"].to_numpy()
    places = [bisect.bisect_left(range(len(old)), new_keys[i],
                                 key=lambda j: _key(bool(undated[j]), int(days[j]), starts[j], ids[j]))
              for i in order]
    merged = np.insert(np.arange(len(old)), places, len(old) + np.array(order, dtype=int)).astype(int)
    frame = pd.concat([old, new], ignore_index=True).take(merged).reset_index(drop=True)
    return Base(version, frame, reader)


_held: dict[str, Base] = {}
_lock = threading.Lock()
_FEW = 0.25  # more changed events than this share of all: read everything again


def current(engine: Engine) -> Base:
    """The resolved events as the store holds them now, read again only where they changed since the last
    call (one indexed row tells whether anything did); shared by every caller in the process."""
    url = engine.url.render_as_string(hide_password=False)
    with engine.connect() as conn:
        version, log_from = resolved.state(conn)  # read before the rows: they are then at least this new
        cached = _held.get(url)
        if cached is not None and cached.version == version:
            return cached
        with _lock:
            cached = _held.get(url)
            if cached is not None and cached.version == version:
                return cached
            base = None
            if cached is not None and cached.version + 1 >= log_from and cached.version < version:
                changed = sorted(set(conn.execute(select(resolved_changes.c.event_id)
                                                  .where(resolved_changes.c.version > cached.version)).scalars()))
                if len(changed) <= _FEW * len(cached.frame) + 100:
                    base = _read_changes(conn, cached, version, changed)
            if base is None:
                base = _read_all(conn, version)
            _held[url] = base
            return base


def forget(url: str) -> None:
    """Drop what is held for the store at `url` (its database is going away)."""
    with _lock:
        _held.pop(url, None)
