"""Rules for relative and anaphoric expressions and durations: today, last week, three months ago, P4D
(sets are in set_rules)."""

from __future__ import annotations

import datetime as dt
import re

from entente.extract.timex.anchor import at_granularity, iso_week, likely_weekday, nearest_weekday, shift
from entente.extract.timex.calendar_rules import month_number, weekday_number
from entente.extract.timex.core import Candidate, Context, rule
from entente.extract.timex.durations import amount_of, duration_value, unit_code
from entente.extract.timex.period_rules import last_period_is_quarter, year_back_quarter
from entente.extract.timex.lexicon import PARTS_OF_DAY, PRESENT_DAY_NOUNS, UNITS, VAGUE_QUANTITIES
from entente.extract.timex.patterns import (
    MONTH, NUMBER, PART_OF_DAY, SEASON, UNIT, UNIT_PLURAL, WEEKDAY, WORD_NUMBER,
)

I = "(?i:{})".format  # case-insensitive piece of an otherwise case-sensitive pattern


# --- deictic days and parts of day --------------------------------------------------------------


@rule(r"(?:(?P<pre>(?i:earlier|later))\s+|(?P<two>(?i:the\s+day\s+(?:before|after)))\s+)?"
      r"(?:\b(?P<w>(?i:yesterday|today|tomorrow|tonight))\b"
      r"(?:\s+(?P<p>(?i:morning|afternoon|evening|night)))?"
      r"|\b(?P<this>(?i:this|last))\s+(?P<p2>(?i:morning|afternoon|evening|night))\b)", priority=4)
def deictic_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """today · yesterday · tomorrow · tonight · this morning · last night · yesterday afternoon ·
    later today and earlier this afternoon (the adverb joins the span, the value stays the day's) ·
    the day before yesterday → two days back · the day after tomorrow."""
    if m.group("w"):
        word = m.group("w").lower()
        if word == "today" and not m.group("p") and _present_day(ctx.text, m.end()):
            return None
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
        if m.group("two"):
            step = 1 if "after" in m.group("two").lower() else -1
            if offset != step:
                return None  # "the day before tomorrow" is nobody's way of saying today
            offset += step
        part = PARTS_OF_DAY[m.group("p").lower()] if m.group("p") else ("NI" if word == "tonight" else None)
    else:
        last = m.group("this").lower() == "last"
        part = PARTS_OF_DAY[m.group("p2").lower()]
        if last and part != "NI":
            return None
        offset = -1 if last else 0
    day = (ctx.dct + dt.timedelta(days=offset)).isoformat() if ctx.dct else None
    if part:
        return Candidate(m.start(), m.end(), "TIME", f"{day or 'XXXX-XX-XX'}T{part}", priority=4,
                         takes_mod="point")
    return Candidate(m.start(), m.end(), "DATE", day or "PRESENT_REF" if offset == 0 else day or "XXXX-XX-XX",
                     priority=4, takes_mod="point")


_POSSESSIVE_NOUN = re.compile(r"['’]s\s+([\w-]+)")


def _present_day(text: str, end: int) -> bool:
    """Whether "today" ending at `end` is the possessive of the present age: "today's youth", "in
    today's world" (not "today's editions")."""
    m = _POSSESSIVE_NOUN.match(text, end)
    return bool(m) and m.group(1).lower() in PRESENT_DAY_NOUNS


@rule(rf"(?:(?P<rel>{I('this coming|this past|last|this|next|coming|past|on')})\s+)?(?P<wd>{WEEKDAY})"
      rf"(?:\s+(?P<p>{I(PART_OF_DAY)}))?\b", priority=3)
def weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Friday · last Friday · next Tuesday · this coming Monday · Thursday morning → the date the tense
    points to."""
    rel = re.sub(r"^this\s+(?=coming|past)", "", (m.group("rel") or "").lower())
    start = m.start() if rel not in ("on", "") else m.start("wd")
    if ctx.dct is None:
        value = f"XXXX-WXX-{weekday_number(m.group('wd'))}"
    else:
        # "Wednesday's ruling" names an event of its own: the tense of the clause around it says nothing.
        possessive = re.match(r"['’]s\b", ctx.text[m.end():m.end() + 3])
        tense, firm = (None, False) if possessive else ctx.tense(m.start(), m.end())
        direction = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel) or tense
        base = ctx.dct
        if rel in ("last", "past"):
            base = base - dt.timedelta(days=1)
        elif rel in ("next", "coming"):
            base = base + dt.timedelta(days=1)
        if rel in ("last", "past", "next", "coming"):
            value = nearest_weekday(base, weekday_number(m.group("wd")), direction).isoformat()  # type: ignore[arg-type]
        else:
            value = likely_weekday(base, weekday_number(m.group("wd")), direction, firm).isoformat()
    if m.group("p"):
        return Candidate(start, m.end(), "TIME", f"{value}T{PARTS_OF_DAY[m.group('p').lower()]}", priority=3,
                         takes_mod="point")
    return Candidate(start, m.end(), "DATE", value, priority=3, takes_mod="point")


# --- relative weeks, months, years --------------------------------------------------------------

_REL_WORDS = I(r"last|this\s+past|this\s+coming|this|next|coming|past|previous|current|following|same|latest|"
                r"recent|prior")
_REL_MONTH_WORDS = I(r"last|this\s+past|this|next|coming|past")
_REL_UNIT = I("week|weekend|month|year|quarter|decade|century|fiscal\\s+year")


@rule(rf"(?P<the>{I('the')}\s+)?(?:(?P<pre>{I('earlier|later')})\s+)?(?P<rel>{_REL_WORDS})"
      rf"\s+(?P<u>{_REL_UNIT})\b(?!-)", priority=3)
def relative_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """last year → 2009 · this week → 2010-W23 · next month · earlier this year · the latest quarter."""
    if m.group("rel")[0].isupper() and m.group("u")[0].isupper() \
            and _MID_SENTENCE.search(ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # ABC's "This Week", "Next Year in Jerusalem": a title, not a time
    rel = re.sub(r"^this\s+", "", re.sub(r"\s+", " ", m.group("rel").lower())) if " " in m.group("rel") \
        else m.group("rel").lower()
    unit_word = re.sub(r"\s+", " ", m.group("u").lower())
    unit = "Y" if unit_word == "fiscal year" else UNITS[unit_word]
    the = bool(m.group("the"))
    if the and rel in ("past", "last", "next", "coming", "following") and unit in ("DE", "CE"):
        return Candidate(m.start(), m.end(), "DURATION", duration_value(1, unit), priority=3, takes_mod="amount")
    if rel in ("same", "following", "prior", "recent") and not the:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    if unit == "Q" and rel in ("latest", "last", "past", "previous", "recent"):
        step = -1
    if ctx.dct is None:
        value = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[step]
        return Candidate(m.start(), m.end(), "DATE", value, priority=3, takes_mod="point")
    if unit == "WE":
        value = _weekend(ctx.dct, step, ctx.direction(m.start(), m.end()))
    else:
        value = at_granularity(shift(ctx.dct, step, unit), unit)
    if (unit, step, the) == ("Y", -1, False) and year_back_quarter(ctx, m.start()):
        value = f"{int(ctx.last_quarter[:4]) - 1:04d}{ctx.last_quarter[4:]}"  # type: ignore[index]
    if unit == "Q":
        ctx.last_quarter = value
    # "the following year", "the same month", "the previous week" count from the last date mentioned.
    anaphor = (step, unit, "") if rel in _ANAPHORIC_RELS and unit in ("W", "M", "Q", "Y") else None
    return Candidate(m.start(), m.end(), "DATE", value, priority=3, takes_mod="point", anaphor=anaphor)


_MID_SENTENCE = re.compile(r"[\w,'’]\s*[\"“‘']?\s*\Z")
_ANAPHORIC_RELS = frozenset({"following", "same", "previous", "prior"})


def _weekend(dct: dt.date, step: int, direction: str | None) -> str:
    """The ISO week of the weekend meant: "last weekend", "this weekend", "the weekend" (by tense).

    "over the weekend" is that date, 1998-W33-WE, as TimeBank annotates it, not AQUAINT's length P2D:
    it says when, not how long.
    """
    saturday = nearest_weekday(dct, 6, "past" if step < 0 or (step == 0 and direction == "past") else "future")
    if step < 0 and saturday == dct:
        saturday -= dt.timedelta(days=7)
    if step > 0 and saturday == dct:
        saturday += dt.timedelta(days=7)
    return iso_week(saturday) + "-WE"


@rule(rf"(?P<when>{I('earlier|later')}\s+in\s+)?(?P<the>{I('the')}\s+)(?P<u>{I('weekend|week|month|year|quarter|period|decade')})\b(?!-|\s+\d|\s+(?:two|one)\b|\s+(?:of|before|after|ahead|to|in|that|when|for)\b)",
      priority=1)
def anaphoric_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """the weekend · the quarter · the week · the year · the end of the decade: the one the document is
    about, by its date."""
    unit = m.group("u").lower()
    if ctx.dct is None:
        return None
    if unit == "weekend":
        value = _weekend(ctx.dct, 0, ctx.direction(m.start(), m.end()))
    elif unit in ("quarter", "period"):
        if unit == "period" and not ctx.last_quarter:
            return None
        value = ctx.last_quarter or at_granularity(shift(ctx.dct, -3, "M"), "Q")
    elif unit == "year":
        # "for the year" and "the year ended Sept. 30" are mostly a span of a year in news; "the end of
        # the year", "the first nine months of the year" and "earlier in the year" a particular year.
        if m.group("when") or re.search(r"(?i)\bof\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
            value = ctx.last_quarter[:4] if ctx.last_quarter else f"{ctx.dct.year:04d}"
            if m.group("when"):
                mod = "START" if m.group("when").lower().startswith("earlier") else "END"
                return Candidate(m.start(), m.end(), "DATE", value, mod=mod, priority=1)
        else:
            return Candidate(m.start(), m.end(), "DURATION", "P1Y", priority=1)
    elif unit == "decade":
        if not re.search(r"(?i)\bof\s+$", ctx.text[max(0, m.start() - 4):m.start()]):
            return None  # "the decade" alone is mostly a span ("in the decade since"); "end of the decade" a date
        value = at_granularity(ctx.dct, "DE")
    elif unit == "month":
        value = at_granularity(ctx.dct, "M")
    else:
        value = iso_week(ctx.dct)
    return Candidate(m.start(), m.end(), "DATE", value, priority=1, takes_mod="point")


@rule(rf"(?P<rel>{_REL_MONTH_WORDS})\s+(?:(?P<m>{MONTH})|(?P<s>{I(SEASON)}))\b", priority=3)
def relative_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    """last November · this September · next May · last fall (seasons are in the calendar rules)."""
    if m.group("s"):
        return None
    month = month_number(m.group("m"))
    rel = m.group("rel").lower().split()[-1]
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", priority=3, takes_mod="point")
    year = ctx.dct.year
    if rel in ("last", "past") and month >= ctx.dct.month:
        year -= 1
    elif rel in ("next", "coming") and month <= ctx.dct.month:
        year += 1
    return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}", priority=3, takes_mod="point")


@rule(rf"(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>{I('this|last|next')})\s+year\b", priority=4)
def month_of_relative_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """January this year · June last year · March of next year."""
    month = month_number(m.group("m"))
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", f"XXXX-{month:02d}", priority=4)
    year = ctx.dct.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{month:02d}", priority=4, takes_mod="point")


_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+$")


def _is_duration(text: str, m: re.Match[str], unit: str) -> bool:
    """False for counts that only look like durations: "a second group", "three-quarters of its food",
    "the 1988 quarter" (a year, not 1,988 quarters), a month's day before a name ("the June 23 Second Berlin
    Conference": June 23, not 23 seconds)."""
    after = text[m.end():m.end() + 12]
    if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    n_text = m.group("n").lower()
    if unit == "S" and n_text in ("a", "an") and re.match(r"\s+[a-z]", after) \
            and not re.match(r"\s+(?:or|and|to|of|later|earlier|before|after|ago|in|for)\b", after):
        return False  # an ordinal: "a second betrayal"
    if unit == "Q" and re.match(r"\s+of\b", after):
        return False  # a fraction: "three-quarters of", "a quarter of the market"
    return not re.fullmatch(r"\d{4}", n_text)


