"""Rosters laid out as lines: participant lists, tables in fixed-width columns whose heads name roles, and
the entry each line gives (a programme's slots, which hold such entries, are `programme`'s)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from entente.extract.countries import country_code
from entente.extract.names import HONORIFICS, clean_name, is_person_name
from entente.extract.organisations import organisation_country
from entente.extract.offices import side_from_title
from entente.extract.role_words import roles_of

TITLE_WORDS = re.compile(
    r"\b(?:former|minister|ambassador|consultant|secretary|director|professor|adviser|advisor|"
    r"general|chairman|president|senator|analyst|fellow|officer|retired)\b", re.I)


# A mark in brackets within a rank or after it: "Rear Admiral (retd.) A", "Capt. (N) B", "Colonel (Inf.) C",
# "Brigadier General (Pol.) D": blanked in place, so a name's offsets hold
RANK_MARK = re.compile(r"\((?:[Rr]et(?:d|ired)?\.?|[Rr]td\.?|R|N|GS|Inf\.?|Pol\.?|Navy|Army|Eng\.?)\)")


def blank_rank_marks(text: str) -> str:
    """`text` with rank marks in brackets blanked.

    >>> blank_rank_marks("Capt. (N) Karin Lindahl (FMV)")
    'Capt.     Karin Lindahl (FMV)'
    """
    return RANK_MARK.sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True)
class RosterEntry:
    """One person on a list: "**Salma Malik**, Quaid-i-Azam University" or "*Presenter:* Salma Malik, ..."."""

    name: str
    affiliation: str | None
    title: str | None
    side: str | None
    roles: tuple[str, ...]
    start: int
    end: int
    listed: bool = False  # the list states the side ("(Philippines)"): it outweighs other mentions


def roster_entry(name_raw: str, rest: str, roles: tuple[str, ...], start: int, end: int) -> RosterEntry | None:
    """One listed person from a line's name and the rest of it ("Dr. A B", "Director, CSIS"): the title, the
    affiliation and the side they give; None when the name is no person's."""
    of = OF_BODY.search(name_raw)
    if of:  # "Mr. Jakub Zielinski of the Polish Ministry of Climate": the body is the rest of the line
        name_raw, rest = name_raw[:of.start()], f"{name_raw[of.end():]}, {rest}"
    name, _ = clean_name(name_raw)
    if not is_person_name(name):
        return None
    rest = rest.strip(" ,")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    title = parts.pop(0) if parts and TITLE_WORDS.search(parts[0]) else None
    affiliation = ", ".join(p for p in parts if not country_code(p)) or None
    # the body the line names, else the one the office names ("European Commissioner for Trade", "Minister of
    # Defence of Ghana"): an office's nationality is its holder's
    side = (organisation_country(rest) if rest else None) or side_from_title(parts[0] if parts and title is None else title or "")
    return RosterEntry(name, affiliation, title, side, roles, start, end)


OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


PARTICIPANT_LINE = re.compile(r"^\s*[-•*]?\s*\*\*(?P<name>[^*\n]{3,60})\*\*\s*,\s*(?P<rest>[^\n]+?)\s*$", re.M)


# A table's line that ends with the person's country: "Dizon, Carmen A. — University of the Philippines
# (Philippines)", "Ellis, Raymond K. | Colonel (ret.), CIPS | United States", "Dr. Ana Ruiz — CIDE — Mexico",
# a Markdown table's row "| Feroz Hassan | Naval Postgraduate School | United States |"
TABLE_LINE = re.compile(
    r"^[ \t]*(?:[-•*·|]|\d{1,3}[.)])?[ \t]*(?P<name>[A-Z](?:[^—–|,\n(]|\([Rr]et(?:d)?\.?\)){1,45}?)(?:,[ \t]*(?P<given>[A-Z][^—–|,\n(]{1,40}?))?"
    r"[ \t]*[—–|][ \t]*(?P<rest>[^\n]*?)[ \t]*(?:\((?P<country>[A-Z][^()\n]{2,40})\)|[—–|][ \t]*(?P<country2>[A-Z][^—–|\n]{2,40}?))"
    r"[ \t]*\|?[ \t]*$", re.M)
