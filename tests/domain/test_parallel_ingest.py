"""`entente ingest --workers N`: several processes extract and write to one store, nothing lost."""

from __future__ import annotations

from pathlib import Path

from entente import query
from entente.pipeline import ingest_paths
from tests.conftest import SEEDS

READOUT = ("WASHINGTON, {day} May 2021 — Secretary of State Antony J. Blinken met with {who}, the Foreign "
           "Minister of {country}, in Washington today to discuss trade, climate and security cooperation.")
COUNTRIES = [("Kazakhstan", "Mukhtar Tileuberdi"), ("Pakistan", "Shah Mahmood Qureshi"),
             ("India", "Subrahmanyam Jaishankar"), ("Japan", "Toshimitsu Motegi"),
             ("Mexico", "Marcelo Ebrard"), ("Kenya", "Raychelle Omamo")]


def _corpus(folder: Path) -> list[Path]:
    paths = [SEEDS[2]]
    for n, (country, who) in enumerate(COUNTRIES):
        path = folder / f"readout_{n:02d}.txt"
        path.write_text(READOUT.format(day=n + 1, who=who, country=country) + f" (No. {n})")
        paths.append(path)
    return paths


def test_two_workers_store_what_one_does(any_db: str, tmp_path: Path, tmp_db: str) -> None:
    paths = _corpus(tmp_path)
    parallel = ingest_paths(paths, any_db, workers=2, batch_size=2)
    assert [r.source for r in parallel] == [str(p) for p in paths]  # reports stay in input order
    assert {r.state for r in parallel} <= {"ingested", "warning"}
    serial = ingest_paths(paths, tmp_db)
    assert sorted(query.events(query.Filters(), any_db)["id"]) == \
        sorted(query.events(query.Filters(), tmp_db)["id"])
    assert len(query.documents(any_db)) == len(paths)
    again = ingest_paths(paths, any_db, workers=2, batch_size=2)
    assert {r.state for r in again} == {"unchanged"} and len(serial) == len(again)

