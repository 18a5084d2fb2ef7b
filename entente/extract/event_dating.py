"""When an event happened that its own sentences do not date: from the event it belongs to, the trip it
is held on, or the document's date (the days headings give are `heading_dates`'); and which events are
history the text only recalls."""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from entente.extract.event_dates import DateSpan
from entente.extract.event_types import compatible_types, may_belong
from entente.extract.events import LIST_NOTE, LOCATION_RANK, SAME_DAY_NOTE, EventCluster, bilateral_at
from entente.extract.named_sides import delegation_sides
from entente.extract.parties import LEAD_SENTENCES, visitor_side
from entente.extract.tense import generic_mention, is_heading, practice_mention, thing_travels, trigger_tense


def is_generic(cluster: EventCluster, spans) -> bool:
    """An undated event whose every mention is a bare plural ("exchanges, visits, meetings") is talk
    of a kind of event, not of one."""
    return all(generic_mention(spans, m.trigger.start, m.trigger.end) for m in cluster.mentions)


def is_practice(cluster: EventCluster, spans) -> bool:
    """An event whose every mention is "dialogue" as a practice ("calls for genuine political dialogue"),
    whatever date its sentence gives, is no event; nor a trip no one makes, every mention of which moves
    a thing ("the exhibition will travel to towns across Germany")."""
    if all(practice_mention(spans, m.trigger.start, m.trigger.end) for m in cluster.mentions):
        return True
    return cluster.type == "visit" and not cluster.participants and \
        all(thing_travels(spans, m.trigger.start, m.trigger.end) for m in cluster.mentions)


def join_undated(clusters: list[EventCluster]) -> list[EventCluster]:
    """An undated event that shares a named participant with a dated one of a kind it can be part
    of is that event ("This was the minister's first visit to the United States", after the signing
    he came for): it is part of it, and takes its date. In a document with one dated event that names
    people, an undated one that names nobody ("Both sides agreed to expand ...") is part of it. A part
    of the same kind is the same event; a visit or a signing stays an event of its own. A named part
    ("Session III", "Panel B") is an event of its own too: the gathering it belongs to dates it later."""
    dated = [c for c in clusters if c.date is not None and c.participants]
    only = dated[0] if len(dated) == 1 else None  # a release about one meeting: the rest is about it
    out: list[EventCluster] = []
    for c in clusters:
        aside = any(m.aside for m in c.mentions)  # "On the margins of the Council, X met Y": one of its own
        # a statement is the release's own; "She also called on X" goes on from the event just told, not this one
        if c.date is None and listed_with(c, out):
            out.append(c)
            continue
        if c.date is None and c.type != "statement" and not c.part and not aside and c.context is None:
            host = next((d for d in dated if c.participants and _shared_counterpart(c, d)
                         and may_belong(d.type, c.type) and not _elsewhere(c, d)), None)
            if host is None and only is not None and not c.participants and may_belong(only.type, c.type):
                host = only
            # ("Minister X also called on the Prime Minister": one more event during it, not the talks themselves)
            if host is not None and compatible_types(host.type, c.type) and not any(m.same_day or m.another for m in c.mentions) \
                    and not bilateral_at(host.type, c.mentions):
                host.absorb(c)
                continue
            if host is not None and host.date.precision == "day" and any(m.same_day for m in c.mentions):
                c.date_from(host.date, SAME_DAY_NOTE)  # "Earlier in the day, she met X": another meeting that day
                out.append(c)
                continue
            if host is not None:  # a signing at the talks, a visit for the signing: its own event, on its days
                c.date_from(host.date, f"dated by the {host.type} it is part of: its sentence gives no date")
        out.append(c)
    return out


def _elsewhere(a: EventCluster, b: EventCluster) -> bool:
    """Whether an event is told in a place of another country than another ("In Helsinki, she will hold talks
    with X" is no part of her visit to Estonia; a visit to Indonesia is not made at talks in Washington)."""
    return bool(a.location and b.location and a.location.country and b.location.country and
                a.location.country != b.location.country)


TITLE_SENTENCES = 1  # a report's title and subtitle lines come first


