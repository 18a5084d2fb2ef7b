"""Regenerates the event and roster golden files of the seeds: `python -m tests.regenerate_golden` (`make golden`).

Review the diff before committing: each changed line is one event or one person whose extraction changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "data" / "golden"


def golden_record(seed: Path) -> dict[str, Any]:
    """What a briefer sees of one seed: countries, events with participants, and people."""
    from entente.extract.document import extract_document
    from entente.extract.nlp import load_nlp
    from entente.models import Document

    document = Document(id=seed.stem, source=seed.name, text=seed.read_text(encoding="utf-8"))
    extracted = extract_document(document, nlp=load_nlp()).to_json()
    events = [{key: e[key] for key in ("title", "type", "start", "end", "precision", "location",
                                       "countries", "participants")} for e in extracted["events"]]
    return {"seed": seed.name, "countries": extracted["countries"], "status": extracted["status"],
            "events": events, "people": extracted["people"]}


def dumps(record: dict[str, Any]) -> str:
    """JSON with one event and one person per line, so a diff shows exactly what changed."""
    head = {k: v for k, v in record.items() if k not in {"events", "people"}}
    parts = [json.dumps(head, ensure_ascii=False, indent=2)[:-2]]
    for key in ("events", "people"):
        lines = ",\n    ".join(json.dumps(x, ensure_ascii=False) for x in record[key])
        parts.append(f'  "{key}": [\n    {lines}\n  ]')
    return ",\n".join(parts) + "\n}\n"


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        target = GOLDEN / f"{seed.stem}.json"
        target.write_text(dumps(golden_record(seed)), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
