"""Events on releases, reports and programmes written to probe the rules (issue 12): each test is a class of
error found by extracting invented documents of shapes the gold does not hold, then fixed by a general rule."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_context import _doc
from tests.domain.test_events_unseen import _extract, _sides


def test_a_planned_hosting_and_the_twos_signing_are_events_with_both_sides(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, February 24, 2031 — Secretary of Defense William J. Perriman will host "
                           "Kazakhstan's Minister of Defense, General Sagadat Nurmaganbetov-Temirov, at the Pentagon on "
                           "Monday, March 3, 2031. The two will sign a Memorandum of Understanding on defense "
                           "cooperation.", "2031-02-24")
    [meeting] = [e for e in events if e.type == "meeting"]
    [signing] = [e for e in events if e.type == "agreement"]
    both = {"William J. Perriman": "US", "Sagadat Nurmaganbetov-Temirov": "KZ"}
    assert _sides(meeting) == both and _sides(signing) == both and meeting.start == signing.start == "2031-03-03"
    assert not [e for e in _extract(nlp, "Kuwait will receive Afghan translators who worked with U.S. forces.")
                if e.type == "meeting"]


def test_an_ambassador_to_a_country_before_the_name_is_a_person_of_the_sending_side(nlp) -> None:
    [signing] = _extract(nlp, "MANILA, May 3, 2031 — U.S. Ambassador to the Philippines Philip Garrity and "
                              "Philippine Secretary of National Defense Ramon Batino signed the agreement today.",
                         "2031-05-03")
    assert _sides(signing) == {"Philip Garrity": "US", "Ramon Batino": "PH"}


def test_an_office_the_tagger_reads_into_a_name_is_cut_off_and_the_name_kept_whole(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-03-03", text=(
        "ADDIS ABABA, March 3, 2031 — U.S. Ambassador Paul Delacroix met African Union Commission Chairperson "
        "Moussa Diallo Keita today. Secretary of State Thomas Brandt spoke today with Brazil's Foreign Minister, "
        "Ricardo Alves Pereira, about trade.")), nlp=nlp)
    titles = {p.name: p.title for p in doc.people}
    assert titles.get("Moussa Diallo Keita") == "African Union Commission Chairperson" and titles.get("Ricardo Alves Pereira") == "Foreign Minister"


def test_a_city_in_a_list_of_stops_a_possessive_name_and_a_ministers_meeting_read_right(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-03-03", text=(
        "WASHINGTON, March 3, 2031 — Secretary of Defense Erik Halvorsen will travel to Warsaw and Vilnius, where he "
        "will meet Lithuanian Minister of National Defence Rasa Vaitkeviciene. Secretary of Defense Lloyd "
        "Carverton's meeting with Ethiopian Defense Minister Abebe Tadesse in Addis Ababa on March 2 focused on "
        "security. Halvorsen will attend the Trilateral Defence Ministers' Meeting in Singapore on June 4.")), nlp=nlp)
    people = {p.name for p in doc.people}
    assert "Vilnius" not in people and "Lloyd Carverton" in people and "Lloyd" not in people
    assert any(e.title.startswith("Trilateral Defence Ministers' Meeting") for e in doc.events)


def test_roles_a_report_gives_by_a_passive_signing_and_a_discussant(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-10-20", text=(
        "Report of the Brazil–Argentina Strategic Dialogue Workshop\nBuenos Aires, 14–16 October 2031\n\n"
        "The workshop was held in Buenos Aires on 14–16 October 2031.\n\n"
        "Session I, chaired by Dr. Beatriz Amaral Couto, examined border security. Ms. Lucia Ferraro of the "
        "University of Buenos Aires acted as discussant.\n\nOn 16 October a memorandum of understanding on joint "
        "research was signed by Dr. Mariana Etcheverry and Amb. Ricardo Vasconcelos Prado.")), nlp=nlp)
    roles = {name: role for p in doc.people for name, role in [(p.name, p.roles)]}
    assert "signatory" in roles["Mariana Etcheverry"] and "Buenos Aires" not in roles
    assert "signatory" in roles["Ricardo Vasconcelos Prado"]
    assert "discussant" in roles["Lucia Ferraro"]


def test_a_courtesy_call_is_how_the_minister_received_the_ambassador_and_an_anniversary_no_event(nlp) -> None:
    events = _extract(nlp, "Ministry of Foreign Affairs of the Kingdom of Thailand\n\nBangkok, 22 August 2031 – Mr. "
                           "Somchai Rattanakul, Minister of Foreign Affairs, received Mr. Robert Keating, Ambassador of "
                           "the United States of America to Thailand, in a courtesy call at the Ministry of Foreign "
                           "Affairs on 21 August 2031.\n\nThe Minister welcomed the Ambassador and noted that 2033 "
                           "would mark the 200th anniversary of Thai-U.S. relations.", "2031-08-22")
    assert [(e.type, e.start) for e in events] == [("meeting", "2031-08-21")]
    assert _sides(events[0]) == {"Somchai Rattanakul": "TH", "Robert Keating": "US"}


def test_a_sign_of_progress_is_no_signing(nlp) -> None:
    assert not [e for e in _extract(nlp, "Office of the Spokesperson\n\nPremier Mute Egede said the visit of Secretary "
                                         "of State Ada Quill today is a sign of a next step in the relationship.",
                                    "2031-05-20") if e.type == "agreement"]


def test_the_two_spoke_and_talks_led_by_two_people(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, April 20, 2031 — Secretary of State Daniel M. Hart hosted Philippine Foreign "
                           "Secretary Teresa Batino at the Department of State on April 10. The two spoke by phone "
                           "again on April 15 about maritime security.", "2031-04-20")
    [call] = [e for e in events if e.type == "call"]
    assert _sides(call) == {"Daniel M. Hart": "US", "Teresa Batino": "PH"}
    [talks] = [e for e in _extract(nlp, "The Bilateral Strategic Dialogue was held in Manila on April 3, 2031. The "
                                        "talks were led by Deputy Assistant Secretary Marco Saldana and Philippine "
                                        "Assistant Secretary Jose Batungbakal.", "2031-04-05") if e.type == "dialogue"]
    assert {p.name: p.role for p in talks.participants} == {"Marco Saldana": "lead", "Jose Batungbakal": "lead"}


def test_talks_held_where_a_traveller_came_from_and_a_headline_visit_is_no_person(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-03-15", text=(
        "Calloway Becomes First U.S. Defense Secretary to Visit Hanoi Since Normalization\n\nSecretary of Defense "
        "Thomas E. Calloway arrived in Hanoi today for a three-day visit. Calloway traveled to Hanoi from Tokyo, "
        "where on Monday he held talks with Japan Defense Agency Director General Shinjiro Kameda.")), nlp=nlp)
    assert "Hanoi Since Normalization" not in {p.name for p in doc.people}
    [talks] = [e for e in doc.events if "Shinjiro Kameda" in _sides(e)]
    assert talks.location is not None and talks.location.country == "JP"


def test_an_office_named_again_without_its_portfolio_is_its_holder(nlp) -> None:
    doc = _doc(nlp, "MINISTRY OF TRADE OF THE REPUBLIC OF KENYA\n\nNairobi, 14th March 2031\n\nThe Cabinet Secretary for Trade, Dr. Amina Wairimu Njoroge, is in "
                    "Seoul on a working visit. Today, the Cabinet Secretary held talks with the Minister of Trade "
                    "of Korea, Mr. Park Jin-ho, on market access.\n\nLater today, Ambassador Samuel K. Mwangi will "
                    "host a dinner at the Residence in honour of the Cabinet Secretary.", "2031-03-14")
    [dinner] = [e for e in doc.events if "Samuel K. Mwangi" in _sides(e)]
    assert _sides(dinner).get("Amina Wairimu Njoroge") == "KE"


def test_who_meets_a_delegation_at_the_airport_hosts_its_visit(nlp) -> None:
    doc = _doc(nlp, "PROGRAMME OF THE VISIT OF THE U.S. DELEGATION\nMongolia–United States Defense Consultations, "
                    "Ulaanbaatar, 10-11 May 2031\n\n"
                    "Monday 10 May\n"
                    "09h00   Arrival of the U.S. Delegation led by Assistant Secretary of Defense Laura P. Finch "
                    "at the airport; met by Colonel Batbayar Ochir, Head of the Department of Foreign Relations\n"
                    "11h00   Courtesy call on the Minister of Defence, Mr. Tsogt Bayar\n", "2031-05-01")
    [visit] = [e for e in doc.events if e.type == "visit"]
    roles = {p.name: (p.side, p.role) for p in visit.participants}
    assert roles["Batbayar Ochir"] == ("MN", "host")
    assert roles["Laura P. Finch"][0] == "US"
    [call] = [e for e in doc.events if "Tsogt Bayar" in _sides(e)]
    assert _sides(call).get("Laura P. Finch") == "US"  # the visitor makes the call, not her host


CONCLUDED = ("EMBASSY OF PERU\nWashington, D.C.\n\nWashington, D.C., Friday, 12 September 2031\n\nThe Minister of "
             "Foreign Affairs concluded today a three-day working visit to Washington, D.C., which began on Wednesday, "
             "10 September. The Minister was accompanied throughout the visit by the Ambassador of Peru to the United "
             "States, Mr. Jorge Salas Quiroga, and the Director General for America, Ambassador Lucia Ferreyros.\n\n"
             "On Wednesday, the Minister met the Secretary of State, Mr. Daniel M. Hart, at the Department of State.")


def test_a_visit_concluded_today_ends_today(nlp) -> None:
    doc = _doc(nlp, CONCLUDED, "2031-09-12")
    [visit] = [e for e in doc.events if e.type == "visit"]
    assert (visit.start, visit.end) == ("2031-09-10", "2031-09-12")


def test_who_accompanies_a_visitor_abroad_is_of_the_visitors_side(nlp) -> None:
    doc = _doc(nlp, CONCLUDED, "2031-09-12")
    [visit] = [e for e in doc.events if e.type == "visit"]
    assert _sides(visit) == {"Jorge Salas Quiroga": "PE", "Lucia Ferreyros": "PE"}


def test_a_call_between_two_of_one_side_about_a_country_is_that_sides_alone(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Daniel M. Hart spoke with former U.S. President Ellen Whitcomb today about the "
                    "situation in Bolivia. They discussed U.S. concerns about the arrests of opposition leaders in "
                    "Bolivia and the need for free and fair elections in Bolivia.", "2031-05-02")
    [call] = [e for e in doc.events if e.type == "call"]
    assert call.countries == ("US",)


VISIT_PROGRAMME = """PROGRAMME

