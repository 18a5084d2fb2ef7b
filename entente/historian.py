"""The Office of the Historian's files that ship with the app (entente/data/reference): their rows, and their
country slugs (`pakistan`, `korea-south`) as ISO 3166-1 alpha-2 codes, for the reference layers and for
the extractor's knowledge of who held which office."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import pycountry

# Slugs pycountry's names don't reach; historical states (czechoslovakia, yugoslavia, vietnam-south,
# german-democratic-republic, two-sicilies, hawaii, texas, korea before 1948…) deliberately have no entry.
SLUG_CODES: dict[str, str] = {
    "antigua-barbuda": "AG", "bosnia-herzegovina": "BA", "burma": "MM", "cape-verde": "CV",
    "congo-democratic-republic": "CD", "congo-kinshasa": "CD", "congo-republic": "CG", "cote-divoire": "CI",
    "guinea-bissau": "GW", "korea-north": "KP", "korea-south": "KR", "saint-kitts-nevis": "KN",
    "saint-vincent-grenadines": "VC", "swaziland": "SZ", "timor-leste": "TL", "turkey": "TR",
    "palestinian-authority": "PS", "macedonia": "MK", "czech-republic": "CZ", "russia": "RU",
    "brunei": "BN", "holy-see": "VA", "micronesia": "FM",
    # The chiefs-of-mission file keeps one `korea` post, Seoul's, from 1883 on: today's mission to KR.
    "korea": "KR",
}
# Places pycountry would resolve to some other code, or that have none: kept out of the layers.
NOT_A_COUNTRY: frozenset[str] = frozenset({"hawaii", "texas", "kosovo"})


@lru_cache(maxsize=512)
def country_code(slug: str) -> str | None:
    """`pakistan` -> `PK`, `korea-south` -> `KR`, `united-kingdom` -> `GB`; `yugoslavia` -> None."""
    slug = (slug or "").strip().lower()
    if not slug or slug in NOT_A_COUNTRY:
        return None
    if slug in SLUG_CODES:
        return SLUG_CODES[slug]
    for name in (slug.replace("-", " "), slug.replace("-and-", " & ").replace("-", " ")):
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            continue
    return None


def rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of one of the shipped files, e.g. "hsg_visits_foreign_leaders.csv.gz"."""
    with resources.files("entente.data").joinpath("reference").joinpath(name).open("rb") as raw, \
            gzip.open(raw, "rt", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)
