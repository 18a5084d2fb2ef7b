"""A transcript datelined abroad (issue 12): "Ada Quill, Secretary of State / Nairobi, Kenya" over the remarks or the
interview she gave there is her visit to Kenya that day, titled as a visit, with her as the visitor; an interview given
at home is still no event."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

ABROAD = """Ada Quill, Secretary of State

Nairobi, Kenya

Serena Hotel

QUESTION:  Madam Secretary, welcome to Nairobi, and thank you for your time.

SECRETARY QUILL:  Thank you. It is good to be here.

QUESTION:  What brings you here this week?

SECRETARY QUILL:  Our partnership on health and on trade.
"""


def _events(nlp, text: str, title: str):
    document = Document(id="t", source="t", title=title, text=text, published="2031-05-12T14:00:00+00:00")
    return list(extract_document(document, nlp=nlp).events)


def test_an_interview_given_abroad_is_a_visit_there(nlp) -> None:
    events = _events(nlp, ABROAD, "Secretary Ada Quill With Jane Mwangi of The Daily Mirror")
    (visit,) = [e for e in events if e.type == "visit"]
    assert (visit.start, visit.location.country, visit.title) == ("2031-05-12", "KE", "Quill visits Nairobi")
    assert [(p.name, p.side, p.role) for p in visit.participants] == [("Ada Quill", "US", None)]


def test_remarks_given_abroad_are_a_visit_there_too(nlp) -> None:
    events = _events(nlp, ABROAD, "Secretary Ada Quill Remarks to the Press")
    assert [e.location.country for e in events if e.type == "visit"] == ["KE"]


def test_an_interview_given_at_home_is_no_event(nlp) -> None:
    assert _events(nlp, ABROAD.replace("Nairobi, Kenya", "Washington, D.C."),
                   "Secretary Ada Quill With Jane Mwangi of The Daily Mirror") == []
