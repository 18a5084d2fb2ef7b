"""Rules for calendar expressions: dates, date ranges, months, years, decades, seasons, quarters, clock times."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import likely_weekday, nearest_weekday, nth_weekday, quarter, year_for_month
from entente.extract.timex.core import Candidate, Context, g, rule
from entente.extract.timex.lexicon import (
    FIXED_HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, ORDINALS, SEASONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS,
    WEEKDAY_HOLIDAYS, alternation,
)
from entente.extract.timex.patterns import (
    CLOCK, DASH, DAY, MONTH, RANGE_SEP, SEASON, TIMEZONE, WEEKDAY, YEAR, YEAR_BARE, YEAR_NOT_AFTER, YEAR_SEP,
)

# Words after which a bare "May" or "March" is the month, not the modal or the verb.
_MONTH_CUES = re.compile(
    r"(?:\b(?:the|in|of|since|until|till|by|during|last|next|this|early|late|mid|before|after|from|through|"
    r"to|between|and|or|each|every|that|on|for|coming|past)\s+|mid-)$", re.I)
# Words before a number that make it a label, not a year: "No. 1999", "Room 2010", "Flight 1776".
_LABELS = re.compile(
    r"\b(?:No|Nos|no|number|Number|Room|room|Suite|Box|Flight|flight|Route|Highway|Interstate|page|Page|"
    r"pp|Article|Section|Chapter|Resolution|resolution|Res|model|Model|Boeing|Airbus|Form|Rule|Code|"
    r"Windows|Act|Bill|bill|Order|Directive|Regulation|Law|code|Document|Doc|File|Item|Unit|Apt|extension|ext|"
    r"Ext|Tel|tel|Fax|fax|phone|Phone|call|Call|dial|Dial)\.?\s*$")
# Count nouns a number stands before when it is a quantity, not a year: "2000 troops".
_COUNT_NOUN = re.compile(
    r"\s+(?:[a-z]+(?<!was)(?<!is)(?<!has)(?<!as)(?<!this)(?<!its)(?<!his)(?<!us)(?<!plus)s|people|"
    r"men|women|children|feet|metres|meters|miles|tons|tonnes|acres|pounds)\b")
_SEASON_CUES = re.compile(r"\b(?:in|during|this|last|next|the|early|late|mid|each|every|of|since|until|by)\s+$",
                          re.I)


def _is_count(ctx: Context, m: re.Match[str], before: str, after: str) -> bool:
    """Whether a year-like number counts things: "2000 troops" yes, "in 2000 prices rose" and "post-1959" no."""
    if ctx.doc is not None:
        span = ctx.doc.char_span(m.start("y1"), m.end("y1"))
        if span is not None and len(span) == 1:
            return span[0].dep_ == "nummod" and span[0].head.tag_ == "NNS"
    if before.endswith("-") or _TIME_PREPOSITION.search(before):
        return False
    return bool(_COUNT_NOUN.match(after))


_TIME_PREPOSITION = re.compile(r"(?i)\b(?:in|since|by|from|until|till|before|after|during|through|"
                               r"early|late|mid|spring|summer|fall|autumn|winter)\s+$")


def month_number(word: str) -> int:
    """'Dec.' → 12, 'OCTOBER' → 10."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS[w]


def day_number(word: str) -> int:
    """'9th' → 9, '08' → 8."""
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w) or WEEKDAY_ABBREVIATIONS[w]


def checked_date(ctx: Context, year: int | None, month: int, day: int, m: re.Match[str]) -> str | None:
    """ISO value of a day, or None with a warning on the document when no such day exists."""
    try:
        dt.date(year or 2000, month, day)  # a leap year stands in for a missing one
    except ValueError:
        ctx.messages.append(f'invalid date "{m.group().strip()}" at {m.start()}')
        ctx.rejected.append((m.start(), m.end()))
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def resolve_year(ctx: Context, m: re.Match[str], year: str | None, month: int, day: int | None) -> int | None:
    """The written year, else the year the document date and the tense point to, else None."""
    if year:
        return int(year)
    if ctx.dct is None:
        return None
    tense, firm = ctx.tense(m.start(), m.end())
    return year_for_month(ctx.dct, month, tense, day, firm)


