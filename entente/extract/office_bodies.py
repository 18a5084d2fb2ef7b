"""The country of the body an office in apposition is held at: "X, Research Professor at FLACSO Ecuador"."""

from __future__ import annotations

import re

from entente.extract.countries import find_countries
from entente.extract.organisations import organisation_country

# a country an office is for is its portfolio: "Director General for North Korea Policy", "Assistant Secretary of
# State for European and Canadian Affairs"
PORTFOLIO_FOR = re.compile(r"\b(?:for|to|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and|&)\s+)?$")


def office_body_side(office: str) -> str | None:
    """The country of the institution an office is held at, when the office names no other country and
    none as its portfolio.

    >>> [office_body_side(o) for o in ("President, Japan Institute of International Affairs",
    ...  "Research Professor at FLACSO Ecuador", "Director General for North Korea Policy", "Senior Fellow")]
    ['JP', 'EC', None, None]
    """
    side = organisation_country(office)
    found = find_countries(office)
    named = {c.code for c in found}
    if any(PORTFOLIO_FOR.search(office, 0, c.start) for c in found):
        return None
    return side if side and (not named or named == {side}) else None
