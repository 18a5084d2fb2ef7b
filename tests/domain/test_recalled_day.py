"""A day a sentence recalls after telling its own event (issue 12): "The talks focused on ..., following the invitation
extended at the Summit in Madrid on 28-29 June" is no new event in focus, so "Following the talks, the ministers
signed ..." is a signing at the talks told before, on the day of the visit, not at the summit."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Ministry of Defence of the Republic of Peru

Lima, 14 July 2034

The Minister of Defence of Finland, Ms. Kaisa Lehtimäki, paid a working visit to Peru yesterday, 13 July 2034, at the invitation of the Minister of Defence of Peru, Mr. Álvaro Quiñones Soto.

Minister Quiñones welcomed his Finnish counterpart at the Ministry of Defence in Lima, after which the two delegations held talks. The talks focused on Peru's preparations for partnership with the Alliance, following the invitation extended to Peru at the Summit in Madrid on 28-29 June 2034, and on training.

Following the talks, the ministers signed a Plan of Bilateral Defence Cooperation for 2035.
"""


def test_a_signing_after_the_talks_is_on_the_talks_day_not_the_summits(nlp) -> None:
    events = _extract(nlp, NOTE, "2034-07-14")
    (signing,) = [e for e in events if e.type == "agreement"]
    assert signing.start == "2034-07-13"
    assert {p.name for p in signing.participants} == {"Álvaro Quiñones Soto", "Kaisa Lehtimäki"}
