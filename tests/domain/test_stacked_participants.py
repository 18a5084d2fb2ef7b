"""A participant list laid out as a word processor leaves it (issue 12): a country's name on a line of its own heads
its side's people, and each person's name stands alone on a line with their body on the line below. Everyone on the
list takes part in the dialogue the report is about, on the side their heading names."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Chile–New Zealand Track II Dialogue on Antarctic Cooperation
Report of the Fourth Round, Wellington, 14–15 March 2033

The fourth round of the Chile–New Zealand Track II Dialogue on Antarctic Cooperation was held in Wellington on 14 and 15 March 2033, convened by the Centre for Strategic Studies, Victoria University of Wellington, and the Instituto de Estudios Internacionales of the Universidad de Chile. Discussions covered fisheries enforcement, search and rescue, and the logistics of the two national Antarctic programmes.

Participants

Chile
Ambassador Rodrigo Fuentes Alarcón
Instituto de Estudios Internacionales, Universidad de Chile
Dr. Carolina Muñoz Vidal
Chilean Antarctic Institute
Captain Felipe Araya Soto
Chilean Navy

New Zealand
Professor Helen Whitcombe
Centre for Strategic Studies
Dr. Tane Ngata
Antarctica New Zealand
Commander Sarah Brightwell
Royal New Zealand Navy
"""


def test_a_stacked_list_gives_the_dialogue_its_people_on_their_headings_sides(nlp) -> None:
    events = _extract(nlp, REPORT, "2033-03-20")
    (dialogue,) = [e for e in events if e.start == "2033-03-14"]
    sides = {p.name: p.side for p in dialogue.participants}
    assert sides == {"Rodrigo Fuentes Alarcón": "CL", "Carolina Muñoz Vidal": "CL", "Felipe Araya Soto": "CL",
                     "Helen Whitcombe": "NZ", "Tane Ngata": "NZ", "Sarah Brightwell": "NZ"}
