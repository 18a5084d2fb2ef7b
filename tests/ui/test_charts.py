"""The chart builders: marks a reader can tell apart, swimlanes, escaped hover text, no Streamlit."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from components import charts
from components.charts import COMPACT, event_ids, event_kind, timeline_figure, timeline_layout
from components.labels import country_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("precision", "start", "end", "kind"), [
    ("day", "1999-12-17", None, "point"),
    ("day", "2010-06-07", "2010-06-10", "range"),
    ("day", "2010-06-07", "2010-06-07", "point"),
    ("month", "2010-03", None, "approx"),
    ("year", "2009", None, "approx"),
    ("decade", "200", None, "approx"),
    ("year", "2009", "2010", "approx"),
    (None, "2009-01-01", None, "point"),
    ("day", "2009-10-08T09:30", "2009-10-08T10:50", "point"),
])
def test_event_kind_separates_exact_days_ranges_and_vague_dates(precision, start, end, kind):
    assert event_kind(precision, start, end) == kind


def _traces(fig: go.Figure, name: str) -> list:
    return [t for t in fig.data if t.name == name]


def _of_type(fig: go.Figure, etype: str) -> list:
    """The marks of one event type (by the type each mark's hover names)."""
    return [t for t in fig.data if t.name not in ("labels", "selected") and t.customdata is not None
            and {row[3] for row in t.customdata} == {etype}]


def test_types_sharing_a_colour_share_one_legend_entry(sample_events):
    fig = timeline_figure(sample_events)
    legend = [t.name for t in fig.data if t.showlegend]
    assert len(legend) == len(set(legend)), "one entry per legend name"
    colours = {}
    for trace in fig.data:
        if trace.showlegend:
            colour = trace.marker.line.color if isinstance(trace, go.Bar) else trace.marker.color
            assert colour not in colours, f"{trace.name!r} and {colours.get(colour)!r} look the same"
            colours[colour] = trace.name
    assert "agreement · legislation" in legend


def test_single_days_are_diamonds_and_ranges_are_solid_bars(sample_events):
    fig = timeline_figure(sample_events)
    agreement = _of_type(fig, "agreement")
    assert len(agreement) == 1 and isinstance(agreement[0], go.Scatter)
    assert agreement[0].marker.symbol == "diamond"
    dialogue = [t for t in _of_type(fig, "dialogue") if isinstance(t, go.Bar)]
    solid = [t for t in dialogue if not t.marker.pattern.shape]
    hatched = [t for t in dialogue if t.marker.pattern.shape]
    assert solid and hatched, "the exact range and the month-precise meeting must look different"
    assert solid[0].marker.color == "#009E73"
    assert hatched[0].marker.color.startswith("rgba(") and hatched[0].marker.pattern.shape == "/"


def test_month_precision_bar_spans_the_whole_month(sample_events):
    frame = timeline_layout(sample_events)
    march = frame[frame["id"] == "e3"].iloc[0]
    assert march["x0"] == pd.Timestamp("2010-03-01")
    assert march["x1"] == pd.Timestamp("2010-04-01")


def test_a_short_range_is_still_drawn_wide_enough_to_see(sample_events):
    frame = timeline_layout(sample_events)
    rawalpindi = frame[frame["id"] == "e2"].iloc[0]
    span = frame["x1"].max() - frame["x0"].min()
    assert rawalpindi["x1"] - rawalpindi["x0"] >= span * 0.005


def test_hover_text_is_escaped_and_shows_the_date_as_given(sample_events):
    fig = timeline_figure(sample_events)
    hover = [row for trace in fig.data for row in (trace.customdata or [])]
    titles = {row[0]: row[1] for row in hover}
    assert titles["e4"] == "Kerry-Lugar &lt;b&gt;aid&lt;/b&gt; &amp; debate"
    dates = {row[0]: row[2] for row in hover}
    assert dates["e3"].startswith("Mar 2010")
    assert dates["e2"].startswith("7–10 Jun 2010")
    assert dates["e4"].startswith("2009 ")
    labels = next(t for t in fig.data if t.name == "labels")
    assert all("<b>" not in text for text in labels.text)


@pytest.mark.parametrize(("lane", "expected"), [
    ("counterpart", {"Kazakhstan", "Pakistan"}),
    ("theme", {"CTR", "Defense-Cooperation", "Af-Pak", "No theme"}),
    ("type", {"Agreement", "Dialogue", "Legislation"}),
])
def test_swimlanes_follow_the_chosen_grouping(sample_events, lane, expected):
    fig = timeline_figure(sample_events, lane=lane)
    assert set(fig.layout.yaxis.ticktext) == expected


def test_an_event_with_two_themes_appears_in_both_theme_lanes(sample_events):
    frame = timeline_layout(sample_events, lane="theme")
    assert sorted(frame.loc[frame["id"] == "e3", "lane"].astype(str)) == ["Af-Pak", "Defense-Cooperation"]


def test_overlapping_events_in_one_lane_get_separate_rows(sample_events):
    frame = timeline_layout(sample_events, lane="counterpart")
    pakistan = frame[frame["lane"] == "Pakistan"]
    # Mar 2010 and Jun 2010 with their labels overlap on the axis: they must not share a row.
    assert pakistan.loc[pakistan["id"] == "e2", "y"].item() != pakistan.loc[pakistan["id"] == "e3", "y"].item()


def test_every_mark_carries_its_event_id_for_click_through(sample_events):
    fig = timeline_figure(sample_events)
    points = [{"customdata": row} for trace in fig.data for row in (trace.customdata or [])]
    assert set(event_ids(points)) == {"e1", "e2", "e3", "e4"}


def test_selected_event_is_ringed(sample_events):
    fig = timeline_figure(sample_events, selected="e2")
    assert _traces(fig, "selected")
    assert not _traces(timeline_figure(sample_events), "selected")


def test_compact_strip_has_no_labels_and_is_short(sample_events):
    fig = timeline_figure(sample_events, style=COMPACT)
    assert not _traces(fig, "labels")
    assert fig.layout.height < timeline_figure(sample_events).layout.height


def test_the_range_slider_does_not_draw_the_marks_a_second_time(sample_events):
    """plotly redraws every trace of an axis inside its slider: the marks sit on a second time axis that
    follows the first, and the first, which carries the slider, holds one empty trace."""
    fig = timeline_figure(sample_events)
    assert fig.layout.xaxis.rangeslider.visible
    on_slider_axis = [t for t in fig.data if (t.xaxis or "x") == "x"]
    assert [(t.name, len(t.x)) for t in on_slider_axis] == [("slider", 0)]
    assert fig.layout.xaxis2.matches == "x" and fig.layout.xaxis2.overlaying == "x"
    assert fig.layout.xaxis.rangeslider.thickness * fig.layout.height < 120, "a slider, not a second chart"
    assert not any(t.xaxis == "x2" for t in timeline_figure(sample_events, style=COMPACT).data), "strips: no slider"


def test_the_compact_strip_folds_the_quietest_lanes_into_one_at_the_bottom(sample_events):
    codes = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(20)]
    many = pd.concat([sample_events.iloc[[0]].assign(id=f"m{i}", counterpart=c, countries=[["US", c]])
                      for i, c in enumerate(codes)] + [sample_events.iloc[[0]].assign(id="extra", counterpart="AA",
                                                                                     countries=[["US", "AA"]])],
                     ignore_index=True)
    lanes = list(timeline_figure(many, style=COMPACT).layout.yaxis.ticktext)
    assert len(lanes) == COMPACT.max_lanes
    assert lanes[-1] == f"{20 - (COMPACT.max_lanes - 1)} other counterparts"
    assert country_name("AA") in lanes, "the busiest lane keeps its own"
    assert len(timeline_figure(many).layout.yaxis.ticktext) == 20, "the page chart keeps every lane"


