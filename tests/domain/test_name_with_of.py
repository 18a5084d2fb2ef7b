"""A gathering named for a country whose name holds "of" (issue 12): the "Third Poland–Republic of Korea Strategic
Dialogue" is titled with both countries, not cut to "Korea Strategic Dialogue"."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

AGENDA = """Third Poland–Republic of Korea Strategic Dialogue
Seoul, 9 November 2034
AGENDA

09:30–11:00  Session 1: Security on the Korean Peninsula and in Eastern Europe
  - Chair: Dr. Lee Seo-yeon, Korea Institute for Defense Analyses
  - Dr. Marta Zielińska, Polish Institute of International Affairs
"""


def test_the_dialogue_is_titled_with_its_whole_name(nlp) -> None:
    (dialogue,) = [e for e in _extract(nlp, AGENDA, "2034-11-01") if e.type == "dialogue"]
    assert dialogue.title.startswith("Poland–Republic of Korea Strategic Dialogue")


REPORT = """Report: Vietnam–Australia Track 1.5 Dialogue on Maritime Security
Hanoi, 18–19 October 2032

The Diplomatic Academy of Vietnam and the Lowy Institute convened the third Vietnam–Australia Track 1.5 Dialogue on Maritime Security in Hanoi on 18–19 October 2032.
"""


def test_a_track_number_is_part_of_the_dialogues_name(nlp) -> None:
    (dialogue,) = [e for e in _extract(nlp, REPORT, None) if e.type == "dialogue"]
    assert dialogue.title.startswith("Vietnam–Australia Track 1.5 Dialogue")
