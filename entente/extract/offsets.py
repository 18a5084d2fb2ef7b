"""Lookups by text offset that stay fast on long documents: items by the span they start in, whether an
offset falls in some intervals, where an offset's line starts, the themes of a span."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Generic, Iterable, Sequence, TypeVar

from entente.models import ThemeMention

T = TypeVar("T")


class ByStart(Generic[T]):
    """Items that have a `start`, looked up by the span they start in, in their given order: a long
    document's thousands of dates are not all scanned for each sentence."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)  # type: ignore[attr-defined]
        self.starts = [items[i].start for i in self.order]  # type: ignore[attr-defined]

    def within(self, start: int, end: int) -> list[T]:
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.items[i] for i in sorted(self.order[lo:hi])]


class Intervals:
    """Whether an offset falls in any of some [start, end) intervals, by bisection of their union."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(i for i in intervals if i[0] < i[1]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def holds(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        return k >= 0 and offset < self.ends[k]


class LineStarts:
    """Where the line holding an offset starts, without searching back through a 1 MB line each time."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def start_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]


class ThemeIndex:
    """ThemeTags.themes_in over sentence mentions sorted by start, found by bisection."""

    def __init__(self, mentions: Sequence[ThemeMention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        """Themes mentioned in sentences overlapping [start, end), in order of mention."""
        lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return tuple(dict.fromkeys(m.theme for m in self.mentions[lo:hi] if m.end > start))
