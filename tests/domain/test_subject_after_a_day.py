""""On the margins of the Session, on 16 November 2029, Mr. X paid a courtesy call on Y" (issue 12): "on" a day is no
preposition whose complement X is, so X is the caller, and takes part in the call with Y."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Joint Communiqué on the Fourth Session of the Peru–Viet Nam Joint Commission

Lima, 18 November 2029

1. The Fourth Session of the Joint Commission between the Republic of Peru and the Socialist Republic of Viet Nam was held in Lima on 17 November 2029. The Peruvian delegation was headed by Ms. Lucía Fernanda Quispe, Vice Minister of Foreign Affairs, and the Vietnamese delegation by Mr. Hoang Van Duc, Deputy Minister of Foreign Affairs.

2. On the margins of the Session, on 16 November 2029, Mr. Hoang Van Duc paid a courtesy call on Mr. Andrés Salazar Rivero, Minister of Foreign Affairs of the Republic of Peru.
"""


def test_the_one_named_after_a_day_is_the_caller(nlp) -> None:
    (call_on,) = [e for e in _extract(nlp, RELEASE, "2029-11-18") if e.start == "2029-11-16"]
    assert {(p.name, p.side) for p in call_on.participants} == {("Hoang Van Duc", "VN"), ("Andrés Salazar Rivero", "PE")}
