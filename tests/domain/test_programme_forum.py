"""A track-II forum's programme from two institutes that write their names in their own language, with bulleted
timed lines under day headings, and a report whose co-chairs call on a minister (issue 12)."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_unseen import _extract, _sides

PROGRAMME = (
    "INSTITUTO CHILENO DE ESTUDIOS ESTRATÉGICOS (ICEE)\n"
    "CENTRO PERUANO DE ESTUDIOS INTERNACIONALES (CEPEI)\n\n"
    "II Chile–Peru Strategic Forum\n"
    "Lima, 14–15 April 2036\n"
    "Programme – version of 2 April 2036\n\n"
    "TUESDAY 14 APRIL – CEPEI, Avenida Salaverry 2020, Lima\n"
    "- 9h00 – Registration\n"
    "- 9h30–10h15 – Opening\n"
    "    - Amb. (ret.) Rodrigo Valdés Ossa, President, ICEE (Co-Chair)\n"
    "    - Amb. (ret.) Carmen Rosa Quispe, Director, CEPEI (Co-Chair)\n"
    "- 13h00–14h30 – Lunch offered by Ambassador Felipe Undurraga, Ambassador of Chile to Peru, at his residence\n\n"
    "WEDNESDAY 15 APRIL – CEPEI\n"
    "- 15h00 – Meeting of the co-chairs with the Minister of Foreign Affairs of Peru, Dr. Alonso Ríos Carrión, at the "
    "Palacio de Torre Tagle\n"
)


def test_a_forum_named_for_its_two_countries_is_the_gathering_its_co_chairs_sides_from_its_letterhead(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2036-04-02")
    (forum,) = [e for e in events if e.type == "conference"]
    assert (forum.start, forum.end) == ("2036-04-14", "2036-04-15") and sorted(forum.countries) == ["CL", "PE"]
    assert _sides(forum) == {"Rodrigo Valdés Ossa": "CL", "Carmen Rosa Quispe": "PE"}


def test_a_letterheads_institute_is_written_as_text_writes_it(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=PROGRAMME, published="2036-04-02"), nlp=nlp)
    affiliations = {p.name: p.affiliation for p in doc.people}
    assert affiliations["Carmen Rosa Quispe"] == "Centro Peruano de Estudios Internacionales"


def test_bulleted_timed_lines_are_held_on_their_days_heading_the_co_chairs_meet_the_minister(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2036-04-02")
    lunch = next(e for e in events if "Felipe Undurraga" in _sides(e))
    call = next(e for e in events if "Alonso Ríos Carrión" in _sides(e))
    assert lunch.start.startswith("2036-04-14") and call.start.startswith("2036-04-15")
    assert _sides(call) == {"Alonso Ríos Carrión": "PE", "Rodrigo Valdés Ossa": "CL", "Carmen Rosa Quispe": "PE"}


REPORT = (
    "Third Round of the Norway–Poland Security Dialogue\nOslo, 3-4 March 2035\n\n"
    "The third round of the Norway–Poland Security Dialogue was held in Oslo on 3 and 4 March 2035. The dialogue was "
    "co-chaired by Ambassador (ret.) Kari Nordvik, Senior Adviser at NUPI, and Professor Adam Zielinski, Director of "
    "PISM.\n\n"
    "Session 1 was chaired by Professor Zielinski. Dr. Ingrid Solheim and Dr. Marta Wolska presented papers.\n\n"
    "On the morning of 4 March, the two co-chairs and several members of both delegations called on State Secretary "
    "Erik Haugland at the Ministry of Foreign Affairs.\n"
)


def test_the_two_co_chairs_who_call_on_a_minister_are_the_dialogues(nlp) -> None:
    events = _extract(nlp, REPORT, "2035-03-10")
    call = next(e for e in events if "Erik Haugland" in _sides(e))
    assert {"Kari Nordvik", "Adam Zielinski"} <= set(_sides(call))


def test_co_chairs_named_by_were_chair_and_call_on_a_deputy_minister_and_a_university_is_no_part_of_a_name(nlp) -> None:
    text = ("Rapporteur's Summary\nU.S.–Thailand Track II Dialogue, Fourth Round\nBangkok, March 9–10, 2034\n\n"
            "The fourth round of the U.S.–Thailand Track II Dialogue was held in Bangkok on March 9–10, 2034. The "
            "co-chairs were Dr. Laura Finnegan, Senior Director at Pacific Forum, and Ambassador Somchai Rattanakul, "
            "Director of ISIS Thailand.\n\n"
            "Session 1 was chaired by Ambassador Somchai Rattanakul. Dr. Kevin Lindgren of Georgetown University "
            "presented.\n\n"
            "On March 9, the co-chairs and several participants called on Deputy Minister of Foreign Affairs "
            "Pradit Wongsakul at the Ministry of Foreign Affairs.\n")
    events = _extract(nlp, text, "2034-03-20")
    dialogue = next(e for e in events if e.title.startswith("U.S.–Thailand"))
    roles = {p.name: p.role for p in dialogue.participants}
    assert roles["Laura Finnegan"] == roles["Somchai Rattanakul"] == "chair" and "Kevin Lindgren" in roles
    call = next(e for e in events if "Pradit Wongsakul" in _sides(e))
    assert {"Laura Finnegan", "Somchai Rattanakul"} <= set(_sides(call))
