"""A text's own place lines: its dateline ("WASHINGTON, June 10, 2010 — ...") and a transcript's place line under
its speakers ("Ramallah, West Bank", a city alone): where the text was issued or spoken."""

from __future__ import annotations

import re

from entente.extract.places import PlaceMention, resolve_place
from entente.extract.timex.dct import OTHER_CALENDAR_DAY

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.\-' ]{1,40}?(?:, [A-Z][A-Za-z.' ]{1,30})?)\s*(?:,|—|–|-)\s*"
    r"(?:" + OTHER_CALENDAR_DAY + r")?"  # a date in another calendar first: "Safar 22, 1422, "
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|—|"
    r"\d{1,2}/\d{1,2}/\d{2,4}\s*[–—-]\s|"  # an agency's "Rabat, 03/04/2008 – The Minister ..."
    # ... a wire's city in capitals, then the day first: "DILI, 22 August 2016 — The Minister" (not a report's venue
    # line, "Madrid, 12 July 2011", which names where it met)
    r"(?<=[A-Z]{3}, )\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\s*[–—-]\s)",
    re.MULTILINE,
)
PLACE_LINE = re.compile(r"^(?P<place>[A-Z][\w.'’ -]{1,40}, [A-Z][\w.'’ -]{1,40})\s*$", re.MULTILINE)


# A city alone on a line of a transcript's head: "Jerusalem"
CITY_LINE = re.compile(r"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})[ \t]*$", re.MULTILINE)


def find_place_line(text: str) -> PlaceMention | None:
    r"""A transcript's place line under its speakers: "Ramallah, West Bank", "Brussels, Belgium", or a
    city alone ("Jerusalem") before the first speaker's turn.

    >>> find_place_line("Ada Quill, Secretary of State\n\nJerusalem\n\nForeign Ministry\n\nMINISTER X:  Hello.").text
    'Jerusalem'
    """
    for match in PLACE_LINE.finditer(text[:800]):
        resolved = resolve_place(match.group("place"))
        if resolved and resolved[1] != "country":
            return PlaceMention(match.start("place"), match.end("place"), match.group("place"), *resolved)
    turn = re.search(r"^[A-Z][A-Z.’' -]{2,40}:", text[:800], re.MULTILINE)
    for match in CITY_LINE.finditer(text, 0, turn.start() if turn else 0):
        resolved = resolve_place(match.group("place"))
        if match.start() > 0 and resolved and resolved[1] == "city":
            return PlaceMention(match.start("place"), match.end("place"), match.group("place"), *resolved)
    return None


def find_dateline(text: str) -> PlaceMention | None:
    """Where a release was issued, from its dateline or a place line near the top.

    Matches "WASHINGTON, June 10, 2010 — ..." and a transcript's "Kangerlussuaq, Greenland" line.

    >>> find_dateline("Title\\n\\nRiyadh, Safar 22, 1422, May 16, 2001, SPA -- The Minister").location
    Location(name='Riyadh', country='SA')
    >>> find_dateline("Title\\n\\nRabat, 03/04/2008 – The Minister of Foreign Affairs received").location
    Location(name='Rabat', country='MA')
    >>> find_dateline("Title\\n\\nDILI, 22 August 2016 — The Minister").location, find_dateline("T\\n\\nMadrid, 12 July 2011 — The")
    (Location(name='Dili', country='TL'), None)
    """
    head = text[:1500]
    for pattern in (DATELINE, PLACE_LINE):
        for match in pattern.finditer(head):
            raw = match.group("place").strip()
            resolved = resolve_place(raw.title() if raw.isupper() else raw)
            if resolved:
                location, kind = resolved
                if pattern is PLACE_LINE and kind == "country":
                    continue
                return PlaceMention(match.start("place"), match.end("place"), raw, location, kind)
    return None
