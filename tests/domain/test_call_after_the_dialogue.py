"""A call made "after the dialogue" is an event of its own (issue 12): "Participants called on Vice Foreign Minister X
after the dialogue." had been folded into the dialogue, X taking part in it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """KOREA–AUSTRALIA 1.5 TRACK DIALOGUE
Seoul, 3 June 2025

LIST OF PARTICIPANTS

Republic of Korea
- Dr. Kim Hyun-wook, Korea National Diplomatic Academy (co-chair)
- Mr. Lee Jae-hyun, Asan Institute for Policy Studies
- Ms. Park Sun-young, Ministry of Foreign Affairs

Australia
- Mr. Peter Jennings, Australian Strategic Policy Institute (co-chair)
- Dr. Rory Medcalf, Australian National University
- Ms. Sarah Tran, Department of Foreign Affairs and Trade

SUMMARY

The dialogue, held in Seoul on 3 June 2025, discussed North Korea, supply-chain resilience and cooperation in the South Pacific. Participants called on Vice Foreign Minister Kim Hong-kyun after the dialogue.
"""


def test_a_call_after_the_dialogue_is_its_own_meeting(nlp) -> None:
    events = _extract(nlp, REPORT, None)
    [dialogue] = [e for e in events if e.type == "dialogue"]
    [call] = [e for e in events if e.type == "meeting"]
    assert "Kim Hong-kyun" not in {p.name for p in dialogue.participants}
    assert "Kim Hong-kyun" in {p.name for p in call.participants} and call.start == dialogue.start
