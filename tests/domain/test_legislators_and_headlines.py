"""A headline that ends in a delegation is no list of that side (issue 12): "Secretary Quill Meets Irish Delegation"
over a dateline had made the Secretary and everyone below Irish delegation members. Legislators' and councillors'
titles are titles, not given names ("Assemblywoman", "Alderman"), and a U.S. release's "Congressman" is American."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Secretary Quill Meets Irish Delegation

WASHINGTON, March 4, 2030 — Secretary of State Ada Quill met today with Irish Minister for Foreign Affairs Ciarán Byrne. Congressman Robert T. Hale and Assemblywoman Maria Lopez also attended the meeting.
"""


def test_a_headline_ending_in_a_delegation_lists_no_one(nlp) -> None:
    [meeting] = _extract(nlp, RELEASE, "2030-03-04")
    people = {p.name: (p.side, p.role) for p in meeting.participants}
    assert people["Ada Quill"] == ("US", None) and people["Ciarán Byrne"] == ("IE", None)


def test_legislators_titles_are_not_names_and_a_congressman_is_american(nlp) -> None:
    [meeting] = _extract(nlp, RELEASE, "2030-03-04")
    people = {p.name: p.side for p in meeting.participants}
    assert people["Robert T. Hale"] == "US" and "Maria Lopez" in people
