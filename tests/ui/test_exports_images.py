"""Chart pictures and the briefing deck from the Timeline: drawn by kaleido in Debian's chromium, offline."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from streamlit.testing.v1 import AppTest

from components import charts, exports

APP = str(Path(__file__).resolve().parents[2] / "app.py")
needs_chromium = pytest.mark.skipif(not exports.images_available(),
                                    reason=f"no Chromium at {exports.CHROMIUM} (apt-get install chromium): "
                                           "kaleido can't draw chart images")


@pytest.fixture(scope="module")
def kaleido_offline():
    """kaleido may neither download a browser nor load scripts from the network; its server stops after."""
    import kaleido

    yield kaleido
    kaleido.stop_sync_server(silence_warnings=True)


def test_the_kaleido_page_loads_nothing_from_the_network():
    from kaleido import PageGenerator

    page = PageGenerator(**exports.kaleido_page_options()).generate_index()
    assert "http://" not in page and "https://" not in page, "plotly.js and MathJax must not come from a CDN"
    assert "plotly.min.js" in page


@needs_chromium
def test_timeline_as_png_and_svg_shows_the_events(kaleido_offline, sample_events, monkeypatch):
    monkeypatch.setattr(kaleido_offline, "get_chrome_sync", lambda *a, **k: pytest.fail("tried to download Chrome"))
    figure = charts.timeline_figure(sample_events)
    png = exports.figure_image(figure, "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    from PIL import Image

    width, height = Image.open(io.BytesIO(png)).size
    assert width == 2 * exports.IMAGE_WIDTH and height == 2 * figure.layout.height, "drawn at twice the size"
    svg = exports.figure_image(figure, "svg").decode()
    assert svg.lstrip().startswith("<svg") and "Kazakhstan" in svg and "Pakistan" in svg
    assert "Kerry-Lugar &#60;b&#62;aid&#60;/b&#62; &amp; debate" in svg, "a title's markup is drawn as text"


@needs_chromium
def test_deck_from_the_timeline_carries_the_chart_picture(kaleido_offline, sample_events):
    deck = Presentation(io.BytesIO(exports._deck(sample_events, charts.timeline_figure(sample_events), "Briefing")))
    slides = list(deck.slides)
    assert len(slides) == 2 + len(sample_events) + 1, "title, timeline, events, sources"
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slides[1].shapes)


def test_deck_without_chromium_still_lists_every_event(sample_events, monkeypatch):
    monkeypatch.setattr(exports, "images_available", lambda: False)
    deck = Presentation(io.BytesIO(exports._deck(sample_events, charts.timeline_figure(sample_events), "Briefing")))
    assert len(deck.slides) == 1 + len(sample_events) + 1, "no picture slide, but every event and the sources"


def test_unknown_image_format_is_refused(sample_events):
    with pytest.raises(ValueError, match="png or svg"):
        exports.figure_image(charts.timeline_figure(sample_events), "eps")


def test_timeline_offers_the_deck_and_chart_pictures(seeded_db, monkeypatch):
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("app_pages/timeline.py").run()
    assert not at.exception, [e.value for e in at.exception]
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"CSV", "JSON", "TimelineJS", "Calendar (.ics)", "Briefing deck (.pptx)"} <= labels
    if exports.images_available():
        assert {"Chart as PNG", "Chart as SVG"} <= labels
    else:
        assert any("Chromium" in c.value for c in at.caption), "says why there are no pictures"


@needs_chromium
def test_a_chart_picture_carries_its_title_filters_and_sources(kaleido_offline, sample_events):
    from entente.query import Filters

    caption = exports.view_caption(Filters(countries=("PK",), year_from=2009, year_to=2010, planned=False),
                                   ["U.S., Pakistan Seek <b>Broader</b> Ties", "Kerry-Lugar & after"])
    assert caption.startswith("Filters: Pakistan · 2009–2010 · planned events hidden. Source: 2 documents: ")
    figure = charts.timeline_figure(sample_events)
    svg = exports.figure_image(figure, "svg", title="Entente briefing: Pakistan", caption=caption).decode()
    assert "Entente briefing: Pakistan" in svg
    assert "Filters: Pakistan · 2009–2010" in svg and "Source: 2 documents" in svg
    assert "&lt;b&gt;Broader&lt;/b&gt;" in svg or "&#60;b&#62;Broader&#60;/b&#62;" in svg, "document text drawn as text"
    assert "rangeslider" not in svg, "the range slider is for the screen, not for paper"
    plain = exports.figure_image(figure, "png")
    titled = exports.figure_image(figure, "png", title="t", caption=caption)
    from PIL import Image

    assert Image.open(io.BytesIO(titled)).size[1] > Image.open(io.BytesIO(plain)).size[1], "room for the caption"
