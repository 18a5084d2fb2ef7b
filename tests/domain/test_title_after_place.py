"""A guest's office after the place a host received them in (issue 12): "received today in Hanoi the Minister of
Foreign Affairs of Norway, X" titles X "Minister of Foreign Affairs of Norway", not "Hanoi the Minister ..."."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_recalled_round import RELEASE


def test_the_office_starts_at_its_article_not_at_the_place_before_it(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=RELEASE, published="2032-05-20"), nlp=nlp)
    titles = {p.name: p.title for p in doc.people}
    assert titles["Ingrid Solberg Haugen"] == "Minister of Foreign Affairs of Norway"
    assert titles["Tran Minh Duc"] == "Minister of Foreign Affairs of Viet Nam"
