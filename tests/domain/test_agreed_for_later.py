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
