"""Every page through Streamlit's AppTest on the seeded store: what a user sees, and the URL round trip."""

from __future__ import annotations

import shlex

import pytest
from streamlit.testing.v1 import AppTest

from entente.query import Filters

from tests.ui.conftest import APP, PAGES


def _texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.caption, *at.text, *at.title, *at.header, *at.subheader)]
    return "\n".join(str(p) for p in parts)


def _table(at: AppTest, column: str) -> list[str]:
    for frame in at.dataframe:
        if column in frame.value.columns:
            return [str(v) for v in frame.value[column]]
    raise AssertionError(f"no table with a {column!r} column")


@pytest.mark.parametrize(("page", "title"), [
    ("overview", "Entente"), ("timeline", "Timeline"), ("delegations", "Delegations"),
    ("topics", "Topics"), ("documents", "Documents"),
])
def test_every_page_opens_without_error_and_says_what_it_is(open_app, page, title):
    at = open_app(page)
    assert at.title[0].value == title
    assert not at.error, [e.value for e in at.error]


def test_overview_sizes_up_the_seed_corpus(open_app):
    at = open_app()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Documents"] == "3"
    assert metrics["From"] == "17 Dec 1999"
    assert "Kazakhstan" in _texts(at) and "Pakistan" in _texts(at)
    assert len(_table(at, "Title")) == 3


def test_timeline_shows_the_1999_pentagon_signing(open_app):
    at = open_app("timeline")
    when = _table(at, "When")
    events = _table(at, "Event")
    signing = [e for w, e in zip(when, events, strict=True) if w == "17 Dec 1999"]
    assert any("Defense Cooperation Plan" in e for e in signing)
    assert at.get("plotly_chart"), "the timeline chart is drawn"


def test_documents_page_lists_the_three_seeds_with_their_status(open_app):
    at = open_app("documents")
    titles = _table(at, "Title")
    assert len(titles) == 3
    assert any("KAZAKHSTAN" in t.upper() for t in titles)
    assert set(_table(at, "Status")) <= {"ok", "warning"}


def test_a_pasted_link_filters_the_timeline_and_fills_the_widgets(open_app):
    at = open_app("timeline", country="KZ")
    assert at.sidebar.multiselect(key="w_country").value == ["KZ"]
    assert set(_table(at, "Counterpart")) == {"Kazakhstan"}
    assert at.query_params["country"] == "KZ"


def test_filters_survive_a_page_switch(open_app):
    at = open_app("timeline", country="KZ", year_from="1999", year_to="2000")
    at.switch_page(PAGES["delegations"]).run()
    assert at.query_params.get("country") == "KZ" and at.query_params.get("year_to") == "2000"
    assert "Pakistan" not in _texts(at)


def test_choosing_a_filter_in_the_sidebar_writes_the_url(open_app):
    at = open_app("timeline")
    at.sidebar.multiselect(key="w_country").select("PK").run()
    assert at.query_params["country"] == "PK"
    assert "Kazakhstan" not in set(_table(at, "Counterpart"))


def test_the_bilateral_toggle_keeps_only_events_with_the_us_and_every_selected_country(open_app):
    at = open_app("timeline")
    assert not [t for t in at.sidebar.toggle if t.key == "w_pair"], "no toggle until a counterpart is chosen"
    at = open_app("timeline", country="PK,KZ")
    loose = len(_table(at, "Event"))  # any of Pakistan or Kazakhstan
    assert loose == len(_table(open_app("timeline", country="PK"), "Event")) + 2  # Kazakhstan's two
    at.sidebar.toggle(key="w_pair").set_value(True).run()
    assert at.query_params["pair"] == "1"
    # no seed event has the US, Pakistan and Kazakhstan together: the page says so
    assert "No events match these filters." in " ".join(i.value for i in at.info)
    at = open_app("timeline", country="PK", pair="1")
    assert at.sidebar.toggle(key="w_pair").value is True, "a pasted link sets the toggle"
    assert len(_table(at, "Event")) == loose - 2


def test_an_event_link_opens_its_details_with_delegations_and_evidence(open_app, seeded_db):
    from entente import query

    frame = query.events(query.Filters(countries=("KZ",)), seeded_db)
    signing = frame[frame["type"] == "agreement"].iloc[0]
    at = open_app("timeline", event=str(signing["id"]))
    text = _texts(at)
    assert "17 Dec 1999" in text and "Evidence" in text and "Delegations" in text
    assert "Pentagon" in " ".join(t.value for t in at.text), "the evidence quote is shown as plain text"
    links = [link.proto.page for link in at.get("page_link")]
    assert any(p.endswith("documents") or "documents" in p for p in links)


def test_topics_page_follows_the_theme_parameter(open_app):
    at = open_app("topics", theme="kerry-lugar")
    assert at.selectbox[0].value == "kerry-lugar"
    assert at.query_params["theme"] == "kerry-lugar"
    assert {m.label for m in at.metric} >= {"Events", "Mentions", "Documents", "Counterparts"}


