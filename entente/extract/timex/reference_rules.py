"""Rules for references to the present, past and future: now, currently, recently, the future, one day."""

from __future__ import annotations

import re

from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.patterns import NUMBER

I = "(?i:{})".format  # case-insensitive piece of an otherwise case-sensitive pattern

_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF", "an earlier date": "PAST_REF",
}
# Left out on purpose: "soon", "previously", "future", "recent", "shortly": TimeML annotators tag them
# in under a third of their uses, so tagging them costs more precision than it gains recall.
_REF_WORDS = I("|".join(sorted((k.replace(" ", r"\s+") for k in _REFS), key=len, reverse=True)))


_COUNTED = re.compile(rf"\s+(?:{I(NUMBER)})\s+[a-z]")


@rule(rf"\b(?P<w>{_REF_WORDS})\b(?!-)", priority=1)
def reference_word(m: re.Match[str], ctx: Context) -> Candidate | None:
    """now → PRESENT_REF · currently · recently → PAST_REF · the past · a later date → FUTURE_REF."""
    word = re.sub(r"\s+", " ", m.group("w").lower())
    if word == "the past" and _COUNTED.match(ctx.text, m.end()):
        return None  # "the past three summers", "the past two elections": a span of counted things
    return Candidate(m.start(), m.end(), "DATE", _REFS[word], priority=1)


_NOT_A_VERB = r"of|and|or|in|on|at|to|for|after|before|later|earlier|ago|with|when|that|the|a|an"


@rule(rf"(?<=\s)(?P<od>{I('one|some')}\s+{I('day')})\b(?=\s+[a-z]+\b)(?!\s+(?:{_NOT_A_VERB})\b)", priority=3)
def someday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """will one day be · hopes to one day lead · may some day return → FUTURE_REF: an unnamed day ahead,
    not a day's length. Only between a modal or "to" and its verb."""
    if not re.search(r"(?i)\b(?:will|would|could|might|may|can|shall|should|to|'ll)\s+$",
                     ctx.text[max(0, m.start() - 10):m.start()]):
        return None
    return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF", priority=3)
