"""Everything on the Timeline and in presenter mode can be reached and used from the keyboard alone."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import ARTIFACTS, press_until
from tests.e2e.server import CHROMIUM

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium); browser tests skipped")
_sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
MAX_TABS = 160

# What has the focus: the Streamlit element around it (its key class when it has one) and its name.
FOCUSED = """() => { const a = document.activeElement; if (!a || a === document.body) return null;
    const keyed = a.closest('[class*="st-key-"]');
    const key = keyed ? [...keyed.classList].find(c => c.startsWith('st-key-')).slice(7) : '';
    const el = a.closest('[data-testid^="st"]');
    return {key, testid: el ? el.getAttribute('data-testid') : '', sidebar: !!a.closest('[data-testid="stSidebar"]'),
            name: (a.getAttribute('aria-label') || a.innerText || a.value || '').trim().slice(0, 80)}; }"""


def _tab_through(page, *, until=None) -> list[dict]:
    """Press Tab until the focus comes round again (or `until` matches), recording each stop."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    stops: list[dict] = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        here = page.evaluate(FOCUSED)
        if here is None:
            continue
        stops.append(here)
        if until and until(here):
            break
    return stops


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot .point", timeout=90_000)
    page.wait_for_timeout(1000)


def test_tab_reaches_the_filters_the_event_list_and_the_exports_on_the_timeline(page, app_url):
    _open(page, f"{app_url}/timeline?country=KZ,PK")
    stops = _tab_through(page)
    sidebar = {s["name"] for s in stops if s["sidebar"]}
    assert any("Counterpart" in n or "Kazakhstan" in n for n in sidebar) or \
        any(s["testid"] == "stMultiSelect" and s["sidebar"] for s in stops), sidebar
    assert any(s["key"] == "w_pair" for s in stops), "the bilateral toggle"
    assert any(s["key"] == "w_year_from" for s in stops) and any(s["key"] == "w_year_to" for s in stops), \
        "the typed From and To years"
    assert any(s["key"] == "timeline-pick" for s in stops), "the list that opens an event without the chart"
    assert any(s["key"] == "timeline-table-open" or "as a table" in s["name"] for s in stops)
    for export in ("export-csv", "export-json", "export-pptx", "image-timeline-png"):
        assert any(s["key"] == export for s in stops), f"{export} is reachable: {[s['key'] for s in stops]}"
    assert any("Present these events" in s["name"] for s in stops)


def test_an_event_opens_from_the_keyboard(page, app_url):
    _open(page, f"{app_url}/timeline?country=KZ")
    stops = _tab_through(page, until=lambda s: s["key"] == "timeline-pick")
    assert stops and stops[-1]["key"] == "timeline-pick"
    page.keyboard.type("Defense Cooperation")
    page.keyboard.press("Enter")
    page.get_by_text("Evidence", exact=True).wait_for(timeout=30_000)
    assert "event" in parse_qs(urlparse(page.url).query)
    page.screenshot(path=str(ARTIFACTS / "timeline-keyboard-event.png"), full_page=True)


def _slide(page) -> int:
    text = page.get_by_text(re.compile(r"^Slide \d+ of")).first.inner_text()
    return int(re.search(r"Slide (\d+)", text).group(1))


def test_presenter_buttons_are_reachable_and_the_arrows_and_n_key_work(page, app_url):
    page.goto(f"{app_url}/timeline?present=1")
    page.get_by_text(re.compile(r"^Slide 1 of")).wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    keys = {s["key"] for s in _tab_through(page)}
    assert {"story-next", "story-leave", "story-notes"} <= keys, keys
    press_until(page, "ArrowRight", re.compile(r"^Slide 2 of"))
    assert _slide(page) == 2
    keys = {s["key"] for s in _tab_through(page)}
    assert "story-prev" in keys, "Previous is reachable once it is enabled"
    page.keyboard.press("ArrowLeft")
    page.get_by_text(re.compile(r"^Slide 1 of")).wait_for(timeout=15_000)
    page.keyboard.press("n")
    page.get_by_text("Speaker notes", exact=True).wait_for(timeout=15_000)
    assert parse_qs(urlparse(page.url).query).get("notes") == ["1"]
    page.screenshot(path=str(ARTIFACTS / "present-notes.png"), full_page=True)
    page.keyboard.press("n")
    page.wait_for_function("() => !location.search.includes('notes=')", timeout=15_000)
    _sync_api.expect(page.get_by_text("Speaker notes", exact=True)).to_have_count(0, timeout=15_000)
