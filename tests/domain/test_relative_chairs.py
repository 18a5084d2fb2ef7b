"""Who a relative clause says chaired (issue 12): "In attendance were some twenty experts, including Ambassador (ret.)
A and Dr. B of IMEMO, who co-chaired the meeting" makes both the meeting's chairs (B had been a participant with no
role, A no participant at all: the clause had been given to its last name only)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

SUMMARY = """Norwegian Institute of International Affairs (NUPI) – Institute of World Economy and International Relations (IMEMO)

NORWAY–RUSSIA DIALOGUE ON THE BARENTS REGION
Fourteenth Meeting, Tromsø, 3–4 September 2019

SUMMARY

The fourteenth meeting of the Norway–Russia Dialogue on the Barents Region took place in Tromsø on 3 and 4 September 2019. In attendance were some twenty experts, including Ambassador (ret.) Kjell Hagen and Dr. Olga Smirnova of IMEMO, who co-chaired the meeting.

Session I: Fisheries and the Svalbard zone
Presentations were given by Prof. Ingrid Lunde of the University of Tromsø and Dr. Pavel Orlov of the Russian Academy of Sciences. Dr. Anders Berg, Counsellor at the Norwegian Ministry of Foreign Affairs, acted as discussant.

Session II: Search and rescue
Capt. (ret.) Sergei Volkov and Commander Erik Dahl of the Norwegian Coast Guard presented.

On the evening of 3 September, participants were hosted at a dinner by the Mayor of Tromsø, Ms. Kari Nilsen.

The fifteenth meeting will be held in Arkhangelsk in 2020.
"""


def test_both_names_before_who_co_chaired_chair_the_dialogue(nlp) -> None:
    [dialogue] = [e for e in _extract(nlp, SUMMARY, None) if e.type == "dialogue" and e.start == "2019-09-03"]
    roles = {p.name: (p.side, p.role) for p in dialogue.participants}
    assert roles["Kjell Hagen"] == ("NO", "chair")
    assert roles["Olga Smirnova"] == ("RU", "chair")
