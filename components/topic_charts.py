"""Pure chart builders for the Topics and Delegations pages: a theme across country pairs, a person over time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go


from components.charts import OKABE_ITO, legend_names, type_colour
from components.labels import country_name, format_when, safe, text_or_none
from entente.models import HOME

MENTION_COLOUR = "#999999"


def _day(value: object) -> str:
    """A mention's date (a pandas Timestamp) as the formatter writes a day: `7 Jun 2010`."""
    return format_when(f"{value:%Y-%m-%d}" if text_or_none(value) else None, None, "day")


def pair_label(counterpart: str | None, home: str = HOME) -> str:
    """`PK` -> `United States–Pakistan`: the relationship a lane stands for."""
    code = text_or_none(counterpart)
    if not code or code == home:
        return country_name(home)
    return f"{country_name(home)}–{country_name(code)}"


def theme_timeline_figure(events: pd.DataFrame, mentions: pd.DataFrame, *, home: str = HOME,
                          font_size: int = 13) -> go.Figure:
    """One lane per country pair: the theme's events as diamonds coloured by type (click one to open it),
    and each document's mentions as a grey circle sized by how often it mentions the theme."""
    fig = go.Figure()
    dated = events.dropna(subset=["start_date"]) if not events.empty else events
    if dated.empty and mentions.empty:
        fig.add_annotation(text="Nothing dated", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(height=160, xaxis_visible=False, yaxis_visible=False)
        return fig
    lanes = sorted({pair_label(c, home) for c in [*dated.get("counterpart", []), *mentions.get("counterpart", [])]})
    if not mentions.empty:
        biggest = max(int(mentions["mentions"].max()), 1)
        fig.add_trace(go.Scatter(
            x=mentions["date"], y=[pair_label(c, home) for c in mentions["counterpart"]], mode="markers",
            name="Mentions in a document",
            marker=dict(size=[8 + 22 * (n / biggest) ** 0.5 for n in mentions["mentions"]], color=MENTION_COLOUR,
                        opacity=0.45, line=dict(width=1, color=MENTION_COLOUR)),
            customdata=[["", safe(t), f"{n} mention" + ("s" if n != 1 else ""), safe(_day(d))]
                        for t, n, d in zip(mentions["document_title"], mentions["mentions"], mentions["date"],
                                           strict=True)],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[3]}<br>%{customdata[2]}<extra></extra>",
        ))
    legend = legend_names(dated["type"]) if not dated.empty else {}
    for name, part in (dated.groupby(dated["type"].astype(str).map(legend), sort=True) if not dated.empty else []):
        when = [format_when(text_or_none(s), text_or_none(e), text_or_none(p))
                for s, e, p in zip(part["start"], part["end"], part["precision"], strict=True)]
        fig.add_trace(go.Scatter(
            x=part["start_date"] + (part["end_date"].fillna(part["start_date"]) - part["start_date"]) / 2,
            y=[pair_label(c, home) for c in part["counterpart"]], mode="markers", name=str(name).capitalize(),
            marker=dict(symbol="diamond", size=font_size + 5, color=type_colour(str(part["type"].iloc[0])),
                        line=dict(width=1, color="white")),
            customdata=[[str(i), safe(t), safe(w)] for i, t, w in zip(part["id"], part["title"], when, strict=True)],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<extra></extra>",
        ))
    xs = pd.concat([dated["start_date"] if not dated.empty else pd.Series(dtype="datetime64[ns]"),
                    mentions["date"] if not mentions.empty else pd.Series(dtype="datetime64[ns]")])
    first, last = xs.min(), xs.max()
    pad = max((last - first) * 0.06, pd.Timedelta(days=30))
    fig.update_layout(
        height=150 + 70 * len(lanes), margin=dict(l=10, r=10, t=30, b=40), font=dict(size=font_size),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0), clickmode="event+select", dragmode="pan",
    )
    fig.update_xaxes(type="date", range=[first - pad, last + pad], showgrid=True)
    fig.update_yaxes(categoryorder="array", categoryarray=lanes[::-1], fixedrange=True, showgrid=False)
    return fig


def appearances_figure(appearances: pd.DataFrame, *, font_size: int = 13) -> go.Figure:
    """One person's appearances over time (entente.query.appearances): a diamond per event, one row per role."""
    fig = go.Figure()
    dated = appearances.dropna(subset=["start_date"]) if not appearances.empty else appearances
    if dated.empty:
        fig.add_annotation(text="No dated appearance", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(height=120, xaxis_visible=False, yaxis_visible=False)
        return fig
    roles = dated["role"].map(lambda r: (text_or_none(r) or "taking part").capitalize())
    when = [format_when(pd.Timestamp(d).date().isoformat(), None, text_or_none(p))
            for d, p in zip(dated["start_date"], dated["precision"], strict=True)]
    fig.add_trace(go.Scatter(
        x=dated["start_date"], y=roles, mode="markers", showlegend=False,
        marker=dict(symbol="diamond", size=font_size + 5, color="#0072B2", line=dict(width=1, color="white")),
        customdata=[[str(i), safe(t), safe(w)] for i, t, w in zip(dated["event_id"], dated["title"], when, strict=True)],
        hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]}<extra></extra>",
    ))
    first, last = dated["start_date"].min(), dated["start_date"].max()
    pad = max((last - first) * 0.08, pd.Timedelta(days=90))
    fig.update_layout(height=110 + 34 * roles.nunique(), margin=dict(l=10, r=10, t=10, b=30),
                      font=dict(size=font_size), clickmode="event+select")
    fig.update_xaxes(type="date", range=[first - pad, last + pad], showgrid=True)
    fig.update_yaxes(fixedrange=True, showgrid=False, categoryorder="category descending")
    return fig


def mentions_by_year_figure(series: pd.DataFrame, *, font_size: int = 13) -> go.Figure:
    """Stacked bars of a theme's mentions per year, one colour per counterpart; bars a year wide even
    when the years in view are far apart (1999 and 2009 alone would otherwise draw decade-wide bars)."""
    fig = go.Figure()
    if series.empty:
        fig.add_annotation(text="No mentions", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(height=160, xaxis_visible=False, yaxis_visible=False)
        return fig
    grouped = series.dropna(subset=["year"]).groupby(["counterpart", "year"], as_index=False)["mentions"].sum()
    for i, (code, part) in enumerate(grouped.groupby("counterpart", sort=True)):
        label = safe(pair_label(str(code)))
        fig.add_trace(go.Bar(
            x=part["year"], y=part["mentions"], name=label, width=0.8, marker_color=OKABE_ITO[i % len(OKABE_ITO)],
            hovertemplate=f"{label}<br>%{{x}}: %{{y}} mentions<extra></extra>",
        ))
    years = grouped["year"]
    low, high = (years.min(), years.max()) if len(years) else (2000, 2000)
    pad = max(1.5, (high - low) * 0.05)
    fig.update_layout(barmode="stack", height=300, margin=dict(l=10, r=10, t=30, b=40), font=dict(size=font_size),
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0), yaxis_title="Mentions")
    fig.update_xaxes(tickformat="d", range=[low - pad, high + pad], dtick=1 if high - low < 12 else None)
    return fig
