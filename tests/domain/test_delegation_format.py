"""Talks "in delegation format" in a visit's programme (issue 12): the host's list named for the talks ("POLISH
DELEGATION (BILATERAL TALKS)") and the guest's delegation list are both at them."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = """Ministerstwo Obrony Narodowej
Protocol Division                                                     Warsaw, 20 April 2031

PROGRAMME
Official Visit to the Republic of Poland of
the Honourable Tomás Riquelme Ossandón, Minister of National Defence of the Republic of Chile
Warsaw, 5–7 May 2031

TUESDAY, 6 MAY 2031

09:00   Military honours, Ministry of National Defence
09:40   Bilateral talks in delegation format, chaired by Secretary of State Dr. Anna Wiśniewska and Minister Riquelme Ossandón
11:15   Signing of the Arrangement on Military Training Cooperation
        Signatories: Dr. Anna Wiśniewska and Hon. Tomás Riquelme Ossandón

CHILEAN DELEGATION
1. Hon. Tomás Riquelme Ossandón, Minister of National Defence – Head of Delegation
2. General Rodrigo Alarcón Fuenzalida, Chief of the Joint Staff
3. Ms. Paula Andrea Vergara Soto, Head of International Affairs, Ministry of National Defence

POLISH DELEGATION (BILATERAL TALKS)
Dr. Anna Wiśniewska, Secretary of State – Head of Delegation
Brigadier General Piotr Kowalczyk, Director of the Department of Defence Policy
"""


def test_both_delegations_are_at_talks_in_delegation_format(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2031-04-20")
    (talks,) = [e for e in events if e.start == "2031-05-06T09:40"]
    assert {(p.name, p.side) for p in talks.participants} == {
        ("Anna Wiśniewska", "PL"), ("Piotr Kowalczyk", "PL"), ("Tomás Riquelme Ossandón", "CL"),
        ("Rodrigo Alarcón Fuenzalida", "CL"), ("Paula Andrea Vergara Soto", "CL")}
