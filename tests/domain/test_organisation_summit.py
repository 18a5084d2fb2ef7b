"""An organisation's summit is the organisation's, whoever attends it (issue 12): "Presidents A of Lithuania and B of
Poland attended the NATO Summit in Madrid" is an event of NATO, not a Lithuania–Poland one; a pair's dialogue held
"immediately before the OSCE summit" stays the pair's."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

SUMMIT = """Lithuania and Poland at the NATO Summit

President Gitanas Vaitkus of Lithuania and President Andrzej Kowalczyk of Poland attended the NATO Summit in Madrid on June 29, 2032.
"""

DIALOGUE = """Report of the Fifth Greek–Turkish Dialogue

The fifth meeting of the Greek–Turkish dialogue convened by two Athens and Ankara institutes took place in Istanbul on 16 and 17 November 2031, immediately before the OSCE summit. It was chaired by Professor Eleni Papadaki and Professor Mehmet Aydın.
"""


def test_an_organisations_summit_is_the_organisations(nlp) -> None:
    [summit] = _extract(nlp, SUMMIT, "2032-06-30")
    assert summit.countries == ("NATO",)
    assert {p.name: p.side for p in summit.participants} == {"Gitanas Vaitkus": "LT", "Andrzej Kowalczyk": "PL"}


def test_a_pairs_dialogue_before_a_summit_stays_the_pairs(nlp) -> None:
    events = _extract(nlp, DIALOGUE, "2031-11-20")
    assert events and all(set(e.countries) == {"GR", "TR"} for e in events)
