"""Regenerates the theme-tagging golden files of the seeds: `python -m tests.regenerate_golden_themes`.

Review the diff before committing: each changed line is a sentence whose themes changed.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "data" / "golden_themes"


def golden_record(seed: Path) -> dict[str, object]:
    """Theme tags of one seed under the shipped taxonomy, tagged by the real spaCy model."""
    from entente.extract.nlp import load_nlp
    from entente.extract.themes import load_taxonomy, tag_themes

    doc = load_nlp()(seed.read_text(encoding="utf-8"))
    tags = tag_themes(doc, taxonomy=load_taxonomy(ROOT / "entente" / "data" / "themes.toml"))
    return {"seed": seed.name, **tags.to_compact()}


def dumps(record: dict[str, object]) -> str:
    """JSON with one mention per line, so a diff shows exactly which sentences changed."""
    mentions = record["mentions"]
    assert isinstance(mentions, list)
    head = {key: value for key, value in record.items() if key != "mentions"}
    lines = [json.dumps(m, ensure_ascii=False) for m in mentions]
    body = ",\n    ".join(lines)
    head_json = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    return f'{head_json},\n  "mentions": [\n    {body}\n  ]\n}}\n'


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        target = GOLDEN / f"{seed.stem}.json"
        target.write_text(dumps(golden_record(seed)), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
