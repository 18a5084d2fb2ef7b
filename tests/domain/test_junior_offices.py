""""At the end of the session, the Ministers signed ..." (issue 12): the ministers are the two who co-chaired, not the
under-secretary and the secretary of state the sentence before named as heads of the officials' meeting."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

COMMUNIQUE = """Joint Communiqué on the VI Session of the Portugal-Mozambique Joint Commission

Maputo, 18 September 2034

At the invitation of the Minister of Foreign Affairs and Cooperation of the Republic of Mozambique, Ana Lúcia Mabunda, the Minister of Foreign Affairs of the Portuguese Republic, Rui Tavares Correia, paid an official visit to Mozambique from 16 to 18 September 2034.

During the visit, the two Ministers co-chaired, on 17 September, the VI Session of the Portugal-Mozambique Joint Commission. The ministerial session was preceded, on 16 September, by a meeting of senior officials headed by Ambassador Miguel F. Sardinha, Under-Secretary-General of the Portuguese Ministry of Foreign Affairs, and by the Secretary of State for External Relations of Mozambique, Jacinto B. Nhantumbo.

At the end of the session, the Ministers signed the Agreed Minutes and a Memorandum of Understanding on Cooperation in Fisheries.
"""


def test_the_ministers_are_not_the_senior_officials(nlp) -> None:
    events = _extract(nlp, COMMUNIQUE, "2034-09-18")
    (signing,) = [e for e in events if e.type == "agreement"]
    people = {p.name: p.side for p in signing.participants}
    assert people.get("Ana Lúcia Mabunda") == "MZ" and people.get("Rui Tavares Correia") == "PT"
    assert "Miguel F. Sardinha" not in people and "Jacinto B. Nhantumbo" not in people

