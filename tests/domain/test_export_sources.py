"""Issue 14, item 5: every export cites its sources (document titles and web addresses), groups by country name,
writes dates as the app does, and puts a month-precision date on the calendar as one all-day entry."""

from __future__ import annotations

import csv
import io
import json

import icalendar
import pytest

from entente import export, query, store
from entente.labels import format_when
from tests.domain.test_store import _doc

URL = "https://www.state.gov/u-s-and-kazakhstan-sign-defense-cooperation-plan/"


@pytest.fixture
def cited(tmp_path) -> str:
    """One signing from a web page (with its address) and one from a local file (none)."""
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    engine = store.open_engine(db)
    store.save_document(engine, _doc("a" * 64, "web.html", year="1999", title="U.S. and Kazakhstan Sign Plan"),
                        extractor_version="t", url=URL)
    store.save_document(engine, _doc("b" * 64, "/home/analyst/notes.txt", year="2000", title="Notes"),
                        extractor_version="t")
    return db


def test_csv_and_json_rows_give_the_documents_titles_and_addresses(cited):
    frame = query.events(query.Filters(), cited)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(export.to_csv(frame)))}
    web, local = rows[f"ev-{'a' * 64}"], rows[f"ev-{'b' * 64}"]
    assert (web["document_titles"], web["document_urls"]) == ("U.S. and Kazakhstan Sign Plan", URL)
    assert (local["document_titles"], local["document_urls"]) == ("Notes", ""), "a local path is not shown"
    events = {e["id"]: e for e in json.loads(export.to_json(frame))["events"]}
    assert events[f"ev-{'a' * 64}"]["sources"] == [
        {"id": "a" * 64, "title": "U.S. and Kazakhstan Sign Plan", "url": URL, "published": "1999-12-20"}]


def test_timelinejs_groups_are_country_names_and_slides_cite_their_source(cited):
    slides = json.loads(export.to_timelinejs(query.events(query.Filters(), cited)))["events"]
    assert {s["group"] for s in slides} == {"Kazakhstan"}
    web = next(s for s in slides if s["unique_id"] == f"ev-{'a' * 64}")
    assert f'Source: <a href="{URL}">U.S. and Kazakhstan Sign Plan</a>' in web["text"]["text"]
    assert web["display_date"] == "17 Dec 1999"


def test_timelinejs_groups_by_the_counterpart_asked_about(seeded_db):
    frame = query.events(query.Filters(countries=("PK",)), seeded_db)
    slides = json.loads(export.to_timelinejs(frame, chosen=("PK",)))["events"]
    assert {s["group"] for s in slides} == {"Pakistan"}


def test_the_calendar_puts_a_month_date_on_its_first_day_and_says_how_precise_it_is(seeded_db):
    frame = query.events(query.Filters(), seeded_db)
    month = frame[frame["precision"] == "month"].iloc[0]
    calendar = icalendar.Calendar.from_ical(export.to_ics(frame))
    entry = next(e for e in calendar.walk("VEVENT") if str(e["uid"]) == f"{month['id']}@entente")
    first = month["start_date"].date()
    assert entry.decoded("dtstart") == first
    assert (entry.decoded("dtend") - first).days == 1, "one all-day entry, not a month-long block"
    description = str(entry["description"])
    assert f"Date: {format_when(month['start'], month['end'], 'month')} (the documents give only the month" \
        in description
    title = query.event(month["id"], seeded_db)["evidence"][0]["document_title"]
    assert f"Source: {title}" in description


def test_the_calendar_links_a_web_source(cited):
    calendar = icalendar.Calendar.from_ical(export.to_ics(query.events(query.Filters(), cited)))
    web = next(e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("ev-a"))
    assert str(web["url"]) == URL
