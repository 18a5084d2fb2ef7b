"""The hostile folder: every input of tests/data/hostile ends in the state its manifest names, with the
reason a user reads, and the good ones are stored (once) with clean text; nothing stops the batch."""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from entente import store
from entente.ingest.text import safe_name
from entente.models import IngestReport
from entente.store.schema import documents, sources
from tests.data.hostile.make_fixtures import zip_of

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"
MANIFEST: list[dict[str, Any]] = tomllib.loads((HOSTILE / "manifest.toml").read_text("utf-8"))["input"]
# Small chunks, so the 20 KB one-line release goes through spaCy in pieces as a long text would.
LIMITS = {"ENTENTE_MAX_FILE_BYTES": "2000000", "ENTENTE_MAX_TEXT_CHARS": "500000", "ENTENTE_CHUNK_CHARS": "8000"}
SENTENCE = ("WASHINGTON, March 4, 2011 - The Secretary of Defense met the Minister of Defense of Pakistan "
            "at the Pentagon to discuss border security. ")


def zip_bomb() -> bytes:
    """5 MB of zeros deflate to 5 KB: a ratio no Word part has (a real bomb nests this to petabytes)."""
    return zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (5 * 1024 * 1024)})


def many_parts() -> bytes:
    parts = {f"word/media/p{i}.xml": b"<p/>" for i in range(10_000)}
    return zip_of({"word/document.xml": b"<w:document/>", **parts})


def over_size_limit() -> bytes:
    return b"too big " * 250_001  # 2,000,008 bytes


def over_char_limit() -> bytes:
    return (SENTENCE * (500_000 // len(SENTENCE) + 5)).encode()


def long_line() -> bytes:
    """A whole release on one line, as scraped text often is (about 20 KB, no newline)."""
    return (SENTENCE * 150).strip().encode()


GENERATORS: dict[str, Callable[[], bytes]] = {
    f.__name__: f for f in (zip_bomb, many_parts, over_size_limit, over_char_limit, long_line)
}


def _build_folder(root: Path) -> Path:
    folder = root / "hostile"
    shutil.copytree(HOSTILE, folder)
    for entry in MANIFEST:
        path = folder / entry.get("name", entry["source"])
        if "generate" in entry:
            path.write_bytes(GENERATORS[entry["generate"]]())
        elif "content" in entry:
            path.write_text(entry["content"], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def hostile_ingest(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[IngestReport]], str]:
    """The whole folder ingested once: reports by source relative to the folder, and the store's URL."""
    from entente.pipeline import ingest_paths

    root = tmp_path_factory.mktemp("hostile")
    folder = _build_folder(root)
    url = f"sqlite:///{root / 'store.sqlite'}"
    with pytest.MonkeyPatch.context() as env:
        for name, value in LIMITS.items():
            env.setenv(name, value)
        reports = ingest_paths([folder], url)
    prefix = safe_name(str(folder)) + "/"
    by_source: dict[str, list[IngestReport]] = {}
    for report in reports:
        by_source.setdefault(report.source.removeprefix(prefix), []).append(report)
    return by_source, url


def _stored(url: str, document_id: str) -> Any:
    with store.open_engine(url).connect() as conn:
        return conn.execute(select(documents).where(documents.c.id == document_id)).first()


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["source"][:40] for e in MANIFEST])
def test_each_hostile_input_ends_in_its_expected_state(
        entry: dict[str, Any], hostile_ingest: tuple[dict[str, list[IngestReport]], str]) -> None:
    by_source, url = hostile_ingest
    reports = by_source.get(entry["source"], [])
    if entry["state"] == "skipped":
        assert reports == []
        return
    assert len(reports) == 1, f"{entry['source']}: {reports}"
    report = reports[0]
    assert report.state == entry["state"], report
    message = "; ".join(report.messages)
    assert entry.get("reason", "") in message
    if report.state in ("ingested", "warning"):
        assert report.document_id
        row = _stored(url, report.document_id)
        assert row is not None, "reported as stored, but not in the store"
        for words in entry.get("contains", []):
            assert words in row.text
        for words in entry.get("absent", []):
            assert words not in row.text
        if "title" in entry:
            assert row.title == entry["title"]
        if "url" in entry:
            assert (row.url or "") == entry["url"]
        if "same_as" in entry:
            assert by_source[entry["same_as"]][0].document_id == report.document_id
    else:
        assert report.document_id is None or _stored(url, report.document_id) is None


def test_every_report_is_expected_and_prints_on_one_line(
        hostile_ingest: tuple[dict[str, list[IngestReport]], str]) -> None:
    by_source, _ = hostile_ingest
    assert set(by_source) == {e["source"] for e in MANIFEST if e["state"] != "skipped"}
    for reports in by_source.values():
        for report in reports:
            line = f"{report.source} {' '.join(report.messages)}"
            assert line.isprintable(), repr(line)


