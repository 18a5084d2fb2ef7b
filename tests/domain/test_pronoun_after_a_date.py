""""On 8 June he co-chaired the Dialogue with the Foreign Secretary, X" (issue 12): "he", after a day set before it
with no comma, is the one the sentence before names, so the visiting minister takes part in the dialogue."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

SUMMARY = """Ghana–Japan relations: an event summary

Tokyo, 14 September 2029

On Thursday, the Sasakawa Peace Foundation hosted Ghana's Minister of Foreign Affairs, Mr. Kwame Asante Boateng, and the Japanese State Minister for Foreign Affairs, Ms. Yuki Morita, for a discussion of the relationship. The event was chaired by Dr. Aiko Ishida.

Minister Boateng is the longest-serving foreign minister in West Africa. On 11 September he co-chaired the second round of the Ghana–Japan Policy Dialogue at the Iikura Guest House with the Minister for Foreign Affairs, Mr. Hiroshi Tanabe.
"""


def test_he_after_a_fronted_day_is_the_one_named_before(nlp) -> None:
    events = _extract(nlp, SUMMARY, "2029-09-14")
    (dialogue,) = [e for e in events if e.type == "dialogue" and "Policy Dialogue" in e.evidence[0].text]
    assert dialogue.start == "2029-09-11"
    assert {(p.name, p.side) for p in dialogue.participants} >= {("Kwame Asante Boateng", "GH"), ("Hiroshi Tanabe", "JP")}
