"""Agenda sessions as events (panels with chairs, presenters, discussants) under the main gathering."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from entente.extract.event_dates import DateSpan
from entente.extract.mention import EventMention
from entente.extract.event_types import GIVEN_BY, Trigger
from entente.extract.events import EventCluster
from entente.extract.people import PersonMention, PersonRecord
from entente.extract.programme import AgendaItem
from entente.extract.roster import RosterEntry

SESSION_ROLES = frozenset({"chair", "presenter", "discussant"})


def is_panel(item: AgendaItem) -> bool:
    """A slot with a chair, presenters or discussants: read from the programme's lines, not as prose."""
    return item.day is not None and bool({r for e in item.entries for r in e.roles} & SESSION_ROLES)


def is_logistics(item: AgendaItem) -> bool:
    """A slot for registration, a break or a meal that names nobody hosting it."""
    return not item.is_session and not re.search(r"\b" + GIVEN_BY + r"\s+\S", item.title)


def _record_name(entry: RosterEntry, people: Sequence[PersonMention], owner: dict[int, PersonRecord]) -> str:
    for i, m in enumerate(people):
        if m.start == entry.start and m.name == entry.name and i in owner:
            return owner[i].name
    return entry.name


def _side(name: str, entry: RosterEntry, records: dict[str, PersonRecord]) -> str | None:
    record = records.get(name)
    if record:
        sides = [m.side for m in record.mentions if m.side]
        if sides:
            return Counter(sides).most_common(1)[0][0]  # a tie goes to the first stated, not to hash order
    return entry.side


def _main_cluster(items: Sequence[AgendaItem], clusters: list[EventCluster]) -> EventCluster | None:
    days = [it.day for it in items if it.day]
    if not days:
        return None
    span = DateSpan(min(days).isoformat(), max(days).isoformat(), "day")
    fits = [c for c in clusters if c.date and c.date.overlaps(span) and
            c.type in {"dialogue", "conference", "summit", "meeting", "visit"}]

    def covers(c: EventCluster) -> bool:  # the programme's whole days, not one dinner of them
        return bool(c.date and c.date.start[:10] <= span.start and (c.date.end or c.date.start)[:10] >= span.end)
    # a gathering over a visit that holds it; a visit over one of its own slots
    best = max(fits, key=lambda c: (covers(c), c.type != "visit", len(c.mentions))) if fits else None
    if best is not None and (covers(best) or not any(it.start <= m.trigger.start < it.end for it in items for m in best.mentions)):
        low, high = best.date.bounds() if best.date else (None, None)
        if not covers(best) and low and high and low <= min(days) and max(days) <= high:
            best.date_from(span, "dated by the days of its programme")  # "Maritime Conference 2034": its days
        return best
    # "U.S.–Japan Strategic Dialogue on Space Security" over a programme dated only by its day headings (and
    # not its welcome dinner, which a slot of the programme tells)
    first = min(it.start for it in items)
    named = [c for c in clusters if c.date is None and c.type in {"dialogue", "conference", "summit"}
             and any(m.sentence[0] < first for m in c.mentions)]
    if not named:
        return best if best is not None and best.type != "visit" else None
    named[0].date_from(span, "dated by the days of its programme")
    return named[0]


def agenda_clusters(items: Sequence[AgendaItem], roster: Sequence[RosterEntry], clusters: list[EventCluster], *,
                    owner: dict[int, PersonRecord], people: Sequence[PersonMention]) -> list[EventCluster]:
    """Panels of an agenda as their own events; everyone listed joins the main gathering.

    Participant-list people join the main event as members; opening and closing speakers as
    speakers; each panel event carries its chair, presenters and discussants, and the main event
    holds them too: those it does not list already, with their panel role.
    """
    records = {r.name: r for r in owner.values()}
    main = _main_cluster(items, clusters) if items else None
    if main is None and clusters and roster:
        dated = [c for c in clusters if c.date and c.type in {"dialogue", "conference", "summit"}]
        main = dated[0] if dated else None
    if main is not None:
        for entry in roster:
            name = _record_name(entry, people, owner)
            role = entry.roles[0] if entry.roles and entry.roles[0] in {"lead", "chair", "presenter", "discussant"} else "member"
            main.add_participant(name, _side(name, entry, records), role)
    new: list[EventCluster] = []
    for it in items:
        if not it.is_session or not it.entries or it.day is None:
            continue
        if not is_panel(it):
            # "09:30  Bilateral meeting with the Secretary of Defense / Ghana side: A; B / U.S. side: C; D":
            # the slot's own event has them; a slot that is no event of its own lists the gathering's people
            own = next((c for c in clusters if c is not main and not c.children_of and
                        any(it.start <= m.trigger.start < it.end for m in c.mentions)), None)
            target = own or main
            for e in it.entries if target is not None else []:
                name = _record_name(e, people, owner)
                target.add_participant(name, _side(name, e, records), e.roles[0])
            continue
        day = it.day.isoformat()
        start = f"{day}T{it.start_time}" if it.start_time else day
        end = f"{day}T{it.end_time}" if it.end_time else None
        trigger = Trigger(it.start, it.end, it.title, "conference", True)
        mention = EventMention(trigger, (it.start, it.end), "conference", DateSpan(start, end, "day"),
                               main.location if main else None, "site" if main and main.location else None)
        cluster = EventCluster(mentions=[mention], name=it.title, title=it.title, children_of="agenda")
        for e in it.entries:
            name = _record_name(e, people, owner)
            cluster.add_participant(name, _side(name, e, records), e.roles[0])
            if main is not None and name not in main.participants:  # the gathering holds everyone of its panels
                main.add_participant(name, _side(name, e, records), e.roles[0])
            # "Chair and Discussant": one person, two roles, both shown on the roster.
            cluster.extra_roles += [(name, _side(name, e, records), r) for r in e.roles[1:]]
        new.append(cluster)
    return new
