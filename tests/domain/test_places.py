"""Places resolve offline to a name and an ISO country: curated sites first, then countries, then cities."""

from __future__ import annotations

import pytest

from entente.extract.countries import country_code, find_countries
from entente.extract.organisations import organisation_country
from entente.extract.place_lines import find_dateline, find_place_line
from entente.extract.places import find_places, resolve_place


@pytest.mark.parametrize(("name", "country"), [
    ("Rawalpindi", "PK"), ("Islamabad", "PK"), ("Dubai", "AE"), ("Cairo", "EG"), ("San José", "CR"),
    ("Cornwall", "GB"),  # not Cornwall, Ontario: curated places beat the most populous namesake
    ("Costa Rica", "CR"),  # a country name is never read as a same-named town
    ("Kangerlussuaq", "DK"),  # Greenland is filed under Denmark, as the Office of the Historian does
    ("Vatican City", "VA"), ("Atlanta, Georgia", "US"), ("Kuwait City", "KW"),
])
def test_place_names_resolve_to_their_country(name: str, country: str) -> None:
    resolved = resolve_place(name)
    assert resolved is not None and resolved[0].country == country


@pytest.mark.parametrize("name", ["State", "Defense", "Europe", "Middle East"])
def test_words_that_are_not_event_places_stay_unresolved(name: str) -> None:
    assert resolve_place(name) is None


@pytest.mark.parametrize(("text", "location", "country"), [
    ("signed at a Pentagon ceremony", "The Pentagon, Arlington", "US"),
    ("met at Pakistan’s Joint Staff Headquarters in Rawalpindi", "Joint Staff Headquarters, Rawalpindi", "PK"),
    ("Conference held at The Grand Hyatt, Dubai", "Grand Hyatt Dubai", "AE"),
])
def test_curated_government_sites_are_found_without_a_parser(text: str, location: str, country: str) -> None:
    [place] = find_places(text, [])
    assert (place.location.name, place.location.country, place.kind) == (location, country, "site")


def test_dateline_and_transcript_place_line() -> None:
    assert find_dateline("WASHINGTON, June 10, 2010 — U.S. officials met.").location.country == "US"
    header = "Antony J. Blinken, Secretary of State\n\nRamallah, West Bank\n\nSECRETARY BLINKEN: Thank you."
    assert find_place_line(header).location.country == "PS"
    assert find_place_line("Antony J. Blinken, Secretary of State\n\nBrussels, Belgium\n").location.name == "Brussels"


@pytest.mark.parametrize(("word", "code"), [
    ("Pakistani", "PK"), ("U.S.", "US"), ("Kazakhstan", "KZ"), ("Kazakh", "KZ"), ("Emirati", "AE"),
    ("Republic of Korea", "KR"), ("Pakistan’s", "PK"), ("KAZAKHSTAN", "KZ"), ("Holy See", "VA"),
])
def test_country_words_map_to_iso_codes(word: str, code: str) -> None:
    assert country_code(word) == code


def test_country_mentions_in_compounds_and_possessives() -> None:
    codes = [m.code for m in find_countries("The U.S.-Pakistan talks; Pakistan’s army; USA/Pakistan")]
    assert codes == ["US", "PK", "PK", "US", "PK"]


@pytest.mark.parametrize(("affiliation", "country"), [
    ("Defense Threat Reduction Agency", "US"), ("Strategic Plans Division", "PK"),
    ("Quaid-i-Azam University", "PK"), ("National Defence University, Pakistan", "PK"),
    ("National Defense University", None),  # both countries have one: unknown, not guessed
    ("Henry L Stimson Center", "US"), ("chairman of the Joint Chiefs of Staff", "US"), ("Consultant", None),
])
def test_organisation_gazetteer_gives_sides(affiliation: str, country: str | None) -> None:
    assert organisation_country(affiliation) == country


def test_a_generic_site_name_is_placed_only_where_the_text_names_its_country() -> None:
    from entente.extract.places import find_places
    chile = "In Santiago, the Secretary of State met General Le Dantec at the Joint Staff headquarters."
    pakistan = "In Pakistan, the delegation met General Kayani at the Joint Staff Headquarters."
    assert not [p for p in find_places(chile, []) if p.location.country == "PK"]
    assert [p.location.country for p in find_places(pakistan, []) if p.kind == "site"] == ["PK"]
