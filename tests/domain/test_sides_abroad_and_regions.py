"""Sides a text gives in other ways than the counterpart's nationality (issue 12): an unqualified office met
abroad by the publisher's delegation is the host's when the name is plainly of the host country (a Kenyan release:
"the Deputy Minister of Foreign Affairs, Mr. Đinh Văn Long" in Hanoi is Viet Nam's, not Kenya's); "North America"
in an office ("Undersecretary for North America") is a region, not the United States; and an office whose portfolio
runs long before its country ("Minister of Foreign Affairs and Expatriates of Jordan, X") still names it. "The
delegation was led by A, and comprised B and C", in the publisher's release of its own delegation's visit, puts them on
the visit, A as its lead."""

from __future__ import annotations

from tests.domain.test_events_unseen import _all_sides, _extract

KENYAN_RELEASE = """REPUBLIC OF KENYA
MINISTRY OF FOREIGN AND DIASPORA AFFAIRS

PRESS RELEASE

Kenyan parliamentary delegation concludes visit to Viet Nam

A delegation of the Departmental Committee on Defence, Intelligence and Foreign Relations of the National Assembly \
visited Hanoi from 9 to 12 April 2031. The delegation was led by Hon. Peter Kiprono Langat, and comprised Hon. Grace \
Wanjiru Mwangi and Hon. Daniel Otieno Ouma. The Ambassador of Kenya to Viet Nam, Mr. Samuel Kipchumba, accompanied \
the delegation throughout the programme.

On 11 April, the delegation met the Deputy Minister of Foreign Affairs, Mr. Đinh Văn Long, at the Ministry of \
Foreign Affairs. In the afternoon, the delegation met Ms. Trịnh Thị Thu, Vice-Minister of Agriculture and Rural \
Development.
"""

PROGRAMME = """Chile–Canada Partnership at 15: Conference Programme

Tuesday, 12 May 2026
Centro de Estudios Públicos, Santiago

09:00 Opening session
Keynote addresses:
Mr. Rodrigo Fuentes Alarcón, Undersecretary for North America, Ministry of Foreign Affairs
Ms. Claire Thibodeau, Ambassador of Canada to Chile

13:00 Bilateral meeting between Undersecretary Fuentes and Mr. Paul Whitcombe, Assistant Deputy Minister for the \
Americas, Global Affairs Canada
"""


def test_officials_met_abroad_by_the_publishers_delegation_are_the_hosts(nlp) -> None:
    events = _extract(nlp, KENYAN_RELEASE, "2031-04-14")
    sides = _all_sides(events)
    assert sides["Đinh Văn Long"] == "VN" and sides["Trịnh Thị Thu"] == "VN"
    assert all(set(e.countries) == {"KE", "VN"} for e in events)


def test_an_office_for_north_america_is_no_us_office(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2026-05-05")
    assert _all_sides(events) == {"Rodrigo Fuentes Alarcón": "CL", "Claire Thibodeau": "CA", "Paul Whitcombe": "CA"}
    assert not [e for e in events if "US" in e.countries]


def test_a_long_portfolio_before_the_country_still_names_it(nlp) -> None:
    events = _extract(nlp, "Dublin, 14 January 2032\n\nThe Minister for Foreign Affairs, Ciarán Donnellan, spoke by "
                           "telephone today with the Deputy Prime Minister and Minister of Foreign Affairs and "
                           "Expatriates of Jordan, Faisal Al-Khasawneh.", "2032-01-14")
    (call,) = [e for e in events if e.type == "call"]
    assert {p.name: p.side for p in call.participants}["Faisal Al-Khasawneh"] == "JO"


def test_the_delegation_the_release_describes_is_on_its_visit(nlp) -> None:
    events = _extract(nlp, KENYAN_RELEASE, "2031-04-14")
    (visit,) = [e for e in events if e.type == "visit"]
    assert (visit.start, visit.end, visit.location and visit.location.name) == ("2031-04-09", "2031-04-12", "Hanoi")
    assert {(p.name, p.side, p.role) for p in visit.participants} >= {
        ("Peter Kiprono Langat", "KE", "lead"), ("Grace Wanjiru Mwangi", "KE", "member"),
        ("Daniel Otieno Ouma", "KE", "member")}
