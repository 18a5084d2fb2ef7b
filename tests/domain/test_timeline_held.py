"""The events a process holds (entente.store.timeline) follow the store through edits, merges, undos, ingests
and deletions by reading only what changed, and always equal a fresh read of the store, order included."""

from __future__ import annotations

import pandas as pd
import pytest

from entente import curation, query, store
from entente.store import resolved, timeline
from tests.domain.test_store import _doc


def _fresh(url: str) -> pd.DataFrame:
    timeline.forget(store.open_engine(url).url.render_as_string(hide_password=False))
    return query.events(query.Filters(), url)


def test_the_held_events_follow_every_write_and_equal_a_fresh_read(any_db: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    engine = store.open_engine(any_db)
    ids = [f"{i:x}" * 64 for i in range(1, 6)]
    for n, doc_id in enumerate(ids):
        store.save_document(engine, _doc(doc_id, f"{n}.txt", year=str(2001 + n % 3)), extractor_version="t")
    full_reads = []
    read_all = timeline._read_all
    monkeypatch.setattr(timeline, "_read_all", lambda *a: full_reads.append(1) or read_all(*a))

    def held_then_fresh() -> None:
        held = query.events(query.Filters(), any_db)
        assert not full_reads  # only what changed was read
        pd.testing.assert_frame_equal(held, _fresh(any_db))
        full_reads.clear()

    query.events(query.Filters(), any_db)
    full_reads.clear()
    for step in [
        lambda: curation.edit_event(f"ev-{ids[0]}", {"start": "1990-01-05", "title": "Moved"}, db=any_db),
        lambda: curation.hide_event(f"ev-{ids[1]}", db=any_db),
        lambda: curation.merge_events(f"ev-{ids[2]}", [f"ev-{ids[3]}"], db=any_db),
        lambda: store.save_document(engine, _doc("9" * 64, "new.txt", year="1999"), extractor_version="t"),
        lambda: store.save_document(engine, _doc("9" * 64, "new.txt", year="2010", title="Again"),
                                    extractor_version="t"),
    ]:
        step()
        held_then_fresh()
    corrections = curation.history(db=any_db)
    assert len(corrections) == 3
    for correction in corrections:
        curation.undo(correction["id"], db=any_db)
        held_then_fresh()
    with engine.begin() as conn:
        store.delete_documents(conn, [ids[4]])
    assert f"ev-{ids[4]}" not in set(query.events(query.Filters(), any_db)["id"])
    held_then_fresh()


def test_a_reader_further_behind_than_the_log_reads_everything_again(tmp_db: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolved, "_KEPT", 4)
    engine = store.open_engine(tmp_db)
    store.save_document(engine, _doc("a" * 64, "a.txt"), extractor_version="t")
    held = timeline.current(engine).version
    for n in range(10):
        curation.edit_event(f"ev-{'a' * 64}", {"title": f"Title {n}"}, db=tmp_db)
    with engine.connect() as conn:
        assert resolved.state(conn)[1] > held + 1  # the log no longer reaches back to what is held
    now = query.events(query.Filters(), tmp_db)
    assert list(now["title"]) == ["Title 9"]
    pd.testing.assert_frame_equal(now, _fresh(tmp_db))
