"""Who acts for another side than their office's ("X, Minister for Foreign Affairs of Luxembourg, on behalf of the
Presidency of the Council of the European Union"), and an office whose words the tagger takes for a name
(issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

COUNCIL = (
    "COUNCIL OF THE EUROPEAN UNION\nPRESS\n\n"
    "Seventh meeting of the EU–Tunisia Association Council\nJoint Statement\n\n"
    "Brussels, 14 May 2024\n\n"
    "The EU–Tunisia Association Council held its seventh meeting in Brussels today. The meeting was chaired by "
    "Mr. Pierre Kayser, Minister for Foreign Affairs of the Grand Duchy of Luxembourg, on behalf of the Presidency of "
    "the Council of the European Union. The Tunisian delegation was led by Mr. Hedi Ben Salah, Minister of Foreign "
    "Affairs of the Republic of Tunisia.\n"
)


def test_a_chair_acting_for_the_union_is_of_the_union_and_a_duchy_is_no_one(nlp) -> None:
    council = next(e for e in _extract(nlp, COUNCIL, "2024-05-14") if e.type == "dialogue")
    assert _sides(council) == {"Pierre Kayser": "EU", "Hedi Ben Salah": "TN"}
    assert set(council.countries) == {"EU", "TN"}


OFFICE = (
    "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF SEYCHELLES\n\nPRESS RELEASE\n\n"
    "The Minister for Foreign and Diaspora Affairs, Hon. Dr. Marie-Claire Laporte, today received H.E. Mr. Kenji "
    "Ishiguro, State Minister for Foreign Affairs of Japan, in Victoria.\n"
)


def test_an_office_the_tagger_reads_as_a_name_is_still_the_office(nlp) -> None:
    people = {p.name: p for p in _extract_people(nlp, OFFICE)}
    assert people["Marie-Claire Laporte"].title == "Minister for Foreign and Diaspora Affairs"


def _extract_people(nlp, text: str):
    from entente.extract.document import extract_documents
    from entente.models import Document

    (doc,) = extract_documents([Document(id="t", source="t", text=text, published="2026-03-19")], nlp=nlp)
    return doc.people
