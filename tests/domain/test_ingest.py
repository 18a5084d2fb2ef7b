"""Readers: every supported way in yields a clean Document, every bad input a failure with a reason."""

from __future__ import annotations

import codecs
import io
import time
import zipfile
import json
from pathlib import Path

import pytest

from entente.ingest import ReadFailure, iter_paths, read_bytes, read_path
from entente.ingest.text import clean, decode, document_id, title_from_text
from entente.models import Document

TEXT = "WASHINGTON, June 10, 2010 — U.S. and Pakistani defense officials met in Rawalpindi."


def _one(name: str, data: bytes) -> Document | ReadFailure:
    results = list(read_bytes(name, data))
    assert len(results) == 1
    return results[0]


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.replace("—", "-").encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16le", "utf16be", "cp1252"])
def test_text_in_every_office_encoding_reads_the_same_words(data: bytes) -> None:
    doc = _one("release.txt", data)
    assert isinstance(doc, Document)
    assert doc.text.startswith("WASHINGTON, June 10, 2010")
    assert doc.text.endswith("met in Rawalpindi.")


def test_cp1252_curly_quotes_decode_right() -> None:
    doc = _one("q.txt", "“Pakistan’s” efforts".encode("cp1252"))
    assert isinstance(doc, Document) and doc.text == "“Pakistan’s” efforts"


def test_same_text_from_two_files_is_one_document() -> None:
    a = _one("a.txt", TEXT.encode("utf-8"))
    b = _one("b.txt", codecs.BOM_UTF8 + (TEXT + "\r\n").replace("\n", "\r\n").encode("utf-8"))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.id == b.id == document_id(a.text)


def test_control_characters_and_nul_bytes_are_cleaned() -> None:
    assert clean("a\x00b\x07c\r\nd\te") == "abc\nd\te"


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n ", "empty"),
    ("photo.txt", bytes(range(256)) * 40, "binary"),
    ("notes.xyz", b"hello", "unsupported file type .xyz"),
    ("broken.pdf", b"%PDF-1.4 this is not a pdf", "could not read the PDF file"),
    ("fake.docx", b"PK\x03\x04 not a zip", "could not read the DOCX file"),
])
def test_bad_inputs_are_failures_that_name_the_file_and_reason(name: str, data: bytes, reason: str) -> None:
    result = _one(name, data)
    assert isinstance(result, ReadFailure)
    assert result.source == name
    assert reason in result.reason


def test_file_over_the_size_limit_is_rejected_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTENTE_MAX_FILE_BYTES", "100")
    result = _one("big.txt", b"x" * 101)
    assert isinstance(result, ReadFailure) and "over the limit of 100" in result.reason


def test_text_over_the_character_limit_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTENTE_MAX_TEXT_CHARS", "50")
    result = _one("long.txt", ("word " * 20).encode())
    assert isinstance(result, ReadFailure) and "ENTENTE_MAX_TEXT_CHARS" in result.reason


