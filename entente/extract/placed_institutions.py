"""Institutions a text places in a city ("the Caucasus Institute in Yerevan", "the Real Instituto Elcano (Madrid)"),
so that the people it says work there take that city's country, and the one key for an organisation's spellings."""

from __future__ import annotations

import re

from entente.extract.countries import country_code, find_sides
from entente.extract.institution_names import INSTITUTION
from entente.extract.places import resolve_place

SPELLING = (("defence", "defense"), ("centre", "center"), ("organisation", "organization"),
            ("programme", "program"))


def org_key(name: str) -> str:
    """One key for spellings of one organisation.

    >>> org_key("National Defence University") == org_key("National Defense University")
    True
    """
    key = name.lower()
    for british, american in SPELLING:
        key = key.replace(british, american)
    key = re.sub(r"^the ", "", key)
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


# "the Caucasus Institute in Yerevan", "the X Foundation (TESEV) in Istanbul": an institution the text places
# ... or heads a report with its city: "Hellenic Foundation for European and Foreign Policy (ELIAMEP), Athens"
# ... or lists its organisers so: "the Institute of Foreign Affairs (IFANS), Seoul, and the Institute for Strategic
# Studies (ISS), Ulaanbaatar"; in its own language too: "Instituto de Pesquisa de Relações Internacionais (IPRI), Brasília"
_NAME_SMALL_WORDS = r"of|for|the|and|on|de|da|do|del|della|des|du|di|la|las|los|para|für|et|e|y"  # inside a name
PLACED = re.compile(r"\b(?P<org>[A-Z][\w'’.&-]*(?:[^\S\n]+(?:[A-Z][\w'’.&-]*|" + _NAME_SMALL_WORDS + r")){0,8})"
                    r"(?:[^\S\n]+\((?P<abbr>[A-Z][A-Za-z]{1,7})\))?"
                    r"(?:,?[^\S\n]+(?:(?:based|located|headquartered)[^\S\n]+)?in[^\S\n]+|,[^\S\n]*(?=[A-Z][\w'’-]+"
                    r"(?:[^\S\n][A-Z][\w'’-]+)?[^\S\n]*(?:$|[;)]|,[^\S\n]+and\b)))"
                    r"(?P<city>[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?)", re.M)


# ... or gives its city in brackets: "The Real Instituto Elcano (Madrid) and the Institut Royal des Études Stratégiques
# (IRES, Rabat) held the Dialogue"
_UP = r"[A-ZÀ-ÖØ-Þ]"
PLACED_IN_BRACKETS = re.compile(rf"\b(?P<org>{_UP}[\w'’.&-]*(?:[^\S\n]+(?:{_UP}[\w'’.&-]*|{_NAME_SMALL_WORDS}))"
                                rf"{{0,8}})"
                                rf"[^\S\n]+\((?:(?P<abbr>[A-Z][A-Za-z]{{1,7}}),[^\S\n]*)?"
                                rf"(?P<city>[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?)\)")
# a letterhead in capitals ("POLISH INSTITUTE OF INTERNATIONAL AFFAIRS (PISM), WARSAW"), read as written in words
CAPITALS_LINE = re.compile(r"^(?=[^a-z\n]*[A-Z]{4})[^a-z\n]{8,160}$", re.M)


def placed_organisations(text: str) -> dict[str, str]:
    """The institutions a text says are in a city, by name key and acronym, with the city's country.

    >>> placed_organisations("convened by the Foundation for Social Studies (TESEV) in Istanbul and the "
    ...                      "Caucasus Institute in Yerevan")
    {'foundation for social studies': 'TR', 'TESEV': 'TR', 'caucasus institute': 'AM'}
    >>> placed_organisations("HELLENIC FOUNDATION FOR EUROPEAN AND FOREIGN POLICY (ELIAMEP), ATHENS\\nDecember 1999")
    {'hellenic foundation for european and foreign policy': 'GR', 'ELIAMEP': 'GR'}
    >>> placed_organisations("by the Institute of Foreign Affairs (IFANS), Seoul, and the Instituto de Pesquisa (IPRI), Brasília")
    {'institute of foreign affairs': 'KR', 'IFANS': 'KR', 'instituto de pesquisa': 'BR', 'IPRI': 'BR'}
    >>> placed_organisations("The Real Instituto Elcano (Madrid) and the Institut Royal des Études Stratégiques (IRES, Rabat)")
    {'real instituto elcano': 'ES', 'institut royal des tudes strat giques': 'MA', 'IRES': 'MA'}
    """
    out: dict[str, str] = {}
    text = CAPITALS_LINE.sub(lambda line: re.sub(r"\b[A-Z][A-Z'’-]+\b(?!\))", lambda w: w.group(0).title(), line.group(0)), text)
    for m in [*PLACED.finditer(text), *PLACED_IN_BRACKETS.finditer(text)]:
        org = re.sub(r"^(?:The|the)\s+", "", m.group("org"))
        if not INSTITUTION.search(org):
            continue
        found = resolve_place(m.group("city"))
        if found and found[1] == "city":
            out.setdefault(org_key(org), found[0].country)
            if m.group("abbr"):
                out.setdefault(m.group("abbr"), found[0].country)
    return out | other_organiser(text, out)


