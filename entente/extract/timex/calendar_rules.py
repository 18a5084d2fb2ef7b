"""Rules for calendar expressions: dates, date ranges, months, years, decades, centuries."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import year_for_month
from entente.extract.timex.core import Candidate, Context, g, rule
from entente.extract.timex.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, cased
from entente.extract.timex.patterns import (
    DASH, DAY, MONTH, RANGE_SEP, SEASON, WEEKDAY, YEAR, YEAR_BARE, YEAR_NOT_AFTER, YEAR_SEP,
)

# A weekday before a full date, its abbreviation with no full stop too: a programme's "TUE 21 OCT", "Mon Oct 20"
WEEKDAY_IN_DATE = rf"(?:{WEEKDAY}|(?:{cased(WEEKDAY_ABBREVIATIONS)})\b)"
# Words after which a bare "May" or "March" is the month, not the modal or the verb.
_MONTH_CUES = re.compile(
    r"(?:\b(?:the|in|of|since|until|till|by|during|last|next|this|early|late|mid|before|after|from|through|"
    r"to|between|and|or|each|every|that|on|for|coming|past)\s+|(?:mid|end|early|late)-)$", re.I)
# Words before a number that make it a label, not a year: "No. 1999", "Room 2010", "Flight 1776".
_LABELS = re.compile(
    r"\b(?:No|Nos|no|number|Number|Room|room|Suite|Box|Flight|flight|Route|Highway|Interstate|page|Page|"
    r"pp|Article|Section|Chapter|Resolution|resolution|Res|model|Model|Boeing|Airbus|Form|Rule|Code|"
    r"Windows|Act|Bill|bill|Order|Directive|Regulation|Law|code|Document|Doc|File|Item|Unit|Apt|extension|ext|"
    r"Ext|Tel|tel|Fax|fax|phone|Phone|call|Call|dial|Dial)\.?\s*$")
# Count nouns a number stands before when it is a quantity, not a year: "2000 troops"; a singular in -s
# ("the 2008 crisis", "1990 census", "1998 congress", "2009 bonus") is no plural, nor a verb ("1998 was").
_COUNT_NOUN = re.compile(
    r"\s+(?!(?:was|is|has|as|this|its|his|us|plus|does|goes|means|remains|seems|looks|marks)\b)"
    r"(?:[a-z]+(?<!u)(?<!s)(?<!si)s|people|"
    r"men|women|children|feet|metres|meters|miles|tons|tonnes|acres|pounds)\b")


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


def resolve_year(ctx: Context, m: re.Match[str], year: str | None, month: int, day: int | None,
                 end: int | None = None) -> int | None:
    """The written year, else the year the document date and the tense point to, else None.
    `end` cuts the span the tense is read for (the first day of "April 24 and 25")."""
    if year:
        return int(year)
    if ctx.dct is None:
        return None
    cue = _DATE_CUE.search(ctx.text, max(0, m.start() - 24), m.start())
    if cue:
        return year_for_month(ctx.dct, month, "future" if cue.group("future") else "past", day)
    tense, firm = ctx.tense(m.start(), end or m.end())
    return year_for_month(ctx.dct, month, tense, day, firm)


# The word before a date that says which side of the document date it lies, whatever the verb's tense:
# "has set Nov. 10 as the deadline" is ahead, "by February", "payable Dec. 1", "holders of record Nov. 3";
# "the year ended Sept. 30", "since March" are behind.
_DATE_CUE = re.compile(
    r"(?i)\b(?:(?P<future>by|until|till|payable|effective|(?:takes?|taking)\s+effect|due|expires?|expiring|deadline\s+(?:of|is)|record)"
    r"|(?P<past>since|ended|ending|ago))\s+(?:on\s+|in\s+)?$")


def _day_range(ctx: Context, m: re.Match[str], m1: int, d1: int, m2: int, d2: int | None) -> Candidate | None:
    year_text = g(m, "y")
    if not year_text and d2 is None:
        pair = _PAIR_YEAR.match(ctx.text, m.end())
        year_text = pair.group("y") if pair else None  # "May 3 and 4, 1985": the year written after the pair
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


_PAIR_YEAR = re.compile(rf"\s+(?:and|or|&)\s+{DAY}{YEAR_SEP}(?P<y>{YEAR})")


def _line_start(text: str, pos: int) -> int:
    """Position of the first word character of the line holding `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    while start < pos and not text[start].isalnum():
        start += 1
    return start


@rule(rf"(?:(?P<wd>{WEEKDAY_IN_DATE}),?\s+)?(?P<m1>{MONTH})\s*(?P<d1>{DAY})"
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


@rule(rf"(?P<m1>{MONTH})\s*(?P<d1>{DAY})\s+(?:and|or|&)\s+(?P<d2>{DAY})(?!\s*(?:%|[-–]|\w))"
      rf"(?:{YEAR_SEP}(?P<y>{YEAR}))?", priority=5)
def second_day_of_pair(m: re.Match[str], ctx: Context) -> Candidate | None:
    """The second day of "April 24 and 25" → 1999-04-25 (the first is month_day_year's)."""
    return _day_of_pair(m, ctx, second_day=True)


@rule(rf"(?P<wd>{WEEKDAY_IN_DATE}),?\s+(?P<d1>{DAY})\s+(?:and|&)\s+(?:{WEEKDAY_IN_DATE}),?\s+(?P<d2>{DAY})\s+(?:of\s+)?"
      rf"(?P<m1>{MONTH})(?:{YEAR_SEP}(?P<y>{YEAR}))?", priority=5)
def first_day_of_pair(m: re.Match[str], ctx: Context) -> Candidate | None:
    """The first day of "Thursday 6 and Friday 7 May 2027" → 2027-05-06 (the second is day_month_year's)."""
    return _day_of_pair(m, ctx, second_day=False)


def _day_of_pair(m: re.Match[str], ctx: Context, *, second_day: bool) -> Candidate | None:
    month, first, second = month_number(m.group("m1")), day_number(m.group("d1")), day_number(m.group("d2"))
    if second <= first:
        return None
    # ("April 24 and 25": the tense read up to the first day, as month_day_year reads the first)
    year = resolve_year(ctx, m, m.group("y"), month, first, end=m.end("d1") if second_day else None)
    value = checked_date(ctx, year, month, second if second_day else first, m)
    span = (m.start("d2"), m.end()) if second_day else (m.start(), m.end("d1"))
    return Candidate(*span, "DATE", value, priority=5) if value else None


@rule(rf"(?:(?P<wd>{WEEKDAY_IN_DATE}),?\s+)?(?:the\s+)?(?P<d1>{DAY})(?:(?P<sep>{RANGE_SEP})(?P<d2>{DAY}))?\s+(?:of\s+)?"
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


@rule(r"(?<![\w/.-])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>[12]\d{3})\b(?![/-]\d)", priority=6)
def slash_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """6/10/2010 · 12/17/1999: month first, as U.S. documents write it; day first where only that reads as a
    date (17/12/1999), or where it is the document's own day within a week and month first is not
    ("Rabat, 03/04/2008 –" in a release of 3 April 2008)."""
    year = int(m.group("y"))
    if not ctx.plausible_year(year):
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 or (b <= 12 and _day_first_nearer(ctx.dct, year, a, b)) else (a, b)
    if month > 12:
        return None
    value = checked_date(ctx, year, month, day, m)
    return Candidate(m.start(), m.end(), "DATE", value, priority=6) if value else None


def _day_first_nearer(dct: dt.date | None, year: int, a: int, b: int) -> bool:
    """Whether a/b/year read day first lies within a week of the document's date and read month first does not.

    >>> _day_first_nearer(dt.date(2008, 4, 3), 2008, 3, 4), _day_first_nearer(dt.date(2008, 3, 4), 2008, 3, 4)
    (True, False)
    """
    def near(month: int, day: int) -> bool:
        try:
            return dct is not None and abs((dt.date(year, month, day) - dct).days) <= 7
        except ValueError:
            return False
    return near(b, a) and not near(a, b)


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


# Matched at an offset, not on a copy of the rest of the text (a copy per year made long texts quadratic).
_NOT_AFTER_YEAR = re.compile(YEAR_NOT_AFTER)
# What follows a time of day on an agenda, not a year: "1930 – 2100", "2000 hrs"
_AGENDA_TIME = re.compile(r"\s*(?:(?:[-–]|\s)\s*[0-2]\d[0-5]\d\b|(?i:hrs?|hours)\b)")


@rule(rf"(?P<fy>(?i:fiscal(?:\s+year)?)\s+|FY\s?)?(?P<y1>{YEAR_BARE})(?:(?P<sep>{DASH}|\s+(?:to|through|until)\s+)(?P<y2>(?:1[0-9]{{3}}|2[0-9]{{3}})\b{YEAR_NOT_AFTER}))?",
      priority=2)
def year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """2009 · fiscal 1989 · FY2010 · 1994-1997 · mid-1996; not "No. 1999", "2000 troops", "S.1524", "0930"."""
    y1 = int(m.group("y1"))
    if not ctx.plausible_year(y1) or (not m.group("y2") and _NOT_AFTER_YEAR.match(ctx.text, m.end()) is None):
        return None
    before = ctx.text[max(0, m.start() - 16):m.start()]
    if _LABELS.search(before) or re.search(r"[A-Za-z]$", before):
        return None
    after = ctx.text[m.end():m.end() + 20]
    if not m.group("y2") and not m.group("fy") and _is_count(ctx, m, before, after):
        return None
    if _AGENDA_TIME.match(after) and y1 % 100 < 60 and not m.group("y2"):
        return None  # an agenda's time: "1930 – 2100" (handled as times), "2000 hrs Dinner hosted by"
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
    """the 1980s → 198 · the early 1990s · the '80s · the late 1970s (mod END) · the nineties → 199.

    A decade is its years' first three digits (a reduced ISO 8601 year), as the TIMEX guidelines and
    TimeBank write it; AQUAINT's "198X" is another spelling of the same decade, not followed.
    """
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


_TENS_WORDS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule(rf"(?:(?P<pm>{MONTH}),?\s+(?:(?i:of)\s+)?|(?P<ts>(?i:the)\s+)?(?P<ps>(?i:{SEASON}))\s+(?i:of)\s+)?"
      rf"(?:(?P<the>(?i:the\s+year)\s+))?(?:(?P<c>(?i:nineteen|eighteen|twenty))(?:\s+hundred)?[\s-]+"
      rf"(?P<rest>(?i:(?:{_TENS_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|oh[\s-](?:{_UNIT_WORDS})))"
      rf"|(?P<k>(?i:two\s+thousand))(?:(?:\s+and)?\s+(?P<krest>(?i:{_UNIT_WORDS}|{_TEEN_WORDS})))?)\b",
      priority=3)
def spelled_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """nineteen ninety-six → 1996 · the year two thousand → 2000 · two thousand and one → 2001 ·
    January nineteen ninety-seven → 1997-01 · the winter of nineteen ninety-four → 1994-WI."""
    from entente.extract.timex.lexicon import SEASONS, number_from_words

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
    value = f"{int(year):04d}"
    if m.group("pm"):
        value += f"-{month_number(m.group('pm')):02d}"
    elif m.group("ps"):
        value += f"-{SEASONS[m.group('ps').lower()]}"
    return Candidate(m.start(), m.end(), "DATE", value, priority=3, takes_mod="point")