# --- "three months ago", durations --------------------------------------------------------------

_AGO = I("ago|earlier|later|back|from\\s+now|hence")


@rule(rf"\b(?P<n>{I(NUMBER)})[\s-]+(?P<u>{I(UNIT_PLURAL + '|' + UNIT)})(?:\s+or\s+so)?\s+(?P<dir>{_AGO})\b"
      rf"(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)", priority=5)
def offset_from_now(m: re.Match[str], ctx: Context) -> Candidate | None:
    """three months ago → 2010-03 · a year earlier · 11 days ago · two weeks ago · several years ago → PAST_REF."""
    amount = amount_of(m.group("n"))
    unit = unit_code(m.group("u"))
    if unit in ("H", "MIN", "S"):
        return None  # "an hour later" is a duration and a signal in TimeML, not a date
    if re.match(r"\s+[A-Z]\w+\b", ctx.text[m.end():m.end() + 20]) and not _SENTENCE_START.search(
            ctx.text[max(0, m.start() - 4):m.start()]):
        return None  # "two years before Kennedy"-like: a span before a name, not a date; a sentence may open so
    
    later = m.group("dir").lower().split()[0] in ("later", "from", "hence", "after")
    if m.group("dir").lower() in ("later", "earlier") and unit in ("D", "W", "M"):
        # "three days later": TimeML reads a duration and a signal, measured from an event, not a date.
        return Candidate(m.start(), m.end("u"), "DURATION", duration_value(amount, unit), priority=5,
                         takes_mod="amount")
    if amount is None or not float(amount).is_integer():
        return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF" if later else "PAST_REF", priority=5,
                         takes_mod="amount")
    if ctx.dct is None:
        return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF" if later else "PAST_REF", priority=5,
                         takes_mod="amount")
    step = int(amount) * (1 if later else -1)
    if unit in ("Y",) and abs(step) == 1 and ctx.last_quarter and ctx.last_quarter[:4].isdigit() and \
            last_period_is_quarter(ctx.text, m.start()):
        year = int(ctx.last_quarter[:4]) + step
        return Candidate(m.start(), m.end(), "DATE", f"{year}{ctx.last_quarter[4:]}", priority=5,
                         takes_mod="amount")
    unit_for_value = "D" if unit in ("H", "MIN", "S") else unit
    # "four years later" counts from the year the story last named ("elected in 2008 ... re-elected four years
    # later" → 2012); "a year earlier" is the comparison idiom of reports and counts from the document date.
    anaphor = (step, "Y", "") if unit == "Y" and abs(step) >= 2 and m.group("dir").lower() in ("later", "earlier") \
        else None
    return Candidate(m.start(), m.end(), "DATE", at_granularity(shift(ctx.dct, step, unit_for_value), unit_for_value),
                     priority=5, takes_mod="amount", anaphor=anaphor)



