"""A person named again by their office alone ("the Minister of Foreign Affairs"): a surname reference to the one
who holds it, or, of an office two hold, to the one named last before it in its paragraph."""

from __future__ import annotations

import re
from bisect import bisect_right

from entente.extract.countries import find_sides
from entente.extract.names import surname
from entente.extract.offices import TITLE_KEYWORDS, side_from_title
from entente.extract.people import PersonMention


# A qualified office named again with "the" and no name: "the Minister of Foreign Affairs", "the Ambassador
# of the United States", "the President of the Republic" (one word, "the Secretary", is office_subject's).
OFFICE_WORDS = 2  # an office of fewer words is too common to name one person


HEADING_LINES = 6  # a document's heading lines: a letterhead, a kind ("ITINERARY"), a title, its dates


def with_office_references(people: list[PersonMention], text: str) -> list[PersonMention]:
    """Later mentions of a person by their office alone, as surname references to them.

    >>> p = [PersonMention("Carlos Villalba", 54, 69, title="Minister of Foreign Affairs")]
    >>> text = "Courtesy call on the Minister of Foreign Affairs, Dr. Carlos Villalba. Luncheon offered by the Minister of Foreign Affairs."
    >>> [(m.name, text[m.start:m.end]) for m in with_office_references(p, text)[1:]]
    [('Villalba', 'Minister of Foreign Affairs')]

    An office as written for its holder, or qualified by the holder's country ("the Chief of Defence of the Kingdom of
    Denmark" for "General X, Chief of Defence of Denmark"), not otherwise ("the Minister of Foreign Affairs of India"
    is someone else); of two holders, the one named last before it in its paragraph. In the heading lines, the office
    may name whom the text lists after it.

    >>> p = [PersonMention("Mette Holm", 73, 83, title="Chief of Defence of Denmark", side="DK")]
    >>> text = "Visit of the Chief of Defence of the Kingdom of Denmark to Peru\\n\\nGeneral Mette Holm, Chief of Defence of Denmark"
    >>> [(m.name, text[m.start:m.end]) for m in with_office_references(p, text)][:1]
    [('Holm', 'Chief of Defence')]"""
    holders: dict[str, set[str]] = {}
    of_country: dict[str, set[str]] = {}
    for p in people:
        title = (p.title or "").strip(" ,")
        sides = find_sides(title)
        # "Republic of Korea Foreign Minister Chung" is "the Foreign Minister" after
        bare = title[sides[-1].end:].strip() if sides else title
        # "the Cabinet Secretary" after "The Cabinet Secretary for Defence, Dr. X", "the Deputy Minister" after
        heads = [re.split(r"\s+(?:of|for)\s+", t, maxsplit=1)[0] for t in (title, bare)]  # "Vietnamese Deputy Minister of ..."
        # the office without its country ("General X, Chief of Defence of Denmark"), named again with it ("the
        # Chief of Defence of the Kingdom of Denmark"); with none, it may be another's ("the Chief of Defence")
        if sides and sides[-1].end == len(title) and not p.short:
            of_country.setdefault(title[:sides[-1].start].removesuffix("the ").rstrip().removesuffix(" of"), set()).add(p.name)
        for office in dict.fromkeys((title, bare, *heads)):
            if not p.short and len(office.split()) >= OFFICE_WORDS and office[:1].isupper() and \
                    TITLE_KEYWORDS.search(office):
                holders.setdefault(office, set()).add(p.name)
    of_country = {office: names for office, names in of_country.items()
                  if len(office.split()) >= OFFICE_WORDS and TITLE_KEYWORDS.search(office)}
    if not holders and not of_country:
        return people
    sides = {p.name: side for p in people if not p.short and (side := p.side or side_from_title(p.title or ""))}
    pattern = re.compile(r"\b(?:the|The)\s+(?P<office>" +
                         "|".join(re.escape(t) for t in sorted(holders.keys() | of_country.keys(), key=len, reverse=True)) +
                         r")\b(?:\s*(?:of|for)\s+(?P<of>(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*){0,4}))?(?![-’'])")
    starts = [p.start for p in people]
    added = []
    head = sum(len(line) + 1 for line in text.split("\n", HEADING_LINES)[:HEADING_LINES])
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.end())
        follows = people[k] if k < len(people) else None
        if follows is not None and follows.start - m.end() <= 8:
            continue  # the office introduces the name written after it ("the Minister, Dr. X")
        # (a heading's office names whom the text then lists: "Official Visit of the Minister for Foreign Affairs to
        # Senegal" over "DELEGATION / - Hon. X, Minister for Foreign Affairs")
        # an office two hold is the one named last before it in its paragraph ("In his call with Foreign Minister B,
        # ... The Secretary and the Foreign Minister agreed to meet": B, not the A of the paragraph before)
        names = holders.get(m.group("office"), set())
        if m.group("of"):
            # qualified by a country ("the Minister of Foreign Affairs of Colombia"): the holder of that side; by
            # anything else, someone else ("the Minister of Foreign Affairs of Agriculture")
            said = find_sides(m.group("of"))
            if not said or said[0].start > 4:
                continue
            names = {n for n in names | of_country.get(m.group("office"), set()) if sides.get(n) == said[0].code}
        if len(names) != 1 and (m.group("of") or not names):
            continue
        holder = next(iter(names)) if len(names) == 1 else _last_holder(people[:k], names, text, m.start())
        named = [p for p in (people[:k] if m.start() > head else people) if holder and p.name == holder]
        if named and not any(p.start <= m.start("office") < p.end for p in people[max(0, k - 2):k]):
            added.append(PersonMention(surname(named[0].name), m.start("office"), m.end("office"), short=True))
    added += _plural_references(holders, sides, text)
    return sorted(people + added, key=lambda p: p.start) if added else people


