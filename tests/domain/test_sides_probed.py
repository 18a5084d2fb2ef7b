"""Sides and people on documents written to probe the rules (issue 12): each test is a class of error found by
extracting invented defence releases and conference reports the gold does not hold, fixed by a general rule."""

from __future__ import annotations

from tests.domain.test_events_context import _doc
from tests.domain.test_events_unseen import _all_sides, _extract, _sides


def test_a_portfolio_listed_with_commas_is_no_person_and_its_office_keeps_its_side(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nThe delegation was led by Dr. Miriam Oduya, Assistant "
                           "Secretary of State for Oceans, Fisheries and Polar Affairs, who met Chilean officials in "
                           "Santiago on April 7. Under Secretary Leon Marsh met Dr. Pavla Horakova, Deputy Minister "
                           "for Research, Space and Innovation of the Slovak Republic, on April 9.", "2031-04-10")
    people = _all_sides(events)
    assert people == {"Miriam Oduya": "US", "Leon Marsh": "US", "Pavla Horakova": "SK"}


def test_courtesy_words_and_abstract_plurals_are_no_names_and_an_organisations_officials_take_it(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary Ada Quill met with Foreign Minister Sheikh Dr. "
                           "Khalid Nasser Al-Harbi in Doha on May 4. The Secretary also met Lena Virtanen, European "
                           "Commissioner for International Partnerships, in Doha on May 5.", "2031-05-06")
    people = _all_sides(events)
    assert people == {"Ada Quill": "US", "Khalid Nasser Al-Harbi": "QA", "Lena Virtanen": "EU"}


def test_a_date_before_a_nationality_and_an_office_before_another_persons_leave_each_their_side(nlp) -> None:
    doc = _doc(nlp, "NORDIC INSTITUTE OF FOREIGN AFFAIRS\nSeminar report\n\nThe Norwegian–Russian seminar met in "
                    "Kirkenes on 20–22 June 2031. On 21 June Norwegian Foreign Minister Eirik Lund Haugen joined the "
                    "seminar. It was opened by General Tomas Brenner, Chairman of the NATO Military Committee, and "
                    "Russian Deputy Foreign Minister Oleg Vasiliev.", "2031-06-25")
    sides = {p.name: p.country for p in doc.people}
    assert sides == {"Eirik Lund Haugen": "NO", "Tomas Brenner": "NATO", "Oleg Vasiliev": "RU"}


def test_one_who_meets_a_named_countrys_official_is_of_the_pairs_other_side(nlp) -> None:
    doc = _doc(nlp, "Report of the Ninth Japan–Korea Strategic Dialogue\n\nThe Japan–Korea dialogue met in Busan on "
                    "12–13 May 2031. Foreign Minister Haruto Sakamoto and his Korean counterpart had met in Manila in "
                    "April. On 12 May Defence Minister Kenji Morimoto hosted in Busan the Minister of National Defense "
                    "of the Republic of Korea, Park Min-jae.", "2031-05-20")
    sides = {name: side for e in doc.events for name, side in _sides(e).items()}
    assert sides == {"Haruto Sakamoto": "JP", "Kenji Morimoto": "JP", "Park Min-jae": "KR"}


def test_who_opens_a_day_of_the_dialogue_told_before_takes_part_in_it(nlp) -> None:
    [dialogue] = _extract(nlp, "The U.S.-Chile dialogue was held in Valparaiso on 3 March 2031. U.S. Ambassador to "
                               "Chile Laura Whitcombe opened the second day with a briefing on fisheries. Chilean Deputy "
                               "Foreign Minister Tomas Ibarra chaired the session.", "2031-03-06")
    assert _sides(dialogue) == {"Laura Whitcombe": "US", "Tomas Ibarra": "CL"}


def test_a_programmes_lead_speaker_and_an_office_on_the_line_give_the_session_its_people(nlp) -> None:
    doc = _doc(nlp, "AU–EU Ministerial Meeting\nLusaka, 14 May 2031\n\nPROGRAMME\n\n10:00  Session 1: Health Systems\n"
                    "Moderator: Anna Lindqvist, European Commissioner for Health\n"
                    "Lead speaker: Dr Joseph Mwale, Director, Africa Health Institute\n\n"
                    "12:00  Session 2: Trade\nLead speakers: Ambassador Kofi Mensah, AU Commissioner for Trade; "
                    "Henrik Dahl Sorensen\nInterventions by Ministers\n", "2031-05-01")
    [health] = [e for e in doc.events if e.title.startswith("Session 1")]
    assert _sides(health) == {"Anna Lindqvist": "EU", "Joseph Mwale": None}
    assert {"Kofi Mensah", "Henrik Dahl Sorensen"} <= {p.name for p in doc.people}  # a name ends at its line