def national_body(text: str, held: str) -> str | None:
    """The country of a body a person is given ("X of the Department of National Defense") that the text names elsewhere
    after a nationality word ("the Philippine Department of National Defense", "Kenya's Ministry of Defence").

    >>> national_body("led by the Philippine Department of National Defense. A, of the Department of National Defense",
    ...               "Department of National Defense")
    'PH'
    """
    bodies = [p for p in re.split(r"\s*,\s*", held) if INSTITUTION.match(p) and len(p.split()) > 1]
    found = {code for body in bodies
             for m in re.finditer(r"\b([A-Z][a-z]+)(?:'s|’s)?\s+" + re.escape(body) + r"\b", text)
             if (code := country_code(m.group(1)))}
    return found.pop() if len(found) == 1 else None


# "Organised by the Policy Center for the New South (PCNS) and the Real Instituto Elcano": a gathering's two organisers
_ORG = r"(?:the\s+)?(?P<{0}>[A-Z][\w'’.&-]*(?:[^\S\n]+(?:[A-Z][\w'’.&-]*|of|for|the|on|de|del|für)){{0,8}})(?:\s+\((?P<{0}_abbr>[A-Z][A-Za-z]{{1,7}})\))?"
ORGANISERS = re.compile(r"\b(?:[Oo]rgani[sz]ed|[Cc]onvened|[Hh]osted|[Cc]o-?(?:organi[sz]ed|hosted|sponsored))\s+(?:jointly\s+)?by\s+"
                        + _ORG.format("a") + r"\s+and\s+" + _ORG.format("b"))


def other_organiser(text: str, placed: dict[str, str]) -> dict[str, str]:
    r"""The country of a two-country gathering's organiser the text does not place: the other of the two its first
    line names, when the other organiser is placed in one of them ("Morocco–Spain Seminar ... Organised by the Policy
    Center for the New South (PCNS) and the Real Instituto Elcano ... Venue: Policy Center for the New South, Rabat").

    >>> other_organiser("Morocco–Spain Seminar\nOrganised by the Policy Center (PCNS) and the Real Instituto Elcano",
    ...                 {"PCNS": "MA"})
    {'real instituto elcano': 'ES'}
    """
    first_line = text.lstrip().split("\n", 1)[0][:300]
    pair = list(dict.fromkeys(c.code for c in find_sides(first_line)))
    found = ORGANISERS.search(text, 0, 3000) if len(pair) == 2 else None
    if found is None or not INSTITUTION.search(found.group("a")) or not INSTITUTION.search(found.group("b")):
        return {}
    side = {k: placed.get(found.group(f"{k}_abbr") or "") or placed.get(org_key(found.group(k))) for k in "ab"}
    for this, that in ("ab", "ba"):
        if side[this] in pair and side[that] is None:
            other = pair[1 - pair.index(side[this])]
            keys = [org_key(found.group(that))] + ([found.group(f"{that}_abbr")] if found.group(f"{that}_abbr") else [])
            return {key: other for key in keys}
    return {}


def named_placed(words: str, placed: dict[str, str]) -> str | None:
    """The country of the one placed institution whose full name the words hold: a list's line "X, Senior Analyst,
    Mediterranean Programme, Real Instituto Elcano (co-chair)".

    >>> named_placed("Senior Analyst, Real Instituto Elcano (co-chair)", {"real instituto elcano": "ES", "RIE": "ES"})
    'ES'
    >>> named_placed("director of the Al-Ahram Center", {"al ahram center for political and strategic studies": "EG"})
    'EG'
    """
    line = f" {org_key(words)} "
    sides = {c for key, c in placed.items() if " " in key and (f" {key} " in line or f" {_short(key)} " in line)}
    return sides.pop() if len(sides) == 1 else None


INSTITUTION_WORD = re.compile(INSTITUTION.pattern, re.I)
GENERIC_FIRST = frozenset({"national", "state", "international", "royal", "central", "federal", "public", "new", "open"})


def _short(key: str) -> str:
    """An institution's name cut after its noun, as a text names it again: "al ahram center" of "al ahram center for
    political and strategic studies" (a name of one word and its noun is too short to tell: "national university")."""
    noun = INSTITUTION_WORD.search(key)
    head = key[:noun.end()] if noun else key
    return head if len(head.split()) >= 3 or (len(head.split()) == 2 and noun and noun.start() > 0 and
                                                 key.split()[0] not in GENERIC_FIRST) else key
