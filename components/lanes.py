"""The timeline's swimlanes, below the charts that draw them (components.charts marks single events,
components.event_counts counts them): which lanes an event sits in, their order, how their names are cut,
and how big to draw."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from components.labels import country_name, theme_name
from entente.query import lane_country

TICK_CHARS = 30  # lane names longer than this are cut (the hover gives the whole name)
SLIDER_PX = 60  # height the range slider adds under the page chart
LAST_LANES = ("Unknown", "No theme")  # lanes of events without a country or a theme: always at the bottom
OTHER_NOUNS = {"counterpart": "counterparts", "theme": "themes", "type": "types"}


@dataclass(frozen=True)
class TimelineStyle:
    """How big to draw: the page chart, the compact overview strip, or the presenter's large type."""

    row_px: int = 34
    font_size: int = 13
    labels: bool = True
    min_height: int = 220
    # Past this many events the titles go (hover still names each one): a label needs a sub-row of its
    # own, which made 518 events across 79 counterparts a 17,500-pixel chart, slow to draw and to read.
    max_labels: int = 150
    slider: bool = False  # a range slider under the time axis (the page chart; not the strips or slides)
    # Past this many events the chart counts them per month or year in each lane (components.event_counts):
    # thousands of marks, each with its hover text, freeze the browser, and nobody can read them anyway.
    max_marks: int = 2000
    # Past this many lanes the quietest ones share one lane at the bottom ("92 other counterparts"): a strip
    # of 104 counterparts was 5,000 pixels tall and took the browser seconds to draw. None: every lane.
    max_lanes: int | None = None


PAGE = TimelineStyle(slider=True)
COMPACT = TimelineStyle(row_px=22, font_size=11, labels=False, min_height=160, max_lanes=12)


def lane_lists(events: pd.DataFrame, lane: str, theme_labels: Mapping[str, str] | None,
               chosen: tuple[str, ...] = ()) -> list[list[str]]:
    """The swimlanes each event sits in: its country lane (entente.query.lane_country), each of its themes,
    or its type."""
    if lane == "theme":
        names: dict[str, str] = {}
        out = []
        for raw in events["themes"]:
            themes = list(raw) if isinstance(raw, (list, tuple)) else []
            out.append([names.setdefault(t, theme_name(t, theme_labels)) for t in themes] or ["No theme"])
        return out
    if lane == "type":
        return [[(t if isinstance(t, str) and t else "other").capitalize()] for t in events["type"]]
    people = events["participants"] if "participants" in events else [()] * len(events)
    codes = [lane_country(cs, c, chosen, ps) if isinstance(cs, (list, tuple)) and len(cs) > 2 or chosen else c
             for cs, c, ps in zip(events["countries"], events["counterpart"], people)]
    names = {c: country_name(c) for c in set(codes)}
    return [[names[c]] for c in codes]


def lane_order(names: Iterable[str], last: str | None = None) -> list[str]:
    """Lane names in drawing order: alphabetical, the lanes of the unplaced events last, then `last`."""
    return list(dict.fromkeys(sorted(names, key=lambda v: (v == last, v in LAST_LANES, v))))


def fold_lanes(lists: list[list[str]], keep: int | None, lane: str) -> tuple[list[list[str]], str | None]:
    """The lanes of each event with all but the `keep` - 1 busiest (most events, then by name) folded into one
    lane named for how many it holds, and that lane's name (None when nothing was folded).

    >>> fold_lanes([["Peru"], ["Chad"], ["Peru"], ["Oman"]], 2, "counterpart")
    ([['Peru'], ['2 other counterparts'], ['Peru'], ['2 other counterparts']], '2 other counterparts')
    """
    counts: dict[str, int] = {}
    for names in lists:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    if keep is None or len(counts) <= keep:
        return lists, None
    kept = set(sorted(counts, key=lambda n: (-counts[n], n))[:max(keep - 1, 0)])
    other = f"{len(counts) - len(kept)} other {OTHER_NOUNS.get(lane, 'lanes')}"
    return [list(dict.fromkeys(n if n in kept else other for n in names)) for names in lists], other


def tick_margin(ticktext: list[str], font_size: int) -> int:
    """Pixels of left margin the longest lane name needs (an estimate: ~0.6 em per character)."""
    longest = max((len(html.unescape(t)) for t in ticktext), default=0)
    return int(16 + longest * font_size * 0.6)
