"""The Documents page lists the corrections a revised file left behind, and Dismiss takes one off the list."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from entente import carry, curation, query
from entente.pipeline import ingest_paths
from tests.domain.test_carry_corrections import SIGNING, TEXT
from tests.ui.test_corrections import own_db  # noqa: F401 - the fixture

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def test_a_correction_left_behind_is_listed_and_can_be_dismissed(own_db: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    ingest_paths([path], own_db)
    frame = query.events(query.Filters(document=query.documents(own_db)["id"].iloc[0]), own_db)
    signing = next(i for i in frame["id"] if SIGNING in query.event(i, own_db)["evidence"][0]["text"])
    curation.edit_event(signing, {"title": "Fisheries memorandum **signed**"}, db=own_db)
    path.write_text(TEXT.replace(SIGNING, ""), encoding="utf-8")
    ingest_paths([path], own_db, replace=True)

    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/documents.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    listed = [m.value for m in at.markdown if "Fisheries memorandum" in m.value]
    assert listed and "not carried to the new version of" in listed[0].replace("\\", ""), \
        [m.value for m in at.markdown]
    assert "\\*\\*signed\\*\\*" in listed[0], "the analyst's text is shown as typed, not as Markdown"
    next(b for b in at.button if b.label == "Dismiss").click()
    at.run()
    assert not [m.value for m in at.markdown if "Fisheries memorandum" in m.value]
    assert carry.needing_review(own_db) == []
