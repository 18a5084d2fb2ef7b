"""Short human titles for events: "U.S. and Kazakhstan sign ...", "Blinken meets Al Sisi in Cairo"."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from entente.extract.gathering_parts import LISTED_BODY
from entente.extract.mention import EventMention
from entente.extract.names import surname
from entente.extract.timex.lexicon import MONTHS, WEEKDAYS
from entente.extract.trigger_context import ENTRY_MARK

STOP = frozenset({
    "the", "a", "an", "of", "in", "at", "on", "to", "for", "and", "or", "with", "by", "from", "during",
    "this", "that", "these", "those", "its", "their", "his", "her", "our", "which", "who", "as", "is",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "about", "after", "before",
    "first", "second", "next", "last", "upcoming", "recent", "recently", "scope", "held", "just-concluded",
    "concluded", "high-level", "fifth", "fourth", "third", "two", "three", "four", "five", "six",
    # a headline's verbs, capitalised with its nouns: "United States and Estonia Hold Bilateral Defense Consultations"
    "hold", "holds", "open", "opens", "conclude", "concludes", "begin", "begins", "launch", "launches", "convene",
    "convenes", "host", "hosts", "attend", "attends", "start", "starts", "resume", "resumes", "wrap", "wraps",
})
CARDINALS = frozenset({"Two", "Three", "Four", "Five", "Six", "TWO", "THREE", "FOUR", "FIVE", "SIX"})
# not "Ministers' Meeting", nor the name of a series of talks: "the 18th Army-to-Army Staff Talks"
GENERIC_TAIL = re.compile(r"(?<![’'])(?<![’']s)\s+(?:(?i:meetings?|sessions?|process)|talks|TALKS)$")
KNOWN_AS = re.compile(r"\bknown\s+as\s+(?:the\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+(?:on|of|for|and|[A-Z][\w.’'-]*))*\s*[A-Z][\w.’'-]*)")
# "co-chair a session of the U.S.-India Defense Production and Procurement Group": the body it is a session of
SESSION_OF = re.compile(r"\b(?i:session|meeting|round|plenary)\s+of\s+the\s+(?P<name>(?:[A-Z][\w.’'–-]*\s+(?:(?:and|of|on|for)\s+)?)"
                        r"{1,8}(?:Group|Dialogue|Commission|Committee|Council|Forum|Consultations)"
                        r"(?:\s+on\s+(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,4}[A-Z][\w’'-]*)?)\b")  # "... Dialogue on Maritime Security"
QUOTED = re.compile(r"[\"“](?P<name>[A-Z][^\"”]{3,80})[\"”]")
NAMED_LAW = re.compile(r"\b(?P<name>(?:[A-Z][\w.’'-]*\s+){1,6}(?:Bill|Act|Law|Amendment)(?:\s+of\s+\d{4})?)\b")


# Nouns that name a gathering: the capitalised words before one are its name ("Strategic Dialogue").
VERB_FIRST = re.compile(r"(?i)(?:held|holds?|holding|led|leads?|leading|had|has|have|conducted|convened|attended)\s")
TRIGGER_NOUN = re.compile(r"(?i)\b(?:dialogues?|groups?|consultations|committee|conferences?|summits?|"
                          r"ministerials?|symposi(?:um|a)|workshops?|seminars?|roundtables?|meetings?|sessions?|talks|forums?|"
                          r"exchange\b.*|visit|trip|exercise|(?-i:Exercise)\s.*)(?:\s+(?:19|20)\d\d)?$")  # "Forum 2034": a gathering's edition
# A trigger that tells the gathering was or will be held: "Forum 2034 will be held" names "Forum 2034"
HELD_TAIL = re.compile(r"\s+(?:was|were|will\s+be|is\s+to\s+be)\s+(?:held|convened)$")


def _phrase_before(text: str, start: int, end: int) -> str:
    """The trigger with the name-like words before it: "U.S.-Pakistan strategic dialogue"."""
    # (a sentence's end stops it too: "... on Holocaust issues. Formal senior-level consultations")
    window = re.split(r"[\n*#:;,()\[\]“”\"]|(?<=[a-z]{2})[.!?]\s", text[max(0, start - 80):start])[-1]
    words = re.findall(r"[\w.’'–-]+", window)  # "India–United States": the dash joins the two sides
    keep: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        # "and" or "of" between two capitalised words is part of the name: "the Peru–Finland Arctic and Andes Forum",
        # "the Poland–Republic of Korea Strategic Dialogue"
        joins = w in ("and", "of") and keep[:1] != [] and keep[0][:1].isupper() and k > 0 and words[k - 1][:1].isupper()
        # ... and so is a capitalised number after a capitalised word: "the Australia–Japan Track Two Dialogue"
        joins = joins or (w in CARDINALS and k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in STOP)
        track = bool(re.fullmatch(r"\d(?:\.\d)?", w)) and ((k > 0 and words[k - 1].lower() == "track") or  # "Track 1.5 Dialogue"
                                                        keep[:1] != [] and keep[0].lower() == "track")  # "1.5 Track Dialogue"
        if (w.lower() in STOP and not joins) or len(keep) >= 6 or (any(c.isdigit() for c in w) and not track) or w.lower() in {"hrs", "a.m", "p.m"}:
            break
        keep.insert(0, w)
    while keep and keep[0] in ("–", "-", "—"):  # (not a name's dash: "Chatham House – Indian Council ... Dialogue")
        keep.pop(0)
    trigger = re.sub(r"\s+", " ", text[start:end])
    return " ".join([*keep, trigger]).strip()


# What was signed, as the words after the verb give it: "signed a memorandum of understanding on ...",
# "the signing of an implementing arrangement": the instrument's kind names a signing with no name of its own
INSTRUMENT = re.compile(r"\s+(?:of\s+)?(?:a|an|the|two|three)?\s*(?P<name>(?:(?:joint|new|bilateral|implementing|"
                        r"framework|cooperation|defen[cs]e|trade|financing|grant|loan)\s+){0,2}"
                        r"(?:memorand(?:um|a)\s+of\s+(?:understanding|agreement|cooperation)|letters?\s+of\s+"
                        r"(?:agreement|intent)|agreements?|accords?|protocols?|treat(?:y|ies)|conventions?|"
                        r"arrangements?|declarations?|charters?|roadmaps?|(?:action|work)\s+plans?))\b", re.I)
INSTRUMENT_SCORE = 12  # below a quoted or capitalised name, above a lone capitalised word
# What an instrument is about, after its kind: "a Memorandum of Understanding on Cooperation in Health."
ABOUT = re.compile(r"\s+(?:on|for|regarding|concerning)\s+(?:the\s+)?(?P<about>[\w-]+(?:\s+[\w-]+){0,5}?)"
                   r"(?=\s*[.,;(]|\s+(?:between|with|by|at|during|in\s+the\s+presence)\b|\s*$)")


def instrument_about(text: str, mentions: Sequence[EventMention]) -> str | None:
    """A signing's instrument with what it is about, to tell two signed on one occasion apart: "signed a
    Memorandum of Understanding on Cooperation in Health" -> "memorandum of understanding on cooperation in health".

    >>> from entente.extract.event_types import find_triggers
    >>> s = "The two Ministers also signed a Memorandum of Understanding on Cooperation in Health."
    >>> instrument_about(s, [EventMention(find_triggers(s)[0], (0, len(s)), "agreement")])
    'memorandum of understanding on cooperation in health'
    >>> s = "- Agreement on Mutual Assistance in Customs Matters, signed by A and B;"
    >>> instrument_about(s, [EventMention(find_triggers(s)[0], (2, len(s)), "agreement", signed_entry=True)])
    'agreement on mutual assistance in customs matters'
    """
    for m in mentions:
        signed = INSTRUMENT.match(text, m.trigger.end) if m.type == "agreement" else None
        if signed is None and m.signed_entry:  # "- Agreement on Customs Matters, signed by A and B": the entry's own
            signed = ENTRY_INSTRUMENT.match(text, text.rfind("\n", 0, m.sentence[0] + 1) + 1)
        about = ABOUT.match(text, signed.end()) if signed else None
        if signed and about:
            return " ".join(f"{signed.group('name')} on {about.group('about')}".lower().split())
    return None


# An entry of a list of instruments opens on its instrument, after its mark: "2. Memorandum of Understanding on ..."
ENTRY_INSTRUMENT = re.compile(ENTRY_MARK + INSTRUMENT.pattern, re.I)


TIME_POSSESSIVE = re.compile(r"^(?:(?:next|last|this)\s+)?(?:week|month|year|weekend|today|tomorrow|yesterday|"
                             + "|".join([*MONTHS, *WEEKDAYS]) + r")['’]s\s+", re.IGNORECASE)


def event_name(text: str, mentions: Sequence[EventMention]) -> str | None:
    """The event's own name as the text gives it, best first: "known as the Exchange on Defense
    Planning", a quoted plan ('"Defense Cooperation Plan for 2000"'), a law ("Kerry-Lugar Bill"),
    or the capitalised words before a trigger ("U.S.-Pakistan Strategic Dialogue")."""
    candidates: list[tuple[int, str]] = []
    for m in mentions:
        s0, s1 = m.sentence
        sentence = text[s0:s1]
        for k in KNOWN_AS.finditer(sentence):
            candidates.append((100, k.group("name")))
        if m.type == "agreement":
            for q in QUOTED.finditer(sentence):
                quoted = q.group("name").rstrip(".,")
                if _titled(quoted):  # a name ("Defense Cooperation Plan for 2000"), not a quoted remark
                    candidates.append((80 if quoted.isupper() else 90, quoted))
        for k in SESSION_OF.finditer(sentence):
            candidates.append((96, k.group("name")))
        body = LISTED_BODY.match(sentence)
        if body:  # "– The Economic Working Group, co-chaired by ...": the list entry's own body
            candidates.append((95, " ".join(body.group("name").split())))
        if m.type == "legislation":
            for k, law in enumerate(NAMED_LAW.finditer(sentence)):
                candidates.append((110 - k, law.group("name")))
        if m.type == "agreement" and (signed := INSTRUMENT.match(text, m.trigger.end)):
            candidates.append((INSTRUMENT_SCORE, " ".join(signed.group("name").lower().split())))
        end = m.trigger.start + (held.start() if (held := HELD_TAIL.search(m.trigger.text)) else len(m.trigger.text))
        phrase = GENERIC_TAIL.sub("", _phrase_before(text, m.trigger.start, end))
        caps = sum(w[:1].isupper() for w in phrase.split())
        if m.type == "agreement" or not TRIGGER_NOUN.search(text, m.trigger.start, end) or VERB_FIRST.match(m.trigger.text):
            continue  # a verb's words before it are its subject: "Secretary Blinken met", "Sherman also held meetings"
        if m.type not in {"meeting", "visit", "call"} or caps >= 2:
            candidates.append((caps * 10 + len(phrase.split()), phrase))
    if not candidates:
        return None
    score, name = max(candidates, key=lambda c: c[0])
    if score == INSTRUMENT_SCORE:
        return None if name == "agreement" else name  # a kind, lower-case: "sign memorandum of understanding"
    if score < 10 and len(name.split()) < 2:
        return None
    name = re.sub(r"^(?:the|The|THE)\s+", "", re.sub(r"\s+", " ", name).strip(" ,.*"))
    name = TIME_POSSESSIVE.sub("", name)  # "next month's NATO Summit" is the NATO Summit
    if name.isupper():  # a heading's capitals: as the text spells the name in its prose, if it does
        name = next((w.group(0) for w in re.finditer(re.escape(name), text, re.I) if not w.group(0).isupper()), name)
    return name[:1].upper() + name[1:] if name else None


SMALL_WORDS = frozenset("a an and at between by for in of on the to with".split())


def _titled(words: str) -> bool:
    """Whether quoted words are written as a name is, each capitalised but the small ones: "Defense
    Cooperation Plan for 2000", not a remark ("The agreement we signed in Warsaw opens a new chapter").

    >>> _titled("Defense Cooperation Plan for 2000"), _titled("The agreement we signed in Warsaw opens a new chapter")
    (True, False)
    """
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words.split())


NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def part_title(part: str | None) -> str | None:
    """A gathering's part as a name, when the text gives it no other: "first session" -> "First session",
    "session ii" -> "Session II"; a meal ("lunch") is no name.

    >>> part_title("session ii"), part_title("first session"), part_title("panel a"), part_title("lunch")
    ('Session II', 'First session', 'Panel A', None)
    """
    if not part or len(part.split()) < 2:
        return None
    words = [w.upper() if re.fullmatch(r"[ivx]+|[a-z]", w) else w.title() if w in NUMBER_WORDS else w
             for w in part.split()]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def _place(location_name: str | None) -> str:
    """ "Rawalpindi" for "Joint Staff Headquarters, Rawalpindi"; "the Pentagon" for a lone site."""
    if not location_name:
        return ""
    first, _, last = location_name.partition(",")
    if first.lower().startswith("the "):
        return "the " + first[4:]
    if _is_site(first) and not last:
        return "the " + first
    return (last or first).strip()


def _is_site(name: str) -> bool:
    from entente.extract.places import _fold, _sites

    return _fold(name) in _sites()


def _short(people: Sequence[tuple[str, str | None, str | None]]) -> dict[str, str]:
    """Each person as a title names them: by surname, unless another of the event has the same one.

    >>> _short([("Grace Langat", None, None), ("David Langat", None, None), ("Jan Wolters", None, None)])
    {'Grace Langat': 'Grace Langat', 'David Langat': 'David Langat', 'Jan Wolters': 'Wolters'}
    """
    shared = Counter(surname(n) for n in {n for n, _, _ in people})
    return {n: n if shared[surname(n)] > 1 else surname(n) for n, _, _ in people}


def _names(people: Sequence[tuple[str, str | None, str | None]], roles: set[str | None]) -> list[str]:
    short = _short(people)
    return [short[n] for n, _, r in people if r in roles]


HEADLINE_WORDS = 16  # a title longer than this reads as a sentence, not a headline
# Where a long name may end: before what it is about, where or why ("... Remarks to the Press on Release of ...")
NAME_CUT = re.compile(r"\s+(?:on|at|for|regarding|concerning|pursuant\s+to|following)\s+|\s*[:–—]\s+")


def headline(name: str) -> str:
    """A name short enough for a headline: a long one cut before the first "on", "at", "for" or colon that leaves
    it at most `HEADLINE_WORDS` words, else as it is.

    >>> headline("Secretary Blinken Remarks to the Press on Release of the 2021 Congressional Report Pursuant to the Act")
    'Secretary Blinken Remarks to the Press'
    >>> headline("Joint Commission on Science and Technology")
    'Joint Commission on Science and Technology'
    """
    if len(name.split()) <= HEADLINE_WORDS:
        return name
    cuts = [m.start() for m in NAME_CUT.finditer(name) if 2 <= len(name[:m.start()].split()) <= HEADLINE_WORDS]
    return name[:cuts[0]] if cuts else name


def event_title(type_: str, *, name: str | None, people: Sequence[tuple[str, str | None, str | None]],
                location_name: str | None, clause: str | None = None,
                sides: Sequence[str] = (), signed: bool = True, group: str | None = None) -> str:
    """A short title; `people` are (name, side, role) in role order. An agreement that was reached
    rather than `signed` reads "X and Y reach agreement"; a meeting with a `group` of no government is
    titled by it ("Kim meets business leaders in Accra")."""
    name = headline(name) if name else name
    where = _place(location_name)
    at = (f" at {where}" if where.startswith("the ") else f" in {where}") if where else ""
    short = _short(people)
    if type_ == "meeting" and len({side for _, side, role in people if role == "lead"}) >= 2 and \
            (hosts := _names(people, {"host"})):
        # "the two delegations were received by X": X receives both heads of delegation
        return f"{hosts[0]} meets {', '.join(_names(people, {'lead'})[:2])}{at}"
    everyone = [short[n] for n, _, _ in people]
    if type_ == "legislation":
        return f"{name or 'Legislation'}: {clause}" if clause else (name or "Legislation")
    if type_ == "agreement" and not signed:
        who = everyone[:2] if len(everyone) >= 2 else list(sides[:2])
        return f"{who[0]} and {who[1]} reach agreement{at}" if len(who) == 2 else f"Agreement reached{at}"
    if type_ == "agreement":
        signers = _names(people, {"signatory"}) or everyone[:2]
        what = name or "agreement"
        if len(signers) >= 2:
            return f"{signers[0]} and {signers[1]} sign {what}{at}"
        if sides and len(sides) >= 2:
            return f"{sides[0]} and {sides[1]} sign {what}{at}"
        if signers:
            return f"{signers[0]} signs {what}{at}"
        return f"{what[:1].upper()}{what[1:]} signed{at}"
    if type_ in {"dialogue", "conference", "summit"} and name:
        return f"{name}{at}" if where and where.lower() not in name.lower() else name
    if type_ == "visit" and everyone:
        guest = next((short[n] for n, _, r in people if r != "host"), None)  # not who received or invited them
        if guest is None:
            return f"Visit to {where}" if where else "Visit"
        return f"{guest} visits {where}" if where else f"Visit by {guest}"
    if type_ in {"meeting", "call"} and group and everyone:
        return f"{everyone[0]} meets {group}{at}"
    first_side = people[0][1] if people else None
    if type_ in {"meeting", "call"} and len(everyone) >= 2 and \
            not (first_side and all(side == first_side for _, side, _ in people)):  # one meets no one of their own
        # the other side's people first after the subject: "Kamau meets Stanton", not her own delegation
        others = [short[n] for n, side, _ in people[1:] if side and first_side and side != first_side]
        rest = others or everyone[1:]
        return f"{everyone[0]} call with {', '.join(rest[:2])}" if type_ == "call" else \
            f"{everyone[0]} meets {', '.join(rest[:2])}{at}"
    if name:
        return f"{name}{at}" if where and where.lower() not in name.lower() else name
    label = type_.capitalize() if type_ != "other" else "Exercise"  # the one kind of its own "other" holds
    if type_ in {"meeting", "call"} and not everyone and len(sides) >= 2:
        return f"{sides[0]}–{sides[1]} {type_}{at}"  # "U.S.–ASEAN meeting in Jakarta"
    if type_ in {"announcement", "statement"} and not everyone and sides:
        return f"{' and '.join(sides[:2])} {type_}{at}"  # "U.S. announcement", "U.S. and India statement"
    if everyone and type_ in {"meeting", "call"} and len({side for _, side, _ in people}) == 1:
        # "Sherman’s meeting in Ulaanbaatar": one side's people only; "Meeting with Sherman" read as if she were
        # the counterpart
        return f"{everyone[0]}’s {type_}{at}"
    if everyone:  # "Statement by Blinken, Borrell, Garneau", "Conference with Kerry"
        return f"{label} {'by' if type_ in {'statement', 'announcement'} else 'with'} {', '.join(everyone[:3])}{at}"
    return f"{label}{at}"
