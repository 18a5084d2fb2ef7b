"""The read side the app and exports use: filtered events, rosters, people, documents as DataFrames.

The store keeps each event corrected (resolved_events, written with the corrections in force) with link tables
for its countries, themes and documents. This process holds the resolved events as one frame per store version
(entente.store.timeline), read again only where a write changed them; which of them a view keeps is
entente.filtering's answer.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Text, cast, func, select

from entente import settings, store
from entente.filtering import Filters, matches_countries, matching
from entente.extract.names import canonical_names
from entente.models import HOME_COUNTRY, counterpart
from entente.store import timeline
from entente.store.schema import documents as documents_t
from entente.store.schema import event_countries, event_themes, resolved_events
from entente.store.schema import events as events_t
from entente.store.timeline import json_lists

__all__ = ["EVENT_COLUMNS", "HOME_COUNTRY", "STORE_ATTR", "Filters", "counterpart", "events", "version"]
EVENT_COLUMNS = timeline.COLUMNS
STORE_ATTR = "entente_store"  # frame.attrs key: the store a frame came from, for reading its evidence
_LISTS = ("countries", "themes", "participants", "document_ids", "merged_from")  # JSON in the table
_CHUNK = 500


def version(db: str | None = None) -> int:
    """The store's version: it changes whenever documents, events or corrections do (the cache key)."""
    return store.version(store.open_engine(db))


def lane_country(countries: Iterable[str], own: object, chosen: Iterable[str] = (),
                 participants: Iterable[Any] = ()) -> str:
    """The country an event is filed under: the counterpart the user asked about when the event involves it
    (the first one chosen, in the order chosen); else the event's non-U.S. party: a country one of its
    participants speaks for, then its own counterpart. A venue or a topic has no delegate, so a party with one
    goes first ("U.S.-Pakistan talks in Dubai about Afghanistan" is Pakistan's)."""
    listed = list(countries) if isinstance(countries, (list, tuple)) else []
    chosen_here = next((c for c in chosen if c in listed), None)
    if chosen_here:
        return chosen_here
    sides = {p.get("side") for p in participants if isinstance(p, dict)} if participants is not None else set()
    party = next((c for c in listed if c != HOME_COUNTRY and c in sides), None)
    return party or (own if isinstance(own, str) else "")


_SELECTED = [resolved_events.c[name] if name not in _LISTS else cast(resolved_events.c[name], Text)
             for name in EVENT_COLUMNS]


def events(filters: Filters = Filters(), db: str | None = None, *, with_evidence: bool = False) -> pd.DataFrame:
    """One row per event matching `filters`, corrections applied, earliest first (undated last).

    Besides the contract's fields: `corrected` (a person changed it) and `merged_from` (ids it absorbed).
    Evidence quotes are left out unless `with_evidence` (they cost memory and a read): `event` and
    `evidence_for` give them per event. The frame's attrs name its store, so exports find the quotes.
    The lists inside the frame are shared with the next call's: read them, never change them in place.
    """
    base, mask = matching(store.open_engine(db), filters)
    if mask is None:
        frame = base.frame.copy(deep=False)  # copy-on-write: the caller's edits stay its own
    else:
        frame = base.frame.loc[mask].reset_index(drop=True)
    frame.attrs[STORE_ATTR] = settings.database_url(db)
    if with_evidence:
        quotes = evidence_for(frame["id"], db)
        frame.insert(frame.columns.get_loc("participants") + 1, "evidence",
                     pd.Series([quotes.get(i, []) for i in frame["id"]], index=frame.index, dtype=object))
    return frame


def _record(row: Any) -> dict[str, Any]:
    record = dict(zip(EVENT_COLUMNS, row, strict=True))
    for name in _LISTS:
        record[name] = json_lists((record[name],))[0]
    for name in ("start_date", "end_date"):
        record[name] = pd.Timestamp(record[name]).date() if record[name] else None
    return record


def event(event_id: str, db: str | None = None) -> dict[str, Any] | None:
    """Everything about one event (corrections applied), or None when there is no such event."""
    with store.open_engine(db).connect() as conn:
        row = conn.execute(select(*_SELECTED).where(resolved_events.c.id == event_id)).first()
        if row is None:
            return None
        record = _record(row)
        quotes = _quotes(conn, [event_id]).get(event_id, [])
    record["evidence"] = quotes
    return {name: record[name] for name in (*EVENT_COLUMNS[:14], "evidence", *EVENT_COLUMNS[14:])}


