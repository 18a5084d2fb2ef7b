"""A news agency's release with a numeric dateline (issue 12): "Tunis, 05/11/2031 – The Minister of Foreign Affairs,
Mr. Hichem Ben Ammar Zribi, received ..." names its publisher's city, so the unqualified minister is Tunisia's (he had
been taken for the visitor's side, the Japanese), and "Mr. Ben Ammar Zribi" later is the same man, not a second
person (a family name of three words, the given name left out); "received on Wednesday in Tunis Mr. X" is a
reception with when and where between the verb and the guest, and "for the Middle East" ends an office, no "East"
taking part."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Mr. Ben Ammar Zribi Receives Japan's Special Envoy for the Middle East

Tunis, 05/11/2031 – The Minister of Foreign Affairs, Mr. Hichem Ben Ammar Zribi, received on Wednesday in Tunis Mr. Kenji Morimoto, Japan's Special Envoy for the Middle East, who has been in Tunisia since Tuesday as part of a regional tour.

Mr. Ben Ammar Zribi presented to his guest the latest developments in the region and the outcome of the recent donors' conference.
"""


def test_the_agency_city_makes_the_minister_the_host(nlp) -> None:
    events = _extract(nlp, RELEASE, "2031-11-05")
    meeting = next(e for e in events if e.type == "meeting")
    assert {p.name: p.side for p in meeting.participants} == {"Hichem Ben Ammar Zribi": "TN", "Kenji Morimoto": "JP"}
    names = {p.name for e in events for p in e.participants}
    assert "Ben Ammar Zribi" not in names


def test_no_one_is_called_east(nlp) -> None:
    people = {p.name for e in _extract(nlp, RELEASE, "2031-11-05") for p in e.participants}
    assert people == {"Hichem Ben Ammar Zribi", "Kenji Morimoto"}
