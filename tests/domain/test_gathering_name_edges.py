"""A gathering's name as its heading writes it (issue 12): a track number before "Track" stays in it ("KOREA–AUSTRALIA
1.5 TRACK DIALOGUE" had become "TRACK DIALOGUE"), and a title never opens on the dash between two institutions'
names ("Chatham House – Indian Council of World Affairs Dialogue" had become "– Indian Council ...")."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TRACK = """KOREA–AUSTRALIA 1.5 TRACK DIALOGUE
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

INSTITUTES = """Chatham House – Indian Council of World Affairs Dialogue
London, 12 May 2027

Attendees

United Kingdom                         India
Lord Peter Ricketts                    Ambassador Vijay Gokhale
Dr. Robin Niblett                      Dr. Harsh V. Pant
Ms. Sophia Gaston                      Mr. Rajiv Bhatia

Summary

The dialogue took place at Chatham House on 12 May 2027 under the Chatham House Rule and covered trade negotiations and Indo-Pacific security.
"""


def test_a_track_number_before_track_stays_in_the_name(nlp) -> None:
    [dialogue] = [e for e in _extract(nlp, TRACK, None) if e.type == "dialogue"]
    assert dialogue.title.startswith("KOREA–AUSTRALIA 1.5 TRACK DIALOGUE")


def test_a_title_does_not_open_on_a_dash(nlp) -> None:
    [dialogue] = [e for e in _extract(nlp, INSTITUTES, None) if e.type == "dialogue"]
    assert dialogue.title[:1].isalpha()
