"""Error analysis of the temporal stage on the TimeML dev set: value, type and span errors by category.

Aligns entente's TIMEX3s with the gold ones the way the shared scorer does (overlap, exact span
first) and prints, per coarse expression shape (weekday, month name, "last/next X", "X ago", quarter,
season, year, duration, *_REF, SET, time), how many gold expressions there are, how many were missed,
and how many got a wrong type or value, then examples of each. Extras (system-only) are counted too.
Only the dev part of the files is read by default (bench.common.timeml_part): rules are written looking
at dev, and held-out is what eval_timeml.py reports.
Options: --category NAME (list every error of one category), --no-parse (text rules only),
--examples N, --kind miss|extra|span|type|value (list only these errors), --part dev|held-out|all,
--corpus TimeBank|AQUAINT. Parses are cached in $TMPDIR so a second run takes seconds.
Set ENTENTE_SHARED to the shared folder (default: ../shared next to the repository).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import timeml_part  # noqa: E402
from entente.extract.timex import extract_timexes  # noqa: E402
from entente.timeml import _TAG, _TEXT, _decode, _write_tags, document_date  # noqa: E402

# (category, pattern on the lower-cased gold or system text), first match wins.
CATEGORIES: list[tuple[str, str]] = [
    ("time", r"\d(?::\d\d)?\s*(?:a\.?m|p\.?m)|\bnoon\b|midnight|o'clock|\b(?:morning|afternoon|evening|night|tonight|overnight)\b"),
    ("set", r"\b(?:every|each|per|a year|a month|a week|a day)\b|\b(?:daily|weekly|monthly|annually|yearly|quarterly)\b"),
    ("ago/later", r"\b(?:ago|earlier|later|from now|before|after)\b"),
    ("quarter/half", r"\bquarter|\bhalf\b|\bq[1-4]\b"),
    ("season", r"\b(?:spring|summer|fall|autumn|winter)\b"),
    ("weekday", r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    ("month-day", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"),
    ("month-name", r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
                   r"|jan|feb|aug|sept?|oct|nov|dec)\b"),
    ("deictic day", r"\b(?:today|yesterday|tomorrow)\b"),
    ("last/next/this X", r"\b(?:last|next|this|coming|past|previous|current|recent|following|latest)\s+"
                         r"(?:week|weekend|month|year|decade|century|fiscal)"),
    ("the X (anaphoric)", r"^(?:the\s+)?(?:week|weekend|month|year|decade|period|day)s?$"),
    ("duration", r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\b"),
    ("decade", r"\d0'?s\b|'\d0s"),
    ("year-only", r"\b(?:1[0-9]|20)\d\d\b"),
    ("ref word", r"\b(?:now|currently|current|recent|recently|past|future|present|once|soon|former|"
                 r"formerly|previously|then|lately|nowadays|these days|time)\b"),
]
_COMPILED = [(name, re.compile(p)) for name, p in CATEGORIES]

TAGS = re.compile(r"<(/?)TIMEX3([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def category(text: str) -> str:
    t = re.sub(r"\s+", " ", text.lower())
    for name, pattern in _COMPILED:
        if pattern.search(t):
            return name
    return "other"


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("timeml_score", shared / "eval" / "timeml_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_cached(nlp, text: str):
    """The spaCy parse of `text`, cached on disk by content hash (the model does not change mid-session)."""
    from spacy.tokens import Doc

    folder = Path(tempfile.gettempdir()) / "entente-timex-docs"
    folder.mkdir(exist_ok=True)
    key = folder / (hashlib.sha1(text.encode()).hexdigest() + ".spacy")
    if key.exists():
        return Doc(nlp.vocab).from_bytes(key.read_bytes())
    doc = nlp(text)
    key.write_bytes(doc.to_bytes())
    return doc


def _f1(hits: Counter[str], n_gold: int, kind: str) -> float:
    p, r = hits[kind] / max(1, hits["system"]), hits[kind] / max(1, n_gold)
    return 200 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--category", help="list every error of this category")
    ap.add_argument("--no-parse", action="store_true")
    ap.add_argument("--examples", type=int, default=6)
    ap.add_argument("--kind", choices=["miss", "extra", "span", "type", "value"])
    ap.add_argument("--part", choices=["dev", "held-out", "all"], default="dev")
    ap.add_argument("--corpus", choices=["TimeBank", "AQUAINT"], help="read only this corpus folder")
    args = ap.parse_args()
    shared = Path(os.environ.get("ENTENTE_SHARED") or REPO.parent / "shared")
    scorer = load_scorer(shared)
    nlp = None
    if not args.no_parse:
        from entente.extract.nlp import load_nlp
        nlp = load_nlp()
    gold_n: Counter[str] = Counter()
    errors: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    value_by_gold_shape: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    # The same counts per corpus folder (TimeBank, AQUAINT): a rule that helps one and hurts the other
    # is fitted to a corpus, not a convention.
    part_hits: dict[str, Counter[str]] = defaultdict(Counter)
    part_gold: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((shared / "data" / "timeml-dev").glob("*/*.tml")):
            if args.part != "all" and timeml_part(path.name) != args.part:
                continue
            if args.corpus and path.parent.name != args.corpus:
                continue
            xml = path.read_text(encoding="utf-8")
            m = _TEXT.search(xml)
            if not m:
                continue
            raw_plain = _TAG.sub("", m.group(2))
            text, offsets = _decode(raw_plain)
            dct = document_date(xml)
            doc = parse_cached(nlp, text) if nlp else None
            timexes = extract_timexes(text, dct, doc=doc).timexes
            out = Path(tmp) / path.name
            body = _write_tags(raw_plain, offsets, timexes, 1000)
            out.write_text(xml[:m.start(2)] + body + xml[m.end(2):], encoding="utf-8")
            _, gold = scorer.read_timexes(path)
            _, system = scorer.read_timexes(out)
            used: set[int] = set()
            part = path.parent.name
            part_gold[part] += len(gold)
            part_hits[part]["system"] += len(system)
            for gx in gold:
                cat = category(gx["text"])
                gold_n[cat] += 1
                best = None
                for i, s in enumerate(system):
                    if i in used or s["end"] <= gx["start"] or s["start"] >= gx["end"]:
                        continue
                    exact = s["start"] == gx["start"] and s["end"] == gx["end"]
                    if best is None or exact:
                        best = (i, exact)
                        if exact:
                            break
                where = f"{path.name[:22]:22s} dct={dct}"
                context = text[max(0, gx['start'] - 40):gx['end'] + 30].replace("\n", " ")
                if best is None:
                    errors[cat]["miss"].append(f"{where} {gx['text']!r} {gx['type']} {gx['value']}  «{context}»")
                    continue
                i, exact = best
                used.add(i)
                s = system[i]
                hits["relaxed"] += 1
                hits["strict"] += exact
                hits["type"] += s["type"] == gx["type"]
                hits["value"] += s["value"] == gx["value"]
                for k, ok in (("relaxed", True), ("strict", exact), ("type", s["type"] == gx["type"]),
                              ("value", s["value"] == gx["value"])):
                    part_hits[part][k] += ok
                if not exact:
                    errors[cat]["span"].append(f"{where} gold {gx['text']!r} | sys {s['text']!r}")
                if s["type"] != gx["type"]:
                    errors[cat]["type"].append(f"{where} {gx['text']!r} gold {gx['type']} {gx['value']} | "
                                               f"sys {s['type']} {s['value']}  «{context}»")
                if s["value"] != gx["value"]:
                    value_by_gold_shape[cat] += 1
                    errors[cat]["value"].append(f"{where} gold {gx['text']!r} {gx['value']} | "
                                                f"sys {s['text']!r} {s['value']}  «{context}»")
            hits["system"] += len(system)
            for i, s in enumerate(system):
                if i not in used:
                    context = text[max(0, s['start'] - 40):s['end'] + 30].replace("\n", " ")
                    errors[category(s["text"])]["extra"].append(
                        f"{path.name[:22]:22s} {s['text']!r} {s['type']} {s['value']}  «{context}»")
    kinds = ("miss", "extra", "span", "type", "value")
    print(f"{'category':20s} {'gold':>5s} " + " ".join(f"{k:>6s}" for k in kinds))
    order = sorted(set(gold_n) | set(errors), key=lambda c: -(len(errors[c]["value"]) + len(errors[c]["miss"])
                                                                + len(errors[c]["extra"])))
    for cat in order:
        print(f"{cat:20s} {gold_n[cat]:5d} " + " ".join(f"{len(errors[cat][k]):6d}" for k in kinds))
    total = {k: sum(len(errors[c][k]) for c in errors) for k in kinds}
    print(f"{'total':20s} {sum(gold_n.values()):5d} " + " ".join(f"{total[k]:6d}" for k in kinds))
    n_gold = sum(gold_n.values())
    print("   ".join(f"{k} F1 {_f1(hits, n_gold, k):.2f}" for k in ("strict", "relaxed", "type", "value")))
    for part in sorted(part_gold):
        print(f"  {part:10s} ({part_gold[part]} gold)  " + "   ".join(
            f"{k} F1 {_f1(part_hits[part], part_gold[part], k):.2f}" for k in ("strict", "relaxed", "type", "value")))
    for cat in ([args.category] if args.category else order):
        print(f"\n== {cat}")
        for k in kinds if not args.kind else (args.kind,):
            items = errors[cat][k]
            for line in items if args.category else items[:args.examples]:
                print(f"  {k:5s} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
