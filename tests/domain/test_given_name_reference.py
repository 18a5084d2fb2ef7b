"""A Malay or Arabic name given again without the father's name (issue 12): "Ahmad Faizal" after "Ahmad Faizal Abdul
Karim" is the same person, who keeps one entry among the document's people and takes part in the visit told by it."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

NOTE = """Bandar Seri Begawan, 14 May 2033

The Minister of Defence of Brunei, Pehin Awang Yusof Salleh, received the Minister of Defence of Malaysia, Ahmad Faizal Abdul Karim, at the Ministry of Defence today.

Minister Ahmad Faizal was in Brunei from 11 to 13 May at the invitation of Minister Awang Yusof.
"""


def test_a_given_name_without_the_fathers_is_the_same_person(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=NOTE, published="2033-05-14"), nlp=nlp)
    assert [p.name for p in doc.people if "Faizal" in p.name] == ["Ahmad Faizal Abdul Karim"]
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert "Ahmad Faizal Abdul Karim" in {p.name for p in visit.participants}
