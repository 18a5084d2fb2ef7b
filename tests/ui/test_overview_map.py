"""The Overview's map: places geocoded offline, a scattergeo that never asks a CDN, and the page drawing it."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import map_chart
from entente import geo

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.mark.parametrize(("place", "country", "near"), [
    ("The Pentagon, Arlington", "US", (38.87, -77.06)),   # a curated site, not Arlington, Texas
    ("Joint Staff Headquarters, Rawalpindi", "PK", (33.60, 73.05)),
    ("Grand Hyatt Dubai", "AE", (25.23, 55.33)),
    ("Washington", "US", (38.90, -77.04)),                 # not Washington in England
    ("Rawalpindi", "PK", (33.60, 73.05)),
    ("Almaty", "KZ", (43.25, 76.95)),                      # straight from the city gazetteer
    ("Paris", "FR", (48.85, 2.35)),
])
def test_places_are_located_offline(place, country, near):
    (lat, lon), exact = geo.coordinates(place, country)
    assert exact and abs(lat - near[0]) < 0.3 and abs(lon - near[1]) < 0.3


def test_an_unknown_place_stands_at_its_capital_and_says_so():
    (lat, lon), exact = geo.coordinates("a remote mountain base", "KZ")
    assert not exact and abs(lat - 51.17) < 0.3
    assert geo.coordinates("somewhere", None) is None


def _events(*rows: tuple[str, str | None, str | None, str]) -> pd.DataFrame:
    return pd.DataFrame([{"id": i, "title": t, "location": loc, "location_country": c,
                          "start_date": pd.Timestamp(d), "end_date": pd.Timestamp(d)}
                         for i, (t, loc, c, d) in enumerate(rows)])


def test_events_at_one_place_share_a_circle_and_unplaced_events_stay_off_the_map():
    places = geo.event_places(_events(
        ("Panel 1", "Grand Hyatt Dubai", "AE", "2009-10-08"), ("Panel 2", "Grand Hyatt Dubai", "AE", "2009-10-09"),
        ("Signing", "The Pentagon, Arlington", "US", "1999-12-17"), ("Phone call", None, None, "2010-01-01")))
    assert list(places["place"]) == ["Grand Hyatt Dubai", "The Pentagon, Arlington"]
    dubai = places.iloc[0]
    assert dubai["events"] == 2 and dubai["titles"] == ["Panel 1", "Panel 2"]
    assert (dubai["first_date"], dubai["last_date"]) == (pd.Timestamp("2009-10-08"), pd.Timestamp("2009-10-09"))


def test_the_map_reads_its_world_outline_from_the_app_and_draws_only_the_layers_it_holds():
    url = map_chart.OFFLINE_CONFIG["topojsonURL"]
    assert not urlparse(url).scheme and not urlparse(url).netloc, "the app's own origin, never plotly's CDN"
    assert url == "app/static/" and map_chart.WORLD_OUTLINE.name == "world_110m.json"  # plotly's file name
    topology = json.loads(map_chart.WORLD_OUTLINE.read_text())
    assert topology["type"] == "Topology" and set(topology["objects"]) == {"countries", "land"}
    assert len(topology["objects"]["countries"]["geometries"]) > 170
    fig = map_chart.event_map_figure(geo.event_places(_events(("Talks", "Rawalpindi", "PK", "2010-06-07"))))
    layout = fig.layout.geo
    assert layout.showland and layout.showcountries and (layout.scope, layout.resolution) == ("world", 110)
    # plotly.js reads objects[<layer>] for each layer shown: one the file lacks would break the map
    assert not any((layout.showcoastlines, layout.showocean, layout.showlakes, layout.showrivers))


def test_the_app_serves_the_static_folder():
    import tomllib

    config = tomllib.loads((Path(APP).parent / ".streamlit" / "config.toml").read_text())
    assert config["server"]["enableStaticServing"] is True
    assert (Path(APP).parent / "static" / "LICENSE-world_110m.md").exists()


def test_hover_text_from_documents_is_escaped():
    places = geo.event_places(_events(("<img src=x onerror=alert(1)> talks", "Rawalpindi", "PK", "2010-06-07")))
    hover = map_chart.event_map_figure(places).data[0].hovertext[0]
    assert "<img" not in hover and "&lt;img" in hover


def test_close_places_do_not_print_their_labels_over_each_other():
    shown = map_chart.uncluttered([38.87, 38.90, 25.2], [-77.06, -77.04, 55.3], spacing=10)
    assert shown == [True, False, True]


def test_the_overview_draws_the_map_of_seed_events(seeded_db, monkeypatch):
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Where events took place" in [s.value for s in at.subheader]
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    geo_traces = [t for c in charts for t in c["data"] if t.get("type") == "scattergeo" and t.get("mode") != "text"]
    places = [h.split("</b>")[0].removeprefix("<b>") for h in geo_traces[0]["hovertext"]] if geo_traces else []
    # Dubai, Rawalpindi, the Pentagon, Washington, and the United States of the Kazakh minister's visit
    assert len(places) == 5 and any(p.startswith("United States") for p in places), places
    assert any("name no place" in c.value for c in at.caption)
