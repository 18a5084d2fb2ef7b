"""The sides of events and documents: which countries (or organisations) take part, as against the
topics and venues a text also names, and the side of each participant."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from entente.extract.countries import find_countries, find_sides, international_organisations, organisation_seats
from entente.extract.events import HOME, EventCluster
from entente.extract.groupings import grouping_members, organisation_gathering
from entente.extract.event_roles import ACCOMPANYING, RoleHint, role_in_sentence
from entente.extract.delegation_lists import LIST_ROLE, companion_lists, label_above, list_entry, listed_sides
from entente.extract.delegation_refs import heading_start, join_delegations, listed_for
from entente.extract.trip_legs import guest_side, other_legs
from entente.extract.offices import FOREIGN_OFFICE, HEAD_OF
from entente.extract.name_origin import origin
from entente.extract.named_sides import callers_of, counterpart_across, delegation_sides, seat_of
from entente.extract.people import PersonMention, PersonRecord
from entente.models import Event


def main_gathering(clusters: list[EventCluster]) -> EventCluster | None:
    """The gathering a document is about: a dated dialogue, conference or meeting its opening names (by its
    days rather than a month or year), else its longest."""
    gatherings = [c for c in clusters if c.date is not None and c.type in {"dialogue", "conference", "summit", "meeting", "visit"}
                  and not c.children_of]
    if not gatherings:
        return None
    def length(c: EventCluster) -> int:
        first, last = c.date.bounds()
        return (last - first).days
    def first(c: EventCluster) -> int:
        return min(m.index for m in c.mentions)
    # told by its days: "since its session in Washington in 1997", a year, is one the opening recalls
    return max(gatherings, key=lambda c: (first(c) <= LEAD_SENTENCES, c.date.precision == "day", length(c), -first(c)))


LEAD_SENTENCES = 2  # a title, a subtitle and a first sentence name what a document is about


DELEGATION_FORMAT = re.compile(r"(?i)\bin\s+delegation\s+format\b|\bdelegation[- ]level\s+talks\b|"
                               r"\btalks\s+between\s+the\s+(?:two\s+)?delegations\b")
# "was led by X", "was led by the Minister of Defence, Hon. X": the one who led the list's delegation
LIST_LED_BY = re.compile(r"\b(?:led|headed)[ \t]+by[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w.’'-]*|of|for|the|and)[ \t,]+){0,12}$")


def listed_join_main(clusters: list[EventCluster], text: str, people: list[PersonMention],
                      owner: dict[int, PersonRecord], home: str | None = None) -> None:
    """The people of a "U.S. Delegation" / "Indian Delegation" list take part in the gathering the document is
    about (in each leg of a trip): "(Head of Delegation)" leads, "(Co-Chair)" chairs, everyone else is a member.
    Then the events the text gives to a delegation or to its heads have their people."""
    main = main_gathering(clusters)
    if main is None:
        return
    sections = listed_sides(text, officials=False, home=home)  # officials one meets are no delegation
    legs = other_legs(main, clusters)
    named: dict[int, EventCluster | None] = {}
    for s, _, _ in sections:
        named[s] = target = listed_for(clusters, text, s)
        if target is not None:  # the heading's own "TALKS", read as a meeting of the list's people, is that event
            head_at = heading_start(text, s)
            clusters[:] = [c for c in clusters if c is target or not all(head_at <= m.trigger.start < s for m in c.mentions)]
    # "Bilateral talks in delegation format": every delegation's people are at them
    formats = [c for c in clusters if c is not main and c.type in {"meeting", "dialogue"} and
               any(DELEGATION_FORMAT.search(text, m.sentence[0], m.sentence[1]) for m in c.mentions)]
    for i, p in enumerate(people):
        section = next(((s, e, c) for s, e, c in sections if s <= p.start < e), None)
        record = owner.get(i)
        if section is None or record is None:
            continue
        entry = list_entry(text, section[0], section[1], p.start)  # ... or under its label: "Head of Delegation" over it
        role = next((r for pattern, r in LIST_ROLE if pattern.search(entry) or pattern.search(label_above(text, section[0], p.start))),
                    "lead" if LIST_LED_BY.search(text, max(0, section[0] - 12), p.start) else "member")  # "was led by X, and"
        for c in [named[section[0]]] if named[section[0]] else [main, *legs, *formats]:
            c.add_participant(record.name, section[2], role)
    for start, end, who in companion_lists(text):  # "Official party: ...", "Accompanying Brig. Gen. X were: ..."
        named = [(r, who is not None and who[0] <= p.start < who[1]) for i, p in enumerate(people)
                 if (r := owner.get(i)) is not None and (start <= p.start < end or (who and who[0] <= p.start < who[1]))]
        listed = [r for r, _ in named]
        lead = next((r for r, labelled in named if labelled), listed[0] if listed else None)  # the label's, else the first
        side = (main.participants.get(lead.name, (None, None))[0] or lead.sides()[0]) if lead else None
        for r in listed if side else []:
            for c in [main, *legs]:
                c.add_participant(r.name, side, None if r is lead else "member")
    delegates = [(name, side, role) for name, (side, role) in main.participants.items() if side]
    # "The delegation also met Foreign Secretary X": at a gathering held in one side's country, the other's
    host = main.location.country if main.location else None
    guests = {side for _, side, _ in delegates} - {host}
    visitor = guests.pop() if host in {side for _, side, _ in delegates} and len(guests) == 1 else None
    for c in clusters:
        if c is not main and not c.children_of:
            join_delegations(c, text, delegates, visitor)


def _stated_in(cluster: EventCluster, people: list[PersonMention], owner: dict[int, PersonRecord]) -> set[str]:
    """The sides the people of a cluster's sentences state of themselves (by their titles or words)."""
    return {side for m in cluster.mentions
            for k in range(bisect_left(people, m.sentence[0], key=_start), bisect_left(people, m.sentence[1], key=_start))
            if (r := owner.get(k)) is not None and (side := r.sides()[0])}


