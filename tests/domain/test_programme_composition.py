"""A visit programme under a ministry's letterhead (issue 12): "MINISTRY OF FOREIGN AFFAIRS" over "HANOI" is
Viet Nam's publisher, so its own unqualified "Minister for Foreign Affairs" is Viet Nam's; "COMPOSITION OF THE
CHILEAN DELEGATION" in capitals lists the visitors, who take part in the visit, and an entry wrapped onto an
indented line ("(Head of Delegation)") leads it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """MINISTRY OF FOREIGN AFFAIRS
HANOI

PROGRAMME

OFFICIAL VISIT OF HIS EXCELLENCY MR. TOMAS ANDRES LARRAIN, MINISTER OF FOREIGN AFFAIRS OF THE REPUBLIC OF CHILE,
TO THE SOCIALIST REPUBLIC OF VIET NAM
(9-10 March 2034)

At the invitation of Mr. Pham Quoc Hai, Minister for Foreign Affairs, His Excellency Mr. Tomas Andres Larrain, \
Minister of Foreign Affairs of the Republic of Chile, will pay an official visit to Viet Nam from 9 to 10 March 2034.

DAY 1: THURSDAY, 9 MARCH 2034
1000 hrs      Arrival at Noi Bai International Airport
1500-1600     Talks between the two Foreign Ministers
              Venue: Ministry of Foreign Affairs

COMPOSITION OF THE CHILEAN DELEGATION
1. H.E. Mr. Tomas Andres Larrain, Minister of Foreign Affairs
   (Head of Delegation)
2. Ms. Carolina Ines Fuenzalida, Director General for Asia Pacific,
   Ministry of Foreign Affairs
3. Mr. Rodrigo Esteban Vial, Ambassador of Chile to Viet Nam

The programme is subject to change.
"""


def test_a_letterheads_capital_is_its_publishers_country_and_the_composition_joins_the_visit(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2034-03-05")
    (visit,) = [e for e in events if e.type == "visit" and e.start == "2034-03-09" and e.end == "2034-03-10"]
    people = {p.name: (p.side, p.role) for p in visit.participants}
    assert people["Pham Quoc Hai"][0] == "VN"
    assert people["Tomas Andres Larrain"] == ("CL", "lead")
    assert people["Carolina Ines Fuenzalida"] == ("CL", "member")
    assert people["Rodrigo Esteban Vial"][0] == "CL"
    (talks,) = [e for e in events if e.type == "meeting" and e.start.startswith("2034-03-09T15")]
    assert {p.name: p.side for p in talks.participants} == {"Pham Quoc Hai": "VN", "Tomas Andres Larrain": "CL"}
