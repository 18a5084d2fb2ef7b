"""The Topics page through AppTest on the seeded store: the three seed themes, and every theme opening cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def topic(seeded_db, monkeypatch):
    """Opens the Topics page on a theme, as a pasted `/topics?theme=ID` link would."""
    monkeypatch.setenv("ENTENTE_DATABASE_URL", seeded_db)

    def _open(theme: str, **params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(theme=theme, **params)
        at.run()
        at.switch_page("app_pages/topics.py")
        at.query_params.update(theme=theme, **params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return _open


def _quotes(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def _bold(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**")]


def _links(at: AppTest) -> list[str]:
    return [_unescaped(link.proto.label) for link in at.get("page_link")]


def _unescaped(label: str) -> str:
    """A label as the user reads it: the page escapes Markdown in document text (`Af\\-Pak`)."""
    return label.replace("\\", "")


def _groups(at: AppTest) -> list[str]:
    return [_unescaped(e.proto.label) for e in at.expander]


def test_ctr_sets_the_kazakh_agreements_beside_the_pakistani_view(topic):
    at = topic("ctr")
    assert at.header[0].value == "Cooperative Threat Reduction"
    columns = _bold(at)
    assert "**United States–Kazakhstan**" in columns and "**United States–Pakistan**" in columns
    quotes = " ".join(_quotes(at))
    assert "Defense Conversion" in quotes, "the 1999 extension of the Defense Conversion agreement"
    assert "biological" in quotes, "the 1999 amendment adding biological threat reduction"
    assert "denuclearize" in quotes, "the 2009 Pakistani view of CTR as pressure to denuclearise"
    assert {m.label: m.value for m in at.metric}["Counterparts"] == "2"
    captions = " ".join(c.value for c in at.caption)
    assert "1999" in captions and "2009" in captions


def test_kerry_lugar_lists_its_legislative_milestones_in_order(topic, seeded_db):
    at = topic("kerry-lugar", planned="1")
    assert "Milestones" in [s.value for s in at.subheader]
    steps = [label for label in _links(at) if " — " in label]
    assert [s.split(" — ")[0] for s in steps] == ["24 Sep 2009", "30 Sep 2009", "15 Oct 2009"]
    assert "Senate" in steps[0] and "House" in steps[1] and "effect" in steps[2]
    from entente import query

    announced = query.events(query.Filters(themes=("kerry-lugar",)), seeded_db).query("planned")
    default = [label for label in _links(topic("kerry-lugar")) if " — " in label]
    assert len(default) == len(steps) - sum("effect" in t for t in announced["title"]), \
        "a milestone the documents announce for later waits behind 'Show planned events'"


def test_kerry_lugar_shows_the_concerns_raised_about_it(topic):
    at = topic("kerry-lugar")
    quotes = " ".join(_quotes(at))
    assert "sovereignty" in quotes and "trust deficit" in quotes
    assert any("Future of U.S.-Pakistan" in g for g in _groups(at)), "grouped under the section that debates it"


def test_af_pak_shows_the_four_categories_and_who_holds_which_position(topic):
    at = topic("af-pak")
    quotes = _quotes(at)
    assert any("four categories" in q and "al Qaeda" in q for q in quotes)
    assert any("Af-Pak” Policy" in g for g in _groups(at))
    at.segmented_control(key="topic-group").set_value("side").run()
    sides = _groups(at)
    assert any(label.startswith("Side: Pakistan") for label in sides)
    assert any(label.startswith("Side not stated") for label in sides)


def test_af_pak_names_the_people_and_themes_around_it(topic):
    at = topic("af-pak")
    people = next(d.value for d in at.dataframe if "Passages" in d.value.columns)
    assert "Sartaj Aziz" in set(people["Name"]), "the presenter of the Af-Pak panel"
    related = _links(at)
    assert "Counterterrorism" in related


def test_quotes_are_plain_text_and_link_to_their_passage(topic):
    at = topic("kerry-lugar")
    assert not any("**" in q or "<sup>" in q for q in _quotes(at)), "Markdown furniture is taken off quotes"
    targets = [link.proto.query_string for link in at.get("page_link") if _unescaped(link.proto.label) == "Open in the document"]
    assert targets and all("doc=" in t and "hl=" in t for t in targets)


def test_other_filters_narrow_the_passages(topic):
    at = topic("ctr", country="KZ")
    columns = _bold(at)
    assert "**United States–Kazakhstan**" in columns and "**United States–Pakistan**" not in columns
    assert "denuclearize" not in " ".join(_quotes(at))


def test_every_theme_in_the_corpus_opens_without_error(topic, seeded_db):
    from entente import query

    at = topic("ctr")
    themes = query.facets(seeded_db)["themes"]
    assert len(themes) > 10
    for theme in themes:
        at.selectbox(key="topic").set_value(theme).run()
        assert not at.exception, (theme, [e.value for e in at.exception])
        assert at.subheader[0].value == "Across country pairs"
