"""The shared filters: read from and written to the URL, so a pasted link reproduces the view exactly.

The URL is the source of truth when a session starts; afterwards the session's copy (`VIEW`) is, because
switching pages in Streamlit drops the query string and we put it back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import streamlit as st

from components.labels import country_name, theme_name
from entente.models import EVENT_TYPES, HOME
from entente.query import Filters
from entente.reference import LAYERS as REFERENCE_LAYERS

VIEW = "_entente_view"
WRITTEN = "_entente_url_written"
# Every parameter this app owns, in the order it writes them (the contract's URL table, plus doc/hl/lane).
PARAMS: tuple[str, ...] = (
    "country", "pair", "year_from", "year_to", "theme", "type", "planned", "document", "lane", "ref", "event",
    "doc", "hl", "present", "notes",
)
PLANNED_LABEL = "Show planned events"
PAIR_LABEL = "Only bilateral events (US + selected)"
_ON = ("1", "true", "yes")
LANES = {"counterpart": "Counterpart", "theme": "Theme", "type": "Event type"}

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
_SPAN = re.compile(r"^\d{1,9}-\d{1,9}$")


def _items(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _year(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() and len(value.strip()) == 4 else None


def clean(params: Mapping[str, Any]) -> dict[str, str]:
    """Only well-formed values of known parameters: `?country=pk,ZZZ&year_from=abc` -> `{"country": "PK"}`.

    Anything else in a pasted link is dropped rather than trusted.
    """
    out: dict[str, str] = {}
    countries = [c.upper() for c in _items(params.get("country")) if _COUNTRY.match(c.upper())]
    if countries:
        out["country"] = ",".join(dict.fromkeys(countries))
        if (params.get("pair") or "") in _ON:  # strict pair: meaningless without a counterpart
            out["pair"] = "1"
    for key in ("year_from", "year_to"):
        year = _year(params.get(key))
        if year is not None:
            out[key] = str(year)
    themes = [t for t in _items(params.get("theme")) if _SLUG.match(t)]
    if themes:
        out["theme"] = ",".join(dict.fromkeys(themes))
    types = [t for t in _items(params.get("type")) if t in EVENT_TYPES]
    if types:
        out["type"] = ",".join(dict.fromkeys(types))
    if (params.get("planned") or "") in _ON:
        out["planned"] = "1"
    for key in ("document", "event", "doc"):
        value = (params.get(key) or "").strip()
        if _ID.match(value):
            out[key] = value
    if (params.get("lane") or "") in LANES and params.get("lane") != "counterpart":
        out["lane"] = params["lane"]
    refs = [r for r in _items(params.get("ref")) if r in REFERENCE_LAYERS]
    if refs:
        out["ref"] = ",".join(dict.fromkeys(refs))
    if _SPAN.match(params.get("hl") or ""):
        out["hl"] = params["hl"]
    if (params.get("present") or "") in _ON:
        out["present"] = "1"
        if (params.get("notes") or "") in _ON:  # speaker notes belong to presenter mode
            out["notes"] = "1"
    return {key: out[key] for key in PARAMS if key in out}


def to_filters(view: Mapping[str, str]) -> Filters:
    """The query layer's Filters for a (clean) view."""
    return Filters(
        countries=tuple(_items(view.get("country"))),
        year_from=_year(view.get("year_from")),
        year_to=_year(view.get("year_to")),
        themes=tuple(_items(view.get("theme"))),
        types=tuple(_items(view.get("type"))),
        document=view.get("document") or None,
        pair=view.get("pair") == "1" and bool(_items(view.get("country"))),
        planned=view.get("planned") == "1",  # events announced for later are one toggle away
    )


# --- session side -------------------------------------------------------------------------------------


def view() -> dict[str, str]:
    """The current view's parameters."""
    return dict(st.session_state.get(VIEW, {}))


def current() -> Filters:
    return to_filters(view())


def _write(new_view: dict[str, str]) -> None:
    st.session_state[VIEW] = new_view
    st.query_params.from_dict(new_view)
    st.session_state[WRITTEN] = dict(new_view)


def sync_url() -> dict[str, str]:
    """Call once per run, before the page: adopt a URL the user brought, restore one a page switch dropped."""
    in_url = clean({key: st.query_params.get(key) for key in PARAMS})
    if VIEW not in st.session_state:
        adopted = in_url
    elif in_url and in_url != st.session_state.get(WRITTEN):
        adopted = in_url  # a link inside the app (page_link with query_params) carries a whole view
    else:
        adopted = view()
    if in_url != adopted or st.session_state.get(WRITTEN) != adopted:
        _write(adopted)
    else:
        st.session_state[VIEW] = adopted
    return adopted


def update(**changes: str | None) -> None:
    """Change some parameters of the view (None or "" removes one) and put them in the URL."""
    _write(link(**changes))


