"""One reader per file format: bytes in, Documents (or a ReadFailure saying why not) out."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from entente import settings
from entente.ingest.sandbox import run_isolated
from entente.ingest.text import UndecodableText, clean, decode, document_id, title_from_text
from entente.models import Document


@dataclass(frozen=True)
class ReadFailure:
    """An input that yields no document: `source` names it, `reason` says why in words a user acts on."""

    source: str
    reason: str


ReadResult = Document | ReadFailure


def _plain_text(data: bytes) -> tuple[str, str]:
    return decode(data), ""


def _html_text(data: bytes) -> tuple[str, str]:
    import trafilatura

    html = decode(data)
    extracted = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                            with_metadata=True)
    if extracted is None:
        return "", ""
    return extracted.text or "", extracted.title or ""


def _pdf_parse(data: bytes) -> tuple[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValueError("the PDF is encrypted")
    pages = [page.extract_text() or "" for page in reader.pages]
    title = (reader.metadata.title if reader.metadata else None) or ""
    return "\n\n".join(pages), str(title)


def _pdf_text(data: bytes) -> tuple[str, str]:
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF (no %PDF header)")
    text, title = run_isolated(_pdf_parse, data)
    if not text.strip():
        raise ValueError("no text layer (a scanned PDF?): run OCR on it first")
    return text, title


def _check_docx_archive(data: bytes) -> None:
    """Refuse a .docx that is not a Word package or would inflate too far, from the zip directory alone."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ValueError("not a Word document (not a zip archive)") from None
    with archive:
        infos = archive.infolist()
        if "word/document.xml" not in {info.filename for info in infos}:
            raise ValueError("not a Word document (no word/document.xml inside)")
        inflated = sum(info.file_size for info in infos)
        packed = sum(info.compress_size for info in infos) or 1
        if inflated > settings.max_unzipped_bytes() or inflated / packed > 500:
            raise ValueError(f"refused: the archive would inflate to {inflated:,} bytes from "
                             f"{packed:,} (a zip bomb?)")


def _docx_parse(data: bytes) -> tuple[str, str]:
    import docx

    document = docx.Document(io.BytesIO(data))
    text = "\n\n".join(p.text for p in document.paragraphs)
    return text, document.core_properties.title or ""


def _docx_text(data: bytes) -> tuple[str, str]:
    _check_docx_archive(data)
    return run_isolated(_docx_parse, data)


_READERS: dict[str, Callable[[bytes], tuple[str, str]]] = {
    ".txt": _plain_text,
    ".md": _plain_text,
    ".html": _html_text,
    ".htm": _html_text,
    ".pdf": _pdf_text,
    ".docx": _docx_text,
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset({*_READERS, ".jsonl"})


def _make_document(source: str, text: str, *, title: str = "", published: str | None = None,
                   url: str | None = None) -> ReadResult:
    text = clean(text)
    if not text.strip():
        return ReadFailure(source, "no text: the document is empty or whitespace only")
    if len(text) > settings.max_text_chars():
        return ReadFailure(source, f"text of {len(text):,} characters is over the limit of "
                                   f"{settings.max_text_chars():,} (ENTENTE_MAX_TEXT_CHARS)")
    return Document(id=document_id(text), source=source, text=text,
                    title=(title.strip() or title_from_text(text))[:300], published=published, url=url)


def _iso_date(value: object) -> str | None:
    """The YYYY-MM-DD part of an ISO date or timestamp, or None when it is not one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _read_jsonl(source: str, data: bytes) -> Iterator[ReadResult]:
    try:
        text = decode(data)
    except UndecodableText as exc:
        yield ReadFailure(source, str(exc))
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield ReadFailure(where, 'no "text" field with a string')
            continue
        ident = record.get("id") or record.get("guid")
        yield _make_document(
            str(ident) if ident else where, record["text"], title=str(record.get("title") or ""),
            published=_iso_date(record.get("published") or record.get("date")),
            url=record.get("url") or record.get("link"),
        )


def read_bytes(name: str, data: bytes) -> Iterator[ReadResult]:
    """Read one file's bytes (an upload, or a file from disk) named `name`."""
    suffix = Path(name).suffix.lower()
    if len(data) > settings.max_file_bytes():
        yield ReadFailure(name, f"file of {len(data):,} bytes is over the limit of "
                                f"{settings.max_file_bytes():,} (ENTENTE_MAX_FILE_BYTES)")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(name, data)
        return
    reader = _READERS.get(suffix)
    if reader is None:
        yield ReadFailure(name, f"unsupported file type {suffix or '(none)'}; "
                                f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}")
        return
    try:
        text, title = reader(data)
    except UndecodableText as exc:
        yield ReadFailure(name, str(exc))
        return
    except Exception as exc:  # a corrupt file of any format must not stop the batch
        yield ReadFailure(name, f"could not read the {suffix[1:].upper()} file: {exc}")
        return
    yield _make_document(name, text, title=title)


def iter_paths(paths: Iterable[Path]) -> Iterator[Path | ReadFailure]:
    """Expand folders recursively (sorted, hidden files skipped); missing paths become failures."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield ReadFailure(str(path), "no such file or folder")


def read_path(path: Path) -> Iterator[ReadResult]:
    """Read one file from disk (a .jsonl corpus yields one result per line)."""
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes():
            yield ReadFailure(str(path), f"file of {size:,} bytes is over the limit of "
                                         f"{settings.max_file_bytes():,} (ENTENTE_MAX_FILE_BYTES)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(str(path), data)
