"""Helpers the benchmarks share: where the reference data is, timing, and a plain table printer."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ENTENTE_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A file of the reference data beside the checkout; exits with a clear message when absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"reference data not found: {path} (set ENTENTE_SHARED to the shared/ folder)")
    return path


def timed(func: Callable[[], Any], *, repeat: int = 1) -> tuple[float, Any]:
    """Best wall-clock seconds of `repeat` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    cells = [[str(h) for h in headers]] + [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in r]
                                             for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def timeml_part(file_name: str) -> str:
    """Half the TimeML files, fixed by a hash of the file name: "dev" to tune on, "held-out" to report.

    >>> timeml_part("ABC19980108.1830.0711.tml") in ("dev", "held-out")
    True
    """
    import hashlib

    return "held-out" if int(hashlib.sha1(file_name.encode()).hexdigest()[:8], 16) % 2 else "dev"
