"""Participant tables whose first row names their columns: a Markdown or pipe table ("| Name | Position |
Organisation |"), or one whose cells tabs part, as a word processor or a PDF converter leaves them. Each row is one
person, read by its column's head, not by where its words stand; a row with one cell ("| Kenyan delegation |")
gives the rows under it their side. Also two delegations set side by side in fixed-width columns, each under a
heading that names its side ("MALAYSIAN DELEGATION        THAI DELEGATION")."""

from __future__ import annotations

import re
from dataclasses import replace

from entente.extract.countries import country_code, find_sides
from entente.extract.names import clean_name, is_person_name
from entente.extract.roster import CELL, TABLE_ROLES, RosterEntry, lines_at, roster_entry
from entente.extract.role_words import roles_of

# What a column's head says it holds (the first that matches: "Name of participant", "Position / Title")
HEADS = (("name", re.compile(r"(?i)^(?:full\s+)?names?\b|^(?:participants?|delegates?|members?|attendees?)$")),
         ("title", re.compile(r"(?i)\b(?:position|title|designation|function|post|office|rank|appointment)s?\b")),
         ("organisation", re.compile(r"(?i)\b(?:organi[sz]ation|institution|affiliation|agency|ministry|department|"
                                     r"employer|body|service)s?\b")),
         ("side", re.compile(r"(?i)^(?:country|delegation|side|nationality|state|member\s+state)$")),
         ("role", re.compile(r"(?i)^(?:role|capacity|function\s+at\s+the\s+meeting)$")))
RULE_ROW = re.compile(r"[\s|:+-]*-[\s|:+-]*")  # "|---|:---|"
MARKUP = re.compile(r"\*\*|__|`")


def _cells(line: str, at: int) -> list[tuple[int, str]] | None:
    """A table row's cells as (offset, text): parted by pipes, or by tabs; None when the line is no row."""
    sep = "|" if line.count("|") >= 2 or (line.count("|") == 1 and "\t" not in line) else "\t" if "\t" in line.strip() else None
    if sep is None:
        return None
    cells, start = [], 0
    for piece in line.split(sep):
        text = MARKUP.sub("", piece).strip()
        cells.append((at + start + len(piece) - len(piece.lstrip()), text))
        start += len(piece) + 1
    if sep == "|" and line.strip().startswith("|"):
        cells = cells[1:]
    if sep == "|" and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _columns(cells: list[tuple[int, str]]) -> dict[str, int] | None:
    """The kind of each column a header row names, when it names a name column and one more."""
    kinds: dict[str, int] = {}
    for k, (_, label) in enumerate(cells):
        kind = next((kind for kind, head in HEADS if label and len(label.split()) <= 4 and head.search(label)), None)
        if kind is not None and kind not in kinds:
            kinds[kind] = k
    return kinds if "name" in kinds and len(kinds) >= 2 else None


def _side(cell: str) -> str | None:
    """A side a cell states: "Kenya", "Kenyan delegation", "DELEGATION OF THE REPUBLIC OF UGANDA"."""
    cell = cell.title() if cell.isupper() else cell  # "THAI DELEGATION"
    sides = find_sides(cell)
    return country_code(cell) or (sides[0].code if len(sides) == 1 else None)


def _name(cell: str) -> str:
    """A name as it reads: "WAFULA, Peter Otieno" -> "Peter Otieno WAFULA"."""
    surname, comma, given = cell.partition(",")
    return f"{given.strip()} {surname.strip()}" if comma and len(surname.split()) <= 2 and given.strip() else cell


def table_entries(text: str) -> list[RosterEntry]:
    """The people of the tables in `text` whose header row names a name column.

    >>> text = ("PARTICIPANTS\\n| Name | Position | Organisation |\\n|---|---|---|\\n"
    ...         "| **Kenyan delegation** | | |\\n| Maj. Gen. Peter Wafula | Head of Delegation | Ministry of Defence |\\n"
    ...         "| Uganda | | |\\n| Brig. Grace Ssempala | Director, Policy | Uganda People's Defence Forces |")
    >>> [(e.name, e.title, e.side, e.roles) for e in table_entries(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('Peter Wafula', 'Head of Delegation', 'KE', ('lead',)), ('Grace Ssempala', 'Director, Policy', 'UG', ('member',))]
    >>> text = "Name\\tDesignation\\tCountry\\nSOTO, Ana María\\tDeputy Minister of Defence\\tChile\\n"
    >>> [(e.name, e.side) for e in table_entries(text)]
    [('Ana María SOTO', 'CL')]
    """
    out: list[RosterEntry] = []
    columns: dict[str, int] | None = None
    section: str | None = None
    lines, starts = lines_at(text)
    for line, start in zip(lines, starts):
        cells = _cells(line, start)
        if cells is None:
            columns, section = None, None
            continue
        if columns is None:
            columns = _columns(cells)
            continue
        if RULE_ROW.fullmatch(line):
            continue
        filled = [(o, c) for o, c in cells if c]
        if len(filled) == 1:
            section = _side(filled[0][1])  # "| Kenyan delegation |": the rows under it are Kenya's
            continue
        row = {kind: cells[k] for kind, k in columns.items() if k < len(cells)}
        offset, name = row["name"] if "name" in row else (start, "")
        title, organisation, role, stated = (row.get(kind, (start, ""))[1] for kind in ("title", "organisation", "role", "side"))
        if not name:
            continue
        roles = (roles_of(role) if role else None) or \
            tuple(r for pattern, r in TABLE_ROLES if pattern.search(f"{title} {role}"))[:1] or ("member",)
        entry = roster_entry(_name(name), ", ".join(p for p in (title, organisation) if p), roles, offset, offset + len(name))
        if entry is None:
            continue
        side = (_side(stated) if stated else None) or entry.side or section
        # the table's side column or section states it, which outweighs what other mentions suggest
        out.append(replace(entry, title=title or entry.title, affiliation=organisation or entry.affiliation, side=side,
                           listed=entry.listed or (side is not None and side != entry.side)))
    return out


