"""Every stored event read in one pass as pandas columns (no per-row records), and the store's state key."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import json
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, Text, cast, func, select

from entente.store.frame_links import Link
from entente.store.schema import corrections, documents, events

# The frame's columns as stored; query.events adds counterpart, corrected and merged_from. Evidence quotes
# are not among them: they were two thirds of the frame's memory and only an event's details and the
# exports show them, so those read them per event (query.event, query.evidence_for).
STORED_COLUMNS = [
    "id", "title", "type", "start", "end", "precision", "start_date", "end_date", "location",
    "location_country", "countries", "themes", "participants", "document_ids", "confidence", "planned",
]
# The extractor marks an event the document announces for later with an evidence note "planned: ...";
# the frame keeps only that mark (read in SQL: the quotes themselves stay in the store).
PLANNED_NOTE = '%"note": "planned:%'



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


def _json_arrays(values: tuple[Any, ...]) -> list[Any]:
    """Many JSON texts parsed in one call of the C decoder (one call per value costs more than the parse)."""
    if all(isinstance(v, str) for v in values):
        return json.loads("[" + ",".join(values) + "]") if values else []
    return [json.loads(v) if isinstance(v, str) else v for v in values]  # a driver that parsed already


def _shared(seen: dict[Any, Any], person: dict[str, Any]) -> dict[str, Any]:
    """The one copy kept of an equal participant (name, side, role)."""
    try:
        return seen.setdefault(("person", *sorted(person.items())), person)
    except TypeError:  # a value that cannot be a key (a list): keep this one as it is
        return person


class _Reader:
    """Turns raw rows into column lists, keeping one copy of each repeated value: a corpus repeats its
    types, dates, places, document ids, country and theme lists and participants (the same person in the
    same role at many events) over and over, and the timeline holds every event in memory. Shared values
    are read-only, like the whole frame."""

    def __init__(self) -> None:
        self.seen: dict[Any, Any] = {}
        self.lists: dict[str, list[str]] = {}  # JSON text of a list of codes -> the list
        self.columns: dict[str, list[Any]] = {name: [] for name in _RAW}

    def _codes(self, values: tuple[Any, ...]) -> list[Any]:
        """JSON arrays of codes (countries, themes), each distinct one parsed once and shared."""
        lists, out = self.lists, []
        for value in values:
            text = value if isinstance(value, str) else json.dumps(value)
            found = lists.get(text)
            if found is None:
                found = lists[text] = json.loads(text)
            out.append(found)
        return out

    def _participants(self, values: tuple[Any, ...]) -> list[Any]:
        """JSON arrays of participants: each distinct array parsed once (all of them in one call), each
        distinct participant kept once."""
        seen = self.seen
        texts = [v if isinstance(v, str) else json.dumps(v) for v in values]
        new = list(dict.fromkeys(t for t in texts if ("people", t) not in seen))
        for text, people in zip(new, _json_arrays(tuple(new)), strict=True):
            seen["people", text] = [_shared(seen, p) for p in people]
        return [seen["people", t] for t in texts]

    def add(self, rows: list[Any]) -> None:
        if not rows:
            return
        (ids, titles, kinds, starts, ends, precisions, firsts, lasts, places, place_countries, countries,
         themes, participants, confidence, doc_ids, planned) = zip(*rows, strict=True)
        one, out = self.seen.setdefault, self.columns
        out["id"] += ids
        out["title"] += titles
        out["confidence"] += confidence
        out["planned"] += [bool(p) for p in planned]
        out["start_date"] += firsts  # parsed to datetime64 below: nothing to share
        out["end_date"] += lasts
        for name, values in (("type", kinds), ("start", starts), ("end", ends), ("precision", precisions),
                             ("location", places), ("location_country", place_countries)):
            out[name] += map(one, values, values)
        out["countries"] += self._codes(countries)
        out["themes"] += self._codes(themes)
        out["participants"] += self._participants(participants)
        out["document_ids"] += [one(("docs", d), [d]) for d in doc_ids]


_RAW = STORED_COLUMNS
_CHUNK = 10_000  # rows parsed at a time: the raw text of all rows is never held at once


def load_events(conn: Connection, document_ids: list[str] | None = None) -> pd.DataFrame:
    """The machine events (of `document_ids`, or all), with STORED_COLUMNS (dates as datetime64, lists
    parsed), in (start, id) order."""
    query = (
        select(events.c.id, events.c.title, events.c.type, events.c.start, events.c.end, events.c.precision,
               events.c.start_date, events.c.end_date, events.c.location_name, events.c.location_country,
               # as text: parsed below in bulk, not value by value by the driver and SQLAlchemy
               cast(events.c.countries, Text), cast(events.c.themes, Text),
               cast(events.c.participants, Text), events.c.confidence, events.c.document_id,
               cast(events.c.evidence, Text).like(PLANNED_NOTE))
        .order_by(events.c.start, events.c.id)
    )
    queries = [query] if document_ids is None else [
        query.where(events.c.document_id.in_(document_ids[i:i + 500]))
        for i in range(0, len(document_ids), 500)]
    reader = _Reader()
    for part in queries:
        for rows in conn.execute(part).partitions(_CHUNK):
            reader.add(rows)
    columns = reader.columns
    # object dtype keeps None as None (pandas would make NaN of it), so rows round-trip to JSON as-is.
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in columns.items()
                          if name not in ("start_date", "end_date", "confidence", "planned")})
    frame["confidence"] = np.array(columns["confidence"], dtype=float)
    frame["planned"] = np.array(columns["planned"], dtype=bool)
    for name in ("start_date", "end_date"):  # numpy reads ISO days itself; None becomes NaT
        frame[name] = np.array(columns[name], dtype="datetime64[D]").astype("datetime64[us]")
    return frame[STORED_COLUMNS]


_ONE_PASS = 20_000  # beyond this many events, reading every row beats looking them up by id


def load_evidence(conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The stored evidence quotes of each of `event_ids` that exists, each quote naming its document
    (document_id, document_title); parsed in bulk, as the events are."""
    query = (select(events.c.id, cast(events.c.evidence, Text), events.c.document_id, documents.c.title)
             .join(documents, documents.c.id == events.c.document_id))
    parts = [query] if len(event_ids) > _ONE_PASS else [
        query.where(events.c.id.in_(event_ids[i:i + 500])) for i in range(0, len(event_ids), 500)]
    wanted, found = set(event_ids), {}
    with _paused_collection():
        for part in parts:
            for rows in conn.execute(part).partitions(_CHUNK):
                rows = [r for r in rows if r[0] in wanted]
                if not rows:
                    continue
                ids, texts, doc_ids, titles = zip(*rows, strict=True)
                for event_id, quotes, doc_id, title in zip(ids, _json_arrays(texts), doc_ids, titles, strict=True):
                    for quote in quotes:  # fresh from the parser: nobody else holds them
                        quote["document_id"], quote["document_title"] = doc_id, title
                    found[event_id] = quotes
    return found


