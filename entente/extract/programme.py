"""A programme's slots: its day headings, time slots and parts, the roles under each ("Chair: Dr. A, ISS") and
the people its lines name."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from entente.extract.countries import country_code
from entente.extract.names import clean_name
from entente.extract.offices import TITLE_KEYWORDS
from entente.extract.role_words import roles_of
from entente.extract.roster import RosterEntry, blank_rank_marks, roster_entry

# Agenda items that are logistics, not sessions: kept out of the event list unless people are named.
LOGISTICS = re.compile(r"\b(?:lunch|dinner|breakfast|coffee|break|registration|reception)\b", re.I)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}


@dataclass
class AgendaItem:
    """A time slot of an agenda: "0930 – 1050 **Panel 1: ...**" with the people listed under it."""

    title: str
    day: dt.date | None
    start_time: str | None
    end_time: str | None
    start: int
    end: int
    entries: list[RosterEntry] = field(default_factory=list)

    @property
    def is_session(self) -> bool:
        return bool(self.entries) or not LOGISTICS.search(self.title)


# "### THURSDAY, 08 OCTOBER", "Monday, November 29 — Harry S Truman Building", "Tuesday, 30 November 2021",
# "Day One (Tuesday 4 March)"
WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
DAY_HEADING = re.compile(
    r"^#*\s*\**(?:(?!" + WEEKDAY + r")[A-Z][\w ]{0,25}(?:\(|:|[-–—,])\s*)?(?:(?P<weekday>" + WEEKDAY + r"),?\s+)?"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]+)|(?P<m2>[a-z]+)\s+(?P<d2>\d{1,2}))(?:,?[^\S\n]+(?P<year>(?:19|20)\d{2})\b|,?\s+\d{4})?\**"
    r"\)?\s*(?:[—–-]+\s*[^\n]*|,\s+[^\n]*|\([^\n]*\))?$", re.I | re.M)
# A clock time: "0930", "09:30", "09h30", "8.30am", "9:15 a.m.", "2 p.m."
CLOCK = r"\d{1,2}(?:[:.h]\d{2}|\d{2})(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?"
# A programme's time slot: "0930 – 1050 **Panel 1**", "9:15–10:45 a.m.  Session I", "12:45 p.m.  Working lunch"
SLOT_LINE = re.compile(
    rf"^(?P<t1>{CLOCK})(?:\s*(?:[-–—]|to)\s*(?P<t2>{CLOCK}))?(?:\s*hrs\.?)?\s+(?P<body>[A-Za-z*\"“][^\n]*)$", re.M)
# A programme with no clock times: a part's heading under a day's ("Session 1: Dams and downstream flows")
PART_SLOT = re.compile(r"^(?P<t1>(?!))?(?P<t2>(?!))?[ \t#*]*(?P<body>(?i:session|panel|roundtable|round\s+table|plenary)"
                       r"\b[^\n.]{0,100})$", re.M)
ROLE_LINE = re.compile(r"(?:^|(?<=: ))\*(?P<role>[A-Za-z -]{3,30}):\*\s*(?P<name>[^,\n]+)(?P<rest>[^\n]*)", re.M)
BOLD_ROLE = re.compile(r"\*\*(?P<role>[A-Za-z -]{3,30}):\*\*\s*(?P<name>[^,\n]+)(?P<rest>[^\n]*)")
# "Chair: Ms. Rachel Kim (DHS)", "Presentations: A (SSPC); B (ATF)", "Co-chairs: A and B"
# also in Markdown or after a bullet: "- **Discussants:** A (CSIS); B (IPCS)", "Chair — Dr. X"
PLAIN_ROLE_LINE = re.compile(r"^[ \t]*(?:[-•·][ \t]+)?[*_]{0,2}(?P<role>[A-Z][A-Za-z -]{2,30}?)(?:[*_]{0,2}:[*_]{0,2}|[ \t]+[—–][ \t]+)"
                             r"[ \t]*(?P<names>[^\s*_][^\n]*)$", re.M)
# "Presenters:" alone on its line, the names on the lines under it: "  Dr. A, Institute for Defence Studies"
# or bulleted: "- Ms. A (Center for Strategic and International Studies)"
# or flush left, one a line, up to a blank line or the next label: "Speakers:\nSr. Col. A, Institute for ..."
ROLE_HEAD_LINE = re.compile(r"^[ \t]*(?P<role>[A-Z][A-Za-z -]{2,30}):[ \t]*\n(?P<names>(?:[ \t]*(?:[-•*·][ \t]+)?[^\s:][^\n:]*(?:\n|$))+)",
                            re.M)
# A slot's venue after its title: ", Sena Bhawan", ", Ministry of Defence, Conference Hall"
VENUE_TAIL = re.compile(r"(?<=\w),\s+(?!The\b)(?:(?:[A-Z][\w.'’-]*|of|de|and)(?:,?\s+|$)){1,8}$")
BULLET = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,2}[.)])?[ \t]*")
PROSE_LINE = 200  # characters after a name's comma beyond which a line is prose, not a "Name, office" entry
PLAIN_PERSON_LINE = re.compile(r"^[ \t]*(?:[-•*·][ \t]+)?(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,4}),\s*(?P<rest>[^\n]+?)\s*$", re.M)
NAME_AND_ORG = re.compile(r"^\s*(?P<name>[^(,;]+?)\s*(?:\((?P<org>[^)]*)\))?\s*(?:,(?P<rest>[^;]*))?$")


def _clock(value: str | None, meridiem: str | None = None) -> str | None:
    """"9:15 a.m." -> "09:15", "2 p.m." -> "14:00", "0930" -> "09:30"; a bare time takes `meridiem`."""
    if value is None:
        return None
    found = re.match(r"(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?", value.strip(), re.I)
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    half = (found.group(3) or meridiem or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _slot_times(t1: str, t2: str | None) -> tuple[str | None, str | None]:
    """A range's times: "9:15–10:45 a.m." both in the morning, "11:00–12:30 p.m." from 11:00 to 12:30."""
    half = re.search(r"([ap])\.?\s?m", t2 or "", re.I)
    end = _clock(t2)
    start = _clock(t1, half.group(1) if half and not re.search(r"[ap]\.?\s?m", t1, re.I) else None)
    if start and end and start > end:
        start = _clock(t1)
    return start, end


