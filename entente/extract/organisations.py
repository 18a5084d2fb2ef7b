"""Organisations and the country each belongs to: one key for the spellings of an organisation's name
("Defence"/"Defense", "Centre"/"Center"), and the organisation gazetteer (entente/data/organisations.toml)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from entente.extract.countries import _load_toml, find_countries
from entente.extract.places import resolve_place, us_state

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


@lru_cache(maxsize=1)
def _organisations() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    data = _load_toml("organisations.toml")
    plain = {org_key(k): v for k, v in data.get("organisations", {}).items()}
    ambiguous = {org_key(k): tuple(v) for k, v in data.get("ambiguous", {}).items()}
    return plain, ambiguous


def organisation_country(affiliation: str) -> str | None:
    """The country an affiliation belongs to, from the organisation gazetteer, a country it names, or
    the city it sits in.

    "National Defence University, Pakistan" -> PK; "Defense Threat Reduction Agency" -> US;
    "National Defense University" alone -> None (both countries have one).

    >>> [organisation_country(a) for a in ("Quaid-i-Azam University, Islamabad", "CSIS Jakarta",
    ...  "Institute of Strategic Studies Islamabad", "University of Texas at Austin", "Senior Fellow")]
    ['PK', 'ID', 'PK', 'US', None]
    """
    plain, ambiguous = _organisations()
    parts = [p.strip() for p in affiliation.split(",") if p.strip()]
    named = [c.code for c in find_countries(affiliation, include_ambiguous=False)]
    for part in parts:
        key = org_key(part)
        if key in ambiguous:
            choices = ambiguous[key]
            hit = next((c for c in named if c in choices), None)
            if hit:
                return hit
            continue
        if key in plain:
            return plain[key]
    key = f" {org_key(affiliation)} "
    inner = [k for k in plain if len(k) > 6 and f" {k} " in key]
    if inner:
        return plain[max(inner, key=len)]
    if named:
        return named[0]
    return next(filter(None, (_seat(part) for part in parts)), None)


# "CSIS Jakarta", "Centre for Policy Research New Delhi": an institution, then the city it is in
SEATED = re.compile(r"(?:\b(?:Studies|Institute|University|Centre|Center|Forum|Foundation|College|Council|"
                    r"Academy|School)|\b[A-Z]{2,6})\s+(?P<city>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)$")
STATE_UNIVERSITY = re.compile(r"\bUniversity of (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _seat(part: str) -> str | None:
    """The country of the place one part of an affiliation names: a city alone ("Islamabad",
    "Washington"), a city after an institution's name ("CSIS Jakarta"), an American state's university."""
    found = resolve_place(part)
    if found and found[1] in {"city", "country"}:
        return found[0].country
    seated = SEATED.search(part)
    found = resolve_place(seated.group("city")) if seated else None
    if found and found[1] in {"city", "country"}:
        return found[0].country
    state = STATE_UNIVERSITY.search(part)
    return "US" if state and us_state(state.group("state")) else None


class _Affiliated(Protocol):
    affiliation: str | None
    side: str | None


A = TypeVar("A", bound=_Affiliated)


def with_organisation_sides(people: list[A]) -> list[A]:
    """People the text gives an organisation and no side take the side the same document gives that
    organisation's other people: "Victoria Samson, Secure World Foundation, Washington" makes
    "Brian Weeden (Secure World Foundation)" American too. An organisation given two sides gives none.
    """
    def keys(affiliation: str) -> set[str]:
        parts = [p.strip() for p in affiliation.split(",")]
        return {org_key(p) for p in parts if len(p.split()) > 1 and not _seat(p) and p[:1].isupper()}

    seen: dict[str, Counter[str]] = {}
    for p in people:
        if p.side and p.affiliation:
            for key in keys(p.affiliation):
                seen.setdefault(key, Counter())[p.side] += 1
    out = []
    for p in people:
        if not p.side and p.affiliation:
            sides = {side for key in keys(p.affiliation) for side in seen.get(key, ())}
            if len(sides) == 1:
                p = replace(p, side=sides.pop())  # type: ignore[type-var]
        out.append(p)
    return out
