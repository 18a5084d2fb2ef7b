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


def test_a_university_of_a_city_in_portuguese_is_of_that_city() -> None:
    """"Universidade de São Paulo" is Brazilian; a university of a town too small to be named for ("Universidad de
    San Andrés", in Buenos Aires, not on the Colombian island) says nothing."""
    from entente.extract.organisations import organisation_country

    assert organisation_country("Universidade de São Paulo") == "BR"
    assert organisation_country("Universidad de San Andrés") is None


def test_a_foundation_named_for_a_person_is_no_person(nlp) -> None:
    text = ("The seminar was opened on 3 May 2011 in Rio de Janeiro by Prof. Renato Bastos of the Fundação Getulio "
            "Vargas, who met Ambassador Ana Castillo of Argentina.\n")
    people = {p.name for e in _extract(nlp, text, "2011-05-10") for p in e.participants}
    assert "Getulio Vargas" not in people


def test_an_ambassador_of_a_country_in_a_capital_before_the_name_gives_the_side(nlp) -> None:
    """"a courtesy call on the Ambassador of Colombia in Quito, Mr. Rodrigo Arango Velásquez": the office set off by
    a comma before the name was read only with of/for/to between its words, so he had no side."""
    text = ("On 9 June 2027 the two co-chairs of the Colombia–Ecuador Binational Border Dialogue paid a courtesy call on "
            "the Ambassador of Colombia in Quito, Mr. Rodrigo Arango Velásquez.\n")
    sides = {p.name: p.side for e in _extract(nlp, text, "2027-06-21") for p in e.participants}
    assert sides.get("Rodrigo Arango Velásquez") == "CO"