def _day_range(ctx: Context, m: re.Match[str], m1: int, d1: int, m2: int, d2: int | None) -> Candidate | None:
    year_text = g(m, "y")
    if year_text and not ctx.plausible_year(int(year_text)):
        ctx.rejected.append((m.start(), m.end()))
        return None
    year = resolve_year(ctx, m, year_text, m1, d1)
    first = checked_date(ctx, year, m1, d1, m)
    if first is None:
        return None
    cand = Candidate(m.start(), m.end(), "DATE", first, priority=5, takes_mod="point")
    if d2 is not None:
        year2 = year + 1 if year and (m2, d2) < (m1, d1) else year
        last = checked_date(ctx, year2, m2, d2, m)
        if last is None or (m2, d2) == (m1, d1):
            return None
        cand.range_end = last
        cand.split = (m.start("sep"), m.end("sep"))
        if year:
            ctx.last_range = (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    if year:
        ctx.reference = dt.date.fromisoformat(first)
        if g(m, "wd") and m.start() == _line_start(ctx.text, m.start()):
            ctx.agenda_day = ctx.reference
    return cand


def _line_start(text: str, pos: int) -> int:
    """Position of the first word character of the line holding `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and not text[start].isalnum():
        start += 1
    return start


@rule(rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m1>{MONTH})\s*(?P<d1>{DAY})"
      rf"(?:(?P<sep>{RANGE_SEP})(?:(?P<m2>{MONTH})\s*)?(?P<d2>{DAY}))?(?:{YEAR_SEP}(?P<y>{YEAR}))?(?!\s*%|:\d)",
      priority=5)
def month_day_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """June 10, 2010 · Dec. 17, 1999 · Friday, Dec. 17, 1999 · October 8-9, 2009 · June 7–10 · Sept. 30."""
    m1 = month_number(m.group("m1"))
    m2 = month_number(m.group("m2")) if m.group("m2") else m1
    d2 = day_number(m.group("d2")) if m.group("d2") else None
    if m1 == 5 and not m.group("y") and not m.group("wd") and _modal_may(ctx, m):
        return None
    return _day_range(ctx, m, m1, day_number(m.group("d1")), m2, d2)


@rule(rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d1>{DAY})(?:(?P<sep>{RANGE_SEP})(?P<d2>{DAY}))?\s+(?:of\s+)?"
      rf"(?P<m1>{MONTH})(?:(?P<sep2>{RANGE_SEP})(?P<d3>{DAY})\s+(?P<m2>{MONTH}))?(?:{YEAR_SEP}(?P<y>{YEAR}))?",
      priority=5)
def day_month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """10 June 2010 · 8-9 October 2009 · THURSDAY, 08 OCTOBER · 24 September 2009 · 31 October – 2 November."""
    m1 = month_number(m.group("m1"))
    if m.group("m2"):  # "31 October – 2 November 2009"
        cand = _day_range(ctx, m, m1, day_number(m.group("d1")), month_number(m.group("m2")),
                          day_number(m.group("d3")))
        if cand:
            cand.split = (m.start("sep2"), m.end("sep2"))
        return cand
    d2 = day_number(m.group("d2")) if m.group("d2") else None
    return _day_range(ctx, m, m1, day_number(m.group("d1")), m1, d2)


def _modal_may(ctx: Context, m: re.Match[str]) -> bool:
    """Whether "May 5" is really "may" + a number ("they May 5 ..." never occurs; the parse decides)."""
    return ctx.pos_at(m.start()) in ("AUX", "VERB")


@rule(r"(?<![\w/.-])(?P<y>[12]\d{3})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?\b",
      priority=6)
def iso_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """2010-06-10 · 2009-10-08T09:30."""
    year = int(m.group("y"))
    if not ctx.plausible_year(year):
        return None
    value = checked_date(ctx, year, int(m.group("m")), int(m.group("d")), m)
    if value is None:
        return None
    ctx.reference = dt.date.fromisoformat(value)
    if m.group("hh"):
        return Candidate(m.start(), m.end(), "TIME", f"{value}T{m.group('hh')}:{m.group('mm')}", priority=6)
    return Candidate(m.start(), m.end(), "DATE", value, priority=6)


@rule(r"(?<![\w/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>[12]\d{3})\b(?![/-]\d)", priority=6)
def slash_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """6/10/2010 · 12/17/1999 (month first, as U.S. documents write it)."""
    year = int(m.group("y"))
    if not ctx.plausible_year(year):
        return None
    value = checked_date(ctx, year, int(m.group("m")), int(m.group("d")), m)
    return Candidate(m.start(), m.end(), "DATE", value, priority=6) if value else None


@rule(rf"(?P<m1>{MONTH})(?:(?P<sep>{RANGE_SEP})(?P<m2>{MONTH}))?(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>{YEAR}))?",
      priority=3)
def month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """March 2010 · March · from March to May 2010 · December 2010 · "in March" (the March the tense points to)."""
    m1 = month_number(m.group("m1"))
    word = m.group("m1").lower()
    if not m.group("y") and not m.group("m2"):
        if word.rstrip(".") in MONTH_ABBREVIATIONS:
            return None
        if word in ("may", "march") and (ctx.pos_at(m.start()) in ("AUX", "VERB")
                                         or not _MONTH_CUES.search(ctx.text, max(0, m.start() - 12), m.start())):
            return None
    year_text = g(m, "y")
    if year_text and not ctx.plausible_year(int(year_text)):
        ctx.rejected.append((m.start(), m.end()))
        return None
    if m.group("m2"):
        m2 = month_number(m.group("m2"))
        if year_text:
            y2 = int(year_text)
            y1 = y2 - 1 if m2 < m1 else y2
        else:
            y1 = resolve_year(ctx, m, None, m1, None)
            y2 = y1 + 1 if y1 and m2 < m1 else y1
        start = f"{y1:04d}-{m1:02d}" if y1 else f"XXXX-{m1:02d}"
        end = f"{y2:04d}-{m2:02d}" if y2 else f"XXXX-{m2:02d}"
        return Candidate(m.start(), m.end(), "DATE", start, range_end=end, priority=3,
                         split=(m.start("sep"), m.end("sep")), takes_mod="point")
    year = resolve_year(ctx, m, year_text, m1, None)
    value = f"{year:04d}-{m1:02d}" if year else f"XXXX-{m1:02d}"
    return Candidate(m.start(), m.end(), "DATE", value, priority=3, takes_mod="point")


@rule(rf"(?P<fy>(?i:fiscal(?:\s+year)?)\s+|FY\s?)?(?P<y1>{YEAR_BARE})(?:(?P<sep>{DASH}|\s+(?:to|through|until)\s+)(?P<y2>(?:1[0-9]{{3}}|2[0-9]{{3}})\b{YEAR_NOT_AFTER}))?",
      priority=2)
def year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """2009 · fiscal 1989 · FY2010 · 1994-1997 · mid-1996; not "No. 1999", "2000 troops", "S.1524", "0930"."""
    y1 = int(m.group("y1"))
    if not ctx.plausible_year(y1) or (not m.group("y2") and re.match(YEAR_NOT_AFTER, ctx.text[m.end():]) is None):
        return None
    before = ctx.text[max(0, m.start() - 16):m.start()]
    if _LABELS.search(before) or re.search(r"[A-Za-z]$", before):
        return None
    after = ctx.text[m.end():m.end() + 20]
    if not m.group("y2") and not m.group("fy") and _is_count(ctx, m, before, after):
        return None
    if re.match(r"\s*(?:[-–]|\s)\s*[0-2]\d[0-5]\d\b", after) and y1 % 100 < 60 and not m.group("y2"):
        return None  # an agenda time span "1930 – 2100", handled as times
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if not (y1 < y2 and ctx.plausible_year(y2)):
            return None
        return Candidate(m.start(), m.end(), "DATE", f"{y1:04d}", range_end=f"{y2:04d}", priority=2,
                         split=(m.start("sep"), m.end("sep")))
    return Candidate(m.start(), m.end(), "DATE", f"{y1:04d}", priority=2, takes_mod="point")


@rule(r"(?P<the>(?i:the)\s+)?(?P<mid>(?i:early|late|mid)[-\s])?(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|'(?P<s>\d)0s)\b"
      r"|(?P<the2>(?i:the)\s+)(?P<w>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
      priority=4)
def decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the 1980s → 198 · the early 1990s · the '80s · the late 1970s (mod END) · the nineties → 199."""
    if m.group("w"):
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[m.group("w").lower()]
        value = f"19{tens}"
    elif m.group("s"):
        value = f"19{m.group('s')}"
    else:
        value = f"{m.group('c')}{m.group('d')}"
        if not ctx.plausible_year(int(value) * 10 + 9):
            return None
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m.group("mid") or "").strip(" -").lower())
    return Candidate(m.start(), m.end(), "DATE", value, mod=mod, priority=4, takes_the=True, takes_mod="point")


