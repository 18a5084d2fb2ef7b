"""The app in real Chromium: the timeline is drawn, a click opens an event, links keep filters, nothing leaves 127.0.0.1."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import ARTIFACTS, offsite, press_until
from tests.e2e.server import CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium); browser tests skipped")
_sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = _sync_api.expect


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector('[data-testid="stMain"] :is(h1, h2)', timeout=90_000)


def test_timeline_is_drawn_in_chromium_with_event_marks(page, app_url):
    _open(page, f"{app_url}/timeline")
    page.wait_for_selector(".js-plotly-plot .point", timeout=60_000)
    marks = page.locator(".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point").count()
    assert marks >= 3
    assert "Kazakhstan" in page.locator(".js-plotly-plot").inner_text(), "the 1999 signing has its swimlane"
    page.wait_for_timeout(1500)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    assert not offsite(page.requests), offsite(page.requests)


def test_hovering_then_clicking_an_event_opens_its_details(page, app_url):
    _open(page, f"{app_url}/timeline?country=KZ")
    diamond = page.locator(".js-plotly-plot .scatterlayer .point").first
    diamond.wait_for(timeout=60_000)
    box = diamond.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => document.querySelector('.hoverlayer')?.textContent.includes('1999')",
                           timeout=10_000)
    assert "17 Dec 1999 (day)" in page.locator(".hoverlayer").text_content(), "hover gives the date as written"
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.get_by_text("Evidence", exact=True).wait_for(timeout=30_000)
    assert "event" in parse_qs(urlparse(page.url).query)
    page.screenshot(path=str(ARTIFACTS / "timeline-event.png"), full_page=True)


def test_filters_in_the_url_survive_switching_pages(page, app_url):
    _open(page, f"{app_url}/timeline?country=KZ&year_to=2005")
    page.get_by_role("link", name="Delegations").first.click()
    page.wait_for_url("**/delegations**", timeout=30_000)
    page.wait_for_function("() => location.search.includes('country=KZ')", timeout=30_000)
    assert parse_qs(urlparse(page.url).query) == {"country": ["KZ"], "year_to": ["2005"]}
    page.reload()
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
    page.wait_for_timeout(1000)
    assert parse_qs(urlparse(page.url).query) == {"country": ["KZ"], "year_to": ["2005"]}


@pytest.mark.parametrize("path", ["/", "/delegations", "/topics?theme=kerry-lugar", "/documents",
                                  "/timeline?present=1"])
def test_every_page_renders_offline(page, app_url, path):
    _open(page, app_url + path)
    page.wait_for_timeout(2500)
    assert not page.locator('[data-testid="stException"]').count()
    name = path.strip("/").split("?")[0] or "overview"
    page.screenshot(path=str(ARTIFACTS / f"{name}{'-present' if 'present' in path else ''}.png"), full_page=True)
    assert not offsite(page.requests), offsite(page.requests)


def test_presenter_mode_hides_the_sidebar_and_toolbar(page, app_url):
    _open(page, f"{app_url}/timeline?present=1")
    page.get_by_text("Slide 1 of").wait_for(timeout=30_000)
    # The presenter style lands in the same rerun as the slide: wait for it rather than race it.
    expect(page.locator('[data-testid="stSidebar"]')).to_be_hidden(timeout=15_000)
    expect(page.locator('[data-testid="stToolbar"]')).to_be_hidden(timeout=15_000)
    press_until(page, "ArrowRight", re.compile(r"Slide ([2-9]|1\d) of"), pause_ms=1500)  # a clicker's → key
    assert page.get_by_text(re.compile(r"Slide ([2-9]|1\d) of")).count()
    assert "event" in parse_qs(urlparse(page.url).query)
