"""A gathering's speakers (issue 12): "Opening remarks were delivered by Ambassador A, ..., and by Mr. B" and "X, former
Secretary General ..., delivered the keynote address" make A, B and X the gathering's speakers (A and B had been
participants with no role, X no participant)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract
from tests.domain.test_report_named_attend import REPORT

FORUM = """Summary of the Seventh Portugal–Morocco Strategic Forum

The seventh Portugal–Morocco Strategic Forum was held in Lisbon on 5 and 6 May 2032.

At the opening dinner on 5 May, Ambassador Karim Bennani, former Secretary General of the Ministry of Foreign Affairs of Morocco, delivered the keynote address.
"""


def test_opening_remarks_delivered_by_make_speakers(nlp) -> None:
    [dialogue] = _extract(nlp, REPORT, "2031-03-20")
    roles = {p.name: p.role for p in dialogue.participants}
    assert roles["Rosa Quispe Huamán"] == roles["Tomás Errázuriz Vial"] == "speaker"


def test_who_delivered_the_keynote_address_speaks_at_the_forum(nlp) -> None:
    [forum] = [e for e in _extract(nlp, FORUM, "2032-05-10") if e.start == "2032-05-05"]
    assert {p.name: (p.side, p.role) for p in forum.participants}.get("Karim Bennani") == ("MA", "speaker")
