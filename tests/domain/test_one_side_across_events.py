"""A person keeps the side most of a document's events give them (issue 12): a host minister whose own release never
names his country, given it by the talks he holds at home and the signing there, is not given the guest's country in
a call the same release reports with a third country's minister."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """MINISTÉRIO DA DEFESA NACIONAL
Press Office

Lisbon, 14 October 2031

The Minister of National Defence, Mr. João Ferreira Lopes, yesterday received at Restelo Palace the Minister of Defence of the Republic of Ghana, Mr. Kwame Asare Mensah. Minister Mensah is in Portugal on an official visit from 12 to 15 October. The talks reviewed the Portugal–Ghana Defence Cooperation Programme and Portugal's training of Ghanaian naval officers.

At the end of the meeting, Minister Ferreira Lopes and Minister Mensah signed a Memorandum of Understanding on defence cooperation.

Last week, Minister Ferreira Lopes spoke by video link with Indonesia's Minister of Defence, Budi Santoso Wirawan, on maritime security.
"""


def test_a_minister_keeps_his_side_in_a_call_with_a_third_country(nlp) -> None:
    events = _extract(nlp, RELEASE, "2031-10-14")
    (call,) = [e for e in events if e.type == "call"]
    sides = {p.name: p.side for p in call.participants}
    assert sides.get("Budi Santoso Wirawan") == "ID"
    assert sides.get("João Ferreira Lopes") == "PT"
    assert set(call.countries) == {"PT", "ID"}
