"""Regenerates the event and roster golden files of the seeds: `python -m tests.regenerate_golden` (`make golden`).

Review the diff before committing: each changed line is one event or one person whose extraction changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.golden import ROOT, write_all

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


def main() -> None:
    write_all(GOLDEN, golden_record, ("events", "people"))


if __name__ == "__main__":
    main()
