""""X received at the Palacio San Carlos the Minister of Y, Z" (issue 12): a guest received with the site between the
verb and the guest is met, so the guest is a participant of the meeting with their own side."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Colombia and Ghana open a new chapter

Bogotá, 18 August 2032

The Minister of Foreign Affairs, Ms. Lucía Restrepo Montoya, received at the Palacio San Carlos the Minister of Foreign Affairs of the Republic of Ghana, Mr. Kofi Owusu-Ansah, on 17 August 2032.
"""


def test_a_guest_received_at_a_site_takes_part(nlp) -> None:
    events = _extract(nlp, RELEASE, "2032-08-18")
    (meeting,) = [e for e in events if e.type == "meeting"]
    sides = {p.name: p.side for p in meeting.participants}
    assert sides.get("Kofi Owusu-Ansah") == "GH" and sides.get("Lucía Restrepo Montoya") == "CO"
    assert meeting.start == "2032-08-17"
