"""`make bench`: times the temporal stage against spaCy's parse of the same texts, and prints the ratio.

Texts: the three seeds and, when the shared folder is there (ENTENTE_SHARED, default ../shared),
the 256 TimeML dev documents. The budget: the temporal stage costs at most 15% of the parse.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from entente.extract.nlp import load_nlp  # noqa: E402
from entente.extract.timex import extract_timexes  # noqa: E402
from entente.extract.timex.dct import find_document_date  # noqa: E402
from entente.timeml import _TAG, _TEXT, _decode, document_date  # noqa: E402

BUDGET = 0.15


def corpus() -> list[tuple[str, str, object]]:
    """(name, text, document date) for every benchmark text."""
    texts = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append((f"seeds/{path.name}", text, find_document_date(text)))
    shared = Path(os.environ.get("ENTENTE_SHARED") or REPO.parent / "shared")
    for path in sorted((shared / "data" / "timeml-dev").glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        m = _TEXT.search(raw)
        if m:
            texts.append((f"timeml/{path.name}", _decode(_TAG.sub("", m.group(2)))[0], document_date(raw)))
    return texts


def main() -> int:
    nlp = load_nlp()
    texts = corpus()
    nlp("warm up the pipeline once")
    extract_timexes("warm up the rules on June 10, 2010", None)
    parse = stage = stage_with_doc = 0.0
    chars = found = 0
    for _, text, dct in texts:
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        result = extract_timexes(text, dct)
        t2 = time.perf_counter()
        extract_timexes(text, dct, doc=doc)
        t3 = time.perf_counter()
        parse += t1 - t0
        stage += t2 - t1
        stage_with_doc += t3 - t2
        chars += len(text)
        found += len(result.timexes)
    print(f"{len(texts)} texts, {chars:,} characters, {found} timexes")
    print(f"spaCy parse (nlp(text), full pipeline): {parse:7.2f} s")
    print(f"temporal stage, doc=None:               {stage:7.2f} s  = {100 * stage / parse:5.1f}% of the parse")
    print(f"temporal stage, with the parse:         {stage_with_doc:7.2f} s  = "
          f"{100 * stage_with_doc / parse:5.1f}% of the parse")
    worst = max(stage, stage_with_doc) / parse
    verdict = "within" if worst <= BUDGET else "OVER"
    print(f"budget {100 * BUDGET:.0f}% of the parse: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
