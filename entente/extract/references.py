"""Who a short reference is: a surname alone, an opening "He" or "She", "The Secretary"."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from entente.extract.countries import country_code, find_sides
from entente.extract.names import (CHINESE_FAMILY_NAMES, HONORIFICS, HYPHENATED_GIVEN, KOREAN_FAMILY_NAMES, NON_PERSON_WORDS,
                                   family_in_capitals, is_person_name, surname)
from entente.extract.offices import TITLE_KEYWORDS
from entente.extract.name_offices import COURTESY, RANKS
from entente.extract.office_holders import OFFICE_NAME, OFFICE_NOUNS, office_holder
from entente.extract.pair_reference import KIND
from entente.extract.people import SURNAME_PARTICLES, PersonMention, PersonRecord


def with_surnames(people: list[PersonMention], text: str) -> list[PersonMention]:
    """Later mentions by surname alone that the tagger did not take for names ("Grant and Reyes also
    signed"): the surname of a full name the document gives, capitalised, as a word of its own."""
    full = [p for p in people if not p.short and len(p.name.split()) >= 2]
    if not full:
        return people
    first_seen: dict[str, int] = {}
    for p in full:
        key = surname(p.name)
        # a two-letter surname ("Donald Lu", "Wang Li") too, unless it is an English word ("He", "Mo")
        if (len(key) >= 3 or (len(key) == 2 and key[1].islower() and key.lower() not in STOP_WORDS)) and \
                key[:1].isupper() and not country_code(key):
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


ADDRESSED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Amb|Gen|Adm|Col)\.?\s+$|\b(?:(?:Under-?|Vice[- ])?(?:Ambassador|Minister|"
                       r"[Ss]ecretary|President|Chancellor|Commissioner)|General|Admiral|Professor|Senator|Director)\s+$")
# ... "Dr. Valdés Rojas", "Minister Soto Larraín", "Undersecretary Salinas Vega"


def with_whole_names(people: list[PersonMention], text: str) -> list[PersonMention]:
    """A name the tagger cut short where the text goes on with the rest of a full name the document
    gives elsewhere ("H.E. Ama Serwaa" + "Owusu" taken for a place) is that full name; two family names
    alone ("Dr. Valdés Rojas") are the one person the document names with them in full.

    >>> text = "hosted by H.E. Ama Serwaa Owusu. Ghana side: H.E. Ama Serwaa Owusu"
    >>> p = [PersonMention("Ama Serwaa Owusu", 15, 31), PersonMention("Ama Serwaa", 50, 60)]
    >>> [(m.name, text[m.start:m.end]) for m in with_whole_names(p, text)]
    [('Ama Serwaa Owusu', 'Ama Serwaa Owusu'), ('Ama Serwaa Owusu', 'Ama Serwaa Owusu')]
    >>> text = "Roberto Salinas Vega co-chaired. Undersecretary Salinas Vega met X."
    >>> [m.name for m in with_whole_names([PersonMention("Roberto Salinas Vega", 0, 20), PersonMention("Salinas Vega", 48, 60)], text)]
    ['Roberto Salinas Vega', 'Roberto Salinas Vega']
    """
    longer: dict[str, list[str]] = {}
    tails: dict[str, set[str]] = {}
    for p in people:
        words = p.name.split()
        if not p.short and len(words) >= 3:
            longer.setdefault(" ".join(words[:2]), []).append(p.name)
            tails.setdefault(" ".join(words[-2:]), set()).add(p.name)
    if not longer:
        return people
    out = []
    for p in people:
        whole = next((n for n in longer.get(" ".join(p.name.split()[:2]), ()) if len(n) > len(p.name)
                      and n.startswith(p.name + " ") and text.startswith(n[len(p.name):], p.end)), None)
        named = tails.get(p.name, set())
        if whole is None and not p.short and len(named) == 1 and ADDRESSED.search(text, max(0, p.start - 20), p.start):
            # "Dr. Valdés Rojas" after "Dr. Ignacio Valdés Rojas": a double surname, said again
            out.append(replace(p, name=next(iter(named)), short=True))
            continue
        out.append(replace(p, name=whole, end=p.end + len(whole) - len(p.name)) if whole and not p.short and
                   text.endswith(p.name, 0, p.end) else p)
    return out


SPOUSES = frozenset({"lady", "madame", "spouse", "wife", "husband"})
MONTHS_AND_DAYS = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
PARTICLES = frozenset(p.lower() for p in SURNAME_PARTICLES)


def _common(low: str, lowered: set[str]) -> bool:
    """A word the document writes in lower case too ("Climate Issues"): a common word, not a given name."""
    return low in lowered or (low.endswith("s") and low[:-1] in lowered)


def _given_name(word: str, lowered: set[str]) -> bool:
    low = word.lower()
    if not word[:1].isupper():
        return low in PARTICLES
    return not (low in STOP_WORDS or low in MONTHS_AND_DAYS or low in COURTESY | RANKS | NON_PERSON_WORDS or
                low in HONORIFICS or low in SPOUSES or TITLE_KEYWORDS.search(word) or find_sides(word) or
                _common(low, lowered))


def with_given_names(people: list[PersonMention], text: str) -> list[PersonMention]:
    """A full name the tagger missed, of someone the document otherwise calls by office and surname only:
    "congratulated Yair Lapid" (taken for an organisation) beside "Foreign Minister Lapid".

    >>> p = [PersonMention("Lapid", 0, 5, title="Foreign Minister", side="IL", short=True)]
    >>> text = "Lapid. The Secretary congratulated Yair Lapid today. When Lapid spoke, Minister Lapid agreed."
    >>> [(m.name, m.short) for m in with_given_names(p, text)]
    [('Lapid', True), ('Yair Lapid', False)]

    The word before the surname must be able to be a given name: no office, rank, courtesy, month,
    nationality or common English word ("When Lapid", "Minister Lapid")."""
    named = {surname(p.name) for p in people if not p.short}
    keys: dict[str, str] = {}  # surname -> the offices it is written with
    for p in people:
        if p.short and p.title and TITLE_KEYWORDS.search(p.title) and len(p.name) >= 3 and " " not in p.name \
                and p.name not in named:
            keys[p.name] = f"{keys.get(p.name, '')} {p.title.lower()}"
    if not keys:
        return people
    lowered = set(re.findall(r"\b[a-z][a-z-]+\b", text))  # a word written in lower case is no given name
    name_word = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|" + "|".join(sorted(PARTICLES)) + ")"
    pattern = re.compile(r"\b((?:" + name_word + r"[^\S\n]+){1,3})(" +
                         "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")\b(?!['’]?\s*[A-Z])")
    added: list[PersonMention] = []
    for m in pattern.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        # "President Samia Suluhu Hassan": the given names are the run after the last word that is none
        cut = next((k + 1 for k in range(len(words) - 1, -1, -1) if not _given_name(words[k].group(0), lowered)), 0)
        before = words[cut - 1].group(0) if cut else ""
        if before[:1].isupper() and _common(before.lower(), lowered):
            continue  # "on Climate Issues Edelgeriyev": a run of capitalised common words names a portfolio
        given = [w.group(0) for w in words[cut:]]
        if not given or not given[0][:1].isupper() or not is_person_name(" ".join(given + [m.group(2)])):
            continue
        if (before.lower() in SPOUSES or TITLE_KEYWORDS.fullmatch(before)) and before.lower() not in keys[m.group(2)]:
            continue  # "President Moise" and "First Lady Martine Moise" are two people
        start = m.start(1) + words[cut].start()
        added.append(PersonMention(text[start:m.end()], start, m.end()))
    if not added:
        return people
    covered = [(a.start, a.end) for a in added]
    kept = [p for p in people if not any(s <= p.start < e for s, e in covered)]
    # what a mention the fuller name takes the place of said stays said ("Foreign Secretary Shri X": India's)
    added = [next((replace(a, title=p.title, side=p.side, affiliation=p.affiliation, home_side=p.home_side, roles=p.roles)
                   for p in people if a.start <= p.start < a.end and (p.side or p.title)), a) for a in added]
    return sorted(kept + added, key=lambda p: p.start)


# "She", also after an opening adverbial: "In Nairobi, she will meet ...", "On March 4, he met ..."
# ... also after a time set before it with no comma: "The following day he met X", "On Friday she called on Y"
MONTHS = "|".join(calendar.month_name[1:]) + "|" + "|".join(calendar.month_abbr[1:])
FRONTED_TIME = (r"(?:(?:The|the)\s+(?:following|next|same)\s+(?:day|morning|afternoon|evening|week)|Later(?:\s+(?:that|the\s+"
                r"same)\s+(?:day|morning|afternoon|evening))?|(?:That|This)\s+(?:morning|afternoon|evening)|Then|Afterwards|"
                r"Subsequently|On\s+(?:" + "|".join(calendar.day_name) + r")(?:\s+(?:morning|afternoon|evening))?|"
                # ... or a day: "On 8 June he co-chaired", "On March 4 she met"
                r"On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTHS + r")|(?:" + MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                r"(?:,?\s+\d{4})?)\s+")
PRONOUN_SUBJECT = re.compile(rf"(?:(?:[A-Z][^,.;:\n]{{0,40}}),\s*|{FRONTED_TIME})?(?:He|She|he|she)\b")


def pronoun_subject(text: str, span: tuple[int, int], previous: tuple[int, int] | None,
                     people: list[PersonMention]) -> int | None:
    """The person a sentence's opening "He" or "She" is: the first person the sentence before names
    ("Deputy Secretary Sherman led a delegation to Seoul. She also met ..."), as a mention index."""
    if previous is None or not PRONOUN_SUBJECT.match(text, span[0], span[1]):
        return None
    k = bisect_left(people, previous[0], key=lambda p: p.start)
    return k if k < len(people) and people[k].start < previous[1] else None


# "The Secretary", also after an opening adverbial ("Earlier, on Tuesday, 19th June, the Cabinet Secretary met")
OFFICE_SUBJECT = re.compile(r"(?:[^,.;:\n]{1,40},\s*){0,3}(?:The|the)\s+(?P<office>" + OFFICE_NAME + r")\b"
                            r"(?!\s+(?:of|for)\b|\s+and\s+(?!the\b|[A-Z][a-z]+\s+(?:Foreign\s+|Defen[cs]e\s+|Prime\s+)?(?:Minister|"
                            r"Secretary|President)\b))")  # "The Secretary and the Minister agreed", "and Omani Minister X"; not "and Mrs. X"


def office_subject(text: str, span: tuple[int, int], people: list[PersonMention], parse: Any = None) -> int | None:
    """The person a sentence's subject "The Secretary" or "The Deputy Secretary" is: the first one
    named before with that office in their title ("Deputy Secretary of State Wendy Sherman"). With the
    parse, also a subject "the secretary" inside the sentence ("The trip ends in Baku, where the
    secretary will meet ...")."""
    found = OFFICE_SUBJECT.match(text, span[0], span[1])
    office = found.group("office") if found is not None else parsed_office_subject(parse, text, span)
    if office is None:
        return None
    return office_holder(office, span[0], people)


# "the secretary", "the deputy minister": an office's noun (office_holders.OFFICE_NOUNS) with "the" and no name
OFFICE_WORD = re.compile(r"(?i)\bthe\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(OFFICE_NOUNS)) + r")\b")


def parsed_office_subject(parse: Any, text: str, span: tuple[int, int]) -> str | None:
    """The office words of a clause subject "the secretary" or "the deputy secretary" in the sentence at
    `span`, read from the parse: a determiner "the", no name, no "of"-phrase (that office is someone else's)."""
    if parse is None or not OFFICE_WORD.search(text, span[0], span[1]):
        return None  # most sentences name no office: no tokens to walk
    sentence = parse.char_span(span[0], span[1], alignment_mode="expand")
    if sentence is None:
        return None
    for token in sentence:
        if token.lower_ not in OFFICE_NOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        kids = list(token.children)
        if any(k.lower_ == "the" and k.dep_ == "det" for k in kids) and \
                not any(k.pos_ == "PROPN" or k.dep_ in ("prep", "appos", "poss") for k in kids):
            words = [k.text for k in kids if k.dep_ in ("amod", "compound") and k.i < token.i] + [token.text]
            return " ".join(words)
    return None


# "The ministers signed ...", "Both leaders welcomed ...", "The two officials also reviewed ...": a plural
# subject of people by office, named in a sentence before
PLURAL_SUBJECT = re.compile(r"(?:(?:[A-Z][^,.;:\n]{0,40}),\s*)?(?:(?:The|the)\s+(?:two\s+)?|(?:Both|both)\s+(?:the\s+)?)"
                            r"(?:[A-Za-z]+\s+)?(?i:ministers|officials|leaders|secretaries|presidents|counterparts|principals|"
                            r"heads\s+of\s+(?:state|government))\b"  # (heads of delegation, co-chairs: their roles say who)
                            # "The two will sign", "the two discussed": the pair named before, no noun after
                            r"|(?:(?:[A-Z][^,.;:\n]{0,40}),\s*)?(?:The|the)\s+two(?=\s+(?:will|would|shall|also|then|have|had|"
                            r"were|are|spoke|met|held|took|made|gave|sat|led|[a-z]+ed)\b)")


# "The Secretary and the Minister agreed", "The Secretary and Foreign Minister discussed": two offices
# joined as one subject, each the holder named before
CONJOINED_OFFICES = re.compile(r"(?:[^,.;:\n]{1,40},\s*){0,3}?(?:The|the)\s+(?P<a>" + OFFICE_NAME + r")\s+and\s+"
                               r"(?:the\s+|(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?counterpart,?\s+(?:the\s+)?)?"
                               r"(?P<b>" + OFFICE_NAME + r")\b(?!\s+(?:of|for)\b|\s+[A-Z])")


def conjoined_offices(text: str, span: tuple[int, int], people: list[PersonMention]) -> list[int]:
    """The two people a subject "The Secretary and the Foreign Minister" is, as mention indices (none
    unless both offices name someone before, and two different people).

    >>> p = [PersonMention("Ana Ruiz", 10, 18, title="Secretary"), PersonMention("Ken Obi", 40, 47, title="Foreign Minister")]
    >>> text = "Secretary Ana Ruiz met Nigerian Foreign Minister Ken Obi. The Secretary and Foreign Minister agreed."
    >>> conjoined_offices(text, (58, len(text)), p)
    [0, 1]"""
    found = CONJOINED_OFFICES.match(text, span[0], span[1])
    if found is None:
        return []
    first = office_holder(found.group("a"), span[0], people)
    second = office_holder(found.group("b"), span[0], people, besides=first)
    if first is None or second is None or people[first].name == people[second].name:
        return []
    return [first, second]


OF_KIND = re.compile(r"\s+of\s+(?:national\s+)?(?:foreign\s+affairs|defen[cs]e)\b", re.I)
OFFICE_PLURAL = re.compile(r"(?i)\b(minister|secretar|president)")  # ... and its office: "the ministers" are ministers
# a deputy's office is not the office: "the Ministers" are not an Under-Secretary and a Deputy Minister
JUNIOR = re.compile(r"(?i)\b(?:deputy|vice|under|assistant|junior|parliamentary|permanent)[\s-]+(?:minister|secretar)")


def _holders(group: list[int], subject: str, people: list[PersonMention]) -> list[int]:
    """Of the people the sentence before named together, those a plural subject names by office: "The Minister
    was accompanied by General A and Mr B. Following the talks, the ministers signed ...": neither (the event's
    pair is then the two ministers told before); "the two officials" are any of them.

    >>> p = [PersonMention("A", 0, 1, title="Chief of Staff"), PersonMention("B", 5, 6, title="Director")]
    >>> _holders([0, 1], "Following the talks, the ministers", p), _holders([0, 1], "The two officials", p)
    ([], [0, 1])
    >>> p = [PersonMention("C", 0, 1, title="Under-Secretary-General"), PersonMention("D", 5, 6, title="Secretary of State")]
    >>> _holders([0, 1], "The Ministers", p), _holders([0, 1], "The two Under-Secretaries", p)
    ([], [0, 1])
    >>> PLURAL_SUBJECT.match("Both Ministers then co-chaired the session").group(0)  # whatever its capitals
    'Both Ministers'"""
    office = OFFICE_PLURAL.search(subject)
    if office is None:
        return group
    # (a minister is a secretary where a cabinet's members are: "the two ministers" of Mexico and Guatemala)
    words = ("president",) if office.group(1).lower() == "president" else ("minister", "secretar", "chancellor")
    kind = KIND.search(subject)  # "the Ministers of Defence", "the two Foreign Ministers"
    junior = JUNIOR.search(subject) is not None
    held = [k for k in group if any(w in (people[k].title or "").lower() for w in words)
            and (junior or JUNIOR.search(people[k].title or "") is None)]
    of_kind = [k for k in held if kind is not None and kind.group().lower()[:5] in (people[k].title or "").lower()]
    held = of_kind if len({people[k].name for k in of_kind}) >= 2 else held  # (a "Minister of External Relations")
    return held if len({people[k].name for k in held}) >= 2 else []


class Subjects:
    """Who each sentence's opening "She" or "The Deputy Secretary" is, sentence by sentence in order.

    "She" is whom the sentence before was about: its subject when that was "The Deputy Secretary" or
    "she" too, else the first person it names; past a sentence naming nobody, the last one found.
    "The ministers" (`group`) are the people of the last sentence that named two or more."""

    def __init__(self, text: str, people: list[PersonMention], parse: Any = None) -> None:
        self.text, self.people, self.parse = text, people, parse
        self.previous: tuple[int, int] | None = None
        self.previous_subject: int | None = None
        self.unnamed = False  # the last sentence opening on a subject opened on an office no name holds
        self.carried: int | None = None
        self.group: list[int] = []
        self.last_group: list[int] = []

    def of(self, span: tuple[int, int]) -> int | None:
        """The subject of the sentence at `span`, as a mention index (sentences must come in order)."""
        if PRONOUN_SUBJECT.match(self.text, span[0], span[1]):
            subject = self.previous_subject
            if subject is None and not self.unnamed:
                subject = pronoun_subject(self.text, span, self.previous, self.people)
            subject = self.carried if subject is None and not self.unnamed else subject
        else:
            subject = office_subject(self.text, span, self.people, self.parse)
            # "The Minister held a breakfast with Ambassador X. He also met ...": he is the minister the
            # document never names, not X
            self.unnamed = subject is None and OFFICE_SUBJECT.match(self.text, span[0], span[1]) is not None
        self.previous, self.previous_subject = span, subject
        self.carried = subject if subject is not None else self.carried
        plural = PLURAL_SUBJECT.match(self.text, span[0], span[1])
        of = OF_KIND.match(self.text, plural.end()) if plural else None  # "the Ministers of Defence"
        self.group = _holders(self.last_group, plural.group(0) + (of.group(0) if of else ""), self.people) if plural else \
            conjoined_offices(self.text, span, self.people)
        k0 = bisect_left(self.people, span[0], key=lambda p: p.start)
        named = [k for k in range(k0, bisect_left(self.people, span[1], lo=k0, key=lambda p: p.start))
                 if self.people[k].start >= 0]
        if len({self.people[k].name for k in named}) >= 2:
            self.last_group = named
        return subject


def family_names_first(records: list[PersonRecord], text: str = "") -> dict[str, str]:
    """How the document itself calls a person whose family name comes first, for titles: "Chung" for
    Chung Eui-yong ("Foreign Minister Chung"), when it calls him so and never by his last word.

    >>> r = PersonRecord("Chung Eui-yong", aliases={"Chung Eui-yong", "Chung"})
    >>> family_names_first([r, PersonRecord("Lloyd Austin", aliases={"Lloyd Austin", "Austin"})])
    {'Chung Eui-yong': 'Chung'}

    A romanised Korean given name ("In-moo", "Ji-hoon") after a short family name says so on its own:

    >>> family_names_first([PersonRecord("Hwang In-moo", aliases={"Hwang In-moo"})])
    {'Hwang In-moo': 'Hwang'}

    So does a common Chinese family name for a Chinese official (the document says "PRC officials,
    including ... Wang Yi"), not for anyone else named so. A transcript that labels a speaker by the last
    word ("FOREIGN MINISTER LAPID:") while addressing him by the first ("Yair, thank you") names him so
    last-word-last:

    >>> family_names_first([PersonRecord("Yair Lapid", aliases={"Yair Lapid", "Yair"})], "MINISTER LAPID: Thanks.")
    {}

    A Korean's name of three words after a common Korean family name puts it first too ("Vice Foreign Minister
    Choi Jong Kun" is Vice Foreign Minister Choi), as does a family name in capitals ("TAKEMURA Shinji"). A
    Spanish or Portuguese name of two family names the document calls by the first is titled so:

    >>> family_names_first([PersonRecord("Álvaro Quiñones Soto", aliases={"Álvaro Quiñones Soto", "Quiñones"})])
    {'Álvaro Quiñones Soto': 'Quiñones'}
    """
    out = {}
    for r in records:
        words = r.name.split()
        side = r.sides()[0]
        middle = [w for w in words[1:-1] if w in r.aliases and w[:1].isupper()]
        if len(words) >= 3 and words[-1] not in r.aliases and len(middle) == 1:
            out[r.name] = middle[0]  # "Minister Quiñones" for Álvaro Quiñones Soto: the father's family name
            continue
        if len(words) == 3 and side in {"KR", "KP"} and words[0] in KOREAN_FAMILY_NAMES:
            out[r.name] = words[0]  # "Choi Jong Kun" is Vice Foreign Minister Choi
            continue
        if len(words) == 2 and words[-1] not in r.aliases and not re.search(rf"\b{re.escape(words[-1].upper())}\s*:", text) and \
                (words[0] in r.aliases or (len(words[0]) <= 5 and HYPHENATED_GIVEN.fullmatch(words[-1])) or
                 (family_in_capitals(words[0]) and words[-1].istitle()) or
                 (r.sides()[0] in {"CN", "TW"} and words[0] in CHINESE_FAMILY_NAMES)):
            out[r.name] = words[0]
    return out

