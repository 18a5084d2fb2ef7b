"""`python bench/bench_dense.py`: CPU seconds of one document's extraction as its dates grow, to show it is linear.

The texts are real: the sentences (or, with --unit paragraph, the paragraphs) of the 2021 State
Department releases (ENTENTE_SHARED, default ../shared) that name a day, taken in order and repeated
until the text holds about N dates (1,000, 3,000, 10,000 by default), under a dateline. For each size it prints the characters, the dates found, the CPU seconds of
the spaCy parse and of everything after it (the rule layers), and the rule layers' CPU per 1,000 dates:
that last column stays about flat when the layers are linear and grows with N when they are not.

To time an older commit with the same texts: `git worktree add /tmp/old REF` and run this file with
PYTHONPATH=/tmp/old (with PYTHONPATH set the checkout beside this file is not put first on the path).

Measured 2026-11-23 (2 CPUs, shared machine), rule-layer CPU s, before (84b6625) -> after (this change):
  sentences:  1,204 dates 1.59 -> 1.44 · 3,610 dates 4.01 -> 2.93 · 12,023 dates 35.74 -> 11.33
  paragraphs: 1,428 dates 2.69 -> 2.73 · 4,275 dates 8.49 -> 5.99 · 14,267 dates 54.15 -> 18.91
The parse is the same either side (55 s and 118 s at the largest sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if "PYTHONPATH" not in os.environ:
    sys.path.insert(0, str(REPO))

from entente import settings  # noqa: E402
from entente.extract.document import _extract  # noqa: E402
from entente.extract.nlp import load_nlp, parse_texts  # noqa: E402
from entente.models import Document  # noqa: E402

SHARED = Path(os.environ.get("ENTENTE_SHARED") or REPO.parent / "shared")
RELEASES = SHARED / "data" / "statedept" / "statedept_press_releases_2021.jsonl"
# What counts a paragraph's dates when building the text; the extractor's own count is printed.
DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                  r"December)\s+\d{1,2}(?:,\s+\d{4})?\b")


def dated_pieces(unit: str) -> list[str]:
    """Paragraphs (unit "paragraph") or sentences (unit "sentence") of the releases that name a day."""
    from entente.extract.sentences import split_sentences

    out: list[str] = []
    with RELEASES.open(encoding="utf-8") as fh:
        for line in fh:
            for para in re.split(r"\n\s*\n", json.loads(line)["text"]):
                para = para.strip()
                pieces = [para] if unit == "paragraph" else [para[s:e] for s, e in split_sentences(para)]
                out += [p for p in pieces if DATE.search(p) and len(p) < 2000]
    return out


def dense_text(pieces: list[str], dates: int, unit: str) -> str:
    """A release-like text of the pieces, repeated in order, holding about `dates` days; sentences go
    five to a paragraph, a chronology's density."""
    parts, count, i = ["WASHINGTON, June 10, 2021 — The Department released the following chronology."], 0, 0
    while count < dates:
        group = [pieces[(i + j) % len(pieces)] for j in range(1 if unit == "paragraph" else 5)]
        parts.append(" ".join(group))
        count += sum(len(DATE.findall(p)) for p in group)
        i += len(group)
    return "\n\n".join(parts)


def run(text: str) -> tuple[float, float, int, int]:
    """(parse CPU s, rule layers CPU s, dates found, events) for one document of `text`."""
    nlp = load_nlp()
    document = Document(id="dense", source="bench/dense.txt", text=text, title="Chronology",
                        published="2021-06-10")
    t0 = time.process_time()
    [(parse, doc)] = list(parse_texts(nlp, [(text, document)], chunk_chars=settings.chunk_chars()))
    t1 = time.process_time()
    extracted = _extract(doc, parse, None)
    t2 = time.process_time()
    return t1 - t0, t2 - t1, len(extracted.timexes), len(extracted.events)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000], metavar="DATES")
    parser.add_argument("--unit", choices=["sentence", "paragraph"], default="sentence",
                        help="what is repeated: dated sentences (denser, default) or whole dated paragraphs")
    args = parser.parse_args()
    if not RELEASES.exists():
        sys.exit(f"reference data not found: {RELEASES} (set ENTENTE_SHARED to the shared/ folder)")
    import entente
    print(f"code: {Path(entente.__file__).parent.parent}")
    pieces = dated_pieces(args.unit)
    run("warm up the pipeline on June 10, 2010.")
    print(f"{'dates asked':>11} {'chars':>9} {'timexes':>8} {'events':>6} {'parse s':>8} {'rules s':>8} "
          f"{'rules s/1k dates':>16}")
    for n in args.sizes:
        text = dense_text(pieces, n, args.unit)
        parse, rules, found, events = run(text)
        print(f"{n:>11,} {len(text):>9,} {found:>8,} {events:>6} {parse:>8.2f} {rules:>8.2f} "
              f"{1000 * rules / max(found, 1):>16.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
