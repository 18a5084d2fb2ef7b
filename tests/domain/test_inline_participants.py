"""A report's participants listed inline after their label, each with a country or a body in brackets (issue 12):
"Participants: Dr. A (Japan), Prof. B (Japan), ..., Ms. C (Korea)." takes part in the report's dialogue, on the side
the brackets name (they had been found as people and put in no event)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Japan–Korea Strategic Dialogue: Report of the Sixth Round
Tokyo, 20–21 January 2033

The sixth round of the Japan–Korea Strategic Dialogue was held in Tokyo on 20 and 21 January 2033.

Participants: Dr. Hiroshi Nakanishi (Japan), Prof. Yuki Tatsumi (Japan), Mr. Kenji Watanabe (Japan), Dr. Cheon Seong-whun (Korea), Prof. Kim Sung-han (Korea), Ms. Lee Ji-yoon (Korea).

The dialogue discussed North Korea's nuclear programme, economic security and historical issues.
"""


def test_an_inline_participant_list_joins_the_dialogue(nlp) -> None:
    [dialogue] = _extract(nlp, REPORT, None)
    sides = {p.name: p.side for p in dialogue.participants}
    assert sides == {"Hiroshi Nakanishi": "JP", "Yuki Tatsumi": "JP", "Kenji Watanabe": "JP",
                     "Cheon Seong-whun": "KR", "Kim Sung-han": "KR", "Lee Ji-yoon": "KR"}
