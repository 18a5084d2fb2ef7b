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
from tests.data.hostile.make_fixtures import blank_pdf, pdf_with_text

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
    ("broken.pdf", b"%PDF-1.4 this is not a pdf", "the PDF is damaged or incomplete"),
    ("fake.docx", b"PK\x03\x04 not a zip", "not a Word document (not a zip archive)"),
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


def test_a_text_longer_than_spacy_takes_at_once_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """1.2 million characters: over spaCy's 1,000,000 for one Doc, which chunking makes no limit."""
    monkeypatch.delenv("ENTENTE_MAX_TEXT_CHARS", raising=False)
    result = _one("long.txt", ("The Minister met the Ambassador. " * 36_400).encode())
    assert isinstance(result, Document) and len(result.text) > 1_200_000


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


def test_pdf_text_layer_is_read() -> None:
    doc = _one("release.pdf", pdf_with_text("Cohen met Tokpakbayev on December 17, 1999."))
    assert isinstance(doc, Document) and "December 17, 1999" in doc.text


@pytest.mark.parametrize("pages, says", [
    (1, "scanned PDF: 1 page has no text layer"),
    (3, "scanned PDF: 3 pages have no text layer"),
])
def test_a_scanned_pdf_is_kept_with_a_warning_naming_its_pages(pages: int, says: str) -> None:
    doc = _one("scan.pdf", blank_pdf(pages))
    assert isinstance(doc, Document) and doc.text == "" and doc.title == "scan.pdf"
    assert len(doc.warnings) == 1 and says in doc.warnings[0] and "OCR is not available" in doc.warnings[0]


def test_scans_are_told_apart_by_their_bytes_not_their_empty_text() -> None:
    one, three, one_again = _one("a.pdf", blank_pdf(1)), _one("b.pdf", blank_pdf(3)), _one("c.pdf", blank_pdf(1))
    assert isinstance(one, Document) and isinstance(three, Document) and isinstance(one_again, Document)
    assert one.id != three.id and one.id == one_again.id
    assert one.id != document_id("") and len(one.id) == 64


def test_a_partly_scanned_pdf_keeps_its_text_and_counts_the_missing_pages() -> None:
    doc = _one("mixed.pdf", blank_pdf(2, after=pdf_with_text("Cohen met Tokpakbayev on December 17, 1999.")))
    assert isinstance(doc, Document) and "December 17, 1999" in doc.text
    assert doc.id == document_id(doc.text)  # text decides sameness as for any document with text
    assert doc.warnings and "partly scanned PDF: 2 pages have no text layer (of 3)" in doc.warnings[0]


def test_a_pdf_with_a_text_layer_on_every_page_has_no_warning() -> None:
    doc = _one("release.pdf", pdf_with_text("Cohen met Tokpakbayev on December 17, 1999."))
    assert isinstance(doc, Document) and doc.warnings == ()


def test_a_scanned_pdf_ingests_as_a_warning_the_documents_page_can_show(tmp_db: str) -> None:
    from sqlalchemy import select

    from entente import store
    from entente.pipeline import ingest_uploads
    from entente.store.schema import documents

    reports = ingest_uploads([("scan.pdf", blank_pdf(3)), ("other-scan.pdf", blank_pdf(2)),
                              ("mixed.pdf", blank_pdf(1, after=pdf_with_text("Talks in Astana on May 5, 2011.")))],
                             tmp_db)
    assert [r.state for r in reports] == ["warning", "warning", "warning"]
    assert "3 pages have no text layer" in reports[0].messages[0]
    assert "partly scanned PDF: 1 page has no text layer (of 2)" in reports[2].messages[0]
    with store.open_engine(tmp_db).connect() as conn:
        rows = {r.id: r for r in conn.execute(select(documents))}
    assert len(rows) == 3
    scan = rows[reports[0].document_id]
    assert scan.status == "warning" and scan.messages == reports[0].messages and scan.text == ""
    assert rows[reports[2].document_id].messages[0] == reports[2].messages[0]


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
        run_isolated(time.sleep, 5, timeout=0.5)
    assert run_isolated(len, b"abc") == 3  # the next parse gets a fresh process