def participant_side(record: PersonRecord | None, mention: PersonMention, hint: str | None,
                     counterpart: str | None = None, host: str | None = None, pair: tuple[str, ...] = ()) -> str | None:
    """A participant's side: what their mentions state, else the sentence's hint ("led the Indian
    delegation"), else, for an office the U.S. does not name so, the document's `counterpart` (not over another
    publisher's own: "Minister of Defence X" in a Finnish release is Finnish), else the publisher's own guessed
    from an unqualified office unless the name is plainly of the other of the event's two countries (`pair`), else,
    at an event held in a `host` country ("In Bogota, the delegation will meet with President Toro"), for a head of
    state, government or city, the host's (a release names its own travelling officials by office alone:
    "Counselor Chollet")."""
    record = record or PersonRecord(mention.name, [mention])
    stated, home = record.sides()
    if not (stated or hint) and home in (None, HOME) and counterpart and any(FOREIGN_OFFICE.search(m.title or "") or
                                                    FOREIGN_OFFICE.search(m.affiliation or "") for m in record.mentions):
        return counterpart  # "Minister of ...", or "Institute for Defence Strategy, Ministry of National Defence"
    if not (stated or hint or home) and host and any(HEAD_OF.search(m.title or "") for m in record.mentions):
        return host
    if not (stated or hint) and home and len(pair) == 2 and home in pair and \
            (other := origin(record.name, *pair)) not in (None, home):
        return other  # "the Deputy Minister of Foreign Affairs, Mr. Vũ Thành Long", met by an Irish delegation
    return stated or hint or home


INTERACTS = re.compile(r"\b(?:with|hosted|hosts|received|receives|welcomed|welcomes|met|meets|called\s+on|visited|visits)\b")


