"""Organisations and the country each belongs to: the organisation gazetteer (entente/data/organisations.toml), the
sides people take from the organisations a text gives them (one key for an organisation's spellings, "Defence"/
"Defense", and the institutions a text places in a city are `placed_institutions`')."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from entente.extract.countries import country_code, find_countries, find_sides
from entente.data_files import data_table
from entente.extract.institution_names import ACRONYM_AFTER, INSTITUTION, PARTICLES, acronyms
from entente.extract.offices import PERSON_MODIFIERS
from entente.extract.places import city_size, resolve_place, us_state
from entente.extract.placed_institutions import named_placed, national_body, org_key, placed_organisations

@lru_cache(maxsize=1)
def organisation_gazetteer() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    data = data_table("organisations.toml")
    plain = {org_key(k): v for k, v in data.get("organisations", {}).items()}
    ambiguous = {org_key(k): tuple(v) for k, v in data.get("ambiguous", {}).items()}
    return plain, ambiguous


def organisation_country(affiliation: str) -> str | None:
    """The country an affiliation belongs to, from the organisation gazetteer, a country it names, or
    the city it sits in.

    "National Defence University, Pakistan" -> PK; "Defense Threat Reduction Agency" -> US;
    "National Defense University" alone -> None (both countries have one).

    >>> [organisation_country(a) for a in ("Quaid-i-Azam University, Islamabad", "CSIS Jakarta",
    ...  "Institute of Strategic Studies Islamabad", "University of Texas at Austin", "Senior Fellow",
    ...  "Addis Ababa University", "Georgetown University")]
    ['PK', 'ID', 'PK', 'US', None, 'ET', 'US']
    """
    plain, ambiguous = organisation_gazetteer()
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
    if named:  # "Carnegie India": the country it names, before a name it only contains
        return named[0]
    key = f" {org_key(affiliation)} "
    inner = [k for k in plain if len(k) > 3 and f" {k} " in key]  # not an acronym of three letters inside a name
    if inner:
        return plain[max(inner, key=len)]
    return next(filter(None, (_seat(part) for part in parts)), None)


# "CSIS Jakarta", "Centre for Policy Research New Delhi": an institution, then the city it is in
SEATED = re.compile(r"(?:\b(?:Studies|Institute|University|Centre|Center|Forum|Foundation|College|Council|"
                    r"Academy|School)|\b[A-Z]{2,6})\s+(?P<city>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)$")
# ... and "Murmansk Shipping Company", "Kirkenes Chamber of Commerce": a city's name, then the body's
CITY_FIRST = re.compile(r"(?:the\s+)?(?P<city>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s+(?:[A-Z][\w'-]+\s+)?(?:University|Institute|"
                        r"Academy|College|Chamber\s+of\s+(?:Commerce|Industry)|Press\s+Club|Bar\s+Association|Company)\b"
                        r"(?!\s+(?:of|for)\b)")
# "University of Nairobi", "Universidad Complutense de Madrid": the city it is of (a city, not a country or a state)
CITY_AFTER = re.compile(r"\b(?:University|Universidad|Universidade|Universitat|Universit[éà]|Universität|Universiteit|Universitas|"
                        r"Uniwersytet|Institute|Instituto|Institut|"
                        r"Academy|Academia|College|School)\b.*?\s(?:of|de|du|di|in)\s+(?P<city>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)$")
# A town named like a word ("Federal College", "Central Academy") names no institution: one named for a city is
# named for a large one
NAMED_FOR_SIZE = 60_000
STATE_UNIVERSITY = re.compile(r"\bUniversity of (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _seat(part: str) -> str | None:
    """The country of the place one part of an affiliation names: a city alone ("Islamabad",
    "Washington"), a city after an institution's name ("CSIS Jakarta"), an American state's university, the
    city a university is of ("Universidad Complutense de Madrid").

    >>> _seat("Universidad Complutense de Madrid"), _seat("University of Georgia"), _seat("University of Nairobi")
    ('ES', 'US', 'KE')
    >>> _seat("Yerevan State University"), _seat("Kars Chamber of Commerce"), _seat("State University")
    ('AM', 'TR', None)
    """
    found = resolve_place(part)
    if found and found[1] in {"city", "country"}:
        return found[0].country
    seated = SEATED.search(part)
    found = resolve_place(seated.group("city")) if seated else None
    if found and found[1] in {"city", "country"}:
        return found[0].country
    named_for = CITY_FIRST.match(part)  # "Addis Ababa University", "Cairo University": named for its city
    found = resolve_place(named_for.group("city")) if named_for else None
    if named_for and not found and " " in named_for.group("city"):
        found = resolve_place(named_for.group("city").split()[0])  # "Yerevan State University", "Istanbul Bilgi ..."
    if found and found[1] == "city" and city_size(found[0].name) >= NAMED_FOR_SIZE:
        return found[0].country
    state = STATE_UNIVERSITY.search(part)
    if state and us_state(state.group("state")):
        return "US"
    of_city = CITY_AFTER.search(part)
    found = resolve_place(of_city.group("city")) if of_city else None
    return found[0].country if found and found[1] == "city" and city_size(found[0].name) >= NAMED_FOR_SIZE else None


class _Affiliated(Protocol):
    end: int
    title: str | None
    affiliation: str | None
    side: str | None


A = TypeVar("A", bound=_Affiliated)


def with_organisation_sides(people: list[A], text: str = "") -> list[A]:
    """People the text gives an organisation and no side take that organisation's side: one the text
    names by an acronym it spelt out ("Ambassador X (ISSI)" or "Amb. X, Adjunct Fellow, JIIA" after "the
    Institute of Strategic Studies Islamabad (ISSI)"), or one the same document gives other people of ("Victoria Samson, Secure World
    Foundation, Washington" makes "Brian Weeden (Secure World Foundation)" American too). An
    organisation given two sides gives none.
    """
    def keys(affiliation: str) -> set[str]:
        parts = [p.strip() for p in affiliation.split(",")]
        return {org_key(p) for p in parts if len(p.split()) > 1 and not _seat(p) and p[:1].isupper()}

    spelt = acronyms(text)
    placed = placed_organisations(text)
    bodies: dict[str, str | None] = {}  # each body's nationality, looked up once
    out = []
    for p in people:
        after = ACRONYM_AFTER.match(text, p.end) if spelt and not p.side else None
        full = spelt.get(after.group("abbr")) if after else None
        held = p.affiliation or p.title or ""
        if spelt and not p.side and not full:  # the acronym ends the office: "X, Adjunct Fellow, JIIA", "Vice President of the DAV"
            full = next((spelt[part] for part in re.split(r"\s*,\s*", held) if part in spelt), None) or \
                next((spelt[w] for w in reversed(re.findall(r"\b[A-Z][A-Za-z]{1,7}\b", held)) if w in spelt), None)
        side = organisation_country(full) if full else None
        if not side and not p.side and placed and held:  # "Professor, IFANS", "Director, Centre for X" on a programme's line
            side = next(filter(None, (placed.get(part) or placed.get(org_key(part))
                                      for part in re.split(r"\s*,\s*", held))), None) or named_placed(held, placed)
        if not side and not p.side and text:  # "X of the Department of National Defense": the Philippine one
            body = p.affiliation or affiliation_name(text[p.end:p.end + 120]) or ""
            side = bodies[body] if body in bodies else bodies.setdefault(body, national_body(text, body))
        if not side and not p.side and placed:
            side, named = _placed_side(text, p.end, p.title, placed)
            full = full or named
        out.append(replace(p, side=side, affiliation=p.affiliation or full) if side else p)  # type: ignore[type-var]
    people = out
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


def _placed_side(text: str, end: int, title: str | None, placed: dict[str, str]) -> tuple[str | None, str | None]:
    """The side of a person whose name ends at `end`, from an institution the text places (`placed`): the one
    named right after the name ("Dr. X of the Caucasus Institute"), else one whose acronym the words set off
    after the name, or the title, hold ("X of Y University, a member of the TESEV board", not "X thanked the MND");
    with the name read."""
    named = affiliation_name(text[end:end + 120])
    side = (placed.get(named) or placed.get(org_key(named))) if named else None
    clause = re.split(r"[.;\n(]|\s+and\s+(?=[A-Z])", text[end:end + 160])[0]
    held = re.findall(r"\b[A-Z]{2,7}\b", title or "") + SET_OFF_ACRONYM.findall(clause)
    side = side or next((placed[w] for w in held if w in placed), None)
    return side, named


# An acronym set off as an affiliation: "of the TESEV board", ", JIIA", "at IFANS"
SET_OFF_ACRONYM = re.compile(r"(?:\b(?:of|at|from|with|for)|,)\s*(?:the\s+)?\b([A-Z]{2,7})\b")


# The next person of a list, after an institution's name: "of TESEV and Dr. Y", "of the University of Athens and Ambassador X"
NEXT_PERSON = re.compile(r"\s+and\s+(?:Ambassador|Amb|Dr|Mr|Mrs|Ms|Prof|Professor|General|Gen|Admiral|Colonel|Col|Lieutenant|"
                         r"Rear|Vice|Brigadier|Major|Captain|Minister|Secretary|H\.E)\b.*$")


def affiliation_name(after: str) -> str | None:
    """The institution named right after a person's name: " of the Caucasus Institute.", " (TESEV)", ", X Centre,".

    >>> affiliation_name(" of the Caucasus Institute."), affiliation_name(" of TESEV and Dr. Y"), affiliation_name(" said")
    ('Caucasus Institute', 'TESEV', None)
    """
    bracket = BRACKET.match(after)
    if bracket:
        return bracket.group("inner")
    comma = COMMA_ORG.match(after)
    if comma:
        return comma.group("org")
    found = AFFILIATION.match(after)
    return NEXT_PERSON.sub("", found.group("first") + found.group("rest")) if found else None


# ... a body "at" another after it: "of the Center for Security and Emerging Technology at Georgetown University"
AT_BODY_AFTER = re.compile(r"\s+at\s+(?:the\s+)?(?P<body>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for)){0,5})")
# "X of the Ankara Policy Forum", "Y, of Peking University", "Z of MIT": an institution after a name
AFFILIATION = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:of|from)\s+(?:the\s+)?(?P<first>[A-Z][\w’'.-]+)"
                         r"(?P<rest>(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|" + PARTICLES + r")\b){0,6})")
NATIONAL_APPOSITIVE = re.compile(r"^\s*,\s*(?:an?|the)\s+(?:(?:" + "|".join(PERSON_MODIFIERS) + r")\s+)*"
                                 r"(?P<nationality>[A-Z][\w-]+)\s+[a-z]")
SEAT_AFTER = re.compile(r",[ \t]*(?P<city>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*(?=[,.;)]|$)")
BRACKET = re.compile(r"^\s*\((?P<inner>[A-Z][^()]{2,60})\)")
# ", a senior fellow at the Brookings Institution,", ", who teaches at Quaid-i-Azam University,", ", a researcher
# with the China Institutes of ...": the institution an apposition or a relative clause places them in
APPOSITIVE_AT = re.compile(r"^\s*,\s*(?:who\s+[a-z]+\s+(?:at|with|for|in)\s+|(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,5}"
                           r"(?:at|with|of|from|in)\s+)(?:the\s+)?(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|on)){0,8})")
# Before the state that owns an institution, named last: "Ministry of Foreign Affairs of Ethiopia", "Universidad
# Externado de Colombia"
OF = re.compile(r"\b(?:of|de|del|do|da|di|du)\s+(?:the\s+|la\s+|el\s+)?")  # "Universidad Externado de Colombia"
COMMA_ORG = re.compile(r"^[ \t]*,[ \t]*(?P<org>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|\([A-Z][\w-]*\)|of|for|and)){0,6})[ \t]*"
                       r"(?:,[ \t]*(?P<seat>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[ \t]*(?=[,.;\n]|$))?(?:[,.;\n]|$)")


def affiliation_side(after: str) -> str | None:
    """The country of the institution or country right after a name: one named after a place or a
    nationality ("of the Ankara Policy Forum" -> TR, "of the Indian Council of World Affairs" -> IN),
    one the gazetteer knows ("of the Carnegie Endowment"), or a country or organisation in brackets
    ("Dr. Hiroshi Tanaka (Japan)", "Dr. X (Stimson Center)").

    >>> affiliation_side(" of the RAND Corporation offered a response")
    'US'
    >>> [affiliation_side(a) for a in (" of the Ankara Policy Forum presented", " of the Carnegie Endowment argued",
    ...                                " (Japan) and Dr. Y", " (ret.) said", " of the meeting", " of MIT said",
    ...                                ", Carnegie, responded", ", a senior fellow at the Brookings Institution, said",
    ...                                ", who teaches at Quaid-i-Azam University, asked", ", Japan Maritime Self-Defense Force,",
    ...                                " (Cairo University) and", " of the Office of American Affairs, Department",
    ...                                ", a former Egyptian negotiator, and", ", an Ethiopian civil society leader",
    ...                                " of the Ministry of Foreign Affairs of Ethiopia acted", ", Yerevan Press Club\\nChair",
    ...                                ", Economy and Values Research Center, Yerevan\\n",
    ...                                " of the University of Athens and Ambassador X",
    ...                                ", Northern (Arctic) Federal University, Arkhangelsk;",
    ...                                " of the Center for International Relations, Warsaw, said", " of the Federal College for X said",
    ...                                " of the Universidad Externado de Colombia presented",
    ...                                " of the Center for Security and Emerging Technology at Georgetown University said")]
    ['TR', 'US', 'JP', None, None, 'US', 'US', 'US', 'PK', 'JP', 'EG', None, 'EG', 'ET', 'ET', 'AM', 'AM', 'GR', 'RU', 'PL', None, 'CO', 'US']
    """
    bracket = BRACKET.match(after)
    if bracket:
        return organisation_country(bracket.group("inner"))
    national = NATIONAL_APPOSITIVE.match(after)  # ", a former Ghanaian negotiator,", ", an Ethiopian civil society leader"
    if national:
        sides = find_sides(national.group("nationality"))
        if len(sides) == 1 and sides[0].kind != "organisation":
            return sides[0].code
    plain = organisation_gazetteer()[0]
    # ", Carnegie,", ", U.S. Naval War College,", ", a senior fellow at the Brookings Institution,"
    for found in (COMMA_ORG.match(after), APPOSITIVE_AT.match(after)):
        seat = found.groupdict().get("seat") if found else None  # ", PINRO, Murmansk": the city it is in
        seated = _seat(seat) if seat else None
        if found and (org_key(found.group("org")) in plain or INSTITUTION.search(found.group("org")) or seated):
            return organisation_country(found.group("org")) or seated
    found = AFFILIATION.match(after)
    if found is None:
        return None
    phrase = NEXT_PERSON.sub("", found.group("first") + found.group("rest"))
    known = plain.get(org_key(phrase))
    within = AT_BODY_AFTER.match(after, found.end())  # "of the Center for Security ... at Georgetown University"
    known = known or (organisation_country(within.group("body")) if within and not find_countries(phrase) else None)
    seat = SEAT_AFTER.match(after, found.end())  # "of the Center for International Relations, Warsaw, took issue"
    if seat and not known and INSTITUTION.search(phrase) and _seat(seat.group("city")):
        return organisation_country(phrase) or _seat(seat.group("city"))
    if INSTITUTION.fullmatch(found.group("first")) and not known:
        # "of the Ministry of Foreign Affairs of Ethiopia", "of the Embassy of the Republic of Korea": its state
        for of in OF.finditer(phrase):
            code = country_code(re.split(r"\s+and\b", phrase[of.end():])[0])
            if code:
                return code
    if known or not INSTITUTION.search(found.group("rest")):
        return known or _seat(phrase)  # "of the University of Athens": the city it is of
    if find_countries(phrase, include_ambiguous=False) or CITY_FIRST.match(phrase):
        return organisation_country(phrase)  # "of the U.S. Naval War College", "of Pakistan's NDU", "of Cairo University"
    first = found.group("first")
    code = country_code(first)
    if code:
        return code
    place = resolve_place(first)  # "Tbilisi Institute for Peace", not "Federal College": a large city's
    if place and (place[1] == "country" or place[1] == "city" and city_size(first) >= NAMED_FOR_SIZE):
        return place[0].country
    return _seat(phrase)  # ... else the city the name is of ("Humboldt University of Berlin")