# --- names, decoding and Markdown, one behaviour a row ---------------------------------------------

@pytest.mark.parametrize("name,shown", [
    ("release.txt", "release.txt"),
    ("line\nbreak.txt", "line\\x0abreak.txt"),
    ("tab\there.txt", "tab\\x09here.txt"),
    ("bell\x07\x1b[2J.txt", "bell\\x07\\x1b[2J.txt"),
    ("invoice\u202etxt.exe", "invoice\\u202etxt.exe"),
    ("zero\u200bwidth.txt", "zero\\u200bwidth.txt"),
    ("<b>bold</b>.txt", "<b>bold</b>.txt"),  # HTML is text to the store; the UI escapes it
    ("Déclaration conjointe.txt", "Déclaration conjointe.txt"),
    ("تقرير.txt", "تقرير.txt"),
])
def test_names_are_shown_on_one_printable_line(name: str, shown: str) -> None:
    from entente.ingest.text import safe_name

    assert safe_name(name) == shown
    assert safe_name(name).isprintable()


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "..\\..\\boot.txt", "/abs/path/readout.txt",
                                  "new\nline.txt", "x" * 300 + ".txt"])
def test_uploads_with_hostile_names_are_read_and_named_safely(name: str, tmp_path: Path) -> None:
    from entente.pipeline import ingest_uploads

    before = sorted(p.name for p in tmp_path.iterdir())
    [report] = ingest_uploads([(name, TEXT.encode())], f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert report.state in ("ingested", "warning")
    assert report.source.isprintable() and "/" not in report.source
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("store.sqlite")) == before


