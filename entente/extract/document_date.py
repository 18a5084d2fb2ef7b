"""A document's own date: the day it was published or filed, which its relative dates are read against."""

from __future__ import annotations

import datetime as dt
import re

from entente.models import Document
from entente.publish_day import iso_date


def document_date(document: Document, dct: str | None) -> tuple[dt.date | None, list[str]]:
    """The document's own date and the warnings it gives: the publisher's day of its `published` stamp, or the
    dateline's day near it, else a date its first lines give, else `dct`."""
    from entente.extract.timex.dct import find_document_date

    dateline = dateline_day(document.text)
    for value in (document.published,):
        if value:
            day = iso_date(value)  # a timestamp is read in the publisher's time zone: 01:46 UTC is yesterday in Washington
            if day is None:
                continue
            published = dt.date.fromisoformat(day)
            # "ASTANA, May 7, 2021 —" is the day where it was filed: it wins over a publishing stamp
            # taken in another time zone (or a day later)
            if dateline and abs((dateline - published).days) <= DATELINE_REACH_DAYS:
                return dateline, []
            return published, []
    found = find_document_date(document.text)
    if found:
        return found, []
    if dct:
        return dt.date.fromisoformat(dct[:10]), []
    return None, ["no document date found: relative dates stay unresolved"]


DATELINE_REACH_DAYS = 3
DATELINE_LINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'’ ()/,-]{1,60}?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|"
                           r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*(?:[—–]|--?)", re.M)


def dateline_day(text: str) -> dt.date | None:
    """The day of a dateline in the first lines ("WASHINGTON, Sept. 14, 1994 -"), if there is one."""
    from entente.extract.timex.dct import find_document_date

    found = DATELINE_LINE.search(text, 0, min(len(text), 1500))
    if found is None:
        return None
    line_end = text.find("\n", found.start())
    return find_document_date(text[found.start():line_end if line_end >= 0 else len(text)])
