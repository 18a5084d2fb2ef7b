"""Every resolved event as one pandas frame per store, read whole once and then kept current from the log of
what each write re-resolved (resolved_changes): after an edit or an ingest only those rows are read again.

A filter is a mask over the frame. Each list column a filter looks into (countries, themes, document ids) also
has a code per row naming its distinct list, so a filter tests the few distinct lists, not every row. The
lists, people and repeated strings in the frame are shared between rows: read them, never change them.
"""

from __future__ import annotations

import bisect
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, Text, cast, func, select

from entente.models import counterpart
from entente.store import resolved
from entente.store.schema import resolved_changes, resolved_events

COLUMNS = [
    "id", "title", "type", "start", "end", "precision", "start_date", "end_date", "location",
    "location_country", "countries", "counterpart", "themes", "participants",
    "document_ids", "confidence", "corrected", "merged_from", "planned",
]
CODED = ("countries", "themes", "document_ids")  # the list columns filters look into
_JSON = ("countries", "themes", "participants", "document_ids", "merged_from")
_SHARED = ("type", "start", "end", "precision", "location", "location_country")
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


class _Lists:
    """The distinct lists of one column seen so far, numbered in the order met (codes never change)."""

    def __init__(self) -> None:
        self.code: dict[str, int] = {}
        self.lists: list[list[Any]] = []
        self.sides: list[str] = []  # for a list of countries: its counterpart

    def codes(self, texts: Sequence[str]) -> np.ndarray:
        code, new = self.code, []
        for text in texts:
            if text not in code:
                code[text] = len(code)
                new.append(text)
        if new:
            self.lists += json.loads("[" + ",".join(new) + "]")
        return np.fromiter((code[t] for t in texts), dtype=np.int32)

    def counterparts(self) -> np.ndarray:
        """For each list of countries, its counterpart (as resolved_events.counterpart holds it)."""
        while len(self.sides) < len(self.lists):
            self.sides.append(counterpart(self.lists[len(self.sides)]))
        shared = np.empty(len(self.sides), dtype=object)
        shared[:] = self.sides
        return shared

    def values(self, codes: np.ndarray) -> pd.Series:
        shared = np.empty(len(self.lists), dtype=object)
        shared[:] = self.lists
        return pd.Series(shared[codes], dtype=object)


class _Reader:
    """Turns rows of _ORDERED into columns, one copy kept of each repeated value (the store repeats its types,
    dates, places and country, theme and document lists over and over). Kept with the frame it built, so
    the rows read after a change share the same copies and codes."""

    def __init__(self) -> None:
        self.seen: dict[Any, Any] = {}
        self.lists = {name: _Lists() for name in CODED}

    def frame(self, rows: Sequence[Any]) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
        names = [n for n in COLUMNS if n != "counterpart"]
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(names)
        one = self.seen.setdefault
        data: dict[str, Any] = {}
        codes: dict[str, np.ndarray] = {}
        for name, values in zip(names, columns, strict=True):
            if name in CODED:
                codes[name] = self.lists[name].codes(values if values and isinstance(values[0], str)
                                                     else [_text(v) for v in values])
                data[name] = self.lists[name].values(codes[name])
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
        sides = self.lists["countries"].counterparts()  # the stored counterpart, made from the same list
        data["counterpart"] = pd.Series(sides[codes["countries"]], dtype=object)
        return pd.DataFrame(data, columns=COLUMNS), codes


@dataclass(frozen=True)
class Base:
    """The resolved events of one store version in timeline order, with what the filters look up."""

    version: int
    frame: pd.DataFrame
    first_year: np.ndarray  # float, NaN when undated
    last_year: np.ndarray
    codes: dict[str, np.ndarray]  # CODED column -> per row, the number of its distinct list
    reader: _Reader

    def rows_with(self, column: str, wanted: Iterable[str], *, every: bool = False) -> np.ndarray:
        """Rows whose `column` list holds any of `wanted` (or, with `every`, all of them)."""
        want = set(wanted)
        lists = self.reader.lists[column].lists
        hit = np.fromiter(((want <= set(values)) if every else not want.isdisjoint(values) for values in lists),
                          dtype=bool, count=len(lists))
        return hit[self.codes[column]]

    def present(self, column: str) -> set[str]:
        """The values some row's `column` list holds."""
        lists = self.reader.lists[column].lists
        return {v for code in np.unique(self.codes[column]) for v in lists[code]}


def _years(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].dt.year.to_numpy(dtype=float, na_value=np.nan)


def _base(version: int, reader: _Reader, frame: pd.DataFrame, codes: dict[str, np.ndarray]) -> Base:
    return Base(version, frame, _years(frame, "start_date"), _years(frame, "end_date"), codes, reader)


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


_ORDERED = (select(*(_selected(n) for n in COLUMNS if n != "counterpart"))
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
    if not parts:
        parts = [reader.frame([])]
    frame = pd.concat([p[0] for p in parts], ignore_index=True) if len(parts) > 1 else parts[0][0]
    return _base(version, reader, frame, {n: np.concatenate([p[1][n] for p in parts]) for n in CODED})


def _read_changes(conn: Connection, cached: Base, version: int, changed: list[str]) -> Base:
    """`cached` with the rows of `changed` read again (those no longer resolved dropped), each put in its place
    in the timeline by a binary search: the rows kept are in order already."""
    reader = cached.reader
    parts = [reader.frame(conn.execute(_ORDERED.where(resolved_events.c.id.in_(changed[i:i + _CHUNK]))).all())
             for i in range(0, len(changed), _CHUNK)]
    kept = ~cached.frame["id"].isin(changed).to_numpy()
    old, old_codes = cached.frame[kept].reset_index(drop=True), {n: c[kept] for n, c in cached.codes.items()}
    new = pd.concat([p[0] for p in parts], ignore_index=True) if parts else old.iloc[:0]
    new_keys = _keys(new)
    order = sorted(range(len(new)), key=new_keys.__getitem__)
    days, undated = old["start_date"].to_numpy().astype(np.int64), old["start_date"].isna().to_numpy()
    starts, ids = old["start"].to_numpy(), old["id"].to_numpy()
    places = [bisect.bisect_left(range(len(old)), new_keys[i],
                                 key=lambda j: _key(bool(undated[j]), int(days[j]), starts[j], ids[j]))
              for i in order]
    merged = np.insert(np.arange(len(old)), places, len(old) + np.array(order, dtype=int)).astype(int)
    frame = pd.concat([old, new], ignore_index=True).take(merged).reset_index(drop=True)
    codes = {n: np.concatenate([old_codes[n], *(p[1][n] for p in parts)])[merged] for n in CODED}
    return _base(version, reader, frame, codes)


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
