"""Which trigger of a sentence a name, a date or a named part belongs to, when the sentence holds several
("spoke by phone with X to welcome the signing": X is the call's; "will travel to Moscow July 11-14 to
meet ...": the dates are the trip's)."""

from __future__ import annotations

import re
from typing import Sequence

from entente.extract.event_types import MONTH_NAMES, WEEKDAY_NAMES, Trigger
from entente.extract.people import PersonMention
from entente.extract.name_offices import COURTESY, RANKS


def distance(t: Trigger, start: int, end: int) -> int:
    return 0 if start < t.end and t.start < end else min(abs(start - t.end), abs(t.start - end))


def nearest(triggers: list[Trigger], start: int, end: int) -> int:
    def dist(t: Trigger) -> int:
        return 0 if start < t.end and t.start < end else min(abs(start - t.end), abs(t.start - end))
    return min(range(len(triggers)), key=lambda i: dist(triggers[i]))


# What joins a trigger to the person after it: "spoke by phone today with Colombian Minister X",
# "met with", "hosted by", "a call on", "a telephone call from": no other clause between them.
# An initial's full stop ("Mark T. Esper") is no sentence's end.
_NO_STOP = r"(?:[^.;]|(?<=\b[A-Z])\.)"
# A new verb phrase ends the trigger's complement: "will meet with officials and will continue to work with X".
_NEW_CLAUSE = r"\band\s+(?:will|would|shall|is|are|was|were|has|have|had|also|then|continues?|continued)\b"
# ... and so does its purpose: "spoke with X to discuss the situation following the assassination of President Y"
_PURPOSE = r"\bto\s+(?:discuss|review|address|consider|examine|explore|highlight|underscore|express|offer|convey)\b"
# "with Singapore's Minister for Defence, X", "with Uzbekistan's Minister of Defense, Lt. Gen. X": an office, a comma,
# then only ranks and courtesy titles (not "on the same day, Deputy Secretary X": another clause's subject)
_RANK_WORDS = sorted({w.capitalize() for w in RANKS | COURTESY if " " not in w and "." not in w and w != "he"} |
                     {"Chief", "Sheikh", "Army", "H.E", "of", "the"}, key=lambda w: (-len(w), w))
_RANK = r"(?:(?:" + "|".join(re.escape(w) for w in _RANK_WORDS) + r")\.?|\([\w.]+\))"
# (not "on" a day: "On the margins of the Session, on 16 November, X paid a courtesy call": X is the call's subject)
_ON_A_DAY = r"on\s+(?:the\s+)?(?:\d{1,2}\b|(?:" + MONTH_NAMES + r")\b|" + WEEKDAY_NAMES + r"\b)"
COMPLEMENT = re.compile(rf"^(?:(?!{_NEW_CLAUSE}){_NO_STOP}){{0,100}}?\b(?:with|by|(?!{_ON_A_DAY})on|between|from)\b"
                        rf"(?:(?!,|{_PURPOSE}){_NO_STOP}){{0,120}}(?:,\s*(?:{_RANK}\s+){{1,6}})?,?\s*$")


PURPOSE = re.compile(_PURPOSE)


def in_purpose(text: str, trigger: Trigger, start: int) -> bool:
    """Whether a name after a trigger stands in its purpose clause with no "with" or "by" bringing it in:
    "spoke with X to discuss the situation following the assassination of President Y" (Y is a topic),
    not "... to discuss trade with Minister Z".

    >>> s = "He spoke with Ana Ruiz to discuss Haiti after the death of President Leon Dumas."
    >>> t = Trigger(3, 16, "spoke with", "call", True)
    >>> in_purpose(s, t, s.index("Ana")), in_purpose(s, t, s.index("Leon"))
    (False, True)
    """
    if start < trigger.end:
        return False
    found = PURPOSE.search(text, trigger.end, start)
    return found is not None and not re.search(r"\b(?:with|by|between|and\s+(?:his|her|their)\s+counterparts?)\b",
                                               text[found.end():start])


# Verbs whose object is a topic: "X and Y discussed the NATO Summit", "briefed the Minister on the April 17
# meeting in Geneva": the gathering is talked about; its subject takes no part in it
TALKED_ABOUT = re.compile(r"(?i)\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?|talk(?:ed|s)?\s+about|"
                          r"exchang(?:ed|e)\s+views\s+on|brief(?:ed|s)?\b[^,;.]{0,60}?\bon)\s+(?:[\w’'-]+\s+){0,8}$")


