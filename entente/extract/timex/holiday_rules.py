"""Rules for holidays: fixed days (Christmas), nth weekdays (Thanksgiving), days counted from Easter
(Good Friday), Easter week; the year is the one written, else the one the tense points to."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import iso_week, nth_weekday
from entente.extract.timex.calendar_rules import resolve_year
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.lexicon import (
    EASTER_HOLIDAYS, EASTER_WEEKS, FIXED_HOLIDAYS, MONTHS, WEEKDAY_HOLIDAYS, WEEKDAYS, alternation, cased,
)
from entente.extract.timex.patterns import YEAR

_HOLIDAYS: dict[str, tuple[int, ...]] = {**FIXED_HOLIDAYS, **WEEKDAY_HOLIDAYS, "election day": (11, 2, 1)}
# A capitalised word after a holiday that is not a date's part makes the holiday part of a name.
_NAME_GOES_ON = re.compile(rf"\s+(?!(?:{cased(WEEKDAYS)}|{cased(MONTHS)})\b)[A-Z][a-z]")
_NAMES = alternation([*_HOLIDAYS, *EASTER_HOLIDAYS, *EASTER_WEEKS]).replace("'", "['’]")


def easter_sunday(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm).

    >>> easter_sunday(2000), easter_sunday(2013)
    (datetime.date(2000, 4, 23), datetime.date(2013, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@rule(rf"(?P<h>(?i:{_NAMES}))\b(?:,?\s+(?P<y>{YEAR}))?", priority=4)
def holiday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Christmas · New Year's Day 2000 · Thanksgiving Day → the fourth Thursday of November ·
    Good Friday → two days before Easter · Easter week 2000 → 2000-W16."""
    if not m.group("h")[0].isupper():
        return None
    if not m.group("y") and _NAME_GOES_ON.match(ctx.text, m.end()):
        ctx.rejected.append((m.start(), m.end()))  # nor is its "Friday" a day
        return None  # the Good Friday Agreement, Easter Island, the Easter Rising: a name, not a day
    name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")
    if name in EASTER_HOLIDAYS or name in EASTER_WEEKS:
        offset = 0 if name in EASTER_WEEKS else EASTER_HOLIDAYS[name]
        near = easter_sunday(ctx.dct.year) + dt.timedelta(days=offset) if ctx.dct else None
        year = int(m.group("y")) if m.group("y") else \
            resolve_year(ctx, m, None, near.month, near.day) if near else None
        if year is None:
            return Candidate(m.start(), m.end(), "DATE", "XXXX-WXX" if name in EASTER_WEEKS else "XXXX-XX-XX",
                             priority=4)
        easter = easter_sunday(year)
        if name in EASTER_WEEKS:
            return Candidate(m.start(), m.end(), "DATE", iso_week(easter), priority=4, takes_the=True)
        day = easter + dt.timedelta(days=offset)
        return Candidate(m.start(), m.end(), "DATE", day.isoformat(), priority=4)
    if name == "election day":  # the Tuesday after the first Monday of November
        year_ = int(m.group("y")) if m.group("y") else resolve_year(ctx, m, None, 11, 5)
        if year_ is None:
            return Candidate(m.start(), m.end(), "DATE", "XXXX-11-XX", priority=4)
        return Candidate(m.start(), m.end(), "DATE",
                         (nth_weekday(year_, 11, 1, 1) + dt.timedelta(days=1)).isoformat(), priority=4)
    rule_ = _HOLIDAYS[name]
    month = rule_[0]
    if m.group("y"):
        year_written: int | None = int(m.group("y"))
    else:
        year_written = resolve_year(ctx, m, None, month, 28 if len(rule_) == 3 else rule_[1])
    if year_written is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX-XX-XX", priority=4)
    day = nth_weekday(year_written, *rule_) if len(rule_) == 3 \
        else dt.date(year_written, month, rule_[1])  # type: ignore[arg-type]
    return Candidate(m.start(), m.end(), "DATE", day.isoformat(), priority=4)
