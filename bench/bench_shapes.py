"""What a million characters cost, by the shape of the text: prose (the State Department releases), the
same words in short lines (a schedule, a list), and an HTML table (an uploaded spreadsheet page). Each
shape is read (the HTML page in the parser process) and extracted in a fresh process, so the peak memory
is the shape's own; figures are per million characters of plain text.

Run: `.venv/bin/python -m bench.bench_shapes [--chars 300000]`.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import textwrap
import time

from bench.common import print_table, shared_path

SHAPES = ("prose", "short lines", "HTML table")


def _prose(chars: int) -> str:
    corpus = shared_path("data", "statedept", "statedept_press_releases_2021.jsonl")
    texts, size = [], 0
    while size < chars:  # the releases, repeated when more is asked for than they hold
        for line in corpus.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            texts.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    return "\n\n".join(texts)[:chars]


def _short_lines(chars: int) -> str:
    return "\n".join(textwrap.wrap(" ".join(_prose(chars).split()), width=40))[:chars]


def _html_table(chars: int) -> bytes:
    words = " ".join(_prose(chars).split()).split()
    rows, size, i = [], 0, 0
    while size < chars:
        cells = [f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}", " ".join(words[i % len(words):i % len(words) + 3]),
                 " ".join(words[(i + 3) % len(words):(i + 3) % len(words) + 8])]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        size += sum(len(c) + 1 for c in cells)
        i += 11
    return (f"<html><head><title>Schedule</title></head><body><article><h1>Schedule of meetings</h1>"
            f"<table>{''.join(rows)}</table></article></body></html>").encode()


def _one(shape: str, chars: int) -> dict[str, float]:
    """Read and extract one shape in this process; what it cost."""
    from entente.ingest import read_bytes
    from entente.models import Document
    from entente.pipeline import extract_document, load_nlp

    nlp = load_nlp()
    nlp("warm up")
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    name, data = (("table.html", _html_table(chars)) if shape == "HTML table" else
                  ("text.txt", (_prose(chars) if shape == "prose" else _short_lines(chars)).encode()))
    started, cpu = time.perf_counter(), time.process_time()
    [doc] = list(read_bytes(name, data))
    read_s = time.perf_counter() - started
    if not isinstance(doc, Document):
        sys.exit(f"{shape}: {doc.reason}")
    extracted = extract_document(doc, nlp=nlp)
    return {"chars": len(doc.text), "read_s": read_s, "total_s": time.perf_counter() - started,
            "cpu_s": time.process_time() - cpu, "events": len(extracted.events),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "base_mb": base_rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=300_000, help="characters of plain text per shape")
    parser.add_argument("--one", choices=SHAPES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.one, args.chars)))
        return
    rows = []
    for shape in SHAPES:
        done = subprocess.run([sys.executable, "-m", "bench.bench_shapes", "--one", shape, "--chars",
                               str(args.chars)], capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{shape} failed:\n{done.stderr[-2000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        per_million = 1_000_000 / r["chars"]
        rows.append([shape, f"{r['chars']:,}", r["read_s"] * per_million, r["total_s"] * per_million,
                     r["cpu_s"] * per_million, f"{r['peak_mb'] - r['base_mb']:,.0f}", r["events"]])
    print(f"per million characters of plain text (measured on about {args.chars:,} of each shape)\n")
    print_table(["shape", "characters", "read s/M", "read+extract s/M", "CPU s/M (this process)",
                 "peak MB over the model", "events"], rows)


if __name__ == "__main__":
    main()
