"""The layer rules of docs/architecture.md: the domain package never imports the UI stack."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {"streamlit", "plotly", "components", "app_pages", "pages"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


DOMAIN_MODULES = sorted((ROOT / "entente").rglob("*.py"))


@pytest.mark.parametrize("path", DOMAIN_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_module_never_imports_ui(path: Path) -> None:
    assert not _imported_roots(path) & FORBIDDEN


def test_the_check_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom plotly import express\n\ndef f():\n    import streamlit as st\n")
    assert _imported_roots(sample) >= {"plotly", "streamlit"}


def test_importing_the_pipeline_loads_no_ui_package() -> None:
    import subprocess
    import sys

    code = ("import sys, entente.pipeline, entente.query, entente.export, entente.cli; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'streamlit', 'plotly'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
