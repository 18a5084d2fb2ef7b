"""Plain-text labels for codes and dates: country names, theme names, dates cut to their precision.

The one formatter of dates and country names: the app (components.labels) and every export (entente.export)
write them through these functions, so a date or a country reads the same on screen, in a file and on a slide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

import pandas as pd
import pycountry

from entente.data_files import data_table

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CODE = re.compile(r"\b[A-Z]{2}\b")


def country_name(code: str | None) -> str:
    """`PK` -> `Pakistan`; a pair such as `US-PK` -> `United States–Pakistan`; an organisation's code that no one
    writes, its name (`AUC` -> `African Union`); other codes stay as given."""
    code = text_or_none(code)
    if not code:
        return "Unknown"
    codes = _CODE.findall(code)
    if len(codes) > 1:
        return "–".join(country_name(c) for c in codes)
    country = pycountry.countries.get(alpha_2=code.strip().upper())
    if country is None:
        return organisation_names().get(code.strip(), code)
    # common_name avoids "Pakistan, Islamic Republic of"-style official names.
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """The name an organisation's code reads as when the code is no name anyone writes: the first the organisations
    table gives it ("AUC" -> "African Union", "LAS" -> "Arab League"); "NATO" and "EU" stay as they are.

    >>> organisation_names()["AUC"], "NATO" in organisation_names()
    ('African Union', False)
    """
    table: dict[str, str] = data_table("organisations.toml")["international"]
    names: dict[str, str] = {}
    for name, code in table.items():
        if code not in table:  # (a code that is also a name in the table is how people write it)
            names.setdefault(code, name)
    return names


def theme_name(theme_id: str | None, labels: Mapping[str, str] | None = None) -> str:
    """The taxonomy's label when given, else the slug made readable: `ctr` -> `CTR`, `af-pak` -> `Af-Pak`."""
    if not theme_id:
        return "No theme"
    if labels and theme_id in labels:
        return labels[theme_id]
    if len(theme_id) <= 3 and "-" not in theme_id:
        return theme_id.upper()
    words = re.split(r"([-_ ])", theme_id)
    return "".join(" " if w == "_" else (w if w in "- " else w[:1].upper() + w[1:]) for w in words)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, an ellipsis marking the cut.

    >>> clip("Exchange on Defense Planning", 12)
    'Exchange on…'
    """
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Markup a document's text may carry, which reads as noise when a passage or a quote is shown as plain text
# (never rendered): emphasis, footnote numbers, bullets, soft hyphens and hard line wraps
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_FOOTNOTE = re.compile(r"<sup>[^<]{0,12}</sup>|\[\^?\d{1,3}\]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,80})?/?>")
SOFT_HYPHEN = re.compile(r"(\w)-\s*\n\s*\n?\s*([a-z])")
_BULLET = re.compile(r"^\s*[-*•]\s+", re.MULTILINE)


def readable_quote(text: str) -> str:
    """A document's passage or quote as a reader sees it: Markdown and HTML furniture taken off.

    `**Sartaz Aziz**, Consultant` -> `Sartaz Aziz, Consultant`; `Bill.<sup>1</sup>` -> `Bill.`;
    `priori-\\n\\ntizes` -> `prioritizes`; `- The term` -> `The term`; `three critical\\n\\nareas` -> `three critical areas`.

    >>> readable_quote("<sup>1</sup> The Bill <em>passed</em> the Senate; a < b and c > d.")
    'The Bill passed the Senate; a < b and c > d.'
    """
    text = SOFT_HYPHEN.sub(r"\1\2", text)
    text = _FOOTNOTE.sub("", text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _BULLET.sub("", text)
    text = re.sub(r"(?<=[a-z,;])\s*\n\s*(?=[a-z])", " ", text)  # a line wrapped mid-sentence
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()


def text_or_none(value: object) -> str | None:
    """A DataFrame cell as text: None, NaN and NaT (pandas' stand-ins for a missing value) become None."""
    if value is None or (isinstance(value, float) and value != value) or value is getattr(pd, "NaT", None):
        return None
    text = str(value)
    return text or None


def _parse(value: str) -> tuple[int, int | None, int | None] | None:
    match = re.match(r"^(\d{3,4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _one(value: str, precision: str | None) -> str:
    parts = _parse(value)
    if parts is None:
        return value or "undated"
    year, month, day = parts
    if precision == "decade" or len(value) == 3:
        return f"{str(year)[:3]}0s"
    if precision == "year" or month is None:
        return str(year)
    if precision == "month" or day is None:
        return f"{_MONTHS[month - 1]} {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def _time(value: str | None) -> str | None:
    match = re.search(r"T(\d{2}:\d{2})", value or "")
    return match.group(1) if match else None


def format_when(start: str | None, end: str | None = None, precision: str | None = None) -> str:
    """A date as precise as the document gave it.

    `("1999-12-17", None, "day")` -> `17 Dec 1999`; `("2010-03", None, "month")` -> `Mar 2010`;
    `("2010-06-07", "2010-06-10", "day")` -> `7–10 Jun 2010`; `("200", None, "decade")` -> `2000s`;
    `("2009-10-08T09:30", "2009-10-08T10:50", "day")` -> `8 Oct 2009, 09:30–10:50`.
    """
    start, end, precision = text_or_none(start), text_or_none(end), text_or_none(precision)
    if not start:
        return "undated"
    first = _one(start, precision)
    start_time, end_time = _time(start), _time(end)
    if start_time and (not end or end[:10] == start[:10]):
        # A panel at "2009-10-08T09:30"–"T10:50": one day, with the hours the agenda gives.
        return f"{first}, {start_time}" + (f"–{end_time}" if end_time and end_time != start_time else "")
    if not end or end == start:
        return first
    a, b = _parse(start), _parse(end)
    if a and b and precision == "day" and a[2] and b[2]:
        if a[:2] == b[:2]:
            return f"{a[2]}–{_one(end, precision)}"
        if a[0] == b[0]:
            return f"{a[2]} {_MONTHS[(a[1] or 1) - 1]} – {_one(end, precision)}"
    return f"{first} – {_one(end, precision)}"
