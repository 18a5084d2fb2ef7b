"""What one trigger in a sentence says: its kind, date, place and people (built in event_mentions.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from entente.extract.event_dates import DateSpan
from entente.extract.event_types import Trigger
from entente.models import Location


@dataclass
class EventMention:
    """One trigger and what stands nearest to it in its sentence."""

    trigger: Trigger
    sentence: tuple[int, int]
    type: str
    date: DateSpan | None = None
    location: Location | None = None
    location_kind: str | None = None
    place_hint: str | None = None  # a country from "the Pakistan session": matching only, not a location
    people: list[tuple[int, str | None]] = field(default_factory=list)  # (person mention index, role)
    countries: list[str] = field(default_factory=list)
    clause: str | None = None  # for legislation milestones: "passed the U.S. Senate"
    index: int = 0  # the sentence's number in the document, for how far back "the meetings" can reach
    paragraph: int = 0  # the paragraph's number: "They then signed ..." goes on from an event of its own paragraph
    sides: set[str] = field(default_factory=set)  # sides its people state ("Polish Foreign Minister X")
    slot: bool = False  # a programme's time slot ("0930-1230 hrs Plenary session"): an event of its own
    parties: list[str] = field(default_factory=list)  # sides the sentence makes its authors ("The Troika ...")
    part: str | None = None  # the part of a gathering its sentence names: "session ii", "opening session"
    anaphoric: bool = False  # its sentence opens on "It" or "They": it goes on about the event in focus
    another: bool = False  # "she will also meet with ...": one more event of its kind, not the last one again
    definite: bool = False  # "the dialogue": a gathering named again by its noun
    day_after: int = 0  # "The following day, X hosted ...": 1, the day after the event told before ("Two days later": 2)
    same_day: bool = False  # "In the afternoon he met ...": on the day of the event told before, another event
    signed_entry: bool = False  # "1. Protocol on X - signed by A and B;": one instrument of a list, a signing of its own
    lead_in: bool = False  # its sentence ends on a colon: the list after it tells the parts of its event
    aside: bool = False  # "On the margins of the Council, X met Y": held at a gathering the sentence names no trigger of
    purpose: bool = False  # "travel to A, B and C to engage with leaders": a trip's aim, which takes in no other sentence
    on_trip: bool = False  # "During their trip to El Salvador, X will meet Y": beside a visit, whose host is a party
    name_words: frozenset[str] = frozenset()  # a body's own name words: "strategic" of "Strategic Dialogue"
    later: bool = False  # "the next Strategic Dialogue in 2028": another instance of a gathering than the one told
    agreed: bool = False  # "agreed to convene the Commission in November": what the sides agreed to do later
    earlier: bool = False  # "The previous round was held last year in Tokyo": one before the one told
    joint: bool = False  # "The two sides agreed to meet": its sides are those of the event told before
    one_of: bool = False  # one of "met with A, and with B": the other sides its sentence names are the others'
    leg: bool = False  # one stop of "a trip to Vietnam, Singapore and India", dated as the trip's start or not at all
    apart: bool = False  # "... and separately with Y": a second event of its sentence, never the first one
    hosts_gathering: bool = False  # "co-hosted the second Partnership ministerial": the host of the gathering itself
    group: str | None = None  # "met with civil society and business leaders": people of no government, no party
    tense: str | None = None  # the tense of the verb that reports it ("will meet": future), from the parse
