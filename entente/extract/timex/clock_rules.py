"""Rules for times of day: clock times ("10:35 a.m.", "noon Thursday") and agenda times ("0930 – 1050")."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import likely_weekday
from entente.extract.timex.calendar_rules import (
    checked_date, day_number, month_number, resolve_year, weekday_number,
)
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.lexicon import PARTS_OF_DAY
from entente.extract.timex.patterns import CLOCK, DAY, MONTH, TIMEZONE, WEEKDAY, YEAR, YEAR_SEP


@rule(rf"(?P<clock>{CLOCK})(?P<tz>{TIMEZONE})?(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}|(?i:yesterday|today|tomorrow)))?"
      rf"(?:,?\s+(?:on\s+)?(?P<mo>{MONTH})\s*(?P<dy>{DAY})(?:{YEAR_SEP}(?P<yr>{YEAR}))?)?"
      r"|(?P<h>\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+o'clock)?"
      r"\s+in\s+the\s+(?P<p>morning|afternoon|evening)",
      priority=5)
def clock_time(m: re.Match[str], ctx: Context) -> Candidate | None:
    """10:35 a.m. · 9 a.m. Tuesday · 4 a.m. EDT Thursday · noon Thursday · 4 in the morning · 5 p.m. EST Nov. 9 ·
    9.30pm · ten o'clock."""
    if m.group("p"):
        hour_word = m.group("h").lower()
        hour = int(hour_word) if hour_word.isdigit() else _HOUR_WORDS.index(hour_word) + 1
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m.group("p") != "morning" else 0)
        minute = 0
    else:
        clock = m.group("clock").lower().replace(" ", "")
        if clock == "noon" and re.search(r"(?i)\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()]):
            return None  # "high noon": the hour of a showdown, a figure of speech
        if clock in ("noon", "midday"):
            hour, minute = 12, 0
        elif clock == "midnight":
            hour, minute = 0, 0
        elif "o'clock" in clock or "o’clock" in clock:
            word = re.match(r"\d+|[a-z]+", m.group("clock").lower()).group()  # type: ignore[union-attr]
            hour, minute = (int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1), 0
        else:
            nums = re.match(r"(\d+)(?:[:.](\d+))?", clock)
            hour, minute = int(nums.group(1)), int(nums.group(2) or 0)  # type: ignore[union-attr]
            if "p" in clock and hour < 12:
                hour += 12
            elif "a" in clock and hour == 12:
                hour = 0
    word = m.group("wd") if not m.group("p") else None
    if word is None:  # "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)"
        aside = _ASIDE_DAY.match(ctx.text, m.end())
        word = (aside.group("wd") or aside.group("wd2")) if aside else None
    day = _day_of(ctx, m, word)
    if m.group("mo"):  # "5 p.m. EST Nov. 9": the date written after the clock
        month, day_of_month = month_number(m.group("mo")), day_number(m.group("dy"))
        year = resolve_year(ctx, m, m.group("yr"), month, day_of_month)
        day = checked_date(ctx, year, month, day_of_month, m) or day
    return Candidate(m.start(), m.end(), "TIME", f"{day}T{hour:02d}:{minute:02d}", priority=5,
                     takes_mod="amount")


_HOUR_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

# A parenthesis after a clock time (the time elsewhere) naming its day inside or right after it.
_ASIDE_DAY = re.compile(rf"\s*\((?:[^()\n]{{0,30}}?\s)?(?P<wd>{WEEKDAY})\)"
                        rf"|\s*\([^()\n]{{1,30}}\)\s+(?:on\s+)?(?P<wd2>{WEEKDAY})")


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


@rule(rf"(?P<t>{_HHMM})(?P<tz>{TIMEZONE})(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY}|(?i:yesterday|today|tomorrow)))?\b",
      priority=5)
def zoned_hhmm(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Wire-service times: 1400 GMT → T14:00 · 0830 local time Friday. Not the restatement of a clock time
    in brackets ("10:35 a.m. (0735 GMT)"): TimeBank leaves the second writing of one time untagged."""
    if re.search(rf"{CLOCK}(?:{TIMEZONE})?\s*\(\s*$", ctx.text[max(0, m.start() - 40):m.start()]):
        return None
    t = m.group("t")
    return Candidate(m.start(), m.end(), "TIME", f"{_day_of(ctx, m, m.group('wd'))}T{t[:2]}:{t[2:]}", priority=5,
                     takes_mod="amount")


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


@rule(r"(?P<mid>(?i:mid)[-\s]?)?(?P<p>(?i:morning|afternoon|evening|night))\s+(?P<w>(?i:yesterday|today|tomorrow))\b"
      r"|(?P<mid2>(?i:mid)[-\s]?)(?P<p2>(?i:morning|afternoon))\b", priority=5)
def part_of_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """mid-afternoon yesterday → 1989-11-01TAF · evening today · by mid-morning → the day's TMO."""
    part = PARTS_OF_DAY[(m.group("p") or m.group("p2")).lower()]
    return Candidate(m.start(), m.end(), "TIME", f"{_day_of(ctx, m, m.group('w'))}T{part}", priority=5,
                     mod="MID" if m.group("mid") or m.group("mid2") else None)