def test_jsonl_corpus_keeps_good_lines_and_names_broken_ones() -> None:
    lines = [
        json.dumps({"guid": "r1", "title": "Secretary Blinken's Meeting", "published": "2021-05-03T10:00:00",
                    "text": "Secretary Blinken met the Foreign Minister.", "link": "https://example.org/r1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "A readout without metadata.", "date": "2021-06-01"}),
    ]
    results = list(read_bytes("corpus.jsonl", "\n".join(lines).encode()))
    docs = [r for r in results if isinstance(r, Document)]
    failures = [r for r in results if isinstance(r, ReadFailure)]
    assert [d.source for d in docs] == ["r1", "corpus.jsonl:5"]
    assert docs[0].published == "2021-05-03" and docs[0].title == "Secretary Blinken's Meeting"
    assert docs[0].url == "https://example.org/r1"
    assert docs[1].published == "2021-06-01"
    assert [f.source for f in failures] == ["corpus.jsonl:2", "corpus.jsonl:3"]
    assert "not valid JSON" in failures[0].reason and '"text"' in failures[1].reason


def test_html_keeps_the_article_and_drops_scripts() -> None:
    page = b"""<html><head><title>Readout</title><script>alert('x')</script></head><body>
    <nav><a href='/'>Home</a> | <a href='/about'>About us</a></nav>
    <article><h1>Secretary Meets Minister</h1>
    <p>WASHINGTON, June 10, 2010 - The Secretary met the Pakistani Foreign Minister in Washington today
    to discuss the strategic dialogue and the next round of talks on defense cooperation.</p>
    <p>Both sides agreed to meet again in Islamabad in the autumn to review progress on the working groups.</p>
    </article></body></html>"""
    doc = _one("readout.html", page)
    assert isinstance(doc, Document)
    assert "Pakistani Foreign Minister" in doc.text
    assert "alert(" not in doc.text


def test_folders_are_read_recursively_and_missing_paths_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("First release text about a meeting.")
    (tmp_path / "two.md").write_text("# Second\n\nA second document.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    found = list(iter_paths([tmp_path, tmp_path / "missing.txt"]))
    names = [p.name for p in found if isinstance(p, Path)]
    assert names == ["one.txt", "two.md"]
    assert isinstance(found[-1], ReadFailure) and "no such file" in found[-1].reason
    docs = [d for p in found if isinstance(p, Path) for d in read_path(p)]
    assert [d.title for d in docs] == ["First release text about a meeting.", "Second"]


@pytest.mark.parametrize("text,title", [
    ("Skip navigation links\nUS Department of Defense\nNews Release\nhttp://x.mil\n\n"
     "IMMEDIATE RELEASE No. 580-99\nDecember 20, 1999\n\nU.S. AND KAZAKHSTAN SIGN PLAN\n\nBody.",
     "U.S. AND KAZAKHSTAN SIGN PLAN"),
    ("USA/Pakistan — U.S., Pakistan Seek to Broaden Defense Relationship\n\nWASHINGTON ...",
     "U.S., Pakistan Seek to Broaden Defense Relationship"),
    ("\n\n## **THE TRACK-TWO DIALOGUE**\n\nProject organized by ...", "THE TRACK-TWO DIALOGUE"),
])
def test_title_skips_page_furniture(text: str, title: str) -> None:
    assert title_from_text(text) == title


def test_decode_refuses_binary() -> None:
    with pytest.raises(ValueError):
        decode(b"\x00\x01\x02\x00" * 100)


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer says `text` (built by hand: no PDF writer is a dependency)."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer_is_read() -> None:
    doc = _one("release.pdf", _pdf_with_text("Cohen met Tokpakbayev on December 17, 1999."))
    assert isinstance(doc, Document) and "December 17, 1999" in doc.text


def test_scanned_pdf_without_text_layer_says_so() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    result = _one("scan.pdf", buffer.getvalue())
    assert isinstance(result, ReadFailure) and "no text layer" in result.reason


def test_docx_paragraphs_are_read() -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Readout"
    document.add_paragraph("The Secretary met the Minister in Astana on 12 May 2021.")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = _one("readout.docx", buffer.getvalue())
    assert isinstance(doc, Document) and doc.title == "Readout" and "12 May 2021" in doc.text


def test_zip_bomb_docx_is_refused_before_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTENTE_MAX_UNZIPPED_BYTES", str(10 * 1024 * 1024))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    result = _one("bomb.docx", buffer.getvalue())
    assert isinstance(result, ReadFailure) and "zip bomb" in result.reason


def test_a_parser_that_overruns_its_time_is_stopped() -> None:
    from entente.ingest.sandbox import ParserFailed, run_isolated

    with pytest.raises(ParserFailed, match="longer than 0.5 s"):
        run_isolated(time.sleep, 5, timeout=0.5)  # type: ignore[arg-type]
    assert run_isolated(len, b"abc") == 3  # the next parse gets a fresh process
