"""A dateline's city is no one, and "D.C." can end a sentence (issue 12): "Washington DC, 14 May 2031 - Minister ..."
had made a person "Washington DC" (the tagger reads "Washington" as a given name), a U.S. participant of the visit and
the talks; and "... a working visit to Washington, D.C. On Tuesday (13/5), the Foreign Minister held talks" had been one
sentence, so the talks took the visit's days and the visit ended on the Tuesday."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Ministry of Foreign Affairs of the Republic of Indonesia

Foreign Minister Concludes Working Visit to Washington, D.C.

Washington DC, 14 May 2031 - Minister for Foreign Affairs Dewi Sulistyowati on Wednesday (14/5) concluded a two-day working visit to Washington, D.C. On Tuesday (13/5), the Foreign Minister held talks with U.S. Secretary of State Elaine Morrow on maritime cooperation.
"""


def test_the_dateline_city_is_no_participant(nlp) -> None:
    events = _extract(nlp, RELEASE, "2031-05-14")
    assert {p.name for e in events for p in e.participants} == {"Dewi Sulistyowati", "Elaine Morrow"}


def test_talks_told_after_d_c_keep_their_own_day(nlp) -> None:
    events = {e.type: e for e in _extract(nlp, RELEASE, "2031-05-14")}
    assert (events["meeting"].start, events["meeting"].end) == ("2031-05-13", None)
    assert (events["visit"].start, events["visit"].end) == ("2031-05-13", "2031-05-14")
