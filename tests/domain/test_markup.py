"""Markup from documents never reaches people: Markdown and HTML become plain text once, when read, so
evidence quotes, titles and every export hold the document's words, and the offsets still point into the
text the Documents page shows."""

from __future__ import annotations

import json
from pathlib import Path

from entente import query
from entente.export import export
from entente.ingest import read_bytes
from entente.models import Document
from entente.pipeline import ingest_paths

NOTE = """# Talks &quot;on&quot; fisheries

## Readout

**Secretary of State Ada Quill** met with *Peruvian Foreign Minister* Luis Vargas<sup>1</sup> in Lima on
March 5, 2030. They discussed __fisheries__ and `port access`.

> The talks were &quot;productive&quot;, Quill said.

| Date | Event |
|------|-------|
| March 5 | Talks in Lima |

---

1. Footnote: see [the readout](https://state.gov/readout).
"""
MARKUP = ("**", "##", "<sup>", "</sup>", "&quot;", "__", "`", "|---", "](")


def _one(name: str, data: bytes) -> Document:
    [doc] = list(read_bytes(name, data))
    assert isinstance(doc, Document), doc
    return doc


def test_markdown_becomes_the_words_a_reader_sees() -> None:
    doc = _one("note.md", NOTE.encode())
    assert doc.title == 'Talks "on" fisheries'
    assert not any(mark in doc.text for mark in MARKUP), doc.text
    assert "Secretary of State Ada Quill met with Peruvian Foreign Minister Luis Vargas1 in Lima" in doc.text
    assert 'The talks were "productive", Quill said.' in doc.text
    assert "Date\tEvent\nMarch 5\tTalks in Lima" in doc.text
    assert "see the readout." in doc.text


def test_plain_markdown_punctuation_is_left_alone() -> None:
    text = "Costs rose 3 * 4 percent in snake_case_files; * a list item\n- another\nC:\\Users\\x and a+b=c."
    assert _one("plain.md", text.encode()).text == text


def test_an_html_table_is_read_as_rows_of_cells_not_markdown() -> None:
    page = ("<html><body><article><h1>Fisheries talks</h1><p>The Secretary of State met the Foreign Minister "
            "of Peru in Lima on March 5, 2030 to discuss fisheries and port access in detail.</p><table>"
            "<tr><th>Date</th><th>Event</th></tr><tr><td>March 5</td><td>Talks in Lima with officials</td></tr>"
            "</table></article></body></html>")
    doc = _one("page.html", page.encode())
    assert "|" not in doc.text and "---" not in doc.text
    assert "Date\tEvent" in doc.text and "March 5\tTalks in Lima with officials" in doc.text


def test_bidi_controls_never_reach_a_title_or_the_text() -> None:
    doc = _one("notes.txt", "\u202eTXT.EXE\u202c Secretary met the Minister\u2066 in Lima\u2069.".encode())
    assert doc.title == "TXT.EXE Secretary met the Minister in Lima."
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in doc.text)


def test_corpus_titles_lose_their_entities_once() -> None:
    line = json.dumps({"id": "r1", "title": "Joint Statement on &quot;Clean Energy&quot; &amp;amp; Trade",
                       "text": "The Secretary met the Minister in Lima on March 5, 2030."})
    assert _one("c.jsonl", line.encode()).title == 'Joint Statement on "Clean Energy" &amp; Trade'


def test_evidence_and_exports_hold_plain_words_at_offsets_into_the_stored_text(tmp_path: Path,
                                                                                tmp_db: str) -> None:
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    [report] = ingest_paths([path], tmp_db)
    assert report.events, report
    frame = query.events(query.Filters(), tmp_db)
    text = query.document(report.document_id, tmp_db)["text"]
    for event_id in frame["id"]:
        event = query.event(event_id, tmp_db)
        assert not any(mark in event["title"] for mark in MARKUP), event["title"]
        for quote in event["evidence"]:
            assert text[quote["start"]:quote["end"]] == quote["text"], "the offsets point into the stored text"
            assert not any(mark in quote["text"] for mark in MARKUP), quote["text"]
    for fmt in ("csv", "json", "timelinejs"):
        out = export(frame, fmt, db=tmp_db)
        assert "Ada Quill" in out
        assert not any(mark in out for mark in ("**", "##", "<sup>", "&amp;quot;")), fmt
