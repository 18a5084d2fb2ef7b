"""A release's headline as news: "Secretary Blinken's Call with Israeli Foreign Minister Lapid",
"Special Representative Khalilzad Travels to Qatar, Pakistan, and Uzbekistan". The headline names the
event its first sentences report, sometimes in words the body does not repeat (the body says only
"warmly congratulated X today"; the legs of a trip are listed only in the title)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from typing import Sequence

from entente.extract.countries import country_code, find_sides
from entente.extract.event_mentions import sentence_mentions
from entente.extract.mention import EventMention
from entente.extract.event_types import Trigger
from entente.extract.names import surname
from entente.extract.offices import TITLE_KEYWORDS
from entente.extract.organisations import organisation_gazetteer
from entente.extract.placed_institutions import org_key
from entente.extract.named_sides import delegation_sides
from entente.extract.nlp import Parse
from entente.extract.people import PersonMention
from entente.extract.places import find_places, major_city, resolve_place
from entente.extract.titled_people import titled_people
from entente.models import Document

# Headline events: what a title can announce for its lead sentence. A statement or an announcement is
# the release itself, not news of an event.
# (a headline's verb is no part of a name: "to Visit Senegal, Mali and Ghana", "Secretary X Visits Japan")
HEADLINE_VERB = r"(?!(?:Visit|Travel|Meet|Welcome|Host|Call|Sign|Arrive|Depart|Return|Tour|Head|Attend|Lead)s?\b)"
CAPITALISED = re.compile(rf"{HEADLINE_VERB}[A-Z][\w’'.-]+(?:\s+(?:of\s+)?{HEADLINE_VERB}[A-Z][\w’'.-]+)*")
HEADLINE_TYPES = frozenset({"call", "meeting", "visit", "dialogue", "conference", "summit", "agreement"})


SPOKESPERSON = re.compile(r"(?i)\bspokes(?:person|man|woman)\b")
# In a title every word is capitalised, so "Welcomes Actions by Armenia", "Welcoming Costa Rica to the OECD"
# look like receiving someone: a title's welcome is an audience only when someone follows it (an office, a
# delegation, a person the lead names).
RECEIVING_VERB = re.compile(r"\b(?:Welcom|Receiv|Host|Greet)\w*\s")
RECEIVED_ONE = re.compile(TITLE_KEYWORDS.pattern + r"|\b(?:delegations?|counterparts?|visitors?|guests?)\b", re.I)


# A government body that issues a text: "EMBASSY OF THE REPUBLIC OF KENYA", "Ministry of Foreign Affairs of
# Japan", "Press Office, High Commission of India". Its country is the publisher's.
ISSUING_BODY = re.compile(r"(?i)\b(?:embassy|high\s+commission|permanent\s+mission|ministry|government|presidency|"
                          r"office\s+of\s+the\s+(?:president|prime\s+minister))\b")


def body_country(name: str) -> str | None:
    """The country of a body the gazetteer names exactly, as a publisher's line does.

    >>> body_country("Foreign and Commonwealth Office"), body_country("Office of the Spokesperson")
    ('GB', None)
    """
    code = organisation_gazetteer()[0].get(org_key(name))
    return code if code and len(code) == 2 else None


# ... or a government office the gazetteer knows by its whole name
GOVERNMENT_WORD = re.compile(r"(?i)\b(?:office|department|ministry|ministère|secretariat)\b")


def publisher_country(text: str) -> str | None:
    """The country of a government body named alone on one of a text's first or last five lines, as a
    publisher is ("EMBASSY OF THE REPUBLIC OF KENYA\nWASHINGTON, D.C."); None when no line is one.

    >>> publisher_country("PRESS RELEASE\\n\\nEMBASSY OF THE REPUBLIC OF KENYA\\nWashington, D.C.\\n\\nToday ...")
    'KE'
    >>> publisher_country("REPUBLIC OF GHANA\\nMINISTRY OF FOREIGN AFFAIRS\\n\\nITINERARY\\n...")
    'GH'
    >>> publisher_country("MINISTRY OF FOREIGN AFFAIRS\\nREPUBLIC OF GHANA\\n\\nPRESS RELEASE\\n...")
    'GH'
    >>> publisher_country("MINISTRY OF FOREIGN AFFAIRS\\nISLAMABAD\\n\\nPROGRAMME\\n...")
    'PK'
    """
    for lines in _head_and_foot(text):
        for k, line in enumerate(lines):
            if len(line) <= 90 and GOVERNMENT_WORD.search(line) and (named := body_country(line)):
                return named  # "Foreign and Commonwealth Office", "Department of Foreign Affairs and Trade"
            if len(line) > 90 or re.search(r"[a-z]{3}\.$", line) or not ISSUING_BODY.search(line):
                continue
            found = find_sides(line.title() if line.isupper() else line)  # "EMBASSY OF THE REPUBLIC OF KENYA"
            # "REPUBLIC OF KENYA\nMINISTRY OF FOREIGN AND DIASPORA AFFAIRS": the state over its body, or under it
            for near in lines[max(0, k - 1):k] + lines[k + 1:k + 2]:
                state = near.title() if near.isupper() else near
                found = found or [m for m in find_sides(state) if len(state) - len(m.text) <= 16]
            if len({m.code for m in found}) == 1:
                return found[0].code
            # "MINISTRY OF FOREIGN AFFAIRS\nISLAMABAD": a body over the large city it sits in (its capital)
            seat = lines[k + 1].strip(" ,.") if k + 1 < len(lines) else ""
            place = resolve_place(seat.title() if seat.isupper() else seat) if 0 < len(seat) <= 30 else None
            if not found and place and place[1] == "city" and major_city(place[0].name) and place[0].country:
                return place[0].country
    return None


# A government's web address: "www.dfa.gov.ph", "www.defence.gov.au", "www.mofa.go.jp", "www.gob.mx", "eeas.europa.eu"
GOVERNMENT_SITE = re.compile(r"\b(?:[\w-]+\.)*(?:(?:gov|gob|gouv|go|govt|gv|mil)\.(?P<cc>[a-z]{2})|(?P<eu>europa\.eu))\b(?!\.?\w)")


def site_country(text: str) -> str | None:
    r"""The country whose government's web address a text's first or last five lines give, as a release's footer
    does ("For more information, please visit www.dfa.gov.ph."); None when they give none or several.

    >>> site_country("Title\n\nText.\n\nFor more information, please visit www.dfa.gov.ph."), site_country("No site.")
    ('PH', None)
    """
    found = {("EU" if m.group("eu") else "GB" if m.group("cc") == "uk" else m.group("cc").upper())
             for m in GOVERNMENT_SITE.finditer("\n".join(line for lines in _head_and_foot(text) for line in lines))}
    return found.pop() if len(found) == 1 else None


def _head_and_foot(text: str) -> tuple[list[str], list[str]]:
    """A text's first and last five lines that hold anything, stripped: where a publisher names itself."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[:5], lines[-5:]


