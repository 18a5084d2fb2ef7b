"""`make eval`: scores the temporal stage and two peers on the TimeML dev set with the shared scorer.

Systems, each writing TimeML into its own temporary folder:
  entente            extract_timexes with the spaCy parse, as the pipeline runs it
  entente (no parse) extract_timexes with doc=None (text rules only)
  dateparser.search  dateparser.search.search_dates, RELATIVE_BASE = the document date
  spaCy + dateparser spaCy DATE/TIME entities, each normalised by dateparser
Set ENTENTE_SHARED to the shared folder (default: ../shared next to the repository).
Then entente's figures per corpus (TimeBank, AQUAINT) and per part: the files are halved by a hash of
their name (bench.common.timeml_part); rules are tuned looking at "dev" only, and "held-out" is the
figure that counts, printed beside the targets of issue 15.
Options: --only entente (skip the peers), --verbose (print the scorer's per-expression listing for entente).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import timeml_part  # noqa: E402
from entente.extract.nlp import load_nlp  # noqa: E402
from entente.extract.timex import extract_timexes  # noqa: E402
from entente.models import Timex  # noqa: E402
from entente.timeml import _TAG, _TEXT, _decode, _write_tags, annotate_timeml, document_date  # noqa: E402

REFERENCE = [  # published TempEval-3 test-set figures (UzZaman et al., 2013), not run here
    ("HeidelTime (TE3 test, published)", 81.34, 90.30, None, 77.61),
    ("SUTime (TE3 test, published)", 79.57, 90.32, None, 67.38),
]

# Issue 15's targets on the part not tuned on (F1): strict, relaxed, type (none set), value.
TARGETS = {"strict": 85.0, "relaxed": 92.0, "type": None, "value": 82.0}

Annotator = Callable[[str, "dt.date | None"], tuple[Timex, ...]]


def shared_dir() -> Path:
    return Path(os.environ.get("ENTENTE_SHARED") or REPO.parent / "shared")


def write_system(gold_files: list[Path], out: Path, annotate: Callable[[str], str]) -> float:
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for path in gold_files:
        (out / path.name).write_text(annotate(path.read_text(encoding="utf-8")), encoding="utf-8")
    return time.perf_counter() - started


def with_timexes(find: Annotator) -> Callable[[str], str]:
    """A TimeML annotator from a function text, dct → timexes (used for the peers)."""
    def annotate(xml_text: str) -> str:
        m = _TEXT.search(xml_text)
        if not m:
            return xml_text
        raw_plain = _TAG.sub("", m.group(2))
        text, offsets = _decode(raw_plain)
        body = _write_tags(raw_plain, offsets, find(text, document_date(xml_text)), 1000)
        return xml_text[:m.start(2)] + body + xml_text[m.end(2):]
    return annotate


def _dateparser_value(span: str, dct: dt.date | None) -> tuple[str, str] | None:
    """dateparser's reading of a span as a TIMEX3 (type, value), cut to the period it reports."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past"}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "time":
        return "TIME", d.strftime("%Y-%m-%dT%H:%M")
    if period == "year":
        return "DATE", d.strftime("%Y")
    if period == "month":
        return "DATE", d.strftime("%Y-%m")
    if period == "week":
        return "DATE", f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"
    return "DATE", d.strftime("%Y-%m-%d")


def dateparser_search(text: str, dct: dt.date | None) -> tuple[Timex, ...]:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day)
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, pos = [], 0
    for span, _ in found:
        start = text.find(span, pos)
        if start < 0:
            continue
        pos = start + len(span)
        typed = _dateparser_value(span, dct)
        if typed:
            out.append(Timex(start, start + len(span), span, typed[0], typed[1]))
    return tuple(out)


def spacy_dateparser(text: str, dct: dt.date | None) -> tuple[Timex, ...]:
    out = []
    for ent in load_nlp()(text).ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        typed = _dateparser_value(ent.text, dct)
        type_, value = typed if typed else (ent.label_, "XXXX-XX-XX")
        out.append(Timex(ent.start_char, ent.end_char, ent.text, type_, value))
    return tuple(out)


def entente_with_parse(xml_text: str) -> str:
    return annotate_timeml(xml_text, nlp=load_nlp())


def entente_without_parse(text: str, dct: dt.date | None) -> tuple[Timex, ...]:
    return extract_timexes(text, dct).timexes