@rule(rf"(?P<u>{I('minutes|hours|days|weeks|months|years|decades|centuries')})\s+(?P<dir>{I('ago|earlier|later')})\b"
      rf"(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)", priority=4)
def uncounted_offset(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Offsets with no count, read as "several <units> ago/later": years ago → PAST_REF · decades later →
    FUTURE_REF; days, weeks, months and hours later or earlier are a duration and a signal (Weeks → PXW)."""
    unit = unit_code(m.group("u"))
    direction = m.group("dir").lower()
    if direction != "ago" and unit in ("MIN", "H", "D", "W", "M"):
        return Candidate(m.start(), m.end("u"), "DURATION", duration_value(None, unit), priority=4)
    return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF" if direction == "later" else "PAST_REF", priority=4)

_QUOTED = re.compile(r"(?:[\"“‘`]|'')\s*\Z")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“`']\s*)\Z")
_DURATION_LEAD = I("first|past|last|next|previous|coming|following|final|latest|remaining|entire|full|whole|"
                   "initial|same|recent|preceding|ensuing|succeeding")


# Nouns a length stands before as one expression: "a three-year period", "its one-year term".
_PERIOD_NOUN = re.compile(r"\s+(?:period|term|span|stint|stretch|window)\b")
_ARTICLE = re.compile(r"(?i)(?<![\w-])(?:an?|the)\s+\Z")


@rule(rf"(?P<the>{I('the')}\s+(?:(?P<rel>{_DURATION_LEAD})\s+)?)?(?P<n>{I(NUMBER)})"
      rf"(?P<n2>(?:\s+(?:to|or)\s+|\s*[-–]\s*)(?:\d+|{I(WORD_NUMBER)}))?(?P<sep>[\s-]+)"
      rf"(?:{I('more|additional|straight|consecutive|full|long|trading|business|working')}\s+)?"
      rf"(?P<u>{I(UNIT_PLURAL + '|' + UNIT)})\b"
      rf"(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?(?P<orso>\s+or\s+so)?", priority=2)
def duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """four-day → P4D · two weeks · 16-hour · the past three months → P3M · 5 1/2 hours ·
    several years → PXY · eight trading days → P8D · two to three weeks → P2W (the lower count) ·
    a three-year period → P3Y (the period noun and its article join the span)."""
    n_text = m.group("n").lower()
    amount = amount_of(n_text)
    if amount is None and n_text not in VAGUE_QUANTITIES:
        return None
    if m.group("half") and amount is not None:
        amount += 0.5
    unit = unit_code(m.group("u"))
    if not _is_duration(ctx.text, m, unit):
        return None
    if m.group("u")[0].isupper() and _QUOTED.search(ctx.text[max(0, m.start() - 6):m.start()]):
        return None  # CBS's "60 Minutes": a quoted title
    if n_text in ("a", "an", "some", "many", "few") and not m.group("the"):
        before = ctx.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(?:times|once|twice|percent|%|\d|million|billion|thousand|hundred|[a-z]{3,}s)\s+$", before) \
                and n_text in ("a", "an"):
            return Candidate(m.start(), m.end(), "SET", duration_value(1, unit), priority=2)
        if n_text in ("many", "some") or (n_text in ("a", "an") and unit in ("D",) and
                                          re.search(r"\b(?:one|some|the|any|every)\s+$", before)):
            return None
    if unit == "WE" or re.match(r"[\s-]+old\b", ctx.text[m.end():m.end() + 6]):
        return None  # ages ("a 6-year-old boy") are not temporal expressions in TimeML
    rel = (m.group("rel") or "").lower()
    if rel == "same" or (m.group("the") and not rel and amount == 1):
        return None
    start, end = m.start(), m.end()
    noun = _PERIOD_NOUN.match(ctx.text, end) if "-" in m.group("sep") and not m.group("rel") else None
    if noun:
        end = noun.end()
        article = _ARTICLE.search(ctx.text[max(0, start - 5):start])
        start -= len(article.group()) if article and not m.group("the") else 0
    elif m.group("the") and not rel and "-" in m.group("sep"):
        start = m.start("n")  # "the [two-week] session": the adjective alone
    value = duration_value(amount, unit)
    if m.group("orso"):
        return Candidate(start, end, "DURATION", value, mod="APPROX", priority=2)
    return Candidate(start, end, "DURATION", value, priority=2,
                     takes_mod="amount" if not (m.group("the") or noun) else "")


_PLURAL_UNITS = I('years|months|weeks|days|decades|hours|minutes')
# "weeks or months", "recent weeks and months": two vague lengths joined are one expression.
_OR_UNIT = rf"(?:\s+(?:or|and)\s+{_PLURAL_UNITS}\b(?!\s+(?:ago|of\s+the|later|earlier)))?"


@rule(rf"(?P<the>{I('the')}\s+)?(?P<rel>{I('recent|coming|past|next|last|previous|following|ensuing')})\s+"
      rf"(?P<u>{I(UNIT_PLURAL)})\b{_OR_UNIT}|\b(?i:for|over|in|within|during|after|took|take|takes|lasted)\s+(?P<the2>(?i:the)\s+)?"
      rf"(?P<u2>{_PLURAL_UNITS})\b(?!\s+(?:ago|of\s+the|later|earlier)){_OR_UNIT}"
      rf"(?:\s+{I('ahead')}\b(?!\s+of\b))?"
      rf"|\b(?P<u3>{I('decades|years|months|days|weeks|hours')})-long\b"
      rf"|(?<![\w-])(?P<one>{I('year|month|week|day|hour')})-long\b", priority=2)
def vague_duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """recent years → PXY · the coming weeks · for years · weeks or months → PXW · decades-long · a third
    day-long meeting → P1D."""
    if m.group("one"):
        return Candidate(m.start(), m.end(), "DURATION", duration_value(1, unit_code(m.group("one"))), priority=2)
    unit = unit_code(m.group("u") or m.group("u2") or m.group("u3"))
    start = (m.start("the2") if m.group("the2") else m.start("u2")) if m.group("u2") else m.start()
    return Candidate(start, m.end(), "DURATION", duration_value(None, unit), priority=2)
