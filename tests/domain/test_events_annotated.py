"""Classes of error found by annotating State Department releases the gold does not hold (issue 12), each fixed
by a general rule and tested here on invented text with other names, places and years."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides


def test_calling_on_a_capital_to_act_is_an_appeal_and_a_state_councilor_is_an_office(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary Ada Quill spoke today with Chinese State "
                           "Councilor Zhou Weiming. She also called on Beijing to end its pressure on Taiwan, and "
                           "called on Moscow to release the detained journalists.", "2031-06-11")
    assert [e.type for e in events] == ["call"]
    assert _sides(events[0]) == {"Ada Quill": "US", "Zhou Weiming": "CN"}


def test_one_accompanying_an_official_is_of_their_side_and_met_by_no_one(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nU.S. Special Envoy for the Horn of Africa Dara Wilkes will "
                           "travel to Nairobi, March 3-6. Special Envoy Wilkes will also meet with senior Kenyan "
                           "officials and civil society. Special Envoy Wilkes will be accompanied by Deputy Special "
                           "Envoy Dr. Tomas Ebner and a representative of the National Security Council.", "2031-03-02")
    people = {name: side for e in events for name, side in _sides(e).items()}
    assert people.get("Tomas Ebner") == "US"
    assert not any("meets Ebner" in e.title for e in events)
