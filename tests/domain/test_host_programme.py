"""A host's programme of a guest's visit (issue 12): "Composition of the delegation" (a heading in lower case, naming no
side) lists the guest's people, whose first entry names their country, not the host publisher's; its people are on
the visit, the head of delegation as lead; a body's name after an office ("Director of Investment Promotion, Paraguay
Investment Authority") is no one; and the arrival line, whoever welcomes the guest, is the visit itself, also when the
programme recalls an earlier visit the other way ("reciprocates the state visit of Prime Minister X in 2029"). The
tagger runs the title line's "the Kingdom of Denmark" on into "Copenhagen, 3–5 June 2031" below it: read line by
line, the visit still goes to Denmark."""

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


def test_the_composition_is_the_guests_and_the_arrival_is_the_visit(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-05-28")
    visits = [e for e in events if e.type == "visit" and e.start.startswith("2031")]
    assert len(visits) == 1
    (visit,) = visits
    assert (visit.start, visit.end) == ("2031-06-03", "2031-06-05")
    assert {(p.name, p.side, p.role) for p in visit.participants} >= {
        ("Rafael Antonio Quiroga Pérez", "PY", "lead"), ("Mariela Beatriz Acosta Benítez", "PY", "member"),
        ("Hugo Javier Cáceres Villalba", "PY", "member")}
    assert ("Lars Østergaard", "DK") in {(p.name, p.side) for p in visit.participants}
    assert not [p for e in events for p in e.participants if "Authority" in p.name]


def test_the_visit_goes_where_the_title_line_says(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-05-28")
    (visit,) = [e for e in events if e.type == "visit" and e.start.startswith("2031")]
    assert visit.location is not None and visit.location.country == "DK"