TABLE_ROLES = ((re.compile(r"(?i)\b(?:head\s+of\s+(?:the\s+)?delegation|delegation\s+leader|head)\b"), "lead"),
               (re.compile(r"(?i)\bco-?chair\b|\bchair\b"), "chair"))


# A list's own heading: "List of Participants", "PARTICIPANTS (alphabetical)", "Attendees:", a title's end
# ("Argentina–Chile Academic Dialogue on Security: List of Participants")
LIST_HEADING = re.compile(r"^[ \t#*]*(?:[^\n]{3,150}?[:—–|][ \t]*)?(?i:(?:list\s+of\s+)?(?:participants|attendees)|participant\s+list)\b"
                          r"[^\n.]{0,30}$", re.M)
# An entry under it that names no country: "Akhtar, Naeem – Brigadier (retd.), Strategic Plans Division",
# "Dr. Mark Hollis, Naval War College", "Ellen Marsh (Stimson Center)"
SURNAME_FIRST = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,3}[.)])?[ \t]*(?P<sur>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?),[ \t]*"
                           r"(?P<given>[A-Z][\w.'’ -]{1,40}?)[ \t]+[—–|-][ \t]+(?P<rest>[^\n]+?)[ \t]*$")
# A name alone on its line, the body it belongs to on the next: "Ambassador Rodrigo Fuentes", "Tane Ngata"
PARTICLES = r"bin|binti|de|del|da|dos|van|von|al|el"  # lower-case words inside a name
NAME_ONLY = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,3}[.)])?[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:(?:" + PARTICLES + r")[ \t]+)?"
                       r"[A-Z][\w.'’-]*){1,5})[ \t]*$")
