"""Who has held the U.S. offices a release names without a country: the Presidents and Secretaries of
State in the Office of the Historian's travel records that ship with the app (entente.historian).

"President Biden met President Macron in Paris": Biden is American because the records say he held
the office, not because of where the meeting was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from entente.extract.names import surname
from entente.historian import rows

OFFICE_WORD = {"president": re.compile(r"(?i)\bpresident\b(?<!vice president)"),
               "secretary": re.compile(r"(?i)\bsecretary\b")}


def _key(name: str) -> tuple[str, str]:
    tokens = [t for t in re.sub(r"[.,]", " ", name).split() if t]
    return (tokens[0].lower(), surname(" ".join(tokens)).lower()) if tokens else ("", "")


@lru_cache(maxsize=1)
def _holders() -> tuple[frozenset[tuple[str, str]], dict[str, frozenset[str]]]:
    """(first name, surname) of every holder, and each office's holders' surnames."""
    full: set[tuple[str, str]] = set()
    by_office: dict[str, set[str]] = {"president": set(), "secretary": set()}
    for row in rows("hsg_travels_president_secretary.csv.gz"):
        key = _key(row["name"])
        full.add(key)
        by_office["president" if row["role"] == "president" else "secretary"].add(key[1])
    return frozenset(full), {k: frozenset(v) for k, v in by_office.items()}


def us_office_holder(name: str, title: str | None) -> bool:
    """Whether a person named so held the U.S. presidency or the Secretaryship of State: by full name
    ("Joseph R. Biden"), or by surname under that office's title ("President Biden", "Secretary Blinken").

    >>> us_office_holder("Joseph R. Biden", None), us_office_holder("Biden", "President")
    (True, True)
    >>> us_office_holder("Biden", "Vice President"), us_office_holder("Emmanuel Macron", "President")
    (False, False)
    """
    full, by_office = _holders()
    if " " in name.strip() and _key(name) in full:
        return True
    last = surname(name).lower()
    return any(pattern.search(title or "") and last in by_office[office] for office, pattern in OFFICE_WORD.items())
