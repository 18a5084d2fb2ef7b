"""First run loads the seeds; later runs reuse the store and pick up a seed that changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from entente import query
from entente.pipeline import ensure_seeds
from tests.conftest import SEEDS


def test_seeds_load_once_and_changes_are_picked_up(tmp_path: Path, tmp_db: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    kz = folder / SEEDS[2].name
    shutil.copy(SEEDS[2], kz)
    monkeypatch.setenv("ENTENTE_SEEDS_DIR", str(folder))

    assert [r.state for r in ensure_seeds(tmp_db)] == ["ingested"]
    first_id = query.documents(tmp_db)["id"].tolist()
    assert [r.state for r in ensure_seeds(tmp_db)] == ["unchanged"]

    kz.write_text(kz.read_text().replace("Friday, Dec. 17, 1999", "Thursday, Dec. 16, 1999"))
    assert [r.state for r in ensure_seeds(tmp_db)] == ["ingested"]
    docs = query.documents(tmp_db)
    assert len(docs) == 1 and docs["id"].tolist() != first_id
    starts = set(query.events(query.Filters(), tmp_db)["start"])
    assert "1999-12-16" in starts and "1999-12-17" not in starts


def test_documents_of_an_older_extractor_are_re_extracted_from_their_stored_text(
        tmp_path: Path, tmp_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import update

    from entente import curation, store
    from entente.extract import EXTRACTOR_VERSION
    from entente.pipeline import ingest_paths, outdated_documents, reextract_stored
    from entente.store.schema import documents

    copy = tmp_path / "kz.txt"
    shutil.copy(SEEDS[2], copy)
    ingest_paths([copy], tmp_db)
    stored = query.events(query.Filters(), tmp_db)
    (event_id,) = stored[stored["type"] == "agreement"]["id"]
    curation.edit_event(event_id, {"title": "Signing (checked)"}, db=tmp_db)
    with store.open_engine(tmp_db).begin() as conn:
        conn.execute(update(documents).values(extractor_version="0.0.1"))
    copy.unlink()  # the original file is gone: the stored text is enough
    assert outdated_documents(tmp_db) == 1
    reports = reextract_stored(tmp_db)
    assert [r.state for r in reports] == ["ingested"]
    assert outdated_documents(tmp_db) == 0
    assert query.documents(tmp_db)["id"].tolist() and store.stored_version(
        store.open_engine(tmp_db), reports[0].document_id) == EXTRACTOR_VERSION
    again = query.events(query.Filters(), tmp_db)
    assert again[again["type"] == "agreement"]["title"].tolist() == ["Signing (checked)"]
