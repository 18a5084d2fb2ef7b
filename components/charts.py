"""Pure chart builders: DataFrame in, plotly Figure out (no Streamlit here, every input is an argument)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components import time_axis
from components.event_counts import counts_figure
from components.labels import clip, format_when, safe, text_or_none
from components.lanes import (  # noqa: F401  (the styles are this module's API for the pages)
    COMPACT, PAGE, SLIDER_PX, TICK_CHARS, TimelineStyle, fold_lanes, lane_lists, lane_order, tick_margin,
)

# Okabe & Ito's colour-blind-safe palette (black and yellow left out: they vanish on dark or light backgrounds).
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999")

# Eleven event types share seven safe colours by family, so related kinds read alike.
TYPE_COLOURS: dict[str, str] = {
    "meeting": "#0072B2", "call": "#0072B2", "visit": "#56B4E9",
    "dialogue": "#009E73", "conference": "#009E73", "summit": "#CC79A7",
    "agreement": "#D55E00", "legislation": "#D55E00",
    "statement": "#E69F00", "announcement": "#E69F00", "other": "#999999",
}


def type_colour(etype: str) -> str:
    return TYPE_COLOURS.get(etype, TYPE_COLOURS["other"])


def legend_names(types: Iterable[Any]) -> dict[str, str]:
    """Each type's legend entry: types that share a colour share one ("agreement · legislation"), since two
    identical swatches with different names would promise a difference the chart does not draw."""
    family: dict[str, list[str]] = {}
    for etype in sorted({str(t) for t in types}):
        family.setdefault(type_colour(etype), []).append(etype)
    return {etype: " · ".join(members) for members in family.values() for etype in members}


LANES: tuple[str, ...] = ("counterpart", "theme", "type")
# The timeline's figure is built without plotly's per-property checks: they took 100 ms of every filter
# change even at 14 events. tests/ui/test_charts.py validates what these builders make.
UNCHECKED = {"_validate": False}
LABEL_CHARS = 56  # longer titles are cut with "…" (the hover and the details give them whole)
# A label's width as a share of the events' span, per character: ~6.5 px a character on a plot ~800 px
# wide whose axis runs 1.4 times the span (the right-hand room for labels). An estimate too small made
# labels run over the next event's hatched box.
CHAR_SHARE = 0.0115
DAY = pd.Timedelta(days=1)
MIN_AXIS = pd.Timedelta(days=400)
# Without titles to keep apart, a lane stacks its overlapping events at most this deep; more overlap
# (hundreds of 2021 releases on a 20-year axis) draws marks over one another, each still hoverable.
UNLABELLED_ROWS = 3
SLIDER_THICK_PX = 44  # the range slider's height (the layout adds SLIDER_PX under the chart for it and the axis)


def event_kind(precision: str | None, start: str | None, end: str | None) -> str:
    """`point` for a single day (hours within it included), `range` for a span of days, `approx` for
    month/year/decade precision."""
    if precision in ("month", "year", "decade"):
        return "approx"
    if end and start and end[:10] != start[:10]:
        return "range"
    return "point"


def timeline_layout(events: pd.DataFrame, *, lane: str = "counterpart", labels: bool = True,
                    theme_labels: Mapping[str, str] | None = None, chosen: tuple[str, ...] = (),
                    max_lanes: int | None = None) -> pd.DataFrame:
    """One row per (event, lane) with drawing positions: lanes stacked, overlapping events on sub-rows; past
    `max_lanes` lanes the quietest share one (lanes.fold_lanes).

    Columns added: lane, kind, x0, x1 (drawn extent, never thinner than a visible sliver), y (row number).
    """
    if lane not in LANES:
        raise ValueError(f"lane must be one of {LANES}, not {lane!r}")
    if events.empty:
        return events.assign(lane=[], kind=[], x0=[], x1=[], y=[])
    lists, other = fold_lanes(lane_lists(events, lane, theme_labels, chosen), max_lanes, lane)
    frame = events.assign(lane=lists).explode("lane", ignore_index=True)
    frame["kind"] = [event_kind(text_or_none(p), text_or_none(s), text_or_none(e)) for p, s, e in zip(frame["precision"], frame["start"], frame["end"])]
    start = pd.to_datetime(frame["start_date"])
    end = pd.to_datetime(frame["end_date"]).fillna(start) + DAY  # the last day counts in full
    opening = time_axis.focus(events["start_date"], events["end_date"])
    # marks are sized for the span the chart opens on, not for the one a stray 1861 would stretch it to
    span = max(opening.last - opening.first if opening else end.max() - start.min(), pd.Timedelta(days=60))
    sliver = span * 0.008  # a four-day meeting on a ten-year axis would be under a pixel wide
    middle = start + (end - start) / 2
    wide = (end - start) < sliver
    frame["x0"] = start.where(~wide, middle - sliver / 2)
    frame["x1"] = end.where(~wide, middle + sliver / 2)
    # Room for the text label to the right, so labels of packed neighbours don't overprint.
    # Each label reserves the room its own text takes, so a short title leaves its row free sooner.
    frame["_room"] = ([span * (CHAR_SHARE * (len(clip(str(t), LABEL_CHARS)) + 2)) for t in frame["title"]]
                      if labels else sliver)
    frame["_gap"] = sliver * 0.8  # labels start clear of a diamond, which is wider than its sliver
    frame = frame.sort_values(["lane", "x0"], kind="stable").reset_index(drop=True)
    order = lane_order(frame["lane"], last=other)
    # Greedy packing on plain integers (nanoseconds): per-cell pandas access made this the slowest step.
    x0_ns = frame["x0"].to_numpy(dtype="datetime64[ns]").astype("int64").tolist()
    reach_ns = (frame["x1"] + frame["_room"]).to_numpy(dtype="datetime64[ns]").astype("int64").tolist()
    rows_of_lane: dict[str, list[int]] = {}
    for i, name in enumerate(frame["lane"].tolist()):
        rows_of_lane.setdefault(name, []).append(i)
    y_of_row: list[int] = [0] * len(frame)
    next_y = 0
    for name in order:
        row_ends: list[int] = []
        for i in rows_of_lane[name]:
            slot = next((k for k, reach in enumerate(row_ends) if reach < x0_ns[i]), None)
            if slot is None and (labels or len(row_ends) < UNLABELLED_ROWS):
                row_ends.append(reach_ns[i])
                slot = len(row_ends) - 1
            elif slot is None:  # unlabelled marks may overlap: the row free soonest takes the event
                slot = min(range(len(row_ends)), key=row_ends.__getitem__)
                row_ends[slot] = max(row_ends[slot], reach_ns[i])
            else:
                row_ends[slot] = reach_ns[i]
            y_of_row[i] = next_y + slot
        next_y += max(len(row_ends), 1)
    frame["y"] = y_of_row
    frame["lane"] = pd.Categorical(frame["lane"], categories=order, ordered=True)
    return frame.sort_values(["y", "x0"]).reset_index(drop=True)


def _hover_data(frame: pd.DataFrame) -> list[list[str]]:
    """customdata per mark: [event id, title, date as given, type, place, lane], all escaped for plotly."""
    return [
        [str(eid), safe(title),
         safe(format_when(start, end, precision)) + f" ({safe(text_or_none(precision) or '?')})",
         safe(etype), safe(text_or_none(place) or "") or "place not given", safe(lane)]
        for eid, title, start, end, precision, etype, place, lane in zip(
            frame["id"], frame["title"], frame["start"], frame["end"], frame["precision"], frame["type"],
            frame["location"] if "location" in frame else [None] * len(frame), frame["lane"])
    ]


HOVER = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]} · %{customdata[4]}"
    "<br>%{customdata[5]}<extra></extra>"
)


def _tint(colour: str, alpha: float) -> str:
    """`#0072B2` at 22% -> `rgba(0,114,178,0.22)`: a pale fill that says "somewhere in this period"."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _marks(part: pd.DataFrame, kind: str, colour: str, name: str, show_legend: bool, style: TimelineStyle) -> go.BaseTraceType:
    common = dict(
        name=name, legendgroup=name, showlegend=show_legend, customdata=_hover_data(part),
        hovertemplate=HOVER, y=part["y"],
    )
    if kind == "point":
        return go.Scatter(**UNCHECKED,
            x=part["x0"] + (part["x1"] - part["x0"]) / 2, mode="markers",
            marker=dict(symbol="diamond", size=style.font_size + 3, color=colour, line=dict(width=1, color="white")),
            **common,
        )
    approx = kind == "approx"
    return go.Bar(**UNCHECKED,
        orientation="h", base=part["x0"], x=(part["x1"] - part["x0"]).dt.total_seconds() * 1000, width=0.62,
        marker=dict(
            color=_tint(colour, 0.22) if approx else colour, opacity=1.0, line=dict(color=colour, width=1.5),
            pattern=dict(shape="/" if approx else "", fgcolor=colour, fgopacity=0.9, solidity=0.3),
        ),
        **common,
    )


