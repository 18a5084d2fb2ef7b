"""The temporal stage: finds temporal expressions in English text and normalises them to TimeML TIMEX3.

>>> extract_timexes("WASHINGTON, June 10, 2010 — talks ended today.", datetime.date(2010, 6, 10)).timexes[1].value
'2010-06-10'
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass
from typing import TYPE_CHECKING

from entente.extract.timex import (  # noqa: F401  (importing registers the rules)
    calendar_rules, clock_rules, discourse, holiday_rules, period_rules, reference_rules, relative_rules,
    set_rules, week_rules,
)
from entente.extract.timex.core import RULES, Candidate, Context
from entente.extract.timex.dateline import dateline_day
from entente.extract.timex.discourse import resolve_anaphora
from entente.extract.timex.settings import TimexSettings
from entente.models import Timex

if TYPE_CHECKING:
    import spacy.tokens

__all__ = ["TimexResult", "TimexSettings", "extract_timexes", "range_split"]


@dataclass(frozen=True)
class TimexResult:
    """What the temporal stage found in one text."""

    timexes: tuple[Timex, ...]  # sorted by start, non-overlapping, offsets into the text
    messages: tuple[str, ...]  # warnings for the document, e.g. 'invalid date "31 February 2010" at 120'


# Modifiers that may stand before an expression and join its span, after a space or a hyphen
# ("late November", "late-November"): (pattern, TimeML mod).
_POINT_MODS: tuple[tuple[str, str], ...] = (
    (r"(?:the\s+)?(?:very\s+)?(?:early|beginning\s+of|start\s+of)", "START"),
    (r"(?:the\s+)?(?:late|end\s+of|close\s+of|end(?=-))", "END"),  # "end-March", as Reuters writes it
    (r"(?:the\s+)?(?:mid-?|middle\s+of)", "MID"),
    (r"(?:around|about|approximately|roughly)", "APPROX"),
    (r"post-", "AFTER"),
    (r"pre-", "BEFORE"),
)
_AMOUNT_MODS: tuple[tuple[str, str], ...] = (
    (r"(?:around|approximately|roughly|some|an\s+estimated)", "APPROX"),
    (r"(?:nearly|less\s+than|fewer\s+than|just\s+under|not\s+quite)", "LESS_THAN"),
    (r"(?:more\s+than|just\s+over|well\s+over|longer\s+than)", "MORE_THAN"),
    (r"(?:at\s+least|no\s+less\s+than)", "EQUAL_OR_MORE"),
    (r"(?:at\s+most|up\s+to|no\s+more\s+than)", "EQUAL_OR_LESS"),
)
# Set as the mod but left out of the span, as TimeBank annotates them: "about [two weeks]".
_OUTSIDE_MODS: tuple[tuple[str, str], ...] = (
    (r"about", "APPROX"), (r"almost", "LESS_THAN"), (r"under", "LESS_THAN"), (r"over", "MORE_THAN"),
)
_COMPILED_MODS = {
    kind: [(re.compile(rf"(?i)(?<![\w-])({p})(?:\s+|-|(?<=-))$"), mod) for p, mod in table]
    for kind, table in (("point", _POINT_MODS), ("amount", _AMOUNT_MODS), ("outside", _OUTSIDE_MODS))
}
_POSSESSIVE = re.compile(r"['’]s\b")
_THE = re.compile(r"(?i)(?<![\w-])the\s+$")
_THE_LEAD = re.compile(r"(?i)(?:the\s+)?")


def extract_timexes(text: str, dct: datetime.date | None, *, doc: spacy.tokens.Doc | None = None,
                    settings: TimexSettings | None = None) -> TimexResult:
    """Temporal expressions of `text` as TIMEX3s, relative ones resolved against `dct`.

    With `dct` None, relative expressions keep an unresolved value ("XXXX-03", "PAST_REF"): they are
    never resolved against today. `doc`, the spaCy parse of the same text, sharpens tense and tells
    "may" the verb from May the month; everything works without it.
    """
    settings = settings or TimexSettings()
    if dct is not None:
        dct = dateline_day(text, dct) or dct
    ctx = Context(text=text, dct=dct, settings=settings, doc=doc if settings.use_parse else None)
    matches = sorted(((m, r) for r in RULES for m in r.pattern.finditer(text)),
                     key=lambda mr: (mr[0].start(), -mr[1].priority))
    candidates = [c for c in (r.handler(m, ctx) for m, r in matches) if c is not None and c.end > c.start]
    candidates = [c for c in _outside(candidates, ctx.rejected) if not COURTESY_BEFORE.search(text, max(0, c.start - 6), c.start)]
    chosen = _settle_overlaps(candidates)
    resolve_anaphora(chosen)
    timexes = tuple(_to_timex(text, _widen(text, c)) for c in chosen)
    return TimexResult(timexes=_drop_overlaps(timexes), messages=tuple(dict.fromkeys(ctx.messages)))


# A month after a courtesy title is a given name: "Mr January Masilela", "Ms. April Ryan"
COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


def _outside(candidates: list[Candidate], rejected: list[tuple[int, int]]) -> list[Candidate]:
    """The candidates that overlap none of the rejected spans ("THURSDAY, 08 OCTOBER" headings).

    Sorted by start with the running maximum of their ends, the rejected spans that start before a
    candidate ends reach past its start exactly when the farthest of them does: one bisection each.
    """
    spans = sorted(rejected)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    out = []
    for c in candidates:
        k = bisect_left(starts, c.end)
        if k == 0 or reach[k - 1] <= c.start:
            out.append(c)
    return out


def _settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then the higher-priority rule; an expression inside a longer one is dropped."""
    taken: list[Candidate] = []
    # The spans taken never overlap, so sorted by start their ends are sorted too: the only one that
    # can overlap a candidate is the last that starts before it ends (a bisection, not a scan).
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        k = bisect_left(starts, c.end)
        if k == 0 or ends[k - 1] <= c.start:
            taken.append(c)
            starts.insert(k, c.start)
            ends.insert(k, c.end)
    return sorted(taken, key=lambda c: c.start)


