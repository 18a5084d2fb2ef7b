"""Classes of error found by annotating State Department releases the gold does not hold (issue 12), each fixed
by a general rule and tested here on invented text with other names, places and years."""

from __future__ import annotations

from tests.domain.test_events_context import _doc
from tests.domain.test_events_unseen import _all_sides, _extract, _sides


def test_calling_on_a_capital_to_act_is_an_appeal_and_a_state_councilor_is_an_office(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary Ada Quill spoke today with Chinese State "
                           "Councilor Zhou Weiming. She also called on Beijing to end its pressure on Taiwan, and "
                           "called on Moscow to release the detained journalists.", "2031-06-11")
    assert [e.type for e in events] == ["call"]
    assert _sides(events[0]) == {"Ada Quill": "US", "Zhou Weiming": "CN"}


def test_one_accompanying_an_official_is_of_their_side_and_met_by_no_one(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nU.S. Special Envoy for the Horn of Africa Dara Wilkes will "
                           "travel to Nairobi, March 3-6. Special Envoy Wilkes will also meet with senior Kenyan "
                           "officials and civil society. Special Envoy Wilkes will be accompanied by Deputy Special "
                           "Envoy Dr. Tomas Ebner and a representative of the National Security Council.", "2031-03-02")
    people = _all_sides(events)
    assert people.get("Tomas Ebner") == "US"
    assert not any("meets Ebner" in e.title for e in events)


def test_a_side_chaired_by_two_ministers_and_a_ministry_of_a_named_state_give_their_sides(nlp) -> None:
    events = _extract(nlp, "CANBERRA, 4 May 2031 — The third Australia–Chile Ministerial Dialogue was held in Canberra "
                           "today. The Chilean side was co-chaired by Minister of Foreign Affairs Tomás Riquelme and "
                           "Minister of Defence Paula Orrego. The Australian side was co-chaired by Minister for "
                           "Foreign Affairs Grace Whitlam and Minister for Defence Ian Carver. Ms. Lucía Ferrada of the "
                           "Ministry of Foreign Affairs of Chile and Counsellor Mark Dunn of the Australian Department "
                           "of Foreign Affairs and Trade also took part.", "2031-05-04")
    people = _all_sides(events)
    assert people == {"Tomás Riquelme": "CL", "Paula Orrego": "CL", "Grace Whitlam": "AU", "Ian Carver": "AU",
                      "Lucía Ferrada": "CL", "Mark Dunn": "AU"}


def test_a_labelled_co_chair_takes_the_labels_side_and_a_country_an_office_is_for_is_no_side(nlp) -> None:
    events = _extract(nlp, "Joint Press Statement for the 9th Japan-Philippines Defense Dialogue\n\nThe 9th "
                           "Japan-Philippines Defense Dialogue was held in Manila on March 3-4, 2031.\n\n"
                           "The following committees met on March 3:\n\nMaritime Committee\nJapanese co-chair: Mr. Sato "
                           "Kenta, Director for Southeast Asia Policy\nPhilippine co-chair: Commodore Ramon Villareal, "
                           "Assistant Chief of Staff, Armed Forces of the Philippines\n\nPlanning Committee\nJapanese "
                           "co-chair: Col. Mori Daisuke, Deputy Director, Joint Staff\nPhilippine co-chair: Dr. Celia "
                           "Bautista, Director for China Affairs", "2031-03-05")
    people = _all_sides(events)
    assert {people.get(n) for n in ("Sato Kenta", "Mori Daisuke")} == {"JP"}
    assert {people.get(n) for n in ("Ramon Villareal", "Celia Bautista")} == {"PH"}


def test_people_of_both_sides_speaking_at_a_session_of_a_dialogue_between_two_foreign_states_join_it(nlp) -> None:
    events = _extract(nlp, "Report of the Second Kenya–Tanzania Strategic Dialogue, Arusha, 9–10 June 2031\n\n"
                           "Session I: Lake Victoria Fisheries (9 June)\nSession I was chaired by Dr. Amina Juma of "
                           "the Tanzanian Ministry of Foreign Affairs. Dr. Peter Otieno of the Kenya Navy spoke on "
                           "patrol coordination. Dr. Neema Mushi of the Tanzanian Fisheries Institute presented on stock "
                           "surveys.", "2031-06-12")
    [session] = [e for e in events if e.title.startswith("Session I")]
    assert _sides(session) == {"Amina Juma": "TZ", "Peter Otieno": "KE", "Neema Mushi": "TZ"}


