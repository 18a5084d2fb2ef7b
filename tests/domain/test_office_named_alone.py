"""An office named alone as a sentence's subject (issue 12): "The Chairperson will call on ...", "the Kenyan Secretary
called on ..." are the people named before with that office, whatever words their titles put it in."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

VISIT = """Addis Ababa, 4 May 2035 – The Chairperson of the African Union Commission, H.E. Dr. Wanjiru Kamau-Otieno, will pay an official visit to the Republic of Malawi from 6 to 8 May 2035 at the invitation of the Minister of Foreign Affairs of Malawi, Hon. Chikondi Banda-Phiri.

On 10 May, the Chairperson will call on the President of Malawi, H.E. Lazarus Mbewe-Chirwa, at the Kamuzu Palace in Lilongwe.
"""

CALL = """WASHINGTON, May 12, 2035 -- Deputy Secretary of Defense Harold N. Whitcombe hosted Kenyan Cabinet Secretary for Defence Amina W. Chege at the Pentagon today for talks on maritime security.

A day earlier, on Monday, the Kenyan Secretary called on Senator Diane R. Holloway, a senior member of the Armed Services Committee.
"""


def test_the_chairperson_who_calls_on_the_president_is_the_one_named_before(nlp) -> None:
    events = _extract(nlp, VISIT, "2035-05-04")
    (call,) = [e for e in events if any("will call on" in x.text for x in e.evidence)]
    people = {p.name: p.side for p in call.participants}
    assert people.get("Wanjiru Kamau-Otieno") == "AUC" and people.get("Lazarus Mbewe-Chirwa") == "MW"


def test_a_nationality_before_the_office_names_its_holder(nlp) -> None:
    events = _extract(nlp, CALL, "2035-05-12")
    (call,) = [e for e in events if any("called on" in x.text for x in e.evidence)]
    assert {p.name: p.side for p in call.participants}.get("Amina W. Chege") == "KE"

