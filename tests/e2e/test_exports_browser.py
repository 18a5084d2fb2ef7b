"""Downloads and reference layers in real Chromium: the chart as PNG, the briefing deck, a Historian lane."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import ARTIFACTS, offsite
from tests.e2e.server import CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium): browser and chart-image "
                                                               "tests skipped")
pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def _timeline(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .point", timeout=90_000)


def _download(page, label: str) -> bytes:
    button = page.get_by_role("button", name=label)
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=90_000) as info:
        button.click()
    return info.value.path().read_bytes()


def test_the_timeline_downloads_as_a_png_picture(page, app_url):
    _timeline(page, f"{app_url}/timeline")
    png = _download(page, "Chart as PNG")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000
    (ARTIFACTS / "timeline-export.png").write_bytes(png)
    assert not offsite(page.requests), offsite(page.requests)


def test_the_briefing_deck_downloads_with_one_slide_per_event(page, app_url):
    from pptx import Presentation

    _timeline(page, f"{app_url}/timeline?country=KZ")
    deck = Presentation(io.BytesIO(_download(page, "Briefing deck (.pptx)")))
    texts = ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in deck.slides]
    assert "Kazakhstan" in texts[0]
    assert any("Defense Cooperation Plan" in t for t in texts[2:]), "the 1999 signing has its slide"


def test_switching_on_ambassadors_adds_their_lane_and_the_url_keeps_it(page, app_url):
    _timeline(page, f"{app_url}/timeline?country=PK")
    page.get_by_role("button", name="U.S. ambassadors").click()
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?.textContent.includes('U.S. ambassadors')",
                           timeout=60_000)
    page.wait_for_function("() => location.search.includes('ref=ambassadors')", timeout=10_000)
    assert parse_qs(urlparse(page.url).query)["country"] == ["PK"]
    page.screenshot(path=str(ARTIFACTS / "timeline-reference.png"), full_page=True)
