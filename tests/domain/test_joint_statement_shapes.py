"""Joint statements of shapes the development data lacks (issue 12): "Also present on the Swedish side were A and B; on
the Vietnamese side, C and D" gives C and D the Vietnamese side (the Swedish list had run to the sentence's end); "the
visit of Prime Minister X to Canberra" makes X the visitor, not the host's prime minister; "Minister Y also called on
the Prime Minister and met with Z" is an event of its own beside the talks, not a part of them."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

CONSULTATIONS = """JOINT PRESS STATEMENT
Sweden and Vietnam hold second Political Consultations

Hanoi, 9 September 2026 – The second Political Consultations between Sweden and Viet Nam were held in Hanoi on 8 September 2026. The Swedish delegation was led by State Secretary for Foreign Affairs Anna Lindqvist Berg, and the Vietnamese delegation by Deputy Minister of Foreign Affairs Nguyen Minh Hang. Also present on the Swedish side were Ambassador Johan Ekström and Ms. Sara Holm, Deputy Director, Asia and Pacific Department; on the Vietnamese side, Mr. Tran Van Long, Director-General of the Europe Department, and Ms. Pham Thu Trang, Deputy Director-General.

During her visit, State Secretary Lindqvist Berg also called on Deputy Prime Minister Le Van Thanh and met with Minister of Natural Resources and Environment Dang Quoc Khanh.
"""

DIALOGUE = """Joint Statement of the Fifth India–Australia Foreign Ministers' Framework Dialogue

New Delhi, 24 February 2031

1. The Minister of External Affairs of India, Dr. Arvind Menon, and the Minister for Foreign Affairs of Australia, Senator the Hon Olivia Grant, held the Fifth Foreign Ministers' Framework Dialogue in New Delhi on 23 February 2031.

2. The Ministers welcomed the successful visit of Prime Minister Rajesh Kulkarni to Canberra in November 2030 and the signing of the Critical Minerals Investment Partnership.

3. Minister Grant also called on Prime Minister Kulkarni and met with the Minister of Commerce and Industry, Ms. Priya Raghavan.

4. The Ministers agreed to hold the Sixth Framework Dialogue in Australia in 2032.
"""


def test_a_second_side_named_after_a_semicolon_heads_its_own_people(nlp) -> None:
    sides = {p.name: p.side for e in _extract(nlp, CONSULTATIONS, "2026-09-09") for p in e.participants}
    assert sides["Sara Holm"] == "SE" and sides["Tran Van Long"] == sides["Pham Thu Trang"] == "VN"


def test_the_visit_of_a_prime_minister_to_a_capital_is_his_own(nlp) -> None:
    [visit] = [e for e in _extract(nlp, DIALOGUE, "2031-02-24") if e.type == "visit"]
    assert {p.name: p.side for p in visit.participants}["Rajesh Kulkarni"] == "IN"


def test_a_call_made_also_is_an_event_beside_the_talks(nlp) -> None:
    events = _extract(nlp, DIALOGUE, "2031-02-24")
    [talks] = [e for e in events if e.type == "dialogue" and e.start == "2031-02-23"]
    calls = [e for e in events if e.type == "meeting" and "Rajesh Kulkarni" in {p.name for p in e.participants}]
    assert "Rajesh Kulkarni" not in {p.name for p in talks.participants}
    assert [(c.start, sorted(p.name for p in c.participants)) for c in calls] == [
        ("2031-02-23", ["Olivia Grant", "Rajesh Kulkarni"])]
