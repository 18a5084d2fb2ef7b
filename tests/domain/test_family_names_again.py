"""A person named again by both family names after an office, "Undersecretary Salinas Vega" after "Roberto Salinas
Vega" (issue 12), is that one person on the roster, not a second one."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

STATEMENT = """Joint Statement on the Fourth Canada–Mexico Strategic Dialogue

Ottawa, 18 October 2032

Canada's Deputy Minister of Foreign Affairs, Caroline Tremblay, and Mexico's Undersecretary for North America, Roberto Salinas Vega, co-chaired the Fourth Canada–Mexico Strategic Dialogue in Ottawa on 17 October 2032.

On the margins of the Dialogue, Undersecretary Salinas Vega met with Canada's Minister of Public Safety, Dominic Leblanc, to discuss the fight against fentanyl trafficking.
"""


def test_both_family_names_after_an_office_are_the_person_named_in_full(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=STATEMENT, published="2032-10-18"), nlp=nlp)
    assert "Salinas Vega" not in {p.name for p in doc.people}
    (meeting,) = [e for e in doc.events if e.type == "meeting"]
    assert {p.name: p.side for p in meeting.participants} == {"Roberto Salinas Vega": "MX", "Dominic Leblanc": "CA"}