@rule(r"(?P<the>(?i:the)\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+(?i:century)"
      r"|(?P<the2>(?i:the)\s+)?(?P<w>(?i:nineteenth|twentieth|twenty-first|eighteenth))[\s-]+(?i:century)",
      priority=4)
def century(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the 20th century → 19 · the twenty-first century → 20."""
    n = int(m.group("n")) if m.group("n") else {"eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                                                 "twenty-first": 21}[m.group("w").lower()]
    if not 1 <= n <= 22:
        return None
    return Candidate(m.start(), m.end(), "DATE", f"{n - 1:02d}", priority=4, takes_the=True, takes_mod="point")


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


@rule(rf"(?:(?P<y0>{YEAR})(?:'s)?\s+|(?P<rel0>(?i:this|last|next)\s+year's\s+))?(?:(?i:fiscal)[\s-]+)?"
      rf"(?P<o>(?i:{_ORDINAL_QUARTER}))[\s-]+(?:(?i:fiscal)[\s-]+)?(?P<u>(?i:quarter|half))\b"
      rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next))\s+year))?"
      rf"|\b(?P<q>Q[1-4])\s+(?P<y2>{YEAR})",
      priority=4)
def ordinal_quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the third quarter → 1989-Q3 · third-quarter · the first half of 2010 → 2010-H1 · Q3 2009."""
    if m.group("q"):
        return Candidate(m.start(), m.end(), "DATE", f"{m.group('y2')}-{m.group('q')}", priority=4)
    n = ORDINALS[m.group("o").lower()]
    half = m.group("u").lower() == "half"
    if half and n > 2:
        return None
    year_text = m.group("y") or m.group("y0")
    rel = (m.group("rel") or m.group("rel0") or "").strip().split(" ")[0].lower()
    if year_text:
        year: int | None = int(year_text)
    elif ctx.dct is None:
        year = None
    else:
        year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        current = quarter(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2)
        if not rel and n > current and ctx.direction(m.start(), m.end()) != "future":
            year -= 1
    label = f"H{n}" if half else f"Q{n}"
    hyphenated = "-" in ctx.text[m.end("o"):m.start("u")]
    value = f"{year:04d}-{label}" if year else f"XXXX-{label}"
    if not half:
        ctx.last_quarter = value
    return Candidate(m.start(), m.end(), "DATE", value, priority=4, takes_the=not hyphenated, takes_mod="point")


@rule(rf"(?P<clock>{CLOCK})(?P<tz>{TIMEZONE})?(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}|(?i:yesterday|today|tomorrow)))?"
      r"|(?P<h>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+o'clock)?"
      r"\s+in\s+the\s+(?P<p>morning|afternoon|evening)",
      priority=5)
def clock_time(m: re.Match[str], ctx: Context) -> Candidate | None:
    """10:35 a.m. · 9 a.m. Tuesday · 4 a.m. EDT Thursday · noon Thursday · 4 in the morning."""
    if m.group("p"):
        words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        hour_word = m.group("h").lower()
        hour = int(hour_word) if hour_word.isdigit() else words.index(hour_word) + 1
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m.group("p") != "morning" else 0)
        minute = 0
    else:
        clock = m.group("clock").lower().replace(" ", "")
        if clock in ("noon", "midday"):
            hour, minute = 12, 0
        elif clock == "midnight":
            hour, minute = 0, 0
        else:
            nums = re.match(r"(\d+)(?::(\d+))?", clock)
            hour, minute = int(nums.group(1)), int(nums.group(2) or 0)  # type: ignore[union-attr]
            if "p" in clock and hour < 12:
                hour += 12
            elif "a" in clock and hour == 12:
                hour = 0
    day = _day_of(ctx, m, m.group("wd") if not m.group("p") else None)
    return Candidate(m.start(), m.end(), "TIME", f"{day}T{hour:02d}:{minute:02d}", priority=5,
                     takes_mod="amount")


