"""Automatic merges of one event reported by several documents: nothing hidden by a re-ingest, and the
same survivor whatever order the documents arrive in."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from entente import curation, query, store
from entente.pipeline import ingest_paths

# Three reports of one meeting (same day, place and people) and one report of another.
REPORTS = {
    "state.txt": "Office of the Spokesperson\n\nSecretary of State Ada Quill met with Chilean Foreign Minister "
                 "Inés Rojas in Santiago on March 3, 2030. They discussed lithium supply chains.",
    "embassy.txt": "Embassy of the United States, Santiago\n\nOn March 3, 2030, Secretary of State Ada Quill met "
                   "with Foreign Minister Inés Rojas in Santiago to discuss trade.",
    "wire.txt": "SANTIAGO, March 4, 2030 — Foreign Minister Inés Rojas met with Secretary of State Ada Quill in "
                "Santiago on March 3, 2030, officials said.",
    "other.txt": "Office of the Spokesperson\n\nSecretary of State Ada Quill met with Peruvian Foreign Minister "
                 "Luis Vargas in Lima on March 5, 2030.",
}


def _write(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in REPORTS.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


STORED = {"ingested", "warning"}  # these reports carry no date line of their own: a warning says so


def _visible(db: str) -> set[str]:
    return set(query.events(query.Filters(), db)["id"])


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    folder = tmp_path_factory.mktemp("ref")
    paths = _write(folder / "docs")
    db = f"sqlite:///{folder / 'store.sqlite'}"
    ingest_paths(list(paths.values()), db)
    return _visible(db)


def test_one_clean_ingest_shows_the_meeting_once(reference: set[str], tmp_path: Path) -> None:
    assert len(reference) == 2  # the Santiago meeting (three reports merged) and the Lima meeting


@pytest.mark.parametrize("order", list(itertools.permutations(REPORTS)), ids="-".join)
def test_any_order_and_any_re_ingest_shows_the_same_events(order: tuple[str, ...], reference: set[str],
                                                           tmp_path: Path) -> None:
    paths = _write(tmp_path / "docs")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    for name in order:
        ingest_paths([paths[name]], db)
    assert _visible(db) == reference, "the survivor of a merge does not depend on the order"
    ingest_paths([paths[n] for n in reversed(order)], db, force=True)  # an extractor upgrade's re-extraction
    assert _visible(db) == reference, "re-extraction hides no event"
    ingest_paths([paths[order[0]]], db, force=True)
    assert _visible(db) == reference
    with store.open_engine(db).connect() as conn:
        merges = [c for c in curation.active(conn) if c.kind == "merge"]
    assert all(c.event_id not in c.payload["absorbed"] for c in merges), "no event merged into itself"


def test_a_self_merge_left_by_an_older_version_hides_nothing(tmp_path: Path) -> None:
    paths = _write(tmp_path / "docs")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    ingest_paths([paths["other.txt"]], db)
    (event_id,) = _visible(db)
    with store.open_engine(db).begin() as conn:
        from datetime import UTC, datetime

        from sqlalchemy import insert

        from entente.store.schema import corrections
        conn.execute(insert(corrections).values(kind="merge", event_id=event_id,
                                                payload={"absorbed": [event_id], "automatic": True},
                                                created_at=datetime.now(UTC)))
    assert _visible(db) == {event_id}


def test_a_second_upload_of_the_same_name_with_other_content_keeps_the_first(tmp_db: str) -> None:
    from entente.pipeline import ingest_uploads

    first = ingest_uploads([("notes.txt", REPORTS["other.txt"].encode())], tmp_db)
    second = ingest_uploads([("notes.txt", REPORTS["state.txt"].encode())], tmp_db)
    assert all(r.state in STORED for r in first + second)
    assert any("new version of notes.txt" in m and "kept" in m for m in second[0].messages), second[0].messages
    assert len(query.documents(tmp_db)) == 2 and len(_visible(tmp_db)) == 2
    third = ingest_uploads([("notes.txt", REPORTS["wire.txt"].encode())], tmp_db)
    assert len(query.documents(tmp_db)) == 3, third


def test_two_corpus_lines_with_one_id_are_both_stored(tmp_path: Path, tmp_db: str) -> None:
    import json

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": "r-1", "text": t}) for t in
                                (REPORTS["other.txt"], REPORTS["state.txt"])), encoding="utf-8")
    reports = ingest_paths([corpus], tmp_db)
    assert len(reports) == 2 and all(r.state in STORED for r in reports)
    assert len(query.documents(tmp_db)) == 2
    assert any("new version of r-1" in m for r in reports for m in r.messages)


def test_replace_removes_the_earlier_version_only_when_asked(tmp_path: Path, tmp_db: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(REPORTS["other.txt"], encoding="utf-8")
    ingest_paths([path], tmp_db)
    path.write_text(REPORTS["state.txt"], encoding="utf-8")
    (report,) = ingest_paths([path], tmp_db, replace=True)
    assert any("replaced the earlier version" in m for m in report.messages)
    assert len(query.documents(tmp_db)) == 1
