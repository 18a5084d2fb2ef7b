"""Analysts' corrections through the app: edit, a refused date, hide, undo, and an event added by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from entente import curation, query

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def own_db(seeded_db, tmp_path, monkeypatch) -> str:
    """A copy of the seeded store that this test alone writes corrections to."""
    copy = tmp_path / "store.sqlite"
    # The backup API, not a file copy: the seeded store may still hold pages in its write-ahead log.
    with sqlite3.connect(seeded_db.removeprefix("sqlite:///")) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("ENTENTE_DATABASE_URL", url)
    return url


def _timeline(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for panel in ("timeline-table-open", "timeline-add-open", "timeline-history-open"):  # folded panels draw once opened
        at.session_state[panel] = True
    at.run()
    at.switch_page("app_pages/timeline.py")
    at.query_params.update(params)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _widget(widgets, suffix: str):
    found = [w for w in widgets if w.key and w.key.endswith(suffix)]
    assert found, f"no widget keyed …{suffix}"
    return found[0]


def _button(at: AppTest, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r}: {[b.label for b in at.button]}"
    return found[0]


def _table(at: AppTest, column: str) -> list[str]:
    for frame in at.dataframe:
        if column in frame.value.columns:
            return [str(v) for v in frame.value[column]]
    raise AssertionError(f"no table with a {column!r} column")


def _first_event(db: str) -> dict:
    return query.events(query.Filters(), db).iloc[0].to_dict()


def test_editing_the_title_shows_the_new_title_marked_corrected(own_db):
    event = _first_event(own_db)
    at = _timeline(event=event["id"])
    _widget(at.text_input, "-title").set_value("Pentagon signs the <b>plan</b>")
    _button(at, "Save correction").click().run()
    assert not at.exception and not at.error, [e.value for e in (*at.exception, *at.error)]
    assert at.subheader[0].value == r"Pentagon signs the \<b\>plan\<\/b\>"  # shown literally, escaped
    assert any("Corrected by an analyst" in c.value for c in at.caption)
    titles, marks = _table(at, "Event"), _table(at, "Corrected")
    assert marks[titles.index("Pentagon signs the <b>plan</b>")] == "✓"
    assert [c["kind"] for c in curation.history(db=own_db, event_id=event["id"])] == ["edit"]


def test_a_bad_date_names_the_field_and_changes_nothing(own_db):
    event = _first_event(own_db)
    at = _timeline(event=event["id"])
    _widget(at.text_input, "-start").set_value("sometime in spring")
    _button(at, "Save correction").click().run()
    assert at.error, "the refusal is shown"
    shown = at.error[0].value.replace("\\", "")  # the message is escaped for Markdown
    assert shown.startswith("Not saved. start:") and "2010-03-24" in shown
    assert curation.history(db=own_db) == []
    assert query.event(event["id"], own_db)["start"] == event["start"]


def test_hide_removes_the_event_and_undo_brings_it_back(own_db):
    event = _first_event(own_db)
    at = _timeline(event=event["id"])
    _button(at, "Hide this event").click().run()
    assert not at.exception
    assert event["title"] not in _table(at, "Event")
    assert "event" not in at.query_params
    _button(at, "Undo").click().run()
    assert not at.exception
    assert event["title"] in _table(at, "Event")


def test_an_event_added_by_hand_appears_on_the_timeline(own_db):
    at = _timeline()
    _widget(at.text_input, "add-event-title").set_value("Joint staff talks in Astana")
    _widget(at.text_input, "add-event-start").set_value("2011-05")
    _widget(at.selectbox, "add-event-precision").set_value("month")
    _button(at, "Add the event").click().run()
    assert not at.exception and not at.error, [e.value for e in (*at.exception, *at.error)]
    assert "Joint staff talks in Astana" in _table(at, "Event")
    assert at.subheader[0].value == "Joint staff talks in Astana"


def test_merge_folds_one_event_into_another_and_undo_merge_splits_them(own_db):
    frame = query.events(query.Filters(planned=False), own_db)  # the timeline's default view
    keep, other = frame.iloc[0].to_dict(), frame.iloc[1].to_dict()
    at = _timeline(event=keep["id"])
    _widget(at.selectbox, "-merge").set_value(other["id"]).run()  # the button wakes once one is chosen
    _button(at, "Merge into this event").click().run()
    assert not at.exception and not at.error, [e.value for e in (*at.exception, *at.error)]
    assert other["id"] not in set(query.events(query.Filters(), own_db)["id"])
    assert len(_table(at, "Event")) == len(frame) - 1
    assert any("merged from 1 other report" in c.value for c in at.caption)
    _button(at, "Undo merge").click().run()
    assert not at.exception
    assert len(_table(at, "Event")) == len(frame)


def test_documents_page_names_the_corrected_events_of_the_document(own_db):
    event = _first_event(own_db)
    curation.edit_event(event["id"], {"title": "Renamed by an analyst"}, db=own_db)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/documents.py")
    at.query_params.update({"doc": event["document_ids"][0]})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Corrected by an analyst" in c.value and "Renamed by an analyst" in c.value.replace("\\", "")
               for c in at.caption)


def test_documents_page_re_extracts_what_an_older_extractor_made(own_db: str) -> None:
    from sqlalchemy import update

    from entente import store
    from entente.pipeline import ingest_uploads
    from entente.store.schema import documents

    (report,) = ingest_uploads([("readout.txt", b"WASHINGTON, May 6, 2021 - The Secretary met the "
                                                b"Foreign Minister of Kazakhstan in Washington today.")], own_db)
    with store.open_engine(own_db).begin() as conn:  # as if an older Entente had stored it
        conn.execute(update(documents).where(documents.c.id == report.document_id)
                     .values(extractor_version="0.0.1"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/documents.py")
    at.run()
    button = _button(at, "Re-extract 1 document(s) made by an older extractor")
    button.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Re-extracted 1 document(s)" in s.value.replace("\\", "") for s in at.success)
    assert not [b for b in at.button if b.label.startswith("Re-extract")]
