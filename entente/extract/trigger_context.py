"""The words around a trigger that make its event another one than the event told before: held beside a
gathering ("Prior to the Dialogue, ..."), on its margins ("on the sidelines of the ADMM-Plus"), later the same
day ("In the afternoon, ..."), one more ("She also met ..."), during a stay ("While in Brussels, ...")."""

from __future__ import annotations

import re

from entente.extract.event_types import Trigger
from entente.extract.timex.lexicon import SMALL_NUMBERS

MARGINS = re.compile(r"(?i)\b(?:on|in|at)\s+the\s+(?:margins?|sidelines?)\s+of\b[^,;]{3,80},")


def aside_of(text: str, s0: int, s1: int, t: Trigger, strong: list[Trigger]) -> bool:
    """Whether "on the margins of <a gathering no trigger names>," is said of a trigger: before it, opening
    its clause ("On the margins of the Summit, X met Y"), or right after it ("recalled the meeting between X
    and Y in Bangkok on November 17, on the sidelines of the ADMM-Plus, and the visit of Z": the meeting's,
    not the visit's). The phrase is the nearest trigger's before it, if any.

    >>> s = "They recalled the meeting of A and B in Bangkok, on the sidelines of the Forum, and the visit of C."
    >>> from entente.extract.event_types import find_triggers
    >>> ts = find_triggers(s)
    >>> [(u.text, aside_of(s, 0, len(s), u, ts)) for u in ts]
    [('meeting', True), ('visit', False)]
    """
    for found in MARGINS.finditer(text, s0, max(t.start, min((u.start for u in strong if u.start > t.start),
                                                                  default=s1))):
        if any(found.start() <= u.start < found.end() for u in strong):
            continue  # the gathering is a trigger of its own: held_at's
        before = [u for u in strong if u.end <= found.start()]
        owner = before[-1] if before else next((u for u in strong if u.start >= found.end()), None)
        if owner is t:
            return True
    return False


# "Prior to the Dialogue, the Minister met ...", "Following the talks, she called on ...": another time
# than the gathering the phrase names, so another event, held beside it
# "Following her stop in Uzbekistan", "After his talks in Seoul": where the traveller was before; "Prior to his
# arrival in Rome": where the traveller goes next
PRIOR_STOP = re.compile(r"(?i)\b(?:following|after|prior\s+to|before)\s+(?:[\w’'-]+\s+){1,3}(?:in|to)\s+(?:the\s+)?$|"
                        r"\bfrom\s+(?:[\w’'-]+\s+){1,3}in\s+(?:the\s+)?$")  # "traveling from the command's headquarters in Stuttgart"
TIME_BESIDE = r"prior\s+to|before|ahead\s+of|after|following"  # the words that place one event beside another
BESIDE = re.compile(r"(?i)(?:^(?:\(?\d{1,2}[.)]\s+|\([a-h]\)\s+|[-–•*]\s+)?|[,;]\s*)(?:" + TIME_BESIDE + r"|at\s+the\s+(?:end|close|conclusion)\s+of|(?:on|at|in)\s+the\s+"
                    r"(?:margins?|sidelines?)\s+of|during|in\s+the\s+course\s+of)\s+(?:the|this|their|his|her)\s+"
                    r"[^,;]{2,80},")


def beside(text: str, s0: int, t: Trigger, strong: list[Trigger]) -> tuple[int, int] | None:
    """Where "Prior to <a gathering another trigger of the sentence names>," stands before a trigger.

    >>> s = "Prior to the Dialogue, the Minister met the Secretary of Defense."
    >>> from entente.extract.event_types import find_triggers
    >>> ts = find_triggers(s)
    >>> [(u.text, beside(s, 0, u, ts)) for u in ts]
    [('Dialogue', None), ('met', (0, 22))]
    >>> s = "She held talks with X, who is in Washington for the Annual Consultations."
    >>> [(u.text, beside(s, 0, u, find_triggers(s))) for u in find_triggers(s)]
    [('held talks', (44, 72)), ('Consultations', None)]
    >>> s = "Participants called on Vice Minister Kim Hong-kyun after the dialogue."
    >>> [(u.text, beside(s, 0, u, find_triggers(s))) for u in find_triggers(s)]
    [('called on', (51, 69)), ('dialogue', None)]
    """
    found = BESIDE.search(text[s0:t.start])
    if found is not None and any(s0 + found.start() <= u.start < s0 + found.end() for u in strong if u is not t):
        return s0 + found.start(), s0 + found.end()
    # ... or a relative clause after it says what the one met is there for: "held talks with X, who is in
    # Washington for the Annual Consultations"
    there = THERE_FOR.match(text, t.end)
    if there is not None and any(there.start("why") <= u.start < there.end() for u in strong if u is not t):
        return there.start("why"), there.end()
    # ... or the clause ends on it: "Participants called on the Vice Minister after the dialogue."
    late = AFTER_GATHERING.match(text, t.end)
    if late is not None and any(late.start("what") <= u.start and u.end == late.end() for u in strong if u is not t):
        return late.start("what"), late.end()
    return None


