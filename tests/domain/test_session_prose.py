"""A report's session told in prose (issue 12): "Dr. X, Director of Research at Y, presented a reading of the Lima
summit's outcomes" is a presenter at the dialogue, not at a summit he only spoke of, and the section's prose is read
as sentences, not as a programme's "Name, office" lines ("Ms. Z ... acted as discussant" takes part too)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Chile–New Zealand Pacific Dialogue: Report of the Third Round

Centro de Estudios Internacionales and the New Zealand Institute of International Affairs
Wellington, 20 May 2031

The third round of the Chile–New Zealand Pacific Dialogue was held in Wellington on 12 and 13 May 2031. It was \
co-chaired by Dr. Carmen Gloria Riquelme and Prof. Andrew McAllister.

Session 1: APEC and the regional order

Dr. Tomás Ignacio Bravo Muñoz, Director of Research at the Centro de Estudios Internacionales, presented a Chilean \
reading of the Lima summit's outcomes, arguing that the two economies should coordinate on digital trade. Ms. Sarah \
Whitcombe, Senior Fellow at Victoria University of Wellington, acted as discussant and cautioned that summit \
declarations rarely reach budget lines.
"""


def test_the_sessions_speakers_take_part_in_the_dialogue_with_their_roles(nlp) -> None:
    events = _extract(nlp, REPORT, "2031-05-20")
    (dialogue,) = [e for e in events if e.type == "dialogue"]
    assert {(p.name, p.side, p.role) for p in dialogue.participants} == {
        ("Carmen Gloria Riquelme", "CL", "chair"), ("Andrew McAllister", "NZ", "chair"),
        ("Tomás Ignacio Bravo Muñoz", "CL", "presenter"), ("Sarah Whitcombe", "NZ", "discussant")}
    assert not [e for e in events if e.type == "summit"]
