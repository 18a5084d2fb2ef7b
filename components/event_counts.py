"""The timeline when there are more events than a person can read: counts per month or year in each lane."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from components import time_axis
from components.labels import clip, safe
from components.lanes import SLIDER_PX, TICK_CHARS, TimelineStyle, lane_lists, lane_order, tick_margin

# A month per cell while that keeps a row under ~180 cells; longer spans count per year.
MONTHLY_SPAN_YEARS = 15
COUNT_COLOURS = [[0.0, "#DCEBF5"], [1.0, "#0072B2"]]  # pale to Okabe-Ito blue: one hue, ordered by count


def period_of(span: pd.Timedelta) -> str:
    """`month` for spans up to MONTHLY_SPAN_YEARS years, else `year`."""
    return "month" if span <= pd.Timedelta(days=365 * MONTHLY_SPAN_YEARS) else "year"


def lane_counts(events: pd.DataFrame, lane: str, theme_labels: Mapping[str, str] | None = None,
                chosen: tuple[str, ...] = ()) -> tuple[pd.DataFrame, str]:
    """(lane, period, events) rows for the dated events, and the period used; an event with several themes
    counts once in each of its theme lanes."""
    dated = events[events["start_date"].notna()]
    frame = pd.DataFrame({"lane": lane_lists(dated, lane, theme_labels, chosen),
                          "start": pd.to_datetime(dated["start_date"])})
    frame = frame.explode("lane", ignore_index=True)
    if frame.empty:
        return frame.assign(period=[], events=[]), "month"
    opening = time_axis.focus(dated["start_date"], dated["end_date"])  # a stray 1861 must not make it yearly
    period = period_of(opening.last - opening.first if opening else frame["start"].max() - frame["start"].min())
    frame["period"] = frame["start"].dt.to_period("M" if period == "month" else "Y").dt.start_time
    counts = frame.groupby(["lane", "period"]).size().rename("events").reset_index()
    return counts, period


def counts_figure(events: pd.DataFrame, *, lane: str, style: TimelineStyle,
                  theme_labels: Mapping[str, str] | None = None, chosen: tuple[str, ...] = ()) -> go.Figure:
    """One heatmap row per lane, one cell per month (or year), shaded by how many events fall in it; a note
    on the chart says why single events are not drawn. One trace whatever the number of events."""
    counts, period = lane_counts(events, lane, theme_labels, chosen)
    lanes = lane_order(counts["lane"].unique())
    grid = counts.pivot(index="lane", columns="period", values="events").reindex(lanes)
    names = [safe(clip(str(v), TICK_CHARS)) for v in lanes]
    undated = int(events["start_date"].isna().sum())
    note = (f"{len(events):,} events: more than can be drawn one by one, so each cell counts the events of a "
            f"{period} in its lane" + (f" ({undated:,} undated left out)" if undated else "")
            + ". Narrow the filters to see single events.")
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=list(grid.columns), y=names, colorscale=COUNT_COLOURS, xgap=1, ygap=1,
        hoverongaps=False, colorbar=dict(title=dict(text="events"), thickness=12),
        hovertemplate="%{y}<br>%{x|" + ("%b %Y" if period == "month" else "%Y") + "}: %{z} events<extra></extra>",
    ))
    fig.update_layout(
        height=max(style.min_height, 130 + style.row_px * len(lanes)), font=dict(size=style.font_size),
        margin=dict(l=tick_margin(names, style.font_size), r=10, t=60, b=40),
        title=dict(text=safe(note), font=dict(size=style.font_size), x=0, xanchor="left", y=1, yanchor="top",
                   pad=dict(t=8)),
    )
    fig.update_xaxes(type="date", automargin=False)
    opening = time_axis.focus(events["start_date"], events["end_date"])
    if opening is not None and opening.outside:  # open on where the events are, as the single-event chart does
        pad = (opening.last - opening.first) * 0.03
        fig.update_xaxes(range=[opening.first - pad, opening.last + pad])
        if style.slider:
            fig.update_xaxes(rangeslider=dict(visible=True, thickness=0.08))
            fig.update_layout(height=fig.layout.height + SLIDER_PX)
    fig.update_yaxes(autorange="reversed", automargin=False, tickfont=dict(size=style.font_size), fixedrange=True)
    return fig
