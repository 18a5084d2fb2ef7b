"""Every view shows a document's (and an analyst's) characters inert: no bare address becomes a live link,
no ":material/...:" draws an icon, no bidi control reorders a title, and `&quot;` is never shown for `"`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.labels import safe
from components.layout import md
from entente import curation, query
from entente.pipeline import ingest_paths
from tests.ui.test_corrections import own_db  # noqa: F401 - the fixture

APP = str(Path(__file__).resolve().parents[2] / "app.py")
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What Streamlit's Markdown (GFM autolink literals) turns into links once escapes are read.
AUTOLINK = re.compile(r"(?i)https?://|ftp://|\bwww\.|[\w.+-]@[\w-]+\.")
HOSTILE = ("Talks :material/home: at https://evil.example/x and www.evil.example, mail spy@evil.example "
           "\u202eTXT.EXE\u202c &quot;quoted&quot; :red[alarm] :smile:")


def _read_as_markdown(source: str) -> str:
    """The text Streamlit's Markdown shows for `source`: escapes read, invisible joiners dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", source).replace("\u2060", "")


def _inert(source: str) -> None:
    source = re.sub(r"^:material/\w+: ", "", source)  # the app's own icon before the text
    assert ":material/" not in source, f"an icon would be drawn: {source!r}"
    assert not BIDI.search(source), f"a bidi control reaches the page: {source!r}"
    links = [m.group() for m in AUTOLINK.finditer(source.replace("\\", ""))]
    assert not links, f"{links} would be live links in {source!r}"


@pytest.mark.parametrize("text", [HOSTILE, "see HTTPS://STATE.GOV or Www.State.Gov", "ftp://files.example/a",
                                  "x@y.org", ":material/delete: Remove"])
def test_markdown_text_reads_as_typed_but_links_and_icons_nothing(text: str) -> None:
    source = md(text)
    _inert(source)
    assert _read_as_markdown(source) == BIDI.sub("", text), "the words themselves are unchanged"


def test_plotly_labels_keep_quotes_and_lose_tags_and_bidi_controls() -> None:
    assert safe('He said "yes" <b>now</b> \u202eok') == 'He said "yes" &lt;b&gt;now&lt;/b&gt; ok'


def test_no_view_makes_a_hostile_title_live(own_db: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "hostile.txt"
    path.write_text(f"{HOSTILE}\n\nSecretary of State Ada Quill met with Peruvian Foreign Minister Luis Vargas in "
                    "Lima on March 5, 2030. Details: https://evil.example/readout or www.evil.example.\n",
                    encoding="utf-8")
    [report] = ingest_paths([path], own_db)
    frame = query.events(query.Filters(document=report.document_id), own_db)
    event_id = frame["id"].iloc[0]
    curation.edit_event(event_id, {"title": HOSTILE}, db=own_db)  # an analyst's title is shown the same way

    for page, params in (("app_pages/timeline.py", {"event": event_id}),
                         ("app_pages/documents.py", {"doc": report.document_id})):
        at = AppTest.from_file(APP, default_timeout=60)
        at.session_state["timeline-history-open"] = True
        at.run()
        at.switch_page(page)
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        markdown = [e.value for kind in ("markdown", "caption", "subheader", "warning", "success", "info")
                    for e in getattr(at, kind)] + [e.label for e in at.expander]
        hostile = [source for source in markdown if "evil" in source or "TXT" in source]
        assert hostile, f"{page}: the hostile text is shown nowhere as Markdown"
        for source in hostile:
            _inert(source)
