"""The sides a sentence names as parties: a nationality or country word that qualifies a delegation, an
official or a government ("the Pakistani delegation", "the Government of Uzbekistan"), not a topic
("Russia's war"); the sides a sentence names as calling on someone; and the organisations whose seat it sends
someone to."""

from __future__ import annotations

import re

from entente.extract.countries import find_sides
from entente.extract.mention import EventMention


# Words for the people or bodies that represent a side: a nationality word or country right before
# one of them names a party ("the Pakistani delegation", "Polish officials", "India's Ministry of
# External Affairs"); before anything else ("Russia's war", "Afghan refugees") it names a topic.
AGENT_NOUNS = re.compile(
    r"^(?:['’]s\s+)?(?:[\w.-]+\s+){0,3}?(?:delegations?|officials?|counterparts?|governments?|"
    r"ministers?|ministry|ministries|secretary|secretaries|secretariat|presidents?|premier|prime\s+minister|king|"
    r"emir|amir|chancellor|ambassadors?|envoys?|embassy|leaders?|leadership|representatives?|"
    r"side|team|participants|negotiators?|diplomats?|generals?|admirals?|commanders?|chiefs?|armed\s+forces|"
    r"military|navy|army|air\s+force|forces|defen[cs]e\s+(?:minister|ministry|secretary|officials)|"
    # a side that acts: "The United States announced", "Japan and India signed"
    r"(?:has\s+|have\s+|will\s+)?(?:announced|signed|agreed|hosted|welcomed|received|pledged|committed|"
    r"concluded|initialed|held|met|announce|sign|host|meet))\b",
    re.IGNORECASE)


# The same words before "of": "the Government of Uzbekistan", "the Delegation of the Republic of Korea"
AGENT_OF = re.compile(r"\b(?i:(?:government|ministry|embassy|president|prime\s+minister|king|emir|foreign\s+minister|"
                      r"minister\s+of\s+[a-z ]+|armed\s+forces|governments|delegations?|representatives)\s+of)\s+(?:the\s+)?$")
# An office's post, not its holder's side: "U.S. Ambassador to the United Nations", "Special Envoy for Yemen"
POST_BEFORE = re.compile(r"(?i)\b(?:ambassador|envoy|representative|mission|coordinator|adviser|advisor)\s+(?:to|for|at)\s+(?:the\s+)?$")
# Between two sides that share the noun after the second: "U.S. and Pakistani delegations", "Israel and
# the Hashemite Kingdom of Jordan agreed"
SHARED_NOUN = re.compile(r"\s*(?:and|,)\s*(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:of\s+(?:the\s+)?)?")


BETWEEN_TOPIC = re.compile(r"\s+(?:border|borders|frontier|boundary|conflict|war|dispute|tensions?|crisis|rivalry|"
                           r"ceasefire|cease-fire|standoff|stand-off|divide)\b", re.IGNORECASE)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")  # "of A, B, and the C"


def _in_list(sentence: str, mentions: list, k: int) -> bool:
    """Whether mention k and the next are items of one list ("U.S. and Pakistani", "U.S., Japanese and
    Indian officials"): joined by "and", or by commas that a later "and" closes; not "a visit to
    Thailand, U.S. Ambassador X", where a comma ends one phrase and the next begins."""
    for j in range(k, len(mentions) - 1):
        gap = sentence[mentions[j].end:mentions[j + 1].start]
        if not SHARED_NOUN.fullmatch(gap):
            return False
        if re.match(r"\s*,?\s*(?:and|or)\b", gap):
            return True
    return False


