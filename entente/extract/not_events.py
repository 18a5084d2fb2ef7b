"""Trigger words their surroundings show to be no event: a programme's "End of meeting", a room ("the conference
room"), a document ("Conference report"), an anniversary, an appeal ("We call on both sides to"), an item struck off,
talk as a practice ("support for continued dialogue")."""

from __future__ import annotations

import re

from entente.extract.countries import country_code
from entente.extract.places import major_city

ANNIVERSARY = re.compile(r"(?i)\banniversary\s+of\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
# ("At the end of the talks, a signing ceremony was held": the talks told before, named again)
ENDING = re.compile(r"(?<!(?i:at the ))\b(?i:end|close|conclusion)\s+of\s+(?:the\s+)?$")
# An event's noun that names the place it is held in: "the secretary's conference room", "the summit venue"
PLACE_OF = re.compile(r"\s+(?i:rooms?|halls?|cent(?:er|re)s?|buildings?|venues?|facilit(?:y|ies)|premises)\b")
# ... or the kind of the document that reports it: "Conference report | 21 November 2016", "Meeting summary"
DOCUMENT_OF = re.compile(r"\s+(?i:reports?|summary|summaries|readouts?|proceedings|minutes)\b(?!\s+(?:of|on|to|that)\b)")
# ... or that a document issued there is named for: "issued a Joint Statement of the Second Mekong-U.S. Partnership
# Ministerial Meeting" (the statement's name; the meeting is the one told before)
NAMED_DOCUMENT = re.compile(r"\b(?i:issued|adopted|released|published|signed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?i:statement|communiqu[eé]|declaration)\s+of\s+(?:the\s+)?"
                            r"(?:(?:[A-Z0-9][\w.’'-]*|of|on|for|and|the)[\s–-]+){0,8}$")
# A programme's item struck off: "09:30  Meeting with the Deputy Commander – CANCELLED", "Lunch (postponed)"
STRUCK_OFF = re.compile(r"[^\n]*?[-–—(]\s*(?i:cancell?ed|postponed|called\s+off)\)?[ \t.]*(?:\n|$)")  # (at the line's end:
# not "The talks, postponed from May, were held on 3 June")
# What a call or a meeting settled, told in its relative clause: "a telephone conversation last week, during which
# they agreed to expedite the patrols"; "the staff talks, held in Accra in July, at which officers agreed on a plan"
# (what the event it belongs to reached, not an agreement of its own)
SETTLED_AT = re.compile(r"\b(?:(?i:during|in|at)\s+which|where)\s+(?:[\w'’-]+\s+){0,5}$")
# A visit talked about: "Foreign Minister X discussed the trip in Berlin with Y", "reviewed the upcoming visit with":
# the talk is the event, the visit its topic (told, if it took place, where it is reported)
VISIT_TALKED_OF = re.compile(r"\b(?i:discuss(?:es|ed|ing)?|review(?:s|ed|ing)?)\s+(?:(?i:the|a|an|this|that|his|her|their|its|"
                             r"upcoming|forthcoming|planned|proposed|coming|next|recent|[A-Z][\w’'.-]*['’]s)\s+){1,3}$")
# A "call" trigger needs a call context: "called the working groups an important step" is speech.
CALL_CONTEXT = re.compile(r"\b(?:phone|call\s+with|spoke|video|virtual)\b", re.IGNORECASE)
# "call on"/"calls on" in the present, with an infinitive after its object, is an appeal, not a visit.
APPEAL = re.compile(r"(?i)calls?\s+on")
APPEAL_TAIL = re.compile(r"[^.;]{0,80}?\bto\s+[a-z]+")
# ... in any tense when who is called on is a country or its capital, not a person or an office: "She called on
# Cambodia to", "He also called on Beijing to cease"
CALLED_ON_WHOM = re.compile(r"\s+(?:the\s+)?(?P<whom>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _country_called_on(text: str, at: int) -> bool:
    whom = CALLED_ON_WHOM.match(text, at)
    return bool(whom and (country_code(whom.group("whom")) or major_city(whom.group("whom"))))


# What makes a lower-case "dialogue" one event: a determiner, a number or a name among the three words before
# ("the dialogue", "a strategic dialogue", "its first dialogue", "U.S.-DRC bilateral human rights dialogue")
# "Laying of wreath and signing of the visitors' book", "signed the book of condolences": a courtesy, no instrument
BOOK_SIGNED = re.compile(r"\s+(?:of\s+)?(?:the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:book|register)\b", re.IGNORECASE)
# "participants who agreed to be named", "agreed to be quoted": consent to what a report does, no agreement
CONSENTED = re.compile(r"(?:\s+to)?\s+be\s+(?:named|quoted|listed|identified|photographed|recorded|cited)\b", re.IGNORECASE)
COUNTED = re.compile(r"(?:\b(?i:the|a|an|this|that|its|their|our|his|her|each|every|next|first|second|third|fourth|"
                     r"fifth|annual|inaugural)\b|\d|[A-Z][\w.-]*)(?:\s+[\w-]+){0,3}\s+$")


def no_event(text: str, m: re.Match[str], kind: str, gathering: bool) -> bool:
    """Whether the trigger word `m` (of `kind`; `gathering`: a gathering's noun) is no event where it stands.

    >>> rx = re.compile("conference")
    >>> [no_event(s, rx.search(s), "conference", True) for s in ("The conference room", "the conference opened")]
    [True, False]
    >>> rx = re.compile("signing|agreed|signed")
    >>> [no_event(s, rx.search(s), "agreement", False) for s in ("Laying of wreath and signing of the visitors' book",
    ...  "participants who agreed to be named", "signed the memorandum", "agreed to be bound by the Treaty")]
    [True, True, False, False]
    """
    word = m.group(0)
    if kind == "call" and word.lower() == "called" and not CALL_CONTEXT.search(text):
        return True
    if kind == "meeting" and (APPEAL.match(word) or (word.endswith("on") and _country_called_on(text, m.end()))) and \
            APPEAL_TAIL.match(text, m.end()):
        return True  # "We call on both sides to resolve", "called on Cambodia ... to hold": an appeal
    if kind == "visit" and VISIT_TALKED_OF.search(text[max(0, m.start() - 60):m.start()]):
        return True  # "discussed the trip with the EU Special Representative": the talk's topic
    if ENDING.search(text[max(0, m.start() - 30):m.start()]):
        return True  # "End of meeting" on a programme closes the day; it is no event
    if PLACE_OF.match(text, m.end()):
        return True  # "met in the secretary's conference room": a room, no conference
    if DOCUMENT_OF.match(text, m.end()) and kind not in {"agreement", "statement", "announcement"}:
        return True  # "Conference report": the document, not a conference on its date
    if gathering and NAMED_DOCUMENT.search(text[max(0, m.start() - 160):m.start()]):
        return True
    if STRUCK_OFF.match(text, m.end()):
        return True  # an item the programme struck off happens on no day
    if kind == "agreement" and re.match(r"(?i)agreed|reached", word) and \
            SETTLED_AT.search(text[max(0, m.start() - 60):m.start()]):
        return True  # "a call last week, in which the two agreed to": the call's outcome
    if kind == "agreement" and (BOOK_SIGNED.match(text, m.end()) or CONSENTED.match(text, m.end())):
        return True
    if ANNIVERSARY.search(text[max(0, m.start() - 40):m.start()]):
        return True  # "the anniversary of the signing of the Treaty": a commemoration, not a signing
    # "support for continued dialogue and cooperation": talk as a practice, no event
    return word == "dialogue" and not COUNTED.search(text[max(0, m.start() - 40):m.start()])
