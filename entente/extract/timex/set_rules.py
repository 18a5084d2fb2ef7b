"""Rules for sets, recurring times: daily, every Thursday, each winter, twice a year, on Tuesday nights."""

from __future__ import annotations

import re

from entente.extract.timex.calendar_rules import month_number, weekday_number
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.lexicon import FREQUENCY_WORDS, PARTS_OF_DAY, SEASONS, UNIT_PLURALS, UNITS
from entente.extract.timex.patterns import (
    FREQUENCY, MONTH, NUMBER, PART_OF_DAY, SEASON, UNIT, UNIT_PLURAL, WEEKDAY, WEEKDAY_PLURAL,
)
from entente.extract.timex.durations import amount_of, duration_value, unit_code

I = "(?i:{})".format  # case-insensitive piece of an otherwise case-sensitive pattern


# A frequency word before a lowercase word other than these is an adjective: "quarterly dividend".
_ADJECTIVE_USE = re.compile(r"\s+(?!(?:and|or|in|at|on|for|to|from|with|by|since|until|during|over|through|"
                            r"basis|but|as|than|because|if|when|while|after|before|outside|inside|near|"
                            r"around|across|there|here|throughout|into|against|about)\b)[a-z]")


@rule(rf"\b(?P<f>{I(FREQUENCY)})\b"
      rf"|\b(?P<q>{I('every|each|per')})\s+(?:(?P<other>{I('other')})\s+)?(?:(?P<n>{I(NUMBER)})\s+)?"
      rf"(?P<u>{I(UNIT_PLURAL + '|' + UNIT)}|{WEEKDAY}|{I(SEASON)}|{I(PART_OF_DAY)}|(?P<season>{I('season')})"
      rf"|(?P<mon>{MONTH}))\b"
      rf"|(?P<wds>{WEEKDAY_PLURAL})(?:\s+(?P<p>{I('mornings|afternoons|evenings|nights')}))?"
      rf"|(?P<wd>{WEEKDAY})\s+(?P<p2>{I('mornings|afternoons|evenings|nights')})", priority=3)
def frequency(m: re.Match[str], ctx: Context) -> Candidate | None:
    """daily → P1D · every day · each Thursday → XXXX-WXX-4 · each winter → XXXX-WI · each July → XXXX-07 ·
    on Mondays."""
    if m.group("f"):
        if _ADJECTIVE_USE.match(ctx.text, m.end()) and ctx.pos_at(m.start()) != "ADV":
            return None  # "its quarterly dividend", "a daily newspaper": a property, not a recurrence
        return Candidate(m.start(), m.end(), "SET", FREQUENCY_WORDS[m.group("f").lower()], priority=3,
                         takes_mod="amount")
    if m.group("wds") or m.group("wd"):
        word = (m.group("wds") or m.group("wd"))
        day = weekday_number(word[:-1] if m.group("wds") else word)
        part = m.group("p") or m.group("p2")
        suffix = f"T{PARTS_OF_DAY[part.lower()[:-1]]}" if part else ""
        return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{day}{suffix}", priority=3)
    word = m.group("u").lower().rstrip(".")
    if m.group("mon"):
        return Candidate(m.start(), m.end(), "SET", f"XXXX-{month_number(m.group('mon')):02d}", priority=3)
    if m.group("season"):
        return Candidate(m.start(), m.end(), "SET", "P3M", priority=3)
    if word in SEASONS:
        return Candidate(m.start(), m.end(), "SET", f"XXXX-{SEASONS[word]}", priority=3)
    if word in PARTS_OF_DAY:
        return Candidate(m.start(), m.end(), "SET", f"TXX{PARTS_OF_DAY[word]}".replace("TXX", "T"), priority=3)
    if word in UNITS or word in UNIT_PLURALS:
        amount = amount_of(m.group("n")) if m.group("n") else (2 if m.group("other") else 1)
        return Candidate(m.start(), m.end(), "SET", duration_value(amount, unit_code(word)), priority=3,
                         takes_mod="amount")
    return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday_number(m.group('u'))}", priority=3)
