"""The app keeps reading while an ingest writes: queries never fail and never see half a document."""

from __future__ import annotations

import time
from pathlib import Path

from entente import query
from tests.domain.test_crash_safety import start_ingest, stored_count, wait_for, write_corpus


def test_queries_run_without_errors_while_an_ingest_writes(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus", count=30)
    db_file = tmp_path / "store.sqlite"
    url = f"sqlite:///{db_file}"
    process = start_ingest(tmp_path / "corpus", db_file)
    try:
        # the ingest creates and migrates the store; the app opens it once it exists
        assert wait_for(lambda: stored_count(db_file) > 0 or process.poll() is not None)
        seen: list[tuple[int, int]] = []
        while process.poll() is None:
            docs = query.documents(url)
            events = query.events(query.Filters(), url)
            # a document is visible only with its events (each readout has some; one transaction)
            assert (docs["events"] > 0).all(), docs[docs["events"] == 0]
            assert set(events["document_ids"].explode()) <= set(docs["id"]) | set(query.documents(url)["id"])
            seen.append((len(docs), len(events)))
            time.sleep(0.02)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
    assert process.returncode == 0, err
    assert len(seen) >= 3, "the ingest finished before the reader could overlap it"
    assert [n for n, _ in seen] == sorted(n for n, _ in seen)  # the library only grows
    assert seen[0][0] < len(paths)
    assert len(query.documents(url)) == len(paths)
