"""Issue 14, item 6: presenter mode at a screen-share's 1280x720 and at 1920x1080: nothing clipped, the headline
near the top, the notes' positions shown, and leaving with Esc puts the timeline back as a fresh load draws it."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import ARTIFACTS, press_until
from tests.e2e.server import CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium); browser tests skipped")
_sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
SIZES = [(1280, 720), (1920, 1080)]
# Text cut by its box: an element whose content is wider than the box that shows it.
CLIPPED = """sel => [...document.querySelectorAll(sel)].filter(e => e.scrollWidth > e.clientWidth + 1)
                                                 .map(e => e.innerText)"""
LEGEND = "() => [...document.querySelectorAll('.js-plotly-plot .legendtext')].map(t => t.getBBox().width.toFixed(0))"


def _dialogue_id(db: str) -> str:
    from entente import query

    frame = query.events(query.Filters(planned=False), db)
    return str(frame[frame["title"].str.contains("Strategic Dialogue at")].iloc[0]["id"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_clipped_and_the_headline_is_near_the_top(page, app_url, seeded_db, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{app_url}/timeline?present=1&notes=1&event={_dialogue_id(seeded_db)}")
    page.get_by_text("Speaker notes", exact=True).wait_for(timeout=90_000)
    tags = page.locator('.st-key-theme-tags [data-testid="stPageLink"]')
    tags.first.wait_for(timeout=30_000)  # (drawn after the notes on a loaded machine)
    page.wait_for_timeout(1500)
    assert page.evaluate(CLIPPED, '[data-testid="stButton"] button, [data-testid="stButton"] button p') == []
    assert tags.count() >= 3
    assert page.evaluate(CLIPPED, '.st-key-theme-tags [data-testid="stPageLink"] *') == [], "theme tags whole"
    headline = page.locator('[data-testid="stMain"] h2').first
    assert "Strategic Dialogue" in headline.inner_text()
    box = headline.bounding_box()
    assert box["y"] + box["height"] < size[1] * 0.4, f"the headline sits near the top: {box}"
    notes = page.locator(".st-key-speaker-notes")
    assert "Defense Threat Reduction Agency" in notes.inner_text(), "the notes give each person's position"
    page.screenshot(path=str(ARTIFACTS / f"presenter-{size[0]}x{size[1]}.png"))


def test_after_esc_the_timeline_is_drawn_as_a_fresh_load_draws_it(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/timeline")
    page.wait_for_selector(".js-plotly-plot .point", timeout=90_000)
    page.wait_for_timeout(1500)
    fresh = page.evaluate(LEGEND)
    page.goto(f"{app_url}/timeline?present=1")
    page.get_by_text("Slide 1 of").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    press_until(page, "Escape", re.compile("Swimlanes by"), pause_ms=1000)
    page.wait_for_selector(".js-plotly-plot .rangeslider-container", timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.evaluate(LEGEND) == fresh
    page.screenshot(path=str(ARTIFACTS / "presenter-after-esc-1280x720.png"))
