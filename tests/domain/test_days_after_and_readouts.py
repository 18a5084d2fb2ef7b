"""Readouts of shapes the development releases lack (issue 12): "Two days later" dates a leg two days after the one
told before (it had taken the document's date), a meeting told in the sentence of "The next day, she traveled to X"
is on that day (not the day after it), a readout "attributable to Spokesperson X" is a U.S. one (its Secretary had
taken the side of a country the talks were about), and a portfolio's "Abroad" is no part of its holder's name."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TRIP = """Ambassador Greenfield's Travel to North Africa

U.S. Ambassador to the United Nations Linda Greenfield visited Tunis on May 20, where she met President Kais Saied. The next day, she traveled to Algiers, where she met Algerian Foreign Minister Ahmed Attaf. Two days later, she continued to Rabat, Morocco, where she met Moroccan Foreign Minister Nasser Bourita.
"""

READOUT = """Secretary Blake's Meeting with Qatari Deputy Prime Minister and Foreign Minister Al Thani

The following is attributable to Spokesperson Ned Carver:

Secretary Antony Blake met with Qatari Deputy Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani in Washington today. The Secretary thanked the Deputy Prime Minister for Qatar's support in the relocation of Afghans at risk. They also discussed the situation in Lebanon, and the Secretary reiterated U.S. support for the Lebanese Armed Forces.
"""

DAKAR = """Deputy Secretary Ramirez's Meeting with Senegalese Foreign Minister Diop

Deputy Secretary of State Elena Ramirez met today in Dakar with Senegalese Minister of Foreign Affairs and Senegalese Abroad Aissatou Diop.
"""


def test_days_after_count_from_the_leg_told_before(nlp) -> None:
    events = _extract(nlp, TRIP, "2023-05-25")
    days = {(e.type, e.location.name if e.location else None): e.start for e in events}
    assert days[("meeting", "Algiers")] == days[("visit", "Algiers")] == "2023-05-21"
    assert days[("meeting", "Rabat")] == days[("visit", "Rabat")] == "2023-05-23"


def test_a_readout_attributable_to_a_spokesperson_is_american(nlp) -> None:
    [meeting] = _extract(nlp, READOUT, "2023-05-25")
    assert {p.name: p.side for p in meeting.participants}["Antony Blake"] == "US"
    assert set(meeting.countries) == {"US", "QA"}


def test_a_portfolio_abroad_is_no_part_of_a_name(nlp) -> None:
    [meeting] = _extract(nlp, DAKAR, "2023-05-25")
    assert "Aissatou Diop" in {p.name for p in meeting.participants}
