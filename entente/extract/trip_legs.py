"""A trip's legs: the days of each leg the text dates only as a whole, the meetings held on each leg, its traveller."""

from __future__ import annotations

import datetime as dt

from typing import Sequence

from entente.extract.event_dates import DateSpan
from entente.extract.events import HOME, EventCluster
from entente.extract.people import PersonMention, PersonRecord


LEG_NOTE = "the days its events in that country are dated, within the trip's"


def travellers(clusters: list[EventCluster], people: Sequence[PersonMention],
               owner: dict[int, PersonRecord]) -> frozenset[str]:
    """Who makes the document's trips abroad: the people its sentence names before a trip's own verb ("The
    Minister, the Hon X, has returned from a visit to Korea"), not those met there ("visited Seoul to meet Y")."""
    out = set()
    for c in clusters:
        if c.type != "visit" or c.location is None or c.location.country in (None, c.home) or c.home in (None, HOME):
            continue
        for m in c.mentions:
            out |= {owner[i].name for i, _ in m.people if m.type == "visit" and i in owner and
                    m.sentence[0] <= people[i].start and people[i].end <= m.trigger.start}
    return frozenset(out)


def guest_side(visit: EventCluster, record: PersonRecord, before_trigger: bool, pair: tuple[str, ...]) -> str | None:
    """The side of one who visits the publisher's own country, named before the visit's verb, whose only side is
    the publisher's guessed from an office named without a country ("Deputy Prime Minister X will visit the
    Republic of Korea" in a Korean text): the document's other side, not the host's."""
    home = visit.home
    if visit.type != "visit" or not before_trigger or visit.location is None or visit.location.country != home or \
            record.sides() != (None, home) or len(pair) != 2 or home not in pair:
        return None
    return next(c for c in pair if c != home)


def other_legs(trip: EventCluster, clusters: list[EventCluster]) -> list[EventCluster]:
    """A trip's other legs, told by its own line: "Official Visit ... to Ethiopia, Djibouti and Egypt"."""
    told = trip.mentions[0].sentence if trip.type == "visit" and trip.mentions else None
    return [c for c in clusters if c is not trip and c.type == "visit" and c.mentions and told is not None and
            c.mentions[0].sentence == told and c.country_hint() != trip.country_hint()]


def narrow_legs(clusters: list[EventCluster]) -> list[EventCluster]:
    """A trip's legs the text dates only as a whole ("will travel to Vietnam, Cambodia, and Laos March 5-11")
    each take the days of the events held in their own country within those dates ("In Hanoi on March 5-6,
    she will meet ..."): Vietnam March 5-6, not March 5-11. Only when every leg is so dated and no two
    legs' days overlap: else the days between its events are the text's to tell. A stop dated only by the
    trip's start ("will depart tomorrow on a trip to Vietnam, Singapore and India") is the visit the text then
    dates in that country within a week ("In Hanoi on May 29 and 30, ...")."""
    clusters = _stops_told_later(clusters)
    trips: dict[tuple[str, str], list[EventCluster]] = {}
    for c in clusters:
        if c.type == "visit" and c.date is not None and c.date.end and c.location is not None:
            trips.setdefault((c.date.start, c.date.end), []).append(c)
    for legs in trips.values():
        if len({c.location.country for c in legs if c.location}) < 2:
            continue
        spans = [_leg_days(leg, clusters) for leg in legs]
        ordered = sorted(s for s in spans if s is not None)
        if len(ordered) < len(legs) or any(a[1] >= b[0] for a, b in zip(ordered, ordered[1:])):
            continue
        for leg, (start, end) in zip(legs, (s for s in spans if s is not None)):
            leg.date_from(DateSpan(start.isoformat(), end.isoformat() if end != start else None, "day"), LEG_NOTE)
    return clusters


def _stops_told_later(clusters: list[EventCluster]) -> list[EventCluster]:
    def day(c: EventCluster) -> dt.date | None:
        return dt.date.fromisoformat(c.date.start[:10]) if c.date and c.date.precision == "day" else None

    out = []
    for c in clusters:
        first = day(c)
        told = next((v for v in clusters if first is not None and c.type == v.type == "visit" and v is not c and
                     c.location and v.location and v.location.country == c.location.country and
                     any(m.leg for m in c.mentions) and not any(m.leg for m in v.mentions) and
                     (start := day(v)) is not None and dt.timedelta(0) < start - first <= TRIP_SLACK and
                     (not v.participants or set(c.participants) <= set(v.participants))), None)
        if told is None:
            out.append(c)
        else:
            told.absorb(c)
    return out


