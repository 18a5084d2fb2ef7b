"""The dates a text's headings give: a title that is a day, a programme's day headings and an itinerary's legs
under them, and the days a programme's or a report's header gives the gathering its title names."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Sequence

from entente.extract.event_dates import DateSpan, date_span
from entente.extract.event_dating import GATHERINGS, TIMED_LINE, TITLE_SENTENCES
from entente.extract.events import EventCluster
from entente.extract.mention import EventMention
from entente.extract.places import resolve_place
from entente.models import Timex


def title_day(title: str, date: dt.date | None) -> dt.date | None:
    """The day a document's title names ("Public Schedule – June 25, 2021"), if it names one."""
    from entente.extract.timex import extract_timexes

    if not title or not re.search(r"\d", title):
        return None
    for t in extract_timexes(title, date).timexes:
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            return dt.date.fromisoformat(t.value)
    return None


# An item of a list: "- Talks with ...", "• Meeting with ..."
ITEM = re.compile(r"[ \t]*[-–•*·][ \t]+\S")
# The place a leg's heading ends with: "...: Santiago de Chile", "MONDAY, 8 JUNE – NAIROBI – ADDIS ABABA" (a day's
# route: where it ends)
LEG_PLACE = re.compile(r"(?::|[ \t][–—-])[ \t]*(?P<place>[A-Z][^\n:–—]{1,50}?)[ \t]*$", re.M)


