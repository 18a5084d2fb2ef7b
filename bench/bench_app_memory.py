"""The app's memory at 100,000 events, measured for real: the Streamlit server process serving the app's pages
and filter URLs to Chromium, its resident memory (VmRSS, children included) and peak (VmHWM) read from /proc
after each page has rendered, next to a bare Streamlit server with one plotly chart measured in the same run.

Run: `.venv/bin/python -m bench.bench_app_memory [--db sqlite:///path]`. The store is bench_query's (the real
extracted events replicated with shifted dates), built on first use of `--db` in a child process.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sqlalchemy import select, text

from bench.bench_query import build_store
from bench.common import ROOT, print_table
from entente import store
from entente.store.schema import events as events_t
from tests.e2e.server import CHROMIUM, CHROMIUM_ARGS, streamlit_process

TARGET_MB = 500
TIMEOUT_S = 180
# The pages and filter views a user opens, in this order, in one browser session (as one analyst would).
VIEWS = (
    "/timeline", "/overview", "/delegations", "/topics?theme=ctr", "/documents",
    "/timeline?country=PK", "/timeline?country=PK&pair=1", "/timeline?year_from=2000&year_to=2005",
    "/timeline?country=IN&theme=ctr", "/overview?country=PK", "/delegations?country=PK&pair=1",
)
BARE_PAGE = '''
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(layout="wide")
st.title("Bare")
st.plotly_chart(go.Figure(go.Scatter(x=list(range(40)), y=[i % 7 for i in range(40)], mode="markers")))
'''


def _status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants (Streamlit starts none, kaleido would)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo += [int(c) for c in children]
    return found


def memory_mb(pid: int) -> tuple[float, float, int]:
    """Resident MB of the process and its children, the process's own peak resident MB, and the count of
    processes summed."""
    rss, peak, procs = 0, 0, 0
    for member in _tree(pid):
        try:
            fields = _status(member)
        except OSError:
            continue
        rss += int(fields["VmRSS"].split()[0])
        peak = max(peak, int(fields["VmHWM"].split()[0])) if member == pid else peak
        procs += 1
    return rss / 1024, peak / 1024, procs


def render(page: object, url: str) -> float:
    """Open `url` and wait until the script run has finished (Streamlit's running indicator gone for a
    second) and the main block shows something; returns seconds."""
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    content = '[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]'
    # attached, not visible: a page's first element may be an invisible style block
    page.wait_for_selector(content, state="attached", timeout=TIMEOUT_S * 1000)
    quiet_since = None
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        running = page.locator('[data-testid="stStatusWidget"]').count()
        if running:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= 1.0:
            break
        time.sleep(0.1)
    return time.perf_counter() - start - 1.0


def export_once(url: str, fmt: str, writer: str | None = None) -> dict[str, float | str]:
    """One full export of every event in `fmt` as the download button gets it (UTF-8 bytes), in this
    process: resident MB with the frame loaded, the peak during the export, seconds, and the file's size and
    SHA-256. `writer` is the file of another version of entente/export.py to use instead of today's (one
    without export_bytes: its text is encoded, as Streamlit encodes a str it is handed)."""
    import hashlib
    import importlib.util

    from entente import export, query

    if writer:
        spec = importlib.util.spec_from_file_location("export_before", writer)
        export = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(export)
    frame = query.events(query.Filters(), url)
    before = _status(os.getpid())
    start = time.perf_counter()
    if hasattr(export, "export_bytes"):
        data = export.export_bytes(frame, fmt)
    else:
        data = export.export(frame, fmt).encode("utf-8")
    seconds = time.perf_counter() - start
    after = _status(os.getpid())
    return {"fmt": fmt, "events": len(frame), "loaded_mb": int(before["VmRSS"].split()[0]) / 1024,
            "peak_mb": int(after["VmHWM"].split()[0]) / 1024, "seconds": seconds, "mb_out": len(data) / 2**20,
            "sha256": hashlib.sha256(data).hexdigest()}


def export_rows(url: str, before: str | None, formats: tuple[str, ...] = ("csv", "json")) -> list[list[object]]:
    """A full export per format (and per version: today's, and entente/export.py at git ref `before`), each
    in a fresh process so one's peak is not the next one's."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        versions: dict[str, str | None] = {"today": None}
        if before:
            old = Path(tmp) / "export_before.py"
            old.write_bytes(subprocess.run(["git", "show", f"{before}:entente/export.py"], cwd=ROOT, check=True,
                                           capture_output=True).stdout)
            versions = {before: str(old), "today": None}
        for fmt in formats:
            for name, writer in versions.items():
                with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                    got = pool.submit(export_once, url, fmt, writer).result()
                rows.append([f"full {fmt.upper()} export, {got['events']:,} events ({name})",
                             f"{got['seconds']:.1f}", f"{got['loaded_mb']:.0f}", f"{got['peak_mb']:.0f}",
                             f"{got['peak_mb'] - got['loaded_mb']:.0f}", f"{got['mb_out']:.1f}",
                             str(got["sha256"])[:16]])
    return rows


DOWNLOAD_VIEW = "/timeline?country=IN"  # about 7,500 of the 100,000 events: under the app's download limit


def download(page: object, label: str) -> tuple[float, int]:
    """Press the download button `label` and wait for the file: seconds and bytes."""
    button = page.get_by_role("button", name=label)
    button.scroll_into_view_if_needed()
    start = time.perf_counter()
    with page.expect_download(timeout=TIMEOUT_S * 1000) as info:
        button.click()
    size = info.value.path().stat().st_size
    return time.perf_counter() - start, size


def ensure_store(url: str, *, events: int, releases: int) -> int:
    engine = store.open_engine(url)
    with engine.connect() as conn:
        present = conn.execute(select(text("count(*)")).select_from(events_t)).scalar_one()
    if present == 0:  # built in a child process: spaCy stays out of this one
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            pool.submit(build_store, url, releases=releases, target=events).result()
        with engine.connect() as conn:
            present = conn.execute(select(text("count(*)")).select_from(events_t)).scalar_one()
    engine.dispose()
    return present


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="events in the store")
    parser.add_argument("--releases", type=int, default=120, help="State Department releases to ingest")
    parser.add_argument("--db", help="reuse this store (built on first use) instead of a temporary one")
    parser.add_argument("--before", metavar="GIT_REF", help="also export with entente/export.py as at this commit")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        total = ensure_store(url, events=args.events, releases=args.releases)
        print(f"{total:,} events in the store ({url})\n")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_PAGE)
        rows = []
        with streamlit_process(url, script=bare, cwd=Path(tmp)) as (base, pid):
            idle = memory_mb(pid)
            page = browser.new_page()
            seconds = render(page, base)
            rss, peak, _ = memory_mb(pid)
            page.close()
            bare_rss = rss
            rows.append(["bare Streamlit + one plotly chart: started", "", f"{idle[0]:.0f}", f"{idle[1]:.0f}", ""])
            rows.append(["bare Streamlit + one plotly chart: page open", f"{seconds:.1f}", f"{rss:.0f}",
                         f"{peak:.0f}", ""])
        with streamlit_process(url) as (base, pid):
            rss, peak, _ = memory_mb(pid)
            rows.append(["entente: started", "", f"{rss:.0f}", f"{peak:.0f}", f"{rss - bare_rss:+.0f}"])
            for view in VIEWS:  # each in a fresh tab, closed after: a visitor following a link
                page = browser.new_page()
                seconds = render(page, base + view)
                rss, peak, procs = memory_mb(pid)
                page.close()
                print(f"  {view}: {seconds:.1f} s, {rss:.0f} MB", file=sys.stderr, flush=True)
                rows.append([f"entente {view}", f"{seconds:.1f}", f"{rss:.0f}", f"{peak:.0f}",
                             f"{rss - bare_rss:+.0f}"])
            tabs = [browser.new_page() for _ in range(3)]  # sessions side by side: what each one holds
            for tab, view in zip(tabs, VIEWS, strict=False):
                render(tab, base + view)
            rss, peak, procs = memory_mb(pid)
            for tab in tabs:
                tab.close()
            rows.append([f"entente, 3 sessions open at once ({', '.join(VIEWS[:3])})", "", f"{rss:.0f}",
                         f"{peak:.0f}", f"{rss - bare_rss:+.0f}"])
            page = browser.new_page()  # the largest view the app offers for download (ENTENTE_APP_EXPORT_EVENTS;
            render(page, base + DOWNLOAD_VIEW)  # past it, the app shows the entente export command instead)
            for label in ("CSV", "JSON"):
                seconds, size = download(page, label)
                rss, peak, procs = memory_mb(pid)
                rows.append([f"entente {DOWNLOAD_VIEW}, {label} downloaded ({size / 2**20:.0f} MB)",
                             f"{seconds:.1f}", f"{rss:.0f}", f"{peak:.0f}", f"{rss - bare_rss:+.0f}"])
            page.close()
            final_rss, final_peak = rss, peak
        browser.close()
        exports = export_rows(url, args.before)
    print_table(["server process after", "render s", "VmRSS MB", "VmHWM MB", "vs bare"], rows)
    verdict = "met" if final_peak <= TARGET_MB else "MISSED"
    print(f"\ntarget: app <= {TARGET_MB} MB resident: {verdict} (resident {final_rss:.0f} MB, peak "
          f"{final_peak:.0f} MB, {procs} process{'es' * (procs != 1)}, after every page, 3 sessions and the "
          "downloads); a view of every event is exported with `entente export`, timed below\n")
    print_table(["download (each in a fresh process)", "s", "MB, frame loaded", "peak MB", "peak - loaded",
                 "file MB", "sha256"], exports)


if __name__ == "__main__":
    main()
