"""Sides no words state: a participant's side filled from the event's parties, and kept across a document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable

from entente.extract.events import GATHERED, HOME, EventCluster
from entente.extract.name_origin import origin
from entente.models import Event


PAIRED_ROLES = frozenset({"signatory", "chair", "lead"})  # one on each side
LEADING = PAIRED_ROLES  # ... and who leads a side: a visit's visitor, the heads of the talks that sign


def side_left(cluster: EventCluster, parties: tuple[str, ...], home: str | None = None,
              unofficial: frozenset[str] = frozenset()) -> None:
    """In an event between the publisher's country (the United States when unknown) and one other
    party, where the publisher's side is named, a participant of no stated side is taken for the other
    party: a release names its own officials by their offices ("Secretary of Defense X", "the Minister
    for Foreign Affairs"), and the counterpart often by office alone ("President Nyamdorj Enkhtuvshin",
    "Deputy Secretary Whitfield" in a Japanese release). Nothing is guessed for other events, nor for
    `unofficial` people, whom the text gives an organisation and no office ("Mr. A (Secure World
    Foundation)" at a track-II dialogue may be of either side). In a meeting, call, visit or signing between
    two countries neither of which is the publisher's known country, the one no participant's words name is
    taken for the side of those who have none."""
    own = home or HOME
    sides = [side for side, _ in cluster.participants.values()]
    unnamed = [p for p in parties if p not in sides]
    if home is None and own not in parties and len(parties) == 2 and len(unnamed) == 1 and cluster.type in OFFICIAL_ACTS:
        # a publisher of neither known kind, in an event between two other countries ("the Minister of National
        # Defence, X, hosted the Minister of National Defence of the Republic of Lithuania, Y"): who has no stated
        # side is of the party no one's words name
        own = unnamed[0]
    others = [p for p in parties if p != own]
    if own not in parties or len(others) != 1:
        return
    # a foreign ministry names the visitor's country ("the Deputy Secretary of Commerce of the United
    # States of America") and its own officials by office alone ("the President of the Republic")
    fill = own if own != HOME and others[0] in sides else others[0] if own in sides else None
    abroad = cluster.type == "visit" and cluster.location and cluster.location.country == others[0]
    if abroad and own in sides and others[0] not in sides:
        # "The Minister was accompanied throughout the visit by the Director General, Ambassador X": the
        # publisher's own travel with their own; who receives them is the host country's
        for name, (side, role) in list(cluster.participants.items()):
            if side is None and name not in unofficial:
                cluster.participants[name] = (others[0] if role == "host" else own, role)
        return
    if fill is None and cluster.type == "visit" and cluster.location and cluster.location.country == own:
        fill = others[0]  # "during President Zelenskyy's visit to Washington": the visitor is the guest's side
    elif fill is None and cluster.type == "visit" and cluster.location and cluster.location.country == others[0]:
        fill = own  # "Counselor Chollet visits Kuwait City": a release tells its own officials' trips abroad
    if fill is None and others[0] in sides and own not in sides:
        # "signed by Assistant Secretary X and Ghana's Minister Y": signatories and co-chairs pair up the sides
        for name, (side, role) in list(cluster.participants.items()):
            if side is None and role in PAIRED_ROLES and name not in unofficial and \
                    any(s == others[0] and r == role for s, r in cluster.participants.values()):
                cluster.participants[name] = (own, role)
        return
    if fill is None:
        return
    for name, (side, role) in list(cluster.participants.items()):
        if side is None and name not in unofficial:
            cluster.participants[name] = (fill, role)


def fill_sides(cluster: EventCluster, parties: tuple[str, ...], home: str | None = None,
               unofficial: frozenset[str] = frozenset()) -> None:
    """Sides, in an event between two countries, from where the names of those without one are plainly from
    ("Professor Stavros I. Katsikas" at a Greek-Turkish dialogue), then from the event's parties (`side_left`)."""
    if len(parties) == 2:
        for name, (side, role) in list(cluster.participants.items()):
            if side is None:
                cluster.participants[name] = (origin(name, *parties), role)
    side_left(cluster, parties, home, unofficial)


def _sides_seen(pairs: Iterable[tuple[str, str | None]]) -> dict[str, Counter[str]]:
    """How often the document's events give each person each side."""
    seen: dict[str, Counter[str]] = {}
    for name, side in pairs:
        if side:
            seen.setdefault(name, Counter())[side] += 1
    return seen


def one_side_each(clusters: list[EventCluster]) -> None:
    """A person keeps one side across a document: where an event gives a participant no side ("Kamau
    visits Washington") and another event of the document does ("Kamau meets Stanton", the Kenyan side),
    the side the document's events give that person most often is taken."""
    seen = _sides_seen((name, side) for c in clusters for name, (side, _) in c.participants.items())
    for c in clusters:
        for name, (side, role) in list(c.participants.items()):
            if side is None and name in seen:
                c.participants[name] = (seen[name].most_common(1)[0][0], role)


