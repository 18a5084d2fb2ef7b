"""An office two people hold, named again alone (issue 12): "the Foreign Minister" after two foreign ministers is the
one named last before it in its paragraph; "X will receive him tomorrow, and on Wednesday the Minister is to meet Y"
is two meetings, each on its own day."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

TEXT = ("Office of the Spokesperson\n\nSecretary of State Jonathan A. Hale spoke separately today with Chilean Foreign "
        "Minister Sofía Irarrázaval and Argentine Foreign Minister Martín Etcheverry.\n\n"
        "In his call with Foreign Minister Irarrázaval, the Secretary discussed irregular migration.\n\n"
        "In his call with Foreign Minister Etcheverry, the Secretary discussed critical minerals. The Secretary and the "
        "Foreign Minister agreed to meet in Washington next month.\n")


def test_the_office_two_hold_is_the_one_named_last_in_its_paragraph(nlp) -> None:
    (planned,) = [e for e in _extract(nlp, TEXT, "2026-02-10") if e.type == "meeting"]
    assert _sides(planned).get("Martín Etcheverry") == "AR"
    assert "AR" in planned.countries


def test_a_day_opening_the_next_clause_dates_that_clauses_meeting(nlp) -> None:
    text = ("Media Note\nOffice of the Spokesman\nJune 18, 2007\n\nForeign Minister Sukhbaatar Batjargal of Mongolia is "
            "visiting Washington from June 17 to 20. Deputy Secretary of State Howard S. Kettleman will receive him "
            "tomorrow, and on Wednesday the Minister is scheduled to meet Senator Ann Whitaker on Capitol Hill.\n")
    meetings = {e.start: set(_sides(e)) for e in _extract(nlp, text, "2007-06-18") if e.type == "meeting"}
    assert meetings.get("2007-06-19", set()) >= {"Howard S. Kettleman", "Sukhbaatar Batjargal"}
    assert "Ann Whitaker" in meetings.get("2007-06-20", set())
