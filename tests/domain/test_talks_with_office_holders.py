"""Talks with an office holder on a release of another pair (issue 12): "reviewed regional issues on Tuesday with
Tanzania's Ambassador" and "discussed the visit in Mombasa with the EU Special Representative" are meetings (the first
had been no event, the second a visit to Mombasa: the visit is what they talked about); an ambassador-at-large keeps
his name ("Large Harold Whitcombe" had been one); a secretary-general named in a U.S. readout is not American; two
ministers who "will sign a joint declaration of intent" sign an instrument on the day of the visit (it had been a
statement, dropped for want of a date)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

READOUT = """Ambassador Whitcombe Concludes Visit to Nairobi

WASHINGTON, February 12, 2034 — U.S. Ambassador-at-Large Harold Whitcombe met on February 11 with Kenyan Foreign Minister Joyce Wanjala in Nairobi.

Ahead of the trip, Mr. Whitcombe reviewed regional issues on Tuesday with Tanzania's Ambassador to the United States, Amina Mrisho, at the Department of State.

Last week, Foreign Minister Wanjala discussed the visit in Mombasa with the EU Special Representative for the Horn of Africa, Kristiina Lehtonen.

On February 10, the Ambassador also met the Secretary-General of the East African Community, Paulo Rezende.
"""

TRIP = """Minister Halvorsen to Visit Windhoek

OSLO, 4 March 2033 — Norway's Minister of Trade, Kari Halvorsen, will travel to Windhoek on 11 March, where she will meet Namibia's Minister of Industrialisation, Peter Shilongo.

The two ministers will sign a joint declaration of intent on cooperation in vocational training.
"""


def _sides(event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


def test_talks_with_office_holders_are_meetings(nlp) -> None:
    events = _extract(nlp, READOUT, "2034-02-12")
    assert not [e for e in events if e.type == "visit" and "Mombasa" in e.title]
    meetings = [_sides(e) for e in events if e.type == "meeting"]
    assert {"Harold Whitcombe": "US", "Amina Mrisho": "TZ"} in meetings
    assert {"Joyce Wanjala": "KE", "Kristiina Lehtonen": "EU"} in meetings


def test_an_ambassador_at_large_keeps_his_name_and_a_secretary_general_is_not_american(nlp) -> None:
    events = _extract(nlp, READOUT, "2034-02-12")
    names = {p.name: p.side for e in events for p in e.participants}
    assert names["Harold Whitcombe"] == "US" and not any(n.startswith("Large") for n in names)
    assert names["Paulo Rezende"] != "US"


def test_a_declaration_of_intent_signed_on_the_visit_is_an_agreement(nlp) -> None:
    signings = [e for e in _extract(nlp, TRIP, "2033-03-04") if e.type == "agreement"]
    assert [(e.start, set(e.countries)) for e in signings] == [("2033-03-11", {"NO", "NA"})]
    assert set(_sides(signings[0])) == {"Kari Halvorsen", "Peter Shilongo"}


RECEIVED = """Ambassador Whitcombe Concludes Visit to Nairobi

WASHINGTON, February 12, 2034 — U.S. Ambassador-at-Large Harold Whitcombe met on February 11 with Kenyan Foreign Minister Joyce Wanjala in Nairobi.

Later the same day, the Ambassador was received at Defence Headquarters by Cabinet Secretary for Defence Peter O. Njoroge, with whom he discussed maritime security.
"""


def test_the_ambassador_named_again_by_office_is_the_ambassador_at_large(nlp) -> None:
    # the hyphened office is his title, so "the Ambassador" is he (the reception had held its host alone)
    meetings = [_sides(e) for e in _extract(nlp, RECEIVED, "2034-02-12") if e.type == "meeting"]
    assert {"Harold Whitcombe": "US", "Peter O. Njoroge": "KE"} in meetings
