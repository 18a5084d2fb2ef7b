"""A record of military staff talks (issue 12): "the 9th Navy-to-Navy Staff Talks" are a dialogue, and a call on
the other side's commander on one of their days is a meeting of its own; "will call on the President of X and will
meet Y" is two meetings; "was in Nairobi from 3 to 5 May" is a visit for those days."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RECORD = """Record of the 9th Chile–New Zealand Navy-to-Navy Staff Talks

Wellington, 14–16 March 2028

1. The 9th Navy-to-Navy Staff Talks between the Chilean Navy and the Royal New Zealand Navy were held at Devonport Naval Base, Auckland, from 14 to 16 March 2028. The Chilean side was led by Rear Admiral Felipe Andrés Mardones, Director of Naval Operations, and the New Zealand side by Commodore Helen Patricia Gray, Maritime Component Commander.

2. The two sides reviewed the 2027 cooperation plan.

3. On 15 March 2028, the Chilean side, led by Rear Admiral Mardones, called on the Chief of Navy of New Zealand, Rear Admiral Thomas Waititi.
"""

VISIT = """Norwegian Foreign Minister in Kenya

Nairobi, 4 May 2030

The Minister of Foreign Affairs of Norway, Mr. Lars Eriksen Dahl, was in Nairobi from 3 to 5 May 2030.

On 5 May, Minister Dahl will call on the President of the Republic of Kenya and will meet the Executive Director of the United Nations Environment Programme, Ms. Amina Wanjiru Otieno, at the Programme's headquarters in Gigiri.
"""


def test_staff_talks_are_a_dialogue_and_a_call_on_their_day_a_meeting(nlp) -> None:
    events = _extract(nlp, RECORD, "2028-03-16")
    (talks,) = [e for e in events if e.type == "dialogue"]
    assert (talks.start, talks.end) == ("2028-03-14", "2028-03-16")
    assert {"Felipe Andrés Mardones", "Helen Patricia Gray"} <= {p.name for p in talks.participants}
    (call_on,) = [e for e in events if e.type == "meeting"]
    assert call_on.start == "2028-03-15"
    assert "Thomas Waititi" in {p.name for p in call_on.participants}
    assert "Thomas Waititi" not in {p.name for p in talks.participants}


def test_a_stay_with_its_days_is_a_visit_and_two_calls_in_one_sentence_two_meetings(nlp) -> None:
    events = _extract(nlp, VISIT, "2030-05-04")
    (visit,) = [e for e in events if e.type == "visit"]
    assert (visit.start, visit.end, visit.location.name) == ("2030-05-03", "2030-05-05", "Nairobi")
    meetings = [e for e in events if e.type == "meeting" and e.start == "2030-05-05"]
    assert len(meetings) == 2
    assert {p.name for p in meetings[0].participants} != {p.name for p in meetings[1].participants}
