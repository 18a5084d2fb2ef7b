"""The only home of st.cache_data / st.cache_resource: seeds, and query results keyed by small values (filters,
the store's one version)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from entente import carry, curation, query, settings
from entente.models import IngestReport
from entente.query import Filters


def database() -> str:
    """The store's URL, part of every cache key so two stores never share results."""
    return settings.database_url()


@st.cache_resource(show_spinner=False)
def _seed_once(db: str) -> list[IngestReport]:
    from entente import isolated_ingest  # in a child process: the extractor's spaCy stays out of the app

    bar = st.progress(0.0, text="Loading the seed documents…")

    def progress(done: int, total: int, source: str) -> None:
        bar.progress(done / max(total, 1), text=f"Reading {source.rsplit('/', 1)[-1]} ({done}/{total})")

    try:
        reports = isolated_ingest.ensure_seeds(db, progress=progress)
        if any(r.state == "failed" for r in reports):
            raise RuntimeError("; ".join(m for r in reports if r.state == "failed" for m in r.messages))
        return reports
    finally:
        bar.empty()


def ensure_seeds() -> list[IngestReport] | str:
    """Load the three seed documents on first run (once per process); a failure is returned, not raised,
    so the app still shows whatever the store already holds."""
    try:
        with st.spinner("Preparing the corpus…"):
            return _seed_once(database())
    except Exception as exc:  # noqa: BLE001 - the app must open even when seeding is impossible
        return f"The seed documents could not be loaded: {exc}"


def version() -> int:
    """The cache key: the store's version, raised by every write (a document, an event, a correction)."""
    return query.version(database())


# st.cache_resource, not st.cache_data: one frame per view shared by every session rather than a pickled
# copy per session (100,000 events: a copy is ~100 MB). Callers get a shallow copy: their new columns stay
# their own; the lists inside are shared and never changed in place.
@st.cache_resource(show_spinner=False, max_entries=8)
def _events(filters: Filters, version: int, db: str) -> pd.DataFrame:
    return query.events(filters, db)


def events(filters: Filters) -> pd.DataFrame:
    return _events(filters, version(), database()).copy(deep=False)


@st.cache_data(show_spinner=False, max_entries=256)
def _event(event_id: str, version: int, db: str) -> dict[str, Any] | None:
    return query.event(event_id, db)


def event(event_id: str) -> dict[str, Any] | None:
    return _event(event_id, version(), database())


@st.cache_data(show_spinner=False, max_entries=256)
def _roster(event_id: str, version: int, db: str) -> pd.DataFrame:
    return query.roster(event_id, db)


def roster(event_id: str) -> pd.DataFrame:
    return _roster(event_id, version(), database())


def _people(filters: Filters, version: int, db: str) -> pd.DataFrame:  # derived from the shared frame
    return query.people(filters, db)


def people(filters: Filters) -> pd.DataFrame:
    return _people(filters, version(), database())


@st.cache_data(show_spinner=False, max_entries=32)
def _summary(filters: Filters, version: int, db: str) -> dict[str, Any]:
    return query.summary(db, filters)


def summary(filters: Filters) -> dict[str, Any]:
    """The Overview's headline numbers for the events matching `filters`."""
    return _summary(filters, version(), database())


@st.cache_data(show_spinner=False, max_entries=4)
def _facets(version: int, db: str) -> dict[str, Any]:
    return query.facets(db)


def facets() -> dict[str, Any]:
    return _facets(version(), database())


@st.cache_data(show_spinner=False, max_entries=4)
def _documents(version: int, db: str) -> pd.DataFrame:
    return query.documents(db)


def documents() -> pd.DataFrame:
    return _documents(version(), database())


@st.cache_data(show_spinner=False, max_entries=16)
def _document(doc_id: str, version: int, db: str) -> dict[str, Any] | None:
    return query.document(doc_id, db)


def document(doc_id: str) -> dict[str, Any] | None:
    return _document(doc_id, version(), database())


@st.cache_data(show_spinner=False, max_entries=32)
def _theme_series(filters: Filters, version: int, db: str) -> pd.DataFrame:
    return query.theme_series(filters, db)


def theme_series(filters: Filters) -> pd.DataFrame:
    return _theme_series(filters, version(), database())


@st.cache_data(show_spinner=False, max_entries=32)
def _theme_passages(theme: str, version: int, db: str) -> pd.DataFrame:
    return query.theme_passages(theme, db)


def theme_passages(theme: str) -> pd.DataFrame:
    return _theme_passages(theme, version(), database())


@st.cache_resource(show_spinner=False)
def theme_labels() -> dict[str, str]:
    """Theme id -> label from the taxonomy file; empty when it can't be read (ids then stand in)."""
    try:
        from entente.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        return {theme.id: theme.label for theme in taxonomy.themes}
    except Exception:  # noqa: BLE001 - labels are a nicety; the slugs still work
        return {}


@st.cache_data(show_spinner=False, max_entries=4)
def _outdated_documents(version: int, db: str) -> int:
    from entente import pipeline

    return pipeline.outdated_documents(db)


def outdated_documents() -> int:
    """How many stored documents an older extractor made."""
    return _outdated_documents(version(), database())


@st.cache_data(show_spinner=False, max_entries=64)
def _corrections(event_id: str | None, version: int, db: str) -> list[dict[str, Any]]:
    return curation.history(db=db, event_id=event_id)


