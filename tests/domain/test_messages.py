"""Every rejection says why in words a user acts on: the libraries' own errors are translated, a full disk
stops the ingest once with one message, and a folder's unreadable entries are listed as skipped."""

from __future__ import annotations

import errno
import io
import os
import random
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
import sqlalchemy.exc

from entente import store
from entente.cli import main
from entente.ingest import ReadFailure, read_path
from entente.ingest import sandbox
from entente.pipeline import IngestStopped, ingest_paths

# Words only a programmer reads: none may reach a user.
JARGON = ("pickle", "lxml", "_ListErrorLog", "Unable to allocate", "maximum array element count", "Traceback",
          "MemoryError", "Errno")
RELEASE = "WASHINGTON, March 4, 2011 - The Secretary of Defense met the Minister of Defense of Pakistan " \
          "at the Pentagon to discuss border security."
CONTENT_TYPES = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 b'</Types>')
RELS = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="word/document.xml"/></Relationships>')


def _docx(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    parts, offsets = [b"%PDF-1.4\n"], []
    for number, body in enumerate(objects, 1):
        offsets.append(sum(map(len, parts)))
        parts.append(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = sum(map(len, parts))
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
                 + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    parts.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return b"".join(parts)


def _reason(path: Path) -> str:
    [result] = list(read_path(path))
    assert isinstance(result, ReadFailure), result
    assert not any(word in result.reason for word in JARGON), result.reason
    return result.reason


def test_a_word_file_with_broken_xml_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "minutes.docx"
    path.write_bytes(_docx("<w:document><w:body><w:p>never closed"))
    assert _reason(path).startswith("the Word document is damaged: its XML is not well formed")


def test_a_pdf_built_to_exhaust_the_reader_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "array.pdf"
    huge = b"[" + b"0 " * 3_000_000 + b"]"  # a page box of three million numbers
    path.write_bytes(_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           b"<< /Type /Page /Parent 2 0 R /MediaBox " + huge + b" >>"]))
    assert "the PDF is nested too deeply or holds more items than a real document" in _reason(path)


@pytest.fixture
def small_parser(monkeypatch: pytest.MonkeyPatch):  # a fixture
    """The parser process restarted with a 60 MB memory limit, and restarted again with the default after."""
    monkeypatch.setenv("ENTENTE_PARSER_MEMORY_BYTES", str(60 * 2**20))
    sandbox._discard_pool()
    yield
    sandbox._discard_pool()


def test_a_word_file_too_big_for_the_parsers_memory_says_so(tmp_path: Path, small_parser: None) -> None:
    rng = random.Random(1)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 9))) for _ in range(5000)]
    body = "".join(f"<w:p><w:r><w:t>{' '.join(rng.choices(words, k=60))}</w:t></w:r></w:p>" for _ in range(20_000))
    path = tmp_path / "archive.docx"
    path.write_bytes(_docx('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'))
    reason = _reason(path)
    assert reason.startswith("the Word document needs more memory than is available (60 MB"), reason
    assert "ENTENTE_PARSER_MEMORY_BYTES" in reason


def test_a_real_page_nested_too_deep_says_how_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 300_000 + f"<p>{RELEASE * 4}</p>" + "</div>" * 300_000
                    + "</body></html>", encoding="utf-8")
    reason = _reason(path)
    assert "nested 300,003 levels deep" in reason and "no article text" not in reason


def test_a_shallow_menu_page_still_says_it_has_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>")
    assert _reason(path).startswith("no article text")


def test_an_extractor_out_of_memory_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_db: str) -> None:
    import entente.pipeline as pipeline

    def exhausted(*_args, **_kwargs):
        raise MemoryError("Unable to allocate 1.21 GiB for an array with shape (162000000,)")

    monkeypatch.setattr(pipeline, "extract_document", exhausted)
    monkeypatch.setattr(pipeline, "extract_documents", exhausted)
    (tmp_path / "a.txt").write_text(RELEASE)
    [report] = ingest_paths([tmp_path / "a.txt"], tmp_db)
    assert report.state == "failed"
    assert "the document needs more memory than is available: it is too large" in report.messages[0]
    assert "Unable to allocate" not in report.messages[0]


