"""Timeline query speed at 100,000 events: query.events for a set of filters against a bare
`SELECT * FROM events` of the same rows into pandas, measured in the same run; reads of evidence quotes
(event details, an export), which the timeline frame does not hold; and the process's memory.

The store holds the real extracted events (the seeds and a sample of the 2021 State Department releases),
replicated with dates shifted by whole years and days and new ids, their documents reused.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import statistics
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import insert, select, text

from bench.common import ROOT, SHARED, print_table
from entente import curation, export, query, store
from entente.store.schema import documents as documents_t
from entente.store.schema import events as events_t

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(.*)$")
_YEAR = re.compile(r"^(\d{4})(.*)$")
YEARS_BACK = 40  # copies spread over four decades before the real dates


def _shift(value: str | None, years: int, days: int) -> str | None:
    """`value` moved `years` back and, when it names a day, `days` later (29 February becomes the 28th)."""
    if not value:
        return value
    day = _DAY.match(value)
    if day:
        y, m, d = int(day[1]) - years, int(day[2]), int(day[3])
        moved = date(y, m, min(d, 28) if (m, d) == (2, 29) else d) + timedelta(days=days)
        return moved.isoformat() + day[4]
    year = _YEAR.match(value)
    if year:
        return f"{int(year[1]) - years:04d}{year[2]}"
    return value


def build_store(url: str, *, releases: int, target: int) -> int:
    """Ingest the seeds and `releases` State Department releases, then replicate their events up to
    `target` rows with bulk inserts; returns how many real events were replicated."""
    from entente.ingest import read_path  # the extractor (spaCy) only in the process that builds
    from entente.models import Document
    from entente.pipeline import ingest_documents, read_all

    items: list[Any] = list(read_all(sorted((ROOT / "seeds").glob("*.txt"))))
    corpus = SHARED / "data" / "statedept" / "statedept_press_releases_2021.jsonl"
    if corpus.exists() and releases:
        docs = [d for d in read_path(corpus) if isinstance(d, Document)]
        items += docs[:: max(1, len(docs) // releases)][:releases]
    ingest_documents(items, url)
    engine = store.open_engine(url)
    columns = [c for c in events_t.c if c.name not in ("year_from", "year_to")]
    with engine.connect() as conn:
        real = [row._asdict() for row in conn.execute(select(*columns))]
    with engine.begin() as conn:
        copy, batch = 1, []
        remaining = target - len(real)
        while remaining > 0:
            years, days = copy % YEARS_BACK or YEARS_BACK, copy // YEARS_BACK
            for row in real[:remaining]:
                batch.append(dict(row, id=f"{row['id']}~{copy}", start=_shift(row["start"], years, days),
                                  end=_shift(row["end"], years, days)))
            remaining -= min(len(real), remaining)
            copy += 1
            if len(batch) >= 20_000 or remaining <= 0:
                store.insert_events(conn, batch)
                batch = []
    return len(real)


def _rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory of this process, in MB (Linux /proc)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _ms(func: Any, repeat: int) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(1000 * (time.perf_counter() - start))
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, result


def filter_set(frame: pd.DataFrame) -> list[tuple[str, query.Filters]]:
    """Filters a user would set, chosen from the corpus: its commonest counterpart, theme and type."""
    countries = Counter(c for c in frame["counterpart"] if c)
    themes = Counter(t for ts in frame["themes"] for t in ts)
    types = Counter(frame["type"])
    top_country, top_theme, top_type = (countries.most_common(1)[0][0], themes.most_common(1)[0][0],
                                        types.most_common(1)[0][0])
    rare_country = countries.most_common()[-1][0]
    years = frame["start_date"].dropna().dt.year
    mid = int(years.median())
    return [
        ("none", query.Filters()),
        (f"one country ({top_country})", query.Filters(countries=(top_country,))),
        (f"strict pair (US-{top_country})", query.Filters(countries=(top_country,), pair=True)),
        (f"years {mid - 5}-{mid}", query.Filters(year_from=mid - 5, year_to=mid)),
        (f"one theme ({top_theme})", query.Filters(themes=(top_theme,))),
        (f"one type ({top_type})", query.Filters(types=(top_type,))),
        (f"combined ({top_country}, {mid - 5}-{mid}, {top_type})",
         query.Filters(countries=(top_country,), year_from=mid - 5, year_to=mid, types=(top_type,))),
        (f"narrow ({rare_country}, {mid})", query.Filters(countries=(rare_country,), year_from=mid,
                                                          year_to=mid)),
    ]


def _after_edit(url: str, full: pd.DataFrame, repeat: int) -> tuple[float, float]:
    """The unfiltered query right after an analyst hides an event, then right after the undo: the store
    changed, so what was read before cannot be handed out as it is."""
    times = []
    for n in range(repeat):
        correction = curation.hide_event(str(full["id"].iloc[n]), db=url)
        times.append(_ms(lambda: query.events(query.Filters(), url), 1)[0])
        curation.undo(correction, db=url)
        times.append(_ms(lambda: query.events(query.Filters(), url), 1)[0])
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def _after_ingest(engine: Any, url: str, repeat: int) -> tuple[float, float]:
    """The unfiltered query right after one more document (a copy of a stored one, with its events)
    lands in the store, as while an ingest runs beside the app; the copies are removed afterwards."""
    with engine.connect() as conn:
        doc = conn.execute(select(documents_t)).first()._asdict()
        evs = [r._asdict() for r in conn.execute(select(events_t).where(events_t.c.document_id == doc["id"]))]
    times, made = [], []
    try:
        for n in range(repeat):
            doc_id = f"bench{n:059d}"
            with engine.begin() as conn:
                conn.execute(insert(documents_t).values(dict(doc, id=doc_id, ingested_at=datetime.now(UTC))))
                store.insert_events(conn, [dict(e, id=f"{e['id']}~bench{n}", document_id=doc_id)
                                           for e in evs])
            made.append(doc_id)
            times.append(_ms(lambda: query.events(query.Filters(), url), 1)[0])
    finally:
        with engine.begin() as conn:
            store.delete_documents(conn, made)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="events in the store")
    parser.add_argument("--releases", type=int, default=120, help="State Department releases to ingest")
    parser.add_argument("--repeat", type=int, default=11, help="timed runs per filter")
    parser.add_argument("--db", help="reuse this store (built on first use) instead of a temporary one")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        engine = store.open_engine(url)
        with engine.connect() as conn:
            present = conn.execute(select(text("count(*)")).select_from(events_t)).scalar_one()
        start = time.perf_counter()
        real = None
        if present == 0:  # built in a child process, so spaCy's memory is not counted below
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                real = pool.submit(build_store, url, releases=args.releases, target=args.events).result()
        built_s = time.perf_counter() - start
        with engine.connect() as conn:
            total = conn.execute(select(text("count(*)")).select_from(events_t)).scalar_one()
        origin = f"{real} real events replicated" if real is not None else "reused store"
        print(f"{total:,} events in the store ({origin}; built in {built_s:.1f} s), SQLite\n")

        import plotly.graph_objects  # noqa: F401 - the app's own libraries, so RSS reads like the app's
        import streamlit  # noqa: F401

        base_rss, _ = _rss_mb()
        first_ms, _, full = _ms(lambda: query.events(query.Filters(), url), 1)
        loaded_rss, loaded_peak = _rss_mb()
        timed = [(name, filters, *_ms(lambda f=filters: query.events(f, url), args.repeat))
                 for name, filters in filter_set(full)]
        edit_med, edit_p95 = _after_edit(url, full, args.repeat)
        ingest_med, ingest_p95 = _after_ingest(engine, url, args.repeat)
        rss, peak = _rss_mb()

        rows = []
        for name, _filters, med, p95, frame in timed:  # baselines last: their memory is not ours
            base_med, base_p95 = _baseline(engine, frame, total, args.repeat)
            rows.append([name, len(frame), med, p95, base_med, base_p95, med / base_med])
        none_base = rows[0][4:6]
        rows.append(["none, right after an edit or undo", len(full) - 1, edit_med, edit_p95, *none_base,
                     edit_med / none_base[0]])
        rows.append(["none, right after a document is ingested", len(full), ingest_med, ingest_p95,
                     *none_base, ingest_med / none_base[0]])
        rows.append(["none, first read in a fresh process", len(full), first_ms, first_ms, *none_base,
                     first_ms / none_base[0]])
        print_table(["filter", "events", "median ms", "p95 ms", "SELECT * ms (baseline)",
                     "baseline p95", "x baseline"], rows)
        one_country = timed[1][1]
        exported = len(query.events(one_country, url))
        ids = list(full["id"].iloc[:: max(1, len(full) // 50)])
        others = [[name, *_ms(func, 3)[:2]] for name, func in (
            ("event details, 50 events (query.event)", lambda: [query.event(i, url) for i in ids]),
            (f"JSON export, {timed[1][0]}: {exported:,} events with their quotes",
             lambda: export.to_json(query.events(one_country, url))),
            ("summary (overview)", lambda: query.summary(url)),
            ("facets (filter choices)", lambda: query.facets(url)),
            ("people (delegations)", lambda: query.people(query.Filters(), url)),
            ("documents (library)", lambda: query.documents(url)))]
        print()
        print_table(["other reads over every event", "median ms", "p95 ms"], others)
        print(f"\nresident memory, entente + pandas + streamlit + plotly imported: {base_rss:.0f} MB; "
              f"after the first read ({len(full):,} events held): {loaded_rss:.0f} MB (peak {loaded_peak:.0f}); "
              f"after every filter and {args.repeat} edits: {rss:.0f} MB (peak {peak:.0f})")
        print("targets: timeline query <= 100 ms for any filter; app <= 500 MB resident. This process holds "
              "what the app's query layer holds: the resolved events, one frame per store, shared by every "
              "session and read again only where a write changed them.")


def _baseline(engine: Any, frame: pd.DataFrame, total: int, repeat: int) -> tuple[float, float]:
    """A bare SELECT * of the same rows into pandas, over the sqlite3 connection (no parsing at all)."""
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_ids"))
        pd.DataFrame({"id": frame["id"]}).to_sql("bench_ids", conn, index=False)
    raw = engine.raw_connection()
    try:
        sql = ("SELECT * FROM events" if len(frame) == total else
               "SELECT events.* FROM events JOIN bench_ids ON bench_ids.id = events.id")
        med, p95, _ = _ms(lambda: pd.read_sql(sql, raw.driver_connection), repeat)
    finally:
        raw.close()
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_ids"))
    return med, p95


if __name__ == "__main__":
    main()