def timeline_figure(
    events: pd.DataFrame, *, lane: str = "counterpart", style: TimelineStyle = PAGE, selected: str | None = None,
    theme_labels: Mapping[str, str] | None = None, reference: pd.DataFrame | None = None,
    reference_names: Mapping[str, str] | None = None, chosen: tuple[str, ...] = (),
) -> go.Figure:
    """Events on a time axis in swimlanes: single days as diamonds, day-exact ranges as solid bars,
    month/year/decade dates as pale hatched bars as wide as the period the document allows. With
    `chosen` counterparts, an event involving one of them sits in its lane (lane_country).

    `reference` (entente.reference.layers) adds one grey lane per layer below the events: trips, visits
    and ambassadors' tenures as shaded spans, named by `reference_names`."""
    if len(events) > style.max_marks:
        return counts_figure(events, lane=lane, style=style, theme_labels=theme_labels, chosen=chosen)
    labelled = style.labels and len(events) <= style.max_labels
    frame = timeline_layout(events, lane=lane, labels=labelled, theme_labels=theme_labels, chosen=chosen,
                            max_lanes=style.max_lanes)
    fig = go.Figure(**UNCHECKED)
    if frame.empty:
        fig.add_annotation(text="No events match these filters", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
        fig.update_layout(height=style.min_height, xaxis_visible=False, yaxis_visible=False)
        return fig
    seen: set[str] = set()
    legend = legend_names(frame["type"])
    # Solid marks first, so each legend swatch shows the type's plain colour rather than a hatch.
    frame["_order"] = frame["kind"].map({"range": 0, "point": 1, "approx": 2})
    for (etype, _, kind), part in frame.groupby(["type", "_order", "kind"], sort=True, observed=True):
        colour = type_colour(str(etype))
        name = legend[str(etype)]
        fig.add_trace(_marks(part, str(kind), colour, name, name not in seen, style))
        seen.add(name)
    if labelled:
        fig.add_trace(go.Scatter(**UNCHECKED,
            x=frame["x1"] + frame["_gap"], y=frame["y"], mode="text", text=[" " + safe(clip(str(t), LABEL_CHARS)) for t in frame["title"]],
            textposition="middle right", textfont=dict(size=style.font_size - 1), showlegend=False,
            customdata=_hover_data(frame), hovertemplate=HOVER, name="labels",
        ))
    if selected is not None and (frame["id"] == selected).any():
        hit = frame[frame["id"] == selected]
        fig.add_trace(go.Scatter(**UNCHECKED,
            x=hit["x0"] + (hit["x1"] - hit["x0"]) / 2, y=hit["y"], mode="markers", showlegend=False,
            marker=dict(symbol="circle-open", size=style.font_size * 2 + 8, color="#D55E00", line=dict(width=3)),
            hoverinfo="skip", name="selected",
        ))
    n_rows = int(frame["y"].max()) + 1
    lanes = frame.groupby("lane", observed=True)["y"].agg(["min", "max"])
    # Lane dividers are the y axis's minor grid lines: one path for all of them, where 80 shapes took the
    # browser a third of the chart's drawing time (and add_hline, revalidating every shape, 9 s in Python).
    dividers = [float(bound) + 0.5 for bound in lanes["max"].iloc[:-1]]
    shapes: list[dict] = []
    tickvals = ((lanes["min"] + lanes["max"]) / 2).tolist()
    ticktext = [safe(clip(str(v), TICK_CHARS)) for v in lanes.index]
    first, last = frame["x0"].min(), frame["x1"].max()
    if reference is not None and not reference.empty:
        names = reference_names or {}
        sliver = max(last - first, pd.Timedelta(days=60)) * 0.004
        shapes.append(_divider(n_rows - 0.5, dict(width=1.5, color="rgba(128,128,128,0.8)")))
        for layer, part in reference.groupby("layer", sort=False):
            fig.add_trace(_reference_marks(part, n_rows, str(names.get(str(layer), layer)), sliver))
            tickvals.append(n_rows)
            ticktext.append(safe(clip(str(names.get(str(layer), layer)), TICK_CHARS)))
            n_rows += 1
    opening = time_axis.focus(events["start_date"], events["end_date"])
    full = (first, last)
    if opening is not None:  # open on where the events are; the outliers stay in the range slider
        edge = (opening.last - opening.first) * 0.01  # a mark drawn wider than its day stays whole
        first, last = max(first, opening.first - edge), min(last, opening.last + edge)
    ringed = frame[frame["id"] == selected] if selected is not None and not style.slider else frame.iloc[0:0]
    if not ringed.empty:  # a strip without a slider to reach it opens on the ringed event too
        first, last = min(first, ringed["x0"].min()), max(last, ringed["x1"].max())
    if last - first < MIN_AXIS:  # one event alone would otherwise be drawn on an axis of hours
        middle = first + (last - first) / 2
        first, last = middle - MIN_AXIS / 2, middle + MIN_AXIS / 2
    pad = (last - first) * 0.04
    right = last + pad
    if labelled:  # room for the labels of the last events, so none is cut at the edge
        shown = frame["x1"] <= last
        right = max(right, (frame["x1"][shown] + frame["_room"][shown] + frame["_gap"][shown]).max())
        right = min(right, last + (last - first) * 0.9)
    full = (min(full[0], first - pad), max(full[1], right))
    fig.update_layout(
        barmode="overlay", height=max(style.min_height, 110 + style.row_px * n_rows) + SLIDER_PX * style.slider,
        margin=dict(l=tick_margin(ticktext, style.font_size), r=10, t=30, b=40), font=dict(size=style.font_size),
        clickmode="event+select",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0, title_text=""),
        hoverlabel=dict(font_size=style.font_size), dragmode="pan", shapes=shapes,
    )
    # Margins are set here, not measured by plotly: automargin measures every tick label and then draws
    # the whole chart a second time (at 79 lanes that doubled the browser's drawing time).
    fig.update_xaxes(type="date", range=[first - pad, right], showgrid=True, automargin=False)
    if style.slider:  # the zoom people know: drag the handles, or the window between them
        _slider(fig, full)
    # ticklabeloverflow "allow": the margin already fits the names, and checking each label for
    # clipping cost as much as drawing the marks.
    fig.update_yaxes(
        tickvals=tickvals, ticktext=ticktext, automargin=False, tickfont=dict(size=style.font_size),
        ticklabeloverflow="allow",
        minor=dict(tickvals=dividers, showgrid=True, griddash="dot", gridcolor="rgba(128,128,128,0.5)",
                   gridwidth=1, ticks=""),
        range=[n_rows - 0.5, -0.5], showgrid=False, zeroline=False, fixedrange=True,
    )
    return fig