# "two of Australia's closest partners", "the UK's long-standing defence relationships with both countries": whose
# relations a release speaks of in its own voice
OWN_RELATIONS = re.compile(r"(?P<owner>\b(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['’]s\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:partners|partnerships?|relationships?|relations|ties|friendships?|alliances?|engagement)\b")


def speaking_country(title: str, text: str) -> str | None:
    """The country a release without a publisher's line speaks for: the one whose partners or relations
    its opening paragraphs name, that its title does not (the title names where its minister went).

    >>> speaking_country("Minister visits Kenya", "The Minister visited Kenya to reinforce the UK's long-standing "
    ...                  "defence relationships with the region.")
    'GB'
    """
    named = {m.code for m in find_sides(title)}
    for m in OWN_RELATIONS.finditer(text, 0, 1200):
        found = {c.code for c in find_sides(m.group("owner"))}
        if len(found) == 1 and not found & named:
            return found.pop()
    return None


SUBJECT = frozenset({"nsubj", "nsubjpass"})
TRIP_TITLE = re.compile(r"(?i)\b(?:travel(?:s|ling|ing)?|visits?|visiting|trip|tour|journey)\b")


def subject_country(title: str, text: str, parse: Parse) -> str | None:
    """The country a release titled with a trip ("Foreign Minister X travels to Kazakhstan and Uzbekistan") and
    without a publisher's line speaks for, read from the parse: the one its clauses take for subject ("Germany
    wants to help ...", "Germany was one of the first countries to ...") at least twice and more often than any
    other its title does not name (the title names where its minister goes; topics stand as objects: "the
    situation in neighbouring Afghanistan"), each time paired with a country it goes to counting too ("the
    Australia–Papua New Guinea Ministerial Forum" on a trip to Papua New Guinea)."""
    if not TRIP_TITLE.search(title):
        return None
    named = {m.code for m in find_sides(title)}
    counts: Counter[str] = Counter()
    for doc, _ in parse.chunks():
        for ent in doc.ents:
            root = ent.root
            if ent.label_ == "GPE" and (root.dep_ in SUBJECT or (root.dep_ == "conj" and root.head.dep_ in SUBJECT)):
                code = country_code(ent.text)
                if code and code not in named:
                    counts[code] += 1
    found = find_sides(text)
    for a, b in zip(found, found[1:]):  # "the Australia–Papua New Guinea Ministerial Forum" on a trip to Papua New Guinea
        if text[a.end:b.start] in ("-", "–", "—") and (a.code in named) != (b.code in named):
            counts[b.code if a.code in named else a.code] += 1
    ranked = counts.most_common(2) + [("", 0)]
    return ranked[0][0] if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1] else None


