""""It was my pleasure to welcome Foreign Minister X to Lima" (issue 12): receiving someone told by the bare verb after
"to", as after "will", is a meeting with them."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

STATEMENT = """Statement by the Minister of Foreign Affairs on the Peru–Ghana Partnership

Lima, 12 March 2035

Today I was delighted to welcome Foreign Minister Kwesi Adomako-Mensah of Ghana to Lima. We agreed to open embassies in each other's capitals.
"""


def test_a_minister_welcomed_to_the_capital_is_met(nlp) -> None:
    events = _extract(nlp, STATEMENT, "2035-03-12")
    met = [e for e in events if "Kwesi Adomako-Mensah" in {p.name for p in e.participants} and e.type in {"meeting", "visit"}]
    assert met and met[0].start == "2035-03-12"
    assert {p.side for p in met[0].participants if p.name == "Kwesi Adomako-Mensah"} == {"GH"}