Official Visit of the Minister of Defence of the Republic of Ghana, Hon. Kwame Asante Boateng, to the United States of America
Washington, D.C., 14–16 October 2030

Monday, 14 October 2030
10:30 – 11:00   Arrival at Joint Base Andrews. Welcomed by Mr. Daniel R. Ellison, Deputy Assistant Secretary of Defense for African Affairs
14:00 – 15:00   Wreath-laying ceremony at the Tomb of the Unknown Soldier, Arlington National Cemetery
19:00           Dinner hosted by the Ambassador of Ghana to the United States, H.E. Ama Serwaa Owusu

Tuesday, 15 October 2030
09:00 – 09:30   Full honours arrival ceremony at the Pentagon
09:30 – 11:00   Bilateral meeting with the Secretary of Defense, Hon. Margaret L. Tran
                Ghana side: Hon. Kwame Asante Boateng; Vice Admiral Yaw Mensah-Larbi, Chief of the Defence Staff; H.E. Ama Serwaa Owusu
                U.S. side: Hon. Margaret L. Tran; Mr. Daniel R. Ellison; Brigadier General Carla J. Voss, Joint Staff J5
12:30 – 14:00   Working lunch hosted by General Thomas K. Reyes, Commander, U.S. Africa Command
15:00 – 16:00   Meeting with the Deputy Secretary of State, Mr. Howard P. Klein (Department of State)

