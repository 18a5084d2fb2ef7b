"""Historian reference layers: U.S. trips abroad, foreign leaders' visits and ambassadors' tenures by country.

The Office of the Historian's files (shipped in entente/data/reference) name countries by slug
(`pakistan`, `korea-south`); here they become ISO 3166-1 alpha-2 codes so they line up with events.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from entente.historian import country_code, rows

LAYERS: dict[str, str] = {
    "trips": "U.S. trips", "visits": "Leader visits", "ambassadors": "U.S. ambassadors",
}
COLUMNS = ["layer", "country", "start_date", "end_date", "label", "detail"]

FILE_END = pd.Timestamp("2021-12-31")  # the files run to 2021: an open tenure is drawn up to there


def _read(name: str) -> pd.DataFrame:
    return pd.DataFrame(list(rows(name)), dtype=str)  # every field a string; an empty one stays ""


def _dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values.where(values != ""), errors="coerce", format="%Y-%m-%d")


def _frame(layer: str, slugs: pd.Series, start: pd.Series, end: pd.Series, label: pd.Series,
           detail: pd.Series) -> pd.DataFrame:
    start_date = _dates(start)
    end_date = _dates(end).fillna(start_date)
    frame = pd.DataFrame({
        "layer": layer, "country": slugs.map(country_code), "start_date": start_date, "end_date": end_date,
        "label": label.str.strip(), "detail": detail.str.strip(),
    })
    frame.attrs["unmapped"] = int(frame["country"].isna().sum())
    frame.attrs["undated"] = int(frame["start_date"].isna().sum())
    return frame


@lru_cache(maxsize=1)
def all_trips() -> pd.DataFrame:
    """Every trip abroad of a U.S. President or Secretary of State, all countries."""
    raw = _read("hsg_travels_president_secretary.csv.gz")
    who = raw["name"] + " (" + raw["role"].str.capitalize() + ")"
    where = raw["locale"].where(raw["remarks"] == "", raw["locale"] + ": " + raw["remarks"])
    return _frame("trips", raw["country_id"], raw["start_date"], raw["end_date"], who, where)


@lru_cache(maxsize=1)
def all_leader_visits() -> pd.DataFrame:
    """Every visit of a foreign leader to the United States, all countries."""
    raw = _read("hsg_visits_foreign_leaders.csv.gz")
    return _frame("visits", raw["from_id"], raw["start_date"], raw["end_date"], raw["visitor"],
                  raw["description"])


@lru_cache(maxsize=1)
def all_ambassadors(*, interim: bool = False) -> pd.DataFrame:
    """Every U.S. chief of mission's tenure from presenting credentials to leaving post (chargés
    d'affaires ad interim left out unless `interim`: they fill gaps of weeks and crowd the lane)."""
    raw = _read("hsg_chiefs_of_mission.csv.gz")
    if not interim:
        raw = raw[~raw["role"].str.contains("ad interim", case=False)].reset_index(drop=True)
    # A tenure with an end but no start on file begins, as best known, at the appointment; an appointment
    # with neither start nor end (a nomination that never took post, or a gap in the file) is left undated.
    start = raw["started"].where(raw["started"] != "", raw["appointed"].where(raw["ended"] != "", ""))
    frame = _frame("ambassadors", raw["territory_id"], start, raw["ended"], raw["person"], raw["role"])
    # No end on file: in post until the next chief of mission there arrived, or still in post in 2021.
    frame = frame.sort_values(["country", "start_date"], kind="stable", na_position="last")
    following = frame.groupby("country", dropna=False)["start_date"].shift(-1)
    open_ended = raw.loc[frame.index, "ended"].eq("") & frame["start_date"].notna()
    frame.loc[open_ended, "end_date"] = following[open_ended].fillna(FILE_END)
    frame.attrs["undated"] = int(frame["start_date"].isna().sum())
    return frame.reset_index(drop=True)


def _for(frame: pd.DataFrame, country: str) -> pd.DataFrame:
    wanted = (country or "").strip().upper()
    part = frame[(frame["country"] == wanted) & frame["start_date"].notna()]
    return part.sort_values("start_date", kind="stable").reset_index(drop=True)


def trips(country: str) -> pd.DataFrame:
    """U.S. presidential and secretary-of-state trips to `country` (ISO alpha-2), earliest first."""
    return _for(all_trips(), country)


def leader_visits(country: str) -> pd.DataFrame:
    """Visits to the United States by leaders of `country` (ISO alpha-2), earliest first."""
    return _for(all_leader_visits(), country)


def ambassadors(country: str) -> pd.DataFrame:
    """U.S. ambassadors' (chiefs of mission's) tenures in `country` (ISO alpha-2), earliest first."""
    return _for(all_ambassadors(), country)


def layers(country: str, which: tuple[str, ...] = tuple(LAYERS)) -> pd.DataFrame:
    """The chosen layers for one country in one frame (columns: layer, country, start_date, end_date,
    label, detail), in the order of LAYERS."""
    readers = {"trips": trips, "visits": leader_visits, "ambassadors": ambassadors}
    parts = [readers[name](country) for name in LAYERS if name in which]
    if not parts:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(parts, ignore_index=True)