# Words right before one who is met: "held talks with Defence Minister", "hosted the"
MET_BY = re.compile(r"\b(?:with|hosted|received|welcomed|met)\s+(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}$")


def _start(person: PersonMention) -> int:
    return person.start


REACH = 160  # how far from one another two people may be named and still meet in one clause


def _own_verb(gap: str) -> bool:
    """Whether the verb after a name is its own: right after it ("X hosted"), or after those it is joined to
    ("X and Defence Secretary Y met"); not "X, who ..., met"."""
    return not re.search(r"[,;:(]", gap) and len(gap) <= 50 or \
        bool(re.fullmatch(r"\s+and\s+(?:the\s+)?[A-Z][^,;:()]{2,100}", gap))  # not "X and my meeting ... with Y"


def met_sides(text: str, pm: PersonMention, named: list[tuple[PersonMention, PersonRecord | None]]) -> set[str]:
    """The stated sides of those `pm` meets, talks with or hosts later in the sentence, that `text` ends
    ("X held a call with the Minister of Defence of Lithuania, Y"), or the one side the words after the verb
    name ("X met with the Minister of National Defense of the Republic of Korea"), or of one who meets `pm`
    with a word right before `pm` ("the French Minister X ... held talks with Defence Minister Y"): sides
    `pm` is not of."""
    sides: set[str] = set()
    verb = INTERACTS.search(text, pm.end, min(len(text), pm.end + 120))
    if verb is not None and not _own_verb(text[pm.end:verb.start()]):
        verb = None
    if verb is not None:
        named_after = delegation_sides(text[verb.end():])
        sides = set(named_after) if len(named_after) == 1 else set()
    met_by = MET_BY.search(text[max(0, pm.start - 80):pm.start])
    for other, record in named:
        if record is None or not record.sides()[0]:
            continue
        if (verb is not None and verb.end() < other.start < verb.end() + REACH) or \
                (met_by and pm.start - REACH < other.end < pm.start and  # ... one who meets, not one met too
                 not MET_BY.search(text[max(0, other.start - 80):other.start])):
            sides.add(record.sides()[0])
    return sides


# Kinds of event one side can do alone ("Ambassador X announced $50 million for Burma"): the document's
# other country is not made a party of them.
UNILATERAL = frozenset({"announcement"})
GROUPED = frozenset({"summit", "conference", "meeting", "dialogue", "statement"})
MAX_PARTIES = 30  # a joint statement of a coalition names its signatories


