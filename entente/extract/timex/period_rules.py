"""Rules for calendar periods: seasons, quarters and halves, year-ago comparisons, days of a range
(holidays are in holiday_rules, weeks in week_rules)."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import quarter
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.lexicon import ORDINALS, SEASONS, alternation
from entente.extract.timex.patterns import MONTH, SEASON, YEAR

_SEASON_CUES = re.compile(r"\b(?:in|during|this|last|next|the|early|late|mid|each|every|of|since|until|by)\s+$",
                          re.I)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@rule(rf"(?P<rel>(?i:this|last|next|past|coming)\s+)?(?P<s>(?i:{SEASON}))\b(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>{YEAR}))?",
      priority=3)
def season(m: re.Match[str], ctx: Context) -> Candidate | None:
    """last fall → 1997-FA · this summer · winter 2009 · the spring of 1999; not "prices fall"."""
    code = SEASONS[m.group("s").lower()]
    rel = (m.group("rel") or "").strip().lower()
    if not rel and not m.group("y"):
        if not _SEASON_CUES.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None
        if code in ("FA", "SP") and not re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
            return None
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-{code}", priority=3, takes_the=True,
                         takes_mod="point")
    else:
        current = {12: "WI", 1: "WI", 2: "WI"}.get(ctx.dct.month) or \
            ("SP" if ctx.dct.month < 6 else "SU" if ctx.dct.month < 9 else "FA")
        here, there = _SEASON_START[current] % 12, _SEASON_START[code] % 12
        year = ctx.dct.year
        if rel in ("last", "past"):
            year -= 1 if there >= here else 0
        elif rel in ("next", "coming"):
            year += 1 if there <= here else 0
    return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{code}", priority=3, takes_the=True,
                     takes_mod="point")


_ORDINAL_QUARTER = r"first|second|third|fourth|1st|2nd|3rd|4th"
# "the second half of June": a part of a month, not of a year
HALF_OF_ANOTHER = re.compile(rf"\s+(?i:of)\s+{MONTH}")


@rule(rf"(?:(?P<y0>{YEAR})(?:'s)?\s+|(?P<rel0>(?i:this|last|next)\s+year's\s+))?(?:(?i:fiscal)[\s-]+)?"
      rf"(?P<o>(?i:{_ORDINAL_QUARTER}))[\s-]+(?:(?i:fiscal)[\s-]+)?(?P<u>(?i:quarter|half))\b"
      rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y>{YEAR})"
      rf"|\s+(?:(?i:of)\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year)\b(?!'))?"
      rf"|\b(?P<q>Q[1-4]|H[12])(?:\s+(?P<y2>{YEAR}))?(?![\w-])",
      priority=4)
def ordinal_quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the third quarter → 1989-Q3 · third-quarter · the first half of 2010 → 2010-H1 · Q3 2009 · H1 2013 ·
    Q4 (the latest fourth quarter the tense allows)."""
    if m.group("q"):
        label = m.group("q")
        year = int(m.group("y2")) if m.group("y2") else _period_year(ctx, m, None, "", int(label[1]), label[0] == "H")
        value = f"{year:04d}-{label}" if year else f"XXXX-{label}"
        if label[0] == "Q":
            ctx.last_quarter = value
        return Candidate(m.start(), m.end(), "DATE", value, priority=4)
    n = ORDINALS[m.group("o").lower()]
    half = m.group("u").lower() == "half"
    if half and n > 2:
        return None
    if not (m.group("y") or m.group("rel")) and HALF_OF_ANOTHER.match(ctx.text, m.end()):
        return None  # a part of the month, which the month's own rule reads
    year_text = m.group("y") or m.group("y0")
    rel = (m.group("rel") or m.group("rel0") or "").strip().split(" ")[0].lower()
    year = _period_year(ctx, m, year_text, rel, n, half)
    label = f"H{n}" if half else f"Q{n}"
    hyphenated = "-" in ctx.text[m.end("o"):m.start("u")]
    value = f"{year:04d}-{label}" if year else f"XXXX-{label}"
    if not half:
        ctx.last_quarter = value
    return Candidate(m.start(), m.end(), "DATE", value, priority=4, takes_the=not hyphenated, takes_mod="point")


def _period_year(ctx: Context, m: re.Match[str], year_text: str | None, rel: str, n: int, half: bool) -> int | None:
    """The year of the nth quarter or half: the one written, else the latest one the tense allows."""
    if year_text:
        return int(year_text)
    if ctx.dct is None:
        return None
    year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    current = quarter(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2)
    if not rel and n > current and ctx.direction(m.start(), m.end()) != "future":
        year -= 1
    return year


@rule(rf"(?P<the>(?i:the)\s+)?(?:(?P<late>(?i:last|latter|final|back|second))\s+(?i:half)"
      rf"|(?P<early>(?i:first))\s+(?i:two\s+quarters)|(?P<late2>(?i:last|final))\s+(?i:two\s+quarters))"
      rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next))\s+year|"
      rf"(?P<decade>(?:the\s+)?(?:'\d0s|1\d\d0s)))\b)", priority=5)