def _day_of(ctx: Context, m: re.Match[str], word: str | None) -> str:
    """The day a clock time belongs to: its weekday or deictic word, else the document date."""
    base = ctx.dct
    if base is None:
        return "XXXX-XX-XX"
    if not word:
        return (ctx.reference if ctx.reference and ctx.reference <= base else base).isoformat()
    w = word.lower().rstrip(".")
    if w in ("yesterday", "today", "tomorrow"):
        return (base + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[w])).isoformat()
    return likely_weekday(base, weekday_number(word), *ctx.tense(m.start(), m.end())).isoformat()


_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"


@rule(rf"(?m)^[ \t>*#-]*(?P<t1>{_HHMM})(?:(?P<sep>\s*[-–—]\s*)(?P<t2>{_HHMM}))?(?=\s)", priority=7)
def agenda_time(m: re.Match[str], ctx: Context) -> Candidate | None:
    """In an agenda under "THURSDAY, 08 OCTOBER": "0930 – 1050" → 2009-10-08T09:30 to T10:50."""
    if not ctx.settings.resolve_agenda_times:
        return None
    day = ctx.agenda_day
    if day is None and not (m.group("t2") or m.group("t1").startswith("0")):
        return None
    stamp = day.isoformat() if day else "XXXX-XX-XX"
    t1 = m.group("t1")
    start = m.start("t1")
    value = f"{stamp}T{t1[:2]}:{t1[2:]}"
    if m.group("t2"):
        t2 = m.group("t2")
        if t2 <= t1:
            return None
        return Candidate(start, m.end(), "TIME", value, range_end=f"{stamp}T{t2[:2]}:{t2[2:]}", priority=7,
                         split=(m.start("sep"), m.end("sep")))
    return Candidate(start, m.end(), "TIME", value, priority=7)


