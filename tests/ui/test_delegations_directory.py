"""The Delegations page: rosters per event, and the people directory with one person's appearances over time."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture
def delegations(open_app):
    return lambda **params: open_app("delegations", **params)


def _table(at: AppTest, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_the_directory_lists_everyone_most_active_first(delegations):
    at = delegations()
    people = _table(at, "Organisation")
    assert list(people["Events"]) == sorted(people["Events"], reverse=True)
    assert {"Sartaj Aziz", "Michael Krepon"} <= set(people["Name"])
    assert at.selectbox(key="person").value == people["Name"].iloc[0]


def test_choosing_a_person_shows_their_appearances_in_time_order(delegations):
    at = delegations()
    at.selectbox(key="person").set_value("Sartaj Aziz").run()
    assert not at.exception
    seen = _table(at, "Event")
    assert len(seen) >= 2 and set(seen["Side"]) == {"Pakistan"}
    assert "presenter" in set(seen["Role"])
    assert any("Panel 1" in c.proto.spec for c in at.get("plotly_chart")), "their appearances drawn over time"


def test_the_directory_follows_the_filters(delegations):
    at = delegations(country="KZ")
    people = _table(at, "Organisation")
    assert "Sartaj Aziz" not in set(people["Name"])
    assert not any("Pakistan" in str(v) for v in people["Side"])


def test_rosters_show_both_sides_of_the_1999_signing(delegations):
    at = delegations(country="KZ")
    sides = [m.value for m in at.markdown if m.value.startswith("**")]
    assert "**United States**" in sides and "**Kazakhstan**" in sides


def test_the_rosters_tab_counts_its_events_in_words_a_reader_expects(delegations):
    many = [t.label for t in delegations().tabs]
    one = [t.label for t in delegations(country="KZ", type="agreement").tabs]
    assert many[0].startswith("Rosters (") and many[0].endswith(" events)")
    assert one[0] == "Rosters (1 event)"


def test_a_rosters_caption_names_both_parties_not_one_counterpart(delegations):
    at = delegations(country="KZ", type="agreement")
    captions = [c.value for c in at.caption]
    assert any("United States–Kazakhstan" in c for c in captions), captions
