"""UI speed in real Chromium, each figure next to a bare Streamlit page with one plotly chart measured in the same
run (seeds + the 587 State Department releases): open /timeline → chart drawn; filter change → chart redrawn;
presenter mode's "Next" → the next slide and its strip drawn; open the Overview → its timeline, map and table
drawn.

Run: `.venv/bin/python -m bench.bench_ui [--runs N] [--before GIT_REF]`. The store is built once and kept under
bench/out/, keyed by the extractor version, so reruns skip the minutes of ingest. `--before` also serves the app
as it was at GIT_REF (its app.py, app_pages/, components/, .streamlit/, static/; today's entente) and times it in the same
rounds, so before and after meet the same machine load. Each round opens every page in turn in a fresh browser
context; medians are printed with the spread, the browser main thread's busy time up to the drawn chart (less
sensitive to other processes than wall time) and the machine's load average, which the other engineers' jobs
raise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import contextlib
from contextlib import ExitStack
from pathlib import Path

from bench.common import ROOT, print_table, shared_path
from tests.e2e.server import streamlit_app
from entente import store
from entente.extract import EXTRACTOR_VERSION

OUT = ROOT / "bench" / "out"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# A chart counts as drawn when plotly has put marks in it, not when its empty frame appears.
DRAWN = ".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point"
# The Overview counts as drawn when its timeline strip and its map have marks and its table is there.
OVERVIEW_DRAWN = """() => { const plots = [...document.querySelectorAll('.js-plotly-plot')];
    return plots.length >= 2 && plots.every(p => p.querySelector('.point'))
        && !!document.querySelector('[data-testid="stDataFrame"]'); }"""
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
        # The store's writes may still sit in its WAL file, which a rename would leave behind under the
        # old name: close every connection and fold the WAL into the database file first.
        store.open_engine(url).dispose()
        with contextlib.closing(sqlite3.connect(building)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        shutil.move(building, path)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return f"sqlite:///{path}"


def _marks_signature(page) -> str:
    return page.evaluate("""() => { const p = document.querySelector('.js-plotly-plot');
        return p ? String(p.querySelectorAll('.point').length) + ':' + (p._fullData || []).length : ''; }""")


def time_open(browser, url: str, busy: list[float] | None = None, drawn: str | None = None) -> float:
    """Seconds from navigation start to the first chart with marks (or to the JavaScript predicate `drawn`
    holding), in a fresh browser context; the main thread's busy seconds up to then are appended to `busy`."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    started = time.perf_counter()
    page.goto(url)
    if drawn:
        page.wait_for_function(drawn, timeout=TIMEOUT_MS)
    else:
        page.wait_for_selector(DRAWN, timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - started
    if busy is not None:
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        busy.append(metrics["TaskDuration"])
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


SLIDE_SHOWN = """() => { const caption = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
        .map(e => e.innerText).find(t => t.startsWith('Slide ')) || '';
    const p = document.querySelector('.js-plotly-plot');
    return caption.startsWith('Slide 2 ') && !!p && p._fullLayout !== window.__strip && !!p.querySelector('.point'); }"""


def time_next_slide(browser, url: str, busy: list[float] | None = None) -> float:
    """Seconds from a click on presenter mode's "Next" to the next slide's number shown and its strip drawn
    again (plotly has laid the chart out anew); the main thread's busy seconds in between go to `busy`."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto(url)
    page.wait_for_selector(DRAWN, timeout=TIMEOUT_MS)
    page.wait_for_timeout(800)  # let the first run settle
    page.evaluate("() => { window.__strip = document.querySelector('.js-plotly-plot')._fullLayout; }")
    nxt = page.get_by_role("button", name="Next ▶")
    busy_before = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}["TaskDuration"]
    started = time.perf_counter()
    nxt.click()
    page.wait_for_function(SLIDE_SHOWN, timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - started
    if busy is not None:
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        busy.append(metrics["TaskDuration"] - busy_before)
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


def _app_at(ref: str, into: Path) -> Path:
    """The app's own files as they were at git `ref`, unpacked into `into`."""
    archive = subprocess.run(["git", "archive", ref, "app.py", "app_pages", "components", ".streamlit", "static"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "app.py"


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({_spread(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="rounds (the median is printed)")
    parser.add_argument("--counterpart", default="Pakistan", help="the counterpart picked in the filter test")
    parser.add_argument("--before", metavar="GIT_REF", help="also time the app as it was at this commit")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing (apt-get install chromium): the UI bench needs a browser")
    from playwright.sync_api import sync_playwright

    from entente import query

    db = build_store()
    # The app as it was at --before runs from a temporary folder: today's entente must be importable there.
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    n_events = len(query.events(db=db))
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_PAGE)
        apps = {"entente": stack.enter_context(streamlit_app(db))}
        if args.before:
            old = Path(tmp) / "before"
            old.mkdir()
            script = _app_at(args.before, old)
            apps[f"before ({args.before})"] = stack.enter_context(streamlit_app(db, script=script, cwd=old))
        base = stack.enter_context(streamlit_app(db, script=bare, cwd=Path(tmp)))
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        # Warm every server once (seeding check, imports, caches), as a user after the first visit sees.
        for url in apps.values():
            time_open(browser, url + "/timeline")
            time_open(browser, url + "/", drawn=OVERVIEW_DRAWN)
            time_next_slide(browser, url + "/timeline?present=1")
        time_open(browser, base)
        names = [*apps, "bare"]
        opens: dict[str, list[float]] = {name: [] for name in names}
        busy: dict[str, list[float]] = {name: [] for name in names}
        filters: dict[str, list[float]] = {name: [] for name in names}
        slides: dict[str, list[float]] = {name: [] for name in apps}
        slide_busy: dict[str, list[float]] = {name: [] for name in apps}
        overview: dict[str, list[float]] = {name: [] for name in apps}
        overview_busy: dict[str, list[float]] = {name: [] for name in apps}
        for _ in range(args.runs):  # interleaved, so a busy moment of the machine hits every page alike
            for name, url in [*apps.items(), ("bare", base)]:
                opens[name].append(time_open(browser, url + ("/timeline" if name in apps else ""), busy[name]))
            for name, url in apps.items():
                filters[name].append(time_filter(browser, url + "/timeline", _open_counterpart_choice(args.counterpart),
                                                 _click))
            filters["bare"].append(time_filter(browser, base, _open_bare_choice, _click))
            for name, url in apps.items():
                slides[name].append(time_next_slide(browser, url + "/timeline?present=1", slide_busy[name]))
                overview[name].append(time_open(browser, url + "/", overview_busy[name], drawn=OVERVIEW_DRAWN))
        browser.close()
    load_after = os.getloadavg()[0]
    bare_open = statistics.median(opens["bare"])
    print(f"\n{n_events} events in the store (seeds + 587 State Department releases); median of {args.runs} "
          f"rounds, seconds (min–max); load average {load_before:.1f} before, {load_after:.1f} after, "
          f"{os.cpu_count()} CPUs; busy = the browser main thread's busy seconds\n")
    rows = [[name, _median(opens[name]), statistics.median(busy[name]), statistics.median(opens[name]) / bare_open,
             _median(filters[name])] for name in names]
    print_table(["/timeline", "open → chart", "busy", "× bare", "filter → redraw"], rows)
    print()
    rows = [[name, _median(slides[name]), statistics.median(slide_busy[name]), _median(overview[name]),
             statistics.median(overview_busy[name]), statistics.median(overview[name]) / bare_open] for name in apps]
    print_table(["", "presenter next → slide", "busy", "open Overview → drawn", "busy", "× bare open"], rows)
    app = "entente"
    ratio = statistics.median(opens[app]) / bare_open
    checks = [("first chart ≤ 1.3× bare", ratio <= 1.3, f"{ratio:.2f}×"),
              ("filter → redraw ≤ 0.5 s", statistics.median(filters[app]) <= 0.5,
               f"{statistics.median(filters[app]):.2f} s"),
              ("presenter next ≤ 0.5 s", statistics.median(slides[app]) <= 0.5, f"{statistics.median(slides[app]):.2f} s"),
              ("Overview ≤ 2× bare", statistics.median(overview[app]) <= 2 * bare_open,
               f"{statistics.median(overview[app]) / bare_open:.2f}×")]
    print("\ntargets: " + "; ".join(f"{label}: {'met' if ok else 'MISSED'} ({figure})" for label, ok, figure in checks))


if __name__ == "__main__":
    main()