def talked_about(text: str, trigger: Trigger, start: int, end: int) -> bool:
    """Whether a gathering after a name is what the name's clause talks about, not what it takes part in:
    the name is the verb's subject ("X discussed the summit") or its object ("briefed X on the meeting").

    >>> s = "Kerry and Ana Ruiz discussed the NATO Summit to be held in Wales."
    >>> t = Trigger(s.index("NATO"), s.index(" to"), "NATO Summit", "summit", True)
    >>> talked_about(s, t, s.index("Ana"), s.index(" discussed"))
    True
    >>> s = "The Secretary briefed Ana Ruiz on the April 17 meeting in Geneva."
    >>> talked_about(s, Trigger(s.index("meeting"), s.index(" in"), "meeting", "meeting", True), 22, 30)
    True
    >>> s = "Kerry and Ana Ruiz met on the margins of the NATO Summit."
    >>> talked_about(s, Trigger(s.index("NATO"), s.index("."), "NATO Summit", "summit", True), 10, 18)
    False
    """
    if trigger.type not in {"summit", "conference", "dialogue", "meeting"} or end > trigger.start:
        return False
    return TALKED_ABOUT.search(text, end, trigger.start) is not None or \
        BRIEFED_ON.search(text, max(0, start - 30), trigger.start) is not None


# "briefed the Foreign Minister on the April 17 meeting": the one briefed is told of it
BRIEFED_ON = re.compile(r"(?i)\bbrief(?:ed|s)?\s+(?:the\s+)?[^,;.]{0,60}?\bon\s+(?:[\w’'-]+\s+){0,8}$")


# A date set off by the day it is relative to: "On Wednesday, the day before the dialogue opened," (the dialogue is
# when it is not)
RELATIVE_DAY = re.compile(r",\s+(?:the|a)\s+(?:\w+\s+)?(?:day|days|week|weeks|evening|morning|night|eve)\s+"
                          r"(?:before|after|ahead\s+of|following|of)\s+[^,;.]{3,80},")


def date_owner(text: str, triggers: list[Trigger], start: int, end: int) -> int:
    """The trigger a date belongs to: a gathering's noun the date stands right before ("the June 28 meeting"),
    else the one the date's phrase follows ("will travel to Moscow July 11-14 to meet ...": the trip, not the
    meeting it is for), else the nearest.

    >>> s = "He travels to Rome today to attend the June 28 meeting of the Coalition."
    >>> ts = [Trigger(3, 10, "travels", "visit", True), Trigger(s.index("meeting"), s.index(" of"), "meeting", "meeting", True)]
    >>> date_owner(s, ts, s.index("today"), s.index(" to attend")), date_owner(s, ts, s.index("June"), s.index(" meeting"))
    (0, 1)
    """
    aside = RELATIVE_DAY.match(text, end)  # "On Wednesday, the day before the dialogue opened, X called on Y": the call's
    if aside and len(triggers) > 1 and any(not end <= t.start < aside.end() for t in triggers):
        rest = [k for k, t in enumerate(triggers) if not end <= t.start < aside.end()]
        return rest[nearest([triggers[k] for k in rest], start, end)]
    after = [k for k, t in enumerate(triggers) if t.start >= end]
    if after and NOUN_GAP.fullmatch(text, end, triggers[after[0]].start) and triggers[after[0]].type != "visit":
        return after[0]  # "to attend the June 28 meeting of the Coalition": a date before its gathering's noun is its own
    before = [k for k, t in enumerate(triggers) if t.end <= start]
    if before:
        k = before[-1]
        gap = text[triggers[k].end:start]
        if len(gap) <= DATE_REACH and not re.search(r"[;!?]|,\s+(?:and|but|while|which|who)\b", gap):
            return k  # a full stop inside one sentence ends an initial or a short form ("Mark T. Esper")
        if after and re.search(r";|,\s+(?:and|but|while)\b", gap) and \
                re.fullmatch(r"[^,;.]{0,60}", text[end:triggers[after[0]].start]):
            return after[0]  # "X will receive him tomorrow, and on Wednesday the Minister is to meet Y": the meeting's
    return nearest(triggers, start, end)


def follows_closely(text: str, trigger: Trigger, start: int, end: int | None = None) -> bool:
    """Whether a date at `start` follows its trigger within reach and inside its clause ("which our Prime Ministers
    signed in Canberra in October 2025"): it outranks a date a clause before the trigger ("its independence on 16
    September, and as we implement the Treaty, which ... signed"). Not one far past a relative clause, which dates
    what that clause tells ("met with citizens who led the protests that resulted in the overthrow in 2019")."""
    if end is not None and trigger.start >= end and not re.match(r"\t|  ", text[end:end + 2]) and \
            NOUN_GAP.fullmatch(text, end, trigger.start):
        return True  # "the upcoming June 23 Second Berlin Conference": its own, before its noun (not a table's column)
    gap = text[trigger.end:start] if trigger.end <= start else ";"
    return len(gap) <= DATE_REACH and not re.search(r"[;!?]|,\s+(?:and|but|while|which|who)\b", gap)


