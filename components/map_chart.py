"""Pure map builder: event places (entente.geo.event_places) -> a plotly scattergeo Figure, drawn offline.

plotly.js fetches its base map (topojson) from cdn.plot.ly unless told otherwise. The app ships Natural
Earth's 1:110m world outline (static/world_110m.json, public domain, see static/LICENSE-world_110m.md) and
serves it from its own origin (Streamlit's static serving, at app/static/); OFFLINE_CONFIG points plotly's
topojson loader there, so land and borders are drawn with no request leaving the machine. The outline holds
the objects `land` and `countries` only: the map shows land and country outlines (which trace the coasts),
never a layer the file lacks (coastlines, ocean, lakes, rivers).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from components.labels import country_name, format_when, safe

# Relative to the page, so the app works under a base URL path too; plotly adds "world_110m.json".
TOPOJSON_URL = "app/static/"
WORLD_OUTLINE = Path(__file__).resolve().parents[1] / "static" / "world_110m.json"
OFFLINE_CONFIG: dict[str, object] = {"topojsonURL": TOPOJSON_URL, "displaylogo": False, "scrollZoom": False}
LAND = "rgba(128,128,128,0.16)"  # pale enough for the light and the dark theme
BORDERS = "rgba(128,128,128,0.55)"
WORLD_WIDE = 200  # degrees of longitude past which the map shows the whole world
WORLD_LATITUDES = [-58.0, 84.0]  # Cape Horn to Greenland: plotly's own world view cuts the south unevenly
MARK = "#0072B2"
INEXACT = "#999999"


def _when(first: object, last: object) -> str:
    if pd.isna(first):
        return "undated"
    a = format_when(pd.Timestamp(first).date().isoformat(), None, "day")
    if pd.isna(last) or pd.Timestamp(last).date() == pd.Timestamp(first).date():
        return a
    return f"{a} – {format_when(pd.Timestamp(last).date().isoformat(), None, 'day')}"


def _hover(row: pd.Series) -> str:
    titles = list(row["titles"])
    shown = "<br>".join("· " + safe(t if len(t) <= 70 else t[:69] + "…") for t in titles[:6])
    more = f"<br>… and {len(titles) - 6} more" if len(titles) > 6 else ""
    where = safe(row["place"]) + (f" ({safe(country_name(row['country']))})" if row.get("country") else "")
    note = "" if row["exact"] else "<br><i>place not on the map: shown at the capital</i>"
    events = f"{row['events']} event" + ("s" if row["events"] != 1 else "")
    return f"<b>{where}</b><br>{events} · {safe(_when(row['first_date'], row['last_date']))}<br>{shown}{more}{note}"


def _bounds(lats: Iterable[float], lons: Iterable[float]) -> tuple[list[float], list[float]]:
    """Axis ranges around the points with a margin, never narrower than a region (~30° by 20°) and never
    a thin strip: Washington and Dubai alone would otherwise make a map 150° wide and 15° tall."""
    lats, lons = list(lats), list(lons)
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    lon_pad = max(12.0, (lon1 - lon0) * 0.15, (30 - (lon1 - lon0)) / 2)
    tall_enough = (lon1 - lon0 + 2 * lon_pad) * 0.4
    lat_pad = max(8.0, (lat1 - lat0) * 0.2, (20 - (lat1 - lat0)) / 2, (tall_enough - (lat1 - lat0)) / 2)
    return ([max(-85.0, lat0 - lat_pad), min(85.0, lat1 + lat_pad)],
            [max(-180.0, lon0 - lon_pad), min(180.0, lon1 + lon_pad)])


def uncluttered(lats: list[float], lons: list[float], *, spacing: float,
                taken: list[tuple[float, float]] | None = None) -> list[bool]:
    """Which points get a text label: in the order given (most important first), a point is labelled
    unless a labelled point (or one in `taken`) lies within `spacing` degrees of it."""
    placed = list(taken or [])
    out = []
    for lat, lon in zip(lats, lons, strict=True):
        free = all(abs(lat - a) > spacing * 0.5 or abs(lon - b) > spacing for a, b in placed)
        out.append(free)
        if free:
            placed.append((lat, lon))
    return out


def event_map_figure(places: pd.DataFrame, *, capitals: Mapping[str, tuple[float, float]] | None = None,
                     height: int = 420, font_size: int = 12) -> go.Figure:
    """Event places as circles sized by how many events each saw; hover lists the events.

    `capitals` (country code -> (lat, lon)) adds faint country names for orientation.
    """
    fig = go.Figure()
    if places.empty:
        fig.add_annotation(text="No event names a place", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(height=160, xaxis_visible=False, yaxis_visible=False, margin=dict(l=0, r=0, t=0, b=0))
        return fig
    biggest = max(int(places["events"].max()), 1)
    sizes = [10 + 26 * (n / biggest) ** 0.5 for n in places["events"]]
    codes = [c for c in (capitals or {}) if c]
    lat_range, lon_range = _bounds([*places["lat"], *(capitals[c][0] for c in codes)],
                                   [*places["lon"], *(capitals[c][1] for c in codes)])
    spacing = (lon_range[1] - lon_range[0]) * 0.09  # about the width of a short label
    if lon_range[1] - lon_range[0] >= WORLD_WIDE:  # places around the world: the inhabited world whole
        lat_range, lon_range = WORLD_LATITUDES, [-180.0, 180.0]
    labelled = uncluttered(list(places["lat"]), list(places["lon"]), spacing=spacing)
    fig.add_trace(go.Scattergeo(
        lat=places["lat"], lon=places["lon"], mode="markers+text", name="Event places",
        text=[safe(p.split(",")[-1].strip() if len(p) > 24 else p) if show else ""
              for p, show in zip(places["place"], labelled, strict=True)],
        textposition="top center", textfont=dict(size=font_size),
        marker=dict(size=sizes, color=[MARK if e else INEXACT for e in places["exact"]], opacity=0.8,
                    line=dict(width=1, color="white")),
        hovertext=[_hover(r) for _, r in places.iterrows()], hoverinfo="text",
        customdata=[ids[0] if len(ids) == 1 else "" for ids in places["event_ids"]],
    ))
    if codes:
        taken = [(a, b) for (a, b), show in zip(zip(places["lat"], places["lon"]), labelled, strict=True) if show]
        named = uncluttered([capitals[c][0] - 2.5 for c in codes], [capitals[c][1] for c in codes],
                            spacing=spacing, taken=taken)
        codes = [c for c, show in zip(codes, named, strict=True) if show]
        fig.add_trace(go.Scattergeo(  # under each capital, so a city label above the same point stays clear
            lat=[capitals[c][0] - 2.5 for c in codes], lon=[capitals[c][1] for c in codes], mode="text",
            text=[safe(country_name(c)).upper() for c in codes], textfont=dict(size=font_size - 2, color="#888888"),
            hoverinfo="skip", showlegend=False, name="countries",
        ))
    fig.update_geos(
        projection_type="natural earth", resolution=110, scope="world",
        showland=True, landcolor=LAND, showcountries=True, countrycolor=BORDERS, countrywidth=0.6,
        showocean=False, showlakes=False, showrivers=False, showcoastlines=False, showsubunits=False, showframe=True,
        framecolor="rgba(128,128,128,0.5)", bgcolor="rgba(0,0,0,0)",
        lataxis=dict(range=lat_range, showgrid=True, dtick=10, gridcolor="rgba(128,128,128,0.25)"),
        lonaxis=dict(range=lon_range, showgrid=True, dtick=10, gridcolor="rgba(128,128,128,0.25)"),
    )
    fig.update_layout(height=height, margin=dict(l=0, r=0, t=10, b=0), showlegend=False,
                      font=dict(size=font_size), hoverlabel=dict(font_size=font_size))
    return fig


def map_alt(places: pd.DataFrame) -> str:
    """One sentence describing the map for screen readers."""
    if places.empty:
        return "No event in view names a place."
    named = ", ".join(f"{p} ({n})" for p, n in zip(places["place"], places["events"], strict=True))
    return f"Map of {int(places['events'].sum())} events at {len(places)} places: {named}."
