"""Regenerates the theme-tagging golden files of the seeds: `python -m tests.regenerate_golden_themes`.

Review the diff before committing: each changed line is a sentence whose themes changed.
"""

from __future__ import annotations

from pathlib import Path

from tests.golden import ROOT, write_all

GOLDEN = ROOT / "tests" / "data" / "golden_themes"


def golden_record(seed: Path) -> dict[str, object]:
    """Theme tags of one seed under the shipped taxonomy, tagged by the real spaCy model."""
    from entente.extract.nlp import load_nlp
    from entente.extract.themes import load_taxonomy, tag_themes

    doc = load_nlp()(seed.read_text(encoding="utf-8"))
    tags = tag_themes(doc, taxonomy=load_taxonomy(ROOT / "entente" / "data" / "themes.toml"))
    return {"seed": seed.name, **tags.to_compact()}


def main() -> None:
    write_all(GOLDEN, golden_record, ("mentions",))


if __name__ == "__main__":
    main()