def is_byline(person: PersonMention) -> bool:
    """The spokesperson a release is attributed to ("Ned Price, Department Spokesperson") reports the
    news; they take no part in it."""
    return bool(person.title and SPOKESPERSON.search(person.title))


def headline_mentions(title: str, lead: tuple[int, int], lead_index: int, verb: tuple[int, int], text: str,
                      people: Sequence[PersonMention], dct: dt.date | None) -> list[EventMention]:
    """The events a title names, told in the body's lead sentence `lead` (its evidence) by its main
    `verb` (whose tense tells news from plans): one per leg of a trip the title lists, with the
    title's places and sides, and the lead's people that the title names (all of the lead's people
    when it names none by a name the lead uses).

    >>> text = "Secretary of State Ada Quill warmly congratulated Ivo Ray today on his appointment."
    >>> people = [PersonMention("Ada Quill", 19, 28, side="US"), PersonMention("Ivo Ray", 50, 57)]
    >>> [(m.type, m.parties, m.people) for m in headline_mentions(
    ...     "Secretary Quill's Call with Maltese Foreign Minister Ray", (0, len(text)), 0, (29, 49), text, people, None)]
    [('call', ['MT'], [(0, None), (1, None)])]
    """
    if not title.strip():
        return []
    # the title has no parse: its capitalised runs are offered to the gazetteer as places
    ents = [(m.start(), m.end(), "GPE") for m in CAPITALISED.finditer(title)]
    found = sentence_mentions(title, (0, len(title)), timexes=(), places=find_places(title, ents), people=(),
                              dateline=None, dct=dct)
    s0, s1 = lead
    in_lead = [i for i, p in enumerate(people) if s0 <= p.start < s1 and not is_byline(p)]
    named = [i for i in in_lead if surname(people[i].name) in title]
    found = [m for m in found if m.type in HEADLINE_TYPES and m.trigger.strong and
             _receives_someone(title, m.trigger, [surname(people[i].name) for i in named])]
    if not found:
        return []
    sides = delegation_sides(title)
    # ... and the people only the title names ("Secretary X And Jordanian King Abdullah II Before Their
    # Meeting", over a transcript that says "Your Majesty"): title_people put them before the text
    taking = named or in_lead
    known = {surname(people[i].name) for i in taking}
    taking = taking + [i for i, p in enumerate(people) if p.end <= 0 and not is_byline(p) and surname(p.name) not in known]
    out = []
    for m in found:
        trigger = Trigger(verb[0], verb[1], text[verb[0]:verb[1]], m.type, True)
        out.append(replace(m, trigger=trigger, sentence=lead, index=lead_index, date=None,
                           people=[(i, None) for i in taking],
                           sides={people[i].side for i in taking if people[i].side},
                           parties=[c for c in sides if c not in m.parties] + list(m.parties)))
    return out


