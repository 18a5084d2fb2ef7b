"""The strict pair view: with `pair`, only events between the home country and every selected country;
without it, any event naming a selected country, as before."""

from __future__ import annotations

import dataclasses

import pytest

from entente import query, store
from entente.models import ExtractedDocument
from tests.domain.test_store import _doc

US_PK, PK_IN, US_PK_IN, US_KZ = "1" * 64, "2" * 64, "3" * 64, "4" * 64


def _between(doc_id: str, countries: tuple[str, ...], year: str) -> ExtractedDocument:
    doc = _doc(doc_id, f"{doc_id[0]}.txt", year=year, title="-".join(countries))
    (event,) = doc.events
    return dataclasses.replace(doc, countries=countries, events=(dataclasses.replace(event, countries=countries),))


@pytest.fixture
def region(any_db: str) -> str:
    """A U.S.–Pakistan meeting, a Pakistan–India one without the U.S., a three-way one, a U.S.–Kazakhstan one."""
    engine = store.open_engine(any_db)
    for doc_id, countries, year in ((US_PK, ("US", "PK"), "2001"), (PK_IN, ("PK", "IN"), "2002"),
                                    (US_PK_IN, ("US", "PK", "IN"), "2003"), (US_KZ, ("US", "KZ"), "2004")):
        store.save_document(engine, _between(doc_id, countries, year), extractor_version="t")
    return any_db


def _ids(db: str, **filters: object) -> list[str]:
    return [i.removeprefix("ev-")[0] for i in query.events(query.Filters(**filters), db)["id"]]


@pytest.mark.parametrize("countries,pair,expected", [
    (("PK",), False, ["1", "2", "3"]),  # any event naming Pakistan, India–Pakistan included
    (("PK",), True, ["1", "3"]),  # strict: the U.S. takes part too
    (("IN",), False, ["2", "3"]),
    (("IN",), True, ["3"]),
    (("PK", "IN"), False, ["1", "2", "3"]),
    (("PK", "IN"), True, ["3"]),  # the U.S. and both selected countries
    (("PK", "KZ"), True, []),
    (("US",), True, ["1", "3", "4"]),  # selecting the home country itself adds nothing to ask
    ((), True, ["1", "3", "4"]),  # no country chosen: every event the U.S. is part of
    ((), False, ["1", "2", "3", "4"]),
    (("ZZ",), True, []),
])
def test_pair_keeps_only_events_between_the_us_and_every_selected_country(
        region: str, countries: tuple[str, ...], pair: bool, expected: list[str]) -> None:
    assert _ids(region, countries=countries, pair=pair) == expected


def test_pair_combines_with_the_other_filters(region: str) -> None:
    assert _ids(region, countries=("PK",), pair=True, year_from=2002) == ["3"]
    assert _ids(region, countries=("PK",), pair=True, types=("meeting",)) == []
    assert _ids(region, countries=("PK",), pair=True, document=PK_IN) == []


def test_pair_is_off_unless_asked() -> None:
    assert query.Filters().pair is False
    assert query.Filters(countries=("PK",)) != query.Filters(countries=("PK",), pair=True)  # distinct cache keys


def test_people_follow_the_pair_view(region: str) -> None:
    everyone = query.people(query.Filters(countries=("IN",)), region)
    strict = query.people(query.Filters(countries=("IN",), pair=True), region)
    assert everyone.set_index("name").loc["William S. Cohen", "events"] == 2
    assert strict.set_index("name").loc["William S. Cohen", "events"] == 1


def test_theme_counts_follow_the_pair_view(region: str) -> None:
    mentions = query.theme_series(query.Filters(countries=("IN",)), region)["mentions"].sum()
    strict = query.theme_series(query.Filters(countries=("IN",), pair=True), region)["mentions"].sum()
    assert (mentions, strict) == (2, 1)


@pytest.mark.parametrize("countries", [("PK",), ("PK", "AE"), ("PK", "AF"), ("KZ",), ("KZ", "PK"), ("US", "KZ")])
def test_on_the_seeds_pair_is_the_any_view_narrowed_to_events_naming_all(seeded_db: str,
                                                                          countries: tuple[str, ...]) -> None:
    loose = query.events(query.Filters(countries=countries), seeded_db)
    strict = query.events(query.Filters(countries=countries, pair=True), seeded_db)
    wanted = {"US", *countries}
    assert list(strict["id"]) == [r.id for r in loose.itertuples() if wanted <= set(r.countries)]
    if len(countries) > 1:
        assert len(strict) < len(loose)  # the seeds have events naming only some of these countries