def _plural(office: str) -> str:
    """ "Minister of Foreign Affairs" -> "Ministers of Foreign Affairs", "Foreign Secretary" -> "Foreign Secretaries"."""
    head, sep, tail = (re.split(r"(\s+(?:of|for)\s+)", office, maxsplit=1) + ["", ""])[:3]
    word = head.split()[-1]
    many = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + ("es" if word.endswith("s") else "s")
    return head[:len(head) - len(word)] + many + sep + tail


def _plural_references(holders: dict[str, set[str]], sides: dict[str, str], text: str) -> list[PersonMention]:
    """An office two people of two sides hold, named in the plural ("the Ministers of Foreign Affairs", "both
    Defence Ministers"): a reference to each.

    >>> found = _plural_references({"Minister of Defence": {"Ana Ruiz", "Ken Obi"}}, {"Ana Ruiz": "MX", "Ken Obi": "NG"},
    ...                            "10:00 Meeting of the Ministers of Defence")
    >>> [(m.name, m.start) for m in found]
    [('Ruiz', 21), ('Obi', 21)]
    """
    pairs = {_plural(office): names for office, names in holders.items()
             if len(names) == 2 and len({sides.get(n) for n in names} - {None}) == 2}
    if not pairs:
        return []
    pattern = re.compile(r"\b(?:the|The|both|Both)\s+(?:two\s+)?(?P<office>" +
                         "|".join(re.escape(t) for t in sorted(pairs, key=len, reverse=True)) + r")\b(?!\s*(?:of|for)\b)")
    return [PersonMention(surname(name), m.start("office"), m.end("office"), short=True)
            for m in pattern.finditer(text) for name in sorted(pairs[m.group("office")])]


def _last_holder(before: list[PersonMention], names: set[str], text: str, at: int) -> str | None:
    """Which of the people who hold an office was named last before `at`, in its paragraph."""
    for p in reversed(before):
        if "\n\n" in text[p.end:at]:
            return None
        holder = next((n for n in names if n == p.name or (p.short and n.endswith(" " + p.name))), None)
        if holder is not None:
            return holder
    return None