NAME_FIRST = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,3}[.)])?[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:\([Rr]et[d.]*\)|[A-Z][\w.'’-]*)){1,5})"
                        r"[ \t]*(?:,|[—–|]|[ \t]-[ \t]|\()[ \t]*(?P<rest>[^\n]+?)\)?[ \t]*$")


def _unlisted_country(text: str, taken: set[int]) -> list[RosterEntry]:
    r"""The lines under a "List of Participants" heading that give no country: each person's side is
    their organisation's, or the city it sits in.

    >>> text = "List of Participants\nMarsh, Ellen – Stimson Center, Washington\nDr. Sadia Noor, Quaid-i-Azam University"
    >>> [(e.name, e.side) for e in _unlisted_country(text, set())]
    [('Ellen Marsh', 'US'), ('Sadia Noor', 'PK')]

    A line that is a country's name heads its side's people; a name alone on its line has its body on the next:

    >>> text = "Participants\n\nChile\nDr. Ana Muñoz Vidal\nChilean Antarctic Institute\nCapt. Felipe Araya Soto\n\n" \
    ...        "New Zealand\nTane Ngata\nAntarctica New Zealand"
    >>> [(e.name, e.side, e.affiliation) for e in _unlisted_country(text, set())]  # doctest: +NORMALIZE_WHITESPACE
    [('Ana Muñoz Vidal', 'CL', 'Chilean Antarctic Institute'), ('Felipe Araya Soto', 'CL', None),
     ('Tane Ngata', 'NZ', 'Antarctica New Zealand')]
    """
    out: list[RosterEntry] = []
    for head in LIST_HEADING.finditer(text):
        at = head.end() + 1
        blank, side = 0, None
        while at < len(text) and blank < 2:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line, after = text[at:end], end + 1
            blank = blank + 1 if not line.strip() else 0
            first, last, alone = SURNAME_FIRST.match(line), None, None
            if first is None:
                last = NAME_FIRST.match(line)
            if first is None and last is None:
                alone = NAME_ONLY.match(line)
            if (first or last) and at not in taken:
                name = f"{first.group('given').strip()} {first.group('sur')}" if first else last.group("name")
                rest = (first or last).group("rest")
                entry = roster_entry(name, rest, ("member",), at, end)
                if entry:
                    out.append(replace(entry, side=side, listed=True) if side else entry)
            elif len(line.split()) <= 4 and country_code(line.strip(" \t:*#")):
                side = country_code(line.strip(" \t:*#"))  # "Chile": the lines below are its side's
            elif alone and at not in taken:
                below_end = text.find("\n", end + 1)
                below_end = len(text) if below_end < 0 else below_end
                below = text[end + 1:below_end] if end < len(text) else ""
                body = below.strip() and not _starts_entry(below) and not country_code(below.strip(" \t:*#"))
                entry = roster_entry(alone.group("name"), below if body else "", ("member",), at, below_end if body else end)
                if entry:
                    out.append(replace(entry, side=side, listed=True) if side else entry)
                    after = below_end + 1 if body else after
            elif line.strip() and line.rstrip().endswith(".") and len(line.split()) > 8:
                break  # prose again: the list is over
            at = after
    return out


def _starts_entry(line: str) -> bool:
    """A line that opens with a bullet, a number, a courtesy or a rank starts an entry ("5. ...", "Dr. ...")."""
    words = line.split()
    return bool(words) and (words[0].rstrip(".").lower() in HONORIFICS or bool(ENTRY_MARK.fullmatch(words[0])))


ENTRY_MARK = re.compile(r"[-•*·]|\d{1,3}[.)]")


def participant_list(text: str) -> list[RosterEntry]:
    """Lines of a participant list: "**Sartaz Aziz**, Consultant", "**David Hamon**, Defense Threat
    Reduction Agency", table lines that end with a country, names given surname first or not, and the
    lines of a list under its own heading that give only an organisation.

    >>> [(e.name, e.side, e.roles) for e in participant_list("Reyes, Maria C. — MISS, co-chair (Philippines)")]
    [('Maria C. Reyes', 'PH', ('chair',))]
    >>> [(e.name, e.side) for e in participant_list("Participants: Dr. Ana Ruiz (Chile), Prof. Li Wei (Peking University).")]
    [('Ana Ruiz', 'CL'), ('Li Wei', 'CN')]
    """
    out = []
    for m in PARTICIPANT_LINE.finditer(text):
        entry = roster_entry(m.group("name"), m.group("rest"), ("member",), m.start("name"), m.end())
        if entry:
            out.append(entry)
    for m in TABLE_LINE.finditer(text):
        code = country_code((m.group("country") or m.group("country2") or "").strip())
        if not code:
            continue
        name = m.group("name").strip()
        if m.group("given"):  # "Dizon, Carmen A.": surname first
            name = f"{m.group('given').strip()} {name}"
        rest = m.group("rest")
        roles = tuple(r for pattern, r in TABLE_ROLES if pattern.search(rest))[:1] or ("member",)
        entry = roster_entry(name, rest, roles, m.start("name"), m.end())
        if entry:
            out.append(replace(entry, side=code, listed=True))
    for m in INLINE_LIST.finditer(text):  # "Participants: Dr. A (Japan), Prof. B (Kyoto University), ..."
        for e in INLINE_ENTRY.finditer(text, m.start("body"), m.end("body")):
            entry = roster_entry(e.group("name"), e.group("rest"), ("member",), e.start("name"), e.end())
            if entry:
                out.append(entry)
    taken = {text.rfind("\n", 0, e.start) + 1 for e in out}
    return out + _unlisted_country(text, taken) + column_roles(text)


# A paragraph that lists a report's participants after its label, each with a country or a body in brackets
INLINE_LIST = re.compile(r"(?im)^[ \t*]*(?:list[ \t]+of[ \t]+)?(?:participants|attendees)[ \t*]*:[ \t]*(?P<body>[^\n]*\([^\n]*)$")
INLINE_ENTRY = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:" + PARTICLES + r"|[A-Z][\w.'’-]*)){1,6}?)"
                          r"[ \t]*\((?P<rest>[^()]{2,80})\)")


# Tables laid out in fixed-width columns whose heads name roles: a report's table of sessions with a "Chair" and a
# "Presenters" column, each row's people under their column's head, a long cell wrapped onto the lines below.
# A cell: words with single spaces between; two spaces or more part the columns.
CELL = re.compile(r"\S+(?: \S+)*")
RULE = re.compile(r"[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*")
# One person in a cell: "Dr. Stuart McAllister (ANU)", "Mr. Daniel Featherstone (DFAT, personal capacity)"
PERSON = re.compile(r"\s*(?P<name>[^();]+?)\s*(?:\((?P<rest>[^)]*)\))?\s*$")
MAX_HEAD_WORDS = 3


def lines_at(text: str) -> tuple[list[str], list[int]]:
    """A text's lines and the offset each starts at."""
    lines = text.split("\n")
    at = [0]
    for line in lines:
        at.append(at[-1] + len(line) + 1)
    return lines, at


def _cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in CELL.finditer(line)]