def test_document_opens_with_the_passage_highlighted(open_app, seeded_db):
    from entente import query

    doc = query.documents(seeded_db).iloc[0]
    text = query.document(doc["id"], seeded_db)["text"]
    at = open_app("documents", doc=str(doc["id"]), hl="0-20")
    html = " ".join(h.proto.body for h in at.get("html"))
    assert '<mark class="entente-hl"' in html
    assert len(text) > 20


def test_presenter_mode_steps_through_events_one_slide_at_a_time(open_app):
    at = open_app("timeline", present="1")
    assert not at.sidebar.multiselect, "no filter sidebar while presenting"
    assert any(c.value.startswith("Slide 1 of") for c in at.caption)
    first = at.query_params.get("event")
    at.button(key="story-next").click().run()
    assert any(c.value.startswith("Slide 2 of") for c in at.caption)
    assert at.query_params["event"] != first and at.query_params["present"] == "1"
    at.button(key="story-leave").click().run()
    assert "present" not in at.query_params and at.sidebar.multiselect


def test_the_presenter_strip_shows_the_slide_among_its_counterpart_events_only(open_app):
    """One lane, the slide's own (the caption names it), with the event ringed: every lane of a large corpus
    made a strip thousands of pixels tall, redrawn on each slide."""
    import json

    at = open_app("timeline", present="1")
    for _ in range(2):
        spec = json.loads(at.get("plotly_chart")[0].proto.spec)
        lane = next(c.value for c in at.caption if c.value.startswith("Slide ")).split(" · ")[-1]
        assert spec["layout"]["yaxis"]["ticktext"] == [lane]
        assert [t for t in spec["data"] if t.get("name") == "selected"], "the slide's event is ringed"
        at.button(key="story-next").click().run()


def test_switching_swimlanes_is_kept_in_the_url(open_app):
    at = open_app("timeline")
    at.segmented_control(key="lane").set_value("theme").run()
    assert at.query_params["lane"] == "theme"


def test_timeline_offers_every_export_format(open_app):
    at = open_app("timeline")
    labels = {b.proto.label for b in at.get("download_button")}
    assert {"CSV", "JSON", "TimelineJS", "Calendar (.ics)", "Briefing deck (.pptx)"} <= labels


def test_a_view_too_large_to_download_gives_the_command_that_exports_it(open_app, monkeypatch):
    monkeypatch.setenv("ENTENTE_APP_EXPORT_EVENTS", "3")
    at = open_app("timeline", country="PK", year_from="2009")
    labels = {b.proto.label for b in at.get("download_button")}
    assert not {"CSV", "JSON", "Briefing deck (.pptx)"} & labels
    [command] = [c.value for c in at.code if c.value.startswith("entente export")]
    assert command == "entente export --format csv --country PK --year-from 2009 --no-planned > entente-events.csv"
    assert any("up to 3 events" in i.value for i in at.info)


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(countries=("PK",), pair=True, year_from=2009, year_to=2010),
    Filters(themes=("ctr", "af-pak"), types=("meeting", "visit")),
    Filters(document="0123abcd"),
    Filters(countries=("IN",), planned=False),  # the app's default: planned events hidden
])
def test_the_offered_command_selects_the_same_events_as_the_view(filters):
    from components.exports import export_command
    from entente.cli import build_parser, export_filters

    argv = shlex.split(export_command(filters).split(" > ")[0])[1:]
    assert export_filters(build_parser().parse_args(argv)) == filters


@pytest.fixture
def writable_db(seeded_db, tmp_path) -> str:
    """A private copy of the seeded store, for tests that add documents."""
    import sqlite3

    source = sqlite3.connect(seeded_db.removeprefix("sqlite:///"))
    target = sqlite3.connect(tmp_path / "copy.sqlite")
    source.backup(target)
    source.close()
    target.close()
    return f"sqlite:///{tmp_path / 'copy.sqlite'}"


def test_uploading_a_document_adds_it_to_the_library(writable_db, monkeypatch):
    monkeypatch.setenv("ENTENTE_DATABASE_URL", writable_db)
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page(PAGES["documents"]).run()
    memo = (b"U.S., India Hold Defense Policy Talks\n\nWASHINGTON, March 3, 2011 - U.S. and Indian defense "
            b"officials met in New Delhi on March 1, 2011 for the Defense Policy Group.\n")
    at.file_uploader[0].set_value(("memo.txt", memo, "text/plain"))
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("memo" in s.value and "ingested" in s.value for s in (*at.success, *at.warning))
    assert len(_table(at, "Title")) == 4


def test_opening_topics_alone_does_not_filter_the_other_pages(open_app):
    at = open_app("topics")
    assert "theme" not in at.query_params
    at.selectbox(key="topic").select("ctr").run()
    assert at.query_params["theme"] == "ctr"
    assert at.header[0].value == "Cooperative Threat Reduction"


def test_reading_another_document_drops_the_old_highlight(open_app, seeded_db):
    from entente import query

    ids = list(query.documents(seeded_db)["id"])
    at = open_app("documents", doc=ids[0], hl="0-20")
    at.selectbox(key="reading").select(ids[1]).run()
    assert at.query_params["doc"] == ids[1] and "hl" not in at.query_params
    assert not any("entente-hl\"" in h.proto.body and "<mark" in h.proto.body for h in at.get("html"))
