"""A trip's last country before its days, "travel to Ghana, Kenya and Senegal March 4-9" (issue 12): Senegal is a
leg of the trip, though the tagger reads "Senegal March 4-9" as one organisation's name, and the call on its president
in Dakar is an event of that leg."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TRAVEL = """Deputy Secretary Harlan's Travel to Ghana, Kenya and Senegal

Office of the Spokesperson
March 2, 2031

Deputy Secretary of State Maria Harlan will travel to Ghana, Kenya and Senegal March 4-9. In Accra, she will meet Foreign Minister Ama Owusu. She will conclude her trip in Dakar, where she will call on President Aminata Diallo.
"""


def test_the_last_leg_before_the_trip_s_days_is_a_leg(nlp) -> None:
    events = _extract(nlp, TRAVEL, "2031-03-02")
    legs = {e.countries for e in events if e.type == "visit"}
    assert ("US", "SN") in legs and ("US", "GH") in legs and ("US", "KE") in legs
    (call,) = [e for e in events if e.type == "meeting" and "Aminata Diallo" in {p.name for p in e.participants}]
    assert call.countries == ("US", "SN") and call.start == "2031-03-04"