def _quotes(conn: Connection, ids: list[str], base: timeline.Base | None = None) -> dict[str, list[dict[str, Any]]]:
    """Each resolved event's evidence: its own machine event's quotes, then those of each event it absorbed,
    in the order they were merged; every quote names its document. What each event absorbed comes from
    `base` when given (many ids), else from the database."""
    sources: dict[str, list[str]] = {}
    if base is not None:
        present = base.frame["id"].isin(ids).to_numpy()
        for event_id, merged in zip(base.frame["id"].to_numpy()[present],
                                    base.frame["merged_from"].to_numpy()[present], strict=True):
            sources[event_id] = [event_id, *merged]
    else:
        for start in range(0, len(ids), _CHUNK):
            for event_id, merged in conn.execute(select(resolved_events.c.id,
                                                        cast(resolved_events.c.merged_from, Text))
                                                 .where(resolved_events.c.id.in_(ids[start:start + _CHUNK]))):
                sources[event_id] = [event_id, *json_lists((merged,))[0]]
    wanted = sorted({i for parts in sources.values() for i in parts})
    read: list[tuple[Any, ...]] = []
    for start in range(0, len(wanted), _CHUNK):
        read += conn.execute(select(events_t.c.id, cast(events_t.c.evidence, Text), events_t.c.document_id)
                             .where(events_t.c.id.in_(wanted[start:start + _CHUNK]))).all()
    doc_ids = sorted({row[2] for row in read})
    titles: dict[str, str] = {}
    for start in range(0, len(doc_ids), _CHUNK):
        titles.update(conn.execute(select(documents_t.c.id, documents_t.c.title)
                                   .where(documents_t.c.id.in_(doc_ids[start:start + _CHUNK]))).all())
    stored: dict[str, list[dict[str, Any]]] = {}
    texts = [t if isinstance(t, str) else json.dumps(t) for _i, t, _d in read]
    for (event_id, _text, doc_id), quotes in zip(read, json.loads("[" + ",".join(texts) + "]"), strict=True):
        for quote in quotes:  # fresh from the parser: nobody else holds them
            quote["document_id"], quote["document_title"] = doc_id, titles.get(doc_id)
        stored[event_id] = quotes
    return {event_id: [q for part in parts for q in stored.get(part, [])] for event_id, parts in sources.items()}


_FEW_IDS = 200  # up to this many events, what each absorbed is looked up in the database


def evidence_for(ids: Iterable[str], db: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """The evidence quotes of each event in `ids` in one pass (as `event` gives them: start, end, text,
    document_id, document_title), corrections applied: a merged event has the quotes of every event it
    absorbed, from every document. Ids of no event (or a hidden or absorbed one) are left out."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    engine = store.open_engine(db)
    base = timeline.current(engine) if len(wanted) > _FEW_IDS else None
    with engine.connect() as conn:
        return _quotes(conn, wanted, base)


def document_sources(ids: Iterable[str], db: str | None = None) -> dict[str, dict[str, Any]]:
    """Title, address and publication day of each document in `ids`, for exports that cite their sources.
    `url` is the document's web address when it has one, else None (a local file's path is not shown)."""
    wanted = sorted(set(ids))
    found: dict[str, dict[str, Any]] = {}
    with store.open_engine(db).connect() as conn:
        for start in range(0, len(wanted), 500):
            for row in conn.execute(select(documents_t.c.id, documents_t.c.title, documents_t.c.url,
                                           documents_t.c.published)
                                    .where(documents_t.c.id.in_(wanted[start:start + 500]))):
                found[row.id] = {"id": row.id, "title": row.title or "", "url": row.url or None,
                                 "published": row.published}
    return found


def _people_by_name(conn: Any, document_ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = conn.execute(select(documents_t.c.id, documents_t.c.people)
                        .where(documents_t.c.id.in_(document_ids))).all()
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        for person in row.people:
            found.setdefault(person["name"], person)
    return found


def roster(event_id: str, db: str | None = None) -> pd.DataFrame:
    """The event's participants with side, role, and the title and organisation the documents give."""
    record = event(event_id, db)
    columns = ["name", "side", "role", "title", "affiliation"]
    if record is None:
        return pd.DataFrame(columns=columns)
    with store.open_engine(db).connect() as conn:
        people = _people_by_name(conn, record["document_ids"])
    rows = []
    for participant in record["participants"]:
        person = people.get(participant["name"], {})
        rows.append({"name": participant["name"], "side": participant.get("side"),
                     "role": participant.get("role"), "title": person.get("title"),
                     "affiliation": person.get("affiliation")})
    return pd.DataFrame(rows, columns=columns)


