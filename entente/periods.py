"""The calendar span an ISO date cut to its precision covers ("2010-03" is 1–31 March 2010)."""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
_DECADE = re.compile(r"^(?P<decade>\d{3})$")


def period_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by an ISO value: "2010-06-10", "2010-03", "2010", "198" (the 1980s),
    or a TIMEX3 time "2009-10-08T09:30". None for unresolved values such as "XXXX-03" or "PAST_REF".

    >>> period_bounds("2010-03")
    (datetime.date(2010, 3, 1), datetime.date(2010, 3, 31))
    """
    if not value:
        return None
    decade = _DECADE.match(value)
    if decade:
        first = int(decade["decade"]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    match = _ISO.match(value)
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            month = int(match["month"])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def event_bounds(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    """First day of `start` and last day of `end` (or of `start` when the event is a single point)."""
    first = period_bounds(start)
    last = period_bounds(end) or first
    return (first[0] if first else None, last[1] if last else None)