def _agenda_day(weekday: str | None, day: int, month_name: str, year_hint: int | None) -> dt.date | None:
    """The date of "THURSDAY, 08 OCTOBER": the year near `year_hint` whose calendar fits the weekday
    ("DAY 1 — 9 SEPTEMBER", with no weekday: `year_hint`'s)."""
    month = MONTHS.get(month_name.lower())
    if not month or not year_hint:
        return None
    if weekday is None:
        try:
            return dt.date(year_hint, month, day)
        except ValueError:
            return None
    want = WEEKDAYS[weekday.lower()]
    for offset in (0, -1, 1, -2, 2, -3, 3):
        try:
            candidate = dt.date(year_hint + offset, month, day)
        except ValueError:
            return None
        if candidate.weekday() == want:
            return candidate
    return dt.date(year_hint, month, day)


NEXT_ROLE = re.compile(r";\s*(?P<role>[A-Z][A-Za-z -]{2,30}):\s*")


def _role_runs(role: str, names: str, offset: int) -> list[tuple[tuple[str, ...], str, int]]:
    """A role line cut where another role starts: "Chair: Dr. A; Speakers: Dr. B; Prof. C" ->
    (chair, "Dr. A"), (speaker, "Dr. B; Prof. C"), each with its offset. Unknown roles give nothing.

    >>> [(r, n) for r, n, _ in _role_runs("Chair", "Dr. A B; Speakers: Dr. C D; Prof. E F", 0)]
    [(('chair',), 'Dr. A B'), (('speaker',), 'Dr. C D; Prof. E F')]
    """
    runs = []
    cuts = [m for m in NEXT_ROLE.finditer(names) if roles_of(m.group("role"))]
    starts = [(role, 0)] + [(m.group("role"), m.end()) for m in cuts]
    ends = [m.start() for m in cuts] + [len(names)]
    for (word, at), end in zip(starts, ends):
        roles = roles_of(word)
        if roles:
            runs.append((roles, names[at:end], offset + at))
    return runs