def people(filters: Filters = Filters(), db: str | None = None) -> pd.DataFrame:
    """Everyone who takes part in a matching event, with how often and when."""
    frame = events(filters, db)
    columns = ["name", "aliases", "country", "title", "affiliation", "events", "documents",
               "first_date", "last_date"]
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "documents": set(),
                                                            "first": pd.NaT, "last": pd.NaT,
                                                            "sides": Counter(), "spellings": set()})
    with_people = frame[frame["participants"].map(len) > 0]  # most events name nobody: skip them fast
    canonical = canonical_names(p["name"] for ps in with_people["participants"] for p in ps)
    for taking_part, document_ids, start_date in zip(with_people["participants"],
                                                     with_people["document_ids"],
                                                     with_people["start_date"], strict=True):
        for participant in taking_part:
            entry = stats[canonical[participant["name"]]]
            entry["spellings"].add(participant["name"])
            entry["events"] += 1
            entry["documents"].update(document_ids)
            if pd.notna(start_date):  # first and last kept as they come: a list per person grew with the corpus
                if pd.isna(entry["first"]) or start_date < entry["first"]:
                    entry["first"] = start_date
                if pd.isna(entry["last"]) or start_date > entry["last"]:
                    entry["last"] = start_date
            if participant.get("side"):
                entry["sides"][participant["side"]] += 1
    if not stats:
        return pd.DataFrame(columns=columns)
    with store.open_engine(db).connect() as conn:
        known = _people_by_name(conn, sorted({d for s in stats.values() for d in s["documents"]}))
    rows = []
    for name, entry in stats.items():
        person = known.get(name, {})
        side = entry["sides"].most_common(1)[0][0] if entry["sides"] else person.get("country")
        rows.append({"name": name, "aliases": sorted(entry["spellings"] - {name}), "country": side, "title": person.get("title"),
                     "affiliation": person.get("affiliation"), "events": entry["events"],
                     "documents": len(entry["documents"]),
                     "first_date": entry["first"], "last_date": entry["last"]})
    return (pd.DataFrame(rows, columns=columns)
            .sort_values(["events", "name"], ascending=[False, True]).reset_index(drop=True))


def appearances(name: str, db: str | None = None) -> pd.DataFrame:
    """Every event a person takes part in, under any spelling of their name, earliest first."""
    frame = events(Filters(), db)
    frame = frame[frame["participants"].map(len) > 0]
    canonical = canonical_names([name, *(p["name"] for ps in frame["participants"] for p in ps)])
    wanted = {spelling for spelling, person in canonical.items() if person == canonical[name]}
    frame = frame[frame["participants"].map(lambda ps: any(p["name"] in wanted for p in ps))]
    rows = [
        {"event_id": row.id, "title": row.title, "start_date": row.start_date,
         "precision": row.precision, "role": p.get("role"), "side": p.get("side")}
        for row in frame.itertuples() for p in row.participants if p["name"] in wanted
    ]
    return pd.DataFrame(rows, columns=["event_id", "title", "start_date", "precision", "role", "side"])


def documents(db: str | None = None) -> pd.DataFrame:
    """The library: one row per stored document, newest publication first."""
    engine = store.open_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(select(documents_t.c.id, documents_t.c.source, documents_t.c.title,
                                   documents_t.c.published, documents_t.c.status, documents_t.c.messages,
                                   documents_t.c.countries, documents_t.c.ingested_at)).all()
        counts = {doc_id: n for doc_id, n in conn.execute(
            select(events_t.c.document_id, func.count()).group_by(events_t.c.document_id))}
    frame = pd.DataFrame(
        [{**row._asdict(), "events": counts.get(row.id, 0)} for row in rows],
        columns=["id", "source", "title", "published", "status", "messages", "countries",
                 "ingested_at", "events"],
    )
    return frame.sort_values("published", ascending=False, na_position="last").reset_index(drop=True)


