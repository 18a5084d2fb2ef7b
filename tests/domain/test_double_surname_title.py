"""A title names a person as the document calls them (issue 12): "Minister Lagos" for Verónica Lagos Urrutia, whose
first family name is her father's, not "Urrutia", a name the text never calls her by."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Bogotá, 3 September 2034

The Minister of Foreign Affairs of Colombia, Verónica Lagos Urrutia, received the Minister for Foreign Affairs of Ireland, Ms. Siobhán Dwyer, at the San Carlos Palace today. Minister Lagos and Minister Dwyer reviewed the peace agreement's implementation.
"""


def test_the_title_calls_her_by_the_family_name_the_text_uses(nlp) -> None:
    (meeting,) = [e for e in _extract(nlp, NOTE, "2034-09-03") if e.type == "meeting"]
    assert "Lagos" in meeting.title and "Urrutia" not in meeting.title
