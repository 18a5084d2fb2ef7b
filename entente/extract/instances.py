"""Which instance of a gathering a mention tells: the next one, an earlier one, or history that only measures
time. Each pattern reads the words right before (or after) a trigger."""

from __future__ import annotations

import re

from entente.extract.event_types import Trigger

# "agreed to sign a plan at the next dialogue": a later one, an event only where the text dates it
_NEXT = r"\b(?i:the|a)\s+(?:next|following|upcoming|future|subsequent)\s+"
NEXT_INSTANCE = re.compile(_NEXT + "$")
# ... also before the gathering's name: "the next U.S.-Kenya Strategic Dialogue"
NEXT_NAMED = re.compile(_NEXT + r"(?:(?:[A-Z][\w.’'-]*|of|and)\s+){0,5}$")
# "The first round took place in Jakarta in 2018" (in the report of the second): the first one, told as past
FIRST_HELD = re.compile(r"\b(?i:the|its|their)\s+(?:first|inaugural)\s+(?:(?:[A-Z][\w.’'-]*|of|and)\s+){0,5}$")
FIRST_HELD_AFTER = re.compile(r"[^.;]{0,40}?\b(?:took\s+place|was\s+held|were\s+held|was\s+hosted|met)\b[^.;]{0,60}?"
                              r"\b(?:in|during)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b")
# "The Forum will reconvene in Berlin in autumn 2005", "agreed to meet again in May": the next instance
AGAIN = re.compile(r"(?i)reconven|\s+again\b")
TO_COME = re.compile(r"\b(?:will|would|shall|to)\s+$")  # not "reconvening after two years, met today"
# "had deepened cooperation since the signing of the Agreement": history that measures time, no event
SINCE_THEN = re.compile(r"\b(?i:since)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}$")
# "The previous round was held last year in Tokyo": an earlier instance, told in passing
PREVIOUS_NAMED = re.compile(r"\b(?i:the|a|its|their)\s+(?:previous|prior|preceding|earlier|last(?=\s+round))\s+"
                            r"(?:(?:[A-Z][\w.’'-]*|of|and)\s+){0,5}$")


def is_later(text: str, s0: int, t: Trigger) -> bool:
    """ "the next U.S.-Kenya Strategic Dialogue", "The Forum will reconvene in Berlin": a later instance.

    >>> t = "The Forum will reconvene in Berlin in 2005."
    >>> is_later(t, 0, Trigger(15, 24, "reconvene", "dialogue", True))
    True
    """
    return bool(NEXT_NAMED.search(text, max(s0, t.start - 80), t.start)) or \
        bool((AGAIN.match(t.text) or AGAIN.match(text, t.end)) and TO_COME.search(text, max(s0, t.start - 12), t.start))


def is_earlier(text: str, s0: int, t: Trigger) -> bool:
    """ "The previous round was held last year", "The first round took place in Jakarta in 2018".

    >>> t = "The first round took place in Jakarta in 2018."
    >>> is_earlier(t, 0, Trigger(4, 15, "first round", "conference", True))
    True
    """
    return bool(PREVIOUS_NAMED.search(text, max(s0, t.start - 80), t.start)) or \
        bool((FIRST_HELD.search(text, max(s0, t.start - 40), t.start) or re.match(r"(?i)(?:first|inaugural)\b", t.text))
             and FIRST_HELD_AFTER.match(text, t.end))


def is_history(text: str, s0: int, t: Trigger) -> bool:
    """ "cooperation had grown since the signing of the Treaty": no event, a measure of time."""
    return bool(SINCE_THEN.search(text, max(s0, t.start - 40), t.start))


ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth")
# "the ninth meeting of the Norwegian-Russian Arctic Dialogue", "the 12th round of talks": which instance
ORDINAL = re.compile(r"(?i)\b(?P<n>" + "|".join(ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
                     r"(?:(?:(?-i:[A-Z])[\w.’'-]*|of|the|and|annual|round|meeting|session|plenary)\s+){0,6}$")


def ordinal_of(text: str, s0: int, t: Trigger) -> int | None:
    """The instance number the words before a gathering's trigger (or the trigger itself) give.

    >>> s = "The ninth meeting of the Norwegian-Russian Arctic Dialogue was held in Tromso."
    >>> ordinal_of(s, 0, Trigger(s.index("Arctic"), s.index(" was"), "Arctic Dialogue", "dialogue", True))
    9
    >>> ordinal_of("The 12th round was held.", 0, Trigger(4, 14, "12th round", "conference", True))
    12
    """
    found = ORDINAL.match(t.text + " ") or ORDINAL.search(text, max(s0, t.start - 80), t.start)
    if found is None:
        return None
    n = found.group("n").lower()
    return ORDINAL_WORDS.index(n) + 1 if n in ORDINAL_WORDS else int(n[:-2])


def order_instances(text: str, mentions: list) -> None:
    """Number a gathering's instances as the document does: the first numbered one it tells ("the ninth
    meeting") is its news; a lower number is an earlier one recalled ("The eighth meeting was held in Moscow
    in October 2016"), a higher one a later one planned ("The tenth meeting will be held in Arkhangelsk").
    A number that goes with other name words ("the third Working Group" beside "the ninth Dialogue") is
    another body's."""
    numbered = [(m, n) for m in mentions if m.type in GATHERING_TYPES and not m.part  # "the second session": a part
                and (n := ordinal_of(text, m.sentence[0], m.trigger)) is not None]
    news = next(((m, n) for m, n in numbered if not (m.later or m.earlier)), None)
    if news is None:
        return
    first, ref = news
    for m, n in numbered:
        if first.name_words and m.name_words and not first.name_words & m.name_words:
            continue
        if n < ref:
            m.earlier = True
        elif n > ref:
            m.later = True


GATHERING_TYPES = frozenset({"dialogue", "conference", "summit", "meeting"})
