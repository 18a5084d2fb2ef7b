"""A day's meeting after a visit planned for "later this year" is not held on that visit, and "the two ministers" of a
call are the call's own two (issue 12): Ghana's energy minister had been taken for a Senegalese one met in Senegal, and
the Joint Commission the Togolese caller discussed had been given the Senegalese visitor and the Ghanaian minister."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Republic of Ghana
Ministry of Foreign Affairs and Regional Integration

Accra, 10 March 2032

Foreign Minister Asante receives Senegalese Minister of Foreign Affairs

The Minister for Foreign Affairs and Regional Integration, Hon. Kwame Asante, received today at the Ministry the Minister of Foreign Affairs of the Republic of Senegal, Mr. Cheikh Tidiane Ndiaye, who is paying an official visit to Accra from 9 to 11 March.

The Senegalese Minister conveyed an invitation from the President of Senegal to the President of Ghana to pay a state visit to Senegal, and Minister Asante said that the visit would take place later this year.

Mr. Ndiaye will meet tomorrow with the Minister for Energy, Dr. Ama Boateng, to discuss cooperation in solar power and the construction of transmission lines in Senegal.

Earlier today, Minister Asante received a telephone call from the Minister of Foreign Affairs of the Togolese Republic, Mr. Komi Agbeko, during which the two ministers discussed preparations for the meeting of the Ghana–Togo Joint Commission in Lomé in April.
"""


def test_a_meeting_tomorrow_is_not_on_a_visit_planned_for_later_this_year(nlp) -> None:
    [meeting] = [e for e in _extract(nlp, RELEASE, None) if e.type == "meeting" and e.start == "2032-03-11"]
    assert {p.name: p.side for p in meeting.participants}["Ama Boateng"] == "GH"
    assert meeting.location is None or meeting.location.country != "SN"


def test_the_two_ministers_of_a_call_are_its_own_two(nlp) -> None:
    [commission] = [e for e in _extract(nlp, RELEASE, None) if e.type == "dialogue"]
    assert {p.name: p.side for p in commission.participants} == {"Kwame Asante": "GH", "Komi Agbeko": "TG"}
