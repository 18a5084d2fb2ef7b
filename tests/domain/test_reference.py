"""Historian reference layers read from the shipped files: trips, leader visits and ambassadors per country."""

from __future__ import annotations

from importlib import resources

import pandas as pd
import pytest

from entente import reference


@pytest.mark.parametrize(("slug", "code"), [
    ("pakistan", "PK"), ("kazakhstan", "KZ"), ("united-kingdom", "GB"), ("korea-south", "KR"),
    ("korea-north", "KP"), ("burma", "MM"), ("cote-divoire", "CI"), ("congo-kinshasa", "CD"),
    ("congo-republic", "CG"), ("turkey", "TR"), ("bosnia-herzegovina", "BA"), ("trinidad-and-tobago", "TT"),
    ("sao-tome-and-principe", "ST"), ("holy-see", "VA"), ("russia", "RU"), ("swaziland", "SZ"),
    ("united-arab-emirates", "AE"), ("Pakistan ", "PK"),
    # Historical states and U.S. states have no present-day code: they stay out rather than land on a wrong one.
    ("yugoslavia", None), ("czechoslovakia", None), ("german-democratic-republic", None),
    ("vietnam-south", None), ("two-sicilies", None), ("hawaii", None), ("texas", None), ("", None),
])
def test_historian_slugs_become_iso_codes(slug, code):
    assert reference.country_code(slug) == code


def test_trips_to_pakistan_include_secretary_pompeos_2018_visit_to_islamabad():
    trips = reference.trips("PK")
    assert list(trips.columns) == reference.COLUMNS
    assert (trips["country"] == "PK").all() and (trips["layer"] == "trips").all()
    pompeo = trips[trips["label"].str.contains("Pompeo")]
    assert len(pompeo) >= 1
    assert pompeo.iloc[0]["start_date"] == pd.Timestamp("2018-09-05")
    assert "Islamabad" in pompeo.iloc[0]["detail"]
    assert trips["start_date"].is_monotonic_increasing


def test_leader_visits_come_from_the_country_and_end_no_earlier_than_they_start():
    visits = reference.leader_visits("pk")  # lower case accepted
    assert len(visits) > 10
    assert (visits["end_date"] >= visits["start_date"]).all()
    assert visits["label"].str.len().gt(0).all()


def test_ambassador_tenures_follow_one_another_without_interim_charges():
    tenures = reference.ambassadors("PK")
    assert not tenures["detail"].str.contains("ad interim").any()
    assert "Anne Woods Patterson" in set(tenures["label"])
    patterson = tenures[tenures["label"] == "Anne Woods Patterson"].iloc[0]
    assert patterson["start_date"] == pd.Timestamp("2007-07-31") and patterson["end_date"] == pd.Timestamp("2010-09-05")
    # A tenure with no end on file never runs past the next ambassador's arrival.
    assert (tenures["end_date"].iloc[:-1].to_numpy() <= tenures["start_date"].iloc[1:].to_numpy()).all()


def test_unknown_country_gives_empty_layers_and_unmapped_rows_are_counted():
    assert reference.trips("ZZ").empty and reference.ambassadors("").empty
    counts = {name: rows().attrs["unmapped"] for name, rows in
              (("trips", reference.all_trips), ("visits", reference.all_leader_visits),
               ("ambassadors", reference.all_ambassadors))}
    assert all(n > 0 for n in counts.values()), "historical states (Yugoslavia…) are counted, not mapped"
    total = len(reference.all_trips())
    assert counts["trips"] < total * 0.05, "almost every trip finds its country"


def test_layers_combine_the_chosen_layers_in_a_fixed_order():
    both = reference.layers("KZ", ("ambassadors", "trips"))
    assert list(dict.fromkeys(both["layer"])) == ["trips", "ambassadors"]
    assert reference.layers("KZ", ()).empty


def test_shipped_files_carry_their_licence():
    folder = resources.files("entente.data").joinpath("reference")
    names = {p.name for p in folder.iterdir()}
    assert {"LICENSE-travels.md", "LICENSE-visits.md", "LICENSE-pocom.md"} <= names
    assert "CC0" in folder.joinpath("LICENSE-travels.md").read_text()
