"""Organisations and the country each belongs to: one key for the spellings of an organisation's name
("Defence"/"Defense", "Centre"/"Center"), and the organisation gazetteer (entente/data/organisations.toml)."""

from __future__ import annotations

import re
from functools import lru_cache

from entente.extract.countries import _load_toml, find_countries

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
    """The country an affiliation belongs to, from the organisation gazetteer or a country it names.

    "National Defence University, Pakistan" -> PK; "Defense Threat Reduction Agency" -> US;
    "National Defense University" alone -> None (both countries have one).
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
    return named[0] if named else None
