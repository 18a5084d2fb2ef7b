"""Discourse memory: anaphoric expressions ("that year", "the following month") resolved against the last
date the text mentioned, the reference time, instead of the document date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from entente.extract.timex.anchor import at_granularity, nearest_weekday, shift
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.lexicon import PARTS_OF_DAY, UNITS
from entente.extract.timex.patterns import WEEKDAY

# How far back (in characters) a mentioned date still anchors an anaphor; beyond it the document date does.
REFERENCE_REACH = 1500

# Units from finest to coarsest; an anaphor finer than its reference cannot be placed exactly.
_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 4}
_POINT = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|W(?P<w>\d{1,2})|"
                    r"(?:SP|SU|FA|WI|H[12])))?(?:T.*)?$")


def reference_point(value: str) -> tuple[dt.date, str] | None:
    """The day and precision a value stands for: '1998-06' → (1998-06-01, 'M'); None for
    durations, sets, PRESENT_REF and values with unknown parts ("XXXX-10")."""
    m = _POINT.match(value)
    if not m:
        return None
    year = int(m.group("y"))
    try:
        if m.group("d"):
            return dt.date(year, int(m.group("m")), int(m.group("d"))), "D"
        if m.group("m"):
            return dt.date(year, int(m.group("m")), 1), "M"
        if m.group("q"):
            return dt.date(year, 3 * int(m.group("q")) - 2, 1), "Q"
        if m.group("w"):
            return dt.date.fromisocalendar(year, int(m.group("w")), 1), "W"
    except ValueError:
        return None
    return dt.date(year, 1, 1), "Y"


def anaphor_value(ref: tuple[dt.date, str], step: int, unit: str, suffix: str = "") -> str | None:
    """The value of "that <unit>" (step 0), "the following <unit>" (1), "the previous <unit>" (-1).

    A same-unit or coarser anaphor is exact ("that year" after "June 1998" → 1998); "that day" after
    "last October" keeps what is known (1998-10-XX); "the next day" after a month cannot be placed (None).
    """
    day, precision = ref
    if unit == "WD":  # "the following Monday": the weekday (in `suffix`) after or before the day mentioned
        if precision != "D":
            return None
        gap = (int(suffix) - day.isoweekday()) % 7 or 7
        return (day + dt.timedelta(days=gap if step > 0 else gap - 7)).isoformat()
    if _RANK[unit] >= _RANK[precision]:
        return at_granularity(shift(day, step, unit), unit) + suffix
    if step != 0:
        return None
    known = at_granularity(day, precision) if precision in ("Y", "M") else None
    if known is None:
        return None
    if unit == "D":
        return known + ("-XX" if precision == "M" else "-XX-XX") + suffix
    if unit == "M" and precision == "Y":
        return known + "-XX"
    return None


def resolve_anaphora(chosen: Iterable[Candidate]) -> None:
    """Walks the expressions in text order keeping the reference time, and rewrites each anaphor's
    value against it; an anaphor with no reference within reach keeps its document-date value."""
    ref: tuple[dt.date, str] | None = None
    ref_end = 0
    for c in chosen:
        if c.anaphor is not None:
            if ref is not None and c.start - ref_end <= REFERENCE_REACH:
                value = anaphor_value(ref, *c.anaphor)
                if value is not None:
                    c.value = value
            point = reference_point(c.value)
        elif c.type in ("DATE", "TIME"):
            point = reference_point(c.value)
        else:
            continue
        if point is not None:
            ref, ref_end = point, c.end


# --- anaphoric expressions (the rules live beside the memory that resolves them) ------------------

_ANAPHOR_UNITS = r"day|week|month|year|quarter|morning|afternoon|evening|night"


def _anaphor(m: re.Match[str], ctx: Context, step: int) -> Candidate | None:
    """A candidate for an anaphor of `step` units, valued against the document date until the
    discourse pass finds the date it points back to."""
    word = m.group("u").lower()
    part = PARTS_OF_DAY.get(word)
    unit = "D" if part else UNITS[word]
    suffix = f"T{part}" if part else ""
    if ctx.dct is None:
        value = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[step] if not part else f"XXXX-XX-XX{suffix}"
    else:
        value = at_granularity(shift(ctx.dct, step, unit), unit) + suffix
    return Candidate(m.start(), m.end(), "TIME" if part else "DATE", value, priority=4, takes_mod="point",
                     anaphor=(step, unit, suffix))


@rule(rf"(?:(?i:earlier|later)\s+)?(?i:that|that\s+same|the\s+same|the\s+very\s+same)\s+"
      rf"(?P<u>(?i:{_ANAPHOR_UNITS}))\b(?![-‐])", priority=4)
def that_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """that year · later that year · earlier that day · the same day · that same month · that night."""
    return _anaphor(m, ctx, 0)


@rule(r"(?i:the)\s+(?P<rel>(?i:next|following|previous|preceding|prior))\s+"
      r"(?P<u>(?i:day|morning|afternoon|evening|night))\b(?![-‐s])", priority=4)
def next_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the next day · the following morning · the previous night · the preceding day."""
    return _anaphor(m, ctx, 1 if m.group("rel").lower() in ("next", "following") else -1)


@rule(rf"(?i:the)\s+(?P<rel>(?i:next|following|previous|preceding|prior))\s+(?P<wd>{WEEKDAY})", priority=4)
def next_weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the following Monday · the previous Friday: the weekday after or before the day last mentioned
    ("down 4.5% from the previous Friday" in a report on Friday's close is the Friday a week earlier)."""
    from entente.extract.timex.calendar_rules import weekday_number

    step = 1 if m.group("rel").lower() in ("next", "following") else -1
    wd = weekday_number(m.group("wd"))
    if ctx.dct is None:
        value = f"XXXX-WXX-{wd}"
    else:
        base = ctx.dct + dt.timedelta(days=step)
        value = nearest_weekday(base, wd, "future" if step > 0 else "past").isoformat()
    return Candidate(m.start(), m.end(), "DATE", value, priority=4, takes_mod="point", anaphor=(step, "WD", str(wd)))
