"""Co-chairs named after long offices (issue 12): "a Senior Officials' Meeting, co-chaired by the Deputy
Director-General ... of the Department of Foreign Affairs, Ambassador X, and the Undersecretary ... of the Ministry of
Foreign Relations of Mexico, Ambassador Y, which reviewed the reports of the working groups" gave the meeting neither
co-chair (the one nearest to "the working groups" of the relative clause after her was taken for theirs, and the first
followed her), and Y no side ("Ministry of Foreign Relations of Mexico" was read as no office of a country)."""

from __future__ import annotations

from entente.extract.offices import side_from_title
from tests.domain.test_events_unseen import _extract

TEXT = ("Joint Communiqué\n\nThe First Session of the South Africa-Mexico Binational Commission was held in Pretoria on "
        "20 and 21 October 2003. The Ministerial segment was preceded on 20 October by a Senior Officials' Meeting, "
        "co-chaired by the Deputy Director-General for the Americas and Europe of the Department of Foreign Affairs, "
        "Ambassador Nkosinathi Peter Sithole, and the Undersecretary for Latin America and the Caribbean and for "
        "Africa of the Ministry of Foreign Relations of Mexico, Ambassador María Teresa Ochoa Ruelas, which reviewed "
        "the reports of the working groups on political affairs and economic cooperation.\n")


def test_both_co_chairs_take_part_in_the_meeting_they_co_chaired(nlp) -> None:
    names = {p.name for e in _extract(nlp, TEXT, "2003-10-21") if "Senior Officials" in e.evidence[0].text
             for p in e.participants}
    assert {"Nkosinathi Peter Sithole", "María Teresa Ochoa Ruelas"} <= names


def test_a_ministry_of_a_country_gives_its_officials_side() -> None:
    assert side_from_title("Undersecretary for Africa of the Ministry of Foreign Relations of Mexico") == "MX"
    assert side_from_title("Director of the Department of Trade of Ghana") == "GH"
