"""Events of one document: mentions grouped into events, with dates, places, participants, evidence."""

from __future__ import annotations

import datetime as dt
import re
from bisect import insort
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Sequence

from entente.extract.event_dates import PRECISION_RANK, DateSpan
from entente.extract.mention import EventMention
from entente.extract.event_roles import ROLE_RANK
from entente.extract.event_types import compatible_types, stronger_type
from entente.extract.told_places import moved_on, next_stop, same_trip
from entente.models import HOME, Location
LOCATION_RANK = {"site": 3, "city": 2, "country": 1, None: 0}
ESCORTS = re.compile(r"(?i)accompan|join")  # a weak trigger of one who travels with another


@dataclass
class EventCluster:
    """Mentions taken to be one real-world event, in document order."""

    mentions: list[EventMention] = field(default_factory=list)
    participants: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # name -> (side, role)
    name: str | None = None
    title: str | None = None
    children_of: str | None = None
    extra_roles: list[tuple[str, str | None, str]] = field(default_factory=list)
    # the event told just before, which this one goes on from ("The two sides also signed a letter ..."):
    # its sides are this one's when this one names none
    context: EventCluster | None = None
    sides_from: EventCluster | None = None  # "The parties agreed to meet again": the sides of the event before
    home: str = HOME  # the publisher's country: its officials take part in every event, which makes none the same
    pair: tuple[str, ...] = ()  # when the publisher is unknown, the two sides the document is between

    def __post_init__(self) -> None:
        self._type: str | None = None
        self._date: DateSpan | None = None
        self._date_rank: tuple[int, bool, bool] = (0, False, False)
        self.sides: set[str] = set()
        self.parties: list[str] = []
        self.date_note: str | None = None
        self.part: str | None = None
        self.implied: DateSpan | None = None  # the day of the event in focus when this undated one was told
        for m in self.mentions:
            self._absorb(m)

    def add(self, m: EventMention) -> None:
        self.mentions.append(m)
        self._absorb(m)

    def _absorb(self, m: EventMention) -> None:
        # Kept up to date per mention so that grouping stays linear in the number of mentions.
        self.sides |= m.sides
        if self.part is None and len(self.mentions) <= 1:
            self.part = m.part
        self.parties += [p for p in m.parties if p not in self.parties]
        if m.trigger.strong:
            self._type = m.type if self._type is None else stronger_type(self._type, m.type)
        # the most precise date, a range over a day; and of a trip's leg, the days of the mention that names its
        # place ("goes on to Montevideo on August 22") over the whole trip's ("will visit three countries August 20-25")
        rank = (PRECISION_RANK[m.date.precision], m.type == "visit" and m.location is not None,
                m.date.end is not None) if m.date else None
        if rank and (self._date is None or rank > self._date_rank or (rank == self._date_rank and rank[1] and m.date.inside(self._date))):
            self._date, self._date_rank = m.date, rank  # ... and a leg's days within the trip's ("in Kathmandu May 7-9")

    @property
    def type(self) -> str:
        return self._type or (self.mentions[0].type if self.mentions else "other")

    @property
    def date(self) -> DateSpan | None:
        return self._date

    def absorb(self, other: EventCluster) -> None:
        """Take in another cluster's mentions and people, keeping this one's type and date."""
        kind, date, rank = self._type, self._date, self._date_rank
        for m in other.mentions:
            self.add(m)
        self._type, self._date = kind or self._type, date or self._date
        self._date_rank = rank if date else self._date_rank
        for name, (side, role) in other.participants.items():
            self.add_participant(name, side, role)

    def date_from(self, date: DateSpan, note: str) -> None:
        """Date an event whose mentions give none, saying where the date comes from."""
        self._date, self.date_note = date, note
        self._date_rank = (PRECISION_RANK[date.precision], False, date.end is not None)

    @property
    def location_kind(self) -> str | None:
        best = max(self.mentions, key=lambda m: LOCATION_RANK[m.location_kind if m.location else None])
        return best.location_kind if best.location else None

    @property
    def location(self) -> Location | None:
        best = max(self.mentions, key=lambda m: LOCATION_RANK[m.location_kind if m.location else None])
        return best.location

    def country_hint(self) -> str | None:
        loc = self.location
        if loc:
            return loc.country
        return next((m.place_hint for m in self.mentions if m.place_hint), None)

    def add_participant(self, name: str, side: str | None, role: str | None) -> None:
        old_side, old_role = self.participants.get(name, (None, None))
        keep = role if ROLE_RANK[role] < ROLE_RANK[old_role] else old_role
        self.participants[name] = (old_side or side, keep)