def event_parties(cluster: EventCluster, home: str | None, pair: tuple[str, ...],
                  text: str, seen: frozenset[int] = frozenset()) -> tuple[str, ...]:
    """The event's parties: the sides its people represent, then the host (a visit's destination, a
    meeting's foreign venue) and the delegations its sentences name ("the Pakistani delegation"), and
    only when these give fewer than two, the document's pair. Countries a sentence names as topics
    ("discussed Russia's war against Ukraine") or as a neutral venue (a U.S.-Pakistan dialogue held in
    Dubai) are not parties."""
    sides: Counter[str] = Counter(side for side, _ in cluster.participants.values() if side)
    parties = [c for c, _ in sides.most_common()] + [p for p in cluster.parties if p not in sides]
    if cluster.type in GROUPED:  # "the Fifth BRICS Summit": the grouping's members
        parties += [c for c in dict.fromkeys(c for m in cluster.mentions if m.type == cluster.type for c in
                                             grouping_members(text, m.sentence[0], m.trigger.start, m.trigger.end))
                    if c not in parties]
    owner = organisation_gathering(cluster, text) if not parties or cluster.type == "summit" else None
    if owner:  # "discussed next month's NATO Summit": the organisation's own gathering, wherever it is held
        return (owner,)
    if any(m.group for m in cluster.mentions):  # "met with civil society in Kyiv": the visitor's side alone
        return tuple(parties or ([home] if home else []))
    loc = cluster.location.country if cluster.location else None
    seat = next((code for m in cluster.mentions for code in seat_of(text[m.sentence[0]:m.sentence[1]])), None)
    if seat:  # "will travel to Brussels to brief Allies at NATO headquarters": NATO, not Belgium
        loc = seat
    elif loc and cluster.type != "visit" and _seat_of(loc, parties, home, pair):
        loc = None  # "met the NATO Secretary General in Brussels": the organisation's seat is no party
    if loc and loc not in parties and cluster.type == "visit":
        parties.append(loc)
    if len(parties) < 2:
        named = [code for m in cluster.mentions if not m.one_of for code in delegation_sides(text[m.sentence[0]:m.sentence[1]])]
        if cluster.type in UNILATERAL and not parties and home and home not in named:
            named = [home]  # "I am announcing visa restrictions on Ethiopian and Eritrean officials": the publisher's act
        for code in named:
            if code not in parties:
                parties.append(code)
    before = cluster.context or cluster.sides_from
    if not cluster.participants and before is not None and id(before) not in seen:
        # "The two sides signed a letter of agreement", right after a U.S.-Sri Lanka dialogue: its sides (`seen`: the
        # events asked already, so that two which point to each other are not asked round and round)
        parties += [c for c in event_parties(before, home, pair, text, seen | {id(cluster)}) if c not in parties]
    if len(parties) < 2 and loc and loc not in parties and loc != home and cluster.type in {"meeting", "call"} \
            and not _seat_of(loc, parties, home, pair) and not any((m.aside and not m.on_trip) or m.one_of for m in cluster.mentions):  # at a summit in Lima, Peru hosts the summit only
        parties.append(loc)  # a meeting abroad with no other side named: its host
    # "will travel to Jakarta, Bangkok and Honolulu": the publisher's own official at home is no bilateral visit
    domestic = cluster.type == "visit" and loc is not None and loc == home and bool(sides) and set(sides) == {home}
    # "Secretary Blinken spoke with former President Carter about Nicaragua": two of one side, the rest a topic
    domestic = domestic or (cluster.type in {"meeting", "call"} and set(sides) == {home} and sum(sides.values()) >= 2
                            and len(cluster.participants) == sum(sides.values()) and loc in (None, home))
    if len(parties) < 2 and (cluster.type not in UNILATERAL or not parties) and not domestic:
        parties += [c for c in pair if c not in parties][:2 - len(parties)]
    if len(parties) < 2 and loc and loc not in parties and cluster.type not in UNILATERAL and \
            not (cluster.type != "visit" and _seat_of(loc, parties, home, pair)):  # "the meeting of NATO ministers in Brussels"
        parties.append(loc)
    # the home country first, then the document's pair in its order, then the rest by weight
    parties.sort(key=lambda c: (c != home, pair.index(c) if c in pair else len(pair)))
    return tuple(parties[:MAX_PARTIES])


def _seat_of(country: str, parties: list[str], home: str | None, pair: tuple[str, ...]) -> bool:
    """Whether a country is the seat of an organisation among the parties, the publisher or the two a document
    is between (Belgium of NATO)."""
    return any(country in organisation_seats().get(p, ()) for p in [*parties, *pair, *([home] if home else [])])


def visitor_side(visit: EventCluster) -> str | None:
    """The side of a visit's visitor: its first participant of a side who does not host it."""
    return next((side for side, role in visit.participants.values() if side and role != "host"), None)


