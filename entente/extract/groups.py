"""Meetings with people who hold no government office: civil society, business leaders, students, alumni,
journalists. Such a meeting abroad is the visiting side's own event (its host country is where it is, not a
party), it is told apart from the meetings with officials beside it, and it is titled by the group met."""

from __future__ import annotations

import re

# Lexical class of groups met who speak for no government ("civil society representatives", "members of
# the business community", "Fulbright alumni", "opposition leaders", "women entrepreneurs").
GROUP = re.compile(
    r"(?i)\b(?:civil[\s-]+society|business(?:es)?(?=\s+(?:leaders?|communit(?:y|ies)|executives?|people|owners?|"
    r"representatives?|groups?|sector))|private[\s-]+sector|entrepreneurs?|students?|alumni|journalists?|reporters?|"
    r"media\s+(?:representatives|outlets)|activists?|(?:human\s+rights\s+)?defenders|non-?governmental|NGOs?|"
    r"(?:religious|faith)(?=\s+(?:leaders?|groups?|communit(?:y|ies)|organi[sz]ations?|actors))|youth|young\s+(?:people|leaders)|women(?:['’]s)?(?=\s+(?:leaders?|groups?|entrepreneurs?|"
    r"organi[sz]ations?|rights))|community\s+leaders?|opposition|diaspora|academics?|scholars?|think[\s-]+tanks?|"
    r"(?:labou?r|trade)\s+unions?|union\s+leaders?|refugees?|survivors?|indigenous|tribal\s+elders|elders|"
    r"humanitarian\s+(?:organi[sz]ations|partners|workers|groups)|exchange\s+(?:participants|program(?:me)?\s+alumni)|"
    r"artists?|athletes?|(?:local\s+)?residents|citizens|voters)\b")
# Words that bring in a government's people: the meeting is then one with officials, whatever else it holds
# ("government officials and civil society"); a named person (found apart) does the same.
GOVERNMENT = re.compile(
    r"(?i)\b(?:officials?|counterparts?|governments?|ministers?|ministry|ministries|authorities|parliament(?:arians?)?|"
    r"lawmakers|legislators|senators?|members\s+of\s+(?:parliament|congress)|military|commanders?|officers|"
    r"delegations?|leadership|president|prime\s+minister|king|emir|premier|governors?|mayors?|secretariat|"
    r"ambassadors?|envoys?|diplomats?|cabinet|agenc(?:y|ies)|partners)\b")
# Where the group met ends: a purpose ("to discuss"), a topic ("on", "about"), a place ("in Kyiv"), a time
# ("on Monday"), another clause.
COMPLEMENT_END = re.compile(r"(?i)\s+(?:to|on|about|regarding|concerning|in|at|during|for|while|who|which|that|"
                            r"and\s+(?:to\s+)?(?!with\b)(?:will\s+)?[a-z]+(?:ed|e|s)\s+(?!leaders|groups|"
                            r"representatives|members)|as\s+well\s+as\s+(?!with\b)[a-z]+(?:ed|e)\b)\b|[,;:.()]|[^\S\n]{3,}|\n|$")


def group_met(text: str, trigger_end: int, sentence_end: int, named: bool) -> str | None:
    """The group a meeting trigger brings in after it, when it is people of no government and the
    meeting names no person (`named`): "civil society and business leaders".

    >>> s = "He will also meet with members of the business community to discuss the recovery."
    >>> group_met(s, s.index(" with"), len(s), False)
    'members of the business community'
    >>> s = "She met with civil society and business leaders in Kyiv."
    >>> group_met(s, s.index(" with"), len(s), False)
    'civil society and business leaders'
    >>> s = "She will engage with government officials and civil society."
    >>> group_met(s, s.index(" with"), len(s), False) is None
    True
    >>> s = "17:00  Meeting with Vietnamese students and community      Embassy of Viet Nam"
    >>> group_met(s, s.index(" with"), len(s), False)  # (a table's next column is no part of it)
    'Vietnamese students and community'
    >>> s = "He met senior leaders of the ruling party."
    >>> group_met(s, s.index(" senior"), len(s), False) is None
    True
    """
    if named:
        return None
    rest = text[trigger_end:sentence_end]
    start = re.match(r"\s*(?:(?i:virtually|separately|also|later|then)\s+)?(?:(?i:with)\s+)?", rest)
    body = rest[start.end() if start else 0:]
    end = COMPLEMENT_END.search(body)
    phrase = body[:end.start() if end else len(body)].strip()
    phrase = re.sub(r"^(?i:a\s+(?:group|range|number|cross-section)\s+of|several|various|local|some)\s+", "", phrase)
    if not phrase or len(phrase.split()) > 10 or not GROUP.search(phrase) or GOVERNMENT.search(phrase):
        return None
    return phrase