def _slider(fig: go.Figure, full: tuple[Any, Any]) -> None:
    """A range slider under the time axis that does not draw the marks a second time.

    plotly draws every trace of an axis again inside its range slider: the hatched bars and diamonds twice
    tripled the chart's drawing time (a grey outline of the events still cost more than the marks). The marks
    sit on a second time axis that follows the first (`matches`); the first carries the slider alone, whose
    handles and window zoom the marks as before."""
    fig.update_traces(xaxis="x2")
    # plotly gives an axis a slider only when a trace is on it: an empty one, drawn nowhere
    fig.add_trace(go.Scatter(**UNCHECKED, x=[], y=[], xaxis="x", showlegend=False, hoverinfo="skip", name="slider"))
    fig.update_layout(xaxis2=dict(matches="x", overlaying="x", type="date", showticklabels=False, showgrid=False,
                                  ticks="", automargin=False, zeroline=False))
    # plotly sizes the slider as a share of the plot's height: at 107 lanes 0.08 was a 570-pixel slider.
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    fig.update_xaxes(rangeslider=dict(visible=True, range=list(full), thickness=min(0.3, SLIDER_THICK_PX / plot_px),
                                      bgcolor="rgba(128,128,128,0.08)"), selector=dict(overlaying=None))


def unchecked(figure: dict) -> go.Figure:
    """A figure dict these builders made, wrapped for st.plotly_chart without a second validation (given a
    dict, Streamlit validates every property again: 30-100 ms of each run)."""
    return go.Figure(figure, **UNCHECKED)


