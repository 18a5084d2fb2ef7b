"""A report's sections: what the sentences under a heading such as "Session One: Deterrence Postures" tell
is that part of the gathering, whether or not they name it again."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from entente.extract.event_types import Trigger
from entente.extract.gathering_parts import gathering_part
from entente.extract.mention import EventMention
from entente.extract.people import PersonMention

HEADING_WORDS = 14  # a heading is a short line of its own, with no full stop
# Words that refer back to the part a section is about: "opened the session", "the panel agreed"
PART_WORDS = re.compile(r"(?i)\b(?:session|panel|roundtable|round\s+table|plenary)\b")
# A report's title, and what people do at the gathering it reports
REPORT_TITLE = re.compile(r"(?i)\b(?:report|summary|rapporteur|proceedings|record|chair(?:man|person)?['’]s\s+statement)\b")
SPOKE = re.compile(r"\b(?:argued|presented|presided|chaired|moderated|noted|observed|stressed|emphasi[sz]ed|suggested|proposed|"
                   r"warned|recalled|outlined|responded|replied|commented|took\s+issue|opened|closed|pointed\s+out|maintained|"
                   r"contended|cautioned|described|explained|spoke|delivered|acted\s+as|served\s+as)\b")
PART_SUBJECT = re.compile(r"\s*(?:The|This)\s+(?:session|panel|roundtable|round\s+table|plenary|discussion)\b")


def is_heading(text: str, span: tuple[int, int]) -> bool:
    """Whether a sentence is a heading line: one short line, not ended like a sentence.

    >>> t = "Session One: Deterrence Postures\\n\\nDr. A opened the session."
    >>> is_heading(t, (0, 32)), is_heading(t, (34, len(t)))
    (True, False)
    """
    line = text[span[0]:span[1]].strip()
    starts_line = span[0] == 0 or text[span[0] - 1] == "\n"
    ends_line = span[1] >= len(text) or text[span[1]:span[1] + 1] in {"\n", ""} or \
        text[span[0]:span[1]].rstrip(" \t") != text[span[0]:span[1]]
    return bool(line) and "\n" not in line and starts_line and ends_line and \
        not re.search(r"[.!?;,]$", line) and len(line.split()) <= HEADING_WORDS


class Sections:
    """The part of a gathering each sentence is under, sentence by sentence in order: a heading that names
    a part ("Session Two: Emerging Technologies") opens its section; any other heading closes it."""

    def __init__(self, text: str, people: Sequence[PersonMention]) -> None:
        self.text, self.people = text, people
        self.starts = [p.start for p in people]
        self.part: str | None = None
        self.kind = "conference"
        self.report: str | None = "dialogue" if REPORT_TITLE.search(text.lstrip().split("\n", 1)[0]) else None

    def read(self, span: tuple[int, int], found: list[EventMention]) -> list[EventMention]:
        """The sentence's mentions, told as the section's part where they refer to it, and for a sentence
        under a part's heading that names people but no event ("Ambassador X responded that ..."), a weak
        mention that adds them to the part; in a report ("...: Rapporteur's Report"), a sentence out of any part
        that names people who preside, present or argue ("Dr. A of the X Institute argued that ...") adds them to
        the gathering it reports."""
        if is_heading(self.text, span):
            self.part = next((m.part for m in found if m.part), None) or gathering_part(self.text[span[0]:span[1]])
            self.kind = next((m.type for m in found if m.part), "conference")
            return found
        if self.part is None and not (self.report and SPOKE.search(self.text, span[0], span[1])):
            return found
        about_part = PART_SUBJECT.match(self.text, span[0])
        for m in found if self.part is not None else ():
            if m.part is None and (PART_WORDS.search(m.trigger.text) or about_part):
                m.part = self.part  # "Dr. Emily Carter opened the session", "The session was chaired by X": the section's
        k0, k1 = bisect_left(self.starts, span[0]), bisect_left(self.starts, span[1])
        spoke = SPOKE.search(self.text, span[0], span[1]) if self.part is not None and k0 < k1 else None
        if spoke is not None and self.people[k0].start < spoke.start():
            # "Dr. X presented a reading of the Brasília summit's outcomes": what a speaker of the part spoke of,
            # undated, is a topic, not an event the speaker took part in
            found = [m for m in found if m.trigger.start < spoke.end() or m.part or m.date is not None or
                     SPOKE.search(m.trigger.text)]  # (not "... and Dr. Y acted as discussant")
        if found or k0 == k1:
            return found
        kind = self.kind if self.part is not None else self.report or self.kind
        trigger = Trigger(span[0], span[0], "", kind, False)
        return [EventMention(trigger, span, kind, part=self.part, people=[(k, None) for k in range(k0, k1)])]
