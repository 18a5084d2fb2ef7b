"""Anchoring: calendar arithmetic and tense that resolve relative expressions against a reference date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

Direction = Literal["past", "future"]

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|plans?\s+to|planned\s+to|scheduled|expects?\s+to|expected\s+to|"
    r"intends?\s+to|is\s+to|are\s+to|upcoming|coming|forthcoming|next|would|planned|planning|due|"
    r"set\s+to|deadline)\b", re.I)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|previously|met|held|went|came|left|began|took|"
    r"made|gave|spoke|saw|led|flew|won|lost|sent|wrote|struck|fell|rose|broke|paid|sold|bought|ran|"
    r"brought|thought|found|kept|stood|chose|got|became|arrived|"
    r"\w{3,}ed)\b", re.I)
# Words that look ahead to what follows them in their clause (no comma, full stop or "and" between)
PROSPECTIVE = re.compile(r"\b(?:look(?:s|ed|ing)?\s+forward\s+to|ahead\s+of|in\s+preparation\s+for|preparations\s+for|"
                         r"hope[sd]?\s+to|invit(?:ed|es|ation)\s+(?:\w+\s+){0,6}?to\s+visit)\b[^,.;:!?\n]*$", re.I)
_PARTICIPLE_CUE = re.compile(r"\b(?:be|been|being|is|are|am|to|will|would|'ll)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s|\n\s*\n")


def shift_months(d: dt.date, months: int) -> dt.date:
    """`d` moved by whole months, the day clipped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def iso_week(d: dt.date) -> str:
    """2010-06-10 → '2010-W23'; 2000-02-16 → '2000-W07'.

    Two digits, as ISO 8601 writes a week and TimeBank follows; AQUAINT's "2000-W7" is not ISO 8601.

    >>> iso_week(dt.date(2000, 2, 16))
    '2000-W07'
    """
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def at_granularity(d: dt.date, unit: str) -> str:
    """The date written to the precision of `unit`: day → 2010-06-10, month → 2010-06, year → 2010."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit in ("W", "WE"):
        return iso_week(d) + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter(d)}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """`d` moved by `n` units (negative = back): shift(2010-06-10, -3, 'M') → 2010-03-10."""
    if unit in ("D", "H", "MIN", "S"):
        return d + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return d + dt.timedelta(weeks=n)
    if unit == "M":
        return shift_months(d, n)
    if unit == "Q":
        return shift_months(d, 3 * n)
    if unit == "DE":
        return _replace_year(d, d.year + 10 * n)
    if unit == "CE":
        return _replace_year(d, d.year + 100 * n)
    return _replace_year(d, d.year + n)


def _replace_year(d: dt.date, year: int) -> dt.date:
    year = max(1, min(9999, year))
    return d.replace(year=year, day=min(d.day, calendar.monthrange(year, d.month)[1]))


def nearest_weekday(ref: dt.date, weekday: int, direction: Direction | None) -> dt.date:
    """The `weekday` (1 = Monday) nearest `ref` in the direction the tense points; same day → `ref`.

    News writes "said Friday" on the Friday itself, so the reference day counts in both directions.
    """
    delta = weekday - ref.isoweekday()
    if direction == "future":
        return ref + dt.timedelta(days=delta % 7)
    if direction == "past":
        return ref - dt.timedelta(days=(-delta) % 7)
    back, ahead = (-delta) % 7, delta % 7
    return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)


# How much a tense stretches the distance to a date on its other side: "said Friday" may still mean
# the coming Friday when it is much nearer, so tense weighs distance instead of overruling it.
_AGAINST_TENSE = 4.0
_UNMARKED_FUTURE = 2.0  # news reports what happened: with no tense, the past is likelier


_AGAINST_FIRM_TENSE = 50.0


def _weights(direction: Direction | None, firm: bool = False) -> tuple[float, float]:
    """(past weight, future weight) for a tense."""
    against = _AGAINST_FIRM_TENSE if firm else _AGAINST_TENSE
    if direction == "past":
        return 1.0, against
    if direction == "future":
        return against, 1.0
    return 1.0, _UNMARKED_FUTURE


def likely_weekday(ref: dt.date, weekday: int, direction: Direction | None, firm: bool = False) -> dt.date:
    """The date of a bare weekday ("Friday") near `ref`: the reference day itself, else the nearer of
    the last and the next one, distance weighed by tense. A verb that firmly looks ahead ("On Friday, the
    ministers will open ...", written on a Friday) means the next one: the day itself would be "today".

    >>> friday = dt.date(2011, 10, 7)
    >>> [likely_weekday(friday, 5, d, firm).isoformat() for d, firm in ((None, False), ("future", False), ("future", True))]
    ['2011-10-07', '2011-10-07', '2011-10-14']
    """
    back = (ref.isoweekday() - weekday) % 7
    if back == 0:
        return ref + dt.timedelta(days=7) if direction == "future" and firm else ref
    ahead = 7 - back
    w_past, w_future = _weights(direction, firm)
    return ref - dt.timedelta(days=back) if back * w_past <= ahead * w_future else ref + dt.timedelta(days=ahead)


def year_for_month(ref: dt.date, month: int, direction: Direction | None, day: int | None = None,
                   firm: bool = False) -> int:
    """The year of a month (and day) written without one: "in March" said in June 2010 → 2010.

    The nearest such month or day wins, distance weighed by tense ("by Jan. 14" written on
    6 January is eight days ahead, not a year back).
    """
    # A firm future ("may meet in May") cannot point back, but a firm past often governs an act of
    # scheduling whose date lies ahead ("has set Nov. 10 as the deadline", "was extended to Nov. 16").
    w_past, w_future = _weights(direction, firm and direction == "future")
    best: tuple[float, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if day is None:
            gap = (year * 12 + month) - (ref.year * 12 + ref.month)
        else:
            try:
                gap = (dt.date(year, month, min(day, calendar.monthrange(year, month)[1])) - ref).days
            except ValueError:
                continue
        cost = abs(gap) * (w_past if gap < 0 else w_future if gap > 0 else 0)
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else ref.year


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth `weekday` (1 = Monday) of a month; nth -1 is the last: Thanksgiving = (11, 4, 4)."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth if nth < 0 else nth - 1])


# Tense cues further than this from a date are not looked for: it keeps the scan linear in the text
# when a "sentence" is a list of thousands of dates.
SENTENCE_WINDOW = 300


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, found by punctuation, at most SENTENCE_WINDOW characters each side:
    cheap and good enough for tense."""
    low, high = max(0, start - SENTENCE_WINDOW), min(len(text), end + SENTENCE_WINDOW)
    left = max(text.rfind(". ", low, start), text.rfind("\n\n", low, start), text.rfind("? ", low, start))
    m = _SENTENCE_END.search(text, end, high)
    return (left + 1 if left >= 0 else low, m.start() + 1 if m else high)


def direction_from_text(text: str, start: int, end: int) -> tuple[Direction | None, bool]:
    """Tense from the words of the sentence, nearest marker wins: "will meet Friday" → future.

    The flag says whether the marker is right beside the expression ("met Friday"), close enough
    to trust over the distance to the date.
    """
    s, e = sentence_bounds(text, start, end)
    best: tuple[int, Direction] | None = None
    for pattern, direction in ((_FUTURE, "future"), (_PAST, "past")):
        for m in pattern.finditer(text, s, e):
            if start <= m.start() < end:
                continue
            if direction == "past" and _PARTICIPLE_CUE.search(text, max(s, m.start() - 10), m.start()):
                continue  # "will be held", "to be signed": a participle, not a past tense
            distance = start - m.end() if m.end() <= start else m.start() - end
            if best is None or distance < best[0]:
                best = (distance, direction)  # type: ignore[assignment]
    if best is None:
        return None, False
    return best[1], best[0] <= 2


def direction_from_doc(doc: object, start: int, end: int) -> tuple[Direction | None, bool]:
    """Tense from the parse: the verb governing the span, its auxiliaries and morphology.

    "met Friday" → past; "will meet Friday", "must be returned by Jan. 14" → future (a modal points
    ahead; a passive participle alone is no past).
    """
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None or len(span) == 0:
        return None, False
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None, False
    # Only a verb right beside the expression ("met Friday") outweighs the distance to the date.
    firm = token.i >= span.start - 2 and token.i <= span.end + 1
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & _EPISTEMIC_MODALS and "have" in words:
        return "past", firm  # "may have been responsible ... on Wednesday": a guess about the past
    if words & {"will", "'ll", "shall", "wo", "must", "should", "can", "may", "might", "would"} or (
            token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)):
        # a modal verb points ahead however far the date under it stands: "On Thursday, Minister X will be received"
        return "future", firm or token.is_ancestor(span.root)
    if AGREED.match(token.lower_) and any(c.dep_ == "xcomp" and c.lower_ in _GATHER and c.i < span.start
                                           for c in token.children):
        return "future", False  # "agreed to convene the Commission in Belmopan in November", the date
        # hung on "agreed" by the parse but after what was agreed: ahead
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or words & {"has", "have", "had"}:
        return "past", firm
    if "to" in words and "be" in words:
        return "future", firm  # "discussed the summit to be held in Wales in September": a passive infinitive's event is ahead
    if token.dep_ == "xcomp" and words <= {"to"} and any(
            c.lower_ == "had" for c in token.head.children if c.dep_ in ("aux", "auxpass")):
        return "past", firm  # "had been scheduled to expire Friday": the pluperfect plan lies behind
    head = token.head
    if token.dep_ == "xcomp" and words <= {"to"} and _PLANNING.match(head.lower_) and (head.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "cop") and c.tag_ in ("VBZ", "VBP") for c in head.children)):
        return "future", firm  # "is scheduled to take place in Washington in May, and they reviewed ...": ahead (not
        # "aimed to build on the dialogue in March": a plan told in the past)
    # (the date under the verb itself: firm however far it stands, "when they meet at the Council in Maastricht in December")
    under = firm or token.is_ancestor(span.root)
    if token.dep_ == "xcomp" and words <= {"to"} and AGREED.match(head.lower_) and token.lower_ in _GATHER:
        return "future", under  # "agreed to convene the Joint Commission in Manila in October": what was agreed lies ahead
    if token.dep_ in ("acl", "relcl") and words <= {"to"} and "to" in words and head.pos_ == "NOUN" and \
            _PLANNING.match(head.lower_):
        return "future", firm  # "welcomed plans for the Commission to convene in Kuwait City in October": ahead
    if token.tag_ in ("VBZ", "VBP") and not aux and token.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in token.children):
        return "future", under  # "agreed to continue when they meet in Maastricht in December": a present for what's ahead
    if token.tag_ in ("VBZ", "VBP") and not aux and token.dep_ == "ROOT" and token.lemma_ not in _REPORTING \
            and token.lower_ not in _PAST_LIKE_PRESENT:
        return "future", False  # headline present: "Arafat and Netanyahu meet Monday" is ahead
    return None, False


