"""Shared fixtures: the spaCy pipeline once per session, fresh stores, and a store holding the seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"

# Tests never touch the user's store, never reach the network, never send usage statistics.
os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")


@pytest.fixture(scope="session")
def nlp():
    from entente.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def tmp_db(tmp_path: Path) -> str:
    """A fresh, empty SQLite store."""
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the three seed documents ingested (read-only for tests that use it)."""
    from entente.pipeline import ingest_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'store.sqlite'}"
    reports = ingest_paths(SEEDS, url)
    assert [r.state for r in reports] == ["ingested"] * 3, reports
    return url
