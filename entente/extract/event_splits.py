"""One mention told as several events: a trip to a list of places is one visit per place, a meeting
with the counterparts of several countries one meeting with each, "and separately with Y" a second
meeting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any, Sequence

from entente.extract.countries import country_names, demonyms, find_sides
from entente.extract.event_dates import date_span
from entente.extract.people import PersonMention
from entente.extract.mention import EventMention
from entente.extract.places import PlaceMention
from entente.models import Location, Timex

# ... perhaps with a part of the country: "to northeast Syria", "in southern Lebanon"
COMPASS = (r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest|north-east|north-west|"
           r"south-east|south-west)(?:ern)?\s+)?")
LOCATIVE = re.compile(r"\b(?:in|at|to|visit(?:ed|ing|s)?|arrived|from|inside|near|stop\s+(?:is|was|will\s+be))\s+"
                      r"(?:the\s+|a\s+|an\s+)?" + COMPASS + "$", re.IGNORECASE)

SEPARATELY = re.compile(r"\b(?:and\s+)?(?:then\s+)?separately\s+(?:with\s+)?")


def separately(text: str, m: EventMention, people: Sequence[PersonMention]) -> list[EventMention]:
    """"will meet with Minister X and separately with Adviser Y", "spoke separately with X and Y" are two meetings
    or calls: the people named before the trigger take part in both."""
    found = SEPARATELY.search(text, m.trigger.end, m.sentence[1]) if m.type in {"meeting", "call"} else None
    if found is None and m.type in {"meeting", "call"} and \
            re.search(r"\bseparately\b", text[max(m.sentence[0], m.trigger.start - 20):m.trigger.end]):
        # "spoke separately today with Minister X and Minister Y": one event with each of those named after
        before = [(i, r) for i, r in m.people if people[i].start < m.trigger.start]
        after = [(i, r) for i, r in m.people if people[i].start >= m.trigger.end]
        if len(after) < 2:
            return [m]
        return [replace(m, people=before + [one], sides=set(m.sides), another=k > 0, apart=k > 0)
                for k, one in enumerate(after)]
    if found is None:
        return [m]
    both = [(i, r) for i, r in m.people if people[i].start < m.trigger.start]
    first = [(i, r) for i, r in m.people if m.trigger.start <= people[i].start < found.start()]
    second = [(i, r) for i, r in m.people if people[i].start >= found.end()]
    if not first or not second:
        return [m]
    return [replace(m, people=both + first, sides=set(m.sides)),
            replace(m, people=both + second, sides=set(m.sides), another=True, apart=True)]


# "... and will be received by", "..., and then call on": a second verb phrase of the sentence's subject
# ... perhaps with its subject again as a pronoun: "is to be received by X, and she will hold talks with Y"
AND_THEN = re.compile(r"(?:,\s*)?\band\s+(?:(?:he|she|they)\s+)?(?:will\s+|would\s+|is\s+to\s+|to\s+)?(?:then\s+|also\s+|later\s+){0,2}$")


# ... or an office the first calls on, whoever holds it: "will call on the President of Egypt and will meet X"
OFFICE_OBJECT = re.compile(r"\s+(?:on\s+|with\s+)?the\s+(?:[A-Z][\w-]*\s+){0,3}?(?:President|Prime\s+Minister|King|Emir|Amir|"
                           r"Chancellor|Speaker|Minister|Secretary|Governor|Mayor|Chair(?:man|person)?)\b")


def conjoined(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """"will hold talks with his counterpart X and will be received by Prime Minister Y": a meeting or call
    told by a second verb phrase joined by "and", naming someone the first does not (and the first naming
    someone it does not, or an office: "will call on the President and will meet X"), is a second event of its
    sentence.

    >>> from entente.extract.event_types import Trigger
    >>> text = "She will hold talks with X and will be received by Y."
    >>> a = EventMention(Trigger(9, 19, "hold talks", "meeting", True), (0, 52), "meeting", people=[(0, None), (1, None)])
    >>> b = EventMention(Trigger(31, 47, "will be received", "meeting", True), (0, 52), "meeting", people=[(0, None), (2, None)])
    >>> [m.apart for m in conjoined(text, [a, b])]
    [False, True]
    """
    for k, m in enumerate(mentions):
        if m.type not in {"meeting", "call"} or not m.trigger.strong:
            continue
        for r in mentions[:k]:
            mine, theirs = {i for i, _ in m.people}, {i for i, _ in r.people}
            joint = AND_THEN.search(text, r.trigger.end, m.trigger.start)
            if r.type in {"meeting", "call"} and r.sentence == m.sentence and mine - theirs and joint and \
                    (theirs - mine or OFFICE_OBJECT.match(text, r.trigger.end, joint.start())):
                m.apart = m.another = True
                break
    return mentions


# Between two places of one list: a comma, a semicolon ("Tbilisi, Georgia; Baku, Azerbaijan") or "and", perhaps after the first leg's dates ("New Delhi
# Sept. 24-26 and to Singapore"), never a verb or another clause.
LIST_GAP = re.compile(r"^(?:,?\s+(?:on\s+|from\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?\d[\d–-]*(?:\s+[A-Z][a-z]{2,8}\.?)?(?:,?\s+\d{4})?|"
                      r"\s+\((?:[A-Z][a-z]{2,8}\.?\s+)?\d[\d\s–-]*(?:[A-Z][a-z]{2,8}\.?)?\))?"  # "Korea (21–23 May) and Japan"
                      r"(?:[,;]\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:then\s+)?(?:on\s+)?(?:to\s+)?(?:the\s+)?$")


def legs(text: str, m: EventMention, places: list[PlaceMention], timexes: Sequence[Timex],
          dct: dt.date | None) -> list[EventMention]:
    """A trip to a list of places is one visit per place: "travel to Belgium, Turkey, and Indonesia",
    "led a delegation to Hanoi and Jakarta". Places listed right after the trigger, one leg each, in
    the order given; a single place leaves the mention as it is."""
    if m.type != "visit":
        return [m]
    after = [p for p in places if p.start >= m.trigger.start]
    run: list[PlaceMention] = []
    last = 0  # where the run's last place ends, with its bracketed short form: "China (PRC)"
    for p in after:
        if not run:
            if not LOCATIVE.search(text[max(m.sentence[0], p.start - 30):p.start]) and \
                    not m.trigger.text.lower().endswith("to"):
                continue
            run, last = [p], p.end
        elif text[last:p.start].strip() == "(" and text[p.end:p.end + 1] == ")":
            last = p.end + 1  # "the People’s Republic of China (PRC)": one place
        elif LIST_GAP.match(text[last:p.start]) and not (p.text in demonyms() and p.text not in country_names() and
                                                          re.match(r" [A-Z][a-z]", text[p.end:p.end + 3])):
            run.append(p)  # (not "arrival in Lima, the Korean Foreign Minister": a nationality is no leg)
            last = p.end
        else:
            break
    # a city then its country ("Geneva, Switzerland") is one place
    legs: list[PlaceMention] = []
    for p in run:
        if legs and p.kind == "country" and legs[-1].location.country == p.location.country:
            continue
        legs.append(p)
    if len(legs) < 2:
        return [m]
    # a leg's own dates stand between its place and the next one: "to New Delhi Sept. 24-26 and to Singapore Sept. 27";
    # dates after the last place only are the whole trip's: "to Asuncion; Panama City; and San Salvador, June 27-30"
    stops = [p.start for p in legs[1:]] + [m.sentence[1]]
    own = [[d for t in timexes if p.end <= t.start < stop and (d := date_span(t, dct))] for p, stop in zip(legs, stops)]
    trip = (m.date or own[-1][0]) if own[-1] and not any(own[:-1]) else None
    return [_held_at(m, p.location, p.kind, date=trip or (dates[0] if dates else m.date), leg=not dates)
            for p, dates in zip(legs, own)]


# "meet with counterparts representing Belgium, the EU, and NATO", "officials from Kenya and Uganda"
REPRESENTING = re.compile(r"\b(?:counterparts|officials|representatives|leaders|ministers|delegations)\s+"
                          r"(?:representing|from|of)\s+(?P<list>[^.;:]{3,160})")


def per_party(text: str, m: EventMention) -> list[EventMention]:
    """A meeting with the counterparts of several countries or organisations listed one after another
    is one meeting with each: "will meet with foreign counterparts representing Belgium, the EU, and NATO".

    The list must follow the trigger and hold only sides joined by commas and "and"."""
    if m.type not in {"meeting", "call"}:
        return [m]
    found = REPRESENTING.search(text, m.trigger.end, m.sentence[1])
    if found is None:
        return [m]
    listed = find_sides(found.group("list"))
    run = [listed[0]] if listed and not found.group("list")[:listed[0].start].strip(" the") else []
    for prev, cur in zip(listed, listed[1:]):
        if not run or prev is not run[-1] or not LIST_GAP.match(found.group("list")[prev.end:cur.start]):
            break
        run.append(cur)
    codes = list(dict.fromkeys(c.code for c in run))
    if len(codes) < 2:
        return [m]
    return [replace(m, sides=set(m.sides) | {code}, parties=[code], people=list(m.people)) for code in codes]


# "met with A and B; with C, as well as D; and with E": each group after its own "with"
WITH_AGAIN = re.compile(r"(?:;|,)\s*(?:and\s+|as\s+well\s+as\s+)?with\s+")


def per_with(text: str, m: EventMention, people: Sequence[PersonMention]) -> list[EventMention]:
    """A meeting told as groups of people of different countries, each after its own "with", is one meeting
    with each: "The delegation met with Paraguayan President X and Foreign Minister Y; with Panamanian
    President Z; and with Salvadoran President W". The people before the trigger take part in each. One
    "with" for all ("a trilateral meeting with A and B") stays one meeting."""
    if m.type not in {"meeting", "call"}:
        return [m]
    cuts = [x.start() for x in WITH_AGAIN.finditer(text, m.trigger.end, m.sentence[1])]
    if not cuts:
        return [m]
    bounds = [m.trigger.end, *cuts, m.sentence[1]]
    before = [(i, r) for i, r in m.people if people[i].start < m.trigger.start]
    groups = [[(i, r) for i, r in m.people if a <= people[i].start < b] for a, b in zip(bounds, bounds[1:])]
    sides = [{people[i].side for i, _ in g if people[i].side} for g in groups]
    if not all(len(s) == 1 for s in sides) or len(set().union(*sides)) != len(groups):
        return [m]
    return [replace(m, people=before + g, sides={people[i].side for i, _ in before + g if people[i].side},
                    place_hint=m.place_hint or next(iter(side)), another=k > 0, apart=k > 0, one_of=True)
            for k, (g, side) in enumerate(zip(groups, sides))]


# "will meet with senior officials in the three countries", "... of the four countries", "in each capital": the legs
# of the trip told before
EACH_LEG = re.compile(r"\b(?:in|of|from)\s+(?:the|all|these|each\s+of\s+the)\s+(?P<n>two|three|four|five|six|both)\s+"
                      r"(?:countries|capitals|nations)\b|\bin\s+each\s+(?:country|capital)\b", re.I)
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def per_leg(text: str, mentions: list[EventMention]) -> list[EventMention]:
    """A meeting a trip's release sets in each of its countries is one meeting in each: "Special Envoy X will travel
    to Ethiopia, Kenya and the United Arab Emirates ... He will meet with senior officials in the three countries".
    The count, when given, must be the number of countries the trip's legs went to before it."""
    out: list[EventMention] = []
    legs: dict[str, EventMention] = {}  # country -> its first leg
    for m in mentions:
        if m.type == "visit" and m.location is not None and m.location.country:
            legs.setdefault(m.location.country, m)
        found = EACH_LEG.search(text, m.trigger.end, m.sentence[1]) if m.type == "meeting" and m.location is None else None
        if found is None or len(legs) < 2 or (found.group("n") and COUNTS[found.group("n").lower()] != len(legs)):
            out.append(m)
            continue
        out += [_held_at(m, leg.location, leg.location_kind, date=m.date or leg.date, another=True) for leg in legs.values()]
    return out


