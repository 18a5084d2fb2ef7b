"""A visit programme whose timed lines are bulleted (issue 12): "• 10:00 – 11:00 – Courtesy call on General X" is
something the visitor does, as an unbulleted timed line is, so the visitor is one of its participants."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """PROGRAMME
Visit of General Mette Kjærgaard Holm, Chief of Defence of Denmark, to the Republic of Peru
Lima, 14–16 September 2031

Monday, 14 September 2031
• 10:00 – 11:00 – Courtesy call on General Manuel Ernesto Quispe Huamán, Chief of the Joint Command of the Armed Forces of Peru
• 15:00 – Meeting with Mr. Javier Salazar Montoya, Minister of Defence of Peru, at the Ministry of Defence

Wednesday, 16 September 2031
• 10:00 – Departure
"""


def test_each_bulleted_call_of_the_programme_has_the_visitor(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-09-10")
    calls = [e for e in events if e.start in ("2031-09-14T10:00", "2031-09-14T15:00")]
    assert len(calls) == 2
    for call in calls:
        assert ("Mette Kjærgaard Holm", "DK") in {(p.name, p.side) for p in call.participants}