def _receives_someone(title: str, trigger: Trigger, names: list[str]) -> bool:
    """Whether a title's trigger is no welcome, or welcomes someone.

    >>> t = "United States Welcomes Actions by Armenia and Azerbaijan"
    >>> _receives_someone(t, Trigger(14, 30, "Welcomes Actions", "meeting", True), [])
    False
    >>> t = "Secretary Quill Welcomes Maltese Foreign Minister Ray"
    >>> _receives_someone(t, Trigger(16, 32, "Welcomes Maltese", "meeting", True), [])
    True
    """
    verb = RECEIVING_VERB.match(title, trigger.start)
    if verb is None:
        return True
    after = title[verb.end():]
    return bool(RECEIVED_ONE.search(after)) or any(n and n in after for n in names)


HEAD_CHARS = 300  # how far into a text its own heading may stand ("Media Note / Office of the Spokesperson / ...")


def repeats_title(title: str, text: str) -> bool:
    """Whether a text opens with its title, perhaps after a kind, an office and a dateline: the body's
    heading tells the title's events then; they are not told twice."""
    key = title.strip()[:40]
    return text.lstrip().startswith(key) or (len(key) >= 20 and key in text[:HEAD_CHARS])  # not a bare "Readout"


LEAD_REACH = 5  # sentences a headline's lead may be in ("Office of the Spokesperson", a dateline come first)


def with_headline(document: Document, text: str, sentences: list[tuple[int, int]], people: list[PersonMention],
                   mentions: list[EventMention], date: dt.date | None, spans) -> list[EventMention]:
    """The events a title names (a separate field, not the text's first line), told in the lead: the
    first sentence naming someone the title names, else the first that names anyone."""
    title = document.title or ""
    if not title.strip() or repeats_title(title, text):
        return mentions
    starts = [p.start for p in people]
    def named(span: tuple[int, int], in_title: bool) -> bool:
        within = people[bisect_left(starts, span[0]):bisect_left(starts, span[1])]
        return any((not in_title or surname(p.name) in title) and not is_byline(p) for p in within)
    lead_at = next((k for k, span in enumerate(sentences[:LEAD_REACH]) if named(span, True)), None)
    if lead_at is None:
        lead_at = next((k for k, span in enumerate(sentences[:LEAD_REACH]) if named(span, False)), None)
    if lead_at is None:
        return mentions
    s0, s1 = sentences[lead_at]
    lead = spans.char_span(s0, s1, alignment_mode="expand")
    verb = (lead.root.idx, lead.root.idx + len(lead.root.text)) if lead is not None else (s0, s0)
    if lead is not None and lead.root.idx < s0:  # a chunked parse gives offsets within its chunk
        return mentions
    heads = headline_mentions(title, (s0, s1), lead_at, verb, text, people, date)
    told = {m.type for m in mentions if m.sentence == (s0, s1) and m.trigger.strong} & TALK_KINDS
    for h in heads:  # "Secretary X Meeting with Minister Y" over "X spoke today with Y": the lead's call, as it tells it
        if h.type in TALK_KINDS and len(told) == 1:
            h.type = next(iter(told))
    return heads + mentions if heads else mentions


TALK_KINDS = frozenset({"meeting", "call"})  # which of the two a title says is loose; the lead's verb tells


def heading_line(text: str, longest: int | None = None) -> str:
    r"""A text's first line when it reads as a title (a file that opens on its title: "Public Schedule – July 1,
    2021"), at most `longest` characters long, else "".

    >>> heading_line("Public Schedule – July 1, 2021\n\nSECRETARY X"), heading_line("He met her today.\nMore.")
    ('Public Schedule – July 1, 2021', '')
    """
    first = text.lstrip().split("\n", 1)[0].strip()
    fits = longest is None or len(first) <= longest
    return first if first and fits and not first.endswith((".", ":", ",", ";")) else ""


def title_people(document: Document, text: str, *, home: str | None) -> list[PersonMention]:
    """People a title names that its text may not ("Secretary Blinken and Costa Rican President Carlos
    Alvarado Before Their Meeting", over a transcript that says "Mr. President"), as mentions before the
    text (negative offsets: no sentence holds them) that the header's event can take in."""
    title = document.title or ""
    if not title.strip() or repeats_title(title, text):
        return []
    # "... with Israeli Foreign Minister Lapid": a surname the title gives a side is the text's "Yair Lapid"
    found = [t for t in titled_people(title, home=home)
             if not t.short or (t.side and t.title and not re.search(r"['’]s?$", t.name))]
    return [replace(t, start=k - len(found) - 1, end=k - len(found)) for k, t in enumerate(found)]
