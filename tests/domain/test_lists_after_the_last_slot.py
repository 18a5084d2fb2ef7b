"""Delegation lists after a programme's last slot (issue 12). A blank line ends a slot's own lines, so the list below
is no slot's speakers; a heading such as "For Norway:" or "The Government of the Republic of Ghana" names its side as
"Norwegian Delegation" does; and the heading line "Members of the Ghanaian Delegation" is no meeting of its own that
takes the list's people to the session before it."""

from __future__ import annotations

import pytest

from tests.domain.test_events_unseen import _extract

AGENDA = """Norway–Ghana Bilateral Consultations on Maritime Security
Accra, 11–12 May 2032

AGENDA

Monday, 11 May 2032
09:00  Opening remarks by the heads of delegation
09:30  Session 1: Gulf of Guinea piracy and information sharing
13:00  Lunch

Tuesday, 12 May 2032
09:00  Session 2: Fisheries enforcement
11:00  Adoption of the agreed conclusions and closing

{norway}
- Ms. Ingrid Solberg, Director General, Ministry of Foreign Affairs (Head of Delegation)
- Commodore Lars Haugen, Royal Norwegian Navy
- Ms. Kari Nilsen, Counsellor, Embassy of Norway in Accra

{ghana}
- Ambassador Kwame Asante, Director, Ministry of Foreign Affairs and Regional Integration (Head of Delegation)
- Rear Admiral Yaw Mensah, Chief of Naval Staff
- Ms. Akosua Owusu, Deputy Director, Ministry of Defence
"""

EVERYONE = {"Ingrid Solberg": ("NO", "lead"), "Lars Haugen": ("NO", "member"), "Kari Nilsen": ("NO", "member"),
            "Kwame Asante": ("GH", "lead"), "Yaw Mensah": ("GH", "member"), "Akosua Owusu": ("GH", "member")}


@pytest.mark.parametrize("norway, ghana", [("For Norway:", "For Ghana:"),
                                           ("Delegation of Norway", "The Government of the Republic of Ghana"),
                                           ("Members of the Norwegian Delegation", "Members of the Ghanaian Delegation")])
def test_the_lists_below_the_programme_are_the_consultations_delegations(nlp, norway: str, ghana: str) -> None:
    events = _extract(nlp, AGENDA.format(norway=norway, ghana=ghana), "2032-05-01")
    (consultations,) = [e for e in events if e.start == "2032-05-11" and e.end == "2032-05-12"]
    assert {p.name: (p.side, p.role) for p in consultations.participants} == EVERYONE
    assert all(not e.participants for e in events if e.start.startswith("2032-05-12T"))
