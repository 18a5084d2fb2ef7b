"""Presenter mode's speaker notes: off on the shared screen unless asked for, on with notes=1 or the button
(the N key), carrying delegations and evidence as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def present(seeded_db, monkeypatch):
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)

    def _open(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.run()
        at.switch_page("app_pages/timeline.py")
        at.query_params.update({"present": "1", **params})
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


def _notes_heading(at: AppTest) -> bool:
    return any(m.value == "### Speaker notes" for m in at.markdown)


def _kz_event(db: str) -> dict:
    from entente import query

    return query.event(query.events(query.Filters(countries=("KZ",)), db).iloc[0]["id"], db)


def test_a_slide_shows_no_notes_until_asked(present, seeded_db):
    event = _kz_event(seeded_db)
    at = present(event=event["id"])
    assert not _notes_heading(at)
    assert not any(event["evidence"][0]["text"] == t.value for t in at.text), "the quote stays off the screen"
    assert at.button(key="story-notes").label == "Show speaker notes"


def test_notes_in_the_url_show_the_quote_and_its_source_as_plain_text(present, seeded_db):
    event = _kz_event(seeded_db)
    at = present(event=event["id"], notes="1")
    assert _notes_heading(at)
    texts = [t.value for t in at.text]
    quote = event["evidence"][0]
    assert quote["text"] in texts, "the evidence quote, as plain text"
    assert f"Source: {quote.get('document_title') or quote['document_id']}" in texts
    assert not any(quote["text"][:40] in m.value for m in at.markdown), "document text is never Markdown"


def test_the_notes_button_toggles_them_and_the_url_follows(present, seeded_db):
    event = _kz_event(seeded_db)
    at = present(event=event["id"])
    at.button(key="story-notes").click().run()
    assert at.query_params["notes"] == "1" and _notes_heading(at)
    assert at.button(key="story-notes").label == "Hide speaker notes"
    at.button(key="story-next").click().run()
    assert at.query_params.get("notes") == "1", "notes stay on from slide to slide"
    at.button(key="story-notes").click().run()
    assert "notes" not in at.query_params and not _notes_heading(at)


def test_leaving_presenter_mode_drops_the_notes(present, seeded_db):
    at = present(event=_kz_event(seeded_db)["id"], notes="1")
    at.button(key="story-leave").click().run()
    assert "notes" not in at.query_params and "present" not in at.query_params


def test_hostile_quote_text_stays_literal_in_the_notes():
    at = AppTest.from_function(_notes_with_hostile_quote, default_timeout=30)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    hostile = "**bold** <img src=x onerror=alert(1)> [link](javascript:alert(1))"
    assert hostile in [t.value for t in at.text]
    assert "Source: <b>Doc</b> & co" in [t.value for t in at.text]
    assert not any("onerror" in m.value for m in at.markdown)
    assert not at.get("html")


def _notes_with_hostile_quote() -> None:
    import pandas as pd

    from components import story

    event = {"id": "e1", "countries": ["US", "PK"], "confidence": 0.9, "evidence": [
        {"text": "**bold** <img src=x onerror=alert(1)> [link](javascript:alert(1))", "document_id": "d1",
         "document_title": "<b>Doc</b> & co", "start": 0, "end": 10}]}
    roster = pd.DataFrame({"name": ["<script>x</script>"], "role": ["lead"], "title": [None],
                           "affiliation": [None], "side": ["PK"]})
    story.speaker_notes(event, roster)
