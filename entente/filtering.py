"""Which events a view's filters keep: countries, themes and a document as SQL over the link tables (answered
from their indexes), type, years and plans compared in the columns of the frame the process holds (fetching the
ids of a broad SQL match, such as the default view's "not planned", would take tens of milliseconds)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import Column, Engine, Select, exists, select

from entente import store
from entente.models import HOME_COUNTRY
from entente.store import timeline
from entente.store.schema import event_countries, event_documents, event_themes


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to; every field empty means everything."""

    countries: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    themes: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    document: str | None = None
    pair: bool = False  # strict bilateral view: the home country and every selected country take part
    planned: bool = True  # events the documents announce for later (the app hides them unless asked)


def matches_countries(countries: Iterable[str], filters: Filters) -> bool:
    """Whether a country list passes the country filter: any selected country, or with `pair` the home
    country and every selected one."""
    present = set(countries)
    if filters.pair:
        return {HOME_COUNTRY, *filters.countries} <= present
    return not filters.countries or bool(present & set(filters.countries))


def linked(filters: Filters) -> Select[tuple[str]] | None:
    """The ids of the events whose countries, themes and document pass `filters`, as SQL over the link tables
    (None: the filters name none of them). The first list filter (the narrowest kind first: a document, the
    chosen countries, themes, then the home country) is read from its index; each other one is checked per
    event found, by its link table's primary key."""
    wanted: list[tuple[Column[str], tuple[str, ...]]] = []  # the event has one of these values in the column
    if filters.document:
        wanted.append((event_documents.c.document_id, (filters.document,)))
    if filters.pair:
        wanted += [(event_countries.c.country, (c,)) for c in dict.fromkeys((*filters.countries, HOME_COUNTRY))]
    elif filters.countries:
        wanted.append((event_countries.c.country, filters.countries))
    if filters.themes:
        wanted.append((event_themes.c.theme, filters.themes))
    if not wanted:
        return None
    (column, values), *others = wanted
    found = column.table.c.event_id
    ids = select(found).where(column.in_(values))
    for other_column, other_values in others:
        other = other_column.table.alias()
        ids = ids.where(exists().where(other.c.event_id == found, other.c[other_column.name].in_(other_values)))
    return ids


def _day(year: int) -> np.datetime64:
    return np.datetime64(f"{year:04d}-01-01")


def mask(base: timeline.Base, filters: Filters, ids: Sequence[str] | None) -> np.ndarray | None:
    """The rows of `base` matching `filters` (None: every row): those of `ids` (what the link tables gave),
    and of the type, years and plans asked for, compared in the columns the frame holds."""
    frame, masks = base.frame, []
    if ids is not None:
        at = base.ids.get_indexer(pd.Index(ids, dtype=object))
        found = np.zeros(len(frame), dtype=bool)
        found[at[at >= 0]] = True  # -1: an event resolved away since
        masks.append(found)
    if filters.types:
        masks.append(frame["type"].isin(filters.types).to_numpy())
    if not filters.planned:
        masks.append(~frame["planned"].to_numpy(dtype=bool))
    # undated events (NaT) never match a year filter
    if filters.year_from is not None:
        masks.append(frame["end_date"].to_numpy() >= _day(filters.year_from))
    if filters.year_to is not None:
        masks.append(frame["start_date"].to_numpy() < _day(filters.year_to + 1))
    return np.logical_and.reduce(masks) if masks else None


def matching(engine: Engine, filters: Filters) -> tuple[timeline.Base, np.ndarray | None]:
    """The events held for the store and which of them match `filters` (None: every one), both as of one
    store version."""
    found_sql = linked(filters)
    while True:
        base = timeline.current(engine)
        if found_sql is None:
            return base, mask(base, filters, None)
        with engine.connect() as conn, conn.execute(found_sql) as found:
            ids = [i for (i,) in found.cursor.fetchall()]  # the driver's rows: no per-row objects
        if store.version(engine) == base.version:  # else a write came between: read both again
            return base, mask(base, filters, ids)
