"""Rules for weeks named by a day or a count: the week of March 4, the week ending Friday, the first week of
April, the week before last. Each is a week-precision DATE (2013-W10): the ISO week it names."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from entente.extract.timex.anchor import iso_week, likely_weekday
from entente.extract.timex.calendar_rules import (
    checked_date, day_number, month_number, resolve_year, weekday_number,
)
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.patterns import DAY, MONTH, WEEKDAY, YEAR, YEAR_SEP

I = "(?i:{})".format  # case-insensitive piece of an otherwise case-sensitive pattern

# How a week is tied to the day that names it, and which end of the week that day is.
WEEK_LINKS: dict[str, str] = {
    "of": "inside", "ending": "end", "ended": "end", "ends": "end", "to": "end", "through": "end",
    "beginning": "start", "starting": "start", "begins": "start", "starts": "start", "from": "start",
    "commencing": "start",
}
_LINK = I("|".join(sorted(WEEK_LINKS, key=len, reverse=True)))
# Which of a month's weeks an ordinal names: the week holding the month's nth Thursday (ISO 8601 puts a
# week in the month that holds its Thursday); "last" and "final" hold the month's last Thursday.
WEEK_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
_ORDINAL = I("|".join(WEEK_ORDINALS))


@rule(rf"(?P<the>{I('the')}\s+)?(?P<week>{I('week')})\s+(?P<link>{_LINK})\s+(?:{I('on')}\s+)?"
      rf"(?P<wd>{WEEKDAY})?(?:(?(wd),?\s+|)"
      rf"(?:(?P<m1>{MONTH})\s*(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?:{I('of')}\s+)?(?P<m2>{MONTH})))?"
      rf"(?:{YEAR_SEP}(?P<y>{YEAR}))?", priority=6)
def week_of_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the week of March 6 → 2000-W10 (the ISO week holding the day) · the week of 4 March 2013 ·
    the week ending Friday · in the week to March 8 · the week beginning Monday, March 18."""
    if not (m.group("m1") or m.group("m2") or m.group("wd")):
        return None
    if not m.group("the") and not m.group("week")[0].isupper():
        return None  # "by a week to March 8", "a week from Friday": an offset, not the week of the day
    end_of = WEEK_LINKS[m.group("link").lower()]
    if m.group("m1") or m.group("m2"):
        month = month_number(m.group("m1") or m.group("m2"))
        day_of_month = day_number(m.group("d1") or m.group("d2"))
        year = resolve_year(ctx, m, m.group("y"), month, day_of_month)
        value = checked_date(ctx, year, month, day_of_month, m)
        if value is None:
            return None
        if year is None:
            return Candidate(m.start(), m.end(), "DATE", "XXXX-WXX", priority=6)
        day = dt.date.fromisoformat(value)
    elif ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX-WXX", priority=6)
    else:
        day = likely_weekday(ctx.dct, weekday_number(m.group("wd")), *ctx.tense(m.start(), m.end()))
    if end_of == "start" and day.isoweekday() == 7:
        day += dt.timedelta(days=1)  # a week that begins on a Sunday is mostly the ISO week after it
    return Candidate(m.start(), m.end(), "DATE", iso_week(day), priority=6)


@rule(rf"(?P<the>{I('the')}\s+)?(?P<o>{_ORDINAL})\s+{I('week')}\s+{I('of')}\s+"
      rf"(?:(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?|(?P<rel>{I('this|last|next')})\s+{I('month')})\b", priority=6)
def nth_week_of_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the first week of April → 2013-W14 · the last week of February 2013 → 2013-W09 ·
    the second week of next month."""
    n = WEEK_ORDINALS[m.group("o").lower()]
    if m.group("m"):
        month = month_number(m.group("m"))
        if m.group("m").lower() in ("may", "march") and not m.group("y") \
                and ctx.pos_at(m.start("m")) in ("AUX", "VERB"):
            return None
        year = resolve_year(ctx, m, m.group("y"), month, 7 * n - 3 if n > 0 else 25)
    elif ctx.dct is None:
        year = None
    else:
        step = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
        index = ctx.dct.year * 12 + ctx.dct.month - 1 + step
        year, month = index // 12, index % 12 + 1
    if year is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX-WXX", priority=6)
    return Candidate(m.start(), m.end(), "DATE", iso_week(nth_thursday(year, month, n)), priority=6)


def nth_thursday(year: int, month: int, n: int) -> dt.date:
    """The month's nth Thursday (n = -1: its last), the day that places a week in a month.

    >>> nth_thursday(2013, 4, 1), nth_thursday(2013, 2, -1)
    (datetime.date(2013, 4, 4), datetime.date(2013, 2, 28))
    """
    thursdays = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
                 if dt.date(year, month, d).isoweekday() == 4]
    return dt.date(year, month, thursdays[n if n < 0 else min(n, len(thursdays)) - 1])


@rule(rf"(?P<the>{I('the')}\s+)?{I('week')}\s+(?P<x>{I('before')}\s+{I('last')}|{I('after')}\s+{I('next')})\b",
      priority=6)
def week_two_away(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the week before last → the ISO week two before the document's · the week after next → two after."""
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", "PAST_REF" if "before" in m.group("x").lower() else "FUTURE_REF",
                         priority=6)
    weeks = -2 if m.group("x").lower().startswith("before") else 2
    return Candidate(m.start(), m.end(), "DATE", iso_week(ctx.dct + dt.timedelta(weeks=weeks)), priority=6)
