"""When a trigger says its event happens: past, present or future, from the parse around it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal, Protocol, Sequence

from spacy.tokens import Span, Token

from entente.extract.timex.anchor import AGREED

if TYPE_CHECKING:
    from entente.extract.mention import EventMention

Tense = Literal["past", "pluperfect", "present", "future"]
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})
PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "’ve"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})
# "plans to visit", "is scheduled to meet", "is expected to sign", "looks forward to hosting"
PLAN_WORDS = frozenset({"plan", "plans", "planned", "planning", "scheduled", "expected", "set", "intends",
                        "intend", "forward", "going", "slated", "due"})
VERBS = frozenset({"VERB", "AUX"})
# Verbs of commitment, whose "to" infinitive is still to come: "agreed to convene the Commission in November",
# "decided to hold the next round in Astana", "invited him to visit", "pledged to meet again" (any inflection: the
# pipeline has no lemmatizer).
COMMIT = re.compile(r"(?:agree|decide|resolve|undert[ao]ok|pledge|promise|commit(?:t)?|propose|intend|hope|invite|offer|"
                    r"consent|vow|wish|want)(?:s|d|ed|ing)?|aim(?:s|ed)?|seek|sought|undertake[ns]?")
# Verbs that report a decision or a plan: "It was agreed that the next round would be held in May".
REPORT = re.compile(COMMIT.pattern + r"|(?:announce|confirm|state|note|envisage|foresee)[sd]?|said|says?|expect(?:s|ed)?")


class Spans(Protocol):
    def char_span(self, start: int, end: int, label: str = "", *,
                  alignment_mode: str = "strict") -> Span | None: ...


def _governing_verb(token: Token) -> Token | None:
    """The verb a trigger word belongs to: itself, or the verb over a noun ("held talks", "the call
    took place"), at most three steps up."""
    for _ in range(4):
        if token.pos_ in VERBS:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _commitment(verb: Token, span: Span, auxes: set[str]) -> Token | None:
    """The verb of commitment the trigger is committed to by: "agreed" of "agreed to convene", "decided to hold",
    "it was agreed that the round would be held"; or of an object the parse hung on the commitment itself, after
    what is committed to ("agreed to convene the Commission in November", with "Commission" under "agreed"). None
    for the commitment itself: "agreed to form a partnership" is an agreement reached."""
    head, trigger = verb.head, span.root
    if span.start <= head.i < span.end or (span.start <= verb.i < span.end and COMMIT.fullmatch(verb.lower_)):
        return None
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and COMMIT.fullmatch(head.lower_):
        return head  # "agreed to convene", "invited him to visit"
    if verb.dep_ == "ccomp" and auxes & {"would", "should"} and REPORT.fullmatch(head.lower_):
        return head  # "it was agreed that the thirteenth roundtable would be held"
    if COMMIT.fullmatch(verb.lower_) and trigger.dep_ not in {"nsubj", "nsubjpass"} and \
            any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < trigger.i for c in verb.children):
        return verb
    return None


def _verb_of(spans: Spans, start: int, end: int) -> tuple[Span, Token] | None:
    """The trigger's span and the verb that reports it, or None when no verb governs it."""
    span = spans.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _governing_verb(span.root)
    return (span, verb) if verb is not None else None


def _reading(span: Span, verb: Token) -> tuple[Tense | None, Token | None]:
    """The tense the verb gives the trigger, and the verb of commitment it is committed to by, if any."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    committed = _commitment(verb, span, auxes)
    if auxes & FUTURE_AUX:
        return "future", committed
    head = verb.head
    if verb.dep_ in {"xcomp", "pcomp", "advcl"} and head is not verb and (head.lower_ in PLAN_WORDS or
                                                                          {c.lower_ for c in head.children} & FUTURE_AUX):
        return "future", committed
    if verb.lower_ in PLAN_WORDS and "auxpass" in {c.dep_ for c in verb.children}:
        return "future", committed  # "the next round is scheduled for", "talks are planned for May"
    if committed is not None:
        return "future", committed
    if "had" in auxes:
        return "pluperfect", None  # "Austin had traveled to Syria": before the story, not its news
    if verb.tag_ == "VBD" or auxes & PERFECT_AUX:
        return "past", None
    if verb.tag_ == "VBN" and head is not verb and head.tag_ == "VBD":
        return "past", None
    if verb.tag_ in {"VBZ", "VBP"}:
        return "present", None
    if verb.tag_ == "VBG" and auxes & (PRESENT_BE | {"was", "were"}):  # "is traveling to Seoul", "were meeting as ..."
        return ("present" if auxes & PRESENT_BE else "past"), None
    if verb.tag_ == "VBN":
        return "past", None
    return None, None


def trigger_tense(spans: Spans, start: int, end: int) -> Tense | None:
    """The tense of the verb that reports the trigger at [start, end), or None when no verb governs it.

    "spoke by phone" -> past; "has met" -> past; "had traveled" -> pluperfect; "will travel" -> future;
    "plans to visit" -> future; "the next round is scheduled for" -> future;
    "Blinken meets Sisi" (a headline) -> present; "is traveling to Seoul" -> present.
    """
    found = _verb_of(spans, start, end)
    return _reading(*found)[0] if found else None


def practice_mention(spans: Spans, start: int, end: int) -> bool:
    """Whether "dialogue" names a practice, not a dialogue held: "called for genuine political dialogue"
    (a lowercase noun with an adjective and no determiner but "a"), "to engage in dialogue with
    governments" (a bare one), unlike "the Strategic Dialogue" or "held a dialogue"."""
    span = spans.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lower_ != "dialogue" or not root.text.islower():
        return False
    if not any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in root.children):
        return True  # "opportunities to engage in dialogue with governments": bare, no one's and none in particular
    return any(c.dep_ == "amod" for c in root.children) \
        and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in root.children)


