"""Which countries a sentence names as sides of an event, as against topics and venues."""

from __future__ import annotations

import re

from entente.extract.countries import country_code, find_sides

# Words for the people or bodies that represent a side: a nationality word or country right before
# one of them names a party ("the Pakistani delegation", "Polish officials", "India's Ministry of
# External Affairs"); before anything else ("Russia's war", "Afghan refugees") it names a topic.
AGENT_NOUNS = re.compile(
    r"^(?:['’]s\s+)?(?:[\w.-]+\s+){0,3}?(?:delegations?|officials?|counterparts?|governments?|"
    r"ministers?|ministry|ministries|secretary|secretaries|presidents?|premier|prime\s+minister|king|"
    r"emir|amir|chancellor|ambassadors?|envoys?|embassy|leaders?|leadership|representatives?|"
    r"side|team|negotiators?|diplomats?|generals?|admirals?|commanders?|chiefs?|armed\s+forces|"
    r"military|navy|army|air\s+force|forces|defen[cs]e\s+(?:minister|ministry|secretary|officials)|"
    # a side that acts: "The United States announced", "Japan and India signed"
    r"(?:has\s+|have\s+|will\s+)?(?:announced|signed|agreed|hosted|welcomed|received|pledged|committed|"
    r"concluded|initialed|held|met|announce|sign|host|meet))\b",
    re.IGNORECASE)


def delegation_sides(sentence: str) -> list[str]:
    r"""Countries and organisations the sentence names as a side: a nationality or country word that
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


# A list's heading that names whose people follow: "U.S. Delegation", "PHILIPPINE DELEGATION", "Delegation
# of the Republic of Korea", "Participants from India", "Indian side".
NAME_WORDS = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w.’'-]*){0,4}"
SECTION = re.compile(rf"^[ \t#*]*(?:(?P<who>{NAME_WORDS})\s+(?i:delegation|participants|side|team)|"
                     rf"(?i:delegation|participants)\s+(?i:of|from)\s+(?P<who2>{NAME_WORDS}))[ \t*:]*$", re.M)
# What ends a list: another heading, a programme's day or time line, a heading in capitals.
SECTION_END = re.compile(r"^[ \t]*(?:\d{1,2}[:.]?\d{2}\b|(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|"
                         r"(?i:day)\s+\d|(?i:programme|program|agenda|schedule)\b|[A-Z][A-Z &]{5,}$)", re.M)


def listed_sides(text: str) -> list[tuple[int, int, str]]:
    r"""The spans of lists under a heading that names a side, with that side: (start, end, code).

    >>> text = "U.S. Delegation\nMr. A B, Under Secretary\n\nIndian Delegation\nShri C D, Secretary\n"
    >>> [(text[s:e].strip().split(",")[0], code) for s, e, code in listed_sides(text)]
    [('Mr. A B', 'US'), ('Shri C D', 'IN')]
    """
    heads = []
    for m in SECTION.finditer(text):
        who = (m.group("who") or m.group("who2") or "").strip()
        found = find_sides(who)
        code = found[0].code if found else country_code(who) or country_code(who.title())
        if code:
            heads.append((m.start(), m.end(), code))
    out = []
    for k, (start, end, code) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        ended = SECTION_END.search(text, end + 1, stop)
        out.append((end, ended.start() if ended else stop, code))
    return out
