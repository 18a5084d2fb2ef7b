"""Gatherings whose names give their parties. One named by a grouping of countries with no officials of its own
(BRICS, the Quad, MIKTA, the Mekong-U.S. Partnership) has the grouping's members as parties, as a coalition's
signatories are a joint statement's; one named by an international organisation ("next month's NATO Summit") is the
organisation's. The groupings and their members are data (`[groupings]` in organisations.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from entente.extract.countries import country_groupings, find_countries, find_sides, names_regex
from entente.extract.events import EventCluster

# The gathering's name from the grouping to its noun: an ordinal or a country joined by a dash before it ("the
# Fifth BRICS Summit", "the Korea–Central Asia Summit"), then at most four capitalised words, possessives and
# dashed partners ("Leaders' Summit", "Foreign Ministers' Meeting", "-U.S. Partnership ministerial").
NAME_TO_NOUN = re.compile(r"(?:\s*[-‐–—/+]\s*(?:U\.S\.|[A-Z][\w.]*))?(?:[ \t]+(?:[A-Z0-9][\w.'’-]*|[Pp]lus|\+\d))"
                          r"{0,4}[ \t]+$|\s*[-‐–—]\s*$")
# Or after the noun: "the summit of the BRICS countries", "a meeting of the Quad foreign ministers"
NOUN_TO_NAME = re.compile(r"^[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]+){0,2}$")
# A country joined to the grouping by a dash before it: "Korea–Central Asia", "U.S.-Mekong"
JOINED_BEFORE = re.compile(r"[-‐–—/]\s*$")


@lru_cache(maxsize=1)
def _grouping_regex() -> re.Pattern[str]:
    return names_regex(country_groupings(), after=r"\w+")  # (not the P5 of "P5+1")


def grouping_members(text: str, sentence_start: int, trigger_start: int, trigger_end: int) -> tuple[str, ...]:
    """The members of the grouping that names a gathering, with a country dashed to its name; () when the
    gathering is named by no grouping.

    >>> s = "They looked forward to the Fifth BRICS Summit in Durban."
    >>> grouping_members(s, 0, s.index("Summit"), s.index(" in"))
    ('BR', 'RU', 'IN', 'CN', 'ZA')
    >>> s = "He attended the first Korea–Central Asia Summit in Seoul."
    >>> grouping_members(s, 0, s.index("Summit"), s.index(" in"))
    ('KR', 'KZ', 'KG', 'TJ', 'TM', 'UZ')
    >>> s = "On August 2, Secretary Blinken co-hosted the second Mekong-U.S. Partnership ministerial."
    >>> grouping_members(s, 0, s.index("ministerial"), len(s) - 1)
    ('KH', 'LA', 'MM', 'TH', 'VN', 'US')
    >>> s = "They met on the margins of the summit of the BRICS countries."
    >>> grouping_members(s, 0, s.index("summit"), s.index("summit") + 6)
    ('BR', 'RU', 'IN', 'CN', 'ZA')
    >>> s = "The Assistant Secretary for South and Central Asian Affairs held talks in Tashkent."
    >>> grouping_members(s, 0, s.index("talks"), s.index(" in"))
    ()
    """
    before = text[max(sentence_start, trigger_start - 80):trigger_start]
    for match in reversed(list(_grouping_regex().finditer(before))):
        between = before[match.end():]
        if NAME_TO_NOUN.fullmatch(between) or not between.strip():
            return _with_joined(before, match, country_groupings()[match.group(0)])
    after = text[trigger_end:trigger_end + 60]
    for match in _grouping_regex().finditer(after):
        if NOUN_TO_NAME.match(after[:match.start()]):
            return country_groupings()[match.group(0)]
    return ()


def _with_joined(before: str, match: re.Match[str], members: tuple[str, ...]) -> tuple[str, ...]:
    """The members, with the countries dashed to the grouping's name before or after it."""
    head = before[:match.start()]
    stem = head.rstrip("-‐–—/ ") if JOINED_BEFORE.search(head) else ""
    joined = [c.code for c in find_countries(stem) if c.end == len(stem)]
    tail = [c.code for c in find_countries(before[match.end():])]
    return tuple(dict.fromkeys([*joined, *members, *tail]))


# Between an organisation and its gathering's noun: at most two capitalised words ("the ASEAN Regional Forum")
ORG_TO_GATHERING = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,2}$")


def organisation_gathering(cluster: EventCluster, text: str) -> str | None:
    """The international organisation a gathering no one is named at belongs to, when its name opens with it.

    >>> from entente.extract.mention import EventMention
    >>> from entente.extract.event_types import Trigger
    >>> text = "They discussed next month's NATO Summit."
    >>> summit = EventMention(Trigger(33, 39, "Summit", "summit", True), (0, 40), "summit")
    >>> organisation_gathering(EventCluster([summit]), text)
    'NATO'
    >>> ministerial = EventMention(Trigger(32, 43, "Ministerial", "conference", True), (0, 44), "conference")
    >>> organisation_gathering(EventCluster([ministerial]), "They discussed the U.S.-ASEAN Ministerial.") is None
    True
    """
    if cluster.type not in {"summit", "conference"} or (cluster.participants and (
            cluster.type != "summit" or any(m.type != "summit" for m in cluster.mentions))):
        return None  # (a summit is its organisation's whoever attends it: "the NATO summit in London"; not a pair's
        # dialogue held "immediately before the OSCE summit")
    for m in cluster.mentions:
        before = text[max(m.sentence[0], m.trigger.start - 40):m.trigger.start]
        # (not "the U.S.-ASEAN Ministerial": a gathering of a pair)
        found = [s for s in find_sides(before) if s.kind == "organisation" and ORG_TO_GATHERING.fullmatch(before, s.end)
                 and not JOINED_BEFORE.search(before[:s.start])]
        if found:
            return found[-1].code
    return None