def corrections(event_id: str | None = None) -> list[dict[str, Any]]:
    """The corrections of one event (or of all), newest first, undone ones included."""
    return _corrections(event_id, version(), database())


@st.cache_data(show_spinner=False, max_entries=4)
def _needing_review(version: int, db: str) -> list[dict[str, Any]]:
    return carry.needing_review(db)


def needing_review() -> list[dict[str, Any]]:
    """Corrections that could not follow their event to a document's new version (see entente.carry)."""
    return _needing_review(version(), database())


# --- Topics, the overview map, the people directory ------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=16)
def _theme_passages_frame(theme: str, version: int, db: str) -> tuple[pd.DataFrame, dict[str, Any]]:
    from entente import topics
    from entente.taxonomy import load_taxonomy

    try:
        found = load_taxonomy().get(theme)
    except Exception:  # noqa: BLE001 - without the taxonomy every matched term counts the same
        found = None
    strong = (found.label, *found.aliases, *found.acronyms) if found else ()
    docs = topics.theme_documents(theme, db)
    return topics.passages_frame(query.theme_passages(theme, db), docs, strong_terms=strong), docs


@st.cache_data(show_spinner=False, max_entries=32)
def _theme_passages_in_view(theme: str, others: Filters, version: int,
                            db: str) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    from entente import topics

    everything, docs = _theme_passages_frame(theme, version, db)
    passages = topics.filter_passages(everything, others)
    return passages, topics.key_passages(passages), docs


def theme_passages_in_view(theme: str, others: Filters) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    """The theme's passages the other filters let through, the distinct ones among them (key passages), and
    the facts of their documents."""
    return _theme_passages_in_view(theme, others, version(), database())


@st.cache_data(show_spinner=False, max_entries=64)
def _appearances(name: str, version: int, db: str) -> pd.DataFrame:
    return query.appearances(name, db)


def appearances(name: str) -> pd.DataFrame:
    return _appearances(name, version(), database())


@st.cache_data(show_spinner=False, max_entries=32)
def _event_places(filters: Filters, version: int, db: str) -> pd.DataFrame:
    from entente import geo

    return geo.event_places(query.events(filters, db))


def event_places(filters: Filters) -> pd.DataFrame:
    """Places the matching events were held at, with coordinates from the offline gazetteers."""
    return _event_places(filters, version(), database())


@st.cache_data(show_spinner=False, max_entries=64)
def capitals(codes: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    from entente import geo

    return {c: p for c in codes if (p := geo.capital(c))}


@st.cache_data(show_spinner=False, max_entries=32)
def reference_layers(countries: tuple[str, ...], which: tuple[str, ...]) -> pd.DataFrame:
    """The Office of the Historian's layers for these counterparts (shipped data: no corpus version in the key).

    With several counterparts each layer gets one lane per country: `layer` becomes `trips:PK`."""
    from entente import reference

    parts = []
    for country in countries:
        part = reference.layers(country, which)
        if len(countries) > 1:
            part = part.assign(layer=part["layer"] + ":" + country)
        parts.append(part)
    return pd.concat(parts, ignore_index=True) if parts else reference.layers("", ())


@st.cache_data(show_spinner=False, max_entries=32)
def _timeline_figure(filters: Filters, lane: str, selected: str | None,
                     reference_key: tuple[tuple[str, ...], tuple[str, ...]], names: tuple[tuple[str, str], ...],
                     version: int, db: str) -> Any:
    from components import charts

    countries, which = reference_key
    reference = reference_layers(countries, which) if countries and which else None
    figure = charts.timeline_figure(_events(filters, version, db), lane=lane, selected=selected,
                                    theme_labels=theme_labels(), reference=reference, reference_names=dict(names),
                                    chosen=filters.countries)
    # Kept as a plain dict: the cache hands back a copy each time, and unpickling a go.Figure revalidates
    # every property (180 ms at 518 events; a dict takes 1 ms).
    return figure.to_dict()


def timeline_figure(filters: Filters, *, lane: str, selected: str | None, countries: tuple[str, ...] = (),
                    which: tuple[str, ...] = (), names: dict[str, str] | None = None) -> Any:
    """The Timeline page's chart as a plotly figure dict, built once per view: a filter change back to a
    view seen before, by any session, redraws without rebuilding the figure."""
    return _timeline_figure(filters, lane, selected, (countries, which), tuple(sorted((names or {}).items())),
                            version(), database())


@st.cache_data(show_spinner=False, max_entries=64)
def _strip_figure(filters: Filters, lane: str | None, selected: str | None, version: int, db: str) -> Any:
    from components import charts

    events = _events(filters, version, db)
    if lane is not None:
        events = events[[query.lane_country(cs, c, filters.countries, ps) == lane for cs, c, ps in
                         zip(events["countries"], events["counterpart"], events["participants"], strict=True)]]
    figure = charts.timeline_figure(events, style=charts.COMPACT, selected=selected, theme_labels=theme_labels(),
                                    chosen=filters.countries)
    return figure.to_dict()


def strip_figure(filters: Filters, *, lane: str | None = None, selected: str | None = None) -> Any:
    """The compact timeline strip of the events matching `filters` as a plotly figure dict, built once per view
    (the Overview's, and presenter mode's with `lane`: only the events filed under that counterpart)."""
    return _strip_figure(filters, lane, selected, version(), database())
