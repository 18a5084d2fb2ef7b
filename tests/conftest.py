"""Shared fixtures: the spaCy pipeline once per session, fresh stores, and a store holding the seeds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
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


POSTGRES_URL = os.environ.get("ENTENTE_TEST_POSTGRES_URL", "")


NO_POSTGRES = "no PostgreSQL server: set ENTENTE_TEST_POSTGRES_URL (.ci/run starts one)"


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a fresh database on the ENTENTE_TEST_POSTGRES_URL server, dropped after."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from entente import store

    name = f"entente_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        store.close_engine(url)
        _drop(admin, name)
        admin.dispose()


def _drop(admin, name: str) -> None:
    """Drop database `name`. FORCE ends the test's own leftover sessions, but not an autovacuum worker
    (a superuser's process, which the test role may not signal): wait for that one to finish."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    for attempt in range(40):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError:
            if attempt == 39:
                raise
            time.sleep(0.5)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh, empty store on each supported backend: SQLite always, PostgreSQL when
    ENTENTE_TEST_POSTGRES_URL names a server where the user may create databases (.ci/run sets it)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    with postgres_database() as url:
        yield url


@pytest.fixture
def postgres_db():
    """A fresh, empty PostgreSQL store (skipped, saying why, without a server)."""
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    with postgres_database() as url:
        yield url


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the three seed documents ingested (read-only for tests that use it)."""
    from entente.pipeline import ingest_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'store.sqlite'}"
    reports = ingest_paths(SEEDS, url)
    assert [r.state for r in reports] == ["ingested"] * 3, reports
    return url
