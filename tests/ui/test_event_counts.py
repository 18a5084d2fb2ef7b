"""Thousands of events: the timeline counts them per month or year in each lane instead of drawing every mark,
and says so on the chart."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from components import charts
from components.event_counts import lane_counts, period_of

COUNTRIES = ("PK", "KZ", "IN", "AF")
TYPES = ("meeting", "visit", "call", "agreement")


def many_events(n: int, *, years: int = 10, seed: int = 7) -> pd.DataFrame:
    """n single-day events spread over `years` years from 2010, across four counterparts."""
    rng = np.random.default_rng(seed)
    days = pd.Timestamp("2010-01-01") + pd.to_timedelta(rng.integers(0, 365 * years, n), unit="D")
    counterpart = [COUNTRIES[i % len(COUNTRIES)] for i in range(n)]
    return pd.DataFrame({
        "id": [f"e{i}" for i in range(n)], "title": [f"Event <b>{i}</b>" for i in range(n)],
        "type": [TYPES[i % len(TYPES)] for i in range(n)],
        "start": [d.strftime("%Y-%m-%d") for d in days], "end": [None] * n, "precision": ["day"] * n,
        "start_date": days, "end_date": days, "location": [None] * n, "location_country": counterpart,
        "countries": [["US", c] for c in counterpart], "counterpart": counterpart,
        "themes": [["ctr"] if i % 2 else ["ctr", "af-pak"] for i in range(n)],
    })


def test_up_to_the_threshold_every_event_is_a_mark():
    fig = charts.timeline_figure(many_events(charts.PAGE.max_marks))
    assert {t.type for t in fig.data} <= {"scatter", "bar"}
    assert sum(len(t.y) for t in fig.data) == charts.PAGE.max_marks


def test_past_the_threshold_one_heatmap_counts_every_event_with_a_note_saying_so():
    events = many_events(12_000)
    fig = charts.timeline_figure(events)
    assert [t.type for t in fig.data] == ["heatmap"], "one trace, however many events"
    z = np.nan_to_num(np.array(fig.data[0].z, dtype=float))
    assert z.sum() == len(events), "every event counted exactly once"
    assert list(fig.data[0].y) == ["Afghanistan", "India", "Kazakhstan", "Pakistan"]
    assert "12,000 events" in fig.layout.title.text and "month" in fig.layout.title.text
    assert "Narrow the filters" in fig.layout.title.text
    assert len(json.dumps(fig.to_plotly_json(), default=str)) < 100_000, "small enough to draw at once"


def test_theme_lanes_count_an_event_once_per_theme():
    events = many_events(3_000)
    counts, _ = lane_counts(events, "theme", {"ctr": "CTR", "af-pak": "Af-Pak"})
    per_lane = counts.groupby("lane")["events"].sum().to_dict()
    assert per_lane == {"CTR": 3_000, "Af-Pak": 1_500}


@pytest.mark.parametrize(("years", "period"), [(1, "month"), (14, "month"), (40, "year")])
def test_long_spans_are_counted_per_year(years, period):
    assert period_of(pd.Timedelta(days=365 * years)) == period
    fig = charts.timeline_figure(many_events(2_500, years=years))
    assert f"events of a {period}" in fig.layout.title.text


def test_undated_events_are_left_out_and_the_note_says_how_many():
    events = many_events(2_500)
    events.loc[:9, "start_date"] = pd.NaT
    fig = charts.timeline_figure(events)
    assert "(10 undated left out)" in fig.layout.title.text
    assert np.nan_to_num(np.array(fig.data[0].z, dtype=float)).sum() == 2_490


def test_lane_names_in_the_heatmap_are_escaped():
    fig = charts.timeline_figure(many_events(2_500), lane="theme",
                                 theme_labels={"ctr": "<b>CTR</b>", "af-pak": "Af-Pak"})
    assert set(fig.data[0].y) == {"&lt;b&gt;CTR&lt;/b&gt;", "Af-Pak"}
    assert "<b>CTR" not in json.dumps(fig.to_plotly_json(), default=str)


def test_an_outlier_does_not_stretch_the_counts_or_make_them_yearly():
    events = many_events(3_000, years=5)
    stray = events.iloc[[0]].assign(id="old", start="1861-04-12", start_date=pd.Timestamp("1861-04-12"),
                                     end_date=pd.Timestamp("1861-04-12"))
    fig = charts.timeline_figure(pd.concat([stray, events], ignore_index=True))
    assert "month" in fig.layout.title.text, "five years of events are counted per month"
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2009-06-01") < low < pd.Timestamp("2010-01-02") and high < pd.Timestamp("2015-06-01")
    assert fig.layout.xaxis.rangeslider.visible, "the 1861 event is one drag away"
