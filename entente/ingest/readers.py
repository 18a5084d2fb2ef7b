"""One reader per file format: bytes in, Documents (or a ReadFailure saying why not) out."""

from __future__ import annotations

import html
import io
import json
import logging
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

from entente import settings
from entente.ingest import failures
from entente.ingest.fields import web_url
from entente.publish_day import iso_date
from entente.ingest.markup import markdown_to_text, tables_to_text
from entente.ingest.sandbox import run_isolated
from entente.ingest.text import (UndecodableText, clean, decode, document_id, file_id, one_line, safe_name,
                                 title_from_text)
from entente.models import READER_WARNING_PREFIXES, Document

log = logging.getLogger(__name__)
# Old Word (.doc) files and password-protected Office files are OLE compound files, not zip packages.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A Word package has a few dozen parts; tens of thousands is a zip built to exhaust the reader.
MAX_DOCX_PARTS = 5_000
# Real .docx parts deflate about 5-20 times; a part that claims far more is a bomb.
MAX_DOCX_RATIO = 200
# Fewer words than this from a web page are its menu ("Home About"), which trafilatura falls back to.
MIN_HTML_WORDS = 8
# lxml (under trafilatura) stops at this depth of nested tags; the text below it is never reached.
MAX_HTML_DEPTH = 255
# What each reader's files are called in messages.
KINDS = {".txt": "text file", ".md": "Markdown file", ".html": "web page", ".htm": "web page", ".pdf": "PDF",
         ".docx": "Word document", ".jsonl": "corpus file"}


@dataclass(frozen=True)
class ReadFailure:
    """An input that yields no document: `source` names it, `reason` says why in words a user acts on."""

    source: str
    reason: str
    skipped: bool = False  # a folder's entry that is not a file (a dangling link, a pipe), not a document


ReadResult = Document | ReadFailure


class Refused(ValueError):
    """A file declined on purpose (locked, a bomb, not what its name says): the message is the reason."""


class NoText(Refused):
    """The file is well formed but holds no text to read (a page of navigation only)."""


class ReadText(NamedTuple):
    """What a reader found in a file: its text, the title it declares, and what the user should know
    about what could not be read ("scanned PDF: 3 pages have no text layer")."""

    text: str
    title: str = ""
    warnings: tuple[str, ...] = ()


def _plain_text(data: bytes) -> ReadText:
    return ReadText(decode(data))


def _markdown_text(data: bytes) -> ReadText:
    return ReadText(markdown_to_text(decode(data)))


class _Depth(HTMLParser):
    """The deepest nesting of tags in a page (void elements such as <br> do not nest), in linear time."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                      "track", "wbr", "param"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in self.VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)


def _html_parse(html: str) -> tuple[str, str]:
    """(main text, title) of a web page, navigation and scripts dropped; runs in the parser process."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                            with_metadata=True)
    if isinstance(extracted, dict):  # trafilatura's older result type
        text, title = extracted.get("text") or "", extracted.get("title") or ""
    else:
        text, title = (extracted.text or "", extracted.title or "") if extracted is not None else ("", "")
    text = tables_to_text(text)  # trafilatura writes tables as Markdown
    if len(text.split()) < MIN_HTML_WORDS:
        depth = _Depth()
        depth.feed(html)
        if depth.deepest > MAX_HTML_DEPTH:
            raise Refused(f"the page's tags are nested {depth.deepest:,} levels deep and the web page reader "
                          f"stops at {MAX_HTML_DEPTH}, so its text cannot be reached: save the page as PDF or "
                          "plain text and add that instead")
    return text, title


def _html_text(data: bytes) -> ReadText:
    # In the parser process too: a 2 MB table keeps trafilatura busy for most of a minute.
    text, title = run_isolated(_html_parse, decode(data))
    if len(text.split()) < MIN_HTML_WORDS:
        raise NoText("no article text in the page (only navigation, scripts or markup)")
    return ReadText(text, title)


