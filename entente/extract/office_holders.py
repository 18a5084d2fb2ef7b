"""Who an office named alone is ("the Secretary", "the National Security Adviser", "the Philippine Secretary"): the
first person named before whose title holds it."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from entente.extract.countries import find_sides
from entente.extract.people import PersonMention

# The nouns an office named alone ends on, and the spellings each stands for
HEADS = {"secretary": r"secretary", "minister": r"minister", "president": r"president", "ambassador": r"ambassador",
         "envoy": r"envoy", "admiral": r"admiral", "general": r"general", "commander": r"commander", "director": r"director",
         "administrator": r"administrator", "commissioner": r"commissioner", "chancellor": r"chancellor",
         "premier": r"premier", "chairman": r"chair(?:man|woman|person)?", "chairwoman": r"chair(?:man|woman|person)?",
         "chairperson": r"chair(?:man|woman|person)?", "adviser": r"advis[eo]r", "advisor": r"advis[eo]r"}
OFFICE_NOUNS = frozenset(HEADS)
# An office named alone: "Secretary", "Deputy Secretary", "Foreign Minister", "National Security Adviser", "Philippine
# Secretary" (up to two capitalised words before its noun)
OFFICE_NAME = (r"(?:[A-Z][\w’'-]*\s+){0,2}?(?:Secretary(?:[- ]General)?|Minister|President|Ambassador|Envoy|"
               r"Chair(?:man|woman|person)|Admiral|General|Advis[eo]r|Commissioner|Chancellor|Premier)")
RANK_BEFORE = re.compile(r"\b(deputy|under|assistant|vice)\s+(?:\w+\s+)?$")  # "Deputy" before "Secretary"


@lru_cache(maxsize=1024)
def _office_words(office: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """An office's words but its noun and a nationality, and the pattern of its noun's spellings."""
    words = office.lower().replace("-", " ")
    if found := find_sides(office):
        words = (office[:found[-1].start] + office[found[-1].end:]).lower().replace("-", " ")
    *mods, head = words.split() or [""]
    return tuple(w for w in mods if w not in {"the", "of", "for"}), re.compile(rf"\b{HEADS.get(head, re.escape(head))}\b")


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
    mods, noun = _office_words(office)
    title = title.lower().replace("-", " ")
    clean = [o for o in noun.finditer(title) if "secretary" not in o.group(0) or
             not ((r := RANK_BEFORE.search(title, 0, o.start())) and r.group(1) not in mods)]
    return bool(clean) and all(re.search(rf"\b{re.escape(w)}", title) for w in mods)


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
