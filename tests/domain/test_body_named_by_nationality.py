"""A body a release names once with its nationality and again without it (issue 12): after "Philippine Department of
National Defense Undersecretary X", "Assistant Secretary Y of the Department of National Defense" is Philippine, not
American for her office's name; and "Security Engagement Board", the name of the meeting, is nobody."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """U.S., Philippines Hold Mutual Defense Board–Security Engagement Board Meeting

Sept. 14, 2031

Deputy Assistant Secretary of Defense for South and Southeast Asia Karen Whitfield and Philippine Department of National Defense Undersecretary Ramon Villanueva co-chaired the annual Mutual Defense Board–Security Engagement Board meeting in Manila Sept. 12-13.

Also attending were Rear Adm. Thomas Becker, director for strategic planning at U.S. Indo-Pacific Command; Lt. Gen. Eduardo Santos, deputy chief of staff of the Armed Forces of the Philippines; and Assistant Secretary Lourdes Mendoza of the Department of National Defense.
"""


def test_the_body_named_again_keeps_the_nationality_it_was_first_named_with(nlp) -> None:
    (meeting,) = [e for e in _extract(nlp, RELEASE, "2031-09-14") if e.start == "2031-09-12"]
    sides = {p.name: p.side for p in meeting.participants}
    assert sides == {"Karen Whitfield": "US", "Ramon Villanueva": "PH", "Thomas Becker": "US", "Eduardo Santos": "PH",
                     "Lourdes Mendoza": "PH"}
