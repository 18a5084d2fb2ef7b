"""Dates people type (in the app's filters and corrections), read with dateparser, offline and in English.

A typed date keeps the precision it was typed with, written as the contract writes dates: `"2010-06-10"`,
`"2010-06"`, `"2010"`.
"""

from __future__ import annotations

import datetime as dt
import re

# English only: no language detection (dateparser would otherwise try every language it knows, and a
# detector it may load), no time zones; a date without a year or a day is taken from the past.
_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_CUT = {"year": 4, "month": 7}


def parse_user_date(text: str | None, *, today: dt.date | None = None) -> str | None:
    """A typed date as ISO 8601 cut to what was typed, or None when it is not a date.

    `today` anchors relative dates ("last week", "yesterday") and years left out ("10 June").

    >>> parse_user_date("10 June 2010"), parse_user_date("June 2010"), parse_user_date("2010")
    ('2010-06-10', '2010-06', '2010')
    >>> parse_user_date("6/10/2010"), parse_user_date("2010-06-10")
    ('2010-06-10', '2010-06-10')
    >>> parse_user_date("yesterday", today=dt.date(2010, 6, 11))
    '2010-06-10'
    >>> parse_user_date("not a date") is None
    True
    """
    if not text or not text.strip() or len(text) > 100:
        return None
    year = _YEAR.match(text)
    if year:  # dateparser reads a bare "2010" as a day of this year's month
        return year.group(1)
    from dateparser.date import DateDataParser  # loaded only when someone types a date

    base = dt.datetime.combine(today or dt.date.today(), dt.time())
    parser = DateDataParser(languages=["en"], settings={**_SETTINGS, "RELATIVE_BASE": base})
    found = parser.get_date_data(text.strip())
    if found is None or found.date_obj is None:
        return None
    iso = found.date_obj.date().isoformat()
    return iso[:_CUT.get(found.period or "day", 10)]