def half_of_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the last half of 1989 → 1989-H2 · the first two quarters of 1990 → 1990-H1 · the latter half of
    next year. (A half of a decade is the decade: "the last half of the '80s" → 198.)"""
    if m.group("decade"):
        return None  # the decade rule reads it
    late = bool(m.group("late") or m.group("late2"))
    rel = (m.group("rel") or "").lower()
    year = _period_year(ctx, m, m.group("y"), rel, 2 if late else 1, True)
    value = f"{year:04d}-H{2 if late else 1}" if year else f"XXXX-H{2 if late else 1}"
    return Candidate(m.start(), m.end(), "DATE", value, priority=5, takes_mod="point")


_YEAR_AGO = r"year-ago|year-earlier|year-before|prior-year|year\s+ago|year\s+earlier"


@rule(rf"(?P<the>(?i:the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?(?P<adj>(?i:{_YEAR_AGO}))"
      rf"(?:\s+(?P<noun>(?:(?i:{_ORDINAL_QUARTER})[\s-]+)?(?i:quarter|period)))?\b(?!-)"
      rf"|(?P<the2>(?i:the))\s+(?P<rel>(?i:latest|same|comparable|corresponding|current))\s+(?i:period|quarter)\b",
      priority=4)
def year_ago_period(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Earnings comparisons: the year-ago quarter → 1988-Q3 (when the report is about 1989-Q3) ·
    year-earlier results · the latest period."""
    if ctx.dct is None:
        return None
    previous = ctx.dct.replace(day=1) - dt.timedelta(days=80)
    previous_quarter = f"{previous.year:04d}-Q{quarter(previous)}"
    base = ctx.last_quarter if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else previous_quarter
    if m.group("rel"):
        rel, noun = m.group("rel").lower(), m.group(0).split()[-1].lower()
        current = f"{ctx.dct.year:04d}-Q{quarter(ctx.dct)}"
        if rel == "current" and noun == "quarter":
            base = current  # the quarter under way when the story was written
        elif rel == "latest" and base >= current:
            base = previous_quarter  # a quarter not yet over cannot have reported ("a fourth-quarter charge")
        return Candidate(m.start(), m.end(), "DATE", base, priority=4)
    if not m.group("noun") and " " in m.group("adj"):
        return None  # "a year ago" alone is the offset rule's
    noun = (m.group("noun") or "").lower()
    value = f"{int(base[:4]) - 1:04d}{base[4:]}"
    if noun and noun.split()[0].rstrip("-") in ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"):
        ordinal = ORDINALS[re.split(r"[\s-]", noun)[0]]
        value = f"{int(base[:4]) - 1:04d}-Q{ordinal}"
    start = m.start() if noun else m.start("adj")
    return Candidate(start, m.end(), "DATE", value, priority=4)


_A_YEAR_BACK = r"last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year"


@rule(rf"(?P<the>(?i:the)\s+)(?:(?i:same|corresponding|comparable|like)\s+)?(?P<noun>(?i:quarter|period))"
      rf"\s+(?:(?i:of)\s+)?(?i:{_A_YEAR_BACK})\b"
      rf"|(?P<rel>(?i:last|the\s+previous|the\s+prior))\s+(?i:year's)\s+(?P<noun2>(?i:quarter|period))\b",
      priority=5)
