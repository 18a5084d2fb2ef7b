"""Downloads and reference layers in real Chromium: the chart as PNG, the briefing deck, a Historian lane."""

from __future__ import annotations

import io
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.server import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_app

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium): browser and chart-image "
                                                               "tests skipped")
ARTIFACTS = ROOT / "test-artifacts"
pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def app_url(seeded_db) -> Iterator[str]:
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_app(seeded_db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.requests = []  # type: ignore[attr-defined]
    tab.on("request", lambda request: tab.requests.append(request.url))  # type: ignore[attr-defined]
    yield tab
    context.close()


def _timeline(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .point", timeout=90_000)


def _offsite(requests: list[str]) -> list[str]:
    return [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname not in ("127.0.0.1", "localhost")]


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
    assert not _offsite(page.requests), _offsite(page.requests)  # type: ignore[attr-defined]


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
