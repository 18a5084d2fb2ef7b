"""An itinerary of a trip to several countries, as a foreign ministry issues it (a delegation list under a bare
heading, a day heading that gives the day's route, timed lines "Arrive ...; received by ..."), and the names the
small tagger takes for organisations in a release of two other countries (issue 12)."""

from __future__ import annotations

import pytest

from tests.domain.test_events_unseen import _extract, _sides

ITINERARY = (
    "REPUBLIC OF GHANA\n"
    "MINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION\n\n"
    "ITINERARY\n"
    "Working Visit of the Minister for Foreign Affairs to the Republic of Senegal and the Republic of Côte d'Ivoire\n"
    "3–7 March 2031\n\n"
    "DELEGATION\n"
    "- Hon. Kwame Adjei-Mensah, Minister for Foreign Affairs (Head of Delegation)\n"
    "- Amb. Efua Owusu-Ansah, Chief Director\n"
    "- Mr. Yaw Boateng Darko, Director, Africa Bureau\n\n"
    "MONDAY, 3 MARCH – ACCRA – DAKAR\n"
    "08:00  Depart Kotoka International Airport\n"
    "12:30  Arrive Blaise Diagne International Airport; received by H.E. Aminata Ndiaye Sow, Minister Delegate\n"
    "19:00  Dinner hosted by H.E. Cheikh Tidiane Fall, Minister of Foreign Affairs of Senegal\n\n"
    "TUESDAY, 4 MARCH – DAKAR\n"
    "10:00  Bilateral talks with H.E. Cheikh Tidiane Fall at the Ministry of Foreign Affairs\n\n"
    "WEDNESDAY, 5 MARCH – DAKAR – ABIDJAN\n"
    "09:00  Depart Dakar\n"
    "12:00  Arrive Félix Houphouët-Boigny International Airport; received by Mr. Koffi Yao Kouassi, Director of Protocol\n\n"
    "THURSDAY, 6 MARCH – ABIDJAN\n"
    "10:00  Meeting with H.E. Adjoua Marie Kone, Minister of Foreign Affairs of Côte d'Ivoire\n\n"
    "FRIDAY, 7 MARCH – ABIDJAN – ACCRA\n"
    "11:00  Depart Abidjan\n"
    "12:15  Arrive Kotoka International Airport\n"
)


def _visits(events):
    return {e.location.country if e.location else None: e for e in events if e.type == "visit"}


def test_each_leg_is_a_visit_of_the_whole_delegation_received_by_its_host(nlp) -> None:
    visits = _visits(_extract(nlp, ITINERARY, "2031-02-25"))
    assert set(visits) == {"SN", "CI"}  # (the flight home is no visit)
    delegation = {"Kwame Adjei-Mensah": "GH", "Efua Owusu-Ansah": "GH", "Yaw Boateng Darko": "GH"}
    assert _sides(visits["SN"]) == {**delegation, "Aminata Ndiaye Sow": "SN"}
    assert _sides(visits["CI"]) == {**delegation, "Koffi Yao Kouassi": "CI"}
    assert {p.name: p.role for p in visits["CI"].participants}["Koffi Yao Kouassi"] == "host"


def test_each_leg_runs_from_its_arrival_and_its_lines_are_held_where_the_days_route_ends(nlp) -> None:
    events = _extract(nlp, ITINERARY, "2031-02-25")
    visits = _visits(events)
    assert (visits["SN"].start, visits["SN"].end) == ("2031-03-03", "2031-03-04")
    assert (visits["CI"].start, visits["CI"].end) == ("2031-03-05", "2031-03-06")
    talks = next(e for e in events if e.type == "meeting" and e.start.startswith("2031-03-06"))
    assert talks.location.name == "Abidjan" and "Kwame Adjei-Mensah" in _sides(talks)


PRAGUE = (
    "Czech–Japanese defence talks in Prague\n\n"
    "Prague, 12 May 2033\n\n"
    "On 11 May, Minister of Defence Jana Novotna hosted the Minister of Defense of Japan, H.E. Sato Haruki, who is on "
    "an official visit to the Czech Republic from 11 to 13 May.\n\n"
    "After the talks, in the presence of both ministers, the Head of the Defence Procurement Agency, Brig. Gen. "
    "Tomas Horak, and the Commissioner of the Acquisition, Technology and Logistics Agency (ATLA), Ito Kenji, signed "
    "an arrangement on the transfer of defence equipment.\n\n"
    "On 13 May, Minister Sato will hold talks with the Head of the National Security Office, Pavel Dvorak.\n"
)


def test_an_office_set_off_by_commas_before_a_name_of_a_co_signer(nlp) -> None:
    events = _extract(nlp, PRAGUE, "2033-05-12")
    (signing,) = [e for e in events if e.type == "agreement"]
    signers = {p.name: p.side for p in signing.participants if p.role == "signatory"}
    assert signers == {"Tomas Horak": "CZ", "Ito Kenji": "JP"}


@pytest.mark.parametrize("name", ["Pavel Dvorak", "Jan Horacek", "Marek Kral"])
def test_the_head_of_a_body_named_after_his_office_is_met(nlp, name: str) -> None:
    events = _extract(nlp, PRAGUE.replace("Pavel Dvorak", name), "2033-05-12")
    (talks,) = [e for e in events if e.type == "meeting" and e.start == "2033-05-13"]
    assert _sides(talks) == {"Sato Haruki": "JP", name: "CZ"}


def test_a_signing_by_the_two_ministers_on_a_programme_is_the_talks_two(nlp) -> None:
    text = ITINERARY.replace(
        "10:00  Bilateral talks with H.E. Cheikh Tidiane Fall at the Ministry of Foreign Affairs\n",
        "10:00  Bilateral talks with H.E. Cheikh Tidiane Fall at the Ministry of Foreign Affairs\n"
        "12:00  Signing of a Memorandum of Understanding on Fisheries by the two Ministers\n")
    (signing,) = [e for e in _extract(nlp, text, "2031-02-25") if e.type == "agreement"]
    assert _sides(signing) == {"Kwame Adjei-Mensah": "GH", "Cheikh Tidiane Fall": "SN"}
