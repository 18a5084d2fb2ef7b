"""An undated event told on the day in focus is that day's (issue 12): "The two Ministers then held a joint press
conference", told of a meeting on 20 May during a visit, is not joined by "the first round of negotiations, held in Oslo on 3-5
April" recalled after it, and so not dated in April."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Hanoi, 20 May 2032 - The Minister of Foreign Affairs of Viet Nam, Tran Minh Duc, received today in Hanoi the Minister of Foreign Affairs of Norway, Ingrid Solberg Haugen, who is on an official visit to Viet Nam from 19 to 21 May 2032.

The two Ministers reviewed bilateral relations and then held a joint press conference. The bilateral meeting was followed by a working lunch hosted by Minister Tran Minh Duc.

On the economy, the two Ministers welcomed the first round of negotiations on a Norway-Viet Nam Free Trade Agreement, held in Oslo on 3-5 April 2032, and looked forward to the second round in Hanoi in September 2032.
"""


def test_a_press_conference_is_not_dated_by_a_round_recalled_after_it(nlp) -> None:
    events = _extract(nlp, RELEASE, "2032-05-20")
    press = [e for e in events if any("press conference" in ev.text for ev in e.evidence) and e.type == "conference"]
    assert press and all(e.start.startswith("2032-05") for e in press), [(e.title, e.start) for e in press]
    assert any(e.start == "2032-04-03" for e in events)  # the round recalled is an event of its own