def _leg_days(leg: EventCluster, clusters: list[EventCluster]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the dated events held in a leg's country within the leg's days."""
    if leg.date is None or leg.location is None:
        return None
    first, last = leg.date.bounds()
    # (and the leg's own arrival line: "13:30  Arrive Cairo International Airport; received by ...")
    dates = [c.date for c in clusters if c.type != "visit" and c.date is not None and c.location and
             c.location.country == leg.location.country] + [m.date for m in leg.mentions if m.date is not None]
    inside = [d.bounds() for d in dates if d.precision == "day" and first <= d.bounds()[0] and d.bounds()[1] <= last
              and d != leg.date]
    return (min(b[0] for b in inside), max(b[1] for b in inside)) if inside else None


def date_groups_on_legs(clusters: list[EventCluster]) -> None:
    """"visited A, B and C from June 27-30. The delegation met with X; with Y; and with Z": each undated group
    of counterparts is dated on its country's leg, before any later sentence that names X draws it in."""
    legs = {c.location.country: c for c in clusters if c.type == "visit" and c.date is not None and c.location}
    for c in clusters:
        if c.date is not None or c.type != "meeting" or not c.participants or not any(m.one_of for m in c.mentions):
            continue
        leg = legs.get(c.country_hint() or "")
        if leg is not None and leg.date is not None and leg.location is not None:
            c.date_from(leg.date, f"dated by the visit to {leg.location.name} it is part of: its sentence gives no date")


def stop_made_by_visitors(clusters: list[EventCluster]) -> None:
    """A stop its sentence names nobody on ("In Juba from September 15 to 17, Ambassador X held talks with Minister
    Y") is made by those of another country than the host who take part in what that sentence tells was done
    there."""
    for leg in clusters:
        if leg.type != "visit" or leg.participants or leg.location is None or not leg.location.country:
            continue
        told = {m.sentence for m in leg.mentions}
        for c in clusters:
            if c is not leg and c.type != "visit" and any(m.sentence in told for m in c.mentions):
                for name, (side, _) in c.participants.items():
                    if side is not None and side != leg.location.country:
                        leg.add_participant(name, side, None)


def offices_met_abroad(clusters: list[EventCluster], records: Sequence[PersonRecord], going: frozenset[str]) -> None:
    """An office met on a trip abroad that another government's release names with no country ("The Minister
    spent Wednesday in Ghana. On Wednesday he met the Minister for Defence, X") is the host's, not the
    publisher's, once the trip's leg has placed the meeting: the publisher's guess from the office gives way.
    Not the travellers' own, nor those who travel with them ("The President was accompanied by ... the Minister
    for Energy, Hon. X": X signs abroad for the publisher's side), nor a call's (made from anywhere)."""
    guessed = {r.name: r.sides()[1] for r in records if r.sides()[0] is None and r.sides()[1]}
    going = going | {name for c in clusters if c.type == "visit" and c.location and c.location.country != c.home
                     for name, (side, role) in c.participants.items() if side == c.home and role in ("member", "lead")}
    for c in clusters:
        host = c.location.country if c.location else None
        if c.type in ("visit", "call") or not going or host in (None, c.home) or c.home in (None, HOME):
            continue
        for name, (side, role) in list(c.participants.items()):
            if name not in going and side is not None and side == c.home == guessed.get(name):
                c.participants[name] = (host, role)


def legs_share_traveller(clusters: list[EventCluster]) -> None:
    """A leg of a trip its sentence names nobody on ("Buenos Aires is the last stop, August 23-25") is made by
    the one traveller every other leg of the document names: the trip's."""
    legs = [c for c in clusters if c.type == "visit" and c.location is not None]
    named = [c for c in legs if c.participants]
    if len(named) < 2 or len(named) == len(legs):
        return
    travellers = set.intersection(*({n for n, (_, role) in c.participants.items() if role in (None, "lead")}
                                    for c in named))
    if len(travellers) != 1:
        return
    name = travellers.pop()
    side = next(c.participants[name][0] for c in named)
    for c in legs:
        if not c.participants and c.location is not None and c.location.country != side:
            c.add_participant(name, side, None)


def with_trip(cluster: EventCluster, visits: list[EventCluster]) -> None:
    """A meeting told in the sentence of a trip ("traveled to Addis Ababa, where she met Prime Minister
    Abiy Ahmed"; "will travel to Moscow to meet Russian counterparts"), or held in the place and days of one
    of its legs (an itinerary's item), is held on that trip: its place, its traveller and, when it gives none,
    its days are the trip's."""
    if cluster.type == "visit":
        return
    sentences = {m.sentence for m in cluster.mentions}
    trip = _leg([v for v in visits if any(m.sentence in sentences for m in v.mentions)], cluster)
    first = min(cluster.mentions, key=lambda m: m.index) if cluster.mentions else None
    if trip is None and first is not None and cluster.location is None and cluster.type in {"meeting", "dialogue"}:
        # "Today, the Deputy Secretary traveled to Dhaka. On November 15, she will meet with ...": the
        # sentence right after a trip's, naming no place, is about that trip's stop
        trip = _leg([v for v in visits if v.location and any(m.index == first.index - 1 for m in v.mentions)], cluster)
        if trip is not None and trip.date is not None and trip.date.precision == "year" and cluster.date is not None and \
                cluster.date.precision == "day":
            trip = None  # "... a state visit to Kenya later this year. Dr. X will meet tomorrow with Y": not on that trip
    if trip is None and first is not None and cluster.location is None and cluster.participants and \
            cluster.type in {"meeting", "dialogue", "agreement", "call"}:
        # ... and so is the rest of its paragraph ("On August 22 she goes on to Montevideo. Talks with X ...
        # Afterward, she and X will sign ..."), the stop told last, when its people are of no other country (a call
        # made from there takes its days, not its place)
        told = [(m.index, v) for v in visits if v.location for m in v.mentions
                if m.paragraph == first.paragraph and m.index < first.index]
        trip = max(told, key=lambda t: t[0])[1] if told else None
        if trip is not None and trip.location is not None and cluster.type != "call" and \
                cluster.sides - {cluster.home, trip.location.country}:
            trip = None
    if trip is None and cluster.location is not None and cluster.date is not None and \
            cluster.type in {"meeting", "dialogue", "agreement"} and not cluster.sides - {cluster.home, cluster.location.country}:
        # an itinerary's item ("Monday, 6 March - Wednesday, 8 March: Santiago / - Talks with Foreign Minister X"): held
        # in the place and days of one leg of the trip, it is the traveller's
        date = cluster.date
        legs = [v for v in visits if v.location and v.location.country == cluster.location.country and v.date
                and v.date.bounds()[0] <= date.bounds()[0] and date.bounds()[1] <= v.date.bounds()[1]]
        trip = legs[0] if len(legs) == 1 else None
    if trip is None or (cluster.date is not None and trip.date is not None and _apart(cluster.date, trip.date)):
        return  # "recalled the meeting of X and Y in Bangkok in 2019 and the visit of Z to Hanoi in 2018": two times
    if cluster.location is None and cluster.mentions and cluster.type != "call":
        told_first = cluster.mentions[0]
        told_first.location, told_first.location_kind = trip.location, trip.location_kind
    for name, (side, role) in trip.participants.items():
        if role in (None, "lead"):  # (not who accompanies the traveller: the talks are the principals')
            cluster.add_participant(name, side, None)
    if cluster.date is None:
        cluster.date_from(trip.date, f"dated by the visit to {trip.location.name} it is part of: "
                                     "its sentence gives no date of its own")


def _leg(trips: list[EventCluster], cluster: EventCluster) -> EventCluster | None:
    """Of a trip's legs, the one to the country of the people met ("visited A, B and C. The delegation met
    with A's President X; with B's ..."), else the first."""
    return next((v for v in trips if v.location and v.location.country in cluster.sides), trips[0] if trips else None)


TRIP_SLACK = dt.timedelta(days=7)  # a trip's days as a text gives them may be off by a few


def _apart(a: DateSpan, b: DateSpan) -> bool:
    """Whether two dates are too far apart to be one trip's: more than a week between their bounds."""
    a0, a1 = a.bounds()
    b0, b1 = b.bounds()
    return a0 > b1 + TRIP_SLACK or b0 > a1 + TRIP_SLACK
