"""What the sides agreed to do later (issue 12): "the two ministers agreed to convene the Commission in Belmopan in
November", told in June, is a meeting in the coming November, not last November's, and not the meeting the text
reports; an agreement reached ("agreed to form a partnership") stays an agreement of the day."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TEXT = ("Mexico City, 8 June 1995. On Wednesday, Secretary of Foreign Affairs José Quiroga travelled to Belmopan, "
        "where he met with the Minister of Foreign Affairs of Belize, Dean Barrow. The two foreign ministers agreed "
        "to convene the Mexico–Belize Binational Commission in Belmopan in November.\n")


def test_a_gathering_agreed_for_a_month_lies_ahead_of_the_document(nlp) -> None:
    events = _extract(nlp, TEXT, "1995-06-08")
    assert {e.start for e in events if e.type == "dialogue"} == {"1995-11"}


def test_the_meeting_that_agreed_it_keeps_its_kind_and_day(nlp) -> None:
    events = _extract(nlp, TEXT, "1995-06-08")
    assert {(e.type, e.start) for e in events if e.start == "1995-06-07"} == {("meeting", "1995-06-07"),
                                                                               ("visit", "1995-06-07")}


def test_the_next_round_is_dated_by_what_it_is_scheduled_for(nlp) -> None:
    text = ("ASTANA, March 3, 2004 — U.S. Assistant Secretary of State John Smith held consultations today in Astana "
            "with Kazakh Deputy Foreign Minister Kairat Abdrakhmanov on regional security. The next round of "
            "consultations is scheduled for early 2005 in Washington.\n")
    assert ("dialogue", "2005") in {(e.type, e.start) for e in _extract(nlp, text, "2004-03-03")}


def test_a_numbered_round_of_a_series_agreed_for_later_is_an_event(nlp) -> None:
    text = ("The twelfth German-Polish roundtable met at the Polish Institute of International Affairs in Warsaw on 14 "
            "and 15 November 2003. Participants discussed the enlargement of the European Union. It was agreed that "
            "the thirteenth roundtable would be held at SWP in Berlin in May 2004.\n")
    events = _extract(nlp, text, "2003-11-20")
    assert {e.start for e in events} == {"2003-11-14", "2004-05"}
    (later,) = [e for e in events if e.start == "2004-05"]
    assert later.location is not None and later.location.name == "Berlin"


def test_a_university_that_hosts_the_next_round_holds_no_meeting_of_its_own(nlp) -> None:
    text = ("The fifth meeting of the Chile–Peru Border Dialogue was held in Arica on 8 and 9 June 2027. The sixth "
            "meeting of the dialogue will be held in Tacna in early 2028, hosted by the Universidad Nacional Jorge "
            "Basadre Grohmann.\n")
    assert len([e for e in _extract(nlp, text, "2027-06-21") if e.start == "2028"]) == 1
