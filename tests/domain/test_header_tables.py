"""A participant table whose header row names its columns (issue 12): "| Name | Position | Organisation |", as a word
processor or a PDF converter leaves it. Everyone in it joins the gathering, with the side their organisation gives
and the head of each delegation as its lead."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
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


RECORD = """Record of Discussions
Seventh Meeting of the Thailand–Malaysia General Border Committee
Kuala Lumpur, 14–15 August 2030

The Seventh Meeting of the General Border Committee was held in Kuala Lumpur on 14 and 15 August 2030.

COMPOSITION OF THE DELEGATIONS

MALAYSIAN DELEGATION                          THAI DELEGATION
Gen. Dato' Sri Azman bin Yusof                Gen. Somchai Rattanakorn
Chief of Defence Force (Co-Chairman)          Chief of Defence Forces (Co-Chairman)
Lt. Gen. Hafiz bin Ahmad                      Lt. Gen. Prasit Wongsuwan
Chief of Staff, Malaysian Army                Chief of Staff, Royal Thai Army
Rear Adm. Lim Chee Keong                      Rear Adm. Anan Boonmee
Royal Malaysian Navy                          Royal Thai Navy
"""


def test_two_delegations_side_by_side_each_take_their_column_s_side(nlp) -> None:
    events = _extract(nlp, RECORD, "2030-08-15")
    (meeting,) = [e for e in events if e.start == "2030-08-14"]
    people = {p.name: (p.side, p.role) for p in meeting.participants}
    assert people["Azman bin Yusof"] == ("MY", "chair") and people["Somchai Rattanakorn"] == ("TH", "chair")
    assert people["Prasit Wongsuwan"] == ("TH", "member") and people["Hafiz bin Ahmad"] == ("MY", "member")
    assert people["Anan Boonmee"] == ("TH", "member") and len(people) == 6


def test_a_co_chairman_mark_is_a_role_not_part_of_the_office_shown(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", text=RECORD, published="2030-08-15"), nlp=nlp)
    held = {p.name: f"{p.title or ''} {p.affiliation or ''}" for p in doc.people}
    assert "Chief of Defence Forces" in held["Somchai Rattanakorn"] and "Co-Chairman" not in held["Somchai Rattanakorn"]