def join_title(clusters: list[EventCluster]) -> list[EventCluster]:
    """A report's title naming a gathering with no date ("Vietnam–United States Dialogue on Security")
    is the gathering its text then dates ("The second round of the dialogue was held ... on 9 and 10
    November 1998"): the first dated dialogue or conference of the document, not the day it was issued."""
    dated = [c for c in clusters if c.date is not None and c.type in {"dialogue", "conference", "summit"}
             and not c.children_of]
    out: list[EventCluster] = []
    for c in clusters:
        title_only = c.date is None and all(m.index <= TITLE_SENTENCES for m in c.mentions)
        if title_only and c.type in {"dialogue", "conference", "summit"} and dated:
            dated[0].absorb(c)
            continue
        out.append(c)
    return out


def _shared_counterpart(a: EventCluster, b: EventCluster) -> bool:
    """Whether two events name one participant not of the publisher's country and no other sides that differ: a
    release's own Secretary takes part in all its events, which makes none of them the same."""
    if a.sides - {a.home} and b.sides - {a.home} and not (a.sides & b.sides) - {a.home}:
        return False
    shared = set(a.participants) & set(b.participants)
    # ... one of no side yet counts too when the two share a pair ("the two leaders" of the talks just told)
    others = {a.home} if len(shared) >= 2 else {a.home, None}
    return any((a.participants[n][0] or b.participants[n][0]) not in others for n in shared)


# "On the margins of the Dialogue", "on the sidelines of the summit", "during the visit", "at the talks":
# the words before a gathering's name that make another event part of it.
HELD_DURING = re.compile(r"(?i)\b(?:margins?|sidelines?|during|course|occasion|at|ahead|following|after|prior\s+to|before)"
                         r"\s+(?:of\s+)?"
                         r"(?:the\s+|this\s+|his\s+|her\s+|their\s+|its\s+)?"
                         r"(?:[\w.’'-]+\s+){0,4}$")
GATHERING_TYPES = frozenset({"dialogue", "conference", "summit", "meeting", "visit"})
# A sentence whose subject is the gathering's own people, named by their part in it: "The co-chairs witnessed the
# signature of ...", "The two delegations signed the minutes", "The heads of delegation initialled ..."
ITS_PEOPLE = re.compile(r"(?i)\s*(?:the\s+(?:two\s+)?co-?chairs|(?:the\s+two|both)\s+(?:co-?chairs|delegations)|"
                        r"the\s+heads\s+of\s+(?:the\s+)?delegations?)\b")


LIST_GAP = 2  # sentences between two entries of one list of instruments at most


def listed_with(cluster: EventCluster, clusters: Sequence[EventCluster]) -> bool:
    """"2. Memorandum on X - signed by A and B; 3. Agreement on Y - signed by C and D.": the instruments of one list
    were signed on one occasion; an entry its lines give no date takes the day of the entry before it (before the
    days of a visit its signatories share), and says so. Whether it did."""
    entry = min((m.index for m in cluster.mentions if m.signed_entry), default=None)
    sibling = max((g for g in clusters if g is not cluster and g.date is not None and entry is not None and any(
        x.signed_entry and 0 < entry - x.index <= LIST_GAP for x in g.mentions)), key=lambda g: g.mentions[-1].index, default=None)
    if sibling is None or sibling.date is None:
        return False
    cluster.date_from(sibling.date, "dated as the instrument listed before it: signed on the same occasion")
    return True