# A span of time before "after", "before" or "since": "Five years after", "two days before"
OFFSET = re.compile(r"(?i)\b\w+\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|since)\b")


def offset_clause(text: str, s0: int, owner: Trigger, later: Trigger) -> bool:
    """Whether `owner` stands in a clause opening the sentence that puts what follows its comma a span of time
    away ("Five years after the Prime Ministers signed the Treaties on 2 November 2010, this conference brings
    together ..."): the date is the signing's, not the conference's.

    >>> s = "Five years after they signed the Treaty on 2 November 2010, this conference meets again."
    >>> offset_clause(s, 0, Trigger(22, 28, "signed", "agreement", True), Trigger(65, 75, "conference", "conference", True))
    True
    """
    lead = text[s0:owner.start]
    return bool(OFFSET.search(lead)) and "," not in lead and "," in text[owner.end:later.start]


# Between a date and the gathering noun it premodifies: nothing but a few capitalised or adjective words ("the June
# 28 meeting", "the 2021 Strategic Dialogue", "the 10-11 May ministerial")
NOUN_GAP = re.compile(r"[ \t]+(?:(?:[A-Z][\w.’'-]*|annual|bilateral|trilateral|ministerial|joint|virtual|high-level|first|second|"
                      r"third|fourth|fifth|next|inaugural)[ \t]+){0,4}")


# How far a date may follow its trigger: "the meeting between Secretary of Defense X and Minister of National
# Defense General Y in Bangkok on November 17" (no other trigger, no clause between)
DATE_REACH = 160


# Between a trigger and a session named after it, words that make the session another event: "co-chaired
# the Dialogue, which built on the second session" (not "co-chaired the third session of the Dialogue").
OTHER_PART = re.compile(r"(?i),\s*(?:which|that|who|following|building|after|since)\b|"
                        r"\b(?:built|builds|follow(?:s|ed|ing)?|after|since|preceded|recalled)\b")


def own_part(text: str, trigger: Trigger, part: str | None, part_at: int) -> str | None:
    """The gathering part a trigger is about: its sentence's, unless the part is named after the trigger
    behind a clause about another event."""
    if part is None or trigger.start >= part_at:
        return part
    return None if OTHER_PART.search(text, trigger.end, part_at) else part


# Between two names of one subject: "and" and the second one's office ("and Tunisian Minister of X, Y and Z").
COORDINATED = re.compile(r"\s*,?\s+and\s+(?:(?:[A-Z][\w.’'-]*|of|for|the|and|on),?\s+)*")


# From one name of a verb's subjects to the verb: offices, names and "and" ("A, Head of the Agency, and the Minister
# of B, C, signed"), no other word
SUBJECTS_GO_ON = re.compile(r"(?=[^.;]{0,160}$)(?:,|\s|\band\b|\b(?:of|for|on|the)\b|[A-Z][\w.’'-]*|\([\w.’' -]+\))*"
                            r"\band\b(?:,|\s|\b(?:of|for|on|the)\b|[A-Z][\w.’'-]*|\([\w.’' -]+\))*")


def owner_of(text: str, triggers: list[Trigger], start: int, end: int) -> int:
    """The trigger a person named at [start, end) takes part in: the one whose complement the name is
    ("spoke by phone with X to welcome the signing": the call, not the signing), the verb the name is
    the subject of after an opening phrase ("On the margins of the Dialogue, X signed"), else the nearest."""
    before = [k for k, t in enumerate(triggers) if t.end <= start]
    if before:
        k = before[-1]
        gap = text[triggers[k].end:start]
        if COMPLEMENT.match(gap) or (re.search(r"\b(?:with|by|on|between)$", triggers[k].text) and
                                     re.fullmatch(rf"[^.;,]{{0,80}}(?:,\s*(?:{_RANK}\s+){{0,6}})?", gap)):
            # "spoke by phone today with" holds its preposition: the name is its complement (after its office too:
            # "called on the Prime Minister, Shri X, and held a meeting with")
            return k
    after = next((k for k, t in enumerate(triggers) if t.start >= end), None)
    if after is not None and (re.fullmatch(r"[^,.;:()]{0,60}", text[end:triggers[after].start]) or
                              SUBJECTS_GO_ON.fullmatch(text, end, triggers[after].start)) and \
            (not before or "," in text[triggers[before[-1]].end:start]):
        return after  # "On the margins of the Dialogue, Minister X and his counterpart signed": the verb's subject
    if before and after is not None and RELATIVE_NEXT.match(text, end):
        # "co-chaired by ..., and the Undersecretary ..., Ambassador X, which reviewed the reports of the working
        # groups": what a relative clause after the name tells is no event the name takes part in
        return before[-1]
    return nearest(triggers, start, end)