def _plain_entries(names: str, roles: tuple[str, ...], offset: int, one: bool = False) -> list[RosterEntry]:
    """The people of "Presentations: Mr. A (DOJ); Gral. B (SEDENA)" or "Co-chairs: A and B" (`one`: a
    single person's line, "Dr. A, Institute for Defence Studies and Analyses").

    >>> [(e.name, e.affiliation) for e in _plain_entries("Vice Admiral (retd.) Pradeep Chauhan, National "
    ...  "Maritime Foundation and Rear Admiral (Retd) Michael McDevitt, Center for Naval Analyses", ("chair",), 0)]
    [('Pradeep Chauhan', 'National Maritime Foundation'), ('Michael McDevitt', 'Center for Naval Analyses')]
    """
    out = []
    names = blank_rank_marks(names)
    if one:
        parts = [names]
    elif ";" in names:
        parts = names.split(";")
    elif re.search(r"\)\s*,", names):  # "A (CSIS), B (IPCS) and C (ORF)"
        parts = re.split(r"(?<=\)),?\s+(?:and\s+)?|(?<=\)),", names)
    else:
        parts = re.split(r",?\s+and\s+", names)
    at = 0
    for part in parts:
        at = names.find(part, at)
        found = NAME_AND_ORG.match(part)
        if found:
            rest = ", ".join(x for x in (found.group("org"), found.group("rest")) if x)
            entry = roster_entry(found.group("name"), rest, roles, offset + at + found.start("name"), offset + at + len(part))
            name, courtesy = clean_name(found.group("name"))
            if entry is None and courtesy and re.fullmatch(r"[A-Z][a-z’'-]+", name) and not country_code(name):
                # "Co-chairs: Mr. Ji and Ambassador Roy": a surname after a courtesy title, named in full elsewhere
                entry = RosterEntry(name, None, None, None, roles, offset + at + found.start("name"), offset + at + len(part))
            if entry:
                out.append(entry)
        at += len(part)
    return out


WRAP_WIDTH = 72  # a line this long that goes on, indented, below was wrapped


def _wrapped_end(block: str, end: int, indent: int) -> int:
    r"""Where a role line's names end when a long line was wrapped onto the lines below it, indented as far as its
    label (`indent`), no further: not at a short line's end, nor into a line that opens with a label or a clock time,
    nor into a list of one name a line under the first name.

    >>> block = "  Co-chairs: Ms. A B, Director-General, Defence Policy Department, Ministry of\n  Defence, and Mr. C D\n  Venue"
    >>> block[_wrapped_end(block, block.index("\n"), 2) - 11:_wrapped_end(block, block.index("\n"), 2)]
    'and Mr. C D'
    """
    while True:
        start = block.rfind("\n", 0, end) + 1
        nxt = block.find("\n", end + 1)
        below = block[end + 1:len(block) if nxt < 0 else nxt]
        if end - start < WRAP_WIDTH or end >= len(block) or not below[:1].isspace() or not below.strip() or \
                len(below) - len(below.lstrip()) > indent or \
                re.match(r"\s*(?:[^:\n]{1,30}:|\d{1,2}[:.h]?\d{2}\b)", below):
            return end
        end = len(block) if nxt < 0 else nxt


def _continued(block: str, label: re.Match[str]) -> list[tuple[str, int]]:
    r"""The lines under a role line indented past its label, one name a line, up to the first that is not.

    >>> block = "  Speakers: Dr. A, ISS\n            Dr. B, KIDA\n  Chair: C\n"
    >>> _continued(block, PLAIN_ROLE_LINE.search(block))
    [('Dr. B, KIDA', 35)]
    """
    indent = label.start("role") - label.start()
    out = []
    at = label.end() + 1
    for line in block[at:].split("\n"):
        body = line.lstrip(" \t")
        if not body or len(line) - len(body) <= indent or re.match(r"[^:\n]{1,30}:", body):
            break
        out.append((body.rstrip(), at + len(line) - len(body)))
        at += len(line) + 1
    return out


def _whole_names(items: list[AgendaItem]) -> None:
    """A programme's "Ambassador Roy" or "Mr. Ji" as the one person its other lines name in full
    ("J. Stapleton Roy", "Ji Zhiye": a family name may come first); dropped when none or several are."""
    full = {e.name: e for it in items for e in it.entries if " " in e.name}
    for it in items:
        kept = []
        for e in it.entries:
            if " " not in e.name:
                same = [f for n, f in full.items() if e.name in (n.split()[0], n.split()[-1])]
                if len(same) != 1:
                    continue
                e = replace(same[0], roles=e.roles, start=e.start, end=e.end)
            kept.append(e)
        it.entries = kept


