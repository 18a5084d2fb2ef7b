"""`entente ingest --cluster`: extraction on a Dask cluster writing to the shared store; a worker killed
mid-job loses nothing and stores nothing twice."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from entente import store
from entente.cli import main
from entente.models import Document, IngestReport
from entente.pipeline import ingest_paths
from entente.store.schema import documents, events, sources
from tests.domain.test_parallel_ingest import COUNTRIES, READOUT

CITIES = ["Washington", "New York", "Geneva", "Vienna"]


def _corpus(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        country, who = COUNTRIES[n % len(COUNTRIES)]
        text = READOUT.format(day=n % 28 + 1, who=who, country=country).replace(
            "in Washington", f"in {CITIES[n % len(CITIES)]}")
        path = folder / f"readout_{n:02d}.txt"
        path.write_text(f"{text} (No. {n})")
        paths.append(path)
    return paths


def test_a_worker_killed_mid_job_loses_nothing_and_stores_nothing_twice(postgres_db: str,
                                                                        tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    paths = _corpus(tmp_path, 16)
    killed: list[tuple[str, list[str]]] = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:

        def kill_a_busy_worker(report: IngestReport, total: int) -> None:
            if killed:
                return
            busy = {worker: list(keys) for worker, keys in client.processing().items() if keys}
            assert busy, "no worker had a batch when the first came back: nothing would be lost"
            worker, keys = sorted(busy.items())[0]
            pid = client.run(os.getpid, workers=[worker])[worker]
            os.kill(pid, signal.SIGKILL)
            killed.append((worker, keys))

        reports = ingest_paths(paths, postgres_db, cluster=cluster.scheduler_address, batch_size=2,
                               on_report=kill_a_busy_worker)
        assert killed and killed[0][0] not in client.scheduler_info()["workers"]  # it really went
        for key in killed[0][1]:  # the scheduler handed the lost worker's batches out again, and they finished
            moves = [(start, finish) for who, k, start, finish, *_ in client.story(key)
                     if who == "scheduler" and k == key]
            assert sum(finish == "processing" for _, finish in moves) >= 2 and ("processing", "memory") in moves

    assert [r.source for r in reports] == [str(p) for p in paths]
    assert {r.state for r in reports} <= {"ingested", "warning"}, [r.messages for r in reports]
    engine = store.open_engine(postgres_db)
    with engine.connect() as conn:
        stored = conn.execute(select(documents.c.id)).scalars().all()
        linked = conn.execute(select(sources.c.source)).scalars().all()
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
    assert sorted(stored) == sorted(r.document_id for r in reports)  # each document once, none missing
    assert sorted(linked) == sorted(map(str, paths))
    assert n_events == sum(r.events for r in reports) > 0  # no event lost or written twice

    again = ingest_paths(paths, postgres_db, cluster="local:1")  # nothing left to send
    assert {r.state for r in again} == {"unchanged"}


def test_local_cluster_from_the_command_line(tmp_path: Path, tmp_db: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    paths = _corpus(tmp_path, 3)
    assert main(["ingest", *map(str, paths), "--db", tmp_db, "--cluster", "local:1"]) == 0
    out = capsys.readouterr().out
    assert sorted(line.split()[1] for line in out.splitlines() if line.startswith("ingested ")) == \
        sorted(map(str, paths))
    assert "summary: 3 ingested (3 inputs)" in out
    with store.open_engine(tmp_db).connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 3


@pytest.mark.parametrize("value", ["local:0", "local:x", "8786", "http://host:8786", "tcp://host"])
def test_a_bad_cluster_address_is_a_usage_error(value: str, tmp_path: Path, tmp_db: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(_corpus(tmp_path, 1)[0]), "--db", tmp_db, "--cluster", value]) == 2
    assert repr(value) in capsys.readouterr().err


def test_workers_elsewhere_are_refused_a_sqlite_store(tmp_path: Path, tmp_db: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = _corpus(tmp_path, 1)[0]
    assert main(["ingest", str(path), "--db", tmp_db, "--cluster", "tcp://scheduler.invalid:8786"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err
    assert not Path(tmp_db.removeprefix("sqlite:///")).exists()  # refused before the store was touched


def test_shard_is_gone_and_says_what_replaces_it(tmp_path: Path, tmp_db: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(_corpus(tmp_path, 1)[0]), "--db", tmp_db, "--shard", "0/3"]) == 2
    assert "--cluster" in capsys.readouterr().err


TRIES: list[str] = []


def _flaky_store(documents: list[Document], url: str, replace: bool = False) -> list[IngestReport]:
    """Stands in for a worker's batch: the one holding bad.txt meets a database that never answers."""
    TRIES.append(documents[0].source)
    if documents[0].source == "bad.txt":
        raise ConnectionError("the database did not answer")
    return [IngestReport(d.source, "ingested", d.id) for d in documents]


def test_a_batch_failing_every_try_is_reported_document_by_document() -> None:
    from distributed import Client, LocalCluster

    from entente import cluster

    TRIES.clear()
    names = ["a.txt", "bad.txt", "c.txt"]
    batches = [[Document(id=str(n), source=name, text="x")] for n, name in enumerate(names)]
    done: dict[int, list[IngestReport]] = {}
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as local, Client(local) as client:
        cluster.run_batches(client, batches, "sqlite://", False, lambda i, reports: done.update({i: reports}),
                            work=_flaky_store)  # the worker runs in this process here
    assert TRIES.count("bad.txt") == 1 + cluster.RETRIES and TRIES.count("a.txt") == 1
    assert [r.state for r in done[0] + done[2]] == ["ingested", "ingested"]
    [failed] = done[1]
    assert failed.state == "failed" and failed.source == "bad.txt"
    assert "ConnectionError: the database did not answer" in failed.messages[0]