def document(doc_id: str, db: str | None = None) -> dict[str, Any] | None:
    """One stored document with its text and everything extracted from it."""
    engine = store.open_engine(db)
    with engine.connect() as conn:
        row = conn.execute(select(documents_t).where(documents_t.c.id == doc_id)).first()
        if row is None:
            return None
        evs = conn.execute(select(events_t.c.id, events_t.c.title, events_t.c.start)
                           .where(events_t.c.document_id == doc_id).order_by(events_t.c.start)).all()
    out = row._asdict()
    out["events"] = [e._asdict() for e in evs]
    return out


def summary(db: str | None = None, filters: Filters = Filters()) -> dict[str, Any]:
    """Size and span of the events matching `filters` (and of the documents they come from) for the overview."""
    frame = events(filters, db)
    with store.open_engine(db).connect() as conn:
        library = conn.execute(select(func.count()).select_from(documents_t)).scalar_one()
    dated = frame.dropna(subset=["start_date"])
    return {
        "documents": library if filters == Filters() else len({d for ds in frame["document_ids"] for d in ds}),
        "library": library,
        "events": len(frame),
        "people": len({p["name"] for ps in frame["participants"] for p in ps}),
        "first_date": dated["start_date"].min().date().isoformat() if len(dated) else None,
        "last_date": dated["end_date"].max().date().isoformat() if len(dated) else None,
        "counterparts": sorted({c for c in frame["counterpart"] if c}),
    }


def facets(db: str | None = None) -> dict[str, Any]:
    """The values each filter can take in the stored corpus."""
    engine = store.open_engine(db)
    with engine.connect() as conn:
        countries = set(conn.execute(select(event_countries.c.country).distinct()).scalars())
        themes = set(conn.execute(select(event_themes.c.theme).distinct()).scalars())
        types = set(conn.execute(select(resolved_events.c.type).distinct()).scalars())
    frame = timeline.current(engine).frame  # the spans from the frame: in SQL they would read every wide row
    spans = pd.DataFrame({"first": frame["start_date"].dt.year, "last": frame["end_date"].dt.year})
    years = {year for first, last in spans.dropna().drop_duplicates().itertuples(index=False)
             for year in range(int(first), int(last) + 1)}
    docs = documents(db)
    return {
        "countries": sorted(countries),
        "years": sorted(years),
        "themes": sorted(themes | {m["theme"] for d in _all_mentions(db) for m in d[1]}),
        "types": sorted(types),
        "documents": list(zip(docs["id"], docs["title"], strict=True)),
    }


def _all_mentions(db: str | None) -> list[tuple[Any, list[dict[str, Any]], str | None, list[str]]]:
    with store.open_engine(db).connect() as conn:
        return [tuple(r) for r in conn.execute(select(
            documents_t.c.id, documents_t.c.theme_mentions, documents_t.c.published, documents_t.c.countries))]


def theme_series(filters: Filters = Filters(), db: str | None = None) -> pd.DataFrame:
    """Theme mentions counted by theme, year of the document and counterpart."""
    counts: Counter[tuple[str, int | None, str]] = Counter()
    for doc_id, mentions, published, countries in _all_mentions(db):
        if filters.document and doc_id != filters.document:
            continue
        if not matches_countries(countries, filters):
            continue
        year = int(published[:4]) if published else None
        if year is not None and ((filters.year_from and year < filters.year_from)
                                 or (filters.year_to and year > filters.year_to)):
            continue
        for mention in mentions:
            if not filters.themes or mention["theme"] in filters.themes:
                counts[(mention["theme"], year, counterpart(list(countries)))] += 1
    return pd.DataFrame([(t, y, c, n) for (t, y, c), n in counts.items()],
                        columns=["theme", "year", "counterpart", "mentions"])


def theme_passages(theme: str, db: str | None = None) -> pd.DataFrame:
    """The sentences that mention a theme, with their document's title and date."""
    engine = store.open_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(select(documents_t.c.id, documents_t.c.title, documents_t.c.published,
                                   documents_t.c.theme_mentions)).all()
    out = [
        {"document_id": r.id, "document_title": r.title, "published": r.published,
         "text": m["text"], "match": m["match"], "start": m["start"], "end": m["end"]}
        for r in rows for m in r.theme_mentions if m["theme"] == theme
    ]
    return pd.DataFrame(out, columns=["document_id", "document_title", "published", "text", "match",
                                      "start", "end"])
