"""Which countries a sentence names as sides of an event, as against topics and venues."""

from __future__ import annotations

import re

from entente.extract.countries import find_sides

# Words for the people or bodies that represent a side: a nationality word or country right before
# one of them names a party ("the Pakistani delegation", "Polish officials", "India's Ministry of
# External Affairs"); before anything else ("Russia's war", "Afghan refugees") it names a topic.
AGENT_NOUNS = re.compile(
    r"^(?:['’]s\s+)?(?:[\w.-]+\s+){0,3}?(?:delegations?|officials?|counterparts?|governments?|"
    r"ministers?|ministry|ministries|secretary|secretaries|presidents?|premier|prime\s+minister|king|"
    r"emir|amir|chancellor|ambassadors?|envoys?|embassy|leaders?|leadership|representatives?|"
    r"side|team|negotiators?|diplomats?|generals?|admirals?|commanders?|chiefs?|armed\s+forces|"
    r"military|navy|army|air\s+force|forces|defen[cs]e\s+(?:minister|ministry|secretary|officials))\b",
    re.IGNORECASE)


def delegation_sides(sentence: str) -> list[str]:
    """Countries and organisations the sentence names as a side: a nationality or country word that
    qualifies an official, a delegation or a government, in order of mention.

    >>> delegation_sides("U.S. and Pakistani delegations discussed the war in Afghanistan.")
    ['US', 'PK']
    >>> delegation_sides("the U.S.-Russia Strategic Stability Dialogue")
    ['US', 'RU']
    >>> delegation_sides("They discussed Russia's war against Ukraine.")
    []
    """
    out: list[str] = []
    mentions = find_sides(sentence)
    for k, m in enumerate(mentions):
        after = sentence[m.end:m.end + 60]
        # "U.S. and Pakistani delegations": the first word shares the second's noun
        if k + 1 < len(mentions) and re.fullmatch(r"\s*(?:and|,)\s*", sentence[m.end:mentions[k + 1].start]):
            after = sentence[mentions[k + 1].end:mentions[k + 1].end + 60]
        # "the U.S.-Russia Strategic Stability Dialogue": a compound of sides names the two parties
        compound = k + 1 < len(mentions) and re.fullmatch(r"\s*[-–/]\s*", sentence[m.end:mentions[k + 1].start])
        joined = k > 0 and re.fullmatch(r"\s*[-–/]\s*", sentence[mentions[k - 1].end:m.start])
        if (compound or joined or AGENT_NOUNS.match(after.lstrip(" -"))) and m.code not in out:
            out.append(m.code)
    return out
