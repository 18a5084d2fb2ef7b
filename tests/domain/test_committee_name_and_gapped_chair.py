"""A joint committee's meeting by its name, and a chair told by gapping (issue 12): "The Third Meeting of the Egypt–Greece
Joint Economic Committee was held in Athens" is that committee's event by name (it had been "Dialogue with Mansour,
Papadakis": the en dash between the countries and the capital "Meeting" had hidden the name), and "The Egyptian side
was chaired by A, and the Greek side by B" makes B a chair as well as A."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """JOINT PRESS RELEASE

Third Meeting of the Egypt–Greece Joint Economic Committee

Athens, 22 November 2030

1. The Third Meeting of the Egypt–Greece Joint Economic Committee was held in Athens on 20 and 21 November 2030. The Egyptian side was chaired by H.E. Dr. Hala Mansour, Minister of Planning and Economic Development, and the Greek side by H.E. Mr. Nikos Papadakis, Minister of Development and Investments.

2. On the margins of the meeting, Minister Mansour was received by the Prime Minister of the Hellenic Republic, H.E. Mr. Andreas Karamanlis, and held a separate meeting with the Minister of Maritime Affairs, Mr. Yiannis Stavrou, on the Alexandria–Piraeus ferry link.

3. The two ministers signed a Memorandum of Understanding on cooperation in renewable energy and witnessed the signing of an executive programme on tourism by the two ambassadors, H.E. Mr. Omar Fathy and H.E. Ms. Eleni Kourou.

4. The two sides agreed to hold the Fourth Meeting of the Committee in Cairo in 2032.
"""


def test_the_committee_is_named_and_both_sides_chair(nlp) -> None:
    [committee] = [e for e in _extract(nlp, RELEASE, None) if e.type == "dialogue" and e.start == "2030-11-20"]
    assert committee.title == "Egypt–Greece Joint Economic Committee in Athens"
    roles = {p.name: (p.side, p.role) for p in committee.participants}
    assert roles == {"Hala Mansour": ("EG", "chair"), "Nikos Papadakis": ("GR", "chair")}
