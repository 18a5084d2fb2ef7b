"""The theme taxonomy: loads and validates the user-editable TOML file of themes and their patterns."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from entente import settings

THEME_KEYS: frozenset[str] = frozenset(
    {"label", "description", "parent", "aliases", "acronyms", "patterns", "exclude"}
)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A theme's table header: [themes.ctr], [ themes . "kerry-lugar" ], ...
_HEADER = re.compile(r"""^\s*\[\s*themes\s*\.\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*\]""")


class TaxonomyError(ValueError):
    """The taxonomy file is broken; the message names the file and the line of the problem."""


@dataclass(frozen=True)
class Theme:
    """One theme: its slug, how it reads, what text mentions it, and the broader theme it belongs to.

    `aliases` and `exclude` are phrases matched case-insensitively on whole tokens; `acronyms` are
    tokens matched case-sensitively; `patterns` are Python regular expressions tried on each sentence.
    """

    id: str
    label: str
    description: str = ""
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    parent: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Taxonomy:
    """The themes in file order, with lookups by id and along the parent links."""

    themes: tuple[Theme, ...]
    source: str = ""

    @cached_property
    def _index(self) -> dict[str, Theme]:
        return {theme.id: theme for theme in self.themes}

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    def by_id(self, theme_id: str) -> Theme:
        """The theme with this id; KeyError when there is none."""
        return self._index[theme_id]

    def get(self, theme_id: str) -> Theme | None:
        return self._index.get(theme_id)

    def ancestors(self, theme_id: str) -> tuple[str, ...]:
        """Parent, grandparent, ... of a theme: ``ancestors("ctr") == ("nonproliferation",)``."""
        out: list[str] = []
        parent = self.by_id(theme_id).parent
        while parent is not None:
            out.append(parent)
            parent = self._index[parent].parent
        return tuple(out)

    def children(self, theme_id: str) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes if theme.parent == theme_id)

    def descendants(self, theme_id: str) -> tuple[str, ...]:
        """Every theme under this one, depth first: what a filter on a broad theme should include."""
        out: list[str] = []
        for child in self.children(theme_id):
            out.append(child)
            out.extend(self.descendants(child))
        return tuple(out)

    def label(self, theme_id: str) -> str:
        """The theme's label, or the id itself for a theme this taxonomy does not know."""
        theme = self.get(theme_id)
        return theme.label if theme else theme_id


def default_taxonomy_path() -> Path | None:
    """The user's file from ``ENTENTE_THEMES`` if set, else None (the shipped taxonomy)."""
    value = settings.THEMES.value().strip()
    return Path(value).expanduser() if value else None


def load_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """Load and validate a taxonomy: `path`, else ``$ENTENTE_THEMES``, else ``entente/data/themes.toml``.

    Parsed taxonomies are cached by file content, so an edited file is picked up on the next call.
    """
    path = Path(path) if path is not None else default_taxonomy_path()
    if path is None:
        resource = files("entente") / "data" / "themes.toml"
        return parse_taxonomy(resource.read_text(encoding="utf-8"), name="entente/data/themes.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read the taxonomy file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{path}: the taxonomy file is not UTF-8 text ({exc.reason})") from exc
    return parse_taxonomy(text, name=str(path))


@lru_cache(maxsize=16)
def parse_taxonomy(text: str, *, name: str = "<themes>") -> Taxonomy:
    """Parse taxonomy TOML text; every error names `name` and a line number."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends "(at line L, column C)", or "(at end of document)" for an unclosed
        # bracket or string, which is reported at the last line.
        where = "" if "at line" in str(exc) else f" (line {max(1, len(text.splitlines()))})"
        raise TaxonomyError(f"{name}: not valid TOML: {exc}{where}") from exc
    lines = _header_lines(text)
    unknown_top = sorted(set(data) - {"themes"})
    if unknown_top:
        raise TaxonomyError(f"{name}, line {_key_line(text, unknown_top[0])}: unknown top-level key "
                            f"{unknown_top[0]!r}; themes go in [themes.<id>] tables")
    tables = data.get("themes")
    if not isinstance(tables, dict) or not tables:
        raise TaxonomyError(f"{name}, line 1: no themes found; define each as a [themes.<id>] table")
    themes = tuple(_theme(theme_id, table, lines.get(theme_id, 0), name)
                   for theme_id, table in tables.items())
    _check_parents(themes, name)
    return Taxonomy(themes=themes, source=name)


def _theme(theme_id: str, table: Any, line: int, name: str) -> Theme:
    where = f"{name}, line {line}: theme {theme_id!r}"
    if not isinstance(table, dict):
        raise TaxonomyError(f"{where}: expected a table [themes.{theme_id}]")
    if not _ID.match(theme_id):
        raise TaxonomyError(f"{where}: ids are lowercase words joined by hyphens, like 'kerry-lugar'")
    unknown = sorted(set(table) - THEME_KEYS)
    if unknown:
        raise TaxonomyError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(THEME_KEYS))})")
    label = table.get("label")
    if not isinstance(label, str) or not label.strip():
        raise TaxonomyError(f"{where}: missing label (add label = \"...\")")
    description = table.get("description", "")
    parent = table.get("parent")
    if not isinstance(description, str):
        raise TaxonomyError(f"{where}: description must be a string")
    if parent is not None and not isinstance(parent, str):
        raise TaxonomyError(f"{where}: parent must be a theme id string")
    lists = {key: _strings(table.get(key, []), key, where)
             for key in ("aliases", "acronyms", "patterns", "exclude")}
    for acronym in lists["acronyms"]:
        if any(ch.isspace() for ch in acronym):
            raise TaxonomyError(f"{where}: acronym {acronym!r} has a space; put phrases in aliases")
    for pattern in lists["patterns"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TaxonomyError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc
    return Theme(id=theme_id, label=label.strip(), description=description.strip(),
                 parent=parent or None, line=line, **lists)


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TaxonomyError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _check_parents(themes: tuple[Theme, ...], name: str) -> None:
    by_id = {theme.id: theme for theme in themes}
    for theme in themes:
        if theme.parent is not None and theme.parent not in by_id:
            raise TaxonomyError(f"{name}, line {theme.line}: theme {theme.id!r}: unknown parent "
                                f"{theme.parent!r}")
        seen = {theme.id}
        parent = theme.parent
        while parent is not None:
            if parent in seen:
                raise TaxonomyError(f"{name}, line {theme.line}: theme {theme.id!r}: parent links "
                                    f"form a cycle through {parent!r}")
            seen.add(parent)
            parent = by_id[parent].parent


def _header_lines(text: str) -> dict[str, int]:
    """Line number (1-based) of each [themes.<id>] header; tomllib keeps no positions for valid tables."""
    out: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if match:
            out.setdefault(next(g for g in match.groups() if g is not None), number)
    return out


def _key_line(text: str, key: str) -> int:
    pattern = re.compile(rf"^\s*\[?\s*{re.escape(key)}\b")
    return next((n for n, line in enumerate(text.splitlines(), start=1) if pattern.match(line)), 1)
