"""Where an event is held when its own sentence names no place (the place the sentence before set), and which trip a
mention goes on with."""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter
from typing import Protocol, Sequence

from entente.extract.event_dates import DateSpan
from entente.extract.mention import EventMention
from entente.models import Location

MET = frozenset({"meeting", "dialogue"})
WEEK = 7  # days apart beyond which two meetings are two stops, not one


class Told(Protocol):
    """An event told so far: its type, mentions, date and the kind of its best place."""
    type: str
    date: DateSpan | None

    @property
    def mentions(self) -> Sequence[EventMention]: ...

    @property
    def location_kind(self) -> str | None: ...

    @property
    def location(self) -> Location | None: ...

    def country_hint(self) -> str | None: ...


def next_stop(m: EventMention, before: Told) -> bool:
    """Whether a meeting whose sentence names no place is held where the meeting told in the sentence before
    it, in the same paragraph, was: "In Tokyo, the Minister called on X on 24 May. The following day he met Y"
    (Tokyo); not a call, nor one dated apart from it, nor one naming no one it meets."""
    if m.type not in MET or before.type not in MET or before.location_kind != "city":
        return False
    if m.paragraph != before.mentions[-1].paragraph or not m.people:
        return False
    if m.date is not None and before.date is not None:
        a0, a1 = m.date.bounds()
        b0, b1 = before.date.bounds()
        return (a0 - b1).days <= WEEK and (b0 - a1).days <= WEEK
    return True


def same_trip(cluster: Told, m: EventMention) -> bool:
    """Whether a visit mention goes where a visit told before goes: the same place ("Kim's travel to Seoul" again), or,
    when it dates a trip a heading named undated, a city of the country the heading names ("Travel to Bangladesh", then
    "traveled to Dhaka on November 14"; not "invited him to visit Indonesia" after "his visit to Jakarta in February")."""
    here, there = m.location, cluster.location
    if m.type != "visit" or cluster.type != "visit" or here is None or there is None or here.country != there.country:
        return False
    return here == there or (m.date is not None and cluster.date is None and cluster.location_kind == "country")


def moved_on(cluster: Told, m: EventMention, moves: list[tuple[int, str | None]]) -> bool:
    """Whether the text tells a trip elsewhere between an event held somewhere and a later mention ("In Male, she met X.
    Today, she traveled to Dhaka. On November 15, she will meet Y"): not that event. `moves`: (sentence, country), in order."""
    if m.type == "visit":
        return False
    last = cluster.mentions[-1].index
    after = bisect_right(moves, last, key=itemgetter(0))
    between = moves[after:bisect_right(moves, m.index, key=itemgetter(0))]
    if not between:
        return False
    # a place of its own, else the trip told last before it ("will travel to Seoul. He will join a meeting ...")
    here = cluster.country_hint() or (moves[after - 1][1] if after else None)
    return here is not None and any(country != here for _, country in between)
