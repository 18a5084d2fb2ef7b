"""Scores visit extraction on the 2021 State Department releases against the Office of the Historian trips.

Runs extraction over ../shared/data/statedept/statedept_press_releases_2021.jsonl (ENTENTE_SHARED
overrides ../shared), writes the contract's JSON Lines to a temporary file and runs
../shared/eval/visits_score.py on it. Prints recall, precision and F1 for Secretary Blinken's trips.

Usage: python bench/eval_visits.py [--verbose] [--limit N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from entente.extract.document import extract_documents  # noqa: E402
from entente.extract.nlp import load_nlp  # noqa: E402
from entente.models import Document  # noqa: E402


def shared_dir() -> Path:
    return Path(os.environ.get("ENTENTE_SHARED") or ROOT.parent / "shared")


def read_releases(path: Path, limit: int | None = None) -> list[Document]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row.get("text") or ""
        docs.append(Document(id=hashlib.sha1(text.encode()).hexdigest(), source=row.get("guid") or row.get("link", ""),
                             title=row.get("title") or "", text=text,
                             published=(row.get("published") or "")[:10] or None, url=row.get("link")))
        if limit and len(docs) >= limit:
            break
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list missed trips and extra events")
    ap.add_argument("--limit", type=int, default=None, help="only the first N releases")
    ap.add_argument("--keep", type=Path, default=None, help="also write the extraction JSONL here")
    ap.add_argument("--who", default="blinken")
    args = ap.parse_args()

    shared = shared_dir()
    corpus = shared / "data" / "statedept" / "statedept_press_releases_2021.jsonl"
    trips = shared / "data" / "hsg" / "hsg_travels_president_secretary.csv"
    scorer = shared / "eval" / "visits_score.py"
    docs = read_releases(corpus, args.limit)
    nlp = load_nlp()
    began = time.perf_counter()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for extracted in extract_documents(docs, nlp=nlp):
            out.write(json.dumps(extracted.to_json(), ensure_ascii=False) + "\n")
        out_path = Path(out.name)
    seconds = time.perf_counter() - began
    if args.keep:
        args.keep.write_text(out_path.read_text(encoding="utf-8"), encoding="utf-8")
    cmd = [sys.executable, str(scorer), str(trips), str(out_path), "--who", args.who, "--json"]
    result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    if args.verbose:
        subprocess.run([sys.executable, str(scorer), str(trips), str(out_path), "--who", args.who, "--verbose"])
    out_path.unlink()
    r, p = result["recall"], result["precision"]
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"visits ({args.who}, {len(docs)} releases, {seconds:.1f}s): recall {result['found']}/{result['trips']} = {r:.2f}; "
          f"precision {round(p * result['foreign_events'])}/{result['foreign_events']} = {p:.2f}; F1 {f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
