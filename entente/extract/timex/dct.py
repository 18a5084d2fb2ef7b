"""Finds a document's own date near its top: datelines, release headers, conference headers."""

from __future__ import annotations

import datetime
import re

from entente.extract.timex import extract_timexes  # the header is read with the same rules

# A date of another calendar a news agency's dateline gives first: "Riyadh, Safar 22, 1422, May 16, 2001, SPA --"
OTHER_CALENDAR_DAY = r"[A-Z][\w'-]+(?: [a-z]+-?[A-Z][\w'-]+)? \d{1,2}, \d{4}, "
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'’()/-]{1,60},\s*(?:" + OTHER_CALENDAR_DAY + r")?$")
# After a dateline's date: the dash, or the agency's letters first ("..., November 4, 2030, KUNA --")
_DATELINE_END = re.compile(r"\s*(?:,\s*[A-Z]{2,8}\s*)?(?:[-–—]|\()")


def find_document_date(text: str, *, header_lines: int = 15) -> datetime.date | None:
    """The date a document declares about itself, or None when it declares none.

    Looks only at the top: a dateline ("WASHINGTON, June 10, 2010 —"), a line that is a date
    ("December 20, 1999" over "IMMEDIATE RELEASE"), a short header line with a date or a range
    ("Dubai, United Arab Emirates • 8-9 October 2009" → its first day).

    >>> find_document_date("Title\\n\\nKuwait City, Rajab 10, 1452, November 4, 2030, KUNA -- The Minister received ...")
    datetime.date(2030, 11, 4)
    """
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            lines.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
        if len(lines) >= header_lines:
            break
    best: tuple[int, datetime.date] | None = None
    for rank, (offset, line) in enumerate(lines):
        found = [t for t in extract_timexes(line, None).timexes if t.type == "DATE"
                 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value)]
        if not found:
            dotted = _dotted_day(line)
            if dotted is not None and (best is None or 100 + rank < best[0]):
                best = (100 + rank, dotted)  # a line opening on the day, as a line that is a date
            continue
        t = found[0]
        before = line[:t.start]
        stripped = re.sub(r"[\W_]+", " ", line).strip()
        if _DATELINE.match(before) and _DATELINE_END.match(line, t.end):
            score = 0  # dateline
        elif len(stripped) <= len(re.sub(r"[\W_]+", " ", t.text).strip()) + 12:
            score = 1  # a line that is a date
        elif len(line) <= 120:
            score = 2  # a short header line holding a date
        else:
            continue
        candidate = (score * 100 + rank, datetime.date.fromisoformat(t.value))
        if best is None or candidate < best:
            best = candidate
    return best[1] if best else None


# "11.03.2019 - Press release": day, month and year in figures with full stops, as European offices write them
DOTTED_DAY = re.compile(r"^\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})\b")


def _dotted_day(line: str) -> datetime.date | None:
    """The day a header line opens on in figures with full stops (day first), or None.

    >>> _dotted_day("11.03.2019 - Press release"), _dotted_day("31.02.2019"), _dotted_day("Version 1.2.2019")
    (datetime.date(2019, 3, 11), None, None)
    """
    found = DOTTED_DAY.match(line)
    if found is None:
        return None
    try:
        return datetime.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
