"""A transcript's head: its speakers over a place line ("Antony J. Blinken, Secretary of State / Ramallah, West
Bank") say where they were on the day it was published; a broadcast interview's title makes it no meeting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Sequence

from entente.extract.countries import country_code, find_sides
from entente.extract.event_dates import DateSpan
from entente.extract.event_types import Trigger, find_triggers
from entente.extract.headlines import heading_line
from entente.extract.mention import EventMention
from entente.extract.names import surname
from entente.extract.offices import TITLE_KEYWORDS
from entente.extract.people import PersonMention
from entente.extract.place_lines import find_place_line
from entente.models import Document


# A broadcast interview's title: "Secretary X On ABC’s This Week with Martha Raddatz", "Interview With Y of
# Al Jazeera": the journalist is no counterpart, the interview no meeting
BROADCAST = re.compile(r"\b(?:On|With)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s\s+[A-Z]|\bInterview\b")


# "Secretary X With Chris Wallace of Fox News Sunday", "with Osman Ayfarah of Al Jazeera": a name, then its
# outlet (an office before "of" is a minister's: "with Indian Minister of External Affairs Y")
WITH_NAME_OF = re.compile(r"\b[Ww]ith\s+(?P<name>(?:[A-Z][\w’'.-]+\s+(?:and\s+)?){1,6})of\s+(?P<outlet>[A-Z][\w’'.-]*)")


def _interview(title: str) -> bool:
    """Whether a title is a broadcast interview's: a show's name, or an interviewer (a name, no office) with
    an outlet that is no country.

    >>> _interview("Secretary Quill With Tom Reyes of Radio One"), _interview("Quill with Maltese Minister of Energy Vella")
    (True, False)
    """
    if BROADCAST.search(title):
        return True
    found = WITH_NAME_OF.search(title)
    return found is not None and not TITLE_KEYWORDS.search(found.group("name")) and \
        not find_sides(found.group("outlet")) and not country_code(found.group("outlet"))


def _heading(text: str, before: int) -> str:
    r"""A text's first line when it is a heading above its place line.

    >>> _heading("Secretary Quill With Tom Reyes of Radio One\n\nAda Quill, Secretary of State\n\nRome, Italy", 70)
    'Secretary Quill With Tom Reyes of Radio One'
    """
    first = heading_line(text)
    return first if first and text.find(first) + len(first) <= before else ""


def header_mention(document: Document, text: str, people: list[PersonMention],
                    date: dt.date | None) -> EventMention | None:
    """A transcript's header: speakers' lines, then the place ("Antony J. Blinken, Secretary of State /
    Ramallah, West Bank"): the speakers were there on the day it was published. A broadcast interview's
    is no event (the journalist is no counterpart), except the visit of speakers who give it abroad."""
    place = find_place_line(text)
    if place is None or date is None:
        return None
    speakers = [i for i, p in enumerate(people) if p.end <= place.start and not p.short]
    if not speakers:
        return None
    title = document.title or _heading(text, place.start)
    seen = {people[i].name for i in speakers}
    for i, p in enumerate(people):  # "X and Costa Rican President Y Before Their Meeting": Y takes part too
        if not p.short and p.name not in seen and len(surname(p.name)) > 2 and surname(p.name) in title:
            seen.add(p.name)
            speakers.append(i)
    triggers = [t for t in find_triggers(title) if t.strong and t.type != "call"]
    kind = triggers[0].type if triggers else "statement"
    if _interview(title):  # ... but one given abroad was given on a visit there
        speakers = [i for i in speakers if people[i].side and place.location and people[i].side != place.location.country]
        if not speakers:
            return None
        kind = "visit"
    trigger = Trigger(place.start, place.end, document.title or place.text, kind, True)
    return EventMention(trigger, (0, place.end), kind, DateSpan(date.isoformat(), None, "day"),
                        place.location, place.kind, people=[(i, None if kind == "visit" else "speaker") for i in speakers],
                        index=-1)


BYLINE = re.compile(r"[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){0,4}[A-Z][\w’'-]*,[ \t]+[A-Z]")


def header_mentions(header: EventMention | None, people: Sequence[PersonMention], text: str) -> list[EventMention]:
    r"""A transcript's header, and, when its place is abroad for some of its speakers ("Antony J. Blinken, Secretary
    of State / New Delhi, India"), their visit there that day: a remark datelined abroad was made on a visit.

    >>> from entente.models import Location
    >>> text, people = "Ada Quill, Secretary of State\n\nNew Delhi, India", [PersonMention("Ada Quill", 0, 9, side="US")]
    >>> header = EventMention(Trigger(31, 47, "New Delhi", "statement", True), (0, 47), "statement",
    ...                       location=Location("New Delhi", "IN"), location_kind="city", people=[(0, "speaker")])
    >>> [(m.type, m.people) for m in header_mentions(header, people, text)]
    [('statement', [(0, 'speaker')]), ('visit', [(0, None)])]
    """
    if header is None:
        return []
    there = header.location.country if header.location else None
    # (speakers on lines of their own, "Name, Office": not people a headline names)
    away = [(i, None) for i, _ in header.people if there and people[i].side and people[i].side != there and
            BYLINE.match(text, text.rfind("\n", 0, max(people[i].start, 0)) + 1)]
    if not away or header.type == "visit" or people[header.people[0][0]].side == there:  # (the first at home: guests'
        # remarks in Washington, or a media note's headline over a "Washington, DC" line, tell no visit)
        return [header]
    return [header, replace(header, trigger=replace(header.trigger, type="visit"), type="visit", people=away)]


def speakers_visit(mentions: list[EventMention], header: EventMention | None,
                   people: Sequence[PersonMention]) -> None:
    """In a transcript, "your visit", "this first visit" with no visitor named is the visit of the speakers
    who are away from home: at a place line in Jerusalem, the U.S. speakers; in Washington, the guests. It
    was under way on the transcript's day.

    >>> from entente.models import Location
    >>> people = [PersonMention("Ada Quill", 0, 9, side="US"), PersonMention("Ivo Ray", 10, 17, side="IL")]
    >>> header = EventMention(Trigger(20, 29, "Jerusalem", "meeting", True), (0, 29), "meeting",
    ...                       location=Location("Jerusalem", "IL"), location_kind="city", people=[(0, None), (1, None)])
    >>> visit = EventMention(Trigger(40, 45, "visit", "visit", True), (30, 60), "visit")
    >>> speakers_visit([visit], header, people); [people[i].name for i, _ in visit.people], visit.location.name
    (['Ada Quill'], 'Jerusalem')
    """
    if header is None or header.location is None:
        return
    for m in mentions:
        if m.type != "visit" or m.people or m.trigger.text.lower() not in {"visit", "visits"}:
            continue
        there = m.location.country if m.location else header.location.country
        m.people = [(i, None) for i, _ in header.people if people[i].side and people[i].side != there]
        if m.people and m.location is None:
            m.location, m.location_kind = header.location, header.location_kind
        if m.people and m.date is None:
            m.date = header.date  # under way on the day the speakers were there


def transcript_heads(document: Document, text: str, people: list[PersonMention], date: dt.date | None,
                     mentions: list[EventMention]) -> list[EventMention]:
    """A transcript's header mentions (`header_mention`, `header_mentions`), its speakers given to the "your visit"
    of its text's `mentions` (`speakers_visit`)."""
    header = header_mention(document, text, people, date)
    speakers_visit(mentions, header, people)
    return header_mentions(header, people, text)
