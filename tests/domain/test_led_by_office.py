"""Who led each delegation (issue 12): "The Zambian delegation was led by the Minister of Defence, Hon. X, while the
Botswana delegation was led by the Minister of Defence and Security, Hon. Y" makes X and Y their delegations' leads on
the roster, though an office and a courtesy stand between "led by" and the name."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

STATEMENT = """ZAMBIA AND BOTSWANA HOLD FOURTH SESSION OF THE JOINT PERMANENT COMMISSION ON DEFENCE AND SECURITY

Lusaka, Friday 5 March 2032

The Fourth Session of the Zambia–Botswana Joint Permanent Commission on Defence and Security (JPCDS) was held in Lusaka from 2 to 4 March 2032. The Zambian delegation was led by the Minister of Defence, Hon. Chanda Mwila Banda, while the Botswana delegation was led by the Minister of Defence and Security, Hon. Kagiso Tebogo Molefe.
"""


def test_a_delegation_led_by_an_office_and_a_name_has_that_person_as_lead(nlp) -> None:
    events = _extract(nlp, STATEMENT, "2032-03-05")
    (session,) = [e for e in events if e.start == "2032-03-02" and e.end == "2032-03-04"]
    people = {p.name: (p.side, p.role) for p in session.participants}
    assert people["Chanda Mwila Banda"] == ("ZM", "lead") and people["Kagiso Tebogo Molefe"] == ("BW", "lead")