@contextlib.contextmanager
def _paused_collection() -> Iterator[None]:
    """No cycle collection while a build makes millions of small lists and dicts and frees none: the
    collector, triggered again and again by the allocations, would walk them all each time for nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@dataclass(frozen=True)
class Base:
    """Every event with corrections applied, in timeline order, and what the filters look up, for one
    state of the store."""

    key: tuple[Any, ...]
    frame: pd.DataFrame
    first_year: np.ndarray  # float, NaN when undated
    last_year: np.ndarray
    links: dict[str, Link]  # for each column of LINKED
    documents: dict[str, Any] = field(default_factory=dict)  # id -> ingested_at of what was read


LINKED = ("countries", "themes", "document_ids")
_FEW_DOCUMENTS = 200  # up to this many changed documents (or a quarter of them) are read alone
_machine: dict[str, Base] = {}
_current: dict[str, Base] = {}
_lock = threading.Lock()


def _timeline_order(frame: pd.DataFrame) -> np.ndarray:
    """Earliest first, undated last; ties keep their order."""
    days = frame["start_date"].to_numpy().astype("datetime64[us]").astype(np.int64)
    days[frame["start_date"].isna().to_numpy()] = np.iinfo(np.int64).max
    return np.argsort(days, kind="stable")


def _years(frame: pd.DataFrame, column: str) -> np.ndarray:
    return frame[column].dt.year.to_numpy(dtype=float, na_value=np.nan)


def _ordered(key: tuple[Any, ...], frame: pd.DataFrame, links: dict[str, Link]) -> Base:
    order = _timeline_order(frame)
    position = np.empty_like(order)
    position[order] = np.arange(len(order))
    frame = frame.take(order).reset_index(drop=True)
    return Base(key, frame, _years(frame, "start_date"), _years(frame, "end_date"),
                {c: link.moved(position) for c, link in links.items()})


def _machine_rows(frame: pd.DataFrame, counterpart: Callable, columns: list[str]) -> pd.DataFrame:
    sides: dict[tuple[str, ...], str] = {}
    for countries in frame["countries"]:
        if tuple(countries) not in sides:
            sides[tuple(countries)] = counterpart(countries)
    frame["counterpart"] = pd.Series([sides[tuple(c)] for c in frame["countries"]], dtype=object)
    frame["corrected"] = False
    none: list[str] = []  # one empty list for every unmerged row: read-only, like every list here
    frame["merged_from"] = pd.Series([none] * len(frame), dtype=object)
    return frame[columns]


def _replace_rows(base: Base, drop: np.ndarray, new: pd.DataFrame, key: tuple[Any, ...]) -> Base:
    """`base` without the rows `drop` marks and with `new` added, in timeline order; the filter lookups
    of the rows kept are carried over, not rebuilt."""
    kept = ~drop
    new_row = np.cumsum(kept) - 1
    links = {column: link.carried(kept[link.rows], new_row, Link.of(new, column, offset=int(kept.sum())))
             for column, link in base.links.items()}
    frame = pd.concat([base.frame[kept], new], ignore_index=True) if len(new) else base.frame[kept]
    return _ordered(key, frame, links)


def _machine_base(conn: Connection, url: str, key: tuple[Any, ...], counterpart: Callable,
                  columns: list[str]) -> Base:
    """The extracted events as stored. After an ingest only the documents saved or dropped since the
    last read are read again (unless they are many), so a growing store is not re-read whole."""
    cached = _machine.get(url)
    if cached is not None and cached.key == key:
        return cached
    # read before the events: a document saved meanwhile then looks changed next time, never current
    stored = {doc_id: at for doc_id, at in conn.execute(select(documents.c.id, documents.c.ingested_at))}
    changed = gone = None
    if cached is not None:
        changed = [d for d, at in stored.items() if cached.documents.get(d) != at]
        gone = [d for d in cached.documents if d not in stored]
    if cached is None or len(changed) + len(gone) > max(_FEW_DOCUMENTS, len(stored) // 4):
        frame = _machine_rows(load_events(conn), counterpart, columns)
        base = _ordered(key, frame, {c: Link.of(frame, c) for c in LINKED})
    else:
        drop = np.zeros(len(cached.frame), dtype=bool)
        drop[cached.links["document_ids"].rows_with(changed + gone)] = True
        new = _machine_rows(load_events(conn, changed), counterpart, columns)
        base = _replace_rows(cached, drop, new, key)
    base = replace(base, documents=stored)
    _machine[url] = base
    return base


def _plain(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.date()
    return None if value is pd.NaT else value


def _corrected(machine: Base, key: tuple[Any, ...], in_force: list[Any], counterpart: Callable,
               columns: list[str]) -> Base:
    """`machine` with the corrections in force applied: only the rows they touch are rebuilt, the rest
    (and their filter lookups) are reused."""
    if not in_force:
        return replace(machine, key=key)
    from entente import curation  # curation writes through the store package: import it late

    frame = machine.frame
    touched = frame["id"].isin(curation.touched_ids(in_force)).to_numpy()
    # merges join evidence lists, which the frame does not hold (query.evidence_for reads them)
    records = [{**{k: _plain(v) for k, v in r.items()}, "evidence": []}
               for r in frame[touched].to_dict("records")]
    fixed = pd.DataFrame(curation.apply_corrections(records, in_force, counterpart=counterpart),
                         columns=columns, dtype=object)
    for column in ("start_date", "end_date"):
        fixed[column] = pd.to_datetime(fixed[column]).astype("datetime64[us]")
    fixed["confidence"] = fixed["confidence"].astype(float)
    fixed["corrected"] = fixed["corrected"].astype(bool)
    fixed["planned"] = fixed["planned"].fillna(False).astype(bool)  # an event added by hand has no mark
    return _replace_rows(machine, touched, fixed, key)


def _glibc() -> Any:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6") if sys.platform == "linux" else None
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None  # musl and others have no malloc_trim


_LIBC = _glibc()


def _give_back_memory() -> None:
    """Hand the memory a rebuild freed back to the system. A rebuild makes short-lived copies of whole
    columns; glibc keeps what they freed for reuse, scattered between live objects, so without this the
    app's resident memory grew by tens of MB with every edit or ingest (100,000 events: 500 -> 730 MB)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def current(engine: Engine, counterpart: Callable[[list[str]], str], columns: list[str]) -> Base:
    """The corrected events of the store as it is now, rebuilt only when documents, events or
    corrections changed since the last call (one cheap query tells); shared by every caller."""
    url = engine.url.render_as_string(hide_password=False)
    with engine.connect() as conn:
        key = state_key(conn)
        cached = _current.get(url)
        if cached is not None and cached.key == key:
            return cached
        with _lock:
            cached = _current.get(url)
            if cached is not None and cached.key == key:
                return cached
            from entente import curation

            in_force = curation.active(conn)
            with _paused_collection():
                machine = _machine_base(conn, url, key[:3], counterpart, columns)
                base = _corrected(machine, key, in_force, counterpart, columns)
            _current[url] = base
            del machine, cached  # the frames replaced are freed before the memory is handed back
            _give_back_memory()
            return base


def forget(url: str) -> None:
    """Drop what is held for the store at `url` (its database is going away)."""
    with _lock:
        _machine.pop(url, None)
        _current.pop(url, None)
