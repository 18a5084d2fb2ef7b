"""What naive date parsers take for dates and the temporal stage must not: numbers, names, verbs, bad dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entente.extract.timex import TimexSettings, extract_timexes
from entente.extract.timex.dct import find_document_date

ROOT = Path(__file__).resolve().parents[2]
D2010 = dt.date(2010, 6, 10)


@pytest.mark.parametrize("text", [
    "Media contact: +1 (703) 697-5131/697-5132",
    "Public contact: or +1 (703) 428-0711 +1",
    "IMMEDIATE RELEASE No. 580-99",
    "the Foreign Assistance Revitalization and Accountability Act (S.1524)",
    "Officials may meet again.",
    "May I add one point?",
    "Protesters will march on the capital.",
    "Kazakhstan Minister of Defense Sat Tokpakbayev signed the plan.",
    "we look forward to working together",
    "Sun Microsystems and the Sun newspaper",
    "a force of 2000 troops",
    "Call 2100 for help at extension 1930.",
    "dial 1999 from any phone",
    "Room 2010 and Flight 1776",
    "prices fall as profits spring back",
    "a 6-year-old boy",
    "its quarterly dividend",
    "in the year 2500",
    "the 30 percent rise",
    "a $1,999 fee and 1,500 people",
    "It will be a second betrayal.",
    "Iraq imports about three-quarters of its food.",
    "They hold more than a quarter of the market.",
    'The minister said on ABC\'s "This Week" that talks were over.',
    "The firm moved from a fiscal year to a calendar year.",
    'He said so on CBS\'s "60 Minutes" program.',
])
def test_not_a_date(text: str) -> None:
    assert extract_timexes(text, D2010).timexes == ()


def test_agenda_times_are_times_not_years(nlp) -> None:
    text = "### THURSDAY, 08 OCTOBER\n\n0930 – 1050 **Panel 1**\n\n1930 – 2100 **Hosted Dinner**"
    timexes = extract_timexes(text, dt.date(2009, 10, 8), doc=nlp(text)).timexes
    values = [t.value for t in timexes]
    assert "0930" not in values and "1930" not in values and "930" not in values
    assert values[1:] == ["2009-10-08T09:30", "2009-10-08T19:30"]


def test_a_programmes_hours_are_no_year_even_when_the_parse_says_date(nlp) -> None:
    # the small model tags "2000" of "2000 hrs Dinner hosted by" as a date
    text = "Venue: Ministry of Foreign Affairs\n\n2000 hrs      Dinner hosted by Mr. Ahsan Khan, Minister"
    assert extract_timexes(text, dt.date(2027, 4, 14), doc=nlp(text)).timexes == ()


def test_may_the_verb_is_told_from_may_the_month_by_the_parse(nlp) -> None:
    text = "The envoys may meet in May."
    (t,) = extract_timexes(text, D2010, doc=nlp(text)).timexes
    assert (t.text, t.value) == ("May", "2011-05")


def test_an_invalid_date_is_no_date_and_a_warning() -> None:
    text = "The treaty was signed on 31 February 2010 in Almaty."
    result = extract_timexes(text, D2010)
    assert result.timexes == ()
    assert result.messages == ('invalid date "31 February 2010" at 25',)


def test_february_29_exists_only_in_leap_years() -> None:
    assert extract_timexes("Feb. 29, 2008", None).timexes[0].value == "2008-02-29"
    assert extract_timexes("Feb. 29, 2010", None).timexes == ()


@pytest.mark.parametrize(("text", "settings", "found"), [
    ("founded in 1850", TimexSettings(), ["1850"]),
    ("founded in 1850", TimexSettings(min_year=1900), []),
    ("plans for 2150", TimexSettings(), []),
    ("plans for 2150", TimexSettings(max_year=2200), ["2150"]),
    ("June 10, 1750", TimexSettings(), []),
])
def test_years_outside_the_plausibility_window_are_not_dates(text: str, settings: TimexSettings,
                                                           found: list[str]) -> None:
    assert [t.value for t in extract_timexes(text, None, settings=settings).timexes] == found


@pytest.mark.parametrize(("text", "value"), [
    ("The envoy visited last week.", "PAST_REF"),
    ("the strategic dialogue in March", "XXXX-03"),
    ("wrapped up the session today", "PRESENT_REF"),
    ("Officials met Friday.", "XXXX-WXX-5"),
    ("three months ago", "PAST_REF"),
    ("Sept. 30", "XXXX-09-30"),
    ("This week's talks", "PRESENT_REF"),
])
def test_without_a_document_date_relative_expressions_stay_unresolved(text: str, value: str) -> None:
    (t,) = extract_timexes(text, None).timexes
    assert t.value == value
    assert str(dt.date.today().year) not in t.value


# --- the document's own date -------------------------------------------------------------------------

@pytest.mark.parametrize(("seed", "expected"), [
    ("000_738c2bc7823eb3e4.txt", dt.date(2010, 6, 10)),
    ("001_020ea05720c30ffd.txt", dt.date(2009, 10, 8)),
    ("002_5b9a27ca37bae74b.txt", dt.date(1999, 12, 20)),
])
def test_find_document_date_on_the_seeds(seed: str, expected: dt.date) -> None:
    assert find_document_date((ROOT / "seeds" / seed).read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Title\n\nWASHINGTON, June 10, 2010 — U.S. and Pakistani officials met.", dt.date(2010, 6, 10)),
    ("ISLAMABAD, Pakistan, Jan. 5, 2011 (AP) — Talks began.", dt.date(2011, 1, 5)),
    ("News Release\nIMMEDIATE RELEASE No. 580-99\nDecember 20, 1999\n\nHEADLINE\n\nBody.", dt.date(1999, 12, 20)),
    ("Conference report\nDubai, United Arab Emirates • 8-9 October 2009\n\nSummary.", dt.date(2009, 10, 8)),
    ("Statement\n2021-05-14\n\nThe Secretary met.", dt.date(2021, 5, 14)),
    ("A long opening paragraph that mentions, in passing, that on June 5, 2009 a meeting took place in the "
     "capital between the two delegations and that more would follow in the autumn of that year.", None),
    ("No date anywhere in this text, only talk of next week and last March.", None),
])
def test_find_document_date(text: str, expected: dt.date | None) -> None:
    assert find_document_date(text) == expected


def test_the_past_before_a_count_is_no_reference_to_the_past() -> None:
    found = extract_timexes("Marchers clashed with police for the past three summers.", D2010).timexes
    assert "PAST_REF" not in [t.value for t in found]
