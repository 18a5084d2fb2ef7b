"""A programme's day heading that writes its year (issue 12): "Thursday, 12 March 2034" is 12 March 2034 though that
day is a Sunday; the weekday fixes the year only of a heading that writes none ("THURSDAY, 08 OCTOBER")."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """Canada–Chile Consultations on Arctic and Antarctic Affairs
Ottawa, 12 March 2034

Thursday, 12 March 2034
09:30–10:45   Item 1. Polar research logistics
              Panelists: Dr. Claire Tremblay, Polar Knowledge Canada; Dr. Ignacio Rojas, Chilean Antarctic Institute
"""


def test_the_written_year_wins_over_a_weekday_that_does_not_fit(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2034-03-01")
    assert [e.start for e in events if e.type == "conference"] == ["2034-03-12T09:30"]