def test_the_same_text_in_two_files_is_stored_once(
        hostile_ingest: tuple[dict[str, list[IngestReport]], str]) -> None:
    by_source, url = hostile_ingest
    stored = {r.document_id for reports in by_source.values() for r in reports
              if r.state in ("ingested", "warning")}
    with store.open_engine(url).connect() as conn:
        ids = conn.execute(select(documents.c.id)).scalars().all()
    assert sorted(ids) == sorted(stored)
    assert len(stored) < sum(len(r) for r in by_source.values() if r[0].state in ("ingested", "warning"))


def test_both_files_holding_the_same_text_are_remembered(
        hostile_ingest: tuple[dict[str, list[IngestReport]], str]) -> None:
    _, url = hostile_ingest
    with store.open_engine(url).connect() as conn:
        linked = conn.execute(select(sources.c.source)).scalars().all()
    assert sum(name.endswith(("/good_release.txt", "/duplicate_of_good_release.txt")) for name in linked) == 2


def test_a_second_ingest_of_the_folder_changes_nothing(
        hostile_ingest: tuple[dict[str, list[IngestReport]], str]) -> None:
    from entente.pipeline import ingest_paths

    by_source, url = hostile_ingest
    folder = Path(url.removeprefix("sqlite:///")).parent / "hostile"  # where the fixture built it
    with pytest.MonkeyPatch.context() as env:
        for name, value in LIMITS.items():
            env.setenv(name, value)
        again = ingest_paths([folder], url)
    before = {s: r[0].state for s, r in by_source.items()}
    prefix = safe_name(str(folder)) + "/"
    after = {r.source.removeprefix(prefix): r.state for r in again}
    assert after == {s: ("unchanged" if state in ("ingested", "warning") else state)
                     for s, state in before.items()}


def _explode_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make extraction raise for any document whose text says BOOM, as a bug in an extractor would."""
    import entente.pipeline as pipeline

    real_many, real_one = pipeline.extract_documents, pipeline.extract_document

    def one(document, **kwargs):
        if "BOOM" in document.text:
            raise RuntimeError("extractor bug")
        return real_one(document, **kwargs)

    def many(documents, **kwargs):
        if any("BOOM" in d.text for d in documents):
            raise RuntimeError("extractor bug")
        return real_many(documents, **kwargs)

    monkeypatch.setattr(pipeline, "extract_document", one)
    monkeypatch.setattr(pipeline, "extract_documents", many)


def _boom_folder(root: Path) -> Path:
    folder = root / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("ANKARA, May 2, 2012 - The Minister met the U.S. Ambassador in Ankara.")
    (folder / "b.txt").write_text("BAKU, May 3, 2012 - BOOM. The Deputy Secretary met the Foreign Minister.")
    (folder / "c.txt").write_text("MINSK, May 7, 2012 - The Ambassador met the Foreign Minister of Belarus.")
    return folder


def test_a_document_the_extractor_chokes_on_does_not_stop_the_batch(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_db: str) -> None:
    from entente.pipeline import ingest_paths

    _explode_on_boom(monkeypatch)
    reports = ingest_paths([_boom_folder(tmp_path)], tmp_db)
    states = {Path(r.source).name: r for r in reports}
    assert states["a.txt"].state in ("ingested", "warning") and states["c.txt"].state in ("ingested", "warning")
    assert re.search(r"error [0-9a-f]{8}", "; ".join(states["b.txt"].messages))


def test_a_document_the_extractor_chokes_on_is_failed_not_rejected(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_db: str) -> None:
    from entente.pipeline import ingest_paths

    _explode_on_boom(monkeypatch)
    reports = ingest_paths([_boom_folder(tmp_path)], tmp_db)
    [boom] = [r for r in reports if r.source.endswith("b.txt")]
    assert boom.state == "failed"


def _dates_text(n: int) -> str:
    """A schedule of `n` dates, "March 3, 2004; June 17, 1995; ...", as an annex of meetings lists them."""
    import datetime as dt
    import random

    rng = random.Random(n)
    days = [dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(12_000)) for _ in range(n)]
    return "Schedule of meetings.\n" + "; ".join(f"{d:%B} {d.day}, {d.year}" for d in days)


def test_a_schedule_of_two_thousand_dates_gives_every_date() -> None:
    """A list of dates is one long "sentence": each date still comes out, once. (How the time grows with
    the number of dates is measured by `make bench`, not asserted here.)"""
    import datetime as dt

    from entente.extract.timex import extract_timexes

    text = _dates_text(2000)
    found = extract_timexes(text, dt.date(2011, 1, 1)).timexes
    assert len(found) == 2000
    assert all(text[t.start:t.end] == t.text and t.type == "DATE" for t in found)


@pytest.mark.parametrize("asked", [None, "2000000", "100"])
def test_every_chunk_fits_the_nlp_pipeline_whatever_the_setting(
        asked: str | None, monkeypatch: pytest.MonkeyPatch, nlp) -> None:
    from entente import settings

    if asked is None:
        monkeypatch.delenv("ENTENTE_CHUNK_CHARS", raising=False)
    else:
        monkeypatch.setenv("ENTENTE_CHUNK_CHARS", asked)
    assert 1_000 <= settings.chunk_chars() <= nlp.max_length
