"""The part of a longer gathering a sentence is about: a numbered session, a panel by its topic, a meal someone
hosts, a listed working group. Each is an event of its own beside the gathering."""

from __future__ import annotations

import re

from entente.extract.event_types import GIVEN_BY


# A named part of a longer gathering: "Session II", "Panel 3", "the opening session", "a final roundtable".
PART_NOUN = r"(?:session|panel|plenary|roundtable|round\s+table|working\s+session|breakout)"
# "the second session of their Strategic Dialogue", "the fourth session of the Joint Commission": the
# standing body's meeting itself, numbered, not a part of a gathering
STANDING_BODY_ROUND = (r"(?!\s+of\s+(?:the|their|its|this|our)\s+(?:[\w.’'-]+\s+){0,6}?(?i:dialogue|commission|committee|"
                       r"council|working\s+group|group|consultations|talks)\b)")
GATHERING_PART = re.compile(
    rf"\b(?i:{PART_NOUN})\s+(?P<number>[IVX]+|\d+|[A-Z]|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)\b|"
    rf"\b(?P<order>(?i:opening|closing|concluding|final|first|second|third|fourth|fifth|last|"
    rf"morning|afternoon|plenary))\s+(?P<noun>(?i:{PART_NOUN}))\b{STANDING_BODY_ROUND}|"
    # "a panel on search and rescue cooperation", "opened with a roundtable on fisheries": a part by its topic
    # (not "received him for a discussion of the withdrawal": what a meeting is for)
    rf"\b(?<!\bfor\s)(?i:a|an)\s+(?P<noun3>(?i:{PART_NOUN}|discussion)){STANDING_BODY_ROUND}\s+(?P<about>(?i:on|about|of))\s+(?P<topic>[\w-]+(?:\s+(?!(?:"
    rf"chaired|moderated|led|held|which|that|was|were)\b)[\w-]+){{0,7}})")


# A meal or reception someone hosts during a gathering is an event of its own.
HOSTED_MEAL = re.compile(r"\b(?:host(?:ed|s|ing)?|g[ai]ve|giving|offer(?:ed|s|ing)?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?P<meal>reception|dinner|lunch|luncheon|breakfast)\b|"
                         r"\b(?P<meal2>reception|dinner|lunch|luncheon|breakfast)\s+" + GIVEN_BY + r"\b", re.I)


# A list's entry about one named body of a gathering: "– The Security Working Group, co-chaired by ...", and
# under a lead-in that names the bodies ("The three working groups met on 13 March:"), a lettered or numbered
# entry by the body's own name: "(b) Trade and Investment, co-chaired by ...".
LISTED_BODY = re.compile(r"^\s*(?:[-–—•*]|\(?[a-h]\)|\(?[ivx]{1,4}\)|\d{1,2}[.)])\s+(?:The\s+)?(?P<name>"
                         r"(?:[A-Z][\w’'-]*\s+(?:and\s+)?){1,5}"
                         r"(?:Working\s+Group|Sub-?[Cc]ommittee|Subgroup|Task\s+Force|Committee|Group)\b|"
                         r"[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,4}(?=,\s+(?:co-?)?chaired\b))")


def part_start(sentence: str) -> int:
    """Where the part `gathering_part` found begins: a session's own words apply to the triggers from
    there on ("co-chaired the Dialogue, which built on the second session" is not that session's), a
    meal's and a listed body's to the whole sentence.

    >>> s = "X and Y co-chaired the Dialogue, which built on the second session held in Tunis in June 2015."
    >>> s[part_start(s):]
    'second session held in Tunis in June 2015.'
    """
    if HOSTED_MEAL.search(sentence) or LISTED_BODY.match(sentence):
        return 0
    m = GATHERING_PART.search(sentence)
    return m.start() if m else 0


def gathering_part(sentence: str) -> str | None:
    """The part of a gathering a sentence is about, as a key, or None.

    >>> gathering_part("That afternoon, Session II, chaired by Colonel X, examined missile defense.")
    'session ii'
    >>> gathering_part("A final roundtable considered the agenda of the summit.")
    'final roundtable'
    >>> gathering_part("Mr. Hale, deputy chief of mission, hosted a reception for both delegations.")
    'reception'
    >>> gathering_part("– The Economic Working Group, co-chaired by X and Y, discussed reforms.")
    'economic working group'
    >>> gathering_part("In the afternoon, a panel on search and rescue cooperation, chaired by X, heard from Y.")
    'panel on search and rescue cooperation'
    >>> gathering_part("The two sides met in Islamabad.") is None
    True
    """
    meal = HOSTED_MEAL.search(sentence)
    if meal:
        return (meal.group("meal") or meal.group("meal2")).lower()
    body = LISTED_BODY.match(sentence)
    if body:
        return " ".join(body.group("name").lower().split())
    m = GATHERING_PART.search(sentence)
    if m is None:
        return None
    if m.group("number"):
        return " ".join(m.group(0).lower().split())
    if m.group("noun3"):  # the topic as written, up to its last content word
        topic = re.sub(r"(?:\s+(?:and|the|of|in|on|for|with|to|a|an))+$", "", m.group("topic"))
        return " ".join(f"{m.group('noun3').lower()} {m.group('about').lower()} {topic}".split())
    return f"{m.group('order').lower()} {m.group('noun').lower()}"