def date_from_gathering(cluster: EventCluster, clusters: Sequence[EventCluster], text: str) -> bool:
    """An undated event its sentence sets at a gathering ("On the margins of the Dialogue, the Minister
    and his counterpart signed ...", "During the visit, she also met ...") took place at it: it takes the
    days of that gathering (the one named in the sentence, else the one told most by that word before
    it, the last on a tie), and says so."""
    dated = [g for g in clusters if g is not cluster and g.date is not None and g.type in GATHERING_TYPES]
    for m in cluster.mentions:
        for g in clusters:
            for x in g.mentions:
                if g is cluster or x.sentence != m.sentence or x.trigger.start >= m.trigger.start or \
                        g.type not in GATHERING_TYPES or \
                        not HELD_DURING.search(text[max(x.sentence[0], x.trigger.start - 50):x.trigger.start]):
                    continue
                word = x.trigger.text.lower()
                named = [g] if g.date is not None else \
                    [d for d in dated if d.type == g.type or any(y.trigger.text.lower() == word for y in d.mentions)]
                before = [d for d in named if min(y.index for y in d.mentions) <= m.index]
                if before:  # the one told most by that word before the sentence, the last one on a tie
                    held = max(before, key=lambda d: (sum(y.trigger.text.lower() == word for y in d.mentions),
                                                      max(y.index for y in d.mentions if y.index <= m.index)))
                elif named:
                    held = max(named, key=lambda d: len(d.mentions))
                if named:
                    cluster.date_from(held.date, f"dated by the {x.trigger.text} it took place at: its sentence "
                                                 "gives no date of its own")
                    return True
    if listed_with(cluster, clusters):
        return True
    # "The first session, chaired by Dr. X, examined ...": a part of the gathering the report is about;
    # "On the margins of the Commission, she met X": an event held at it
    held = report_gathering(clusters, but=cluster)
    # (not the second of two told in one sentence, "is to be received by X, and she will hold talks with Y": its day is
    # the first one's)
    if held is not None and any(m.aside or (m.another and not m.apart and m.type != "visit" and opens(held)) or
                                ITS_PEOPLE.match(text, m.sentence[0]) for m in cluster.mentions):
        # ... and so is one more it tells with no date of its own ("The Deputy Secretary also met X"), or one its
        # co-chairs or delegations took part in ("The co-chairs witnessed the signature of ...")
        cluster.date_from(held.date, "dated by the gathering it was held at: its sentence gives no date of its own")
        return True
    if held is not None and cluster.part and cluster.participants:  # a bare heading ("Session 1 — Trade") is none
        cluster.date_from(held.date, "dated by the gathering it is a part of: its sentence gives no date of its own")
        return True
    return False


def report_gathering(clusters: Sequence[EventCluster], but: EventCluster | None = None) -> EventCluster | None:
    """The dated, undivided dialogue, conference or summit a report is about: the one its opening names,
    else the one it tells most; not a summit it recalls ("referred to the Nuclear Security Summit")."""
    hosts = [g for g in clusters if g is not but and g.date is not None and g.type in {"dialogue", "conference", "summit"}
             and not g.part and not g.children_of and not all(m.later for m in g.mentions)]
    return max(hosts, key=lambda g: (opens(g), len(g.mentions)), default=None)


def opens(cluster: EventCluster) -> bool:
    """Whether a document's title or first sentence tells the event: it is what the document is about."""
    return min(m.index for m in cluster.mentions) <= LEAD_SENTENCES


# A calendar date written out: a month's name or a year
WRITTEN_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:19|20)\d\d)\b")


def part_within_gathering(clusters: Sequence[EventCluster], text: str) -> None:
    """A named part of the gathering a report is about ("That afternoon, Session II, chaired by ...")
    that its sentence dates only by reference ("that afternoon", "the following morning") and that
    falls outside the gathering's days was dated from an event the report recalled in between (a summit
    held three months before): it takes the gathering's days, and says so."""
    host = report_gathering(clusters)
    if host is None or not opens(host):
        return
    for c in clusters:
        if c is host or not c.part or c.date is None or c.date.overlaps(host.date) or c.date_note == LIST_NOTE:
            continue
        if any(WRITTEN_DATE.search(text[m.sentence[0]:m.sentence[1]]) for m in c.mentions if m.date is not None):
            continue
        c.date_from(host.date, "dated by the gathering it is a part of: its sentence dates it only by reference")


# A visit more than this before the document is one it recalls, during which nothing undated it tells was held
CURRENT_VISIT = dt.timedelta(days=31)