class DayHeadings:
    """A programme's day headings ("Day 2: Wednesday, 9 March 2005", "MONDAY, NOVEMBER 29 — Truman
    Building"): lines that open with a day's date. The clock times under one are on that day."""

    LEAD = re.compile(r"^[\s#*]*(?:(?i:day)\s+\d+\s*[:—–-]?\s*|[A-Z][\w ]{0,25}\(\s*)?$")

    def __init__(self, text: str, timexes: Sequence[Timex], *, default: dt.date | None = None) -> None:
        # a title that is a day ("Public Schedule – June 25, 2021") heads the whole text
        self.default = default is not None
        self.timexes = list(timexes)  # (in order of start)
        self.timex_starts = [t.start for t in self.timexes]
        self.starts: list[int] = [0] if default else []
        self.days: list[dt.date] = [default] if default else []
        for t in timexes:
            if t.type != "DATE" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
                continue
            line_start = text.rfind("\n", 0, t.start) + 1
            if self.LEAD.match(text[line_start:t.start]):
                self.starts.append(t.start)
                self.days.append(dt.date.fromisoformat(t.value))

    def day_at(self, offset: int) -> dt.date | None:
        k = bisect_right(self.starts, offset) - 1
        return self.days[k] if k >= 0 else None

    def fill(self, text: str, at: int, mentions: Sequence[EventMention]) -> None:
        r"""An itinerary's items, listed under a heading that gives a leg's days and place ("Monday, 6 March -
        Wednesday, 8 March: Santiago de Chile" over "- Talks with Foreign Minister X"), or its timed lines under a
        day's route ("MONDAY, 8 JUNE – NAIROBI – ADDIS ABABA" over "11:30  Bilateral talks with X"): an item's
        event that tells no day of its own is in those days, and no place of its own, in that (last) place.

        >>> from entente.extract.event_types import Trigger
        >>> text = "Monday, 6 March - Wednesday, 8 March: Lima\n- Talks with Foreign Minister Ana Ruiz"
        >>> days = [Timex(0, 15, "Monday, 6 March", "DATE", "1995-03-06"), Timex(18, 36, "Wednesday, 8 March", "DATE", "1995-03-08")]
        >>> heads = DayHeadings(text, days)
        >>> m = EventMention(Trigger(45, 50, "Talks", "meeting", True), (43, len(text)), "meeting")
        >>> heads.fill(text, 43, [m]); m.date, m.location.country
        (DateSpan(start='1995-03-06', end='1995-03-08', precision='day'), 'PE')
        """
        k = bisect_right(self.starts, at) - 1
        slot = bool(TIMED_LINE.match(text, at))  # "12:00  Arrive Addis Ababa Bole International Airport; ..."
        if k < 0 or (k == 0 and self.default) or not (ITEM.match(text, at) or slot):
            return
        head = self.starts[k]
        line_end = text.find("\n", head)
        line_end = len(text) if line_end < 0 else line_end
        nxt = bisect_right(self.timex_starts, head)
        after = self.timexes[nxt:nxt + 2]  # "- Wednesday, 8 March": the leg's last day
        end = next((t for t in after if t.start < line_end and t.type == "DATE" and len(t.value) == 10), None)
        place = LEG_PLACE.search(text, head, line_end)
        words = place.group("place").split() if place else []  # "Santiago de Chile": the longest start a gazetteer knows
        words = [w.title() if w.isupper() else w for w in words]  # "ADDIS ABABA", as a headline writes it
        where = next(filter(None, (resolve_place(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
        if slot and where is None:
            return  # a timed line under a day with no place: the programme's own reading stands
        for m in mentions if end or where else ():  # (a leg's heading, not a text's date line over its items)
            m.another = True  # each item its own event: "- Talks with X", "- Meeting with Y"
            if m.date is None:
                m.date = DateSpan(self.days[k].isoformat(), end.value if end else None, "day")
            if m.location is None and where and where[1] in {"city", "country"}:
                m.location, m.location_kind = where


HEADER_LINES = 10  # the lines a programme's or a report's header runs to, blank ones too


def date_under_title(clusters: Sequence[EventCluster], text: str, timexes: Sequence[Timex], dct: dt.date | None) -> None:
    r"""A gathering the title names and no sentence dates takes the date a line of the header gives alone, perhaps
    after its place ("Franco-British Defence Conference 2015 - Programme / ... / 4-5 November 2015", "Santiago de
    Chile, 22–23 April 1993"), above the text's first paragraph of prose.

    >>> from entente.extract.event_types import Trigger
    >>> from entente.extract.mention import EventMention
    >>> text = "Defence Conference - Programme\n\nRoyal Institute, London\n4-5 November 2015\n\nThis conference meets."
    >>> c = EventCluster([EventMention(Trigger(8, 18, "Conference", "conference", True), (0, 30), "conference", index=0)])
    >>> date_under_title([c], text, [Timex(56, 73, "4-5 November 2015", "DATE", "2015-11-04", "2015-11-05")], None)
    >>> c.date
    DateSpan(start='2015-11-04', end='2015-11-05', precision='day')
    """
    # (and a visit the title names: "State Visit of H.E. X to the Republic of Korea\n...\nSeoul, 14–16 October 2024";
    # not one leg of a tour it lists)
    undated = [c for c in clusters if c.date is None and min(m.index for m in c.mentions) <= TITLE_SENTENCES and
               (c.type in GATHERINGS or c.type == "visit" and not any(m.leg for m in c.mentions))]
    at, date = 0, None
    for _ in range(HEADER_LINES if undated else 0):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if re.search(r"[.!?]$", text[at:end].strip()) and len(text[at:end].split()) > 8:
            break  # prose: the header is over
        for t in (t for t in timexes if at <= t.start and t.end <= end and t.type == "DATE"):
            rest = text[at:t.start] + text[t.end:end]
            # the date, perhaps after its place; not the day the text was issued ("Office of the Spokesperson\nMay 3, 2021")
            if not re.search(r"\b[a-z]{4,}\b", rest) and len(rest.split()) <= 5 and (t.range_end or t.value != str(dct)):
                date = date_span(t, dct)
                break
        if date is not None or end >= len(text):
            break
        at = end + 1
    for c in undated if date is not None else ():
        c.date_from(date, "dated by the date under the title: no sentence gives this gathering its days")