def _pdf_parse(data: bytes) -> tuple[list[str], str]:
    """(text of each page, title) of a PDF's text layer; runs in the parser process."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "EOF marker not found" is our message to give
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Most "secured" office PDFs only restrict printing or copying: they open without a password.
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # noqa: BLE001 - pypdf raises several types for unsupported ciphers
            raise Refused(f"the PDF is encrypted in a way that cannot be opened ({exc})") from None
        if not opened:
            raise Refused("the PDF is password-protected: add an unprotected copy")
    pages = [page.extract_text() or "" for page in reader.pages]
    title = (reader.metadata.title if reader.metadata else None) or ""
    return pages, str(title)


def _pages(n: int) -> str:
    return f"{n:,} page" + ("s have" if n != 1 else " has")


def _pdf_text(data: bytes) -> ReadText:
    """A PDF's text layer; pages without one (scanned images) are counted in a warning, not an error:
    the document is kept, so the user sees it and what is missing."""
    if b"%PDF" not in data[:1024]:  # readers accept the header anywhere in the first kilobyte
        raise Refused("not a PDF (no %PDF header)")
    pages, title = run_isolated(_pdf_parse, data)
    if not pages:
        raise NoText("the PDF has no pages")
    blank = sum(1 for page in pages if not page.strip())
    scanned, partly = READER_WARNING_PREFIXES
    if blank == len(pages):
        warning = (f"{scanned} {_pages(blank)} no text layer and no text was read; OCR is not "
                   "available: run OCR on the file, then add it again")
    elif blank:
        warning = (f"{partly} {_pages(blank)} no text layer (of {len(pages):,}); their text "
                   "is missing: OCR is not available")
    else:
        return ReadText("\n\n".join(pages), title)
    return ReadText("\n\n".join(page for page in pages if page.strip()), title, (warning,))


def _check_docx_archive(data: bytes) -> None:
    """Refuse a .docx that is not a Word package or would inflate too far, from the zip directory alone."""
    if data.startswith(_OLE_MAGIC):
        raise Refused("a password-protected Word file, or an old .doc renamed .docx: "
                         "save it as an unprotected .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise Refused("not a Word document (not a zip archive)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_DOCX_PARTS:
            raise Refused(f"refused: the .docx holds {len(infos):,} parts (a zip bomb?)")
        if "word/document.xml" not in {info.filename for info in infos}:
            raise Refused("not a Word document (no word/document.xml inside)")
        inflated = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos) or 1
        worst = max(info.file_size / max(info.compress_size, 1) for info in infos)
        if inflated > settings.max_unzipped_bytes() or worst > MAX_DOCX_RATIO:
            raise Refused(f"refused: the .docx would inflate to {inflated:,} bytes from "
                             f"{packed:,} (a zip bomb?)")


def _docx_block_text(block: Any) -> str:
    """A paragraph's text, or a table's rows one a line with cells tab-separated (merged cells once)."""
    if hasattr(block, "rows"):
        lines = []
        for row in block.rows:
            cells: list[str] = []
            for cell in row.cells:
                value = " ".join(_docx_block_text(inner) for inner in cell.iter_inner_content()).strip()
                if not cells or value != cells[-1]:
                    cells.append(value)
            lines.append("\t".join(cells).strip())
        return "\n".join(line for line in lines if line)
    return block.text


def _docx_parse(data: bytes) -> tuple[str, str]:
    """(text, title) of a Word document, tables included in reading order; runs in the parser process."""
    import docx

    document = docx.Document(io.BytesIO(data))
    text = "\n\n".join(_docx_block_text(block) for block in document.iter_inner_content())
    return text, document.core_properties.title or ""


def _docx_text(data: bytes) -> ReadText:
    _check_docx_archive(data)
    return ReadText(*run_isolated(_docx_parse, data))


_READERS: dict[str, Callable[[bytes], ReadText]] = {
    ".txt": _plain_text,
    ".md": _markdown_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".pdf": _pdf_text,
    ".docx": _docx_text,
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset({*_READERS, ".jsonl"})


def _make_document(source: str, text: str, *, title: str = "", published: str | None = None,
                   url: str | None = None, warnings: tuple[str, ...] = (),
                   data: bytes | None = None) -> ReadResult:
    """The Document of a cleaned text; a text-less file kept for its warnings (a scanned PDF) is keyed
    by its bytes, so two scans are two documents and the same scan twice is one."""
    text = clean(text)
    if not text.strip():
        if not (warnings and data is not None):
            return ReadFailure(source, "no text: the document is empty or whitespace only")
        return Document(id=file_id(data), source=source, text="", published=published, url=url,
                        title=one_line(title) or Path(source).name, warnings=warnings)
    if len(text) > settings.max_text_chars():
        return ReadFailure(source, f"text of {len(text):,} characters is over the limit of "
                                   f"{settings.max_text_chars():,} (ENTENTE_MAX_TEXT_CHARS)")
    return Document(id=document_id(text), source=source, text=text, warnings=warnings,
                    title=one_line(html.unescape(title)) or title_from_text(text), published=published, url=url)


def _read_jsonl(source: str, data: bytes) -> Iterator[ReadResult]:
    try:
        text = decode(data)
    except UndecodableText as exc:
        yield ReadFailure(source, str(exc))
        return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield ReadFailure(where, "not valid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadFailure(where, 'no "text" field with a string')
            continue
        ident = record.get("id") or record.get("guid")
        name = safe_name(one_line(str(ident), 500, drop_bidi=False)) if isinstance(ident, str | int) and ident else where
        yield _make_document(
            name, record["text"], title=str(record.get("title") or ""),
            published=iso_date(record.get("published") or record.get("date")),
            url=web_url(record.get("url") or record.get("link")),
        )


def _too_big(source: str, size: int) -> ReadFailure:
    return ReadFailure(source, f"file of {size:,} bytes is over the limit of "
                               f"{settings.max_file_bytes():,} (ENTENTE_MAX_FILE_BYTES)")


def read_bytes(name: str, data: bytes) -> Iterator[ReadResult]:
    """Read one file's bytes (an upload, or a file from disk) named `name`.

    Every result's `source` is `name` made safe to print (see `safe_name`); nothing is ever written
    anywhere under that name. A fault in a reader itself becomes a failure with an error id that is
    also in the log, so it never stops the batch.
    """
    source = safe_name(name)
    try:
        yield from _read_bytes(source, Path(name).suffix.lower(), data)
    except Exception:  # the readers' own bugs included
        error_id = uuid.uuid4().hex[:8]
        log.exception("reading %s failed (error %s)", source, error_id)
        yield ReadFailure(source, f"could not be read (error {error_id}): an internal fault, logged")


def _read_bytes(source: str, suffix: str, data: bytes) -> Iterator[ReadResult]:
    if len(data) > settings.max_file_bytes():
        yield _too_big(source, len(data))
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(source, data)
        return
    reader = _READERS.get(suffix)
    if reader is None:
        yield ReadFailure(source, f"unsupported file type {safe_name(suffix) or '(none)'}; "
                                  f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    try:
        read = reader(data)
    except (UndecodableText, Refused) as exc:
        yield ReadFailure(source, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a corrupt file of any format must not stop the batch
        yield ReadFailure(source, failures.reason(exc, KINDS.get(suffix, "file")))
        return
    yield _make_document(source, read.text, title=read.title, warnings=read.warnings, data=data)


def read_path(path: Path) -> Iterator[ReadResult]:
    """Read one file from disk (a .jsonl corpus yields one result per line)."""
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes():
            yield _too_big(safe_name(str(path)), size)
            return
        with path.open("rb") as handle:  # read no more than the limit, should the file grow meanwhile
            data = handle.read(settings.max_file_bytes() + 1)
    except OSError as exc:
        yield ReadFailure(safe_name(str(path)), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(str(path), data)
