"""Fixtures every browser test shares: the app served from the seeded store, Debian's Chromium, a tab
that records every request it makes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from tests.e2e.server import CHROMIUM, CHROMIUM_ARGS, ROOT, streamlit_app

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def app_url(seeded_db) -> Iterator[str]:
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_app(seeded_db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()


def offsite(requests: list[str]) -> list[str]:
    """The requests that left the machine."""
    return [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname not in ("127.0.0.1", "localhost")]


def press_until(page, key: str, shown: re.Pattern[str], *, tries: int = 6, pause_ms: int = 0) -> None:
    """Press `key` until text matching `shown` appears: under load the first press can land before the
    page has bound its shortcut."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(tries):
        if pause_ms:
            page.wait_for_timeout(pause_ms)
        page.keyboard.press(key)
        try:
            page.get_by_text(shown).wait_for(timeout=5_000)
            return
        except PlaywrightTimeout:
            continue
