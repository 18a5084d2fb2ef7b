"""Issue 14, item 3: the Overview map draws land and borders in Chromium with the network off, from the world
outline the app serves itself."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import ARTIFACTS, offsite
from tests.e2e.server import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                               "(apt-get install chromium); browser tests skipped")
_sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
# No name resolves but the loopback address: the machine is as good as offline.
OFFLINE = [*CHROMIUM_ARGS, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
LAYERS = ("() => Object.fromEntries([...document.querySelectorAll('.js-plotly-plot .geo .layer')].map(l =>"
          " [l.getAttribute('class').replace('layer ', ''),"
          " [...l.querySelectorAll('path')].reduce((n, p) => n + (p.getAttribute('d') || '').length, 0)]))")


@pytest.fixture(scope="module")
def offline_browser():
    with _sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=OFFLINE)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("size", [(1280, 720), (1440, 900)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_map_draws_land_and_borders_offline_from_the_apps_own_origin(offline_browser, app_url, size):
    context = offline_browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(app_url + "/")
    page.locator(".js-plotly-plot .geo .layer.land path").first.wait_for(state="attached", timeout=90_000)
    page.wait_for_timeout(1500)
    drawn = page.evaluate(LAYERS)
    assert drawn.get("land", 0) > 10_000, f"land shapes are drawn: {drawn}"
    assert drawn.get("countries", 0) > 10_000, f"borders are drawn: {drawn}"
    assert f"{app_url}/app/static/world_110m.json" in requests, "the outline comes from the app itself"
    assert not offsite(requests), offsite(requests)
    page.locator(".js-plotly-plot .geo").first.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / f"map-offline-{size[0]}x{size[1]}.png"))
    context.close()