def one_side_across(events: list[Event]) -> list[Event]:
    """A person the document's events give one side in most of them ("Bellandi" the host's minister at the talks,
    the signing and the visit he is invited to make) keeps it in the event that gave them another for want of
    words ("Minister Bellandi exchanged views by video link with Japan's Minister", filled from the document's first
    country): that event's party taken from them alone becomes theirs too."""
    seen = _sides_seen((p.name, p.side) for e in events for p in e.participants)
    out = []
    for e in events:
        people = list(e.participants)
        countries = list(e.countries)
        for k, p in enumerate(people):
            counts = seen.get(p.name)
            if not counts or not p.side:
                continue
            side, n = counts.most_common(1)[0]
            if side == p.side or n < 2 or n <= sum(counts.values()) - n:
                continue
            people[k] = replace(p, side=side)
            alone = not any(q.side == p.side for j, q in enumerate(people) if j != k)
            if alone and p.side in countries and side not in countries:
                countries[countries.index(p.side)] = side
        out.append(replace(e, participants=tuple(people), countries=tuple(countries)))
    return out


# Acts between two governments, where everyone is of one side or the other (not a conference's sessions, whose
# speakers may come from anywhere)
OFFICIAL_ACTS = frozenset({"meeting", "call", "visit", "agreement"})


def visitor_at_meetings(clusters: list[EventCluster], ours: tuple[str | None, ...]) -> None:
    """A visitor takes part in the meetings their visit holds that name only the host's people: "On Monday, Minister X
    will hold talks with ... and will be received by the Vice President", "courtesy call by the Head of the Indonesian
    Delegation on the Minister of Defence", "the National Security Adviser called on the Minister for the Armed Forces":
    the visitor is there, though the sentence names them by an office, a role or not at all. Only a meeting held on
    a day of the visit, in the country visited, whose people are all of that country, takes the visit's first visitor
    (the one who leads it, if the text says who does), and only a visitor of the document's own sides (`ours`: its
    publisher's, or the pair it is between), not a third country's ("with X, and with Kazakh Deputy Foreign Minister Y,
    who was visiting Bishkek")."""
    visits = [c for c in clusters if c.type == "visit" and c.location and c.date]
    for c in clusters:
        sides = {side for side, _ in c.participants.values()}
        if c.type != "meeting" or c.date is None or len(sides) != 1 or None in sides:
            continue
        for v in visits:
            host = v.location.country if v.location else None
            visitors = sorted(((n, side, role) for n, (side, role) in v.participants.items() if side and side != host),
                              key=lambda p: p[2] not in LEADING)  # who leads the visit first
            (v0, v1), (c0, c1) = v.date.bounds() if v.date else c.date.bounds(), c.date.bounds()
            if visitors and sides == {host} and v0 <= c0 and c1 <= v1 and (c.location is None or c.location.country == host) \
                    and visitors[0][1] in ours:
                c.add_participant(visitors[0][0], visitors[0][1], None)
                break


OCCASIONS = GATHERED | {"meeting"}  # the talks of a day: a meeting, or a gathering that holds sessions


def signers_of_the_occasion(clusters: list[EventCluster]) -> None:
    """A signing that names no one of a side ("the two sides signed the Agreement on ...", "South Africa and Mexico
    signed") takes, for that side, who leads the talks held the same day at the same place: the two ministers of
    the meeting, the heads of the dialogue's delegations (leads and chairs before anyone else)."""
    for c in clusters:
        # (told by the verb, "the two sides signed": not "witnessed the signing of X by the heads of the regulators", a
        # signing by others; and no one named whose side is unknown, who may be that side's signer)
        named = {side for side, _ in c.participants.values()}
        if c.type != "agreement" or c.date is None or None in named or \
                not any(re.fullmatch(r"(?i)(?:co-?)?sign(?:ed|s)?", m.trigger.text) for m in c.mentions):
            continue
        c0, c1 = c.date.bounds()
        for g in clusters:
            if g.type not in OCCASIONS or g.date is None or not (g.date.bounds()[0] <= c0 and c1 <= g.date.bounds()[1]) or \
                    (g.location and c.location and g.location.country != c.location.country):
                continue
            people = sorted(g.participants.items(), key=lambda p: p[1][1] not in LEADING)
            parties = set(c.parties) | c.sides  # (the signing's own parties, when it names two: not a third present)
            missing = {side for _, (side, _) in people if side and side not in named and (len(parties) < 2 or side in parties)}
            if len(missing | named) != 2:
                continue  # (a signing between two sides: not a meeting of one side, nor one with a third present)
            for side in dict.fromkeys(side for _, (side, _) in people if side in missing):  # (in the talks' order)
                name = next(p for p, (s, _) in people if s == side)
                c.add_participant(name, side, "signatory")  # (who signs is a signatory, whatever their part in the talks)
            break


def people_of_occasions(clusters: list[EventCluster], ours: tuple[str | None, ...]) -> None:
    """Who an event of a visit or of a day's talks holds though its sentence names them otherwise: the visitor at the
    visit's meetings, the heads of the talks at the signing."""
    visitor_at_meetings(clusters, ours)
    signers_of_the_occasion(clusters)
