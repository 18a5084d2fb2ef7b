"""An ingest killed mid-way (kill -9) leaves no half-stored document, and running it again completes it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from entente.extract.document import extract_document
from entente.ingest.text import document_id
from entente.models import Document

ROOT = Path(__file__).resolve().parents[2]
PLACES = [("Astana", "Kazakhstan"), ("Tashkent", "Uzbekistan"), ("Islamabad", "Pakistan"),
          ("New Delhi", "India"), ("Baku", "Azerbaijan"), ("Tbilisi", "Georgia"), ("Ankara", "Turkey"),
          ("Bishkek", "Kyrgyzstan")]
MONTHS = ["January", "March", "May", "June", "September", "October", "November", "December"]
READOUT = ("{dateline}, {month} {day}, {year} — The Deputy Secretary of Defense met the Minister of Defense of "
           "{country} in {city} on {month} {day}, {year} to discuss defense cooperation and border security. "
           "The two delegations agreed to meet again in Washington in the spring. (Readout No. {n})")


def write_corpus(folder: Path, count: int = 40) -> list[Path]:
    """`count` short readouts, each a different text (so a different document)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        city, country = PLACES[n % len(PLACES)]
        text = READOUT.format(dateline=city.upper(), city=city, country=country, month=MONTHS[n % len(MONTHS)],
                              day=n % 27 + 1, year=2000 + n % 20, n=n)
        path = folder / f"readout_{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def start_ingest(folder: Path, db_file: Path, *extra: str) -> subprocess.Popen[str]:
    """`python -m entente ingest FOLDER --db sqlite:///DB` in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "entente", "ingest", str(folder), "--db", f"sqlite:///{db_file}", *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_count(db_file: Path) -> int:
    """Documents committed so far, read as another process would; 0 while the schema is not there."""
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def summary_counts(out: str) -> dict[str, int]:
    """The CLI's last line, "summary: 36 ingested, 4 unchanged (40 inputs)", as counts (warning is stored)."""
    counts = {"stored": 0}
    line = out.strip().splitlines()[-1].removeprefix("summary: ").rsplit(" (", 1)[0]
    for part in line.split(", "):
        n, state = part.split(" ")
        key = "stored" if state in ("ingested", "warning") else state
        counts[key] = counts.get(key, 0) + int(n)
    return counts


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_an_ingest_killed_midway_leaves_whole_documents_and_resumes(tmp_path: Path, nlp) -> None:
    paths = write_corpus(tmp_path / "corpus")
    db_file = tmp_path / "store.sqlite"
    process = start_ingest(tmp_path / "corpus", db_file)
    try:
        assert wait_for(lambda: stored_count(db_file) > 0 or process.poll() is not None), "nothing stored"
        process.kill()  # SIGKILL: no cleanup, no rollback by the process itself
    finally:
        process.wait(timeout=30)
    killed_at = stored_count(db_file)
    assert 0 < killed_at < len(paths), f"the kill came too late to test anything ({killed_at} stored)"

    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT id, text FROM documents").fetchall()
        events = dict(conn.execute("SELECT document_id, count(*) FROM events GROUP BY document_id").fetchall())
        linked = {row[0] for row in conn.execute("SELECT document_id FROM sources")}
    for doc_id, text in rows:
        # every stored document has all of its events and its source, or it would not be there at all
        expected = extract_document(Document(id=doc_id, source="x", text=text), nlp=nlp)
        assert events.get(doc_id, 0) == len(expected.events) > 0
        assert doc_id in linked
    assert all(doc_id == document_id(text) for doc_id, text in rows)

    again = start_ingest(tmp_path / "corpus", db_file)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert summary_counts(out) == {"stored": len(paths) - killed_at, "unchanged": killed_at}
    assert stored_count(db_file) == len(paths)