def _compatible(cluster: EventCluster, m: EventMention) -> bool:
    if not compatible_types(cluster.type, m.type) or cluster.children_of:
        return False
    if (m.type == "statement" and m.parties) != any(x.type == "statement" and x.parties for x in cluster.mentions):
        return False  # "The following statement was released by the Governments of A and B": a release of its own
    if (m.another or m.type == "other") and m.type in {"meeting", "call", "dialogue", "conference", "summit", "agreement", "other"} and \
            all(x.sentence != m.sentence for x in cluster.mentions) and any(x.index or x.date or x.people for x in cluster.mentions):
        return False  # "In Jakarta, she will meet X. She will also meet with Y", "also co-chaired the Dialogue", exercises: two
        # (a title naming no one and no day, "United States and Georgia Sign Memorandum", is what the text then tells)
    if m.date is not None and all(x.date is None for x in cluster.mentions) and \
            any(x.another or (m.type != x.type and (x.same_day or x.day_after)) for x in cluster.mentions):
        # "She also met X.", "Earlier in the day, she met X. She will co-chair the Committee in September": dated by
        # their context, not by the next sentence's date (unless it tells the same kind of event again)
        return False
    if m.date is not None and cluster.date is None and cluster.implied is not None and \
            m.date.bounds()[1] < cluster.implied.bounds()[0] and all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # "They held a press conference. They welcomed the first round, held on 5-7 September": the
        # press conference was told of the day in focus, not of the round recalled after it
    if m.date is not None and m.tense in PAST and all(x.date is None and x.tense == "future" for x in cluster.mentions):
        return False  # "In Tashkent, she will meet X. In March 2018, Uzbekistan hosted a conference in Tashkent": two
    if m.date is not None and m.tense == "future" and cluster.date is not None and cluster.date.precision == "day" and \
            PRECISION_RANK[m.date.precision] < PRECISION_RANK["day"] and all(x.tense in PAST for x in cluster.mentions if x.tense):
        return False  # "X received Y yesterday. ... the Joint Commission will hold in Nairobi later this year": two
    if _other_counterparts(cluster.sides, m.sides, cluster.home, cluster.pair) and cluster.type not in GATHERED:
        return False  # two calls on one day with Poland's and Oman's ministers are two events (a gathering has all sides)
    if (m.group is not None) != any(x.group for x in cluster.mentions):
        return False  # "She met the Minister. She also met with civil society leaders": a meeting of another kind
    if m.apart and any(x.sentence == m.sentence for x in cluster.mentions):
        return False  # "will meet with X and separately with Y": two meetings
    if any(x.purpose for x in cluster.mentions) and all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # a trip's aim ("to engage with leaders") is met leg by leg in the sentences after
    if m.aside and all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # "On the margins of the Council, she met X": a meeting of its own, not the last event
    if (m.date or m.type in {"dialogue", "conference", "summit"}) and cluster.date is None and \
            any(x.aside for x in cluster.mentions) and all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # ... dated by the gathering it was held at, and no gathering itself
    if (m.later and all(x.sentence != m.sentence and not x.later for x in cluster.mentions)) or \
            (m.earlier and all(x.sentence != m.sentence and not x.earlier for x in cluster.mentions)):
        return False  # "agreed to convene the next Dialogue in 2028", "the previous round": not the one reported
    if m.agreed and all(x.sentence != m.sentence and x.tense in PAST for x in cluster.mentions):
        return False  # "She met X in Belmopan. They agreed to convene the Commission in November": not that meeting
    if m.name_words and _other_body(cluster, m):
        return False  # "the Strategic Dialogue" and "the Security Working Group" are two bodies
    if m.same_day and m.type in {"meeting", "call"} and cluster.type in {"meeting", "call", "dialogue"} and \
            all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # "He met the Minister. Later that day, he called on the President": a second meeting
    if m.same_day and cluster.date is not None and cluster.date.precision != "day":
        return False  # "They agreed to convene the Commission in 2016. The same afternoon, she called on X": not in 2016
    if _audience_at_gathering(cluster, m):
        return False  # "X and Merkel before their meeting" and "the conference on Libya" Merkel speaks of: two events
    if m.trigger.start == m.sentence[0] and PART_NOUN.match(m.trigger.text) and cluster.type not in GATHERED and \
            all(x.sentence != m.sentence for x in cluster.mentions):  # "Session one was chaired by X" after a
        return False  # recalled meeting: a session of a gathering, not of that meeting
    if m.signed_entry and m.people and any(x.signed_entry and x.people for x in cluster.mentions):
        return False  # "1. Protocol ... - signed by A and B; 2. Memorandum ... - signed by C and D": two signings
    if m.slot and all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # each time slot of a programme is its own event
    if m.date and cluster.type in GATHERED and not m.hosts_gathering and (RECEIVING.search(m.trigger.text) or (
            m.type == "meeting" and m.trigger.strong and m.people and m.date.one_day_of(cluster.date) and
            all(x.sentence != m.sentence for x in cluster.mentions))):
        return False  # "the Minister received the U.S. delegation" during a dialogue, "On June 9, X met with Y" during the
        # talks of June 9-10: a meeting of its own (not "co-hosted the Partnership ministerial", the gathering's host)
    if m.date and cluster.date is None and m.type in {"statement", "announcement"} and \
            cluster.type not in {"statement", "announcement"}:
        return False  # "the Joint Statement on June 16" gives no date to the dialogue it led to
    if cluster.type in {"statement", "announcement"} and m.type not in {"statement", "announcement"} and \
            all(x.sentence != m.sentence for x in cluster.mentions):
        return False  # "The following is the text of a joint statement": the release, not the dialogue it reports
    if m.trigger.strong and m.part != cluster.part and not (m.anaphoric and m.part is None and m.date is None) and \
            not (cluster.type == "meeting" and cluster.part is None and (m.part or "").split()[0] in FORMATS):
        return False  # "Session II" and "Session III" of one dialogue, and the dialogue itself, are three events (not
        # "the plenary session" of talks "held in a restricted and then in a plenary format": the talks' own)
    if SESSION.search(m.trigger.text) and m.date and cluster.date and cluster.date.end and m.date != cluster.date:
        return False  # "the opening session on 21 June" of a 21-22 June dialogue is an event of its own
    if m.type == "legislation" and m.clause and cluster.type == "legislation":
        return bool(cluster.date and m.date and cluster.date == m.date)
    if m.date and cluster.date and not m.date.overlaps(cluster.date):
        return False
    here = m.location.country if m.location else m.place_hint
    there = cluster.country_hint()
    if here and not there and ((m.location_kind == "city" and m.type != cluster.type) or
                               (m.location_kind == "country" and here != cluster.home)):
        # "In Male, she met President X" after a U.S.-Sri Lanka dialogue, "In Oman, she will meet X" after a
        # meeting with PRC officials: another country's meeting
        foreign = (cluster.sides or {c for x in cluster.mentions for c in x.countries}) - {cluster.home}
        there = next(iter(foreign)) if len(foreign) == 1 else None
    return not (here and there and here != there)


