"""The same event across documents: used by the store to merge the evidence several sources give of one event."""

from __future__ import annotations

import datetime as dt

from entente.extract.event_dates import DateSpan
from entente.extract.event_types import compatible_types
from entente.extract.names import person_key, surname
from entente.models import Event


def _days(event: Event) -> tuple[dt.date, dt.date] | None:
    if not event.start:
        return None
    return DateSpan(event.start[:10], (event.end or "")[:10] or None, event.precision or "day").bounds()


def same_event(a: Event, b: Event) -> bool:
    """Whether two extracted events (from different documents) are one real-world event.

    Same type family, overlapping dates, the same location country (or one unknown), and, when both
    name people, at least one person in common (surname match).
    """
    if not compatible_types(a.type, b.type):
        return False
    da, db = _days(a), _days(b)
    if not da or not db or da[0] > db[1] or db[0] > da[1]:
        return False
    ca = a.location.country if a.location else None
    cb = b.location.country if b.location else None
    if ca and cb and ca != cb:
        return False
    pa = {person_key(surname(p.name)) for p in a.participants}
    pb = {person_key(surname(p.name)) for p in b.participants}
    if pa and pb and not pa & pb:
        return False
    if not (pa and pb) and not (ca and cb) and set(a.countries) != set(b.countries):
        return False
    return True