def party_pair(text: str, people: list[PersonMention], home: str | None) -> tuple[tuple[str, ...], str | None]:
    """The two sides a document is between, for events that name fewer: the publisher's country (named
    or not), then the country or organisation its text and its people's offices name most ("NATO
    Secretary General"); and that other side when the document is about that one country (named at
    least twice as often as any third named thrice or more), else None. A press briefing that goes from
    Iran to Germany to Ukraine has none, so a "Foreign Minister Maas" it names is not taken for Iran's.

    >>> party_pair("Kenya and the United States. Kenya, Kenya.", [], "US")
    (('US', 'KE'), 'KE')
    >>> party_pair("Iran, Iran, Iran, Iran, Germany, Ukraine, Germany, Germany.", [], "US")
    (('US', 'IR'), None)
    """
    counts: Counter[str] = Counter(m.code for m in find_sides(text))
    for p in people:
        if p.side:
            counts[p.side] += 1
    ranked = _home_first(counts, home)
    if home and home not in ranked:
        ranked.insert(0, home)  # a release's publisher is a side of what it reports, named or not
    pair = tuple(ranked[:2])
    other = next((c for c in pair if c != HOME), None) if HOME in pair else None
    rest = max((n for c, n in counts.items() if c not in (HOME, other)), default=0)
    sole = other if other is not None and (rest < 3 or counts[other] >= 2 * rest) else None
    return pair, sole


def document_countries(text: str, events: list[Event], home: str | None) -> tuple[str, ...]:
    """The bilateral pair first (the publisher's country, then the most mentioned other), then the
    other countries the document is substantially about."""
    counts: Counter[str] = Counter(c.code for c in find_countries(text, include_ambiguous=False))
    for e in events:
        for p in e.participants:
            if p.side:
                counts[p.side] += 1
    ranked = _home_first(counts, home)
    if not ranked:
        return ()
    top = counts.most_common(1)[0][1]
    return tuple(ranked[:2] + [c for c in ranked[2:] if counts[c] >= max(3, top * 0.15)])


def _home_first(counts: Counter[str], home: str | None) -> list[str]:
    """Codes by how often they are named, the publisher's country first when it is named at all."""
    ranked = [c for c, _ in counts.most_common()]
    return sorted(ranked, key=lambda c: c != home) if home in counts else ranked


# The visitor a visit's heading names after it: "OFFICIAL VISIT TO THE REPUBLIC OF KOREA BY H.E. MR. X"
VISIT_BY = re.compile(r"(?i)\bvisit\b[^.\n]{0,40}\bby\s+(?:[A-Z][\w.]*\s+){0,3}$")
# ... or right after it: "the successful visit of Prime Minister X to Canberra"
VISIT_OF = re.compile(r"\b(?i:visit)\s+of\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,6}$")