RELATIVE_NEXT = re.compile(r",\s+(?:which|that|whose)\b")


POSSESSIVE = re.compile(r"['’]s\s+(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")


def possessor(text: str, end: int, strong: Sequence[Trigger]) -> bool:
    """Whether a name ends on a possessive of a thing that is no event ("Trudeau’s commitment"; not
    "Kamau’s visit", whose trigger starts there)."""
    found = POSSESSIVE.match(text, end)
    if found is None or found.group("noun").split()[0] in TAKES_PART:
        return False  # "at Minister X’s invitation", "Secretary Y’s delegation": X and Y take part
    return not any(found.start() < t.start <= found.end("noun") for t in strong)


# What a person's possessive names that still makes them a participant
TAKES_PART = frozenset({"invitation", "delegation", "counterpart", "counterparts", "hospitality", "team", "remarks",
                        "leadership", "request", "host", "hosts", "guests", "guest", "party", "entourage"})


# "..., and the two ministers signed", "and both then signed": a subject that is the people named before it
PAIR_BEFORE = re.compile(r",?\s+and\s+(?:then\s+)?(?:the\s+two|both)(?:\s+(?:ministers|officials|leaders|secretaries|men|women|sides))?"
                         r"(?:\s+(?:also|then|later|jointly))?\s+$")
SIGNED_VERB = re.compile(r"(?i)(?:co-?)?sign")


def with_the_two(text: str, s0: int, trigger: Trigger, before: list[int],
                 people: list[tuple[int, str | None]]) -> list[tuple[int, str | None]]:
    """A trigger's (person index, role) pairs, with the people named `before` it in its sentence when its
    subject is "the two" or "both" ("met with X, and the two ministers signed a plan": both signed).

    >>> s = "A met B, and the two ministers signed a plan."
    >>> with_the_two(s, 0, Trigger(31, 37, "signed", "agreement", True), [0, 1], [])
    [(0, 'signatory'), (1, 'signatory')]"""
    if not PAIR_BEFORE.search(text, max(s0, trigger.start - 40), trigger.start):
        return people
    role = "signatory" if trigger.type == "agreement" and SIGNED_VERB.match(trigger.text) else None
    return [(i, role if i in before else r) for i, r in people] + \
        [(i, role) for i in before if all(i != j for j, _ in people)]


# "X called on A and met with B", "X met A, and later signed with B": a verb joined to the one before shares its subject
# The place a trip goes to, then what it is for: "travel to Seoul for consultations with", "to Hanoi to hold talks with"
TRIP_PURPOSE = re.compile(r"\s*(?:[A-Z][\w.’'-]*,?\s+){1,4}(?:for|to(?:\s+(?:hold|attend|join|lead))?)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?)?")
JOINED_VERB = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+|separately\s+)?(?:(?:will|would|to)\s+)?"
                         # ... or a light verb before a nominal trigger: "and hold a roundtable with", "and attend the",
                         # "and paid a courtesy call on"
                         r"(?:(?:hold|held|host|hosted|attend|attended|join|joined|lead|led|participate\s+in|"
                         r"participated\s+in|pay|paid|make|made)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?)?$")


def shared_subject(text: str, first: Trigger, second: Trigger, first_people: list[tuple[int, str | None]],
                   second_people: list[tuple[int, str | None]], people: Sequence[PersonMention]) -> list[tuple[int, str | None]]:
    """The second trigger's (person index, role) pairs, with the first one's subjects (its people named before
    it) when the second is a verb joined to the first and names no subject of its own.

    >>> s = "X called on A and met with B."
    >>> named = [PersonMention("X", 0, 1), PersonMention("A", 12, 13), PersonMention("B", 27, 28)]
    >>> shared_subject(s, Trigger(2, 11, "called on", "meeting", True), Trigger(18, 26, "met with", "meeting", True),
    ...                [(0, None), (1, None)], [(2, None)], named)
    [(0, None), (2, None)]
    >>> s = "X will travel to Seoul for consultations with B."
    >>> shared_subject(s, Trigger(7, 16, "travel to", "visit", True), Trigger(27, 45, "consultations with", "meeting", True),
    ...                [(0, None)], [(2, None)], named)
    [(0, None), (2, None)]
    >>> s = "X will meet A and hold a roundtable with students."
    >>> shared_subject(s, Trigger(7, 11, "meet", "meeting", True), Trigger(25, 40, "roundtable with", "meeting", True),
    ...                [(0, None), (1, None)], [], named)
    [(0, None)]"""
    trip = first.type == "visit" and TRIP_PURPOSE.fullmatch(text, first.end, second.start)
    if not (trip or JOINED_VERB.search(text, max(first.end, second.start - 30), second.start)) or \
            any(first.start < people[i].start < second.start for i, _ in second_people):
        return second_people
    subjects = [(i, None) for i, _ in first_people if people[i].start < first.start]
    return subjects + [p for p in second_people if all(p[0] != i for i, _ in subjects)]