PAST = frozenset({"past", "pluperfect"})
RECEIVING = re.compile(r"(?i)welcom|receiv|host|greet|call(?:ed|s)?\s+on|courtesy\s+call")  # an audience: never a dialogue itself
SESSION = re.compile(r"(?i)\b(?:sessions?|panel|plenary|round)\b")  # a part of a gathering a text may date apart
PART_NOUN = re.compile(r"(?i)\b(?:sessions?|panels?|plenary)\b")  # never a gathering of its own, unlike a round


def _other_body(cluster: EventCluster, m: EventMention) -> bool:
    """Whether a cluster names a body by other name words than the mention, in another sentence."""
    named = set().union(*(x.name_words for x in cluster.mentions))
    return bool(named) and not m.name_words & named and all(x.sentence != m.sentence for x in cluster.mentions)


MULTILATERAL = frozenset({"conference", "summit"})
GATHERED = MULTILATERAL | {"dialogue"}  # the kinds of event that hold sessions


def _audience_at_gathering(cluster: EventCluster, m: EventMention) -> bool:
    """Whether one of the two is a meeting or call with a foreign counterpart and the other a conference or
    summit told in another sentence: a meeting held at a gathering is an event of its own. A meeting told by
    its noun ("co-hosting a meeting of the Coalition's ministers") may be the gathering itself."""
    if any(x.sentence == m.sentence for x in cluster.mentions):
        return False
    def audience(ms: Sequence[EventMention]) -> bool:  # (not who is "taking part" in the gathering)
        return any(x.people and not TAKING_PART.match(x.trigger.text) for x in ms) and \
            not any(x.trigger.text.lower().startswith("meeting") for x in ms)
    if cluster.type in MULTILATERAL and m.type in {"meeting", "call"}:
        return audience([m]) and (bool(m.sides - {cluster.home}) or bilateral_at(cluster.type, [m]))
    if m.type in MULTILATERAL and cluster.type in {"meeting", "call"}:
        return audience(cluster.mentions) and (bool(cluster.sides - {cluster.home}) or bilateral_at(m.type, cluster.mentions))
    return False


