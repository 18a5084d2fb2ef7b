"""A wire story's dateline: the day it was written, which its relative dates count from."""

from __future__ import annotations

import datetime
import re

from entente.extract.timex.calendar_rules import day_number, month_number
from entente.extract.timex.patterns import DAY, MONTH, YEAR

# "WASHINGTON, August 11 (Xinhua) --": a dateline whose day has no year, at the very top of a story.
_SHORT_DATELINE = re.compile(
    rf"\A\s*[A-Z][A-Za-z .'’-]{{1,40}},\s+(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,\s*(?P<y>{YEAR}))?"
    r"\s*(?:\(|--|—|–|-|_)")


def dateline_day(text: str, dct: datetime.date) -> datetime.date | None:
    """The day a story's dateline names when it is a few days before the document date `dct`.

    Wire stories are dated when filed: "WASHINGTON, August 11 (Xinhua) --" in a story stamped
    12 August is written on the 11th, and its "Tuesday" and "yesterday" count from the 11th.
    """
    m = _SHORT_DATELINE.match(text[:200])
    if not m:
        return None
    month, day = month_number(m.group("m")), day_number(m.group("d"))
    for year in ((int(m.group("y")),) if m.group("y") else (dct.year, dct.year - 1)):
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            return None
        if 0 <= (dct - found).days <= 7:
            return found
    return None