def agenda(text: str, *, year_hint: int | None, lists: Sequence[tuple[int, int, str]] = ()) -> list[AgendaItem]:
    """Agenda slots with their dates, times and roles; `lists` are the text's side lists (`listed_sides`), whose
    people are no slot's.

    Reads "### THURSDAY, 08 OCTOBER", then "0930 – 1050 **Panel 1: ...**" followed by
    "*Chair and Discussant:* Michael Krepon, Henry L Stimson Center" and "*Presenter:* ..." lines,
    or bare "David Hamon, Defense Threat Reduction Agency" lines under "**Opening Remarks**".
    """
    days = [(m.start(), m) for m in DAY_HEADING.finditer(text)]
    items: list[AgendaItem] = []
    slots = list(SLOT_LINE.finditer(text)) or list(PART_SLOT.finditer(text))
    heads = sorted(text.rfind("\n", 0, start) + 1 for start, _, _ in lists)  # each list's heading line
    for i, slot in enumerate(slots):
        block_end = slots[i + 1].start() if i + 1 < len(slots) else len(text)
        heading = next((m for pos, m in reversed(days) if pos < slot.start()), None)
        if heading is None:
            continue
        nxt_day = next((pos for pos, _ in days if pos > slot.start()), len(text))
        block_end = min(block_end, nxt_day)
        # (a year written in the heading wins over a weekday that does not fit it: "Thursday, 12 March 2034")
        day = _agenda_day(None if heading.group("year") else heading.group("weekday"), int(heading.group("d1") or heading.group("d2")),
                          heading.group("m1") or heading.group("m2"),
                          int(heading.group("year")) if heading.group("year") else year_hint)
        if day is None:
            continue
        body = slot.group("body")
        bold = BOLD_ROLE.match(body)
        title = re.sub(r"\*+", "", body.split("**,")[0] if "**," in body else body).strip(" :,")
        venue = VENUE_TAIL.search(title)
        if venue and not re.search(r"\band\b", venue.group(0)) and not TITLE_KEYWORDS.search(venue.group(0)):
            title = title[:venue.start()]  # "Meeting of the Joint Technical Group, Sena Bhawan": where, not what
        item = AgendaItem(title, day, *_slot_times(slot.group("t1"), slot.group("t2")), slot.start(), block_end)
        if bold:
            item.title = bold.group("role").strip()
            roles = roles_of(bold.group("role")) or ("speaker",)
            entry = roster_entry(bold.group("name"), bold.group("rest"), roles, slot.start("body"), slot.end())
            if entry:
                item.entries.append(entry)
        block = text[slot.end():block_end]
        for m in ROLE_LINE.finditer(block):
            roles = roles_of(m.group("role"))
            if roles:
                entry = roster_entry(m.group("name"), m.group("rest"), roles, slot.end() + m.start(), slot.end() + m.end())
                if entry:
                    item.entries.append(entry)
        italic = {block.rfind("\n", 0, m.start()) for m in ROLE_LINE.finditer(block)}
        for m in PLAIN_ROLE_LINE.finditer(block):
            if block.rfind("\n", 0, m.start() + 1) in italic:
                continue  # "*Chair:* X" is read above
            end = _wrapped_end(block, m.end("names"), m.start("role") - m.start())  # (line ends as spaces: offsets hold)
            runs = _role_runs(m.group("role"), block[m.start("names"):end].replace("\n", " "), slot.end() + m.start("names"))
            for role, names, at in runs:
                item.entries += _plain_entries(names, role, at)
            for line, at in _continued(block, m) if runs and end == m.end("names") else ():  # further names, one a line
                item.entries += _plain_entries(line, runs[-1][0], slot.end() + at, one=True)
        for m in ROLE_HEAD_LINE.finditer(block):
            roles = roles_of(m.group("role"))
            at = slot.end() + m.start("names")
            for line in m.group("names").splitlines(keepends=True) if roles else ():
                entry = BULLET.sub("", line)
                if entry.strip():  # one person a line: "and" may be part of the organisation's name
                    item.entries += _plain_entries(entry.rstrip(), roles, at + len(line) - len(entry), one=True)
                at += len(line)
        # bare "Name, office" lines: the speakers of "Opening Remarks", and a panel's under its chair's line
        held = {text.rfind("\n", 0, e.start + 1) for e in item.entries}
        lead = len(block) - len(block.lstrip())  # the slot's own lines: up to a blank line or a heading
        cut = re.search(r"\n[ \t]*\n|(?:^|\n)(?=[^a-z\n]+(?:\n|$))", block[lead:])
        # ... or a side's list ("For Norway:" over its delegates): the gathering's people, no slot's speakers
        own = block[:min(lead + (cut.start() if cut else len(block)), next((h for h in heads if h > slot.end()), len(text)) - slot.end())]
        for m in PLAIN_PERSON_LINE.finditer(blank_rank_marks(own)):
            if len(m.group("rest")) > PROSE_LINE:
                continue  # "Dr. X, Director of Research at Y, presented a reading of ...": a report's prose, no list
            if text.rfind("\n", 0, slot.end() + m.start("name") + 1) not in held:
                entry = roster_entry(m.group("name"), m.group("rest"), ("speaker",), slot.end() + m.start(), slot.end() + m.end())
                item.entries += [entry] if entry else []
        items.append(item)
    _whole_names(items)
    return items