Wednesday, 16 October 2030
10:00 – 11:30   Roundtable on maritime security in the Gulf of Guinea, National Defense University. Moderator: Dr. Susan E. Park
12:00           Departure for Accra
"""


def test_a_visit_programme_gives_each_slot_its_own_people_and_the_visit_its_visitor(nlp) -> None:
    doc = _doc(nlp, VISIT_PROGRAMME, "2030-10-01")
    [visit] = [e for e in doc.events if e.type == "visit"]
    assert visit.title.startswith("Boateng visits")  # the visitor, not a host who joins the visit's roster
    [dinner] = [e for e in doc.events if e.start == "2030-10-14T19:00"]
    assert "Margaret L. Tran" not in _sides(dinner)  # she sits in Tuesday's meeting, not at Monday's dinner
    [talks] = [e for e in doc.events if e.start == "2030-10-15T09:30"]
    assert _sides(talks)["Ama Serwaa Owusu"] == "GH" and _sides(talks)["Carla J. Voss"] == "US"
    people = {p.name: p for p in doc.people}
    assert "Ama Serwaa" not in people  # the tagger's "H.E. Ama Serwaa" + "Owusu" is the ambassador named in full
    assert people["Kwame Asante Boateng"].title == "Minister of Defence of the Republic of Ghana"


def test_representatives_of_a_list_of_countries_are_all_parties(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nRepresentatives of the United States, Kazakhstan, Kyrgyzstan, and "
                    "Tajikistan agreed in principle today to establish a new working group on water security.",
               "2031-07-16")
    [agreement] = [e for e in doc.events if e.type == "agreement"]
    assert set(agreement.countries) == {"US", "KZ", "KG", "TJ"}


ROUNDS = ("Report of the Fifth Chile–Peru Dialogue on Border Security\nLima, 12–13 May 2031\n\nThe Fifth Chile–Peru "
          "Dialogue on Border Security was held in Lima on 12 and 13 May 2031. The Chilean delegation was led by Dr. "
          "Ignacio Valdés Rojas, while the Peruvian side was led by Ambassador Rosa Quispe Huamán. The previous round "
          "was held last year in Santiago.\n\nThe dialogue opened with remarks by Dr. Valdés Rojas, who noted that "
          "cooperation had grown since the signing of the Border Integration Treaty.\n\nThe first panel was chaired by "
          "Ms. Carmen Soto Larraín. The Dialogue will reconvene in Santiago in 2032.")


def test_the_previous_and_the_next_round_do_not_take_the_reports_people(nlp) -> None:
    doc = _doc(nlp, ROUNDS, "2031-05-20")
    for e in doc.events:
        if e.start[:4] != "2031":  # last year's round in Santiago, next year's
            assert not e.participants, e.title
    [main] = [e for e in doc.events if e.start == "2031-05-12" and e.end == "2031-05-13" and e.type == "dialogue"
              and "Rosa Quispe Huamán" in _sides(e)]
    roles = {p.name: p.role for p in main.participants}
    assert roles["Ignacio Valdés Rojas"] == "lead"  # not a signatory: the treaty's signing is history he recalls
    # the panel, and the dialogue she took part in by chairing it: both this year's
    hers = [e for e in doc.events if "Carmen Soto Larraín" in _sides(e)]
    assert len(hers) == 2 and all(e.start[:4] == "2031" for e in hers)


def test_each_leg_of_a_trip_dated_as_a_whole_takes_its_own_days(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nDeputy Secretary of State Alicia Renfrew will travel to Vietnam, "
                    "Cambodia, and Laos March 5-11, 2031.\n\nIn Hanoi on March 5-6, Deputy Secretary Renfrew will meet "
                    "with Vietnamese Deputy Prime Minister Tran Van Khoa.\n\nIn Phnom Penh on March 7-8, the Deputy "
                    "Secretary will meet with Cambodian Foreign Minister Sok Phirun.\n\nThe Deputy Secretary will "
                    "conclude her trip in Vientiane on March 9-11, where she will co-chair the U.S.-Laos Comprehensive "
                    "Dialogue with Lao Vice Foreign Minister Khamla Vongsa.", "2031-03-01")
    legs = {e.countries[-1]: (e.start, e.end) for e in doc.events if e.type == "visit"}
    assert legs == {"VN": ("2031-03-05", "2031-03-06"), "KH": ("2031-03-07", "2031-03-08"),
                    "LA": ("2031-03-09", "2031-03-11")}


def test_who_sends_an_invitation_to_visit_hosts_the_visit_not_makes_it(nlp) -> None:
    events = _extract(nlp, "Ministry of Foreign Affairs of the Kingdom of Thailand\n\nBangkok, 22 August 2031 – The "
                           "Ambassador conveyed the invitation of Secretary of State Lorraine Petty for the Minister to "
                           "visit Washington, D.C. later this year.", "2031-08-22")
    [visit] = [e for e in events if e.type == "visit"]
    assert {p.name: p.role for p in visit.participants}.get("Lorraine Petty") == "host"
    assert not visit.title.startswith("Petty visits")


def test_a_meeting_before_a_transcript_is_not_the_conference_its_speaker_mentions(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2032-04-14", title=(
        "Secretary Maren Holt and Austrian Chancellor Petra Lindner Before Their\u00a0Meeting"), text=(
        "Maren Holt, Secretary of State\n\nAustrian Chancellor Petra Lindner\n\nVienna, Austria\n\n"
        "CHANCELLOR LINDNER: I am pleased to welcome the Secretary of State of the United States, Maren Holt.\n\n"
        "What brings her here is the conference on the Sahel that has taken place this afternoon.")), nlp=nlp)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings and {"US", "AT"} <= set(meetings[0].countries)
    assert {p.name for p in meetings[0].participants} >= {"Maren Holt", "Petra Lindner"}


def test_an_unnamed_countrys_minister_met_at_a_venue_the_trip_does_not_visit_is_not_the_venues(nlp) -> None:
    events = _extract(nlp, "Assistant Secretary of State Oren Castellano traveled to Bishkek, Kyrgyz Republic, on "
                           "May 2. Last week, Assistant Secretary Castellano met with Foreign Minister Aibek "
                           "Sadykov in Geneva.", "2032-05-04")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert _sides(meeting).get("Aibek Sadykov") != "CH" and "CH" not in meeting.countries


def test_consultations_on_a_trips_next_stop_are_held_there_not_at_the_last_stop(nlp) -> None:
    events = _extract(nlp, "Deputy Assistant Secretary Ines Morrow will travel to Ashgabat, Turkmenistan, April 6-8, "
                           "to lead the U.S. delegation to the Annual Bilateral Consultations. Following her stop in "
                           "Turkmenistan, she will travel to Dushanbe, Tajikistan, on April 9 for consultations with "
                           "Foreign Minister Farhod Rahimzoda.", "2033-04-01")
    [later] = [e for e in events if e.type == "dialogue" and e.start == "2033-04-09"]
    assert later.location is not None and later.location.country == "TJ"
    assert _sides(later).get("Farhod Rahimzoda") == "TJ" and set(later.countries) == {"US", "TJ"}


def test_a_trip_to_a_state_named_formally_is_a_visit_there_and_the_traveller_meets_its_leaders(nlp) -> None:
    events = _extract(nlp, "Secretary of State Maren Holt will travel to the Kingdom of Saudi Arabia on May 9, "
                           "where she will meet with Saudi Foreign Minister Faisal Al-Rashidi.", "2032-05-01")
    [visit] = [e for e in events if e.type == "visit"]
    [meeting] = [e for e in events if e.type == "meeting"]
    assert visit.location is not None and visit.location.country == "SA"
    assert _sides(meeting) == {"Maren Holt": "US", "Faisal Al-Rashidi": "SA"}


def test_a_meeting_on_a_leg_of_a_trip_to_a_region_takes_the_trips_days(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSpecial Envoy Clara Voss will travel to Southeast Asia May 3-8, 2033, to discuss "
                           "maritime security. In Laos, Special Envoy Voss will meet with Deputy Prime Minister "
                           "Somsak Vongsavath.", "2033-04-28")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert (meeting.start, meeting.end) == ("2033-05-03", "2033-05-08") and set(meeting.countries) == {"US", "LA"}


def test_a_two_letter_surname_the_text_gives_in_full_is_that_person_again(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nAssistant Secretary of State Donald Wu will travel to Almaty "
                           "in July. Last week, Assistant Secretary Wu met with Kazakh Foreign Minister Yerlan "
                           "Sarsenov in Astana.", "2033-06-20")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert _sides(meeting) == {"Donald Wu": "US", "Yerlan Sarsenov": "KZ"}


def test_a_summit_its_sentence_discusses_is_ahead_and_the_speakers_take_no_part_in_it(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Maren Holt spoke today with Danish "
                           "Foreign Minister Lars Holmgaard. The Secretary and the Foreign Minister discussed the NATO "
                           "Summit to be held in Ankara in March.", "2033-11-02")
    [summit] = [e for e in events if e.type == "summit"]
    assert summit.start == "2034-03" and not summit.participants


def test_continuing_to_a_place_is_the_trips_next_leg_and_credentials_are_presented_to_the_host(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nUnder Secretary Ruth Okafor traveled to Jakarta on May 4, "
                           "2033. Under Secretary Okafor will continue to Dili, Timor-Leste, on May 7.", "2033-05-05")
    assert [e.location.name for e in events if e.type == "visit" and e.location] == ["Jakarta", "Dili"]
    events = _extract(nlp, "U.S. Ambassador to Zambia Helen Brandt presented her credentials to Zambian President "
                           "Mwila Banda on June 2, 2033.", "2033-06-03")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert set(meeting.countries) == {"US", "ZM"} and meeting.start == "2033-06-02"
    assert not _extract(nlp, "The United States will continue to support Zambia's reforms.", "2033-06-03")


def test_a_timestamp_given_straight_to_the_extractor_is_read_in_the_publishers_time_zone(nlp) -> None:
    [call] = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Maren Holt spoke today with Peruvian "
                           "Foreign Minister Ana Quispe.", "2031-05-21T01:46:00+00:00")
    assert call.start == "2031-05-20"  # 21:46 on 20 May in Washington


def test_a_transcripts_meeting_under_a_long_headline_is_titled_from_its_people_and_a_quoted_nickname_is_no_part_of_a_name(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2033-02-10", title=(
        "Secretary of State Maren Holt And Norwegian Minister of Foreign Affairs and Deputy Prime Minister Torbjørn "
        "“Toby” Lund Before Their Meeting at the Department of State"), text=(
        "Maren Holt, Secretary of State\n\nWashington, D.C.\n\nTreaty Room\n\n"
        "SECRETARY HOLT: It is a real pleasure to welcome Foreign Minister Lund to the State Department.")), nlp=nlp)
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.title == "Holt meets Lund in Washington"
    assert "Torbjørn Lund" in {p.name for p in meeting.participants}


def test_a_panellist_takes_the_side_of_a_university_named_for_its_city_or_of_a_nationality_in_apposition(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2033-10-12", text=(
        "Report of the Ghana–Nigeria Track II Dialogue\nLomé, 9–10 October 2033\n\n"
        "The dialogue was held in Lomé on 9–10 October 2033. Session I was chaired by Dr. Kwame Asante of Kumasi "
        "University and Dr. Ngozi Eze (Lagos University). Session II was chaired by Dr. Kofi Mensah, a former "
        "Ghanaian negotiator, and Dr. Amaka Obi, a senior Nigerian diplomat.")), nlp=nlp)
    sides = {p.name: p.side for e in doc.events for p in e.participants}
    assert sides == {"Kwame Asante": "GH", "Ngozi Eze": "NG", "Kofi Mensah": "GH", "Amaka Obi": "NG"}


def test_a_programmes_flush_left_speaker_lines_are_the_sessions_people_a_ministrys_man_the_other_side(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2033-03-01", text=(
        "Programme: U.S.–Laos Dialogue on Regional Security\nVientiane\n\nTUESDAY, 8 MARCH 2033\n\n"
        "09:30–11:00 Session 1: The Mekong Subregion\nChair: Dr. Ellen Marsh (Naval War College, Newport)\n"
        "Speakers:\nSr. Col. Bounmy Phommachanh, Institute of Strategy, Ministry of National Defence\n"
        "Dr. Aaron Welles (Stimson Center, Washington)\n\n11:00–11:30 Coffee\n")), nlp=nlp)
    [session] = [e for e in doc.events if e.title.startswith("Session 1")]
    assert {p.name: p.side for p in session.participants} == {
        "Ellen Marsh": "US", "Bounmy Phommachanh": "LA", "Aaron Welles": "US"}


def test_a_gatherings_host_given_by_hosted_by_is_its_host_not_a_meeting_of_its_own(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSpecial Envoy Clara Voss participated in a ministerial "
                           "meeting from May 25 to May 26 hosted by Norwegian Foreign Minister Eirik Dahl.", "2033-05-28")
    [meeting] = events
    assert {p.name: (p.side, p.role) for p in meeting.participants} == {
        "Clara Voss": ("US", None), "Eirik Dahl": ("NO", "host")}


def test_a_part_of_a_country_is_still_the_country_a_stop_ahead_is_no_place_here_and_a_gatherings_date_is_its_own(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSpecial Envoy Clara Voss travels from Jordan to Paris today "
                           "to attend the May 30 meeting of the Coalition's Foreign Ministers with Secretary of State "
                           "Maren Holt. Prior to her arrival in Paris, Special Envoy Voss travelled to Amman on May 24 "
                           "for meetings with senior officials. On May 26, Special Envoy Voss led a delegation to "
                           "southern Lebanon to visit a UN post.", "2033-05-28")
    places = {(e.type, e.start): e.location.country if e.location else None for e in events}
    assert places[("visit", "2033-05-26")] == "LB" and places[("meeting", "2033-05-24")] == "JO"
    assert ("meeting", "2033-05-30") in places


def test_a_schedule_whose_title_is_its_first_line_dates_its_items_on_the_titles_day(nlp) -> None:
    text = ("Office of the Spokesperson\n\nSECRETARY MAREN HOLT\n\n2:15 p.m. Secretary Holt meets with Tajik Foreign "
            "Minister Farhod Rahimzoda, at the Department of State.")
    as_field = extract_document(Document(id="a", source="t", title="Public Schedule – July 1, 2033", text=text,
                                         published="2033-07-01T00:20:00+00:00"), nlp=nlp)
    as_line = extract_document(Document(id="b", source="t", text="Public Schedule – July 1, 2033\n\n" + text,
                                        published="2033-07-01T00:20:00+00:00"), nlp=nlp)
    assert [e.start for e in as_field.events] == [e.start for e in as_line.events] == ["2033-07-01T14:15"]


def test_a_meeting_that_names_only_its_own_official_is_titled_as_theirs_not_as_a_meeting_with_them(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSpecial Envoy Clara Voss traveled to Lusaka on May 4, 2033, "
                           "where she met with senior Zambian officials.", "2033-05-05")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert meeting.title == "Voss’s meeting in Lusaka" and set(meeting.countries) == {"US", "ZM"}


def test_a_trips_groups_of_counterparts_are_dated_on_their_countrys_leg_not_by_later_sentences(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nUnder Secretary Ruth Okafor visited Ghana, Togo, and Benin from "
                           "May 4-7. The delegation met with Ghanaian President Kwame Mensah; with Togolese Foreign "
                           "Minister Kofi Agbeko; and with Beninese President Paul Houngbo. Togo will host the Africa "
                           "Energy Ministerial in 2036, which Foreign Minister Kofi Agbeko will chair.", "2033-05-08")
    meetings = {e.countries: e.start for e in events if e.type == "meeting"}
    assert meetings.get(("US", "TG")) == "2033-05-04", meetings


def test_legs_told_with_where_and_a_final_meeting_are_events_of_their_own(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nAssistant Secretary Dana Whitlow will visit Ghana, Togo, and Benin, "
                    "March 3-8. Assistant Secretary Whitlow will first be in Ghana where she will meet with Ghanaian "
                    "leaders. She will then head to Togo where she will meet with Togolese government officials. "
                    "Finally, Assistant Secretary Whitlow will meet with representatives of the UN Office for West "
                    "Africa to discuss regional security.", "2031-03-02")
    meetings = sorted(e.countries for e in doc.events if e.type == "meeting")
    assert meetings == [("US", "GH"), ("US", "TG"), ("US", "UN")]
    assert all(e.start == "2031-03-03" for e in doc.events if e.type == "meeting")


def test_calling_on_a_country_to_act_is_an_appeal_not_a_visit(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nDeputy Secretary Ada Quill met with Prime Minister Tomas "
                           "Ferreira in Dili on June 1. She also called on Timor-Leste, as a member of ASEAN, to hold the "
                           "Burmese military regime accountable.", "2031-06-02")
    assert [e.countries for e in events] == [("US", "TL")]


def test_discussing_issues_with_officials_on_a_leg_is_a_meeting_there(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nCounselor Mara Lindqvist will travel to Vilnius on May 4-5 and Riga on "
                    "May 5-7. In Riga, Counselor Lindqvist will discuss strategic bilateral and regional issues, as well "
                    "as our shared commitment to democratic institutions, with senior government officials and civil "
                    "society representatives.", "2031-05-01")
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.countries == ("US", "LV") and meeting.start == "2031-05-05" and meeting.location.name == "Riga"