BILATERAL = re.compile(r"(?i)\bbilateral\b")


def bilateral_at(gathering: str, mentions: Sequence[EventMention]) -> bool:
    """Whether mentions tell a bilateral meeting held at a gathering of that type ("will hold a bilateral meeting with
    Minister X" at the Ministerial): an event of its own, never a part of the gathering."""
    return gathering in MULTILATERAL and any(BILATERAL.search(x.trigger.text) for x in mentions)


TAKING_PART = re.compile(r"(?i)tak(?:ing|es|en)\s+part|participat")
FORMATS = frozenset({"plenary", "restricted", "expanded"})  # the formats two delegations' talks are held in


def _other_counterparts(these: set[str], those: set[str], home: str, pair: tuple[str, ...] = ()) -> bool:
    """Whether two groups of sides have foreign sides and none in common (in a text of no known publisher, the two
    sides it is between are one event's: "Minister X hosted Korea's minister" and "the Polish delegation included")."""
    if len(pair) == 2 and these | those <= set(pair):
        return False
    a, b = these - {home}, those - {home}
    return bool(a and b and not a & b)


CONTEXT_NOTE = "dated as the event told just before it: its sentence gives no date"
LIST_NOTE = "dated by the sentence that introduces its list"
SAME_DAY_NOTE = "dated as the day of the event told just before it: its sentence gives a part of the day only"
DAYS_AFTER_NOTE = "dated {} after the event told before it: its sentence counts from that event's day"
RECENT_CLUSTERS = 40  # how many earlier events a dated mention is compared with (keeps long texts linear)
FOCUS_REACH = 3  # sentences an undated mention may look back to find the event it refers to


