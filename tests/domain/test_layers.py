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


def test_import_contracts_hold() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): the layers above, the flow of documents, and no
    circle between sibling modules."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def _circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_a_module_that_imports_it_back() -> None:
    """Imports inside functions count, and so does a package's __init__: `timex.dct` importing `timex` while
    `timex` imported `timex.dct` was such a circle, which sibling contracts do not see."""
    import sys

    import grimp

    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("entente", "components", cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _circles(edges) == []


def test_the_circle_check_sees_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
