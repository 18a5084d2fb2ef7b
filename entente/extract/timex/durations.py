"""Values of lengths of time: unit codes, TIMEX3 duration values and the counts written before them."""

from __future__ import annotations

import re

from entente.extract.timex.lexicon import UNIT_PLURALS, UNITS, VAGUE_QUANTITIES, number_from_words


def unit_code(word: str) -> str:
    """'months' → 'M', 'decade' → 'DE'."""
    w = word.lower()
    return UNITS[UNIT_PLURALS.get(w, w)]


def duration_value(amount: int | float | None, unit: str) -> str:
    """(4, 'D') → P4D · (2, 'H') → PT2H · (None, 'Y') → PXY · (5.5, 'H') → PT5H30M · (1, 'DE') → P10Y ·
    (None, 'DE') → PXY.

    Decades and centuries are counted in years, as ISO 8601 has no designator for them ("two decades" is
    P20Y), so an uncounted number of them is an unknown number of years: "decades-long" → PXY, not PXDE.

    >>> duration_value(2, "DE"), duration_value(None, "DE"), duration_value(None, "CE")
    ('P20Y', 'PXY', 'PXY')
    """
    if unit in ("DE", "CE"):
        if amount is None:
            return "PXY"
        return duration_value(amount * (10 if unit == "DE" else 100), "Y")
    if unit == "Q":
        return f"P{int(amount * 3)}M" if amount and float(amount * 3).is_integer() else "PXQ"
    if unit == "WE":
        return f"P{int(amount * 2)}D" if amount else "PXWE"
    time_unit = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    if float(amount).is_integer():
        return f"{prefix}{int(amount)}{letter}"
    whole, frac = int(amount), amount - int(amount)
    smaller = {"H": (60, "M"), "MIN": (60, "S"), "D": (24, "H"), "Y": (12, "M"), "M": (30, "D"), "W": (7, "D")}
    if unit in smaller:
        factor, small = smaller[unit]
        part = f"{whole}{letter}" if whole else ""
        if unit in ("D",):
            return f"P{part}T{round(frac * factor)}{small}"
        return f"{prefix}{part}{round(frac * factor)}{small}"
    return f"{prefix}{amount}{letter}"


def amount_of(text: str) -> int | float | None:
    """The count in a quantity phrase; None for vague ones ("several", "a few")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE_QUANTITIES:
        return None
    if t.endswith(" and a half"):
        n = number_from_words(t[: -len(" and a half")])
        return n + 0.5 if n is not None else None
    return number_from_words(t)
