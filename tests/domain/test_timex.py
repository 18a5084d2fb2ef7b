"""The temporal stage: (text, document date) → (span, type, value[, range end]) for every kind it handles."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.extract.timex import extract_timexes

D2010 = dt.date(2010, 6, 10)  # a Thursday: seed 000's date
D2009 = dt.date(2009, 10, 8)  # seed 001's date
D1999 = dt.date(1999, 12, 20)  # seed 002's date
D1989 = dt.date(1989, 10, 26)  # a Thursday in an earnings season

# (text, document date, [(span, type, value, range_end or None), ...]): every expression found, in order.
CASES = [
    # Absolute dates in every common form.
    ("WASHINGTON, June 10, 2010 — officials met.", None, [("June 10, 2010", "DATE", "2010-06-10", None)]),
    ("It was signed 10 June 2010 in Islamabad.", None, [("10 June 2010", "DATE", "2010-06-10", None)]),
    ("signed on Dec. 17, 1999, at a Pentagon ceremony", None, [("Dec. 17, 1999", "DATE", "1999-12-17", None)]),
    ("signed the plan on Friday, Dec. 17, 1999, at the Pentagon", D1999,
     [("Friday, Dec. 17, 1999", "DATE", "1999-12-17", None)]),
    ("Filed 2010-06-10 by the embassy.", None, [("2010-06-10", "DATE", "2010-06-10", None)]),
    ("the bill passed on 24 September 2009", D2009, [("24 September 2009", "DATE", "2009-09-24", None)]),
    ("Sept. 30, 1989", None, [("Sept. 30, 1989", "DATE", "1989-09-30", None)]),
    ("on 6/10/2010 the group met", None, [("6/10/2010", "DATE", "2010-06-10", None)]),
    ("THURSDAY, 08 OCTOBER", D2009, [("THURSDAY, 08 OCTOBER", "DATE", "2009-10-08", None)]),
    ("It opened on Sept. 30.", D1989, [("Sept. 30", "DATE", "1989-09-30", None)]),
    ("He must leave by Jan. 14.", dt.date(2000, 1, 6), [("Jan. 14", "DATE", "2000-01-14", None)]),
    ("on Christmas Day", D1999, [("Christmas Day", "DATE", "1999-12-25", None)]),
    # A date without its year lies on the side its cue word says, whatever the verb's tense.
    ("The board has set Nov. 3 as the deadline.", D1989, [("Nov. 3", "DATE", "1989-11-03", None)]),
    ("The offer was extended to Nov. 6.", D1989, [("Nov. 6", "DATE", "1989-11-06", None)]),
    ("The dividend is payable Feb. 1 to holders.", D1989, [("Feb. 1", "DATE", "1990-02-01", None)]),
    ("The loan was to be repaid by February.", D1989, [("February", "DATE", "1990-02", None)]),
    ("Sales have doubled since March.", D1989, [("March", "DATE", "1989-03", None)]),
    ("The rules take effect June 1, officials said.", D1989, [("June 1", "DATE", "1990-06-01", None)]),
    # Two days of one month: each is a date.
    ("Leaders will meet at the summit on April 24 and 25.", D1999,
     [("April 24", "DATE", "2000-04-24", None), ("25", "DATE", "2000-04-25", None)]),
    ("Votes were cast on May 3 and 4, 1985.", D2010,
     [("May 3", "DATE", "1985-05-03", None), ("4, 1985", "DATE", "1985-05-04", None)]),
    # Ranges: value is the start, range_end the end.
    ("convened on October 8-9, 2009, the fifth iteration", None,
     [("October 8-9, 2009", "DATE", "2009-10-08", "2009-10-09")]),
    ("Dubai, United Arab Emirates • 8-9 October 2009", None,
     [("8-9 October 2009", "DATE", "2009-10-08", "2009-10-09")]),
    ("The session ran June 7–10 in Rawalpindi.", D2010, [("June 7–10", "DATE", "2010-06-07", "2010-06-10")]),
    ("The talks ran from March to May 2010.", None, [("March to May 2010", "DATE", "2010-03", "2010-05")]),
    ("from 31 October – 2 November 2009", None,
     [("31 October – 2 November 2009", "DATE", "2009-10-31", "2009-11-02")]),
    ("the program ran 1994-1997", None, [("1994-1997", "DATE", "1994", "1997")]),
    # Partial precision: never invent a missing day or month.
    ("the summit in March 2010", None, [("March 2010", "DATE", "2010-03", None)]),
    ("the Act of 2009 passed", None, [("2009", "DATE", "2009", None)]),
    ("madrassas dating back to the 1980s", None, [("the 1980s", "DATE", "198", None)]),
    ("in the early 1990s", None, [("the early 1990s", "DATE", "199", None)]),
    ("since mid-1996", None, [("mid-1996", "DATE", "1996", None)]),
    ("the '80s", None, [("the '80s", "DATE", "198", None)]),
    ("in the 20th century", None, [("the 20th century", "DATE", "19", None)]),
    ("in nineteen ninety-six", None, [("nineteen ninety-six", "DATE", "1996", None)]),
    ("The bombing came in January nineteen ninety-seven.", None,
     [("January nineteen ninety-seven", "DATE", "1997-01", None)]),
    ("Prices fell in the winter of nineteen ninety-four.", None,
     [("the winter of nineteen ninety-four", "DATE", "1994-WI", None)]),
    ("fiscal 1989 results", None, [("fiscal 1989", "DATE", "1989", None)]),
    # Relative and anaphoric expressions, resolved against the document date.
    ("wrapped up a session in Pakistan today", D2010, [("today", "DATE", "2010-06-10", None)]),
    ("The minister arrived yesterday.", D2010, [("yesterday", "DATE", "2010-06-09", None)]),
    ("Officials met Friday in Kabul.", D2010, [("Friday", "DATE", "2010-06-04", None)]),
    ("Officials will meet Friday in Kabul.", D2010, [("Friday", "DATE", "2010-06-11", None)]),
    ("The minister spoke Thursday.", D2010, [("Thursday", "DATE", "2010-06-10", None)]),
    ("They met last Friday.", D2010, [("last Friday", "DATE", "2010-06-04", None)]),
    ("Talks resume next Tuesday.", D2010, [("next Tuesday", "DATE", "2010-06-15", None)]),
    ("The envoy visited last week.", D2010, [("last week", "DATE", "2010-W22", None)]),
    ("meetings held here three months ago", D2010, [("three months ago", "DATE", "2010-03", None)]),
    ("the strategic dialogue in March", D2010, [("March", "DATE", "2010-03", None)]),
    ("The next round will be held in March.", D2010, [("March", "DATE", "2011-03", None)]),
    ("This week’s talks in Pakistan", D2010, [("This week", "DATE", "2010-W23", None)]),
    ("The plan takes effect next year.", D2010, [("next year", "DATE", "2011", None)]),
    ("Sales rose last year.", D2010, [("last year", "DATE", "2009", None)]),
    ("earlier this month", D2010, [("earlier this month", "DATE", "2010-06", None)]),
    ("last fall", D2010, [("last fall", "DATE", "2009-FA", None)]),
    ("this summer", D2010, [("this summer", "DATE", "2010-SU", None)]),
    ("January this year", D2010, [("January this year", "DATE", "2010-01", None)]),
    ("two weeks ago", D2010, [("two weeks ago", "DATE", "2010-W21", None)]),
    ("11 days ago", D2010, [("11 days ago", "DATE", "2010-05-30", None)]),
    ("a year ago", D2010, [("a year ago", "DATE", "2009", None)]),
    ("Profit rose in the third quarter.", D1989, [("the third quarter", "DATE", "1989-Q3", None)]),
    ("third-quarter profit fell from the year-ago quarter", D1989,
     [("third-quarter", "DATE", "1989-Q3", None), ("the year-ago quarter", "DATE", "1988-Q3", None)]),
    ("the first half of 2010", None, [("the first half of 2010", "DATE", "2010-H1", None)]),
    ("Profit rose in the third quarter from $4 million in the 1988 quarter.", D1989,
     [("the third quarter", "DATE", "1989-Q3", None), ("the 1988 quarter", "DATE", "1988-Q3", None)]),
    ("It expects a fourth-quarter charge. Profit fell 5% in the latest quarter.", D1989,
     [("fourth-quarter", "DATE", "1989-Q4", None), ("the latest quarter", "DATE", "1989-Q3", None)]),
    ("Orders in the current quarter are strong.", D1989, [("the current quarter", "DATE", "1989-Q4", None)]),
    ("Lawyers will look for ways to get around Wednesday's ruling.", D2010,
     [("Wednesday", "DATE", "2010-06-09", None)]),
    ("Sales peaked in the first nine months of the year.", D1989,
     [("the first nine months", "DURATION", "P9M", None), ("the year", "DATE", "1989", None)]),
    ("Planting was delayed earlier in the year by rain.", D1989, [("earlier in the year", "DATE", "1989", None)]),
    ("Sales for the full year rose.", D1989, [("the full year", "DATE", "1989", None)]),
    ("Earnings will fall for the fiscal year.", D1989, [("the fiscal year", "DATE", "1989", None)]),
    ("The deal should close by year-end.", D1989, [("year-end", "DATE", "1989", None)]),
    ("in place by year's end", D1989, [("year's end", "DATE", "1989", None)]),
    ("The index is down 3% since year-end.", D1989, [("year-end", "DATE", "1988", None)]),
    ("Now the talks resume.", D2010, [("Now", "DATE", "PRESENT_REF", None)]),
    ("Trade must go by sea now that the border is shut.", D2010, [("now", "DATE", "PRESENT_REF", None)]),
    ("the program is currently funded", D2010, [("currently", "DATE", "PRESENT_REF", None)]),
    ("as in the past", D2010, [("the past", "DATE", "PAST_REF", None)]),
    ("allies in the future", D2010, [("the future", "DATE", "FUTURE_REF", None)]),
    ("The bonds will be sold at a later date.", D2010, [("a later date", "DATE", "FUTURE_REF", None)]),
    ("He met them recently.", D2010, [("recently", "DATE", "PAST_REF", None)]),
    # Anaphors count from the last date the text mentioned, the document date only when there is none.
    ("He fled in June 1998 and returned later that year.", D2010,
     [("June 1998", "DATE", "1998-06", None), ("later that year", "DATE", "1998", None)]),
    ("On May 22, 1995, he was promoted, and the following year he retired.", D2010,
     [("May 22, 1995", "DATE", "1995-05-22", None), ("the following year", "DATE", "1996", None)]),
    ("The firm got an offer on March 3, 2009. The following month it was sold.", D2010,
     [("March 3, 2009", "DATE", "2009-03-03", None), ("The following month", "DATE", "2009-04", None)]),
    ("The plant opened in 1988; sales that year were low.", D2010,
     [("1988", "DATE", "1988", None), ("that year", "DATE", "1988", None)]),
    ("He was shot on Oct. 23, 1998. Earlier that day he had spoken. That night the police came.", D2010,
     [("Oct. 23, 1998", "DATE", "1998-10-23", None), ("Earlier that day", "DATE", "1998-10-23", None),
      ("That night", "TIME", "1998-10-23TNI", None)]),
    ("The envoy arrived on Jan. 4, 2010 and left the next day.", D2010,
     [("Jan. 4, 2010", "DATE", "2010-01-04", None), ("the next day", "DATE", "2010-01-05", None)]),
    ("The rebels struck last October and fled that same day.", D2010,
     [("last October", "DATE", "2009-10", None), ("that same day", "DATE", "2009-10-XX", None)]),
    ("Sales rose that year.", D2010, [("that year", "DATE", "2010", None)]),
    ("The talks opened on Wednesday, March 3, 2010, and ended the following Monday.", D2010,
     [("Wednesday, March 3, 2010", "DATE", "2010-03-03", None), ("the following Monday", "DATE", "2010-03-08", None)]),
    ("The index closed up 2% from the previous Friday.", D2010, [("the previous Friday", "DATE", "2010-06-04", None)]),
    ("Three days later the talks resumed.", D2010, [("Three days", "DURATION", "P3D", None)]),
    ("A few days later, they met again.", D2010, [("A few days", "DURATION", "PXD", None)]),
    ("Third-quarter profit rose to $5 million from $4 million a year earlier.", D1989,
     [("Third-quarter", "DATE", "1989-Q3", None), ("a year earlier", "DATE", "1988-Q3", None)]),
    ("Third-quarter profit rose. For the first nine months, net rose 5% from a year earlier.", D1989,
     [("Third-quarter", "DATE", "1989-Q3", None), ("the first nine months", "DURATION", "P9M", None),
      ("a year earlier", "DATE", "1988", None)]),
    # A period with its year written after it is that period one year back (earnings comparisons).
    ("Profit rose in the third quarter, up from the same period last year.", D1989,
     [("the third quarter", "DATE", "1989-Q3", None), ("the same period last year", "DATE", "1988-Q3", None)]),
    ("Third-quarter sales doubled from the quarter a year earlier.", D1989,
     [("Third-quarter", "DATE", "1989-Q3", None), ("the quarter a year earlier", "DATE", "1988-Q3", None)]),
    ("Second-quarter revenue beat last year's quarter.", D1989,
     [("Second-quarter", "DATE", "1989-Q2", None), ("last year's quarter", "DATE", "1988-Q2", None)]),
    ("Third-quarter net was $5 million, compared with $4 million last year.", D1989,
     [("Third-quarter", "DATE", "1989-Q3", None), ("last year", "DATE", "1988-Q3", None)]),
    ("Profit will top $4 a share for this year, up from last year's $3.27.", D1989,
     [("this year", "DATE", "1989", None), ("last year", "DATE", "1988", None)]),
    ("Third-quarter net rose. A year earlier Acme earned $2 million.", D1989,
     [("Third-quarter", "DATE", "1989-Q3", None), ("A year earlier", "DATE", "1988-Q3", None)]),
    ("Net fell in the fourth quarter last year.", D1989, [("the fourth quarter last year", "DATE", "1988-Q4", None)]),
    # Halves written as halves or as two quarters.
    ("Margins should widen in the last half of 2011.", D2010, [("the last half of 2011", "DATE", "2011-H2", None)]),
    ("Deliveries resume in the first two quarters of 1990.", D1989,
     [("the first two quarters of 1990", "DATE", "1990-H1", None)]),
    # A clock time takes the day its parenthesis names.
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", dt.date(2010, 6, 12),
     [("10:35 a.m.", "TIME", "2010-06-11T10:35", None), ("Friday", "DATE", "2010-06-11", None)]),
    ("He will fly out at 6 in the morning (6 a.m. EDT Saturday).", D2010,
     [("6 in the morning", "TIME", "2010-06-12T06:00", None), ("6 a.m. EDT Saturday", "TIME", "2010-06-12T06:00", None)]),
    # Tense from the verb group: a modal perfect looks back, a headline present and a plan looks ahead.
    ("The strike may have cut output on Tuesday.", D2010, [("Tuesday", "DATE", "2010-06-08", None)]),
    ("In London at mid-afternoon yesterday, shares rose.", D1989,
     [("mid-afternoon yesterday", "TIME", "1989-10-25TAF", None)]),
    ("By mid-morning the square was full.", D2010, [("mid-morning", "TIME", "2010-06-10TMO", None)]),
    ("The case will be heard the week of March 6.", D2010, [("the week of March 6", "DATE", "2011-W09", None)]),
    ("The court met the week of May 3, 2010.", D2010, [("the week of May 3, 2010", "DATE", "2010-W18", None)]),
    ("He hopes the region will one day be at peace.", D2010, [("one day", "DATE", "FUTURE_REF", None)]),
    ("She wants to one day run the agency.", D2010, [("one day", "DATE", "FUTURE_REF", None)]),
    ("The talks lasted one day and ended.", D2010, [("one day", "DURATION", "P1D", None)]),
    # Durations.
    ("wrapped up a four-day session", D2010, [("four-day", "DURATION", "P4D", None)]),
    ("The conference spanned two days.", D2009, [("two days", "DURATION", "P2D", None)]),
    ("a 16-hour flight", None, [("16-hour", "DURATION", "PT16H", None)]),
    ("for about 5 1/2 hours", None, [("5 1/2 hours", "DURATION", "PT5H30M", None)]),
    ("over the past three months", D2010, [("the past three months", "DURATION", "P3M", None)]),
    ("the first nine months", D1989, [("the first nine months", "DURATION", "P9M", None)]),
    ("for several years", None, [("several years", "DURATION", "PXY", None)]),
    ("The index rose for eight trading days.", None, [("eight trading days", "DURATION", "P8D", None)]),
    ("They left their third day-long meeting.", None, [("day-long", "DURATION", "P1D", None)]),
    ("nearly forty years", None, [("nearly forty years", "DURATION", "P40Y", None)]),
    ("at least 72 hours", None, [("at least 72 hours", "DURATION", "PT72H", None)]),
    ("a decade", None, [("a decade", "DURATION", "P10Y", None)]),
    ("Over the years, the dialogue grew.", None, [("the years", "DURATION", "PXY", None)]),
    # Sets.
    ("The council meets daily.", None, [("daily", "SET", "P1D", None)]),
    ("The group meets every Thursday.", None, [("every Thursday", "SET", "XXXX-WXX-4", None)]),
    ("Exercises are held each winter.", None, [("each winter", "SET", "XXXX-WI", None)]),
    ("Exercises are held each season.", None, [("each season", "SET", "P3M", None)]),
    ("twice a year", None, [("a year", "SET", "P1Y", None)]),
    ("It saves $500 million a year in costs.", None, [("a year", "SET", "P1Y", None)]),
    ("There are four flights a week to Bombay.", None, [("a week", "SET", "P1W", None)]),
    ("Protesters gather daily outside the embassy.", None, [("daily", "SET", "P1D", None)]),
    ("Pilgrims gather there each July.", D2010, [("each July", "SET", "XXXX-07", None)]),
    ("on Tuesday nights", None, [("Tuesday nights", "SET", "XXXX-WXX-2TNI", None)]),
    # Times.
    ("The blast came at 10:35 a.m.", dt.date(1998, 8, 7), [("10:35 a.m.", "TIME", "1998-08-07T10:35", None)]),
    ("at 9 a.m. Tuesday", D2010, [("9 a.m. Tuesday", "TIME", "2010-06-08T09:00", None)]),
    ("The tender closes at 5 p.m. EST Nov. 9.", D1989, [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00", None)]),
    ("until 5 p.m. EST, Nov. 6, 1989, holders", D1989,
     [("5 p.m. EST, Nov. 6, 1989", "TIME", "1989-11-06T17:00", None)]),
    ("this morning", D2010, [("this morning", "TIME", "2010-06-10TMO", None)]),
    ("last night", D2010, [("last night", "TIME", "2010-06-09TNI", None)]),
    ("### THURSDAY, 08 OCTOBER\n\n0930 – 1050 **Panel 1**", D2009,
     [("THURSDAY, 08 OCTOBER", "DATE", "2009-10-08", None),
      ("0930 – 1050", "TIME", "2009-10-08T09:30", "2009-10-08T10:50")]),
    ("### FRIDAY 09 OCTOBER\n\n1615-1630 **Closing Remarks**", D2009,
     [("FRIDAY 09 OCTOBER", "DATE", "2009-10-09", None),
      ("1615-1630", "TIME", "2009-10-09T16:15", "2009-10-09T16:30")]),
    ("In the capital, today is the eighth day of the blockade.", D2010,
     [("today", "DATE", "2010-06-10", None), ("the eighth day", "DATE", "2010-06-10", None)]),
    # Reported ranges give "the first day" and "the second day" their dates.
    ("held 8-9 October 2009. The first day covered Afghanistan. The second day covered nuclear order.", None,
     [("8-9 October 2009", "DATE", "2009-10-08", "2009-10-09"), ("The first day", "DATE", "2009-10-08", None),
      ("The second day", "DATE", "2009-10-09", None)]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_expressions_are_found_and_normalised(text: str, dct: dt.date | None, expected: list) -> None:
    found = [(t.text, t.type, t.value, t.range_end) for t in extract_timexes(text, dct).timexes]
    assert found == expected


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_the_parse_gives_the_same_answers(nlp, text: str, dct: dt.date | None, expected: list) -> None:
    found = [(t.text, t.type, t.value, t.range_end) for t in extract_timexes(text, dct, doc=nlp(text)).timexes]
    assert found == expected


def test_offsets_point_into_the_text() -> None:
    text = "USA/Pakistan\n\nWASHINGTON, June 10, 2010 — a four-day session ended today."
    for t in extract_timexes(text, D2010).timexes:
        assert text[t.start:t.end] == t.text


def test_timexes_are_sorted_and_do_not_overlap() -> None:
    text = "On Friday, Dec. 17, 1999, and again last week, then daily for two weeks in March 2010."
    timexes = extract_timexes(text, D1999).timexes
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("in early 1997", "1997", "START"),
    ("in the late 1970s", "197", "END"),
    ("by mid-November", "XXXX-11", "MID"),
    ("more than four hours", "PT4H", "MORE_THAN"),
    ("at least 72 hours", "PT72H", "EQUAL_OR_MORE"),
    ("nearly five months", "P5M", "LESS_THAN"),
])
def test_modifiers_become_the_mod_attribute(text: str, value: str, mod: str) -> None:
    (t,) = extract_timexes(text, None).timexes
    assert (t.value, t.mod) == (value, mod)


def test_about_stays_outside_the_span_but_sets_the_mod() -> None:
    (t,) = extract_timexes("for about two weeks", None).timexes
    assert (t.text, t.value, t.mod) == ("two weeks", "P2W", "APPROX")


@pytest.mark.parametrize(("text", "value"), [
    ("Arafat and the envoy meet separately Monday.", "2010-06-14"),  # a headline present looks ahead
    ("The offer had been scheduled to expire Monday.", "2010-06-07"),  # a pluperfect plan lies behind
    ("Worries may have hurt the shares on Tuesday.", "2010-06-08"),  # a modal perfect guesses at the past
    ("Weak banks hurt the index on Monday.", "2010-06-07"),  # "hurt" is a past tense too
    ("The minister says Monday was a good day.", "2010-06-07"),  # reporting verbs say nothing
    # a modal governs the date under it however far: a programme's "On Wednesday, ... will be received" lies ahead
    ("On Wednesday, Minister Rodrigo Vasconcellos Paranhos will be received by the Minister of Foreign Affairs of Senegal.",
     "2010-06-16"),
])
def test_the_verb_group_says_which_way_a_weekday_lies(nlp, text: str, value: str) -> None:
    (t,) = extract_timexes(text, D2010, doc=nlp(text)).timexes
    assert t.value == value


def test_a_wire_story_counts_from_its_dateline_not_its_later_stamp() -> None:
    text = "WASHINGTON, March 12 (Xinhua) -- The envoy arrived yesterday and leaves today."
    found = [(t.text, t.value) for t in extract_timexes(text, dt.date(1999, 3, 13)).timexes]
    assert found == [("March 12", "1999-03-12"), ("yesterday", "1999-03-11"), ("today", "1999-03-12")]


def test_a_dateline_far_from_the_document_date_is_not_an_anchor() -> None:
    text = "WASHINGTON, March 2 (Xinhua) -- The envoy arrived yesterday."
    found = [(t.text, t.value) for t in extract_timexes(text, dt.date(1999, 3, 13)).timexes]
    assert found == [("March 2", "1999-03-02"), ("yesterday", "1999-03-12")]