def test_malay_courtesy_words_patronymics_and_an_organisation_after_of_are_no_part_of_a_name(nlp) -> None:
    doc = _doc(nlp, "Brunei–Malaysia Forum: Conference Report\n\nThe third Brunei–Malaysia Forum met in Miri on 4–5 "
                    "August 2031. The first session was chaired by Puan Norhayati binti Abdul Karim of the Malaysian "
                    "Ministry of Foreign Affairs. Ibu Siti Rahmah of Migrant CARE and Encik Hafiz Zulkifli bin Osman "
                    "of the Malaysian Employers Federation presented. Pak Budi Hartanto acted as discussant.",
               "2031-08-06")
    sides = {p.name: p.country for p in doc.people}
    assert sides == {"Norhayati binti Abdul Karim": "MY", "Siti Rahmah": None, "Hafiz Zulkifli bin Osman": "MY",
                     "Budi Hartanto": None}


def test_a_programme_line_names_the_body_after_of_as_the_chairs_side(nlp) -> None:
    doc = _doc(nlp, "Czech–Slovak Energy Dialogue\nBratislava, 9 March 2031\n\n13:30–14:45 Session III: Grids\n"
                    "Chair: Mr. Pavel Novotny of the Czech Ministry of Industry and Trade\nSpeakers: Ms. Jana Kovacova "
                    "(SEPS); Mr. Marek Horvath (Slovak Academy of Sciences)\n", "2031-03-10")
    sides = {p.name: p.country for p in doc.people}
    assert sides.get("Pavel Novotny") == "CZ"


def test_one_met_after_another_one_met_is_not_taken_for_the_one_who_met_them(nlp) -> None:
    events = _extract(nlp, "Ned Price, Department Spokesperson\n\nMR PRICE: When the Special Envoy visited Kabul on "
                           "August 2, we met with Afghan President Ashraf Ghani, we met with Abdullah Abdullah.\n\n"
                           "QUESTION: On Qatar?\n\nMR PRICE: Nothing new.", "2031-08-11")
    people = _all_sides(events)
    assert people.get("Ashraf Ghani") == "AF" and people.get("Abdullah Abdullah") != "US"


def test_a_year_in_a_relative_clause_far_after_the_verb_does_not_date_the_meeting(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nAdministrator Dana Reyes met in Bamako with Prime "
                           "Minister Amadou Keita, Foreign Minister Dr. Awa Traore, and other transitional government "
                           "leaders, as well as the citizens who led the protests that resulted in the former "
                           "president's resignation in 2020.", "2031-05-06")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert meeting.start == "2031-05-06" and {"Dana Reyes", "Amadou Keita", "Awa Traore"} <= set(_sides(meeting))


def test_a_korean_name_of_three_words_is_titled_by_its_family_name(nlp) -> None:
    [meeting] = _extract(nlp, "Office of the Spokesperson\n\nDeputy Secretary of State Ada Quill met today with "
                              "Republic of Korea First Vice Foreign Minister Park Seung Ho in Washington.", "2031-06-09")
    assert meeting.title == "Quill meets Park in Washington"


def test_two_participants_of_one_surname_are_told_apart_in_the_title(nlp) -> None:
    [meeting] = _extract(nlp, "Press Release\n\nKampala, 4 March 2034\n\nUgandan Minister of Water Peter Okello met "
                              "Kenyan Cabinet Secretary for Water Grace Langat and Kenyan Principal Secretary for Water "
                              "David Langat in Kampala on 4 March 2034.\n", "2034-03-04")
    assert meeting.title == "Okello meets Grace Langat, David Langat"


def test_a_member_of_a_national_parliament_named_in_its_own_language_is_of_its_country(nlp) -> None:
    doc = _doc(nlp, "Trilateral Parliamentary Forum\nReport\n\nThe forum met in Weimar on 3 June 2031.\n\n"
                    "Participants\nDr. Jan Kowalczyk, Member of the Sejm\nAnna Richter, Member of the Bundestag\n"
                    "Dr. Paul Mercier, Member of the Assemblée nationale\n", "2031-06-05")
    sides = {p.name: p.country for p in doc.people}
    assert sides == {"Jan Kowalczyk": "PL", "Anna Richter": "DE", "Paul Mercier": "FR"}
