"""An office the tagger takes for a name does not end the office before it (issue 12): on a delegation list,
"Ms. Kari Nilsen, Counsellor, Embassy of Norway in Accra" gives Kari Nilsen her post, though the tagger reads
"Counsellor" as a person; the roster had shown her with no position."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

AGENDA = """Norway–Ghana Consultations
Accra, 11 May 2032

The consultations were held in Accra on 11 May 2032.

Norwegian delegation:
- Ms. Kari Nilsen, Counsellor, Embassy of Norway in Accra
- Mr. Erik Dahl, Counsellor, Embassy of Norway
"""


def test_the_post_after_the_name_is_read_whole(nlp) -> None:
    x = extract_document(Document(id="t", source="t", text=AGENDA, published="2032-05-12"), nlp=nlp)
    titles = {p.name: p.title for p in x.people}
    assert titles == {"Kari Nilsen": "Counsellor, Embassy of Norway in Accra", "Erik Dahl": "Counsellor, Embassy of Norway"}
