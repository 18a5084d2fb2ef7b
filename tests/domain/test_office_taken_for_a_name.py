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


PROGRAMME = """PROGRAMME
Visit of the Chief of Defence of Denmark to Peru
Lima, 14 September 2031

Monday, 14 September 2031
10:00  Courtesy call on General Manuel Ernesto Quispe Huamán, Chief of the Joint Command of the Armed Forces of Peru
11:30  Working meeting between the delegations, chaired by General Quispe Huamán and General Mette Holm
14:00  Signing of the Letter of Intent by General Holm and General Quispe Huamán
"""


def test_an_office_said_once_is_the_position_over_a_rank_said_twice(nlp) -> None:
    x = extract_document(Document(id="t", source="t", text=PROGRAMME, published="2031-09-10"), nlp=nlp)
    titles = {p.name: p.title for p in x.people}
    assert titles["Manuel Ernesto Quispe Huamán"] == "Chief of the Joint Command of the Armed Forces of Peru"
