"""Event dates: a date or range cut to its precision, read from a timex value ("2005-SP", "2013-W10",
"2016-06-21TAF") or from the words beside it ("on 9 and 10 November"), and a day stretched by a stated
length ("concluded today a three-day visit")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from entente.models import Timex

PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "decade": 0}
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})$")
# Seasons, halves and quarters of a year (TimeML values "2005-SP", "1999-H2", "2031-Q1"): first and last month
YEAR_PARTS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2), "H1": (1, 6), "H2": (7, 12),
              "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
PART_OF_YEAR = re.compile(r"^(\d{4})-(SP|SU|FA|WI|H1|H2|Q1|Q2|Q3|Q4)$")


@dataclass(frozen=True)
class DateSpan:
    """A date or range cut to its precision: start "2010-03", end None, precision "month"."""

    start: str
    end: str | None
    precision: str

    def bounds(self) -> tuple[dt.date, dt.date]:
        return _bounds(self.start)[0], _bounds(self.end or self.start)[1]

    def overlaps(self, other: DateSpan) -> bool:
        a0, a1 = self.bounds()
        b0, b1 = other.bounds()
        return a0 <= b1 and b0 <= a1

    def inside(self, other: DateSpan | None) -> bool:
        """Whether this span lies inside `other` and is not all of it: "May 7-9" of "May 7-14"."""
        return other is not None and self != other and other.bounds()[0] <= self.bounds()[0] and \
            self.bounds()[1] <= other.bounds()[1]

    def one_day_of(self, other: DateSpan | None) -> bool:
        """Whether this span is one day of the several of `other`: "June 9" of "June 9-10"."""
        return self.precision == "day" and self.end is None and other is not None and other.end is not None and \
            self.inside(other)


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    day = value[:10]
    if len(day) == 10:
        d = dt.date.fromisoformat(day)
        return d, d
    if len(day) == 7:
        y, m = int(day[:4]), int(day[5:7])
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    if len(day) == 4:
        return dt.date(int(day), 1, 1), dt.date(int(day), 12, 31)
    return dt.date(int(day) * 10, 1, 1), dt.date(int(day) * 10 + 9, 12, 31)


PART_OF_DAY = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)$")
DATE_VALUE = re.compile(r"^(\d{3}|\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?)$")


def date_span(timex: Timex, dct: dt.date | None, day: dt.date | None = None) -> DateSpan | None:
    """The event date a DATE/TIME timex gives, or None for "currently", "the future". A clock time
    under a programme's day heading is on that `day`; "in the coming months" is the document's year.

    >>> date_span(Timex(0, 17, "the coming months", "DURATION", "PXM"), dt.date(2021, 7, 16))
    DateSpan(start='2021', end=None, precision='year')
    >>> [date_span(Timex(0, 5, t, "TIME", v), dt.date(1996, 7, 9), dt.date(1996, 7, 9)).start for t, v in
    ...  (("10:00", "1996-07-09T10:00"), ("that evening", "1996-07-15TEV"))]
    ['1996-07-09T10:00', '1996-07-15']
    """
    value = timex.value
    if day is not None and timex.type == "TIME" and "T" in value and (re.search(r"T\d", value) or day != dct):
        # (a part of a day, "On Monday, July 15, ... that evening", under a line giving the document's own date
        # rather than a programme's day, is the day the sentence named)
        value = f"{day.isoformat()}T{value.split('T', 1)[1]}"
    value = PART_OF_DAY.sub("", value)  # "that afternoon" (2016-06-21TAF) is on its day
    if value == "PRESENT_REF" and dct and timex.text.lower() in {"today", "now", "this morning"}:
        value = dct.isoformat()
    part = PART_OF_YEAR.match(value) if timex.type == "DATE" else None
    if part:  # "spring 2005", "the second half of 1999", "the first quarter of 2031": those months
        year, first, last = int(part.group(1)), *YEAR_PARTS[part.group(2)]
        end_year = year + (last < first)
        return DateSpan(f"{year}-{first:02d}", f"{end_year}-{last:02d}", "month")
    week = WEEK_VALUE.match(value) if timex.type == "DATE" else None
    if week:  # "last week": the days of that ISO week
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return DateSpan(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week")
    if timex.type == "DURATION" and dct and COMING.match(timex.text) and value in {"PXW", "PXM"}:
        # "will meet in the coming weeks / months": planned, within the document's month / year
        return DateSpan(dct.isoformat()[:7] if value == "PXW" else str(dct.year), None,
                        "month" if value == "PXW" else "year")
    if not DATE_VALUE.match(value) or timex.type not in {"DATE", "TIME"}:
        return None
    precision = {3: "decade", 4: "year", 7: "month"}.get(len(value), "day")
    end = timex.range_end if timex.range_end and DATE_VALUE.match(timex.range_end) else None
    return DateSpan(value, end, precision)


COMING = re.compile(r"(?i)(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?:weeks|months)$")
FIRST_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$")


def with_first_day(before: str, ds: DateSpan | None) -> DateSpan | None:
    """ "on 9 and 10 November 1998": the day before "and" opens the span the date engine read as the 10th."""
    found = FIRST_DAY.search(before)
    if ds is None or found is None or ds.precision != "day" or ds.end or len(ds.start) != 10:
        return ds
    first = int(found.group(1))
    if not 1 <= first < int(ds.start[8:10]):
        return ds
    return DateSpan(f"{ds.start[:8]}{first:02d}", ds.start, "day")


LAST_DAY = re.compile(r"\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[%:.,]\d|percent|per\s+cent|million|billion|thousand|"
                      r"hundred|people|persons|of\b|[A-Z][a-z]))")


def with_last_day(text: str, end: int, ds: DateSpan | None) -> tuple[DateSpan | None, int]:
    """ "on April 14 and 15": the day after "and" closes the span the date engine read as the 14th; with where the
    pair ends (`end` when there is none).

    >>> with_last_day("on April 14 and 15 she will meet", 11, DateSpan("2031-04-14", None, "day"))
    (DateSpan(start='2031-04-14', end='2031-04-15', precision='day'), 18)
    >>> with_last_day("on April 14 and 15 people died", 11, DateSpan("2031-04-14", None, "day"))[0].end is None
    True
    """
    found = LAST_DAY.match(text, end)
    if ds is None or found is None or ds.precision != "day" or ds.end or len(ds.start) != 10 or not text[end - 1:end].isdigit():
        return ds, end
    last = int(found.group(1))
    if not int(ds.start[8:10]) < last <= 31:
        return ds, end
    return DateSpan(ds.start, f"{ds.start[:8]}{last:02d}", "day"), found.end()


def first_of_pair(text: str, start: int, end: int, starts: list[int]) -> bool:
    """Whether a day is the first of a pair the next date opens a span with ("on Thursday 6 and Friday 7 May":
    the span 6-7 May is the second's, by `with_first_day`), so no date of its own.

    >>> s = "on Thursday 6 and Friday 7 May 2027"; first_of_pair(s, 3, 13, [3, 18])
    True
    """
    return any(re.fullmatch(r"\s+(?:and|&)\s+", text[end:u]) and FIRST_DAY.search(text, max(0, u - 12), u)
               for u in starts if u > end)


# The verb before a day says which way a stated length runs from it: "which began on 22 April" (on), "concluded
# today" (back); with neither, the sentence's verbs say it.
ONWARD = re.compile(r"(?i)\b(?:will|begin|began|begins|open|opened|opens|start|starts|started|kick\w*|arriv\w*|commenc\w*)\b")
# "returned to Washington on Saturday after a two-day visit": the days before that one
RETURNED = re.compile(r"(?i)\breturn(?:s|ed|ing)?\b")
ENDING = r"\b(?:conclud\w*|end|ended|ends|wrap\w*|complet\w*|clos\w*)\b"
BACKWARD = re.compile(ENDING, re.I)
BACKWARD_AFTER = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?" + ENDING, re.I)  # the verb right after the day: "on Thursday (26/10) concluded"


def range_from_duration(text: str, span: tuple[int, int], timexes: list[Timex], date: DateSpan) -> DateSpan:
    """ "wrapped up a four-day session ... today" -> the four days ending today; "arrived on Monday for a
    three-day visit", "will open a two-day session" -> the days from then on; "concluded today a three-day
    visit, which began on Wednesday" -> the days ending today.

    >>> t = "He concluded today a three-day visit, which began on Wednesday."
    >>> x = [Timex(13, 18, "today", "DATE", "2015-04-24"), Timex(20, 29, "three-day", "DURATION", "P3D")]
    >>> range_from_duration(t, (0, len(t)), x, DateSpan("2015-04-24", None, "day"))
    DateSpan(start='2015-04-22', end='2015-04-24', precision='day')
    >>> t = "The Minister on Thursday (26/10) concluded a three-day visit, which began on Tuesday (24/10)."
    >>> x = [Timex(16, 24, "Thursday", "DATE", "2017-10-26"), Timex(45, 54, "three-day", "DURATION", "P3D")]
    >>> range_from_duration(t, (0, len(t)), x, DateSpan("2017-10-26", None, "day"))
    DateSpan(start='2017-10-24', end='2017-10-26', precision='day')
    >>> t = "William Perry returned to Washington on Saturday after a two-day visit to Kazakhstan."
    >>> x = [Timex(37, 48, "on Saturday", "DATE", "1995-04-08"), Timex(57, 66, "two-day", "DURATION", "P2D")]
    >>> range_from_duration(t, (0, len(t)), x, DateSpan("1995-04-08", None, "day"))
    DateSpan(start='1995-04-06', end='1995-04-07', precision='day')
    """
    if date.precision != "day" or date.end:
        return date
    s0, sentence = span[0], text[span[0]:span[1]]
    for t in timexes:
        m = re.fullmatch(r"P(\d+)D", t.value) if t.type == "DURATION" else None
        if m and 1 < int(m.group(1)) <= 14:
            n = int(m.group(1)) - 1
            day = dt.date.fromisoformat(date.start[:10])
            at = next((u for u in timexes if u.value[:10] == date.start[:10]), None)
            lead = text[max(s0, at.start - 30):at.start] if at is not None else ""
            # "on Thursday (26/10) concluded a visit": the verb after any mention of that day
            verb = any(BACKWARD_AFTER.match(text, u.end) for u in timexes if u.value[:10] == date.start[:10])
            if RETURNED.search(lead):
                day -= dt.timedelta(days=1)
            elif not BACKWARD.search(lead) and not verb and ONWARD.search(sentence):  # the lead is part of the sentence
                return DateSpan(day.isoformat(), (day + dt.timedelta(days=n)).isoformat(), "day")
            return DateSpan((day - dt.timedelta(days=n)).isoformat(), day.isoformat(), "day")
    return date


def date_line(text: str, t: Timex, dct: dt.date | None) -> bool:
    r"""Whether a date stands alone on its line and is the document's own ("Office of the Spokesperson\nMarch 1,
    2031"): the day it was issued, which dates no event the heading above it names.

    >>> text = "Travel to Ghana\nOffice of the Spokesperson\nMarch 1, 2031\n\nBody."
    >>> at = text.index("March")
    >>> date_line(text, Timex(at, at + 13, "March 1, 2031", "DATE", "2031-03-01"), dt.date(2031, 3, 1))
    True
    >>> date_line(text, Timex(at, at + 13, "March 1, 2031", "DATE", "2031-03-01"), dt.date(2031, 3, 5))
    False
    """
    if dct is None or not t.value.startswith(dct.isoformat()) or len(t.value) != 10 or t.range_end:  # (a range: the days held)
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return bool(re.fullmatch(r"(?:[A-Z][a-z]+,?\s+)?" + re.escape(text[t.start:t.end]) + r"[.,]?", line))


# A flight's number is no year: "Arrival at Berlin Tegel Airport (LH 2046 from Frankfurt)", "on flight BA 2030"
FLIGHT = re.compile(r"(?:\(|\b(?i:flights?|on)\s+)[A-Z][A-Z0-9][^\S\n]?$")