_HOLIDAYS: dict[str, tuple[int, ...]] = {**FIXED_HOLIDAYS, **WEEKDAY_HOLIDAYS, "election day": (11, 2, 1)}


@rule(rf"(?P<h>(?i:{alternation(_HOLIDAYS)}))\b(?:,?\s+(?P<y>{YEAR}))?", priority=4)
def holiday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Christmas · New Year's Day 2000 · Thanksgiving Day → the fourth Thursday of November."""
    if not m.group("h")[0].isupper():
        return None
    name = re.sub(r"\s+", " ", m.group("h").lower())
    if name == "election day":  # the Tuesday after the first Monday of November
        year_ = int(m.group("y")) if m.group("y") else resolve_year(ctx, m, None, 11, 5)
        if year_ is None:
            return Candidate(m.start(), m.end(), "DATE", "XXXX-11-XX", priority=4)
        return Candidate(m.start(), m.end(), "DATE",
                         (nth_weekday(year_, 11, 1, 1) + dt.timedelta(days=1)).isoformat(), priority=4)
    rule_ = _HOLIDAYS[name]
    month = rule_[0]
    if m.group("y"):
        year: int | None = int(m.group("y"))
    else:
        year = resolve_year(ctx, m, None, month, 28 if len(rule_) == 3 else rule_[1])
    if year is None:
        return Candidate(m.start(), m.end(), "DATE", "XXXX-XX-XX", priority=4)
    day = nth_weekday(year, *rule_) if len(rule_) == 3 else dt.date(year, month, rule_[1])  # type: ignore[arg-type]
    return Candidate(m.start(), m.end(), "DATE", day.isoformat(), priority=4)


_TENS_WORDS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule(rf"(?:(?P<the>(?i:the\s+year)\s+))?(?:(?P<c>(?i:nineteen|eighteen|twenty))(?:\s+hundred)?[\s-]+"
      rf"(?P<rest>(?i:(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|oh[\s-](?:{_UNIT_WORDS})))"
      rf"|(?P<k>(?i:two\s+thousand))(?:(?:\s+and)?\s+(?P<krest>(?i:{_UNIT_WORDS}|{_TEEN_WORDS})))?)\b",
      priority=3)
def spelled_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """nineteen ninety-six → 1996 · the year two thousand → 2000 · two thousand and one → 2001."""
    from entente.extract.timex.lexicon import number_from_words

    if m.group("k"):
        if not m.group("the") and not m.group("krest"):
            return None  # "two thousand troops"
        year = 2000 + (number_from_words(m.group("krest")) or 0 if m.group("krest") else 0)
    else:
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group("c").lower()]
        rest = re.sub(r"(?i)^oh[\s-]", "", m.group("rest"))
        tail = number_from_words(rest)
        if tail is None:
            return None
        year = century * 100 + int(tail)
    if not ctx.plausible_year(int(year)):
        return None
    return Candidate(m.start(), m.end(), "DATE", f"{int(year):04d}", priority=3, takes_mod="point")


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
    base = ctx.last_quarter if ctx.last_quarter and ctx.last_quarter[:4].isdigit() else None
    if base is None:
        previous = ctx.dct.replace(day=1) - dt.timedelta(days=80)
        base = f"{previous.year:04d}-Q{quarter(previous)}"
    if m.group("rel"):
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


_DAY_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4,
                 "final": -1, "last": -1, "closing": -1}


@rule(rf"(?P<the>(?i:the))\s+(?P<o>(?i:{alternation(_DAY_ORDINALS)}))\s+(?i:day)\b(?!s)", priority=2)
def day_of_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    """In a report on a meeting held 8-9 October 2009: "the first day" → 2009-10-08, "the second day" → 10-09."""
    if ctx.last_range is None:
        return None
    first, last = ctx.last_range
    n = _DAY_ORDINALS[m.group("o").lower()]
    day = last if n < 0 else first + dt.timedelta(days=n)
    if day > last:
        return None
    return Candidate(m.start(), m.end(), "DATE", day.isoformat(), priority=2)
