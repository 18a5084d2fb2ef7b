"""Role labels of other house styles (issue 12): a programme's "Comments:", "Panellists:" and "Interventions:" lines
name the item's discussants, presenters and speakers as "Discussant:" and "Panelists:" lines do."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """Canada–Chile Consultations on Arctic and Antarctic Affairs
Ottawa, 16 March 2034

Thursday, 16 March 2034
09:30–10:45   Item 1. Polar research logistics
              Panellists: Dr. Claire Tremblay, Polar Knowledge Canada; Dr. Ignacio Rojas, Chilean Antarctic Institute
              Comments: Mr. Tomás Fuenzalida, Ministry of Foreign Affairs of Chile
11:00–12:00   Item 2. Search and rescue
              Interventions: Cdr. Marc Gagnon, Canadian Coast Guard
"""


def test_other_role_labels_name_their_items_people(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2034-03-01")
    item = next(e for e in events if e.start == "2034-03-16T09:30")
    roles = {p.name: p.role for p in item.participants}
    assert roles == {"Claire Tremblay": "presenter", "Ignacio Rojas": "presenter", "Tomás Fuenzalida": "discussant"}
    (consultations,) = [e for e in events if e.start == "2034-03-16" and e.type == "dialogue"]
    assert ("Marc Gagnon", "speaker") in {(p.name, p.role) for p in consultations.participants}