def _widen(text: str, c: Candidate) -> Candidate:
    """Pulls a modifier ("early", "about", "more than") and a determiner ("the") into the span."""
    window = text[max(0, c.start - 30):c.start]
    if c.takes_mod:
        for pattern, mod in _COMPILED_MODS[c.takes_mod]:
            m = pattern.search(window)
            if m and mod == "APPROX" and _POSSESSIVE.match(text, c.end):
                break  # "get around Wednesday's ruling": a preposition before a possessive, not "about"
            if m:
                c.start -= len(window) - m.start(1)
                if window[m.end(1):m.end(1) + 1] == "-" and not c.takes_the:
                    # "the late-November talks": a hyphenated premodifier; "the" is the noun's
                    c.start += len(_THE_LEAD.match(window, m.start(1)).group())  # type: ignore[union-attr]
                c.mod = c.mod or mod
                window = text[max(0, c.start - 30):c.start]
                break
        else:
            if c.takes_mod == "amount" and not text[c.start:c.start + 4].lower().startswith("the "):
                for pattern, mod in _COMPILED_MODS["outside"]:
                    if pattern.search(window):
                        c.mod = c.mod or mod
                        break
    if c.takes_the and not text[c.start:c.start + 4].lower().startswith("the "):
        m = _THE.search(window)
        if m:
            c.start -= len(window) - m.start()
    return c


def _to_timex(text: str, c: Candidate) -> Timex:
    return Timex(start=c.start, end=c.end, text=text[c.start:c.end], type=c.type,  # type: ignore[arg-type]
                 value=c.value, range_end=c.range_end, mod=c.mod)


def _drop_overlaps(timexes: tuple[Timex, ...]) -> tuple[Timex, ...]:
    """Widening may make neighbours touch; keep the earlier one."""
    out: list[Timex] = []
    for t in timexes:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    return tuple(out)


def range_split(timex: Timex) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two ends of a range as (start, end) offsets, for writing TimeML's two TIMEX3 tags.

    "October 8-9, 2009" → ("October 8", "9, 2009"); None when the timex is not a range.
    """
    if not timex.range_end:
        return None
    m = re.search(r"\s*(?:[-–—]{1,2}|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*", timex.text[1:])
    if not m:
        return None
    cut, resume = timex.start + 1 + m.start(), timex.start + 1 + m.end()
    return (timex.start, cut), (resume, timex.end)