def _divider(y: float, line: dict) -> dict:
    return {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": y, "y1": y, "line": line,
            "layer": "below"}


REFERENCE_COLOUR = "#999999"  # neutral: reference spans sit behind the events, never compete with them
REFERENCE_HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra>%{customdata[4]}</extra>"
REFERENCE_DETAIL_CHARS = 160


def _reference_marks(part: pd.DataFrame, y: int, name: str, sliver: pd.Timedelta) -> go.Bar:
    """One reference layer as shaded spans on lane `y`; customdata[0] is empty, so a click opens no event."""
    start = part["start_date"]
    end = part["end_date"].fillna(start) + DAY
    middle = start + (end - start) / 2
    wide = (end - start) < sliver  # a one-day visit on a decades-long axis is still seen
    x0 = start.where(~wide, middle - sliver / 2)
    x1 = end.where(~wide, middle + sliver / 2)
    customdata = [
        ["", safe(label), format_when(f"{s:%Y-%m-%d}", f"{e:%Y-%m-%d}", "day"),
         safe(clip(str(detail), REFERENCE_DETAIL_CHARS)), safe(name)]
        for label, s, e, detail in zip(part["label"], start, part["end_date"].fillna(start), part["detail"])
    ]
    return go.Bar(**UNCHECKED,
        orientation="h", base=x0, x=(x1 - x0).dt.total_seconds() * 1000, y=[y] * len(part), width=0.5,
        name=f"{name} (Office of the Historian)", legendgroup="reference", customdata=customdata,
        hovertemplate=REFERENCE_HOVER,
        marker=dict(color=_tint(REFERENCE_COLOUR, 0.35), line=dict(color=REFERENCE_COLOUR, width=1)),
    )


def timeline_alt(events: pd.DataFrame, lane: str = "counterpart") -> str:
    """A one-sentence description of the timeline for screen readers."""
    if events.empty:
        return "An empty timeline: no events match the filters."
    dated = events.dropna(subset=["start_date"])
    span = (f" from {dated['start_date'].min():%B %Y} to {dated['end_date'].max():%B %Y}" if len(dated) else "")
    return f"Timeline of {len(events)} events{span}, in swimlanes by {lane}. The table below lists them."


def event_ids(points: Iterable[dict]) -> list[str]:
    """Event ids from a plotly selection's points (the id rides in customdata[0]; reference spans carry
    an empty one)."""
    out = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and data and data[0]:
            out.append(str(data[0]))
    return list(dict.fromkeys(out))
