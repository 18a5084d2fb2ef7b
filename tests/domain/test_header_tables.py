"""A participant table whose header row names its columns (issue 12): "| Name | Position | Organisation |", as a word
processor or a PDF converter leaves it. Everyone in it joins the gathering, with the side their organisation gives
and the head of each delegation as its lead."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """Kenya–Uganda Joint Permanent Commission on Defence
Meeting of the Defence Sub-Committee
Kampala, 8–9 June 2032

PROGRAMME

Monday, 8 June 2032
0900 – 0930  Arrival and registration of delegates
0930 – 1030  Opening session: remarks by the Heads of Delegation
1030 – 1300  Review of the implementation of the 2030 Memorandum of Understanding
1900         Dinner hosted by the Head of the Ugandan Delegation

Tuesday, 9 June 2032
0900 – 1100  Consideration and adoption of the report
1130 – 1200  Signing of the Agreed Minutes

PARTICIPANTS

| Name | Position | Organisation |
|---|---|---|
| Maj. Gen. Peter Otieno Wafula | Head of Delegation | Ministry of Defence, Kenya |
| Brig. Susan Achieng Odera | Director, Defence Policy | Ministry of Defence, Kenya |
| Col. James Kiprop Rotich | Defence Attaché | High Commission of Kenya, Kampala |
| Lt. Gen. Moses Okello Byaruhanga | Head of Delegation | Ministry of Defence and Veteran Affairs, Uganda |
| Brig. Grace Nakato Ssempala | Director, Policy and Planning | Uganda People's Defence Forces |
"""


def test_everyone_in_the_table_joins_the_meeting_with_their_side(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2032-06-09")
    (main,) = [e for e in events if e.type == "dialogue" and e.start == "2032-06-08" and e.end == "2032-06-09"]
    people = {p.name: (p.side, p.role) for p in main.participants}
    assert people["Peter Otieno Wafula"] == ("KE", "lead") and people["Moses Okello Byaruhanga"] == ("UG", "lead")
    assert people["James Kiprop Rotich"][0] == "KE"  # Kenya's High Commission, though in Kampala
    assert people["Grace Nakato Ssempala"] == ("UG", "member") and people["Susan Achieng Odera"] == ("KE", "member")
