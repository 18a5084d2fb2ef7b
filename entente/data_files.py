"""The tables the product ships in `entente/data` (organisations, nationalities, places), read once each."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def data_table(name: str) -> dict[str, Any]:
    """A shipped TOML table by file name ("organisations.toml"); callers must not change what it returns."""
    with resources.files("entente.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)
