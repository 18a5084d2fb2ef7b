"""Rosters laid out as lines: participant lists and the entry each line gives (a programme's slots, which
hold such entries, are `programme`'s)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from entente.extract.countries import country_code
from entente.extract.names import clean_name, is_person_name
from entente.extract.organisations import organisation_country
from entente.extract.offices import side_from_title

TITLE_WORDS = re.compile(
    r"\b(?:former|minister|ambassador|consultant|secretary|director|professor|adviser|advisor|"
    r"general|chairman|president|senator|analyst|fellow|officer|retired)\b", re.I)


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
NAME_FIRST = re.compile(r"^[ \t]*(?:[-•*·]|\d{1,3}[.)])?[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:\([Rr]et[d.]*\)|[A-Z][\w.'’-]*)){1,5})"
                        r"[ \t]*(?:,|[—–|]|[ \t]-[ \t]|\()[ \t]*(?P<rest>[^\n]+?)\)?[ \t]*$")


def _unlisted_country(text: str, taken: set[int]) -> list[RosterEntry]:
    r"""The lines under a "List of Participants" heading that give no country: each person's side is
    their organisation's, or the city it sits in.

    >>> text = "List of Participants\nMarsh, Ellen – Stimson Center, Washington\nDr. Sadia Noor, Quaid-i-Azam University"
    >>> [(e.name, e.side) for e in _unlisted_country(text, set())]
    [('Ellen Marsh', 'US'), ('Sadia Noor', 'PK')]
    """
    out: list[RosterEntry] = []
    for head in LIST_HEADING.finditer(text):
        at = head.end() + 1
        blank = 0
        while at < len(text) and blank < 2:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            blank = blank + 1 if not line.strip() else 0
            first, last = SURNAME_FIRST.match(line), None
            if first is None:
                last = NAME_FIRST.match(line)
            if (first or last) and at not in taken:
                name = f"{first.group('given').strip()} {first.group('sur')}" if first else last.group("name")
                rest = (first or last).group("rest")
                entry = roster_entry(name, rest, ("member",), at, end)
                if entry:
                    out.append(entry)
            elif line.strip() and line.rstrip().endswith(".") and len(line.split()) > 8:
                break  # prose again: the list is over
            at = end + 1
    return out


def participant_list(text: str) -> list[RosterEntry]:
    """Lines of a participant list: "**Sartaz Aziz**, Consultant", "**David Hamon**, Defense Threat
    Reduction Agency", table lines that end with a country, names given surname first or not, and the
    lines of a list under its own heading that give only an organisation.

    >>> [(e.name, e.side, e.roles) for e in participant_list("Reyes, Maria C. — MISS, co-chair (Philippines)")]
    [('Maria C. Reyes', 'PH', ('chair',))]
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
    taken = {text.rfind("\n", 0, e.start) + 1 for e in out}
    return out + _unlisted_country(text, taken)