CHAIRED = (re.compile(r"(?i)\((?:co-?)?chair(?:man|woman|person)\)"), "chair")  # "(Co-Chairman)": a role, not an office
SIDE_HEAD_WORDS = 5  # "DELEGATION OF THE REPUBLIC OF KOREA"
COLUMN_SLACK = 2  # how far left of its heading a column's line may start


def _side_heads(line: str) -> list[tuple[int, str]] | None:
    """A line of two or more headings far apart, each naming one side: (column start, side)."""
    if "   " not in line.strip():  # (most lines: no reading of their words)
        return None
    heads: list[tuple[int, str]] = []
    for m in CELL.finditer(line):
        side = _side(m.group(0)) if len(m.group(0).split()) <= SIDE_HEAD_WORDS else None
        if side is None or any(side == s for _, s in heads):
            return None
        heads.append((m.start(), side))
    return heads if len(heads) >= 2 else None


def side_columns(text: str) -> list[RosterEntry]:
    r"""The people of delegations set side by side, each under its side's heading: a name's line, then the lines of
    its office, in each column.

    >>> text = ("MALAYSIAN DELEGATION            THAI DELEGATION\n"
    ...         "Gen. Azman bin Yusof            Gen. Somchai Rattanakorn\n"
    ...         "Chief of Defence Force (Co-Chairman)  Chief of Defence Forces (Co-Chairman)\n"
    ...         "Rear Adm. Lim Chee Keong        Rear Adm. Anan Boonmee\n\nThe talks.")
    >>> [(e.name, e.side, e.roles, e.affiliation) for e in side_columns(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('Azman bin Yusof', 'MY', ('chair',), 'Chief of Defence Force'),
     ('Somchai Rattanakorn', 'TH', ('chair',), 'Chief of Defence Forces'),
     ('Lim Chee Keong', 'MY', ('member',), None), ('Anan Boonmee', 'TH', ('member',), None)]
    """
    out: list[RosterEntry] = []
    lines, at = lines_at(text)
    k = 0
    while k < len(lines):
        heads = _side_heads(lines[k])
        k += 1
        if heads is None:
            continue
        people: list[list[list[tuple[int, str]]]] = [[] for _ in heads]  # per column, its entries' pieces
        while k < len(lines) and lines[k].strip():
            for m in CELL.finditer(lines[k]):
                column = max((c for c, (start, _) in enumerate(heads) if start <= m.start() + COLUMN_SLACK), default=0)
                name, _ = clean_name(m.group(0))
                if is_person_name(name) or not people[column]:
                    people[column].append([])
                people[column][-1].append((at[k] + m.start(), m.group(0)))
            k += 1
        for (_, side), entries in zip(heads, people):
            for pieces in entries:
                (start, first), rest = pieces[0], ", ".join(piece for _, piece in pieces[1:])
                roles = tuple(r for pattern, r in (*TABLE_ROLES, CHAIRED) if pattern.search(rest))[:1] or ("member",)
                rest = re.sub(r"\s*,\s*,|\s+(?=,)", "", CHAIRED[0].sub("", rest)).strip(" ,")  # the role is no office's word
                entry = roster_entry(first, rest, roles, start, start + len(first))
                out += [replace(entry, side=side, listed=True)] if entry else []
    return sorted(out, key=lambda e: e.start)


def with_table_entries(entries: list[RosterEntry], text: str) -> list[RosterEntry]:
    """A document's listed people with its tables' rows, each row read once: by its table's heads."""
    rows = table_entries(text) + side_columns(text)
    lines = {text.rfind("\n", 0, e.start) + 1 for e in rows}
    return [e for e in entries if text.rfind("\n", 0, e.start) + 1 not in lines] + rows
