"""Finds a document's own date near its top: datelines, release headers, conference headers."""

from __future__ import annotations

import datetime
import re

from entente.extract.timex import extract_timexes  # the header is read with the same rules

_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'’()/-]{1,60},\s*$")


def find_document_date(text: str, *, header_lines: int = 15) -> datetime.date | None:
    """The date a document declares about itself, or None when it declares none.

    Looks only at the top: a dateline ("WASHINGTON, June 10, 2010 —"), a line that is a date
    ("December 20, 1999" over "IMMEDIATE RELEASE"), a short header line with a date or a range
    ("Dubai, United Arab Emirates • 8-9 October 2009" → its first day).
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
            continue
        t = found[0]
        before = line[:t.start]
        stripped = re.sub(r"[\W_]+", " ", line).strip()
        if _DATELINE.match(before) and re.match(r"\s*(?:[-–—]|\()", line[t.end:]):
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
