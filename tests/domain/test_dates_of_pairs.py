"""Dates a reader takes at a glance that the engine misread, and names other offices' styles give (issue 12): a
month's day before a name ("the June 23 Second Berlin Conference"), a pair of days each with its weekday ("Thursday 6
and Friday 7 May"), a signing dated in its own clause beside a "now", a day set off by the one it is relative to
("On Wednesday, the day before the dialogue opened"); "Shri", "the Hon ... MP" before a name; a guest whose office has
three words between his country and its head; an air base, which is no one."""

from __future__ import annotations

import datetime as dt

from entente.extract.timex import extract_timexes
from tests.domain.test_events_unseen import _extract, _sides


def test_a_day_before_a_name_is_the_day_not_seconds(nlp) -> None:
    text = ("Secretary of State Antony J. Blinken spoke today with Libyan Foreign Minister Najla Mangoush. They "
            "discussed the upcoming June 23 Second Berlin Conference on Libya and the need for national elections "
            "in December 2021.\n")
    conferences = [e for e in _extract(nlp, text, "2021-06-17") if e.type == "conference"]
    assert [e.start for e in conferences] == ["2021-06-23"]


def test_two_days_each_with_its_weekday_are_one_span(nlp) -> None:
    text = ("Indonesia–Australia Dialogue: Twelfth Round\n\nThe twelfth round of the Indonesia–Australia Dialogue was "
            "held at CSIS in Jakarta on Thursday 6 and Friday 7 May 2027.\n")
    (dialogue,) = [e for e in _extract(nlp, text, "2027-05-31") if e.type == "dialogue"]
    assert (dialogue.start, dialogue.end) == ("2027-05-06", "2027-05-07")
    # ... and the first day is a date of that month, not the Thursday before the document's date
    days = [(t.text, t.value) for t in extract_timexes(text, dt.date(2027, 5, 31)).timexes]
    assert days == [("Thursday 6", "2027-05-06"), ("Friday 7 May 2027", "2027-05-07")]


def test_an_agreement_signed_in_a_month_is_not_dated_by_a_now_after_it(nlp) -> None:
    text = ("Participants recalled that the Defence Cooperation Agreement signed in Canberra in August 2024 had been "
            "implemented faster than many expected, with joint exercises now held in both countries every year.\n")
    signings = [e for e in _extract(nlp, text, "2027-05-31") if e.type == "agreement"]
    assert all(e.start != "2027-05-31" for e in signings)


def test_a_day_set_off_by_the_gathering_it_precedes_dates_the_call_not_the_gathering(nlp) -> None:
    text = ("The twelfth round of the Indonesia–Australia Dialogue was held at CSIS in Jakarta on 6 and 7 May 2027.\n\n"
            "On 5 May, the day before the dialogue opened, a group of Australian participants led by Dr. Michael "
            "Harrington called on Indonesia's Deputy Minister of Defence, Lieutenant General (ret.) Bambang Suryadi, "
            "at the Ministry of Defence.\n")
    events = _extract(nlp, text, "2027-05-31")
    (dialogue,) = [e for e in events if e.type == "dialogue"]
    assert (dialogue.start, dialogue.end) == ("2027-05-06", "2027-05-07")
    (call,) = [e for e in events if e.type == "meeting"]
    assert call.start == "2027-05-05"
    assert _sides(call) == {"Michael Harrington": "AU", "Bambang Suryadi": "ID"}


def test_courtesies_of_other_offices_open_a_name(nlp) -> None:
    text = ("NEW DELHI, 4 March 2014\n\n"
            "Foreign Secretary Sujata Rao received in New Delhi today the Minister for Foreign Affairs of Solomon "
            "Islands, the Hon Clement Riumana MP, who is on an official visit to India.\n\n"
            "The Minister was later received by the High Commissioner of India to Solomon Islands, Shri Vikram "
            "Dasgupta.\n")
    people = {name: side for e in _extract(nlp, text, "2014-03-04") for name, side in _sides(e).items()}
    assert "Clement Riumana" in people and "Clement Riumana MP" not in people
    assert people.get("Vikram Dasgupta") == "IN"


def test_a_guest_with_a_long_office_welcomed_today_is_met_today_and_a_base_is_no_one(nlp) -> None:
    text = ("Secretary of Defense Hosts Kuwaiti Minister of Defense at the Pentagon\nNews Release\nMarch 9, 2027\n\n"
            "Secretary of Defense Marcus J. Hollister welcomed Kuwait's First Deputy Prime Minister and Minister of "
            "Defense Sheikh Talal Fahad Al-Mubarak Al-Sabah to the Pentagon today with an enhanced honor cordon. The "
            "Minister is in Washington on an official visit March 8–10.\n\n"
            "The Secretary thanked the Minister for Kuwait's hosting of U.S. forces at Ali Al Salem Air Base.\n")
    events = _extract(nlp, text, "2027-03-09")
    meetings = [e for e in events if e.type == "meeting"]
    assert [(e.start, e.end) for e in meetings] == [("2027-03-09", None)]
    assert _sides(meetings[0]) == {"Marcus J. Hollister": "US", "Talal Fahad Al-Mubarak Al-Sabah": "KW"}
    assert not any("Base" in name for e in events for name in _sides(e))


def test_one_called_on_after_his_office_is_met_by_the_caller_not_the_next_meeting(nlp) -> None:
    text = ("New Delhi, 23 November 1999\n\nDuring his visit, Deputy Prime Minister Tran Quoc Hung of Viet Nam called on "
            "the Prime Minister, Shri Madhav Rao Deshpande, and held a meeting with the Minister of Commerce and "
            "Industry, Shri Harish Chandra Mehrotra.\n")
    meetings = [set(_sides(e)) for e in _extract(nlp, text, "1999-11-23") if e.type == "meeting"]
    assert sorted(meetings, key=len) == [{"Tran Quoc Hung", "Madhav Rao Deshpande"},
                                         {"Tran Quoc Hung", "Harish Chandra Mehrotra"}]


def test_the_years_an_instrument_covers_do_not_date_its_signing(nlp) -> None:
    text = ("New Delhi, 23 November 1999\n\nOn 23 November, the two co-chairs signed a Cultural Exchange Programme "
            "between India and Viet Nam. The Programme, signed for the years 2000-2002, provides for exchanges.\n")
    signings = [e for e in _extract(nlp, text, "1999-11-23") if e.type == "agreement"]
    assert [e.start for e in signings] == ["1999-11-23"]


def test_a_month_then_two_days_is_a_span(nlp) -> None:
    """"where on April 14 and 15 she will meet X" is two days; the second day is no date of its own."""
    text = ("Deputy Secretary Farouk will travel next week to Jakarta, where on April 14 and 15 she will meet with "
            "Indonesia's Minister of Finance Bambang Suryadarma.\n")
    meetings = [e for e in _extract(nlp, text, "2031-04-10") if e.type == "meeting"]
    assert [(e.start, e.end) for e in meetings] == [("2031-04-14", "2031-04-15")]


def test_a_vietnamese_family_name_the_tagger_left_out_is_kept(nlp) -> None:
    text = ("On April 8, Deputy Secretary Farouk met with Minister of Finance Lê Văn Khải in Hanoi to discuss "
            "capital markets.\n")
    (meeting,) = [e for e in _extract(nlp, text, "2031-04-10") if e.type == "meeting"]
    assert "Lê Văn Khải" in _sides(meeting)