# ("... after the dialogue.": the gathering's noun ends the clause; not "before the ministers sat down with them")
AFTER_GATHERING = re.compile(r"[^.;:\n]{0,160}?\s(?P<what>(?:" + TIME_BESIDE + r")\s+(?:the|this|their)\s+"
                             r"(?:[\w’'-]+\s+){0,4}[\w’'-]+)(?=\s*(?:[.;]|$))")


THERE_FOR = re.compile(r"[^.;]{0,120}?,\s+who\s+(?:is|was|are|were|will\s+be)\s+in\s+[A-Z][\w.’' -]{1,40}?\s+"
                       r"(?P<why>(?:for|to\s+attend)\s+[^.;]{3,120})")


MARGINS_AFTER = re.compile(r"(?i)[^.;]{0,100}?\b(?:(?:on|at|in)\s+the\s+(?:margins?|sidelines?)|at\s+the\s+(?:end|close|conclusion))"
                           r"\s+of\s+(?:the\s+)?")  # ("This Joint Statement was issued at the conclusion of the Dialogue")


def held_at(text: str, t: Trigger, strong: list[Trigger], end: int) -> Trigger | None:
    """The gathering a trigger is held "on the margins of", after it in its sentence.

    >>> s = "They recalled the meeting between A and B on the margins of the APEC Leaders' Meeting in Lima."
    >>> from entente.extract.event_types import find_triggers
    >>> ts = find_triggers(s)
    >>> [(u.text, getattr(held_at(s, u, ts, len(s)), "text", None)) for u in ts]
    [('meeting', 'Meeting'), ('Meeting', None)]
    """
    found = MARGINS_AFTER.match(text, t.end, end)
    if found is None:
        return None
    return next((u for u in strong if u is not t and found.end() <= u.start <= found.end() + 60), None)


# A sentence that goes on about the event before: "It was co-chaired by ...", "They also discussed ..."
ANAPHORIC = re.compile(r"\s*(?:It|They)\s+(?:was|were|also|then)\b")
# "The two sides agreed to meet again", "Both delegations reviewed ...": a subject of the sides of the event
# told before, naming none of them
SIDES_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;:\n]{0,40},\s*)?(?:The|Both|All)\s+(?:two\s+|three\s+|four\s+)?"
                           r"(?:sides|parties|countries|governments|delegations|nations)\b")
# A sentence opening on a part of the day with no date: the day of the event told before it
SAME_DAY = re.compile(r"\s*(?i:(?:later\s+)?(?:in|during)\s+the\s+(?:morning|afternoon|evening)|(?:on\s+)?(?:that|the\s+same)\s+"
                      r"(?:morning|afternoon|evening|day|night)|(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+"
                      r"(?:day|morning|afternoon|evening))\b")  # ... "Earlier in the day, the Minister met X"
# "The following day, X hosted ...": the day after the event told before; "Two days later, she continued to Rabat":
# two days after it
DAY_AFTER = re.compile(r"\s*(?i:(?:on\s+)?the\s+(?:following|next)\s+day|the\s+day\s+after|"
                       r"(?P<n>an?|\d{1,2}|" + "|".join(SMALL_NUMBERS) + r")\s+days?\s+later)\b(?!\s+(?:of|that)\b)")


def days_after(sentence: str) -> int:
    """How many days after the event told before a sentence's opening words put it; 0 when they put it nowhere.

    >>> days_after("The next day, she met X."), days_after("Three days later, he flew on."), days_after("He met X.")
    (1, 3, 0)
    """
    m = DAY_AFTER.match(sentence)
    if m is None:
        return 0
    n = (m.group("n") or "one").lower()
    return int(n) if n.isdigit() else SMALL_NUMBERS.get(n, 1)
