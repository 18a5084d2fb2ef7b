"""The temporal stage on more written forms (issue 15): holidays counted from Easter and more fixed ones,
fractions of a unit, hyphenated modifiers, quarter and half labels, British and spelled clock times, dates in
figures written day first."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.extract.timex import extract_timexes
from entente.extract.timex.holiday_rules import easter_sunday

D2013 = dt.date(2013, 3, 15)  # a Friday, two weeks before Easter 2013
D2000 = dt.date(2000, 4, 17)  # the Monday of Easter week 2000

CASES = [
    # Holidays: days from Easter, Easter week, nth weekdays, fixed days.
    ("Pilgrims will gather on Easter Sunday.", D2013, [("Easter Sunday", "DATE", "2013-03-31", None)]),
    ("Shops will close on Good Friday.", D2013, [("Good Friday", "DATE", "2013-03-29", None)]),
    ("Protesters prayed as Easter week began.", D2000, [("Easter week", "DATE", "2000-W16", None)]),
    ("The march was held on Palm Sunday 2012.", D2013, [("Palm Sunday 2012", "DATE", "2012-04-01", None)]),
    ("Families met on Mother's Day.", D2013, [("Mother's Day", "DATE", "2012-05-13", None)]),
    ("Sales rose on Boxing Day.", D2013, [("Boxing Day", "DATE", "2012-12-26", None)]),
    ("Workers marched on May Day.", D2013, [("May Day", "DATE", "2013-05-01", None)]),
    # Fractions of one unit.
    ("The vote took half an hour.", D2013, [("half an hour", "DURATION", "PT30M", None)]),
    ("The truce has held for more than half a century.", D2013,
     [("more than half a century", "DURATION", "P50Y", "MORE_THAN")]),
    ("He ruled for a quarter of a century.", D2013, [("a quarter of a century", "DURATION", "P25Y", None)]),
    ("It took three quarters of an hour.", D2013, [("three quarters of an hour", "DURATION", "PT45M", None)]),
    # A modifier joined by a hyphen.
    ("The rate will be cut by end-March.", D2013, [("end-March", "DATE", "2013-03", "END")]),
    ("Debt will peak at end-2013.", D2013, [("end-2013", "DATE", "2013", "END")]),
    ("Sales slowed in late-November.", D2013, [("late-November", "DATE", "2012-11", "END")]),
    # Quarter and half labels.
    ("Profits rose in H1 2013.", D2013, [("H1 2013", "DATE", "2013-H1", None)]),
    ("Q4 profits will rise.", D2013, [("Q4", "DATE", "2013-Q4", None)]),
    # ... but a half of a month is that month: not the year's second half.
    ("She will travel to Lima in the second half of June.", D2013, [("June", "DATE", "2013-06", None)]),
    # Clock times: a full stop between hours and minutes, o'clock.
    ("The blast happened at 9.30pm on Saturday.", D2013, [("9.30pm on Saturday", "TIME", "2013-03-16T21:30", None)]),
    ("The meeting starts at ten o'clock.", D2013, [("ten o'clock", "TIME", "2013-03-15T10:00", None)]),
    ("It began at 4 o'clock in the morning.", D2013, [("4 o'clock in the morning", "TIME", "2013-03-15T04:00", None)]),
    # Figures with slashes: month first, as U.S. texts write them, unless only day first is a date or is the text's day.
    ("Washington, 6/10/2010 - The Secretary met X.", dt.date(2010, 6, 10), [("6/10/2010", "DATE", "2010-06-10", None)]),
    ("Rabat, 17/03/2013 - The Minister received X.", D2013, [("17/03/2013", "DATE", "2013-03-17", None)]),
    ("Rabat, 03/04/2008 - The Minister received X.", dt.date(2008, 4, 3), [("03/04/2008", "DATE", "2008-04-03", None)]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_expressions(text: str, dct: dt.date, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in extract_timexes(text, dct).timexes]
    assert found == expected


@pytest.mark.parametrize("text", [
    "He ate half a cake.",                 # a fraction of no time unit
    "A quarter of a million people came.",
    "The late-night talks failed.",         # a modifier with no date after it
    "He drove a Q5 car.",                   # no such quarter
    "The Q3-based model sold well.",
    "He paid $1.30 pm.",                    # money, not a clock
    "Shares rose 9.30 points.",
    "workers may day trade",                # lower case: no holiday
])
def test_not_taken(text: str) -> None:
    assert extract_timexes(text, D2013).timexes == ()


def test_easter_sunday_matches_known_dates() -> None:
    assert [easter_sunday(y) for y in (1998, 1999, 2000, 2021, 2024)] == [
        dt.date(1998, 4, 12), dt.date(1999, 4, 4), dt.date(2000, 4, 23), dt.date(2021, 4, 4), dt.date(2024, 3, 31)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shipments resume within two to three weeks.", ("two to three weeks", "DURATION", "P2W", None)),
    ("It took three or four days.", ("three or four days", "DURATION", "P3D", None)),
    ("He was given a three-year period to repay.", ("a three-year period", "DURATION", "P3Y", None)),
    ("The loan converts during its one-year term.", ("one-year term", "DURATION", "P1Y", None)),
    ("The two-week session ended.", ("two-week", "DURATION", "P2W", None)),  # no period noun: the adjective alone
    ("Talks failed in the late-November cold.", ("late-November", "DATE", "2012-11", "END")),
])
def test_lengths_and_premodifiers(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert [(t.text, t.type, t.value, t.mod) for t in extract_timexes(text, D2013).timexes] == [expected]


@pytest.mark.parametrize("text", [
    "He backed the Good Friday Agreement.",  # a holiday that starts a name is no day, nor is its weekday
    "They sailed to Easter Island.",
])
def test_a_holiday_inside_a_name_is_no_date(text: str) -> None:
    assert extract_timexes(text, D2013).timexes == ()


def test_a_couple_without_of_is_a_count() -> None:
    found = [(t.text, t.value) for t in extract_timexes("The IAEA chief said a couple days ago.", D2013).timexes]
    assert found == [("a couple days ago", "2013-03-13")]


@pytest.mark.parametrize(("text", "expected"), [
    ("He arrived the day before yesterday.", ("the day before yesterday", "DATE", "2013-03-13")),
    ("He leaves the day after tomorrow.", ("the day after tomorrow", "DATE", "2013-03-17")),
    ("He will visit this coming Monday.", ("this coming Monday", "DATE", "2013-03-18")),
    ("Prices will rise in the months ahead.", ("the months ahead", "DURATION", "PXM")),
    ("Prices rose in the weeks ahead of the vote.", ("the weeks", "DURATION", "PXW")),  # "ahead of" leads on
    # Without a parse, a year before a singular in -s or a verb is still a year; before a plural, a count.
    ("Since the 2008 crisis, prices rose.", ("2008", "DATE", "2008")),
    ("He said 1998 was a good year.", ("1998", "DATE", "1998")),
])
def test_deictic_offsets_and_years(text: str, expected: tuple[str, str, str]) -> None:
    assert [(t.text, t.type, t.value) for t in extract_timexes(text, D2013).timexes] == [expected]


def test_a_year_like_number_before_a_plural_is_a_count() -> None:
    assert extract_timexes("They bought 1500 tanks and sent 2000 troops.", D2013).timexes == ()


@pytest.mark.parametrize("text,value", [
    ("The Secretary looked forward to meeting the Foreign Minister in Brasilia in June.", "2035-06"),
    ("They discussed preparations ahead of the NATO Summit in Ankara in July.", "2035-07"),
    ("The summit took place in July.", "2034-07"),  # no phrase that looks ahead: the past tense governs
])
def test_a_phrase_that_looks_ahead_sends_a_bare_month_forward(text: str, value: str) -> None:
    [timex] = extract_timexes(text, dt.date(2035, 2, 17)).timexes
    assert timex.value == value


@pytest.mark.parametrize("text,value", [
    ("The two Foreign Ministers agreed to convene the Joint Commission in Manila in October.", "2036-10"),
    ("The ministers decided to hold the next round in Hanoi in January.", "2037-01"),
    ("The two Foreign Ministers agreed on a plan in October.", "2035-10"),  # the agreement itself lies behind
])
def test_a_gathering_agreed_in_the_past_still_lies_ahead(nlp, text: str, value: str) -> None:
    [timex] = extract_timexes(text, dt.date(2036, 5, 11), doc=nlp(text)).timexes
    assert timex.value == value


def test_a_meeting_when_they_meet_lies_ahead_however_far_the_month_stands_from_the_verb(nlp) -> None:
    text = "The two agreed to continue their discussion when they meet at the OSCE Ministerial Council in Maastricht in December."
    [timex] = extract_timexes(text, dt.date(2036, 2, 13), doc=nlp(text)).timexes
    assert timex.value == "2036-12"  # not the December just gone
