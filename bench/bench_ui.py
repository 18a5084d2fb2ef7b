"""UI speed in real Chromium: open /timeline → chart drawn, and filter change → chart redrawn, each next to a
bare Streamlit page with one plotly chart measured in the same run (seeds + the 587 State Department releases).

Run: `.venv/bin/python -m bench.bench_ui [--runs N]`. The store is built once and kept under bench/out/,
keyed by the extractor version, so reruns skip the minutes of ingest.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, print_table, shared_path
from tests.e2e.server import streamlit_app
from entente.extract import EXTRACTOR_VERSION

OUT = ROOT / "bench" / "out"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# A chart counts as drawn when plotly has put marks in it, not when its empty frame appears.
DRAWN = ".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point"
TIMEOUT_MS = 120_000

# The baseline: the smallest Streamlit page with one plotly chart, and a selectbox that changes it.
BARE_PAGE = '''
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(layout="wide")
st.title("Bare")
n = st.selectbox("Points", [40, 20])
st.plotly_chart(go.Figure(go.Scatter(x=list(range(n)), y=[i % 7 for i in range(n)], mode="markers")))
'''


def build_store() -> str:
    """The seeds plus the 2021 releases in a SQLite file, reused while the extractor version stays."""
    from entente.pipeline import ingest_paths

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"ui-store-{EXTRACTOR_VERSION}.sqlite"
    if not path.exists():
        corpus = shared_path("data", "statedept", "statedept_press_releases_2021.jsonl")
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        url = f"sqlite:///{building}"
        started = time.perf_counter()
        print(f"building {path.name} (seeds + 587 releases; minutes, once)…", flush=True)
        ingest_paths(sorted((ROOT / "seeds").glob("*.txt")), url)
        ingest_paths([corpus], url, workers=max(1, min(4, (os.cpu_count() or 1))))
        shutil.move(building, path)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return f"sqlite:///{path}"


def _marks_signature(page) -> str:
    return page.evaluate("""() => { const p = document.querySelector('.js-plotly-plot');
        return p ? String(p.querySelectorAll('.point').length) + ':' + (p._fullData || []).length : ''; }""")


def time_open(browser, url: str) -> float:
    """Seconds from navigation start to the first chart with marks, in a fresh browser context."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(DRAWN, timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - started
    context.close()
    return seconds


def time_filter(browser, url: str, prepare, commit) -> float:
    """Seconds from a filter change (the click that commits it, after `prepare` opened the widget) to the
    chart redrawn with different marks."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(DRAWN, timeout=TIMEOUT_MS)
    page.wait_for_timeout(800)  # let the first run settle: no pending reruns
    before = _marks_signature(page)
    option = prepare(page)
    started = time.perf_counter()
    commit(option)
    page.wait_for_function(
        """(before) => { const p = document.querySelector('.js-plotly-plot');
            if (!p || !p.querySelector('.point')) return false;
            return String(p.querySelectorAll('.point').length) + ':' + (p._fullData || []).length !== before; }""",
        arg=before, timeout=TIMEOUT_MS,
    )
    seconds = time.perf_counter() - started
    context.close()
    return seconds


def _open_bare_choice(page):
    page.locator('[data-testid="stSelectbox"]').first.click()
    option = page.get_by_role("option", name="20")
    option.wait_for()
    return option


def _open_counterpart_choice(name: str):
    def prepare(page):
        box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
        box.click()
        page.keyboard.type(name)
        option = page.get_by_role("option", name=name, exact=True).first
        option.wait_for()
        return option
    return prepare


def _click(option) -> None:
    option.click()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (the median is printed)")
    parser.add_argument("--counterpart", default="Pakistan", help="the counterpart picked in the filter test")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing (apt-get install chromium): the UI bench needs a browser")
    from playwright.sync_api import sync_playwright

    from entente import query

    db = build_store()
    n_events = len(query.events(db=db))
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_PAGE)
        with streamlit_app(db) as app, streamlit_app(db, script=bare, cwd=Path(tmp)) as base, \
                sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            # Warm both servers once (seeding check, imports, caches), as a user after the first visit sees.
            time_open(browser, f"{app}/timeline")
            time_open(browser, base)
            rows: dict[str, list[float]] = {k: [] for k in ("app_open", "bare_open", "app_filter", "bare_filter")}
            for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
                rows["app_open"].append(time_open(browser, f"{app}/timeline"))
                rows["bare_open"].append(time_open(browser, base))
                rows["app_filter"].append(time_filter(browser, f"{app}/timeline",
                                                      _open_counterpart_choice(args.counterpart), _click))
                rows["bare_filter"].append(time_filter(browser, base, _open_bare_choice, _click))
            browser.close()
    med = {k: statistics.median(v) for k, v in rows.items()}
    print(f"\n{n_events} events in the store (seeds + 587 State Department releases); "
          f"median of {args.runs} runs, seconds\n")
    print_table(
        ["measure", "entente /timeline", "bare page", "ratio", "target"],
        [
            ["open → chart drawn", med["app_open"], med["bare_open"], med["app_open"] / med["bare_open"],
             "≤ 1.3× bare"],
            ["filter change → chart redrawn", med["app_filter"], med["bare_filter"],
             med["app_filter"] / med["bare_filter"], "≤ 0.5 s"],
        ],
    )
    ok_open = med["app_open"] <= 1.3 * med["bare_open"]
    ok_filter = med["app_filter"] <= 0.5
    print(f"\nfirst chart: {'met' if ok_open else 'MISSED'}; filter → redraw: {'met' if ok_filter else 'MISSED'}")


if __name__ == "__main__":
    main()
