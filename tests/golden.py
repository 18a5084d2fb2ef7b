"""How golden files are written: JSON with one list item per line, so a diff shows exactly what changed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def dumps(record: dict[str, Any], list_keys: tuple[str, ...]) -> str:
    """`record` as indented JSON, except that each item of the `list_keys` lists takes one line."""
    head = {k: v for k, v in record.items() if k not in list_keys}
    parts = [json.dumps(head, ensure_ascii=False, indent=2)[:-2]]
    for key in list_keys:
        lines = ",\n    ".join(json.dumps(x, ensure_ascii=False) for x in record[key])
        parts.append(f'  "{key}": [\n    {lines}\n  ]')
    return ",\n".join(parts) + "\n}\n"


def write_all(folder: Path, record: Callable[[Path], dict[str, Any]], list_keys: tuple[str, ...]) -> None:
    """One golden file per seed in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        target = folder / f"{seed.stem}.json"
        target.write_text(dumps(record(seed), list_keys), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
