"""Uploads are read and extracted in a child process under the app's limits: an upload that overruns
them fails alone, with the limit named, and the other files of the upload are stored."""

from __future__ import annotations

import os

import pytest

from entente import query, isolated_ingest

RELEASE = ("WASHINGTON, March 4, 2011 - The Secretary of Defense met the Minister of Defense of Pakistan at "
           "the Pentagon to discuss border security.")


def test_uploads_are_stored_from_the_child_process_with_progress(tmp_db: str) -> None:
    seen = []
    reports = isolated_ingest.ingest_uploads(
        [("a.txt", RELEASE.encode()), ("b.txt", RELEASE.replace("March 4", "March 9").encode()),
         ("c.xyz", b"not a document")],
        tmp_db, progress=lambda done, total, name: seen.append((done, total, name)))
    assert all(r.state in ("ingested", "warning") for r in reports[:2]), reports
    assert reports[2].state == "rejected" and "unsupported file type" in reports[2].messages[0]
    assert seen == [(1, 3, "a.txt"), (2, 3, "b.txt"), (3, 3, "c.xyz")]
    assert len(query.documents(tmp_db)) == 2


def test_a_file_over_the_time_limit_fails_alone(monkeypatch: pytest.MonkeyPatch, tmp_db: str) -> None:
    monkeypatch.setenv("ENTENTE_UPLOAD_TIMEOUT", "0.5")  # less than loading the language model takes
    reports = isolated_ingest.ingest_uploads([("slow.txt", RELEASE.encode())], tmp_db)
    assert [r.state for r in reports] == ["failed"]
    assert "took longer than 0.5 s (ENTENTE_UPLOAD_TIMEOUT)" in reports[0].messages[0]
    assert len(query.documents(tmp_db)) == 0


def test_a_file_over_the_memory_limit_fails_alone_and_the_app_process_is_untouched(
        monkeypatch: pytest.MonkeyPatch, tmp_db: str) -> None:
    monkeypatch.setenv("ENTENTE_UPLOAD_MEMORY_BYTES", str(200 * 2**20))  # too little for the language model
    pid = os.getpid()
    reports = isolated_ingest.ingest_uploads([("a.txt", RELEASE.encode()), ("b.md", b"# B\n\nMore text.")], tmp_db)
    assert [r.state for r in reports] == ["failed", "failed"], reports
    assert all("more memory than the upload process may use (200 MB, ENTENTE_UPLOAD_MEMORY_BYTES)"
               in r.messages[0] for r in reports), reports
    assert os.getpid() == pid and len(query.documents(tmp_db)) == 0


def test_re_extraction_runs_in_the_child_and_fails_in_words_when_it_overruns(
        monkeypatch: pytest.MonkeyPatch, tmp_db: str) -> None:
    from sqlalchemy import update

    from entente import store
    from entente.store.schema import documents

    isolated_ingest.ingest_uploads([("a.txt", RELEASE.encode())], tmp_db)

    def outdated() -> None:  # as if an older extractor had stored it
        with store.open_engine(tmp_db).begin() as conn:
            conn.execute(update(documents).values(extractor_version="0.0.1"))

    outdated()
    monkeypatch.setenv("ENTENTE_UPLOAD_MEMORY_BYTES", str(200 * 2**20))
    [failed] = isolated_ingest.reextract(tmp_db)
    assert failed.state == "failed" and "(200 MB, ENTENTE_UPLOAD_MEMORY_BYTES)" in failed.messages[0]
    monkeypatch.delenv("ENTENTE_UPLOAD_MEMORY_BYTES")
    seen = []
    [done] = isolated_ingest.reextract(tmp_db, progress=lambda *p: seen.append(p))
    assert done.state in ("ingested", "warning") and len(seen) == 1


def test_the_seeds_are_loaded_in_the_child_process(tmp_db: str) -> None:
    seen = []
    reports = isolated_ingest.ensure_seeds(tmp_db, progress=lambda *p: seen.append(p))
    assert [r.state for r in reports] == ["ingested"] * 3 and len(seen) == 3
    assert len(query.documents(tmp_db)) == 3