def score(scorer: Path, gold: Path, system: Path, verbose: bool = False) -> dict:
    args = [sys.executable, str(scorer), str(gold), str(system)]
    if verbose:
        print(subprocess.run(args + ["--verbose"], capture_output=True, text=True).stdout)
    res = subprocess.run(args + ["--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["entente"], help="skip the peers")
    ap.add_argument("--verbose", action="store_true", help="print misses, extras and wrong values for entente")
    args = ap.parse_args()
    shared = shared_dir()
    data, scorer = shared / "data" / "timeml-dev", shared / "eval" / "timeml_score.py"
    if not data.is_dir() or not scorer.is_file():
        print(f"eval: the shared data is missing ({data} or {scorer} not found); "
              "set ENTENTE_SHARED to the shared folder.", file=sys.stderr)
        return 1
    gold_files = sorted(data.glob("*/*.tml"))
    systems: list[tuple[str, Callable[[str], str]]] = [
        ("entente", entente_with_parse),
        ("entente (no parse)", with_timexes(entente_without_parse)),
    ]
    if not args.only:
        systems += [("dateparser.search", with_timexes(dateparser_search)),
                    ("spaCy + dateparser", with_timexes(spacy_dateparser))]
    rows = []
    parts: list[tuple[str, str, dict]] = []
    with tempfile.TemporaryDirectory(prefix="entente-eval-") as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for path in gold_files:  # the scorer reads one flat folder
            (gold / path.name).symlink_to(path)
        for name, annotate in systems:
            out = Path(tmp) / name.replace(" ", "_").replace("(", "").replace(")", "")
            seconds = write_system(gold_files, out, annotate)
            res = score(scorer, gold, out, verbose=args.verbose and name == "entente")
            rows.append((name, res, seconds))
            if name == "entente":
                parts = score_parts(scorer, gold_files, Path(tmp) / "parts", out)
    print(f"TimeML dev: {len(gold_files)} documents, {rows[0][1]['gold']} gold TIMEX3\n")
    print(f"{'system':34s} {'strict P':>8s} {'R':>6s} {'F1':>6s} {'relaxed F1':>10s} {'type F1':>8s} "
          f"{'value F1':>8s} {'seconds':>8s}")
    for name, res, seconds in rows:
        s = res["strict"]
        print(f"{name:34s} {s['p']:8.2f} {s['r']:6.2f} {s['f1']:6.2f} {res['relaxed']['f1']:10.2f} "
              f"{res['type']['f1']:8.2f} {res['value']['f1']:8.2f} {seconds:8.1f}")
    for name, strict, relaxed, type_, value in REFERENCE:
        print(f"{name:34s} {'':8s} {'':6s} {strict:6.2f} {relaxed:10.2f} {'':>8s} {value:8.2f}")
    print_parts(parts)
    return 0


def score_parts(scorer: Path, gold_files: list[Path], folder: Path, system: Path) -> list[tuple[str, str, dict]]:
    """Entente's scores per corpus (the gold file's folder) and per part (dev, held-out)."""
    out = []
    for corpus in sorted({p.parent.name for p in gold_files}, reverse=True):  # TimeBank, AQUAINT
        for part in ("dev", "held-out"):
            gold = folder / f"{corpus}-{part}"
            gold.mkdir(parents=True)
            for path in gold_files:
                if path.parent.name == corpus and timeml_part(path.name) == part:
                    (gold / path.name).symlink_to(path)
            out.append((corpus, part, {**score(scorer, gold, system), "docs": len(list(gold.iterdir()))}))
    return out


def print_parts(parts: list[tuple[str, str, dict]]) -> None:
    """The per-corpus, per-part table, each F1 with its target; '!' marks a held-out figure below it."""
    kinds = ("strict", "relaxed", "type", "value")
    print("\nentente per corpus and part (F1; tune on dev, report held-out; target in brackets)")
    print(f"{'corpus':10s} {'part':9s} {'docs':>4s} {'gold':>5s} " + " ".join(f"{k:>15s}" for k in kinds))
    for corpus, part, res in parts:
        cells = []
        for k in kinds:
            f1, target = res[k]["f1"], TARGETS[k]
            mark = "!" if target is not None and part == "held-out" and f1 < target else " "
            cells.append(f"{f1:6.2f}{mark}" + (f" (≥{target:4.1f})" if target is not None else " " * 8))
        docs = res.get("docs", "")
        print(f"{corpus:10s} {part:9s} {docs!s:>4s} {res['gold']:5d} " + " ".join(f"{c:>15s}" for c in cells))


if __name__ == "__main__":
    sys.exit(main())
