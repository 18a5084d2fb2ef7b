"""Event mentions: a trigger in a sentence with the date, place and people nearest to it."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from operator import attrgetter
from typing import Sequence

from entente.extract.countries import find_countries
from entente.extract.trigger_context import (ALSO, ANAPHORIC, PRIOR_STOP, SAME_DAY, NO_TIME_SET, SIDES_SUBJECT, THE_BEFORE, WHILE_THERE, named_again,
                                              RELATIVE_CLAUSE, aside_of, beside, days_after, held_at, in_since_clause, signed_entry)
from entente.extract.trigger_owners import (COORDINATED, DATE_REACH, date_owner, distance, in_purpose, talked_about, nearest, own_part, owner_of,
                                            follows_closely, offset_clause, possessor, relative_antecedent, shared_subject, with_the_two)
from entente.extract.event_splits import COMPASS, LOCATIVE, conjoined, legs, per_party, per_place, per_with, separately
from entente.extract.gathering_names import name_words
from entente.extract.groups import group_met
from entente.extract.legislation_milestones import legislation_milestones
from entente.extract.instances import NEXT_INSTANCE, is_earlier, is_history, is_later
from entente.extract.joint_statements import joint_statement
from entente.extract.mention import EventMention
from entente.extract.event_types import TRIGGER_NOUNS, TYPE_PRIORITY, Trigger, compatible_types, find_triggers
from entente.extract.gathering_parts import gathering_part, part_start
from entente.extract.people import PersonMention
from entente.extract.places import INSTITUTION_SEAT, LEG_SUBJECT, VENUE_LINE, PlaceMention
from entente.extract.sentences import SLOT_START
from entente.extract.event_dates import (FLIGHT, PRECISION_RANK, DateSpan, date_line, date_span, first_of_pair, range_from_duration,
                                         with_first_day, with_last_day)
from entente.extract.timex.lexicon import MONTH_ABBREVIATIONS, MONTHS
from entente.models import Timex

HERE = re.compile(r"\b(?:held|met|meet|meeting|meetings|talks)\s+here\b|\bhere\s+(?:in|at)\b", re.IGNORECASE)
# "Plan for 2000", "Act of 2009": a year that is part of a name, not the event's date.
# "ASTANA, May 7, 2021 —": the date a dateline gives is when the piece was filed, which is the event's
# date only when the sentence gives no other ("met ... on May 6, 2021" wins over it).
DATELINE_DATE = re.compile(
    r"^[A-Z][A-Za-z.'’ ()/,-]{1,60}?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
    r"\s*(?:[—–]|--?)", re.M)  # (on its own line too, under a headline the sentence holds)
ATTRIBUTED = re.compile(r"\battributable\s+to\s+(?:[A-Z][\w.]*\s+){0,4}$")
NAME_YEAR = re.compile(r"[A-Z][\w-]*\s+(?i:for|of)\s+$")
# "Expo 2027", "Vision 2030", "Our Ocean Conference 2022": a name that ends in a year (a year alone after a
# capitalised word that is no preposition, season or month)
NAME_BEFORE_YEAR = re.compile(r"(?<![\w.])(?!(?:In|By|Since|From|Until|Through|During|For|Of|The|And|Before|After|"
                              r"Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|FY|"
                              + "|".join(m.capitalize() for m in [*MONTHS, *MONTH_ABBREVIATIONS]) + r")\b)[A-Z][a-z]+\s+$")
# A date a trigger is about, not when it happens: a target ("net zero by 2050", "a programme for the years 2000-2002"),
# a period's edge ("aid since January", "until 2025"); not the day a meeting is set for ("scheduled for early 2005").
# A document's own dates are no event's: "Published 15 August 2016", "Released 15 January 1999", "as of May 4".
NOT_WHEN = re.compile(r"(?<!scheduled\s)(?<!planned\s)(?<!slated\s)(?<!set\s)(?<!due\s)(?<!fixed\s)(?<!arranged\s)"
                      r"\b(?i:for|by|since|until|till|through)\s+(?:(?i:the\s+)?(?i:end|beginning|start|middle)"
                      r"\s+of\s+)?(?:(?i:the\s+)?(?i:years?|fiscal\s+years?|FY|period)\s+)?$|"
                      r"\b(?i:published|released|issued|circulated|dated|prepared|updated|revised|draft\s+of|"
                      r"version\s+of|as\s+of)\s+(?:(?i:on)\s+)?$")


# A place a topic is in, not where the event is: "on the situation in Syria", "the war in Ukraine"
TOPIC_PLACE = re.compile(r"(?i)\b(?:situation|crisis|conflict|war|violence|fighting|developments|elections?|threats?|"
                         r"unrest|insurgency|peace\s+process|humanitarian\s+needs)\s+(?:in|on)\s+(?:the\s+)?" + COMPASS + "$")
# What "hosted" hosts when it is a gathering: "the second Mekong-U.S. Partnership ministerial"
HOSTED_GATHERING = re.compile(r"\s+(?:the|a|an|this\s+year['’]s)\s+(?:[\w.’'-]+\s+){0,7}?(?i:ministerial|dialogue|"
                              r"conference|summit|forum|consultations|talks|round|session|meeting\s+of)\b")
# "the 2011 Memorandum of Understanding", "their 2019 Joint Declaration": a year that names a document;
# "implementation of the April 19 agreement among parties": a date that says which thing, not when
YEAR_OF_NAME = re.compile(r"\s+[A-Z][a-z]+")
DATE_OF_NOUN = re.compile(r"\s+(?!(?:and|or|to|in|at|on|of|for|with|by|from|as|when|after|before|the|a|an|was|is|were|"
                          r"are|will|would|that|which|through|until|during|between)\b)[A-Za-z][a-z-]+\b")  # "the August 2015 Agreement"
NOUN_PHRASE = re.compile(r"(?:\s+(?!(?:and|or|to|in|at|on|of|for|with|by|from|among|between|was|is|were|are|will)\b)"
                         r"[\w-]+){1,3}")
DETERMINER_BEFORE = re.compile(r"\b(?i:the|its|their|our|this|that)\s+$")


# A meeting with a group, then a gathering its subject chairs: "will meet with senior South African officials and
# co-chair the Working Group" (not "met with Minister X and co-chaired the Dialogue": the dialogue's two chairs)
CHAIRS_TOO = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:officials|leaders|authorities|representatives|members|experts)"
                        r"(?:\s+[a-z][\w-]*){0,6}\s+and\s+(?:(?:will|would|also|then|to)\s+)*")
# "spoke with X during the Foreign Ministers' Meeting": where the talk was, a gathering, not a telephone
SPOKE_AT = re.compile(r"\b(?:during|at|on\s+the\s+(?:margins|sidelines)\s+of)\s+[^;]{0,70}$")


def _names_a_thing(text: str, t: Timex, s0: int, strong: list[Trigger]) -> bool:
    """Whether a date stands between "the" and a noun that is no trigger: "the 2011 Memorandum", "the
    April 19 agreement" (not "the June 10 meeting", whose date it is).

    >>> s = "to discuss the April 19 agreement among parties and the June 10 nuclear security summit"
    >>> ts = [Timex(15, 23, "April 19", "DATE", "2021-04-19"), Timex(52, 59, "June 10", "DATE", "2021-06-10")]
    >>> [_names_a_thing(s, t, 0, find_triggers(s)) for t in ts]
    [True, False]
    """
    if not DETERMINER_BEFORE.search(text, max(s0, t.start - 8), t.start):
        return False
    noun = DATE_OF_NOUN.match(text, t.end)
    if re.fullmatch(r"\d{4}", text[t.start:t.end]) and YEAR_OF_NAME.match(text, t.end):
        noun = YEAR_OF_NAME.match(text, t.end)
    if noun is None:
        return False
    phrase = NOUN_PHRASE.match(text, t.end)  # "the March 2010 nuclear security summit": the summit's date
    end = phrase.end() if phrase else noun.end()
    return not any(u.start < end and t.end <= u.start for u in strong)
# "signed a Memorandum of Understanding", "the signing of an agreement on ...": an instrument the text
# brings in with an indefinite article is one more, not the one signed before ("the agreement")
NEW_INSTRUMENT = re.compile(r"\s+(?:of\s+)?(?:a|an|another|two|three|four|five|several)\s", re.I)
NEAR_PLACE_TYPES = frozenset({"meeting", "statement", "announcement", "call", "other"})
NEAR_PLACE_CHARS = 90
# ... unless only the people met stand between: "the meeting between Secretary of Defense Mark T. Esper and
# Minister of National Defense General Ngo Xuan Lich in Bangkok"
NAMES_ONLY = re.compile(r"\s+(?:between|of|with)(?:\s+(?:[A-Z][\w.’'-]*|\([\w.]+\)|and|of|the|for))+\s+(?:in|at)\s+")


def _names_same_gathering(text: str, m: EventMention, owner: EventMention) -> bool:
    """ "the third meeting of the Senior Economic Dialogue": a word for a gathering, then the gathering's
    name after "of": one event."""
    if not compatible_types(m.type, owner.type) or m.trigger.end > owner.trigger.start:
        return False
    gap = text[m.trigger.end:owner.trigger.start]
    if len(gap) > 60:
        return False
    # "meeting of the Dialogue", or a verb and its object: "convene the next Two-Plus-Two ministerial dialogue"
    # "the Trade and Investment Working Group will meet in June": the body, subject of its own meeting
    if re.fullmatch(r"\s+(?:(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|also|again|next|then)\s+)*", gap) and \
            re.match(r"(?i)(?:meet|met|convene|reconvene|gather)", owner.trigger.text):
        return True
    return re.match(r"\s+(?:of|for)\s+(?:the\s+)?[^,;.]*$", gap) is not None or \
        re.match(r"\s+(?:(?:the|a|an|its|their|next|first|\w+(?:st|nd|rd|th)|[A-Z][\w.-]*|annual|high-level|"
                 r"strategic|bilateral|joint|ministerial)\s+)+$", gap) is not None


def _better_date(a: DateSpan | None, b: DateSpan) -> DateSpan:
    if a is None:
        return b
    return b if (PRECISION_RANK[b.precision], b.end is not None) > (PRECISION_RANK[a.precision], a.end is not None) else a


# "noted that 2013 would mark the 180th anniversary of relations": a year that marks something, no event's
MARKS = re.compile(r"\s+(?:will\s+|would\s+)?mark(?:s|ed)?\s+the\b")
# "from Tokyo, where he held talks", "head to Morocco where he will meet"
WHERE_AFTER, FROM_BEFORE = re.compile(r",?\s+where\b"), re.compile(r"\b(?:from|to|in|at)\s+(?:the\s+)?$")
RELATIVE = re.compile(r",?\s+(?:who|which|whose)\b|\bthat\s+(?:[a-z]+ed|was|were|had|has|have)\b")
MANNER = re.compile(r"\b(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")


def sentence_mentions(text: str, span: tuple[int, int], *, timexes: Sequence[Timex],
                      places: Sequence[PlaceMention], people: Sequence[PersonMention],
                      dateline: PlaceMention | None, dct: dt.date | None,
                      day: dt.date | None = None) -> list[EventMention]:
    """The event mentions of one sentence, each with its nearest date, place and people.

    `people` are all the document's person mentions sorted by start (a mention is named by its index
    there); `timexes` and `places` may be just those starting in the sentence.
    """
    s0, s1 = span
    sentence = text[s0:s1]
    triggers = [t for t in find_triggers(sentence, s0) if not is_history(text, s0, t)]
    strong = [t for t in triggers if t.strong] or triggers
    joint = joint_statement(sentence)
    signed_off = joint is not None and joint[0].start() == 0 and re.match(r"\s*(?:co-?)?(?:signed|endorsed)", sentence, re.I)
    if signed_off:  # "Signed by the Governments of Australia, Austria, ...": the statement's signatories
        triggers = []
    if joint is not None and (not any(t.strong for t in triggers) or
                              ("by" in joint[0].group(0) and not any(t.type == "statement" for t in strong))):
        # ... also "The following statement was released by A, B and C on the occasion of the meeting": the
        # release is an event beside the meeting it names
        verb, authors = joint
        statement = Trigger(s0 + verb.start(), s0 + verb.end(), verb.group(0), "statement", True)
        strong = sorted([t for t in triggers if t.strong] + [statement], key=lambda t: t.start)
    # "signed a joint statement on maritime awareness": one act, the statement, not a signing besides it
    strong = [t for t in strong if not (t.type == "agreement" and t.text[:4].lower() == "sign" and
                                        any(u.type == "statement" and 0 <= u.start - t.end <= 12 for u in strong))]
    # "held talks on Exercise Khaan Quest": an exercise after another event, with no date after it, is a topic
    strong = [t for t in strong if t.type != "other" or not any(u.type != "other" and u.start < t.start for u in strong)
              or any(t.end <= x.start < s1 for x in timexes)]
    if not strong:
        return []
    in_sent = [t for t in timexes if s0 <= t.start < s1 and not NAME_YEAR.search(text[max(s0, t.start - 12):t.start])
               and not (re.fullmatch(r"\d{4}", text[t.start:t.end]) and
                        NAME_BEFORE_YEAR.search(text[max(s0, t.start - 30):t.start]))
               and not NOT_WHEN.search(text[max(s0, t.start - 30):t.start]) and not MARKS.match(text, t.end)
               and not FLIGHT.search(text[max(s0, t.start - 12):t.start])
               and not _names_a_thing(text, t, s0, strong) and not date_line(text, t, dct)
               and not in_since_clause(text, t.start, s0, strong)]
    slot = bool(day and SLOT_START.match(sentence))
    part, part_at = gathering_part(sentence), s0 + part_start(sentence)
    anaphoric = bool(ANAPHORIC.match(sentence))
    same_day = bool(SAME_DAY.match(sentence))
    mentions = [EventMention(t, span, t.type, slot=slot, part=own_part(text, t, part, part_at), anaphoric=anaphoric,
                             same_day=same_day, day_after=days_after(sentence), definite=named_again(text, s0, t),
                             another=bool(ALSO.search(text[max(s0, t.start - 20):t.start])) or bool(WHILE_THERE.match(sentence)) or
                             (t.type == "agreement" and bool(NEW_INSTRUMENT.match(text, t.end))),
                             lead_in=sentence.rstrip().endswith(":"), aside=aside_of(text, s0, s1, t, strong),
                             signed_entry=t.type == "agreement" and signed_entry(text, s0),
                             later=is_later(text, s0, t), earlier=is_earlier(text, s0, t),
                             name_words=name_words(text, s0, t), joint=bool(SIDES_SUBJECT.match(sentence)))
                for t in strong]
    gathering = next((m.type for m in mentions if m.type in {"dialogue", "conference", "summit"}), None)
    for m in mentions:
        if gathering and m.type == "call" and re.match(r"(?i)me(?:et|t)\b", m.trigger.text):
            m.type = gathering  # "met virtually on May 21 for the Seventh Strategic Dialogue": the dialogue, held online
        if m.type == "call" and re.match(r"(?i)spoke\b", m.trigger.text):
            # "spoke with ASEAN foreign ministers during the U.S.-ASEAN Ministerial": talks at it
            at = next((r for r in mentions if r.type in {"dialogue", "conference", "summit"} and
                       r.trigger.start > m.trigger.end and SPOKE_AT.search(text, m.trigger.end, r.trigger.start)), None)
            m.type = at.type if at is not None else m.type
    beside_phrases = [(m, beside(text, s0, m.trigger, strong)) for m in mentions]
    for m, phrase in beside_phrases:
        if phrase:
            m.aside = m.apart = True
            m.on_trip = any(phrase[0] <= t.start < phrase[1] and t.type == "visit" for t in strong)
            for r in mentions:  # "Following the meeting, the two ministers signed ...": the meeting told before
                r.definite = r.definite or (phrase[0] <= r.trigger.start < phrase[1] and r.date is None and
                                            bool(THE_BEFORE.search(text, max(s0, r.trigger.start - 4), r.trigger.start)))
    held = [(m, held_at(text, m.trigger, strong, s1)) for m in mentions]
    for m, at in held:
        if at is not None:
            m.aside = m.apart = True
    if joint is not None:
        for m in mentions:
            if m.type == "statement":
                m.parties = joint[1]
    filing = DATELINE_DATE.search(sentence, 0, 400)
    filed = [t for t in in_sent if filing and t.end <= s0 + filing.end()]
    tight: dict[int, bool] = {}  # whether a mention's date is one following its trigger closely
    starts = [t.start for t in in_sent]
    # ("now" last: it dates what no other date of the sentence does, never "signed in August 2024, ... now held")
    pairs = {t.start: with_last_day(text, t.end, date_span(t, dct, day)) for t in in_sent}  # "April 14 and 15"
    closing = {u.start for t in in_sent for u in in_sent if t.end < u.start < pairs[t.start][1]}
    for tx in sorted((t for t in in_sent if t not in filed and t.start not in closing and (
            pairs[t.start][1] > t.end or not first_of_pair(text, t.start, t.end, starts))), key=lambda t: t.value == "PRESENT_REF"):
        ds = with_first_day(text[max(s0, tx.start - 12):tx.start], pairs[tx.start][0])
        k = date_owner(text, strong, tx.start, tx.end)
        # a date far past a relative clause dates what it tells; one right after the trigger outranks one a clause before
        if ds and not (tx.value == "PRESENT_REF" and mentions[k].date) and \
                not (tx.start - strong[k].end > DATE_REACH and RELATIVE.search(text, strong[k].end, tx.start)) and \
                ((close := follows_closely(text, strong[k], tx.start, tx.end)) or not tight.get(k)):
            mentions[k].date = ds if close and not tight.get(k) else _better_date(mentions[k].date, ds)
            tight[k] = tight.get(k, False) or close
    for m in mentions:  # "convene the next Dialogue in 2028, and the Working Group will meet in June": each its own
        named = next((r for r in mentions if r.date and r.trigger.start > m.trigger.start and
                      _names_same_gathering(text, m, r)), None) if m.date is None else None
        if named is not None:
            m.date, m.later = named.date, m.later or named.later
    dated = {m.date for m in mentions if m.date}
    if len(dated) == 1:
        # "a call last week ..., in which the two agreed to": what follows shares its time; so does an
        # earlier word for the same gathering ("held the third meeting of the Dialogue on June 22")
        owner = next(m for m in mentions if m.date)
        for m in mentions:
            # "received X ... in a courtesy call ... on 21 August": the call is how she received him
            manner = owner.trigger.start > m.trigger.start and \
                MANNER.search(text, max(m.trigger.end, owner.trigger.start - 20), owner.trigger.start)
            # ... and "Cohen Meets ...\nWASHINGTON, May 12 — ... met on Tuesday": the headline's meeting
            headline = filing is not None and m.trigger.end <= s0 + filing.start() and m.type == owner.type
            if m.date is None and (m.trigger.start > owner.trigger.start and not offset_clause(text, s0, owner.trigger, m.trigger)
                                   or _names_same_gathering(text, m, owner) or manner or headline):
                m.date = owner.date
    for tx in filed:  # the dateline's day, for what the sentence dates no other way
        ds = date_span(tx, dct)
        if ds:
            for m in mentions:
                m.date = m.date or ds
    for m, phrase in beside_phrases:
        for r in mentions:
            if phrase and r is not m and phrase[0] <= r.trigger.start < phrase[1] and r.date:
                # "On 23 June, after the dialogue, X met Y": the day is the meeting's; the dialogue is named only
                m.date, r.date = m.date or r.date, None
    for m, at in held:  # "the meeting between X and Y on the margins of the Summit in May": the summit's days
        gathering = next((r for r in mentions if at is not None and r.trigger is at), None)
        if gathering is not None and m.date is None:
            m.date = gathering.date
    for m in mentions:
        if m.date:
            m.date = range_from_duration(text, (s0, s1), in_sent, m.date)
        elif slot and day:
            m.date = DateSpan(day.isoformat(), None, "day")  # "1930 hrs Welcome dinner": on the day's heading
    for p in (p for p in places if s0 <= p.start < s1):
        before = text[max(s0, p.start - 30):p.start]
        after = text[p.end:p.end + 12]
        m = mentions[date_owner(text, strong, p.start, p.end)]  # "the meeting of X and Y in Bangkok": the meeting's
        locative = LOCATIVE.search(before) or LEG_SUBJECT.match(text, p.end)  # "Accra is the last stop"
        venue = p.kind != "country" and m.trigger.end <= p.start and VENUE_LINE.match(text, p.start)  # under its name
        visits = [k for k, t in enumerate(strong) if t.end <= p.start and t.type == "visit"]
        if locative and locative.group(0).lower().startswith("to") and visits:
            m = mentions[visits[-1]]  # "the visit of X to Washington in May and the visit of Y to Jakarta": its own
        if locative and locative.group(0).lower().startswith("to") and (m.type != "visit" or (
                m.trigger.start >= p.end and re.search(r"\breturn(?:s|ed|ing)?\s+(?:home\s+)?to\s+$", before))):
            locative = None  # "of interest to Pakistan" is no place; "travel to Pakistan" is; "returned to Washington
            # after a visit to Kazakhstan" is where the visit was not
        if locative and (locative.group(0).lower().startswith("from") or PRIOR_STOP.search(text, max(s0, p.start - 60), p.start)):
            locative = None  # "From Seoul, she will travel to Ulaanbaatar to meet ...", "Following her stop in
            # Uzbekistan, she will travel to Bishkek": where she comes from
        if m.trigger.end <= p.start and RELATIVE_CLAUSE.search(text, m.trigger.end, p.start):
            locative = None
        if p.kind == "country" and re.match(r"[-‐–]\w|['’]s\b", after):
            locative = None  # "in the Pakistan-Afghanistan region", "in Pakistan's tribal areas"
        if locative and (TOPIC_PLACE.search(before) or INSTITUTION_SEAT.search(before)):
            locative = None  # "a meeting on the situation in Syria": the topic's place; "the X Institute in Y": its seat
        if m.type in NEAR_PLACE_TYPES and distance(m.trigger, p.start, p.end) > NEAR_PLACE_CHARS and \
                not NAMES_ONLY.fullmatch(text, m.trigger.end, p.start):
            locative = None  # "met with X ... a ceasefire in Gaza": the topic's place, not the meeting's
        if m.type == "call":
            continue  # a call has no place of its own
        if p.kind == "site" or locative or venue:
            rank = {"site": 3, "city": 2, "country": 1}
            if m.location is None or rank[p.kind] > rank[m.location_kind or "country"]:
                if not (m.location and m.location_kind == "site" and m.location.country == p.location.country):
                    m.location, m.location_kind = p.location, p.kind
        elif TRIGGER_NOUNS.match(after.strip()) and not re.search(r"[-‐–—/]\s*$", before):
            m.place_hint = p.location.country  # not "Chile–United States Dialogue": a pair names parties
    for p in (p for p in places if s0 <= p.start < s1 and WHERE_AFTER.match(text, p.end) and
              FROM_BEFORE.search(text, max(s0, p.start - 12), p.start)):
        # "traveled to Hanoi from Tokyo, where on Monday he held talks": in Tokyo; "will then head to Morocco
        # where he will meet with Moroccan officials": in Morocco
        for m in mentions:
            if m.trigger.start > p.end and m.type not in {"visit", "call"} and m.location is None:
                m.location, m.location_kind = p.location, p.kind
    if dateline and HERE.search(sentence):
        here = HERE.search(sentence)
        m = mentions[nearest(strong, s0 + here.start(), s0 + here.end())]
        if m.location is None:
            m.location, m.location_kind = dateline.location, dateline.kind
    # people are in text order (as the document sorts them), so the sentence's own are one slice
    first = bisect_left(people, s0, key=attrgetter("start"))
    in_sentence = range(first, bisect_left(people, s1, lo=first, key=attrgetter("start")))
    owners = {i: owner_of(text, strong, people[i].start, people[i].end) for i in in_sentence}
    for i in reversed(in_sentence[:-1]):
        # "Secretary X and Tunisian Minister of Development, Investment and ... Y signed": X signed too
        if strong[owners[i + 1]].start >= people[i + 1].end and COORDINATED.fullmatch(text, people[i].end, people[i + 1].start):
            owners[i] = owners[i + 1]
    owning = {i for i in in_sentence if possessor(text, people[i].end, strong)}
    for i in reversed(in_sentence[:-1]):  # "President Biden and Prime Minister Trudeau’s commitment": both own it
        if i + 1 in owning and COORDINATED.fullmatch(text, people[i].end, people[i + 1].start):
            owning.add(i)
    for i in in_sentence:
        pm = people[i]
        if i in owning:
            continue  # "implementation of Trudeau’s commitment": whose a thing is, not who takes part
        m = mentions[owners[i]]
        if in_purpose(text, m.trigger, pm.start) or talked_about(text, m.trigger, pm.start, pm.end):
            continue  # "spoke with X to discuss the situation after the assassination of President Y": a topic
        if ATTRIBUTED.search(text, max(s0, pm.start - 60), pm.start):
            continue  # "The following is attributable to Spokesperson X:\nSecretary Y spoke ...": X reports it
        m.people.append((i, None))
        if pm.side:
            m.sides.add(pm.side)
    for m in mentions:  # "met with X, and the two ministers signed a plan": the signing is theirs too
        m.people = with_the_two(text, s0, m.trigger, [i for i in in_sentence if people[i].end <= m.trigger.start], m.people)
    for a, b in zip(mentions, mentions[1:]):  # "received X, who is on a working visit": X is received too
        if (k := relative_antecedent(text, a.trigger, b.trigger, in_sentence, people)) is not None and k not in dict(a.people):
            a.people.append((k, None))
    for a, b in zip(mentions, mentions[1:]):  # "X called on A and met with B": X met B too
        b.people = shared_subject(text, a.trigger, b.trigger, a.people, b.people, people)
    for m in mentions:  # "co-hosted the second Mekong-U.S. Partnership ministerial": hosting the gathering itself
        m.hosts_gathering = bool(HOSTED_GATHERING.match(text, m.trigger.end)) and bool(re.search(r"(?i)host", m.trigger.text))
    for m in mentions:  # "will also meet with members of the business community": a group of no government
        if m.type in {"meeting", "call"}:
            at = m.trigger.text.lower().find(" with")
            m.group = group_met(text, m.trigger.start + at + 5 if at >= 0 else m.trigger.end, s1,
                                any(people[i].start > m.trigger.start for i, _ in m.people))
    codes = [c.code for c in find_countries(sentence, include_ambiguous=False)]
    for m in mentions:
        m.countries = codes
    if slot and len(mentions) > 1:  # one time slot, one event: the most specific kind its words name
        keep = min(mentions, key=lambda x: TYPE_PRIORITY.index(x.type))
        for other in mentions:
            if other is not keep:
                keep.people += other.people
                keep.sides |= other.sides
                keep.date = keep.date or other.date
                keep.location, keep.location_kind = (keep.location, keep.location_kind) if keep.location \
                    else (other.location, other.location_kind)
        mentions = [keep]
    # (dropped only now: the lists above are indexed like the sentence's triggers)
    mentions = [m for m in mentions if m.date or not (NEXT_INSTANCE.search(text, max(s0, m.trigger.start - 20), m.trigger.start)
                                                       or NO_TIME_SET.search(text, m.trigger.end, min(s1, m.trigger.end + 80)))]
    in_places = [p for p in places if s0 <= p.start < s1]
    trips = [v for v in mentions if v.type == "visit" and v.location is not None]
    if len(trips) == 1:
        # "will travel to Ankara to engage with government officials", "Following her stop in Uzbekistan, she
        # will travel to Bishkek for consultations with ...": there (whatever the talks are about: "on North Korea")
        for m in mentions:
            if m.type in {"meeting", "dialogue"} and m.location is None and m.trigger.start > trips[0].trigger.start and \
                    len({p.location.country for p in in_places if trips[0].trigger.start <= p.start < m.trigger.start}) == 1:
                m.location, m.location_kind = trips[0].location, trips[0].location_kind
                # "will travel next to Manila, where he is to meet X on Friday": there by Friday at least
                trips[0].date = trips[0].date or m.date
    mentions = [leg for m in mentions for leg in legs(text, m, in_places, in_sent, dct)]
    if len({v.location.country for v in mentions if v.type == "visit" and v.location}) > 1:
        for m in mentions:  # "will travel to Asuncion, Panama City and San Salvador to engage with senior leaders"
            m.purpose = m.type == "meeting" and not m.people
    mentions = [one for m in mentions for one in per_party(text, m)]
    mentions = [one for m in mentions for one in per_place(text, m, in_places)]
    for a, b in zip(mentions, mentions[1:]):  # "will meet with senior officials and co-chair the Working Group": two
        if a.type == "meeting" and b.type == "dialogue" and re.match(r"(?i)co-?chair|chair|convene", b.trigger.text) and \
                CHAIRS_TOO.fullmatch(text, a.trigger.end, b.trigger.start):
            b.apart = True
            if b.location is None:  # ("In South Africa, ...": both there)
                b.location, b.location_kind = a.location, a.location_kind
    mentions = [one for m in mentions for one in separately(text, m, people)]
    mentions = conjoined(text, [one for m in mentions for one in per_with(text, m, people)])
    return legislation_milestones(text, mentions, in_sent, dct)