def _head(line: str) -> list[tuple[int, str]] | None:
    """A header line's columns (start, label) when two or more short labels, one of them a role's, stand apart."""
    cells = _cells(line)
    if len(cells) < 2 or "  " not in line.strip() or any(len(c.split()) > MAX_HEAD_WORDS for _, c in cells):
        return None
    return cells if any(roles_of(c) for _, c in cells[1:]) else None


def column_roles(text: str) -> list[RosterEntry]:
    """The people of a fixed-width table's role columns, each with its column's role.

    >>> text = ("Session          Chair              Presenters\\n"
    ...         "---------------  -----------------  ----------------------\\n"
    ...         "1. Trade         Amb. Hiro Kaneko   Dr. Stuart Allister (ANU);\\n"
    ...         "                                    Prof. Keiko Hayashi (Keio)\\n"
    ...         "2. Peacekeeping  Prof. Ann Ellis    Mr. Dan Feather (DFAT,\\n"
    ...         "                                    personal capacity)\\n\\nSession 2 drew debate.")
    >>> [(e.name, e.roles, e.affiliation) for e in column_roles(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('Hiro Kaneko', ('chair',), None), ('Stuart Allister', ('presenter',), 'ANU'),
     ('Keiko Hayashi', ('presenter',), 'Keio'), ('Ann Ellis', ('chair',), None),
     ('Dan Feather', ('presenter',), 'DFAT, personal capacity')]
    """
    out: list[RosterEntry] = []
    lines, at = lines_at(text)
    k = 0
    while k < len(lines):
        head = _head(lines[k])
        if head is None:
            k += 1
            continue
        starts = [s for s, _ in head]
        k += 1
        if k < len(lines) and RULE.fullmatch(lines[k]):
            k += 1
        rows: list[list[list[tuple[int, str]]]] = []  # per row, per column: (offset, piece) parts
        while k < len(lines) and lines[k].strip():
            line = lines[k]
            cols = [(s, line[s:starts[i + 1]] if i + 1 < len(starts) else line[s:]) for i, s in enumerate(starts)]
            if not rows or cols[0][1].strip():
                rows.append([[] for _ in starts])
            for i, (s, piece) in enumerate(cols):
                if piece.strip():
                    rows[-1][i].append((at[k] + s + len(piece) - len(piece.lstrip()), piece.strip()))
            k += 1
        for row in rows:
            for (_, label), parts in zip(head, row):
                roles = roles_of(label)
                if roles and parts:
                    out += _people(parts, roles)
    return out


def _people(parts: list[tuple[int, str]], roles: tuple[str, ...]) -> list[RosterEntry]:
    """The people of one cell, its wrapped lines joined and split at semicolons."""
    joined, offsets = "", []
    for start, piece in parts:
        if joined:
            joined += " "
            offsets.append(start)
        joined += piece
        offsets += range(start, start + len(piece))
    out = []
    pos = 0
    for item in joined.split(";"):
        m = PERSON.fullmatch(blank_rank_marks(item))  # "Brig. (retd) A B"
        lead = len(item) - len(item.lstrip())
        if m and item.strip():
            start = offsets[min(pos + lead, len(offsets) - 1)]
            entry = roster_entry(m.group("name"), m.group("rest") or "", roles, start, start + len(m.group("name")))
            out += [entry] if entry else []
        pos += len(item) + 1
    return out
