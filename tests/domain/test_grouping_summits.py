""""the Twentieth BRICS Summit", "the Visegrad Group Prime Ministers' Meeting" (issue 12): a gathering named by a
grouping of countries with no officials of its own has the grouping's members as its parties, not only the two
countries whose ministers speak of it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Brazil and South Africa review their partnership

Pretoria, 4 March 2031

The Minister of International Relations of South Africa, Ms. Thandeka Mokoena, received the Minister of Foreign Affairs of Brazil, Mr. Paulo Resende Vilela, in Pretoria on 3 March 2031.

The two ministers prepared the Twentieth BRICS Summit, which South Africa will host in Cape Town on 14 and 15 July 2031.
"""

COMMUNIQUE = """Slovak Foreign Minister in Budapest

Budapest, 9 October 2032

Hungary's Minister of Foreign Affairs, Mr. Ádám Kovács-Szendrő, hosted the Slovak Minister of Foreign Affairs, Mr. Juraj Holický, in Budapest on 8 October 2032.

The ministers agreed on the agenda of the Visegrad Group Prime Ministers' Meeting to be held in Prague in December 2032.
"""


def test_a_summit_named_by_a_grouping_has_its_members_as_parties(nlp) -> None:
    events = _extract(nlp, RELEASE, "2031-03-04")
    (summit,) = [e for e in events if e.type == "summit"]
    assert set(summit.countries) == {"BR", "RU", "IN", "CN", "ZA"}
    (meeting,) = [e for e in events if e.type in {"meeting", "visit"} and e.start == "2031-03-03"]
    assert set(meeting.countries) == {"BR", "ZA"}  # the ministers' own meeting keeps its two


def test_a_meeting_named_by_a_grouping_has_its_members_as_parties(nlp) -> None:
    events = _extract(nlp, COMMUNIQUE, "2032-10-09")
    (planned,) = [e for e in events if e.start == "2032-12"]
    assert set(planned.countries) == {"CZ", "HU", "PL", "SK"}
