"""An exchange of instruments of ratification is a signing (issue 12): "The instruments of ratification ... were
exchanged today in Canberra" is an agreement of the day, and "A and B performed the exchange" names its two sides;
the working meeting "after the ceremony" is that day's."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

TEXT = ("Media Note\nOffice of the Spokesperson\nWashington, DC\nMarch 12, 2014\n\n"
        "The instruments of ratification for the Extradition Treaty between the Government of the United States of "
        "America and the Government of Australia were exchanged today in Canberra. United States Ambassador to "
        "Australia Margaret L. Hollis and Australia's Attorney-General, Mr. Peter J. Cranbrook, performed the exchange "
        "at Parliament House.\n\n"
        "After the ceremony, Ambassador Hollis and Attorney-General Cranbrook held a working meeting on cybercrime.\n")


def test_instruments_exchanged_today_are_an_agreement_of_the_day_with_both_sides(nlp) -> None:
    (exchange,) = [e for e in _extract(nlp, TEXT, "2014-03-12") if e.type == "agreement"]
    assert exchange.start == "2014-03-12"
    assert _sides(exchange) == {"Margaret L. Hollis": "US", "Peter J. Cranbrook": "AU"}


def test_the_meeting_after_the_ceremony_is_that_days(nlp) -> None:
    (meeting,) = [e for e in _extract(nlp, TEXT, "2014-03-12") if e.type == "meeting"]
    assert meeting.start == "2014-03-12" and set(meeting.countries) == {"US", "AU"}
