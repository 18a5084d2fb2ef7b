"""A bilateral meeting held at a multilateral gathering (issue 12): "On the evening he arrives, the Minister will hold
a bilateral meeting with Minister X", told after the ministerial X chairs, is an event of its own, dated by the
gathering, not a part of it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Minister Okonkwo to attend the ECOWAS Council of Ministers in Accra

Abuja, 2 June 2033

Minister of Foreign Affairs Ifeoma Okonkwo will be in Accra from 9 to 10 June to lead the Nigerian delegation to the ECOWAS Council of Ministers Conference, which Ghanaian Minister for Foreign Affairs Kwesi Mensah will chair on 10 June. On the evening she arrives, the Minister will hold a bilateral meeting with Minister Mensah.
"""


def test_a_bilateral_meeting_at_a_ministerial_is_an_event_of_its_own(nlp) -> None:
    events = _extract(nlp, NOTE, "2033-06-02")
    meetings = [e for e in events if e.type == "meeting"]
    assert any({"Ifeoma Okonkwo", "Kwesi Mensah"} <= {p.name for p in e.participants} for e in meetings)
    assert any(e.type == "conference" for e in events)