def _three_releases(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n, city in enumerate(("ANKARA", "BAKU", "MINSK"), 1):
        paths.append(folder / f"{n}.txt")
        paths[-1].write_text(RELEASE.replace("WASHINGTON", city), encoding="utf-8")
    return paths


def _sqlite_full() -> Exception:
    return sqlalchemy.exc.OperationalError("INSERT INTO documents ...", {},
                                           sqlite3.OperationalError("database or disk is full"))


@pytest.mark.parametrize("error", [lambda: OSError(errno.ENOSPC, "No space left on device"), _sqlite_full],
                         ids=["ENOSPC", "sqlite-full"])
def test_a_full_disk_stops_the_ingest_at_the_first_failure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           tmp_db: str, error) -> None:
    attempts = []

    def full(*_args, **_kwargs):
        attempts.append(1)
        raise error()

    monkeypatch.setattr(store, "save_document", full)
    with pytest.raises(IngestStopped) as stopped:
        ingest_paths(_three_releases(tmp_path / "docs"), tmp_db)
    assert len(attempts) == 1, "nothing more is tried once the disk is full"
    assert str(stopped.value).startswith("the disk holding the store is full: the ingest stopped at ")
    assert "1.txt" in str(stopped.value) and "Free some space" in str(stopped.value)


def test_the_command_line_says_a_full_disk_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_db: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "save_document", full)
    folder = tmp_path / "docs"
    _three_releases(folder)
    assert main(["ingest", str(folder), "--db", tmp_db]) == 1
    err = capsys.readouterr().err
    assert err.count("disk holding the store is full") == 1, err
    assert "Traceback" not in err and "failed" not in err


def test_a_folders_unreadable_entries_are_listed_as_skipped(tmp_path: Path, tmp_db: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "real.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "moved.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    (folder / "device.txt").symlink_to(os.devnull)
    os.mkfifo(folder / "pipe.txt")
    reports = {Path(r.source).name: r for r in ingest_paths([folder], tmp_db)}
    assert reports["real.txt"].state in ("ingested", "warning")
    reasons = {name: r.messages[0] for name, r in reports.items() if r.state == "skipped"}
    assert set(reasons) == {"moved.txt", "loop.txt", "up", "device.txt", "pipe.txt"}, reports
    assert reasons["moved.txt"].startswith("skipped: a link to something that does not exist")
    assert "gone.txt" in reasons["moved.txt"]
    assert reasons["loop.txt"] == "skipped: a link that leads back to itself (a loop)"
    assert reasons["up"] == "skipped: a link back to a folder that holds it (a loop)"
    assert reasons["device.txt"].startswith("skipped: a device, not a file")
    assert reasons["pipe.txt"].startswith("skipped: a named pipe, not a file")
    assert main(["ingest", str(folder), "--db", tmp_db]) == 0, "nothing was rejected"
    err = capsys.readouterr().err
    assert err.count("skipped ") == 5 and "loop.txt" in err
    assert main(["extract", str(folder)]) == 0
    err = capsys.readouterr().err
    assert err.count("skipped: ") == 5 and "rejected" not in err


def test_a_full_disk_when_naming_a_stored_text_again_stops_with_the_same_message(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_db: str) -> None:
    [first, *_] = _three_releases(tmp_path / "docs")
    ingest_paths([first], tmp_db)
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "link_source", full)
    with pytest.raises(IngestStopped, match="the disk holding the store is full"):
        ingest_paths([copy], tmp_db)


def test_a_worker_process_that_dies_is_explained() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from entente.pipeline import _worker_failure

    message = _worker_failure(BrokenProcessPool("A process in the process pool was terminated abruptly"))
    assert message == "the process extracting it stopped (out of memory, or killed)"
    assert "more memory than is available" in _worker_failure(MemoryError())


def test_an_extractor_fault_is_told_without_its_internals(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           tmp_db: str) -> None:
    import entente.pipeline as pipeline

    def broken(*_args, **_kwargs):
        raise AttributeError("'NoneType' object has no attribute 'ent_iob_'")

    monkeypatch.setattr(pipeline, "extract_document", broken)
    monkeypatch.setattr(pipeline, "extract_documents", broken)
    (tmp_path / "a.txt").write_text(RELEASE)
    [report] = ingest_paths([tmp_path / "a.txt"], tmp_db)
    assert report.state == "failed" and "NoneType" not in report.messages[0]
    assert re.fullmatch(r"extraction failed \(error [0-9a-f]{8}\): a fault in the extractor \(AttributeError\), "
                        r"logged under that error id; the document is tried again at the next ingest",
                        report.messages[0]), report.messages[0]
