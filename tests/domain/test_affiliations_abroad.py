"""Track-II participants of institutions named in other languages (issue 12): "Ms. X of the Universidad Externado de
Colombia presented" is Colombian, "of the Ministerio de Defensa de Chile" Chilean; a co-chair whose given name alone
the tagger took for a person keeps the whole name the courtesy gives, and the office after it."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_unseen import _extract, _sides

TEXT = ("The fifth meeting of the Colombia–Ecuador Binational Border Dialogue was held at FLACSO Ecuador in Quito on 8 "
        "and 9 June 2027. It was co-chaired by Dr. Mariana Castaño Restrepo, Professor of Political Science at the "
        "Universidad de los Andes, and Dr. Esteban Villacís Mora, Research Professor at FLACSO Ecuador.\n\n"
        "Ms. Lucía Benavides Ortiz of the Universidad Externado de Colombia presented data on mixed migration flows, "
        "and Dr. Fernando Almeida Guerrero of the Universidad San Francisco de Quito presented on mercury in the "
        "San Miguel river.\n")


def test_institutions_named_in_spanish_give_their_country(nlp) -> None:
    people = extract_document(Document(id="t", source="t", text=TEXT, published="2027-06-21"), nlp=nlp).people
    countries = {p.name: p.country for p in people}
    assert countries.get("Lucía Benavides Ortiz") == "CO"
    assert countries.get("Fernando Almeida Guerrero") == "EC"


def test_a_co_chair_the_tagger_cut_to_a_given_name_is_kept_whole(nlp) -> None:
    (dialogue,) = [e for e in _extract(nlp, TEXT, "2027-06-21") if e.start == "2027-06-08"]
    assert "Esteban Villacís Mora" in _sides(dialogue)
