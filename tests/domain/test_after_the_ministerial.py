"""What a ministerial's statement is named for and "following the ministerial" (issue 12): "the ministers issued a
Joint Statement of the Second Mekong-U.S. Partnership Ministerial Meeting" names the meeting told before, not a meeting
of its own (it joined the partnership's launch at a ministerial of the year before); "Following the ministerial, X held
a separate video call with Y" is that day's call (it took the month of a dialogue planned for December)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TEXT = ("Second Andean–Canada Partnership Ministerial Meeting\n\nMedia Note\nOffice of the Spokesperson\nMarch 9, 2027\n\n"
        "Foreign Minister Claire Dubois and Peruvian Foreign Minister Rosa Quispe co-chaired the second Andean–Canada "
        "Partnership Ministerial Meeting by video conference today. They were joined by Colombian Foreign Minister "
        "Andrés Forero and Ecuadorian Foreign Minister Pablo Cevallos.\n\n"
        "At the conclusion of the meeting, the ministers issued a Joint Statement of the Second Andean–Canada "
        "Partnership Ministerial Meeting, which sets out a target of a regional water data platform by 2030.\n\n"
        "The Partnership was launched at a virtual ministerial meeting in October 2026.\n\n"
        "Peru will host the Partnership's Track 1.5 Policy Dialogue in Lima in June.\n\n"
        "Following the ministerial, Minister Dubois held a separate video call with Foreign Minister Forero to discuss "
        "the bilateral relationship.\n")


def test_the_call_following_the_ministerial_is_that_days(nlp) -> None:
    (call,) = [e for e in _extract(nlp, TEXT, "2027-03-09") if e.type == "call"]
    assert call.start == "2027-03-09"


def test_the_meeting_a_statement_is_named_for_is_not_the_launch_a_year_before(nlp) -> None:
    launch = [e for e in _extract(nlp, TEXT, "2027-03-09") if e.start == "2026-10"]
    assert launch and all("Andrés Forero" not in {p.name for p in e.participants} for e in launch)
