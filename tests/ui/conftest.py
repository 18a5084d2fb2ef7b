"""Fixtures for the UI tests: the repository root on sys.path, the app opened on a page (AppTest), and
hand-made frames shaped like entente.query's."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

APP = str(ROOT / "app.py")
TABLE_OPEN = "timeline-table-open"
PAGES = {
    "overview": None, "timeline": "app_pages/timeline.py", "delegations": "app_pages/delegations.py",
    "topics": "app_pages/topics.py", "documents": "app_pages/documents.py",
}


@pytest.fixture
def open_app(seeded_db, monkeypatch):
    """Opens the app on a page, with optional URL parameters, as a fresh browser session would."""
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)

    def _open(page: str = "overview", **params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.session_state[TABLE_OPEN] = True  # the timeline's table is drawn once its panel is opened
        at.query_params.update(params)
        at.run()
        if PAGES[page]:
            at.switch_page(PAGES[page])
            at.query_params.update(params)
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


def _event(eid: str, title: str, etype: str, start: str, end: str | None, precision: str, counterpart: str,
           themes: list[str], start_date: str, end_date: str) -> dict:
    return {
        "id": eid, "title": title, "type": etype, "start": start, "end": end, "precision": precision,
        "start_date": pd.Timestamp(start_date), "end_date": pd.Timestamp(end_date),
        "location": "Rawalpindi" if counterpart == "PK" else None, "location_country": counterpart,
        "countries": ["US", counterpart], "counterpart": counterpart, "themes": themes,
        "participants": [], "evidence": [], "document_ids": ["d1"], "confidence": 0.8,
    }


@pytest.fixture
def sample_events() -> pd.DataFrame:
    """Four events covering every mark: a single day, a day range, a month and a year."""
    return pd.DataFrame([
        _event("e1", "Defense Cooperation Plan for 2000 signed", "agreement", "1999-12-17", None, "day", "KZ",
               ["ctr"], "1999-12-17", "1999-12-17"),
        _event("e2", "Defense Working Group meets in Rawalpindi", "dialogue", "2010-06-07", "2010-06-10", "day",
               "PK", ["defense-cooperation"], "2010-06-07", "2010-06-10"),
        _event("e3", "Strategic dialogue in Washington", "dialogue", "2010-03", None, "month", "PK",
               ["defense-cooperation", "af-pak"], "2010-03-01", "2010-03-31"),
        _event("e4", "Kerry-Lugar <b>aid</b> & debate", "legislation", "2009", None, "year", "PK",
               [], "2009-01-01", "2009-12-31"),
    ])