def add_participants(cluster: EventCluster, text: str, people: list[PersonMention],
                     owner: dict[int, PersonRecord], counterpart: str | None = None,
                     pair: tuple[str, ...] = (), visited: frozenset[str] = frozenset(),
                     travellers: frozenset[str] = frozenset()) -> None:
    """Each person the cluster's mentions name, with the role their sentence gives and their side.
    `visited`: the countries the document's trips go to; `travellers`: who the text says makes them."""
    # an office named without a country on a trip's leg ("In Amman, X met Prime Minister Y") is the host's
    host = cluster.location.country if cluster.location and cluster.location.country else None
    if host in {cluster.home, HOME} or any(m.aside and not m.on_trip for m in cluster.mentions):
        host = None  # a summit's venue is no side
    if host and visited and host not in visited:
        host = None  # "traveled to Tashkent ... Last week, she met Foreign Minister X in Geneva": a venue, no leg
    if host and _seat_of(host, sorted(cluster.sides), None, ()):
        host = None  # "met the Secretary General of NATO in Brussels": the organisation's seat, no host
    # any other office held there is the host's too, but not a visit's visitor's, nor in Brussels that of an
    # organisation the document is about
    host_office = host if cluster.type != "visit" and counterpart not in international_organisations().values() else None
    counterpart = host or counterpart
    # ... and one the event's own sentence pairs with the U.S. ("co-chaired, with Foreign Secretary X,
    # the U.S.-Sri Lanka Partnership Dialogue") is that country's
    named = {code for m in cluster.mentions for code in delegation_sides(text[m.sentence[0]:m.sentence[1]])} - {HOME}
    callers = callers_of(cluster.mentions, text)
    if callers and named <= callers:
        # ... but the office of one called on by "the Japanese delegation" is the other side's
        others = [c for c in pair if c not in callers]
        counterpart = host or (others[0] if len(others) == 1 and len(pair) == 2 else None)
    elif len(named) == 1 and not named & _stated_in(cluster, people, owner):
        # (not a country the sentence names as someone's own: "Vice-Minister X and Y, Ambassador of the
        # Philippines, signed" names Y's country, and X's office is of the other side)
        counterpart = named.pop()
    for m in cluster.mentions:
        s0, s1 = m.sentence
        for index, given in m.people:
            pm = people[index]
            record = owner.get(index)
            if record is None:
                continue
            hint = role_in_sentence(text[s0:s1], s0, pm.start, pm.end)
            if not s0 <= pm.start < s1:  # one the sentence names not ("the two leaders witnessed the signing") signs not
                hint = RoleHint(None, hint.side)
            if pm.by_surname and hint.role == "speaker":
                hint = RoleHint(None, hint.side)  # quoted by surname ("Gates said"): no part in the event
            role = given or hint.role
            if role == "signatory" and m.type != "agreement":
                role = None  # "met with X, and the two signed a plan": at the meeting, X signed nothing
            if role is None and pm.roles:
                role = pm.roles[0]
            theirs = counterpart_across(text[pm.end:s1], pair) or counterpart
            visitor = VISIT_OF.search(text, max(s0, pm.start - 80), pm.start) is not None
            if cluster.type == "visit" and host and theirs == host and (visitor or pm.end <= m.trigger.start and
                                                                         not any(s0 <= p.start < pm.start for p in people[max(0, index - 8):index])):
                # "Minister X will visit Vilnius next month": who travels there, the sentence's first person, is not
                # of the place visited
                other = next((c for c in pair if c != host), None) if len(pair) == 2 and host in pair else None
                theirs = other if other not in visited else None  # (not another country the trip goes to)
            first = bisect_left(people, s0, key=_start)  # people are in text order: the sentence's are one slice
            in_sentence = [j for j in range(first, bisect_left(people, s1, lo=first, key=_start)) if j != index]
            met = met_sides(text[:s1], pm, [(people[j], owner.get(j)) for j in in_sentence]) \
                if not (record.sides()[0] or hint.side) else set()
            side = hint.side
            escort = ACCOMPANYING.search(text, s0, pm.start) if not (record.sides()[0] or side) else None
            if escort is not None:  # one accompanying another is of the side of the one accompanied (on a visit
                # "The President was accompanied by ...": the visitor's)
                side = theirs = next((r.sides()[0] for j in in_sentence if people[j].end <= escort.start()
                                      and (r := owner.get(j)) is not None and r.sides()[0]), None) or \
                    (visitor_side(cluster) if cluster.type == "visit" else None)
            if len(met) == 1 and (theirs in met or theirs is None and HOME not in met):
                # "Minister X hosted the Minister of Defence of Korea, Y": X is not Y's side, but the pair's other
                rest = [c for c in pair if c not in met]
                theirs = rest[0] if len(pair) == 2 and len(rest) == 1 else None
                side = theirs if record.sides()[1] is None else None  # not over the office's own home country
            there = host_office
            if record.name in travellers and not side:  # the one who travels there is not of the place visited
                theirs = there = None
            nearest = pm.end <= m.trigger.start and not any(pm.end <= people[j].start < m.trigger.start for j in in_sentence)
            side = side or guest_side(cluster, record, nearest or  # (not "A invited B to visit"; "Visit to Korea by H.E. X")
                                      bool(VISIT_BY.search(text, max(s0, pm.start - 60), pm.start)), pair)
            cluster.add_participant(record.name, participant_side(record, pm, side, theirs, there, pair), role)
