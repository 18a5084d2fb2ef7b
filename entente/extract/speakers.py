"""Who "I" is in a transcript: the speaker whose label opens the turn ("SECRETARY BLINKEN: ... I met with
Foreign Minister Lapid in Rome last week"), found among the people the document names by that surname."""

from __future__ import annotations

import re
from bisect import bisect_right

from entente.extract.names import surname
from entente.extract.offices import TITLE_KEYWORDS
from entente.extract.people import PersonMention
from entente.extract.sentences import SPEAKER_TURN

# "I" or "we" as the subject right before a trigger: "I spoke to", "we just had", "I have also met"
FIRST_PERSON = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|when|after|before|as)\s+)(?P<who>I|[Ww]e)\s+(?:(?:just|also|then|recently|"
                          r"personally|already|have|had|will|would|was|were|did)\s+){0,3}$")


class Turns:
    """The speaker of each turn of a transcript, as the index of a person mention (None: not a named person)."""

    def __init__(self, text: str, people: list[PersonMention]) -> None:
        self.starts: list[int] = []
        self.speakers: list[int | None] = []
        self.principal: list[bool] = []  # "SECRETARY BLINKEN:" speaks for the side they lead; "MR PRICE:" for an office
        first_by_surname: dict[str, int] = {}  # each full name's first mention, by its surname
        for k, p in enumerate(people):
            if not p.short:
                first_by_surname.setdefault(surname(p.name).lower(), k)
        for m in SPEAKER_TURN.finditer(text):  # "SECRETARY BLINKEN:", "MR PRICE:"; "QUESTION:" names no one
            self.principal.append(not re.match(r"(?:MR|MS|MRS|DR)\b", m.group("label")))
            last = m.group("label").split()[-1].strip(".").lower()
            self.starts.append(m.start())
            self.speakers.append(first_by_surname.get(last) if len(last) > 2 else None)

    def first_person(self, text: str, s0: int, trigger_start: int) -> int | None:
        """The speaker a trigger's "I" subject refers to (or "we", said by one who holds an office), or None.

        >>> t = "SECRETARY BLINKEN: Thank you. I met with Foreign Minister Lapid in Rome last week."
        >>> turns = Turns(t, [PersonMention("Antony J. Blinken", -40, -23), PersonMention("Lapid", 58, 63, short=True)])
        >>> turns.first_person(t, 30, t.index("met")), turns.first_person(t, 30, t.index("Rome"))
        (0, None)
        """
        k = bisect_right(self.starts, s0) - 1
        before = text[max(s0, trigger_start - 60):trigger_start]
        found = FIRST_PERSON.search(before)
        if k < 0 or self.speakers[k] is None or found is None or (found.group("who") != "I" and not self.principal[k]):
            return None
        return self.speakers[k]


# "I" as the subject right before a trigger, after whatever opens the sentence: "Today I will travel to", "Last week I spoke"
I_SUBJECT = re.compile(r"\bI\s+(?:(?:just|also|then|recently|personally|already|have|had|will|would|was|did|am)\s+){0,3}$")
BYLINE_REACH = 400  # characters from the top within which a release names whom it is by
# "Senator the Hon Margaret Lowe", "The Hon. X MP", "H.E. X": a name alone on its line, courtesy titles around it
BYLINE_WORDS = re.compile(r"^(?:(?:Senator|The|the|Hon\.?|Rt|Dr\.?|H\.E\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?|Dame|Sir)\s+)*$")


class Byline:
    r"""Who "I" is in a minister's own media release: the person it is by, named alone on one of its first
    lines with an office on the next ("Senator the Hon Margaret Lowe / Minister for Foreign Affairs").

    >>> text = "Visit to Fiji\n\nSenator the Hon Ana Lowe\nMinister for Foreign Affairs\n\nToday I will travel to Suva."
    >>> Byline(text, [PersonMention("Ana Lowe", 31, 39)]).first_person(text, 70, text.index("travel"))
    0
    """

    def __init__(self, text: str, people: list[PersonMention]) -> None:
        self.author: int | None = None
        for k, p in enumerate(people):
            if p.start > BYLINE_REACH:
                break
            line_start = text.rfind("\n", 0, p.start) + 1
            line_end = text.find("\n", p.end)
            if line_end < 0:
                break  # the name is on the text's last line: no office below it
            below = text[line_end + 1:].split("\n", 1)[0]
            if BYLINE_WORDS.match(text[line_start:p.start]) and re.fullmatch(r"\s*(?:MP|QC|KC)?\s*", text[p.end:line_end]) \
                    and len(below) < 80 and TITLE_KEYWORDS.search(below):
                self.author = k
                break

    def first_person(self, text: str, s0: int, trigger_start: int) -> int | None:
        """The author, when a trigger's subject is "I" ("Today I will travel to Port Moresby"), else None."""
        return self.author if I_SUBJECT.search(text, max(s0, trigger_start - 60), trigger_start) else None
