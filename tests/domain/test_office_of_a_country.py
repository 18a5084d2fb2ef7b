"""An office named again with its country, or in the plural (issue 12): on a visit programme that lists both
foreign ministers, "Official lunch offered by the Minister of Foreign Affairs of Colombia" is the Colombian minister's,
and "Bilateral meeting of the Ministers of Foreign Affairs" is a meeting of the two of them."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """PROGRAMME OF THE OFFICIAL VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF THE REPUBLIC OF INDONESIA TO THE REPUBLIC OF COLOMBIA
Bogotá, 21–23 April 2031

Indonesian delegation:
• H.E. Ms. Ratna Kusumawati, Minister of Foreign Affairs
• H.E. Mr. Bambang Hartono, Ambassador of Indonesia to Colombia
• Mr. Agus Setiawan, Director-General for American and European Affairs

Colombian delegation:
• H.E. Ms. Laura Restrepo Gaviria, Minister of Foreign Affairs
• H.E. Mr. Andrés Cárdenas Ruiz, Vice Minister of Multilateral Affairs

Tuesday, 21 April 2031
15:00  Arrival at El Dorado International Airport
Wednesday, 22 April 2031
09:30  Bilateral meeting of the Ministers of Foreign Affairs, Palacio de San Carlos
12:30  Official lunch offered by the Minister of Foreign Affairs of Colombia
Thursday, 23 April 2031
10:00  Departure
"""


def test_an_office_with_its_country_or_in_the_plural_names_its_holders(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-04-20")
    meeting = next(e for e in events if e.start == "2031-04-22T09:30")
    lunch = next(e for e in events if e.start == "2031-04-22T12:30")
    assert {(p.name, p.side) for p in meeting.participants} == {("Ratna Kusumawati", "ID"), ("Laura Restrepo Gaviria", "CO")}
    # the lunch the Colombian minister offers is hers (not the Indonesian minister's, though named by the same office);
    # her guest, the visiting minister, is at it too
    assert {(p.name, p.side) for p in lunch.participants} == {("Laura Restrepo Gaviria", "CO"), ("Ratna Kusumawati", "ID")}


VISIT = """PROGRAMME
Visit of the Chief of Defence of the Kingdom of Denmark to the Republic of Peru
Lima, 14–16 September 2031

Monday, 14 September 2031
• 10:00 – 11:00 – Courtesy call on General Manuel Ernesto Quispe Huamán, Chief of the Joint Command of the Armed Forces of Peru
• 11:30 – 13:00 – Working meeting between the delegations, chaired by General Quispe Huamán and General Mette Kjærgaard Holm, Chief of Defence of Denmark

Wednesday, 16 September 2031
• 10:00 – Departure
"""


def test_a_programme_titled_by_the_visitors_office_and_country_has_that_visitor(nlp) -> None:
    events = _extract(nlp, VISIT, "2031-09-10")
    (visit,) = [e for e in events if e.type == "visit" and e.start == "2031-09-14" and e.end == "2031-09-16"]
    assert ("Mette Kjærgaard Holm", "DK") in {(p.name, p.side) for p in visit.participants}
