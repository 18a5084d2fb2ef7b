"""Whom a report of one gathering names acting, and puts in no event it tells, was at that gathering (issue 12):
"Observers: A, Consul, ...; B, Counsellor, ..." and "Other participants included Colonel C, ..., and Captain D of the
Peruvian Navy" take part in the dialogue, on the sides their offices give (they had been found as people and put in no
event); a president whose decree the participants reviewed does not."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Centro de Estudios Andinos, Lima

CHILE–PERU TRACK 1.5 DIALOGUE ON BORDER COOPERATION
Third Round, Arica, 12–13 March 2031

WORKSHOP REPORT

1. The third round of the Chile–Peru Track 1.5 Dialogue on Border Cooperation was held in Arica on 12 and 13 March 2031. It brought together former officials, academics and journalists from both countries.

2. Opening remarks were delivered by Ambassador Rosa Quispe Huamán, Ambassador of Peru to Chile, and by Mr. Tomás Errázuriz Vial, Director of Border Affairs at the Ministry of Foreign Affairs of Chile.

3. Participants reviewed President Ignacio Bravo's decree on the northern border and the state of the Tacna–Arica railway.
4. Other participants included Colonel Martín Rojas Vidal, Defence Attaché, Embassy of Chile in Lima, and Captain Diego Salazar Rivas of the Peruvian Navy.

Observers: Lucía Paredes, Consul, Consulate-General of Peru in Arica; Felipe Araya, Counsellor, Embassy of Chile in Lima.
"""


def test_observers_and_other_participants_join_the_dialogue(nlp) -> None:
    [dialogue] = _extract(nlp, REPORT, "2031-03-20")
    sides = {p.name: p.side for p in dialogue.participants}
    assert sides == {"Rosa Quispe Huamán": "PE", "Tomás Errázuriz Vial": "CL", "Martín Rojas Vidal": "CL",
                     "Diego Salazar Rivas": "PE", "Lucía Paredes": "PE", "Felipe Araya": "CL"}


def test_a_person_named_as_a_topic_does_not_join(nlp) -> None:
    [dialogue] = _extract(nlp, REPORT, "2031-03-20")
    assert not any("Bravo" in p.name for p in dialogue.participants)
