"""The rule machinery: a registry of (pattern, handler) rules, the match context and candidate values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from entente.extract.timex.anchor import PROSPECTIVE, Direction, direction_from_doc, direction_from_text
from entente.extract.timex.settings import TimexSettings


@dataclass
class Candidate:
    """One temporal expression a rule found, before overlaps are settled."""

    start: int
    end: int
    type: str
    value: str
    range_end: str | None = None
    mod: str | None = None
    priority: int = 0
    # Whether a preceding "the" belongs to the expression ("the third quarter", not "the Aug. 7 bombing").
    takes_the: bool = False
    # Whether "early"/"late"/"mid-" or "about"/"more than" may stand in front of it.
    takes_mod: str = ""  # "", "point" (early/late/mid) or "amount" (about/more than/nearly)
    # Where a range splits into its two ends, for TimeML output: (end of first part, start of second).
    split: tuple[int, int] | None = None
    # An anaphor's place relative to the last date mentioned: (step, unit, value suffix); "the following
    # year" is (1, "Y", ""), "that night" (0, "D", "TNI"). Its value until then is the document date's.
    anaphor: tuple[int, str, str] | None = None


@dataclass
class Context:
    """What a handler may consult: the text, the document date, the parse, the settings."""

    text: str
    dct: dt.date | None
    settings: TimexSettings
    doc: Any = None
    messages: list[str] = field(default_factory=list)
    reference: dt.date | None = None  # the last fully specified day mentioned (agenda headings)
    last_quarter: str | None = None  # the last quarter value mentioned ("1989-Q3")
    last_range: tuple[dt.date, dt.date] | None = None  # the last day range mentioned ("8-9 October 2009")
    agenda_day: dt.date | None = None
    # Spans judged not to be dates (an impossible day, an implausible year): nothing inside them is one.
    rejected: list[tuple[int, int]] = field(default_factory=list)  # the day of the last agenda heading ("THURSDAY, 08 OCTOBER")

    def direction(self, start: int, end: int) -> Direction | None:
        """Past or future, as the sentence's tense says; None when it says nothing."""
        return self.tense(start, end)[0]

    def tense(self, start: int, end: int) -> tuple[Direction | None, bool]:
        """(past or future or None, whether the evidence is firm: the governing verb, or a verb beside it).
        A phrase that looks ahead governs the date after it whatever its own tense: "looked forward to
        meeting him in June", "discussed preparations ahead of the summit in July"."""
        if PROSPECTIVE.search(self.text, max(0, start - 80), start):
            return "future", False
        if self.doc is not None:
            found, firm = direction_from_doc(self.doc, start, end)
            if found:
                return found, firm
        return direction_from_text(self.text, start, end)

    def plausible_year(self, year: int) -> bool:
        return self.settings.min_year <= year <= self.settings.max_year

    def pos_at(self, start: int) -> str | None:
        """The part of speech spaCy gave the token at `start`, when a parse was passed in."""
        if self.doc is None:
            return None
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0].pos_ if span is not None and len(span) else None


Handler = Callable[[re.Match[str], Context], "Candidate | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int


RULES: list[Rule] = []


def rule(pattern: str, *, priority: int = 0, flags: int = 0) -> Callable[[Handler], Handler]:
    """Registers a handler for a pattern; higher priority wins between equally long overlapping matches."""
    # Matches start at a word's first character: the guard lets the engine skip the inside of words,
    # which keeps the scan linear and cheap (the stage must cost a fraction of spaCy's parse).
    compiled = re.compile(pattern if pattern.startswith("(?m)") else rf"(?<!\w)(?:{pattern})", flags)

    def register(handler: Handler) -> Handler:
        RULES.append(Rule(handler.__name__, compiled, handler, priority))
        return handler

    return register


def g(m: re.Match[str], name: str) -> str | None:
    """A named group of the match, or None when the group is absent from the pattern or unmatched."""
    try:
        return m.group(name)
    except IndexError:
        return None
