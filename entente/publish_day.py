"""A document's publishing stamp as a day: in the publisher's time zone (ENTENTE_PUBLISHER_TZ), where the
news happened, not in UTC (a release stamped 01:46 UTC is the previous day's in Washington)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from entente import settings


def iso_date(value: object) -> str | None:
    """The day of an ISO date, or of a timestamp in the publisher's time zone (ENTENTE_PUBLISHER_TZ):
    "2021-05-21T01:10:41+00:00" is 20 May in Washington. None when it is neither."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if len(value) > 10:
        try:
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return day.isoformat()
        if stamp.tzinfo is not None:
            try:
                zone = ZoneInfo(settings.publisher_tz())
            except (ZoneInfoNotFoundError, ValueError):
                zone = ZoneInfo("America/New_York")
            return stamp.astimezone(zone).date().isoformat()
    return day.isoformat()
