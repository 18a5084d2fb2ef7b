"""The theme taxonomy file: the shipped themes, user overrides, and errors that name the broken line."""

from __future__ import annotations

from pathlib import Path

import pytest

from entente.extract.themes import TaxonomyError, load_taxonomy
from entente.settings import THEMES
from entente.taxonomy import parse_taxonomy

REQUIRED = (
    "ctr", "kerry-lugar", "af-pak", "nuclear-security", "nonproliferation", "counterterrorism",
    "defense-cooperation", "india-factor", "peacekeeping", "economic-assistance", "border-security",
    "governance",
)


@pytest.fixture(autouse=True)
def no_user_taxonomy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THEMES.name, raising=False)


def test_shipped_taxonomy_has_the_required_themes() -> None:
    taxonomy = load_taxonomy()
    assert set(REQUIRED) <= set(taxonomy.ids)
    for theme in taxonomy.themes:
        assert theme.label and theme.description, theme.id
        assert theme.aliases or theme.acronyms or theme.patterns, theme.id


def test_parent_links() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.ancestors("ctr") == ("nonproliferation",)
    assert taxonomy.ancestors("kerry-lugar") == ("economic-assistance",)
    assert taxonomy.ancestors("nonproliferation") == ()
    assert set(taxonomy.descendants("nonproliferation")) == {"ctr", "nuclear-security"}
    assert taxonomy.label("kerry-lugar") == "Kerry-Lugar"
    assert taxonomy.label("no-such-theme") == "no-such-theme"


def test_environment_variable_points_at_a_user_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[themes.space]\nlabel = "Space"\naliases = ["outer space"]\n', encoding="utf-8")
    monkeypatch.setenv(THEMES.name, str(path))
    assert load_taxonomy().ids == ("space",)
    # An edited file is picked up on the next load.
    path.write_text('[themes.ocean]\nlabel = "Oceans"\naliases = ["ocean"]\n', encoding="utf-8")
    assert load_taxonomy().ids == ("ocean",)


def test_missing_user_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="nowhere.toml"):
        load_taxonomy(tmp_path / "nowhere.toml")


GOOD_HEAD = '[themes.alpha]\nlabel = "Alpha"\naliases = ["alpha"]\n\n'

# (file text, what the message must say): every message names the file and the line
BROKEN: list[tuple[str, str]] = [
    ('[themes.alpha]\nlabel = "Alpha"\naliases = ["alpha"\n', "line 3"),
    (GOOD_HEAD + '[themes.beta]\nlabel = "Beta\n', "line 6"),
    (GOOD_HEAD + '[themes.alpha]\nlabel = "Again"\n', "line 5"),
    (GOOD_HEAD + '[themes.beta]\nlabel = "Beta"\nparent = "gamma"\n', "line 5: theme 'beta': unknown parent 'gamma'"),
    (GOOD_HEAD + '[themes.beta]\ndescription = "no label"\n', "line 5: theme 'beta': missing label"),
    (GOOD_HEAD + "[themes.beta]\nlabel = \"Beta\"\npatterns = ['(unclosed']\n",
     "line 5: theme 'beta': bad regular expression '(unclosed'"),
    (GOOD_HEAD + '[themes.beta]\nlabel = "Beta"\nalias = ["typo"]\n', "line 5: theme 'beta': unknown key 'alias'"),
    (GOOD_HEAD + '[themes.Beta]\nlabel = "Beta"\n', "line 5: theme 'Beta': ids are lowercase"),
    (GOOD_HEAD + '[themes.beta]\nlabel = "Beta"\nacronyms = ["A B"]\n', "line 5: theme 'beta': acronym 'A B'"),
    (GOOD_HEAD + '[themes.beta]\nlabel = "Beta"\naliases = "beta"\n', "line 5: theme 'beta': aliases must be a list"),
    (GOOD_HEAD + '[themes."quoted-id"]\nlabel = ""\n', "line 5: theme 'quoted-id': missing label"),
    ('[themes.a]\nlabel = "A"\nparent = "b"\n\n[themes.b]\nlabel = "B"\nparent = "a"\n', "line 1: theme 'a': parent links form a cycle"),
    ('title = "x"\n', "line 1"),
    ('\n\n[topics.alpha]\nlabel = "A"\n', "line 3: unknown top-level key 'topics'"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_broken_taxonomy_names_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "themes.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TaxonomyError) as error:
        load_taxonomy(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_quoted_and_spaced_headers_get_their_line() -> None:
    taxonomy = parse_taxonomy('# c\n[ themes . "af-pak" ]\nlabel = "Af-Pak"\n\n[themes.\'x-y\']\nlabel = "XY"\n')
    assert [(t.id, t.line) for t in taxonomy.themes] == [("af-pak", 2), ("x-y", 5)]
