"""A place entity the tagger runs across a blank line ("the Kingdom of Denmark" + "Copenhagen, 3–5 June 2031" below it)
is read line by line (issue 12): the programme's visit goes to Denmark, and its arrival line, with the minister who
welcomes the guest, is that visit rather than a visit of its own."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """Programme of the Official Visit of H.E. Mr. Rafael Antonio Quiroga Pérez, President of the Republic of Paraguay, to the Kingdom of Denmark

Copenhagen, 3–5 June 2031
Protocol Department, Ministry of Foreign Affairs of Denmark

The visit reciprocates the state visit of Prime Minister Mette Sørensen to Asunción in October 2029.

Tuesday, 3 June 2031

16:30 Arrival of the delegation at Copenhagen Airport
Welcome by Mr. Lars Østergaard, Minister for Development Cooperation
18:00 Transfer to the hotel

Wednesday, 4 June 2031

10:00 Official talks between President Quiroga and Prime Minister Mette Sørensen, Marienborg
12:30 Official luncheon hosted by Prime Minister Sørensen

Composition of the delegation

1. H.E. Mr. Rafael Antonio Quiroga Pérez, President of the Republic of Paraguay – Head of Delegation
2. Hon. Mariela Beatriz Acosta Benítez, Minister of Foreign Affairs
3. Mr. Hugo Javier Cáceres Villalba, Director of Investment Promotion, Paraguay Investment Authority
"""


def test_the_visit_goes_where_the_title_line_says(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-05-28")
    visits = [e for e in events if e.type == "visit" and e.start.startswith("2031")]
    assert len(visits) == 1
    (visit,) = visits
    assert visit.location is not None and visit.location.country == "DK"
    assert ("Lars Østergaard", "DK") in {(p.name, p.side) for p in visit.participants}
