"""Country names, aliases and nationality words found in text, as ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import pycountry

from entente.data_files import data_table

# Words that are country names but mostly something else in these documents ("Chad" is a first name).
AMBIGUOUS_NAMES: frozenset[str] = frozenset({"Chad", "Georgia", "Niger", "Guinea", "Jersey", "Turkey", "Jordan"})


@dataclass(frozen=True)
class CountryMention:
    """A country named in text: `kind` is "name" (Pakistan, U.S.) or "demonym" (Pakistani)."""

    start: int
    end: int
    text: str
    code: str
    kind: str




@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country name and alias Entente recognises, mapped to its ISO code."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):  # official: "United Mexican States"
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names.setdefault(value, country.alpha_2)
    names.update(data_table("nationalities.toml")["aliases"])
    # typeset text writes "People’s Republic of China", "Côte d’Ivoire" with a curly apostrophe
    names.update({k.replace("'", "’"): v for k, v in names.items() if "'" in k})
    return names


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality words (Pakistani, Kazakh) mapped to ISO codes."""
    return dict(data_table("nationalities.toml")["demonyms"])


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    words = sorted({*country_names(), *demonyms()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # Possessive "Pakistan's" and "U.S.-Pakistan" compounds both count; "U.S." keeps its final dot.
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


def country_code(name: str) -> str | None:
    """The ISO code for a country name, alias or nationality word; None when it is none of these.

    >>> country_code("Pakistani"), country_code("U.S."), country_code("Kazakhstan")
    ('PK', 'US', 'KZ')
    """
    name = name.strip()
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    code = country_names().get(name) or demonyms().get(name)
    if code:
        return code
    if name.lower().startswith("the "):
        return country_code(name[4:])
    if len(name) > 3:
        return _lowercase_names().get(name.lower())
    return None


@lru_cache(maxsize=1)
def _lowercase_names() -> dict[str, str]:
    """Case-free lookup for headings in capitals ("KAZAKHSTAN") and lower-case titles."""
    return {k.lower(): v for table in (demonyms(), country_names()) for k, v in table.items()}


# "the Hashemite Kingdom of Jordan", "the Government of Georgia", "King Abdullah II of Jordan": a state's
# own name or its office-holder's, never a person's
STATE_FORM = re.compile(r"\b(?:(?:Kingdom|Republic|State|Government|Embassy|Governments|Ministry\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)"
                        r"|(?:King|Queen|Emir|President|Prime\s+Minister|(?:Foreign\s+)?Minister|Ambassador)"
                        r"(?:\s+[A-Z][\w.]*){0,3}"
                        # ... "the Minister of Defence of Georgia", "Minister of Foreign Affairs of Jordan": a portfolio between
                        r"|Minister\s+of\s+(?:State\s+for\s+)?[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,3})\s+of\s+(?:the\s+)?$")


# "the Jordan Armed Forces", "the Georgia Ministry of Defence": a state's body after its name
STATE_BODY = re.compile(r"\s+(?:Armed\s+Forces|Defen[cs]e\s+Forces|Ministry|Embassy|Government|Army|Navy|Air\s+Force)\b|"
                        # ... or whose office: "Georgia's Minister of Foreign Affairs", "Jordan's Foreign Minister"
                        r"['’]s\s+(?:(?:Deputy|Vice|First|Acting|Foreign|Defen[cs]e|Prime|National|Permanent)\s+)*"
                        r"(?:Minister|Ministry|President|Ambassador|Embassy|Government|Parliament|King|Queen|Emir|Envoy|"
                        r"Representative|Armed\s+Forces|Army|Navy)\b")


LIST_SEPARATOR = re.compile(r"\s*(?:,|;|,?\s+and)\s*")


def _listed_with_countries(text: str, found: list[re.Match[str]], k: int) -> bool:
    """Whether an ambiguous name stands in a plain list beside a country: "South Africa, Tanzania, and
    Niger" (a country), not "Atlanta, Georgia"."""
    near = [j for j in (k - 1, k + 1) if 0 <= j < len(found) and found[j].group(0) not in AMBIGUOUS_NAMES]
    for j in near:
        gap = text[found[j].end():found[k].start()] if j < k else text[found[k].end():found[j].start()]
        if LIST_SEPARATOR.fullmatch(gap):
            return True
    return False


REGION_OF_AMERICA = re.compile(r"\b(?:North|South|Central|Latin|Meso)[\s-]+$")


def find_countries(text: str, *, include_ambiguous: bool = True) -> list[CountryMention]:
    """Every country name or nationality word in `text`, in order.

    >>> [m.code for m in find_countries("U.S. and Pakistani officials met in Kazakhstan.")]
    ['US', 'PK', 'KZ']
    >>> [m.code for m in find_countries("Michael Jordan met the Hashemite Kingdom of Jordan's envoy", include_ambiguous=False)]
    ['JO']
    >>> [m.code for m in find_countries("Gen. Michael Jordan of the Jordan Armed Forces", include_ambiguous=False)]
    ['JO']
    >>> [m.code for m in find_countries("the Minister of Defence of Georgia, Mr. X", include_ambiguous=False)]
    ['GE']
    >>> [m.code for m in find_countries("travel to South Africa, Tanzania, and Niger", include_ambiguous=False)]
    ['ZA', 'TZ', 'NE']
    >>> [m.code for m in find_countries("travel to the People’s Republic of China (PRC)", include_ambiguous=False)]
    ['CN', 'CN']
    >>> [m.code for m in find_countries("Undersecretary for North America, with Latin American and U.S. envoys")]
    ['US']
    """
    names, nats = country_names(), demonyms()
    out: list[CountryMention] = []
    found = list(_country_regex().finditer(text))
    for k, match in enumerate(found):
        word = match.group(0)
        if word.startswith("America") and REGION_OF_AMERICA.search(text, max(0, match.start() - 12), match.start()):
            continue  # "North America", "Latin American": a region, not the United States
        if not include_ambiguous and word in AMBIGUOUS_NAMES and \
                not STATE_FORM.search(text[max(0, match.start() - 80):match.start()]) and \
                not STATE_BODY.match(text, match.end()) and not _listed_with_countries(text, found, k):
            continue
        if word in nats:
            out.append(CountryMention(match.start(), match.end(), word, nats[word], "demonym"))
        else:
            out.append(CountryMention(match.start(), match.end(), word, names[word], "name"))
    return out


def country_label(code: str) -> str:
    """A short English name for an ISO code, for titles: US -> "U.S.", PK -> "Pakistan"."""
    if code == "US":
        return "U.S."
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def international_organisations() -> dict[str, str]:
    """International organisations whose officials are a side of their own: name -> code ("NATO", "EU")."""
    return dict(data_table("organisations.toml").get("international", {}))


@lru_cache(maxsize=1)
def organisation_seats() -> dict[str, tuple[str, ...]]:
    """The countries an international organisation sits in: code -> countries ("NATO" -> ("BE",))."""
    return {k: tuple(v) for k, v in data_table("organisations.toml").get("seats", {}).items()}


@lru_cache(maxsize=1)
def country_groupings() -> dict[str, tuple[str, ...]]:
    """Groupings of countries with no officials of their own: name -> members ("MIKTA" -> MX, ID, KR, TR, AU)."""
    return {k: tuple(v) for k, v in data_table("organisations.toml").get("groupings", {}).items()}


def names_regex(names: Iterable[str], after: str = r"\w") -> re.Pattern[str]:
    """Any of the names as a whole word, the longest first; a character class `after` may not follow."""
    words = sorted(names, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(w) for w in words)})(?![{after}])")


@lru_cache(maxsize=1)
def _organisation_regex() -> re.Pattern[str]:
    return names_regex(international_organisations())


def find_sides(text: str) -> list[CountryMention]:
    """Countries and international organisations named in `text`, in order: what a person can
    represent. An organisation's mention has `kind` "organisation" and its own code.

    >>> [m.code for m in find_sides("NATO Secretary General and the Polish Foreign Minister")]
    ['NATO', 'PL']
    >>> [m.code for m in find_sides("the Organization of American States")]
    ['OAS']
    """
    orgs = international_organisations()
    found = [CountryMention(match.start(), match.end(), match.group(0), orgs[match.group(0)], "organisation")
             for match in _organisation_regex().finditer(text)]
    taken = [(m.start, m.end) for m in found]
    # an organisation's name holds the countries or nationalities in it: "Organization of American States"
    found += [m for m in find_countries(text, include_ambiguous=False)
              if not any(s <= m.start and m.end <= e for s, e in taken)]
    return sorted(found, key=lambda m: m.start)