def period_a_year_back(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Earnings comparisons with the year written after the period: the same period last year ·
    the quarter a year ago · last year's quarter → the reported quarter one year back (1988-Q3
    in a report on 1989-Q3); after "the nine months" a period a year back is the previous year."""
    if ctx.dct is None:
        return None
    noun = (m.group("noun") or m.group("noun2")).lower()
    if noun == "period" and not last_period_is_quarter(ctx.text, m.start()):
        year = int(ctx.last_quarter[:4]) if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else ctx.dct.year
        return Candidate(m.start(), m.end(), "DATE", f"{year - 1:04d}", priority=5)
    previous = ctx.dct.replace(day=1) - dt.timedelta(days=80)
    base = ctx.last_quarter if ctx.last_quarter and ctx.last_quarter[:4].isdigit() \
        else f"{previous.year:04d}-Q{quarter(previous)}"
    return Candidate(m.start(), m.end(), "DATE", f"{int(base[:4]) - 1:04d}{base[4:]}", priority=5)


_QUARTER_PERIOD = re.compile(r"(?i)quarter|\bperiod\b")
_YEAR_PERIOD = re.compile(r"(?i)\b(?:nine|six|first\s+\w+)\s+months\b|\b(?:the|full|fiscal|calendar)\s+year\b(?!-)|"
                          r"year-to-date|\bfirst\s+half\b")


def last_period_is_quarter(text: str, pos: int) -> bool:
    """Whether the period an earnings story last spoke of before `pos` is a quarter: "a year earlier"
    after "third-quarter profit" is 1988-Q3, after "for the nine months" it is 1988."""
    quarter = [q.end() for q in _QUARTER_PERIOD.finditer(text, 0, pos)]
    if not quarter:
        return False
    year = [y.end() for y in _YEAR_PERIOD.finditer(text, quarter[-1], pos)]
    return not year


# An amount compared with the same figure last year: "compared with $33 million last year", "from last year's".
_COMPARISON = re.compile(r"(?i)\b(?:compared\s+with|compared\s+to|from|versus|against)\s+(?:[^.;]{0,40}\s)?$")


def year_back_quarter(ctx: Context, start: int) -> bool:
    """Whether "last year" in an earnings comparison means the quarter being reported, a year back:
    "profit rose in the third quarter, compared with $33 million last year" → 1988-Q3."""
    if not (ctx.last_quarter and ctx.last_quarter[:4].isdigit() and ctx.last_quarter[4:6] == "-Q"):
        return False
    if not last_period_is_quarter(ctx.text, start):
        return False
    before = ctx.text[max(0, start - 60):start]
    if re.search(r"(?i)\b(?:this|the|full|fiscal)\s+year\b|\bmonths\b", before):
        return False  # "for this year, up from last year's $3.27": a year against a year
    return bool(_COMPARISON.search(before)) and bool(re.search(r"\$|\d", before))


_DAY_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
                 "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9, "final": -1, "last": -1, "closing": -1}
# "Today is the eighth day of the strike", "It's the second day of an offensive": the day is today.
_TODAY_IS = re.compile(r"(?i)\b(?:today\s+(?:is|was|marks|marked)|it\s*['’]s|it\s+is|this\s+is)\s+\Z")


_DAY_NUMBERS = {"one": 0, "two": 1, "three": 2, "four": 3, "five": 4, "1": 0, "2": 1, "3": 2, "4": 3, "5": 4}
_DAY_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV"}


@rule(rf"(?P<the>(?i:the))\s+(?P<o>(?i:{alternation(_DAY_ORDINALS)}))\s+(?P<unit>(?i:day|morning|afternoon|evening))\b(?!s)|"
      rf"\b(?P<unit2>(?i:day))\s+(?P<n>(?i:{alternation(_DAY_NUMBERS)}))\b(?!\s*(?:[:.)]|of\b))", priority=2)
def day_of_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    """In a report on a meeting held 8-9 October 2009: "the first day" → 2009-10-08, "the second day" → 10-09,
    "day two" → 10-09, "the first morning" → 2009-10-08TMO · "today is the eighth day of the blockade" → the
    document date. A programme's "Day 2:" heading is left to the date written beside it."""
    if ctx.dct is not None and _TODAY_IS.search(ctx.text[max(0, m.start() - 16):m.start()]) \
            and re.match(r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return Candidate(m.start(), m.end(), "DATE", ctx.dct.isoformat(), priority=2)
    if ctx.last_range is None:
        return None
    first, last = ctx.last_range
    n = _DAY_NUMBERS[m.group("n").lower()] if m.group("n") else _DAY_ORDINALS[m.group("o").lower()]
    day = last if n < 0 else first + dt.timedelta(days=n)
    if day > last:
        return None
    part = _DAY_PARTS.get((m.group("unit") or "").lower())
    if part:
        return Candidate(m.start(), m.end(), "TIME", f"{day.isoformat()}{part}", priority=2)
    return Candidate(m.start(), m.end(), "DATE", day.isoformat(), priority=2)


@rule(rf"(?P<the>(?i:the))\s+(?P<y>{YEAR})\s+(?i:quarter|period)\b", priority=5)
def year_quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """In an earnings report on 1989-Q3: "the 1988 quarter", "the 1988 period" → 1988-Q3, the same quarter
    of the year written."""
    q = ctx.last_quarter[4:] if ctx.last_quarter and ctx.last_quarter[4:6] == "-Q" else None
    if q is None:
        if ctx.dct is None:
            return Candidate(m.start(), m.end(), "DATE", m.group("y"), priority=5)
        previous = ctx.dct.replace(day=1) - dt.timedelta(days=80)
        q = f"-Q{quarter(previous)}"
    return Candidate(m.start(), m.end(), "DATE", f"{m.group('y')}{q}", priority=5)


@rule(r"(?P<the>(?i:the)\s+)?(?P<kind>(?i:full|fiscal|calendar))\s+(?i:year)\b(?!\s+(?:ended|ending|ends|to)\b|\s+\d)"
      r"|(?P<end>(?i:year[-\s]end|year's\s+end))\b", priority=3)
def current_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the full year · the fiscal year → the year of the report (1989) · by year-end · by year's end.

    "the fiscal year ended Jan. 31" is left to the span of the date it names.
    """
    if ctx.dct is None:
        return None
    if m.group("kind") and not m.group("the"):
        return None  # "fiscal year 1990" and "a full year" are other rules' business
    year = int(ctx.last_quarter[:4]) if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else ctx.dct.year
    if m.group("end") and re.search(r"(?i)\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()]):
        year -= 1  # "the change is since year-end": the last one
    return Candidate(m.start(), m.end(), "DATE", f"{year:04d}", priority=3, takes_mod="point")

