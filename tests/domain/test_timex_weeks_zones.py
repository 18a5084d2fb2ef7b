"""The temporal stage on weeks named by a day or a count, zoned clock times, and offsets without a count
or counted from the last date named (issue 15): (text, document date) → every (span, type, value) found."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.extract.timex import extract_timexes

D2013 = dt.date(2013, 3, 15)  # a Friday

CASES = [
    # Weeks: the ISO week a day, a weekday or an ordinal names.
    ("They met during the week of 4 March.", D2013, [("the week of 4 March", "DATE", "2013-W10")]),
    ("He returns the week of March 18, 2013.", D2013, [("the week of March 18, 2013", "DATE", "2013-W12")]),
    ("Sales fell in the week ended March 8.", D2013, [("the week ended March 8", "DATE", "2013-W10")]),
    ("Claims rose in the week ending Saturday, March 9.", D2013,
     [("the week ending Saturday, March 9", "DATE", "2013-W10")]),
    ("The drill runs the week beginning Sunday, March 17.", D2013,
     [("the week beginning Sunday, March 17", "DATE", "2013-W12")]),
    ("Output fell in the week to Friday.", D2013, [("the week to Friday", "DATE", "2013-W11")]),
    ("He will visit in the first week of April.", D2013, [("the first week of April", "DATE", "2013-W14")]),
    ("Trading was thin in the last week of February.", D2013,
     [("the last week of February", "DATE", "2013-W09")]),
    ("Talks open in the second week of next month.", D2013,
     [("the second week of next month", "DATE", "2013-W15")]),
    ("The week before last, he resigned.", D2013, [("The week before last", "DATE", "2013-W09")]),
    ("He will return the week after next.", D2013, [("the week after next", "DATE", "2013-W13")]),
    ("The talks were held last week.", D2013, [("last week", "DATE", "2013-W10")]),
    ("They met the week of May 3.", None, [("the week of May 3", "DATE", "XXXX-WXX")]),
    # Clock times with a zone: the zone joins the span, the day follows the zone.
    ("The statement was posted at 4:25 p.m. ET.", D2013, [("4:25 p.m. ET", "TIME", "2013-03-15T16:25")]),
    ("Polls close at 10 p.m. BST on Thursday.", D2013,
     [("10 p.m. BST on Thursday", "TIME", "2013-03-14T22:00")]),
    ("The deadline is 5 p.m. Eastern time.", D2013, [("5 p.m. Eastern time", "TIME", "2013-03-15T17:00")]),
    ("Trading resumed at noon Moscow time.", D2013, [("noon Moscow time", "TIME", "2013-03-15T12:00")]),
    ("The ceasefire began at 1400 GMT.", D2013, [("1400 GMT", "TIME", "2013-03-15T14:00")]),
    ("The quake struck at 0830 local time Thursday.", D2013,
     [("0830 local time Thursday", "TIME", "2013-03-14T08:30")]),
    # Later/earlier before a deictic day belong to it.
    ("He resigned earlier today.", D2013, [("earlier today", "DATE", "2013-03-15")]),
    ("Later yesterday, the court ruled.", D2013, [("Later yesterday", "DATE", "2013-03-14")]),
    ("He will speak later this afternoon.", D2013, [("later this afternoon", "TIME", "2013-03-15TAF")]),
    # Offsets without a count.
    ("He left days ago.", D2013, [("days ago", "DATE", "PAST_REF")]),
    ("The plant closed years ago.", D2013, [("years ago", "DATE", "PAST_REF")]),
    ("Weeks later, the plan collapsed.", D2013, [("Weeks", "DURATION", "PXW")]),
    ("Hours later, police arrived.", D2013, [("Hours", "DURATION", "PTXH")]),
    # "N years later" counts from the year last named; "a year earlier" from the document date.
    ("He was elected in 2008 and re-elected four years later.", D2013,
     [("2008", "DATE", "2008"), ("four years later", "DATE", "2012")]),
    ("Sales were $5 million, up from $4 million a year earlier.", D2013, [("a year earlier", "DATE", "2012")]),
    ("The rule lapses at the end of the decade.", D2013, [("the end of the decade", "DATE", "201")]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: dt.date | None, expected: list[tuple[str, str, str]]) -> None:
    found = [(t.text, t.type, t.value) for t in extract_timexes(text, dct).timexes]
    assert found == expected


NEGATIVES = [
    # An offset to a date is not the week of that date.
    ("The deadline was pushed back by a week to March 8.", "week to"),
    ("The vote is a week from Friday.", "week from"),
    # A restatement of a clock time in brackets stays untagged, as TimeBank leaves it.
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "0735"),
    ("The bomb went off at 2:30 p.m. local time (1230 GMT).", "1230"),
    # A capitalised word opening the next sentence is no zone.
    ("We met at 3 p.m. Our time was short.", "Our time"),
    # "the decade" alone is a span of years, not the current decade.
    ("In the decade since, the town has grown.", "decade"),
]


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[n[0][:40] for n in NEGATIVES])
def test_not_taken(text: str, absent: str) -> None:
    spans = [t.text for t in extract_timexes(text, D2013).timexes]
    assert not any(absent in s for s in spans), spans
