""""X met A, Chair of ..., and paid a courtesy call on B" (issue 12): "paid a" is a light verb before the call's noun,
so the call on B is X's too (X used to be missing from it)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

STATEMENT = """Joint Press Statement on the Third Mercosur–Korea Consultations

Seoul, 12/09/2030

The third round of consultations between Mercosur and the Republic of Korea took place in Seoul on 11 September 2030.

On the margins of the consultations, Deputy Minister Lee Jae-sung met Ms. Valeria Gómez Ibarra, Chair of the Argentine Chamber of Deputies' Committee on Foreign Relations, and paid a courtesy call on Mr. Rodrigo Faria Lopes, Minister of Foreign Affairs of Brazil.
"""


def test_the_one_who_met_also_paid_the_courtesy_call(nlp) -> None:
    events = _extract(nlp, STATEMENT, "2030-09-12")
    (call,) = [e for e in events if "Rodrigo Faria Lopes" in {p.name for p in e.participants}]
    assert "Lee Jae-sung" in {p.name for p in call.participants}
