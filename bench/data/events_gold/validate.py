"""Checks event-gold files: valid JSON Lines, the fields of GUIDELINES.md, evidence found in the text.

Usage: python bench/data/events_gold/validate.py FILE.jsonl [...]
"""

from __future__ import annotations

import json
import re
import sys

TYPES = {"meeting", "visit", "call", "dialogue", "conference", "summit", "agreement", "legislation",
         "statement", "announcement", "other"}
ROLES = {None, "lead", "member", "chair", "presenter", "discussant", "speaker", "signatory", "host"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SIDE = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def problems(doc: dict) -> list[str]:
    out = []
    for key in ("id", "genre", "title", "dct", "text", "events"):
        if key not in doc:
            out.append(f"missing {key}")
    for k, e in enumerate(doc.get("events", [])):
        where = f"event {k}"
        if e.get("type") not in TYPES:
            out.append(f"{where}: type {e.get('type')!r}")
        if e.get("status") not in {"actual", "planned", "background"}:
            out.append(f"{where}: status {e.get('status')!r}")
        if not isinstance(e.get("bilateral"), bool):
            out.append(f"{where}: bilateral must be true/false")
        if not DATE.match(str(e.get("start"))) or (e.get("end") and not DATE.match(e["end"])):
            out.append(f"{where}: dates {e.get('start')!r} {e.get('end')!r}")
        if e.get("precision") not in {"day", "week", "month", "year"}:
            out.append(f"{where}: precision {e.get('precision')!r}")
        if not all(SIDE.match(p) for p in e.get("parties", [])):
            out.append(f"{where}: parties {e.get('parties')!r}")
        for p in e.get("participants", []):
            if p.get("role") not in ROLES or (p.get("side") and not SIDE.match(p["side"])) or not p.get("name"):
                out.append(f"{where}: participant {p!r}")
        if not e.get("evidence") or e["evidence"] not in doc.get("text", ""):
            out.append(f"{where}: evidence not found verbatim in text: {str(e.get('evidence'))[:80]!r}")
    return out


def main(paths: list[str]) -> int:
    bad = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{path}:{n}: not JSON: {exc}")
                    bad += 1
                    continue
                for p in problems(doc):
                    print(f"{path}:{n} ({doc.get('id')}): {p}")
                    bad += 1
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
