"""Where a time axis opens: on the span the events are in, not on the span a stray date stretches it to.

One event dated 1861 and one in 2030 among a year of releases would otherwise make the axis 170 years
wide and squeeze the year that matters into a stripe. The axis opens on the bulk of the events; the few
far outliers stay one drag of the range slider away, and the page says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from components.labels import format_when

# An event is an outlier when it lies more than FENCE interquartile ranges beyond the middle half of
# the events (Tukey's "far out" fence), and only when such events are few: a tail of more than SHARE of
# the events on one side is part of the story, not noise.
FENCE = 3.0
SHARE = 0.05
MIN_SPREAD = pd.Timedelta(days=90)  # events all in one month would make every other month "far out"
MIN_EVENTS = 5


@dataclass(frozen=True)
class Focus:
    first: pd.Timestamp  # the opening view: first day of the earliest event kept
    last: pd.Timestamp  # the day after the latest event kept ends
    before: int  # events left of the opening view
    after: int  # events right of it
    before_when: str = ""  # when they are, as the app writes dates ("1861", "1861 – 1990")
    after_when: str = ""

    @property
    def outside(self) -> int:
        return self.before + self.after


def _span_text(days: pd.Series) -> str:
    first, last = days.min(), days.max()
    one = format_when(first.date().isoformat(), None, "year")
    other = format_when(last.date().isoformat(), None, "year")
    return one if one == other else f"{one} – {other}"


def focus(start: pd.Series, end: pd.Series | None = None) -> Focus | None:
    """The opening view for events starting at `start` and ending at `end` (days; NaT for undated, which
    are ignored), or None when no event is dated."""
    start = pd.to_datetime(start)
    end = start if end is None else pd.to_datetime(end).fillna(start)
    dated = start.notna()
    if not dated.any():
        return None
    start, end = start[dated], end[dated]
    keep = pd.Series(True, index=start.index)
    ends = end  # where the opening view may end: not at the far end of a "2020s" that starts in 2021
    before = after = 0
    if len(start) >= MIN_EVENTS:
        q1, q3 = start.quantile(0.25), start.quantile(0.75)
        spread = max(q3 - q1, MIN_SPREAD)
        allowed = max(1, int(len(start) * SHARE))
        early, late = start < q1 - FENCE * spread, start > q3 + FENCE * spread
        if 0 < early.sum() <= allowed:
            keep &= ~early
            before = int(early.sum())
        if 0 < late.sum() <= allowed:
            keep &= ~late
            after = int(late.sum())
        ends = end.clip(upper=max(start[keep].max(), q3 + FENCE * spread))
    day = pd.Timedelta(days=1)
    return Focus(
        first=start[keep].min(), last=ends[keep].max() + day,
        before=before, after=after,
        before_when=_span_text(start[start < start[keep].min()]) if before else "",
        after_when=_span_text(start[start > end[keep].max()]) if after else "",
    )


def outside_note(found: Focus | None) -> str | None:
    """What the opening view leaves out, in words, or None when it shows every dated event."""
    if found is None or not found.outside:
        return None
    parts = []
    if found.before:
        parts.append(f"{found.before} earlier event{'s' * (found.before != 1)} ({found.before_when})")
    if found.after:
        parts.append(f"{found.after} later event{'s' * (found.after != 1)} ({found.after_when})")
    return ("The chart opens where the events are; " + " and ".join(parts) + " lie outside it. "
            "Drag the range slider under the chart, or set the years in the sidebar, to see them.")