def link(**changes: str | None) -> dict[str, str]:
    """Query parameters for a link that keeps the current view but changes some of it."""
    new = view()
    for key, value in changes.items():
        if value:
            new[key] = value
        else:
            new.pop(key, None)
    return clean(new)


def presenting() -> bool:
    return view().get("present") == "1"


def _set_from_widget(param: str, key: str) -> None:
    value = st.session_state.get(key)
    if isinstance(value, (list, tuple)):
        value = ",".join(value)
    update(**{param: value or None, "event": None})


def _set_pair() -> None:
    update(pair="1" if st.session_state.get("w_pair") else None, event=None)


def _set_year(param: str, key: str) -> None:
    """A typed year goes in the URL as typed, even when it is the corpus's first or last year: a shared
    2009-2010 link must not widen as later documents arrive."""
    value = st.session_state.get(key)
    update(**{param: str(int(value)) if value is not None else None, "event": None})


def _set_planned() -> None:
    update(planned="1" if st.session_state.get("w_planned") else None, event=None)


def _clear() -> None:
    keep = {k: v for k, v in view().items() if k in ("lane", "present")}
    _write(keep)


def sidebar(facets: Mapping[str, Any], theme_labels: Mapping[str, str]) -> Filters:
    """The filter widgets, bound to the URL. Returns the Filters they describe."""
    now = view()
    chosen = to_filters(now)
    countries = [c for c in facets.get("countries", []) if c != HOME] or list(facets.get("countries", []))
    st.session_state["w_country"] = [c for c in chosen.countries if c in countries]
    st.multiselect("Counterpart", countries, key="w_country", format_func=country_name,
                   on_change=_set_from_widget, args=("country", "w_country"),
                   help="Events whose countries include any of these.", placeholder="All counterparts",
                   # Enter picks the country typed: no "Select all matches" entry first in the list (it made
                   # "India" + Enter add Indonesia too), and matches contain the letters typed, in order.
                   select_all=False, filter_mode="contains")
    if chosen.countries:
        st.session_state["w_pair"] = chosen.pair
        st.toggle(PAIR_LABEL, key="w_pair", on_change=_set_pair,
                  help="Only events in which the United States and every selected counterpart take part.")
    years = sorted(facets.get("years", []))
    if len(years) > 1:
        _year_inputs((years[0], years[-1]), chosen)
    themes = list(facets.get("themes", []))
    st.session_state["w_theme"] = [t for t in chosen.themes if t in themes]
    st.multiselect("Themes", themes, key="w_theme", format_func=lambda t: theme_name(t, theme_labels),
                   on_change=_set_from_widget, args=("theme", "w_theme"), placeholder="All themes",
                   select_all=False, filter_mode="contains")
    types = list(facets.get("types", []))
    st.session_state["w_type"] = [t for t in chosen.types if t in types]
    st.multiselect("Event types", types, key="w_type", format_func=str.capitalize,
                   on_change=_set_from_widget, args=("type", "w_type"), placeholder="All types")
    documents = dict(facets.get("documents", []))
    options = [""] + list(documents)
    st.session_state["w_document"] = chosen.document if chosen.document in documents else ""
    st.selectbox("Document", options, key="w_document",
                 format_func=lambda d: documents.get(d, "") or "All documents" if d else "All documents",
                 on_change=_set_from_widget, args=("document", "w_document"))
    st.session_state["w_planned"] = chosen.planned
    st.toggle(PLANNED_LABEL, key="w_planned", on_change=_set_planned,
              help="Events the documents announce for a later date. Hidden unless you ask for them.")
    if any(k in now for k in ("country", "pair", "year_from", "year_to", "theme", "type", "document", "planned")):
        st.button("Clear filters", on_click=_clear, width="stretch")
    return chosen


def _year_inputs(bounds: tuple[int, int], chosen: Filters) -> None:
    """From and To as typed years (empty: no limit, the corpus's first or last year shown as a hint)."""
    low, high = st.columns(2)
    for column, param, label, value, hint in ((low, "year_from", "From year", chosen.year_from, bounds[0]),
                                              (high, "year_to", "To year", chosen.year_to, bounds[1])):
        key = f"w_{param}"
        st.session_state[key] = min(max(value, bounds[0]), bounds[1]) if value is not None else None
        column.number_input(label, min_value=bounds[0], max_value=bounds[1], step=1, format="%d", key=key,
                            placeholder=str(hint), on_change=_set_year, args=(param, key),
                            help="Type a year and press Enter; empty means no limit.")


def theme_picker(known: list[str], labels: Mapping[str, str], *, key: str = "topic") -> str:
    """A select box of the themes `known`, showing the filter's theme (else the first); picking one makes it
    the shared theme filter, while opening the page alone filters nothing elsewhere. Owns `key`."""
    st.session_state[key] = next((t for t in current().themes if t in known), known[0])
    return st.selectbox("Theme", known, key=key, format_func=lambda t: theme_name(t, labels),
                        on_change=lambda: update(theme=st.session_state[key], event=None))
