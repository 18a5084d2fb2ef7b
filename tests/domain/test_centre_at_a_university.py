"""A centre named by the university it is at (issue 12): "Dr. X of the Center for Security and Emerging Technology at
Georgetown University" is of the university's country, at a dialogue between two others' scholars too."""

from __future__ import annotations

from tests.domain.test_events_unseen import _all_sides, _extract

REPORT = """Fudan–Brookings Dialogue on Emerging Technologies

Summary of the Sixth Round
Shanghai, 9–10 November 2032

The sixth round of the dialogue met at Fudan University in Shanghai on 9 and 10 November 2032.

Session 1: Artificial intelligence and early warning

Dr. Hannah Whitfield of the Center for Security and Emerging Technology at Georgetown University presented a \
typology of machine-learning tools. Professor Zhou Lanying of the Center for International Security and Strategy at \
Tsinghua University acted as discussant.
"""


def test_a_centre_at_a_university_is_of_the_universitys_country(nlp) -> None:
    sides = _all_sides(_extract(nlp, REPORT, "2032-11-15"))
    assert sides.get("Hannah Whitfield") == "US" and sides.get("Zhou Lanying") == "CN"