def date_from_visit(cluster: EventCluster, visits: list[EventCluster], date: dt.date | None = None,
                    tour: EventCluster | None = None) -> bool:
    """An undated meeting in a place a dated visit goes to ("In New Delhi, Hartwell will meet ...") is
    held during that visit: it takes the visit's days, and says so. Not a visit the text recalls from more
    than a month before its `date` ("recalled the visit of Secretary X to Hanoi in October 2018"). A
    meeting abroad in a document whose one dated trip names a region, not a place ("traveled to the Middle
    East and North Africa June 13-17 ... In Egypt, Kerry met ..."), is held during that `tour`."""
    loc = cluster.location
    current = [v for v in visits if date is None or v.date is None or v.date.bounds()[1] >= date - CURRENT_VISIT]
    if loc is None and cluster.type in {"meeting", "dialogue"} and len(current) == 1 and \
            any(m.another and 0 <= m.index <= NEWS_SENTENCES for m in cluster.mentions):
        # "arrived in Saudi Arabia today ... Finally, the Envoy will meet with the UN Office": the one trip's
        cluster.date_from(current[0].date, "dated by the trip it is part of: its sentence gives no date")
        return True
    if loc is None or cluster.type == "visit":
        return False
    if tour is not None and tour.date is not None and loc.country and loc.country != cluster.home and \
            cluster.type in {"meeting", "dialogue"} and cluster.participants and \
            not any(v.location and v.location.country == loc.country for v in visits):
        cluster.date_from(tour.date, "dated by the trip it is part of: its sentence gives no date")
        return True
    for v in visits:
        if date is not None and v.date is not None and v.date.bounds()[1] < date - CURRENT_VISIT:
            continue
        there = v.location
        # the same place, or one of the two is only a country ("a visit to Uzbekistan" holds Tashkent's)
        if there and there.country == loc.country and (there.name == loc.name or
                                                       min(LOCATION_RANK[cluster.location_kind],
                                                           LOCATION_RANK[v.location_kind]) < 2):
            cluster.date_from(v.date, f"dated by the visit to {there.name} it is part of: its sentence gives no date")
            return True
    return False


# How far into a document an undated event is still its news (a release's lede and first paragraphs).
NEWS_SENTENCES = 8
HEADING_SENTENCES = 2  # lines a text may open with before its body: a headline, an office, a dateline
GATHERINGS = frozenset({"dialogue", "conference", "summit"})


def date_from_document(cluster: EventCluster, spans, date: dt.date, text: str) -> None:
    """An event whose sentences give no date, reported as done ("spoke by phone with", "held talks"),
    took place on the document's date as far as the text tells; the evidence says so. A planned or
    generic one ("will visit", "regular meetings") stays undated, and so is not kept."""
    strong = [m for m in cluster.mentions if m.trigger.strong]
    if not strong or strong[0].index < 0 or strong[0].index > NEWS_SENTENCES:
        return  # deep in a briefing's transcript, "the Secretary visited Tokyo" is no news of the day
    # the first mention a verb tells the time of (a heading's noun tells none: the lead's verb does)
    first, tense = next(((m, tense) for m in strong if m.index <= NEWS_SENTENCES
                         and (tense := trigger_tense(spans, m.trigger.start, m.trigger.end)) is not None),
                        (strong[0], None))
    if tense is None and first.index <= HEADING_SENTENCES and cluster.type not in GATHERINGS and \
            is_heading(spans, *first.sentence):
        # a text that opens on its headline: "Secretary Quill’s Call with Foreign Minister Ray" (not a
        # programme's or a report's title, "U.S.-Ghana Defense Dialogue — Programme": its text gives the days)
        tense = "present"
    if tense not in {"past", "present"}:
        return
    s0, s1 = first.sentence
    if not (cluster.participants or cluster.parties or delegation_sides(text[s0:s1])):
        return  # "the exhibit will travel to Spain": no one takes part
    cluster.date_from(DateSpan(date.isoformat(), None, "day"),
                      "dated by the document's date: the text gives this event no date of its own")


# How long before its document's date an event is history the text recalls rather than its news.
BACKGROUND_DAYS = 365


def is_background(cluster: EventCluster, date: dt.date) -> bool:
    """Whether an event ended more than a year before the document's date: background ("the summit in
    Wales in September 2014" in a 2017 readout) that would stretch a timeline across decades."""
    return cluster.date is not None and cluster.date.bounds()[1] < date - dt.timedelta(days=BACKGROUND_DAYS)


