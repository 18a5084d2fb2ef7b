"""The days of each leg of a trip the text dates only as a whole, and of the meetings held on each leg."""

from __future__ import annotations

import datetime as dt

from entente.extract.event_dates import DateSpan
from entente.extract.events import EventCluster


LEG_NOTE = "the days its events in that country are dated, within the trip's"


def narrow_legs(clusters: list[EventCluster]) -> None:
    """A trip's legs the text dates only as a whole ("will travel to Vietnam, Cambodia, and Laos March 5-11")
    each take the days of the events held in their own country within those dates ("In Hanoi on March 5-6,
    she will meet ..."): Vietnam March 5-6, not March 5-11. Only when every leg is so dated and no two
    legs' days overlap: else the days between its events are the text's to tell."""
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


def _leg_days(leg: EventCluster, clusters: list[EventCluster]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the dated events held in a leg's country within the leg's days."""
    if leg.date is None or leg.location is None:
        return None
    first, last = leg.date.bounds()
    inside = [c.date.bounds() for c in clusters if c.type != "visit" and c.date is not None and c.location and
              c.location.country == leg.location.country and c.date.precision == "day" and
              first <= c.date.bounds()[0] and c.date.bounds()[1] <= last and c.date != leg.date]
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
