"""A revised file keeps the analyst's work: corrections follow their event to the file's new version, and
what cannot follow is listed as needing review, never dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from entente import carry, curation, query
from entente.pipeline import ingest_paths

MEETING = ("Secretary of State Ada Quill met with Peruvian Foreign Minister Luis Vargas in Lima on "
           "March 5, 2030.")
SIGNING = "On April 9, 2030, the United States and Peru signed a memorandum on fisheries in Washington."
TEXT = f"Office of the Spokesperson\n\n{MEETING} They discussed trade.\n\n{SIGNING}\n"


def _events(db: str):  # a DataFrame indexed by id
    return query.events(query.Filters(), db).set_index("id")


def _event_quoting(db: str, sentence: str) -> str:
    frame = query.events(query.Filters(), db)
    ids = [i for i in frame["id"] if any(sentence in q["text"] for q in query.event(i, db)["evidence"])]
    assert ids, f"no event quotes {sentence!r}"
    return ids[0]


@pytest.fixture
def revised(tmp_path: Path, tmp_db: str) -> tuple[Path, str, str]:
    """notes.txt ingested, its meeting retitled by an analyst: (file, store, the meeting's id)."""
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    ingest_paths([path], tmp_db)
    meeting = _event_quoting(tmp_db, MEETING)
    curation.edit_event(meeting, {"title": "Quill–Vargas trade talks"}, db=tmp_db)
    return path, tmp_db, meeting


@pytest.mark.parametrize("replace", [False, True], ids=["kept-beside", "replaced"])
def test_an_edited_title_survives_a_sentence_appended_to_the_file(revised: tuple[Path, str, str],
                                                                  replace: bool) -> None:
    path, db, old_id = revised
    path.write_text(TEXT + "\nThe delegations also visited the port of Callao.\n", encoding="utf-8")
    (report,) = ingest_paths([path], db, replace=replace)
    assert any("1 correction(s) carried" in m for m in report.messages), report.messages
    new_id = _event_quoting(db, MEETING)
    assert new_id != old_id, "a new version gives its events new ids"
    frame = _events(db)
    assert frame.loc[new_id, "title"] == "Quill–Vargas trade talks"
    assert "Quill meets Vargas in Lima" not in set(frame["title"])
    assert carry.needing_review(db) == []


def test_a_carried_title_follows_the_next_version_too(revised: tuple[Path, str, str]) -> None:
    path, db, _ = revised
    for added in ("First addition.", "Second addition."):
        path.write_text(path.read_text(encoding="utf-8") + f"\n{added}\n", encoding="utf-8")
        ingest_paths([path], db, replace=True)
    assert _events(db).loc[_event_quoting(db, MEETING), "title"] == "Quill–Vargas trade talks"
    assert carry.needing_review(db) == []


@pytest.mark.parametrize("replace", [False, True], ids=["kept-beside", "replaced"])
def test_a_correction_whose_evidence_vanished_is_listed_for_review(revised: tuple[Path, str, str],
                                                                   replace: bool) -> None:
    path, db, _ = revised
    signing = _event_quoting(db, SIGNING)
    curation.hide_event(signing, db=db, note="a draft, never signed")
    path.write_text(TEXT.replace(SIGNING, "The memorandum on fisheries is still being drafted."),
                    encoding="utf-8")
    (report,) = ingest_paths([path], db, replace=replace)
    assert any("1 correction(s) could not be carried" in m and "Documents page" in m
               for m in report.messages), report.messages
    (item,) = carry.needing_review(db)
    assert item["event_id"] == signing and item["kind"] == "hide"
    assert item["reason"].startswith("not carried to the new version of") and "notes.txt" in item["reason"]
    # the meeting's title, whose evidence is unchanged, was carried all the same
    assert _events(db).loc[_event_quoting(db, MEETING), "title"] == "Quill–Vargas trade talks"
    curation.undo(item["dismiss"], db=db)  # what the Documents page's Dismiss does
    assert carry.needing_review(db) == []
    if not replace:  # the earlier version is still stored, and the analyst's hide still holds on it
        assert signing not in set(_events(db).index)
        assert [c["kind"] for c in curation.history(db=db, event_id=signing)] == ["hide"]


def test_a_correction_orphaned_before_corrections_were_carried_is_listed(tmp_path: Path, tmp_db: str) -> None:
    from entente import store
    from entente.pipeline import extract_paths

    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    ingest_paths([path], tmp_db)
    signing = _event_quoting(tmp_db, SIGNING)
    curation.edit_event(signing, {"title": "Fisheries memorandum"}, db=tmp_db)
    path.write_text(TEXT.replace(SIGNING, ""), encoding="utf-8")
    [revised] = list(extract_paths([path]))  # stored as older versions did: no carrying, no review note
    store.save_document(store.open_engine(tmp_db), revised, extractor_version="old", replace=True)
    (item,) = carry.needing_review(tmp_db)
    assert item["title"] == "Fisheries memorandum" and "no longer stored" in item["reason"]
    curation.undo(item["dismiss"], db=tmp_db)
    assert carry.needing_review(tmp_db) == []


def test_a_changed_date_is_another_event_not_a_carry(revised: tuple[Path, str, str]) -> None:
    path, db, _ = revised
    path.write_text(TEXT.replace("March 5, 2030", "March 6, 2030"), encoding="utf-8")
    ingest_paths([path], db, replace=True)
    (item,) = carry.needing_review(db)
    assert item["title"] == "Quill–Vargas trade talks" and item["fields"] == ["title"]
    assert "Quill–Vargas trade talks" not in set(_events(db)["title"])


def test_re_extracting_the_same_text_carries_nothing_and_loses_nothing(revised: tuple[Path, str, str]) -> None:
    path, db, meeting = revised
    (report,) = ingest_paths([path], db, force=True)
    assert not any("carried" in m for m in report.messages)
    assert _events(db).loc[meeting, "title"] == "Quill–Vargas trade talks"
    assert carry.needing_review(db) == []


def test_an_event_a_newer_extractor_no_longer_finds_is_listed_too(revised: tuple[Path, str, str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import entente.pipeline as pipeline

    path, db, meeting = revised
    real = pipeline.extract_documents

    def without_meetings(documents, **kwargs):  # a "newer extractor"
        for extracted in real(documents, **kwargs):
            yield dataclasses.replace(extracted, events=tuple(e for e in extracted.events if e.type != "meeting"))

    monkeypatch.setattr(pipeline, "extract_documents", without_meetings)
    (report,) = ingest_paths([path], db, force=True)
    assert any("could not be carried" in m for m in report.messages), report.messages
    (item,) = carry.needing_review(db)
    assert item["title"] == "Quill–Vargas trade talks"
    assert item["reason"].startswith("not carried to the new extraction of")