def generic_mention(spans: Spans, start: int, end: int) -> bool:
    """Whether a trigger noun speaks of a kind, not of one event: a bare plural ("exchanges, visits,
    meetings, and cooperative military activities") rather than "the visit" or "talks with X"."""
    span = spans.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if practice_mention(spans, start, end):
        return True
    if root.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in root.children):
        return False
    if root.dep_ == "pobj" and root.head.head.lower_ in {"series", "round", "number", "set"}:
        return False  # "will hold a series of meetings": these meetings, not meetings in general
    return not any(c.dep_ == "prep" and c.lower_ == "with" for c in root.children)


# Nouns for people, or groups of them, that travel: "the delegation will travel", "officials visited".
# A travel verb whose subject is another common noun moves a thing ("the exhibition will travel to
# towns across Germany", "the project will visit schools"), which is no visit of a relationship.
TRAVELLERS = frozenset({
    "delegation", "delegations", "team", "teams", "official", "officials", "secretary", "minister", "ministers",
    "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "president",
    "leader", "leaders", "member", "members", "staff", "troops", "soldiers", "sailors", "officers", "experts",
    "scholars", "students", "participants", "chairman", "chair", "commander", "chief", "director", "counselor",
    "advisor", "adviser", "spokesperson", "coordinator", "deputy", "senator", "senators", "congressman",
    "congresswoman", "lawmakers", "counterpart", "counterparts", "general", "admiral", "prime", "king", "queen",
    # the journey itself, whose traveller the text names elsewhere: "The trip ended in Kampala"
    "trip", "tour", "visit", "journey",
})


def thing_travels(spans: Spans, start: int, end: int) -> bool:
    """Whether a travel verb's subject is a thing, not a person: "the Stolen Memory project will
    travel to towns" (a common noun that names no one), unlike "the delegation will travel"."""
    span = spans.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0] if span[0].pos_ in {"VERB", "AUX"} else span.root
    if verb.pos_ not in {"VERB", "AUX"}:
        return False  # "welcomed ... the visit of the Secretary to Jakarta": a noun, whose subject is no traveller
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:  # "will once again travel", "plans to travel"
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    return subject.pos_ == "NOUN" and not subject.ent_type_ and subject.lower_ not in TRAVELLERS


def is_heading(spans: Spans, start: int, end: int) -> bool:
    """Whether a line has no verb: a heading ("Secretary Quill’s Meeting with Foreign Minister Ray", "Joint
    Statement on the Second Strategic Dialogue"), which names its event as a headline does."""
    span = spans.char_span(start, end, alignment_mode="contract")
    return span is not None and len(span) > 0 and not any(t.pos_ in VERBS for t in span)


def with_tenses(mentions: Sequence[EventMention], spans: Spans | None) -> None:
    """Give each mention the tense of the verb that reports it (none without a parse), and mark what was agreed,
    decided or resolved for later: "the two ministers agreed to convene the Binational Commission in November" is
    another meeting than the one the text reports (not a plan still told in the present, "she intends to meet X": the
    meeting the text announces)."""
    for m in mentions:
        found = _verb_of(spans, m.trigger.start, m.trigger.end) if spans is not None else None
        m.tense, committed = _reading(*found) if found else (None, None)
        m.agreed = committed is not None and committed.tag_ in {"VBD", "VBN"} and bool(AGREED.match(committed.lower_))
