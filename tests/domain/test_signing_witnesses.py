""""The ceremony was witnessed by A and by B" (issue 12): who looks on at a signing told in the sentence before takes
part in it, with their own side, and signs nothing."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Peru and Finland Sign Agreement on Forestry Research

Lima, 9 May 2034

Peru and Finland today signed an Agreement on Cooperation in Forestry Research at the Torre Tagle Palace. Vice Minister Rosa Elvira Quispe Huamán signed for Peru, and State Secretary Mikael Rautio signed for Finland. The ceremony was witnessed by the Ambassador of Finland to Peru, Ms. Anneli Virkkunen, and by the Director of Europe of the Ministry of Foreign Affairs of Peru, Mr. Julio César Valdivia Paz.
"""


def test_the_witnesses_of_a_signing_take_part_in_it(nlp) -> None:
    events = _extract(nlp, NOTE, "2034-05-09")
    (signing,) = [e for e in events if e.type == "agreement"]
    people = {p.name: p for p in signing.participants}
    assert people["Anneli Virkkunen"].side == "FI" and people["Anneli Virkkunen"].role != "signatory"
    assert people["Julio César Valdivia Paz"].side == "PE"
    assert people["Mikael Rautio"].role == "signatory"