@pytest.mark.parametrize("data,text", [
    ("The Ministry’s delegation arrived in Ankara.".encode("utf-16-le"),  # no BOM: every other byte NUL
     "The Ministry’s delegation arrived in Ankara."),
    ("The Ministry’s delegation arrived in Ankara.".encode("utf-16-be"),
     "The Ministry’s delegation arrived in Ankara."),
    ("Kazakhstan’s".encode() + b" and Uzbekistan\x92s", "Kazakhstan’s and Uzbekistan’s"),
    (b"caf\xe9 \x93quoted\x94", "café “quoted”"),
    (b"undefined \x81 byte", "undefined \x81 byte"),  # no cp1252 character: latin-1's control, cleaned later
    ("São Tomé".encode("latin-1"), "São Tomé"),
])
def test_decoding_what_offices_save(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize("raw,cleaned", [
    ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
    ("joined\ufefffiles", "joinedfiles"),
    ("trailing   \t\nspaces  ", "trailing\nspaces"),
    ("e\u0301", "é"),  # NFC
])
def test_cleaning(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


# Hang guards, not speed targets (make bench measures speed): a quadratic pattern takes minutes on
# these inputs, a linear one well under a second, so a 30 s bound never trips on a busy machine.
HANG = 30.0


def test_cleaning_a_long_run_of_spaces_does_not_hang() -> None:
    started = time.perf_counter()
    assert clean("a" + " " * 1_000_000 + "\nb") == "a\nb"
    assert time.perf_counter() - started < HANG


@pytest.mark.parametrize("markdown,text", [
    ("[Read more](javascript:alert(1))", "Read more"),
    ("[Read more](JavaScript:alert(document.cookie))", "Read more"),
    ("[statement](https://state.gov/x_(y)) today", "statement today"),
    ("![Map of the region](data:image/png;base64,AAAA)", "Map of the region"),
    ("see [the agenda][1]\n\n[1]: javascript:alert(1)", "see the agenda"),
    ("<javascript:alert(1)> and <https://www.defense.gov>", " and https://www.defense.gov"),
    ('<a href="javascript:x()">Joint Statement</a>', "Joint Statement"),
    ("before <script>alert('x')</script> after", "before  after"),
    ("before <STYLE>p{}</STYLE><iframe src=x></iframe> after", "before  after"),
    ("# The Heading\n\n**Bold** words, 3 < 4 and 5 > 2", "The Heading\n\nBold words, 3 < 4 and 5 > 2"),
])
def test_markdown_keeps_the_words_and_never_a_live_link_or_script(markdown: str, text: str) -> None:
    doc = _one("note.md", markdown.encode())
    assert isinstance(doc, Document) and doc.text == text


@pytest.mark.parametrize("hostile", ["[" * 200_000, "<b " * 70_000, "<script>" * 25_000, "<a:" * 70_000,
                                     "[x](" * 50_000])
def test_hostile_markdown_does_not_hang(hostile: str) -> None:
    started = time.perf_counter()
    assert len(list(read_bytes("hostile.md", hostile.encode()))) == 1
    assert time.perf_counter() - started < HANG


def test_jsonl_keeps_only_web_addresses_and_one_line_titles() -> None:
    lines = [json.dumps({"id": "a", "text": "A readout.", "url": "javascript:alert(1)", "title": "Two\nlines\x07"}),
             json.dumps({"id": "b", "text": "B readout.", "url": "file:///etc/passwd"}),
             json.dumps({"id": "c", "text": "C readout.", "url": " https://state.gov/c "}),
             json.dumps({"id": {"nested": 1}, "text": "D readout."})]
    docs = list(read_bytes("c.jsonl", "\n".join(lines).encode()))
    assert [d.url for d in docs] == [None, None, "https://state.gov/c", None]
    assert docs[0].title == "Two lines"
    assert docs[3].source == "c.jsonl:4"  # an id that is not a string or number is not a name


def test_a_jsonl_string_may_hold_a_line_separator() -> None:
    """U+2028 is valid inside a JSON string: a line of the corpus is split on \\n only."""
    line = json.dumps({"text": "First\u2028second"}, ensure_ascii=False)
    [doc] = list(read_bytes("c.jsonl", line.encode()))
    assert isinstance(doc, Document) and doc.text == "First\nsecond"


def test_a_pdf_locked_only_against_printing_is_read() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_text("Talks on May 5, 2011."))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    doc = _one("secured.pdf", buffer.getvalue())
    assert isinstance(doc, Document) and "May 5, 2011" in doc.text


def test_docx_tables_are_read_in_place() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The delegations:")
    table = document.add_table(rows=2, cols=2)
    for r, (name, office) in enumerate([("Jane Doe", "Ambassador"), ("John Roe", "Deputy Minister")]):
        table.cell(r, 0).text, table.cell(r, 1).text = name, office
    document.add_paragraph("They met on 3 June 2012.")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = _one("d.docx", buffer.getvalue())
    assert isinstance(doc, Document)
    assert doc.text == "The delegations:\n\nJane Doe\tAmbassador\nJohn Roe\tDeputy Minister\n\nThey met on 3 June 2012."


def test_an_html_page_of_menus_only_is_rejected() -> None:
    page = b"<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>"
    result = _one("menu.html", page)
    assert isinstance(result, ReadFailure) and "no article text" in result.reason


def _crash(_: bytes) -> None:
    import os

    os._exit(3)


def test_a_parser_that_dies_is_reported_and_the_next_parse_works() -> None:
    from entente.ingest.sandbox import ParserFailed, run_isolated

    with pytest.raises(ParserFailed, match="crashed"):
        run_isolated(_crash, b"")
    assert run_isolated(len, b"abcd") == 4


def test_a_pipe_is_never_opened(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real.txt").write_text(TEXT)
    assert [p.name for p in iter_paths([tmp_path]) if isinstance(p, Path)] == ["real.txt"]
    [failure] = list(iter_paths([tmp_path / "pipe.txt"]))
    assert isinstance(failure, ReadFailure) and failure.reason.startswith("a named pipe, not a file")


def test_extracting_stored_scans_again_keeps_their_warnings(tmp_db: str) -> None:
    """Re-extraction works from the stored text, without the file: what the reader found stays."""
    from entente.pipeline import ingest_uploads, reextract_stored

    first = ingest_uploads([("scan.pdf", blank_pdf(3)),
                            ("mixed.pdf", blank_pdf(1, after=pdf_with_text("Talks in Astana on May 5, 2011.")))],
                           tmp_db)
    again = reextract_stored(tmp_db, everything=True)
    assert sorted((r.document_id, r.state, r.messages[0]) for r in again) == \
        sorted((r.document_id, r.state, r.messages[0]) for r in first)