def cluster_mentions(mentions: Sequence[EventMention], *, background_before: dt.date | None = None,
                     home: str | None = None, pair: tuple[str, ...] = ()) -> list[EventCluster]:
    """Group mentions into events: a dated mention joins the latest event whose date and place fit;
    an undated one ("the Pakistan meetings", "the delegation") joins the event in focus. History
    recalled in passing ("since its session in Washington in 1997": ending before
    `background_before`) never takes the focus from the event the text is about."""
    own = home or HOME
    clusters: list[EventCluster] = []
    focus: EventCluster | None = None
    lead: EventCluster | None = None  # "Three working groups met on November 3:", before its list
    moves: list[tuple[int, str | None]] = []  # (sentence, country) of each trip told
    leads: list[EventCluster] = []  # lead-ins that dated the entries of their lists
    for m in mentions:
        if focus is not None and m.index - focus.mentions[-1].index > FOCUS_REACH:
            focus = None
        day = focus.date if (m.same_day or m.day_after) and focus is not None and focus.date is not None and \
            focus.date.precision == "day" and focus.date.end is None else None
        if (m.day_after and focus is None) or (m.same_day and focus is not None and focus.date is not None and
                                               PRECISION_RANK[focus.date.precision] < PRECISION_RANK["day"]):
            # "The following day": after the last day told, however far back; "The same afternoon", after a
            # meeting planned for next year was told: the last day told
            day = next((c.date for c in reversed(clusters) if c.date is not None and c.date.precision == "day" and
                        c.date.end is None and not (background_before and c.date.bounds()[1] < background_before)), None)
        if day is not None and m.day_after and not (focus is not None and focus.mentions[-1].sentence == m.sentence):
            # (not twice: "The next day, she traveled to Algiers, where she met X" meets X on the day she traveled)
            day = DateSpan((dt.date.fromisoformat(day.start[:10]) + dt.timedelta(days=m.day_after)).isoformat(), None, "day")
        if day is not None and m.date is not None and not m.date.overlaps(day):
            m.date = None  # "... in force since 1 January 2004. The same day, he addressed ...": the day of the event told
        past = bool(background_before and m.date and m.date.bounds()[1] < background_before) or m.earlier
        target: EventCluster | None = None
        if not m.trigger.strong:
            # "X led the U.S. delegation": adds people to the event in focus, never starts one (nor the next
            # day's: "The following day, he flew to Kurchatov ... Y accompanied him" is no part of today's)
            if m.day_after:
                continue
            if focus is not None and _compatible(focus, m):
                focus.add(m)
            elif focus is not None:  # "X met Y, on a tour of Asia. Z accompanied him": the meeting, not the tour
                near = next((c for c in reversed(clusters[-RECENT_CLUSTERS:]) if c.mentions[-1].index == focus.mentions[-1].index
                             and _compatible(c, m)), None)
                if near is None and focus.type == "visit" and ESCORTS.match(m.trigger.text):
                    near = focus  # ... but "The President was accompanied by A; B; ...", told of a visit, is on it
                if near is not None:
                    near.add(m)
            continue
        sibling = next((c for c in reversed(clusters[-RECENT_CLUSTERS:])
                        if any(x.sentence == m.sentence for x in c.mentions)), None)
        if m.date is None and day is not None and (focus is None or not _compatible(focus, m) or m.day_after):
            target = EventCluster(home=own, pair=pair)  # "Today, she opened a roundtable. In the afternoon she met ...": that day's
            target.date_from(day, SAME_DAY_NOTE if not m.day_after else DAYS_AFTER_NOTE.format(
                "the day" if m.day_after == 1 else f"{m.day_after} days"))
            clusters.append(target)
        elif m.date is None and m.definite and focus is not None and \
                (named := _named_before(clusters, m, background_before, unless=focus)) is not None:
            target = named  # "The talks took place ... They discussed the Summit. Following the talks, ...": the
            # talks told before, not the summit in focus, which no "talks" named
        elif m.date is None and focus is not None and _compatible(focus, m):
            target = focus
        elif m.date is None and sibling is not None:
            pass  # "traveled to Addis Ababa, where she met ...": part of its own sentence's event, not an older one
        elif m.date is None and m.definite and (named := _named_before(clusters, m, background_before)) is not None:
            target = named  # "On the margins of the dialogue, ...": the dialogue told before, not the last event
        else:
            for c in reversed(clusters[-RECENT_CLUSTERS:]):
                recent = m.index - c.mentions[-1].index <= FOCUS_REACH
                if moved_on(c, m, moves) or (m.aside and m.date is None and background_before and c.date is not None
                                              and c.date.bounds()[1] < background_before):
                    continue  # ("At the end of the talks, a signing ceremony was held" is no declaration signed in 2021)
                # "Kim's travel to Seoul emphasizes ...", paragraphs after the trip: the trip told before; a
                # heading's "Travel to Sri Lanka, Maldives, and Bangladesh": the legs the body dates
                trip = same_trip(c, m) and not past
                if _compatible(c, m) and (c.date is not None or trip or ((c is focus or recent) and not past)) and \
                        (m.date is not None or recent or trip):
                    target = c
                    break
        if target is None:
            target = EventCluster(home=own, pair=pair)
            clusters.append(target)
            if m.date is None and focus is not None and focus.date is not None:
                target.implied = focus.date
            if m.date is None and m.part and lead is not None and lead.date is not None and \
                    m.index - lead.mentions[-1].index <= FOCUS_REACH + 3:
                # "– The Security Working Group, co-chaired by ...": a part its list's lead-in dates
                target.date_from(lead.date, LIST_NOTE)
                leads.append(lead)
        target.add(m)
        if m.joint and not m.people and focus is not None and focus is not target and target.sides_from is None:
            target.sides_from = focus
        lead = target if m.lead_in else lead
        if m.type == "visit" and m.location is not None:
            insort(moves, (m.index, m.location.country), key=itemgetter(0))
        also = m.another or m.group is not None  # "..., and meet with civil society": a side meeting there
        if also and sibling is None and m.date is None and target.date is None and focus is not None \
                and focus is not target and m.index - focus.mentions[-1].index <= 1 \
                and m.paragraph == focus.mentions[-1].paragraph and not (m.tense == "past" and all(x.tense == "future" for x in focus.mentions)):
            # "The same day, he addressed the Council. He also met the Secretary General.": that day's (not a plan's
            # told before: "They agreed to prepare the visit in May. The ministers agreed on a training programme.")
            target.context = focus
            if focus.date is not None:
                target.date_from(focus.date, CONTEXT_NOTE)
        if m.location is None and focus is not None and focus is not target and focus.location and target.date_note != CONTEXT_NOTE \
                and ((m.index - focus.mentions[-1].index <= 1 and (also or next_stop(m, focus)) and
                      not (m.date and focus.date and m.date.bounds()[1] < focus.date.bounds()[0])) or
                     (m.date and focus.type in GATHERED and m.date.one_day_of(focus.date) and
                      not (m.same_day or m.day_after))):
            # "In New Delhi, she will meet X. She will also co-chair ...": there too (not before: "in Baku in March. Earlier
            # today"); "On June 9, X met with Y" during the talks held at the Pentagon on June 9-10: there
            m.location, m.location_kind = focus.location, focus.location_kind
        # "The talks focused on ..., following the invitation extended at the NATO Summit on 21-22 November": an event
        # recalled after one its sentence goes on with, before the last day told, takes no focus
        # (not "On May 8 he goes on to Oslo for talks with X", a schedule told in the present)
        recalled = sibling is focus is not None and target is not focus and m.date is not None and \
            m.tense not in {"future", "present"} and m.date.bounds()[1] < max(c.date.bounds()[1] for c in clusters if c.date)
        if (not past or focus is None) and not recalled:
            focus = target
    # "The three working groups met on 13 March:" over its entries names no event beyond them
    return [c for c in clusters if not (any(c is x for x in leads) and all(m.lead_in and not m.people for m in c.mentions))]