# ... or "A separate session with the Minister of the Armed Forces", "another meeting with": one more event
ALSO = re.compile(r"\b(?:also|separately|then)\s+(?:(?:will|would|to)\s+)?$|\b(?i:separate|another)\s+$")
# "While in Brussels, she will lead the first meeting of the Dialogue": one more event during the stay;
# "Finally, the Envoy will meet with ...", "From there, he will ...": the next one in a sequence
WHILE_THERE = re.compile(r"\s*(?i:while\s+(?:in|at|there)|during\s+(?:her|his|their)\s+(?:stay|time)\s+in|"
                         r"(?:finally|afterwards?|subsequently|thereafter|from\s+there|after\s+that|next|"
                         r"(?:earlier|later)\s+today)\s*,)")  # ("Earlier today, X was received by the Vice President")


SINCE_CLAUSE = re.compile(r"\bsince\s+(?:he|she|they|we|I)\s+[^,.;:\n]{0,40}$", re.IGNORECASE)


def in_since_clause(text: str, start: int, s0: int, strong: list[Trigger]) -> bool:
    """Whether a date at `start` stands in a "since" clause that tells no event of the sentence: it marks where a
    period began, not when the sentence's event happens ("her first trip to the region since she was sworn in
    last October"; not "since the leaders met in June", whose meeting the date is).

    >>> text = "It is her first trip to the region since she was sworn in last October."
    >>> in_since_clause(text, text.index("last"), 0, [Trigger(16, 23, "trip to", "visit", True)])
    True
    """
    since = SINCE_CLAUSE.search(text, max(s0, start - 60), start)
    return since is not None and not any(since.start() < t.start < start for t in strong)


# A time the text leaves unset: "invited X to visit Korea at a mutually convenient time" (with no date of its own, no
# event: "will be held in Tokyo in 2022 at a mutually convenient time" is dated by its year)
NO_TIME_SET = re.compile(r"(?i)\b(?:at\s+a\s+(?:mutually\s+)?convenient\s+(?:time|date)|at\s+an\s+early\s+date|"
                         r"(?:on|at)\s+a\s+date\s+to\s+be\s+(?:determined|agreed|fixed|set|decided))\b")
THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# "The agreement we signed in Warsaw opens a new chapter": the instrument signed before, named again
SIGNED_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|MOUs?|treat(?:y|ies)|accords?|plans?|"
                           r"deals?|declarations?|instruments?)\s+(?:that\s+|which\s+)?(?:we|they|he|she|(?:the\s+two|both)\s+\w+)\s+"
                           r"(?:have\s+|had\s+|just\s+)*$")


def named_again(text: str, s0: int, t: Trigger) -> bool:
    """Whether a trigger names an event told before: a gathering by its noun ("the dialogue"), an instrument
    by what was done with it ("the agreement we signed").

    >>> from entente.extract.event_types import Trigger
    >>> text = "The agreement we signed in Warsaw opens a new chapter."
    >>> named_again(text, 0, Trigger(17, 23, "signed", "agreement", True)), named_again("They signed a plan.", 0, Trigger(5, 11, "signed", "agreement", True))
    (True, False)
    """
    if t.type in {"dialogue", "conference", "summit"}:
        return bool(THE_BEFORE.search(text, max(s0, t.start - 4), t.start))
    return t.type == "agreement" and bool(SIGNED_BEFORE.search(text, max(s0, t.start - 60), t.start))


# An entry of a list of instruments with its own signatories: "1. Protocol on Military Education - signed by A and B;"
ENTRY_MARK = r"[ \t]*(?:[-–•*·▪]|\d{1,2}[.)]|\(?[ivx]{1,4}\)|\(?[a-h]\))"  # a bullet, "2.", "(ii)", "b)"
SIGNED_ENTRY = re.compile(ENTRY_MARK + r"[ \t]+[^\n]{3,300}?\bsigned\s+by\b")


def signed_entry(text: str, s0: int) -> bool:
    """Whether the sentence at `s0` is such an entry (its marker may stand before the sentence's start).

    >>> signed_entry("documents:" + chr(10) + "1. Protocol on Training - signed by A and B;", 14)
    True
    """
    line = text.rfind("\n", 0, s0) + 1
    return s0 - line <= 8 and SIGNED_ENTRY.match(text, line) is not None


# "signed an agreement, which sets the terms for training in Norway": a relative clause tells about the thing, not
# where the event was (unless it says so: "the meeting, which was held in Lima", "..., which Italy will host in Rome")
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|that|whose)\s+(?!(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+"
                             r"(?:held|hosted|convened|organi[sz]ed|signed)\b|(?:took|takes|will\s+take)\s+place\b|"
                             r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}(?:will\s+|is\s+to\s+)?host(?:s|ed)?\b)")
