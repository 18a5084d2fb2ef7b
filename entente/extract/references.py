"""Who a short reference is: a surname alone, an opening "He" or "She", "The Secretary"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from entente.extract.countries import country_code
from entente.extract.names import surname
from entente.extract.people import PersonMention


def with_surnames(people: list[PersonMention], text: str) -> list[PersonMention]:
    """Later mentions by surname alone that the tagger did not take for names ("Grant and Reyes also
    signed"): the surname of a full name the document gives, capitalised, as a word of its own."""
    full = [p for p in people if not p.short and len(p.name.split()) >= 2]
    if not full:
        return people
    first_seen: dict[str, int] = {}
    for p in full:
        key = surname(p.name)
        if len(key) >= 3 and key[:1].isupper() and not country_code(key):
            first_seen.setdefault(key, p.start)
    if not first_seen:
        return people
    starts = [p.start for p in people]  # people are in text order

    def taken(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and people[k].start <= offset < people[k].end

    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(first_seen, key=len, reverse=True))
                         + r")\b(?!['’]?\s*[A-Z])")
    added = [PersonMention(m.group(0), m.start(), m.end(), short=True, by_surname=True)
             for m in pattern.finditer(text) if m.start() > first_seen[m.group(0)] and not taken(m.start())]
    return sorted(people + added, key=lambda p: p.start) if added else people


# "She", also after an opening adverbial: "In Nairobi, she will meet ...", "On March 4, he met ..."
PRONOUN_SUBJECT = re.compile(r"(?:(?:[A-Z][^,.;:\n]{0,40}),\s*)?(?:He|She|he|she)\b")


def pronoun_subject(text: str, span: tuple[int, int], previous: tuple[int, int] | None,
                     people: list[PersonMention]) -> int | None:
    """The person a sentence's opening "He" or "She" is: the first person the sentence before names
    ("Deputy Secretary Sherman led a delegation to Seoul. She also met ..."), as a mention index."""
    if previous is None or not PRONOUN_SUBJECT.match(text, span[0], span[1]):
        return None
    k = bisect_left(people, previous[0], key=lambda p: p.start)
    return k if k < len(people) and people[k].start < previous[1] else None


# "The Secretary", also after an opening adverbial ("Earlier, on Tuesday, 19th June, the Cabinet Secretary met")
OFFICE_SUBJECT = re.compile(r"(?:[^,.;:\n]{1,40},\s*){0,3}(?:The|the)\s+(?P<office>(?:(?:Deputy|Under|Assistant|Vice|Prime|Cabinet|"
                            r"Foreign|Defen[cs]e|State)\s+)?(?:Secretary"
                            r"(?:[- ]General)?|Minister|President|Ambassador|Envoy|Chairman|Admiral|General))\b"
                            r"(?!\s+(?:of|for|and)\b)")


def office_subject(text: str, span: tuple[int, int], people: list[PersonMention]) -> int | None:
    """The person a sentence's subject "The Secretary" or "The Deputy Secretary" is: the latest one
    named before with that office in their title ("Deputy Secretary of State Wendy Sherman")."""
    found = OFFICE_SUBJECT.match(text, span[0], span[1])
    if found is None:
        return None
    office = found.group("office").lower().replace("-", " ")
    k = bisect_left(people, span[0], key=lambda p: p.start)
    for i in range(k - 1, -1, -1):
        title = (people[i].title or "").lower().replace("-", " ")
        if re.search(rf"(?:^|\s){re.escape(office)}\b", title) and not (office == "secretary" and
                                                                       re.search(r"(deputy|under|assistant) secretary", title)):
            return i
    return None