def test_empty_frame_gives_a_message_not_an_error(sample_events):
    fig = timeline_figure(sample_events.iloc[0:0])
    assert "No events" in fig.layout.annotations[0].text


def test_colours_come_from_the_colour_blind_safe_palette(sample_events):
    fig = timeline_figure(sample_events)
    for trace in fig.data:
        if trace.name in ("labels", "selected", "slider"):
            continue
        solid = trace.marker.line.color if isinstance(trace, go.Bar) else trace.marker.color
        assert solid in charts.OKABE_ITO


def test_charts_module_never_imports_streamlit():
    source = (ROOT / "components" / "charts.py").read_text()
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(source)) if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert not any(name.split(".")[0] == "streamlit" for name in imported)
    probe = "import sys, components.charts; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_lone_event_sits_on_an_axis_of_at_least_a_year(sample_events):
    fig = timeline_figure(sample_events.iloc[[0]])
    low, high = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert high - low >= pd.Timedelta(days=365)


def test_timeline_has_a_text_alternative(sample_events):
    from components.charts import timeline_alt

    assert timeline_alt(sample_events) == ("Timeline of 4 events from December 1999 to June 2010, in swimlanes by "
                                           "counterpart. The table below lists them.")
    assert "no events" in timeline_alt(sample_events.iloc[0:0])


@pytest.mark.parametrize("lane", ["counterpart", "theme", "type"])
def test_the_unchecked_timeline_figure_passes_plotly_validation(sample_events, lane):
    """The builders skip plotly's checks at run time, so this checks what they make."""
    figure = charts.timeline_figure(sample_events, lane=lane, selected="e2")
    validated = go.Figure(figure.to_dict())  # raises on any invalid property
    assert len(validated.data) == len(figure.data)
    assert charts.unchecked(figure.to_dict()).to_dict()["layout"]["height"] == validated.layout.height
