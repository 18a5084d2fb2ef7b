"""Who an office named alone is ("the Secretary", "the National Security Adviser", "the Philippine Secretary"): the
first person named before whose title holds it."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from entente.extract.countries import find_sides
from entente.extract.people import PersonMention

# The nouns an office named alone ends on, and the other spellings of the ones that have them
OFFICE_NOUNS = frozenset({"secretary", "minister", "president", "ambassador", "envoy", "admiral", "general", "commander",
                          "director", "administrator", "commissioner", "chancellor", "premier", "chairman", "chairwoman",
                          "chairperson", "adviser", "advisor"})
SPELLINGS = {**dict.fromkeys(("chairman", "chairwoman", "chairperson"), r"chair(?:man|woman|person)?"),
             **dict.fromkeys(("adviser", "advisor"), r"advis[eo]r")}
# An office named alone: "Secretary", "Deputy Secretary", "Foreign Minister", "National Security Adviser", "Philippine
# Secretary" (up to two capitalised words before its noun)
OFFICE_NAME = (r"(?:[A-Z][\w’'-]*\s+){0,2}?(?:Secretary(?:[- ]General)?|Minister|President|Ambassador|Envoy|"
               r"Chair(?:man|woman|person)|Admiral|General|Advis[eo]r|Commissioner|Chancellor|Premier)")
RANK_BEFORE = re.compile(r"\b(deputy|under|assistant|vice)\s+(?:\w+\s+)?$")  # "Deputy" before "Secretary"


@lru_cache(maxsize=1024)
def _office_words(office: str) -> tuple[tuple[str, ...], re.Pattern[str], list[re.Pattern[str]]]:
    """An office's words but its noun and a nationality, the pattern of its noun's spellings, and each word's."""
    if found := find_sides(office):
        office = office[:found[-1].start] + office[found[-1].end:]
    *mods, head = office.lower().replace("-", " ").split() or [""]
    mods = [w for w in mods if w not in {"the", "of", "for"}]
    return (tuple(mods), re.compile(rf"\b{SPELLINGS.get(head, re.escape(head))}\b"),
            [re.compile(rf"\b{re.escape(w)}") for w in mods])


def holds(office: str, title: str) -> bool:
    """Whether a title holds an office named alone: its noun (the Secretary's not under a rank the office does not
    name: "the Secretary" is no Deputy Secretary) and each of its other words but a nationality (the "Philippine
    Secretary" of a title that may not say whose office it is).

    >>> holds("Foreign Minister", "Deputy Prime Minister, Minister of Foreign Affairs")
    True
    >>> holds("Secretary", "Deputy Secretary of State"), holds("Deputy Secretary", "Deputy Secretary of State")
    (False, True)
    >>> holds("National Security Adviser", "National Security Advisor"), holds("Philippine Secretary", "Secretary")
    (True, True)
    """
    mods, noun, words = _office_words(office)
    title = title.lower().replace("-", " ")
    clean = [o for o in noun.finditer(title) if "secretary" not in o.group(0) or
             not ((r := RANK_BEFORE.search(title, 0, o.start())) and r.group(1) not in mods)]
    return bool(clean) and all(w.search(title) for w in words)


def office_holder(office: str, before: int, people: list[PersonMention], besides: int | None = None) -> int | None:
    """The first person named before `before` with `office` in their title, as a mention index: the one
    the document is about ("Minister Okoro will travel ... talks with Finance Minister Rojas. In Lima, the
    minister will meet ..." is Okoro)."""
    k = bisect_left(people, before, key=lambda p: p.start)
    for i in range(k):
        if besides is not None and people[i].name == people[besides].name:
            continue
        if holds(office, people[i].title or ""):
            return i
    return None