# "received X, who was in Manila on 8-9 May", "met Y, who will be in Hanoi next week": a relative clause's subject
RELATIVE_SUBJECT = re.compile(r"\b(?:who|whom)\s+(?:\w+\s+)?$")


def relative_clause_people(text: str, trigger: Trigger, taking_part: list[tuple[int, str | None]],
                           people: Sequence[PersonMention]) -> list[tuple[int, str | None]]:
    """Of the people before a trigger that opens a relative clause, only its antecedent (the last one
    named before it, with those joined to it by "and") takes part: the sentence's subject did something else.
    A clause that chairs ("..., who co-chaired the meeting") makes its antecedent the chairs.

    >>> text = "Secretary Ana Ruiz received Minister Ivo Ray, who was in Lima on May 8."
    >>> people = [PersonMention("Ana Ruiz", 10, 18), PersonMention("Ivo Ray", 37, 44)]
    >>> was_in = Trigger(50, 56, "was in", "visit", True)
    >>> relative_clause_people(text, was_in, [(0, None), (1, None)], people)
    [(1, None)]
    >>> text = "Experts came, including Amb. Ana Ruiz and Dr. Ivo Ray of IMEMO, who co-chaired the meeting."
    >>> people = [PersonMention("Ana Ruiz", 29, 37), PersonMention("Ivo Ray", 46, 53)]
    >>> relative_clause_people(text, Trigger(68, 78, "co-chaired", "dialogue", True), [(0, None), (1, None)], people)
    [(0, 'chair'), (1, 'chair')]
    """
    if not RELATIVE_SUBJECT.search(text, max(0, trigger.start - 12), trigger.start):
        return taking_part
    before = sorted((i for i, _ in taking_part if people[i].end <= trigger.start), key=lambda i: people[i].end)
    antecedent = set(before[-1:])
    for k in range(len(before) - 1, 0, -1):  # "Amb. A and Dr. B of IMEMO, who co-chaired": both
        if before[k] not in antecedent or not JOINED.fullmatch(text, people[before[k - 1]].end, people[before[k]].start):
            break
        antecedent.add(before[k - 1])
    role = "chair" if CHAIRING.match(trigger.text) else None
    return [(i, (r or role) if i in antecedent else r) for i, r in taking_part if i in antecedent or people[i].end > trigger.start]


JOINED = re.compile(r",?\s+and\s+(?:[A-Z][\w.]*\.?\s+|\([^)]{1,8}\)\s+){0,3}")  # " and Dr. ", " and Ambassador (ret.) "
CHAIRING = re.compile(r"(?i)(?:co-?)?chair|moderat|presid")


WHO_CLAUSE = re.compile(r",\s+who\s+(?:\w+\s+){0,4}$")  # ", who is on a working visit"


def relative_antecedent(text: str, main: Trigger, relative: Trigger, in_sentence: Sequence[int],
                        people: Sequence[PersonMention]) -> int | None:
    """The person a relative clause's trigger is said of ("received X, who is on a working visit"), when named after
    the sentence's `main` trigger: the object of the main clause, so a participant of its event too.

    >>> text = "Minister A received Governor B, who is on a visit to Lima."
    >>> people = [PersonMention("A", 9, 10), PersonMention("B", 29, 30)]
    >>> relative_antecedent(text, Trigger(11, 19, "received", "meeting", True), Trigger(44, 49, "visit", "visit", True),
    ...                     [0, 1], people)
    1
    """
    if main.end > relative.start or not WHO_CLAUSE.search(text, max(0, relative.start - 40), relative.start):
        return None
    before = [i for i in in_sentence if main.end <= people[i].start and people[i].end <= relative.start]
    return max(before, key=lambda i: people[i].end, default=None)
