"""A gathering's own name words ("Strategic Stability" of the "U.S.-Russia Strategic Stability Dialogue"): two
mentions whose names share none are two gatherings."""

from __future__ import annotations

import re

from entente.extract.event_types import Trigger

BODY_NOUN = re.compile(r"\b(?:Dialogue|Group|Commission|Committee|Council|Consultations|Conference|Forum|Summit|"
                       r"Ministerial|Roundtable|Workshop|Seminar|Symposium)s?$")
NAME_RUN = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+(?:(?:and|on|for|of)[ \t]+)?){1,5}$")
GENERIC_NAME_WORDS = frozenset({"the", "u.s.", "us", "united", "states", "america", "american", "dialogue", "group",
                                "working", "joint", "session", "sessions", "meeting", "conference", "summit", "forum",
                                "high-level", "bilateral", "annual", "first", "second", "third", "fourth", "fifth",
                                "next", "and", "on", "for", "of"})


def name_words(text: str, s0: int, t: Trigger, *, bodies_only: bool = True) -> frozenset[str]:
    """The words a standing body's capitalised name puts before and in its trigger, not the generic
    ones: "Trade and Investment Working Group" -> trade, investment; "U.S.-Kenya Strategic Dialogue" ->
    kenya, strategic. Empty for a trigger that is no body's capitalised name ("met", "the dialogue"), unless
    `bodies_only` is off: then any trigger's capitalised words count ("the Geneva meeting").

    >>> from entente.extract.event_types import find_triggers
    >>> s = "the U.S.-Kenya Strategic Dialogue and the Trade and Investment Working Group"
    >>> [sorted(name_words(s, 0, u)) for u in find_triggers(s)]
    [['kenya', 'strategic'], ['investment', 'trade']]
    """
    if bodies_only and not BODY_NOUN.search(t.text):
        return frozenset()
    run = NAME_RUN.search(text, max(s0, t.start - 80), t.start)
    phrase = (run.group(0) if run else "") + t.text
    return frozenset(w.lower() for w in re.split(r"[\s–-]+", phrase) if w[:1].isupper()) - GENERIC_NAME_WORDS