def delegation_sides(sentence: str) -> list[str]:
    r"""Countries and organisations the sentence names as a side: a nationality or country word that
    qualifies an official, a delegation or a government, in order of mention.

    >>> delegation_sides("U.S. and Pakistani delegations discussed the war in Afghanistan.")
    ['US', 'PK']
    >>> delegation_sides("the U.S.-Russia Strategic Stability Dialogue")
    ['US', 'RU']
    >>> delegation_sides("Israel and the Hashemite Kingdom of Jordan agreed to conclude trade agreements.")
    ['IL', 'JO']
    >>> delegation_sides("a conference hosted by the Government of Uzbekistan on connectivity")
    ['UZ']
    >>> delegation_sides("Representatives of the United States, Afghanistan, and Uzbekistan agreed to meet.")
    ['US', 'AF', 'UZ']
    >>> delegation_sides("They discussed Russia's war against Ukraine.")
    []
    >>> delegation_sides("to discuss border security along the Tajik-Afghan frontier")
    []
    """
    out: list[str] = []
    listed: set[int] = set()
    mentions = find_sides(sentence)
    for k, m in enumerate(mentions):
        after = sentence[m.end:m.end + 60]
        # "U.S. and Pakistani delegations": the first word shares the second's noun
        if k + 1 < len(mentions) and SHARED_NOUN.fullmatch(sentence[m.end:mentions[k + 1].start]) and \
                _in_list(sentence, mentions, k):
            after = sentence[mentions[k + 1].end:mentions[k + 1].end + 60]
        # "the U.S.-Russia Strategic Stability Dialogue": a compound of sides names the two parties
        # (not "along the Tajik-Afghan frontier", "the India-Pakistan conflict": a topic between the two)
        compound = k + 1 < len(mentions) and re.fullmatch(r"\s*[-–/]\s*", sentence[m.end:mentions[k + 1].start]) \
            and not BETWEEN_TOPIC.match(sentence, mentions[k + 1].end)
        joined = k > 0 and re.fullmatch(r"\s*[-–/]\s*", sentence[mentions[k - 1].end:m.start]) \
            and not BETWEEN_TOPIC.match(sentence, m.end)
        held = AGENT_OF.search(sentence[max(0, m.start - 60):m.start])  # "hosted by the Government of Uzbekistan"
        # "Representatives of the United States, Afghanistan, Pakistan, and Uzbekistan agreed": the whole list
        held = held or (k in listed)
        if held and k + 1 < len(mentions) and LIST_GAP.fullmatch(sentence[m.end:mentions[k + 1].start]):
            listed.add(k + 1)
        if POST_BEFORE.search(sentence[max(0, m.start - 40):m.start]):
            continue
        if (compound or joined or held or AGENT_NOUNS.match(after.lstrip(" -"))) and m.code not in out:
            out.append(m.code)
    return out


# Calling on someone: "The Japanese delegation called on Foreign Secretary X", "the Brazilian participants were
# received by Vice-Minister Y": the side named before is the caller's, the one called on the other side
CALLING_ON = re.compile(r"(?i)\b(?:call(?:ed|s)?\s+on|calls?\s+on|(?:was|were)\s+received|visit(?:ed|s)?)\b")


def callers_of(mentions: list[EventMention], text: str) -> set[str]:
    """The sides a cluster's sentences name as calling on someone, before the calling words."""
    out: set[str] = set()
    for m in mentions:
        found = CALLING_ON.search(m.trigger.text)  # (a trigger may hold its subject: "delegation called on M")
        if found is not None:
            out.update(delegation_sides(text[m.sentence[0]:m.trigger.start + found.start()]))
    return out


# An organisation's seat a visit goes to: "at NATO headquarters", "to the ASEAN Secretariat"
# ... or a gathering of one the trip is for: "to Brussels for a meeting of NATO Foreign Ministers", "to attend the
# ASEAN Regional Forum"
SEAT = re.compile(r"\b(?:at|to|visit(?:ed|s)?)\s+(?:the\s+)?(?P<org>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5})\s+"
                  r"(?:headquarters|HQ|Secretariat)\b|"
                  r"\b(?:for|to\s+attend|to\s+participate\s+in)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:meeting|session|summit|"
                  r"ministerial)\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5})|"
                  r"\b(?:to\s+attend|to\s+participate\s+in)\s+the\s+(?P<named>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,5})")


def seat_of(sentence: str) -> list[str]:
    """The international organisations whose seat a sentence sends someone to.

    >>> seat_of("Officials will travel to Brussels, Belgium on July 29 to brief Allies at NATO headquarters.")
    ['NATO']
    >>> seat_of("She will meet officials at UN headquarters in New York and at the French Embassy.")
    ['UN']
    >>> seat_of("He will travel to Brussels on March 4 for a meeting of NATO Foreign Ministers.")
    ['NATO']
    """
    return [m.code for s in SEAT.finditer(sentence) for m in find_sides(s.group("org") or s.group("body") or s.group("named"))
            if m.kind == "organisation"]


# "Foreign Minister X and his Korean counterpart": X is of the pair's other side
ACROSS = re.compile(r"^\s*,?\s+and\s+(?:his|her|their)\s+(?P<nationality>[A-Z][\w-]+)\s+counterparts?\b")


def counterpart_across(after: str, pair: tuple[str, ...]) -> str | None:
    """The side of one whose counterpart of a named nationality follows the name, in a two-sided document.

    >>> counterpart_across(" and his Korean counterpart had met", ("JP", "KR")), counterpart_across(" and his aide", ("JP", "KR"))
    ('JP', None)
    """
    across = ACROSS.match(after)
    sides = find_sides(across.group("nationality")) if across else []
    if not sides or len(pair) != 2 or sides[0].code not in pair:
        return None
    return next(c for c in pair if c != sides[0].code)
