"""A visitor at the meetings of their visit that name only the host's people (issue 12): "and will be received by
the President of Peru", "a courtesy call by the Head of the Chilean Delegation on the Minister of Foreign Affairs"
hold the visiting minister too (they had held the host alone: "Salazar’s meeting"); a meeting of the host's people on
another day than the visit takes no one."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """MINISTRY OF NATIONAL DEFENCE OF CHILE

Minister Irarrázaval to Visit Peru, 4 to 6 May 2033

SANTIAGO, 2 May 2033 — The Minister of National Defence, Ms. Carolina Irarrázaval Soto, will visit Lima from 4 to 6 May.

On Thursday, Minister Irarrázaval will hold talks with Peru's Minister of Defence, Mr. Julio Paredes Ugarte, and will be received by the President of Peru, Mr. Andrés Salazar Vega.

On Friday, a courtesy call by the Head of the Chilean Delegation on the Minister of Foreign Affairs of Peru, Ms. Lucía Bermúdez Rojas, will close the visit.

On 12 May, the President of Peru, Mr. Andrés Salazar Vega, will meet the Peruvian Armed Forces' commanders in Arequipa.
"""


def _meetings(nlp) -> dict[str, dict[str, str | None]]:
    return {e.start: {p.name: p.side for p in e.participants} for e in _extract(nlp, RELEASE, "2033-05-02")
            if e.type == "meeting"}


def test_the_visitor_is_at_the_meetings_of_her_visit(nlp) -> None:
    meetings = _meetings(nlp)
    assert any(m.get("Andrés Salazar Vega") == "PE" and m.get("Carolina Irarrázaval Soto") == "CL" for m in meetings.values())
    assert meetings["2033-05-06"] == {"Carolina Irarrázaval Soto": "CL", "Lucía Bermúdez Rojas": "PE"}


def test_a_meeting_after_the_visit_takes_no_visitor(nlp) -> None:
    assert "Carolina Irarrázaval Soto" not in _meetings(nlp).get("2033-05-12", {})