def test_a_courtesy_title_without_its_full_stop_names_a_minister_and_who_she_meets_is_of_the_other_side(nlp) -> None:
    events = _extract(nlp, "PRESS INFORMATION BUREAU\nMinistry of Defence\n\nThe Minister of the Armed Forces of the "
                           "French Republic, Ms Florence Marchal, who is on an official visit to India from October 26 "
                           "to 28, 2031, held delegation-level talks with Defence Minister Arjun Mehta in New Delhi "
                           "today.", "2031-10-27")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert _sides(meeting) == {"Florence Marchal": "FR", "Arjun Mehta": "IN"}


def test_those_joined_as_the_subject_who_meet_a_named_sides_ministers_are_of_the_pairs_other_side(nlp) -> None:
    doc = _doc(nlp, "Japan-UK Foreign and Defence Ministers' Meeting: Joint Statement\n\n1. On 8 March 2031, Foreign "
                    "Secretary Alan Pryce and Defence Secretary Helen Marsh met Japan's Minister for Foreign Affairs Kenta "
                    "Ogawa and Minister of Defense Riku Sato in Tokyo for the third Japan–UK Foreign and Defence "
                    "Ministers' Meeting.", "2031-03-08")
    sides = {name: side for e in doc.events for name, side in _sides(e).items()}
    assert sides.get("Helen Marsh") == "GB" and sides.get("Kenta Ogawa") == "JP"


def test_the_session_a_heading_names_is_the_one_the_next_paragraph_tells_of(nlp) -> None:
    doc = _doc(nlp, "Report of the Fifth Chile–Peru Security Dialogue\n\nThe fifth Chile–Peru Security Dialogue was held "
                    "in Lima on 12–13 March 2031.\n\nSession I: The Regional Outlook\n\nThe session was chaired by Dr. "
                    "Luis Paredes (CEPEI, Lima). Professor Marta Vidal (Universidad Catolica de Valparaiso) argued that "
                    "cooperation was growing.\n\nSession II: Maritime Cooperation\n\nChair: Mr. Tomas Herrera (ANEPE, "
                    "Santiago).\n", "2031-03-20")
    [session] = [e for e in doc.events if e.title.startswith("Session I") and not e.title.startswith("Session II")]
    assert (session.start, session.end) == ("2031-03-12", "2031-03-13")
    assert _sides(session) == {"Luis Paredes": "PE", "Marta Vidal": "CL"}


def test_a_secretary_of_state_for_a_portfolio_makes_no_american_publisher(nlp) -> None:
    doc = _doc(nlp, "Portuguese–Moroccan Dialogue Forum\nProgramme\n\nLisbon, 14 May 2031\n\n09:45 – 11:15 Session I: "
                    "Migration\nChair: Dr. Rui Tavares Moreira, former Secretary of State for Migration\n\n13:00 – 14:30 "
                    "Lunch offered by the Institute for Atlantic Studies\n", "2031-05-02")
    assert doc.events and all("US" not in e.countries for e in doc.events)


def test_a_month_after_a_courtesy_title_is_a_given_name_and_engineer_is_a_title(nlp) -> None:
    doc = _doc(nlp, "JOINT COMMUNIQUE\n\n1. The Fifth Session of the Defence Committee between Ghana and Kenya was held "
                    "in Nairobi from 15 to 16 March 2031.\n\n2. The Ghanaian delegation was led by Engineer Kofi Asante, "
                    "Honourable Minister of Defence. The Kenyan delegation was led by Mr David Mwangi, Minister of "
                    "Defence, and included General Peter Kamau, Chief of the Defence Forces, and Mr January Otieno, "
                    "Principal Secretary for Defence.\n", "2031-03-16")
    [meeting] = doc.events
    assert _sides(meeting) == {"Kofi Asante": "GH", "David Mwangi": "KE", "Peter Kamau": "KE", "January Otieno": "KE"}


def test_officials_taking_part_are_the_gatherings_people(nlp) -> None:
    [forum] = _extract(nlp, "The third meeting of the Chile–Peru Forum on Fisheries met in Arica on 4 and 5 October 2031. "
                            "Among the officials taking part in a personal capacity were Dr. Jorge Coll of Chile's "
                            "Fisheries Service and Admiral Luis Pinto of the Peruvian Navy.", "2031-10-07")
    assert _sides(forum) == {"Jorge Coll": "CL", "Luis Pinto": "PE"}
