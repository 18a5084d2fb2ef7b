"""Historian reference layers on the timeline: grey lanes under the events for the chosen counterpart, kept in the URL."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components.charts import event_ids, timeline_figure
from entente import reference

APP = str(Path(__file__).resolve().parents[2] / "app.py")
TIMELINE = "app_pages/timeline.py"
NAMES = dict(reference.LAYERS)


def _reference_traces(figure_json: dict) -> list[dict]:
    return [t for t in figure_json["data"] if "Office of the Historian" in (t.get("name") or "")]


def test_reference_lanes_sit_below_the_events_and_name_each_layer(sample_events):
    layers = reference.layers("PK", ("trips", "ambassadors"))
    fig = timeline_figure(sample_events, reference=layers, reference_names=NAMES)
    plain = timeline_figure(sample_events)
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks[: len(plain.layout.yaxis.ticktext)] == list(plain.layout.yaxis.ticktext), "event lanes first"
    assert ticks[-2:] == ["U.S. trips", "U.S. ambassadors"]
    traces = [t for t in fig.data if "Office of the Historian" in (t.name or "")]
    assert len(traces) == 2 and sum(len(t.base) for t in traces) == len(layers)
    assert fig.layout.xaxis.range == plain.layout.xaxis.range, "the layers don't stretch the events' axis"
    assert fig.layout.yaxis.range[0] == plain.layout.yaxis.range[0] + 2, "two more rows"


def test_clicking_a_reference_span_opens_no_event(sample_events):
    fig = timeline_figure(sample_events, reference=reference.layers("PK", ("visits",)), reference_names=NAMES)
    points = [{"customdata": list(t.customdata[0])} for t in fig.data if t.customdata is not None]
    assert set(event_ids(points)) <= {"e1", "e2", "e3", "e4"}
    hover = next(t for t in fig.data if "Office of the Historian" in (t.name or "")).customdata[0]
    assert hover[0] == "" and hover[4] == "Leader visits"


def test_reference_text_is_escaped_for_plotly(sample_events):
    hostile = pd.DataFrame([{"layer": "trips", "country": "PK", "start_date": pd.Timestamp("2010-01-01"),
                             "end_date": pd.Timestamp("2010-01-02"), "label": "<img src=x onerror=alert(1)>",
                             "detail": "<b>bold</b>"}])
    fig = timeline_figure(sample_events, reference=hostile, reference_names=NAMES)
    data = next(t for t in fig.data if "Office of the Historian" in (t.name or "")).customdata[0]
    assert "<img" not in data[1] and "<b>" not in data[3]


@pytest.fixture
def open_timeline(seeded_db, monkeypatch):
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)

    def _open(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(params)
        at.run()
        at.switch_page(TIMELINE)
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


def _figure(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_a_pasted_link_with_ref_lays_trips_and_ambassadors_under_pakistan(open_timeline):
    at = open_timeline(country="PK", ref="trips,ambassadors")
    names = {t["name"] for t in _reference_traces(_figure(at))}
    assert names == {"U.S. trips (Office of the Historian)", "U.S. ambassadors (Office of the Historian)"}
    assert at.query_params["ref"] == "trips,ambassadors" and at.query_params["country"] == "PK"


def test_choosing_a_layer_draws_it_and_writes_the_url(open_timeline):
    at = open_timeline(country="KZ")
    assert not _reference_traces(_figure(at))
    at.pills(key="w_ref").set_value(["visits"]).run()
    assert [t["name"] for t in _reference_traces(_figure(at))] == ["Leader visits (Office of the Historian)"]
    assert at.query_params["ref"] == "visits"
    at.pills(key="w_ref").set_value([]).run()
    assert not _reference_traces(_figure(at)) and "ref" not in at.query_params


def test_without_a_counterpart_the_layers_wait_for_one(open_timeline):
    at = open_timeline(ref="trips")
    assert at.pills(key="w_ref").disabled
    assert not _reference_traces(_figure(at))


def test_unknown_layers_in_the_url_are_ignored(open_timeline):
    at = open_timeline(country="PK", ref="trips,<script>,visits")
    assert at.query_params["ref"] == "trips,visits"


# --- a crowded view, as with the 587 State Department releases loaded ------------------------------------


def _crowd(sample_events: pd.DataFrame, n: int) -> pd.DataFrame:
    """n one-day events within four months of 2021, plus the sample's 1999-2010 events stretching the axis."""
    row = sample_events.iloc[0]
    days = pd.date_range("2021-05-01", periods=n, freq="6h").normalize()
    crowd = pd.DataFrame([{**row.to_dict(), "id": f"c{i}", "title": f"Release {i}", "start": f"{d:%Y-%m-%d}",
                           "start_date": d, "end_date": d, "counterpart": "PK"} for i, d in enumerate(days)])
    return pd.concat([sample_events, crowd], ignore_index=True)


def test_a_crowded_timeline_drops_titles_and_stays_a_readable_height(sample_events):
    few = timeline_figure(sample_events)
    many = timeline_figure(_crowd(sample_events, 400))
    assert any(t.name == "labels" for t in few.data)
    assert not any(t.name == "labels" for t in many.data), "past max_labels the titles go; hover keeps them"
    assert many.layout.height <= 110 + 34 * (3 * 3), "each of the three lanes stacks at most three rows"
    hover_ids = {d[0] for t in many.data if t.customdata is not None for d in t.customdata}
    assert len(hover_ids) == len(sample_events) + 400, "every event is still drawn and hoverable"


def test_a_timeline_under_the_label_limit_keeps_every_title(sample_events):
    fig = timeline_figure(_crowd(sample_events, 100))
    labels = next(t for t in fig.data if t.name == "labels")
    assert len(labels.text) == len(sample_events) + 100
