"""A headline's verb is no part of the name before it (issue 12): "Secretary Calloway Greets Mongolian Prime Minister
Batbayar" names Calloway, not a "Calloway Greets"."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Secretary Calloway Greets Mongolian Prime Minister Batbayar

Office of the Spokesperson
July 15, 2031

Secretary Calloway greeted Mongolian Prime Minister Tsogt Batbayar at the Department of State on July 14 ahead of a working lunch in his honor. They discussed cooperation on critical minerals.
"""


def test_the_headline_verb_is_not_taken_into_the_name(nlp) -> None:
    (meeting,) = [e for e in _extract(nlp, RELEASE, None) if e.start == "2031-07-14"]
    assert {p.name for p in meeting.participants} == {"Calloway", "Tsogt Batbayar"}
