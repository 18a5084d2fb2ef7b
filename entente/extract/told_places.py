"""Where an event is held when its own sentence names no place: the place the sentence before set."""

from __future__ import annotations

from typing import Protocol, Sequence

from entente.extract.event_dates import DateSpan
from entente.extract.mention import EventMention

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