def _named_before(clusters: list[EventCluster], m: EventMention, past_before: dt.date | None,
                  unless: EventCluster | None = None) -> EventCluster | None:
    """The dated event a gathering's noun names again ("the dialogue", "the Forum"): of those the text names
    by that noun, not one it recalls from history (ending before `past_before`), the one it names most, then
    the one it tells most, then the latest. None when `unless` is named by that noun too."""
    word = m.trigger.text.lower().split()[-1]  # "the Dialogue" names the "Strategic Dialogue", "the ministerial"
    if unless is not None and any(word in x.trigger.text.lower().split() for x in unless.mentions):  # the "Ministerial
        return None  # Meeting"
    recent = clusters[-RECENT_CLUSTERS:]
    named = [(sum(x.type == m.type and word in x.trigger.text.lower().split() for x in c.mentions),
              not (past_before and c.date is not None and c.date.bounds()[1] < past_before), len(c.mentions), k)
             for k, c in enumerate(recent) if (c.date is not None or c.type == m.type == "agreement") and
             compatible_types(c.type, m.type) and not c.children_of]  # ("the agreement we signed": dated or not)
    count, _, _, k = max((n for n in named if n[0]), key=lambda n: (n[1], n[0], n[2], n[3]), default=(0, False, 0, -1))
    return recent[k] if count else None