def under_way(clusters: list[EventCluster], date: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The spans of the gatherings under way on the document's date (a programme dated on its first day)."""
    out = []
    for c in clusters:
        if c.date is not None and c.date.end is not None:
            start, end = c.date.bounds()
            if start <= date <= end:
                out.append((start, end))
    return out


def is_planned(cluster: EventCluster, ongoing: list[tuple[dt.date, dt.date]], date: dt.date, spans) -> bool:
    """Whether an event is one the document announces: it starts after the document's date, no
    sentence tells it in the past ("went into effect on 15 October", in a report dated by its first
    day), and it is no part of a gathering under way on that date (`ongoing`, from `under_way`: the
    second day's panels of a programme dated on the first)."""
    first, _ = cluster.date.bounds()
    if first <= date:
        return False
    if any(start <= first <= end for start, end in ongoing):
        return False
    return not (spans is not None and any(
        m.trigger.strong and m.index >= 0 and (m.tense or trigger_tense(spans, m.trigger.start, m.trigger.end)) == "past"
        for m in cluster.mentions))


# A programme's timed line: "09:00  Courtesy call on the Minister ...", "14.30–15.00  Courtesy call by ..."
TIMED_LINE = re.compile(r"(?:[-•*·▪][ \t]+)?\d{1,2}[:.h]\d{2}(?:\s*[–-]\s*\d{1,2}[:.h]\d{2})?\s")  # ("• 10:00 – Call on X")


def _recalled(c: EventCluster, visit: EventCluster) -> bool:
    """Whether a visit is dated before another begins: "The visit reciprocates the state visit of ... in 2027"."""
    return c.date is not None and visit.date is not None and c.date.bounds()[1] < visit.date.bounds()[0]


def programme_visitor(clusters: list[EventCluster], text: str) -> list[EventCluster]:
    """In the programme of one visit, each timed line ("09:00  Courtesy call on the Minister of Foreign
    Affairs") is something the visitor does: where a line names nobody of the visitor's side, the
    visitor (the visit's own participants of that side) is taken for one of its participants. An
    arrival line ("16:25  Arrival at the airport. Received by the Director of Protocol") is the visit
    itself (the leg in its country, when the programme's own line names several: "Official Visit ... to
    Ethiopia, Djibouti and Egypt"), and those who receive the visitor its hosts; the arrival home ends the
    trip and is no visit; a departure for another country is a trip on."""
    visits = [c for c in clusters if c.type == "visit" and c.mentions]
    sided = [c for c in visits if any(side for side, _ in c.participants.values())]
    if not sided:
        return clusters
    visit = min(sided, key=lambda c: c.mentions[0].sentence[0])

    def timed(c: EventCluster) -> bool:
        line = text.rfind("\n", 0, c.mentions[0].sentence[0]) + 1
        return bool(TIMED_LINE.match(text, line)) and line > visit.mentions[0].sentence[0]

    # the legs of one trip, each told by the trip's own line, are the one visitor's
    legs = {c.country_hint(): c for c in visits if not timed(c) and c.mentions[0].sentence == visit.mentions[0].sentence}
    if any(c not in legs.values() and not timed(c) and not _recalled(c, visit) for c in sided):
        return clusters  # (trips of several visitors; not a visit the programme recalls, which it reciprocates)
    side = visitor_side(visit)
    # (one that names no one is a visit of the programme's own: "15:00  Visit to the National Museum")
    arrivals = {id(c): legs.get(c.country_hint() or visit.country_hint()) for c in visits if timed(c) and c.participants}
    if any(arrivals[id(c)] is None for c in sided if id(c) in arrivals):
        return clusters  # (a visitor's trip on to a country no leg goes to)
    visitors = [name for name, (s, role) in visit.participants.items() if s == side and role in (None, "lead")]
    for c in visits:
        leg = arrivals.get(id(c))
        if leg is None:
            continue
        for m in c.mentions if leg is not visit or len(legs) > 1 else ():
            leg.add(m)  # (its day dates the leg)
        for name, (their_side, role) in c.participants.items():
            if name not in leg.participants:
                # who receives the visitor is of the host's side, whatever an office alone guessed
                leg.add_participant(name, None if role == "host" and their_side == side else their_side, role)
    last = max((c.date.bounds()[1] for c in legs.values() if c.date is not None), default=None)
    clusters = [c for c in clusters if arrivals.get(id(c)) is None and not (  # (home on the trip's last day)
        c.type == "visit" and not c.participants and timed(c) and c.country_hint() == side and last is not None and
        c.date is not None and c.date.bounds()[0] >= last)]
    for c in clusters:
        if c is visit or not c.mentions or any(s == side for s, _ in c.participants.values()):
            continue
        if timed(c):
            for name in visitors:
                c.add_participant(name, side, None)
    return clusters
