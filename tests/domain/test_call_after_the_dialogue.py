"""A call made "after the dialogue" is an event of its own (issue 12): "Participants called on Vice Foreign Minister X
after the dialogue." had been folded into the dialogue, X taking part in it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract
from tests.domain.test_gathering_name_edges import TRACK as REPORT  # a Korea–Australia track 1.5 report


def test_a_call_after_the_dialogue_is_its_own_meeting(nlp) -> None:
    events = _extract(nlp, REPORT, None)
    [dialogue] = [e for e in events if e.type == "dialogue"]
    [call] = [e for e in events if e.type == "meeting"]
    assert "Kim Hong-kyun" not in {p.name for p in dialogue.participants}
    assert "Kim Hong-kyun" in {p.name for p in call.participants} and call.start == dialogue.start