_EPISTEMIC_MODALS = frozenset({"may", "might", "must", "could", "should"})
# Verbs of planning whose infinitive lies ahead of them: "scheduled to take place", "agreed to meet", "plans to visit"
_PLANNING = re.compile(r"(?:schedul|plan|expect|intend|agree|hop(?:e|ed|es|ing)$|aim|set$|slat|decid|due$)")
# ... agreed or decided in the past, a gathering still lies ahead ("agreed to convene ... in October"; not "aimed to
# build on the dialogue in March")
AGREED = re.compile(r"(?:agreed|decided|resolved)$")  # (what was so settled is another meeting too: tense.py)
_GATHER = frozenset({"hold", "convene", "reconvene", "meet", "visit", "host", "resume", "organize", "organise"})  # (the infinitive)
_WHEN = frozenset({"when", "once", "until", "till"})  # a present tense after these tells what lies ahead
_REPORTING = frozenset({"say", "tell", "report", "announce", "be", "have", "do"})
# Verbs whose past is spelled like their present: "stocks hurt the index on Friday" is a past tense
# the tagger cannot see.
_PAST_LIKE_PRESENT = frozenset({"hurt", "put", "cut", "set", "hit", "let", "cost", "shut", "spread", "quit",
                                "bet", "cast", "split", "burst", "thrust", "upset", "beat", "bid", "read"})
