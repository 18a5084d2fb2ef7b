"""Start `streamlit run app.py` (or another script) on a free loopback port for browser tests and
benchmarks, and stop it afterwards."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_app(db_url: str, *, script: Path | str = "app.py", cwd: Path = ROOT,
                  timeout: float = 90.0) -> Iterator[str]:
    """The base URL of `script` (the app by default) served from `db_url`; ended when the block exits."""
    with streamlit_process(db_url, script=script, cwd=cwd, timeout=timeout) as (base, _):
        yield base


@contextmanager
def streamlit_process(db_url: str, *, script: Path | str = "app.py", cwd: Path = ROOT,
                      timeout: float = 90.0) -> Iterator[tuple[str, int]]:
    """(base URL, server pid) of `script` served from `db_url`, for benchmarks that watch the process."""
    port = free_port()
    env = {**os.environ, "ENTENTE_DATABASE_URL": db_url, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    log = open(ROOT / "test-artifacts" / f"streamlit-{port}.log", "w")  # closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not become healthy; see {log.name}")
            time.sleep(0.5)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