# "In Armenia and Azerbaijan, the Assistant Secretary will meet with government leaders": a meeting in each
PLACES_FIRST = re.compile(r"\s*(?:In|While\s+in)\s+(?P<list>[^,;.]{3,80}?\s+and\s+[^,;.]{3,40}?),\s")


def per_place(text: str, m: EventMention, places: Sequence[PlaceMention]) -> list[EventMention]:
    """A meeting after an opening "In A and B," of two or more countries is one meeting in each."""
    found = PLACES_FIRST.match(text, m.sentence[0]) if m.type == "meeting" else None
    if found is None or m.trigger.start < found.end():
        return [m]
    listed = [p for p in places if found.start("list") <= p.start and p.end <= found.end("list") and p.kind == "country"]
    gaps = [text[a.end:b.start] for a, b in zip(listed, listed[1:])]
    if len(listed) < 2 or not all(re.fullmatch(r",?\s+(?:and\s+)?|,\s*", g) for g in gaps) or \
            text[found.start("list"):listed[0].start].strip(" the") or text[listed[-1].end:found.end("list")].strip():
        return [m]
    return [_held_at(m, p.location, p.kind, another=k > 0) for k, p in enumerate(listed)]


def _held_at(m: EventMention, location: Location | None, kind: str | None, **changes: Any) -> EventMention:
    """A copy of a mention held at one of its places, with people and sides of its own (the copies change apart)."""
    return replace(m, location=location, location_kind=kind, sides=set(m.sides), people=list(m.people), **changes)
