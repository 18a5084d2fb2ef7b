"""The heads of a gathering's delegations are at what its report says they attended beside it (issue 12): "On 5 May
the heads of delegation were received by Ms. X" is a meeting of X with both heads, each leading their side (it had
held X alone), as "the two delegations were received by X" has every delegate."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RECORD = """RECORD OF DISCUSSION

of the Fourth Meeting of the Finnish–Norwegian Working Group on Reindeer Husbandry and Border Fences

Kautokeino, 5–6 May 2032

1. The fourth meeting of the Finnish–Norwegian Working Group on Reindeer Husbandry and Border Fences was held in Kautokeino, Norway, on 5 and 6 May 2032. The Finnish delegation was headed by Ms. Aino Korhonen, Director General, Ministry of Agriculture and Forestry. The Norwegian delegation was headed by Mr. Eirik Solberg, Deputy Director General, Ministry of Agriculture and Food.

2. The sides reviewed the state of the border fence between Kilpisjärvi and Karigasniemi and agreed on a joint inspection in August 2032.

3. On 5 May 2032 the heads of delegation were received by Ms. Ingrid Haugland, State Secretary of the Ministry of Agriculture and Food of Norway.
"""


def test_the_heads_of_delegation_are_at_the_reception(nlp) -> None:
    events = _extract(nlp, RECORD, "2032-05-10")
    [received] = [e for e in events if e.type == "meeting"]
    assert {(p.name, p.side, p.role) for p in received.participants} == {
        ("Ingrid Haugland", "NO", "host"), ("Aino Korhonen", "FI", "lead"), ("Eirik Solberg", "NO", "lead")}
