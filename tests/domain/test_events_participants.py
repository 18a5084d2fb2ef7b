"""Who takes part in events, on which side, and on which day, on invented documents of shapes the gold does not
hold (issue 12): each test is a class of error found by extracting probe documents (defense releases, joint
statements, track-II reports, programmes, State readouts), then fixed by a general rule."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_unseen import _extract, _sides


def test_a_subject_of_two_offices_joined_is_both_people_named_before(nlp) -> None:
    events = _extract(nlp, "Secretary of State Thomas Brandt spoke today with Chilean Foreign Minister Ana Sepulveda. "
                           "The Secretary and Foreign Minister discussed fisheries and agreed to form a working group "
                           "on port security.", "2031-03-03")
    [agreement] = [e for e in events if e.type == "agreement"]
    assert _sides(agreement) == {"Thomas Brandt": "US", "Ana Sepulveda": "CL"}
    events = _extract(nlp, "Secretary of State Thomas Brandt spoke today with Chilean Foreign Minister Ana Sepulveda. "
                           "The Secretary and the Minister agreed to form a working group on port security.", "2031-03-03")
    [agreement] = [e for e in events if e.type == "agreement"]
    assert _sides(agreement) == {"Thomas Brandt": "US", "Ana Sepulveda": "CL"}


def test_names_written_with_no_break_spaces_are_found_whole_with_their_side(nlp) -> None:
    text = ("On June 2, the United States and India virtually convened the second meeting of the Counternarcotics "
            "Working Group (CNWG).  Director General Rakesh Asthana, Narcotics Control Bureau, Ministry of Home "
            "Affairs, led the Indian delegation.  Deputy Assistant Secretary Jorgan Andrews led the U.S. delegation.")
    [dialogue] = [e for e in _extract(nlp, text.replace(" ", "\xa0"), "2021-06-03") if e.type == "dialogue"]
    assert _sides(dialogue) == {"Rakesh Asthana": "IN", "Jorgan Andrews": "US"}


def test_the_parties_named_as_a_subject_are_the_sides_of_the_event_before(nlp) -> None:
    events = _extract(nlp, "Representatives of Chile, Peru, and Bolivia agreed in principle to establish a new trilateral "
                           "water commission. The parties agreed to meet in the coming months to set its rules.",
                      "2031-03-03")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert set(meeting.countries) == {"CL", "PE", "BO"}


def test_an_unnamed_ministers_day_keeps_its_date_and_its_pronoun_names_no_one_else(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, 24 April 2031 — On Thursday, 23 April, the Minister held a working breakfast "
                           "with the United States Trade Representative, Ambassador Laura Benning, on the Free Trade "
                           "Agreement, in force since 1 January 2004. The same day, he addressed the Permanent Council "
                           "of the Organization of American States. He also met the Secretary General of the OAS, "
                           "Mr. Tomas Ibarra.", "2031-04-24")
    meetings = sorted((e for e in events if e.type == "meeting"), key=lambda e: e.evidence[0].start)
    assert [e.start for e in meetings] == ["2031-04-23"] * 3
    assert _sides(meetings[2]) == {"Tomas Ibarra": "OAS"}


def test_the_same_afternoon_after_a_meeting_planned_for_next_year_is_the_talks_day(nlp) -> None:
    events = _extract(nlp, "Bangkok, 8 June 2031\n\nOn 4 June 2031, Minister Somchai Wongsa held talks with New "
                           "Zealand's Minister of Foreign Affairs, the Hon. Ruth Calder, in Wellington. The two Ministers "
                           "agreed to convene the Joint Commission in Bangkok in 2032.\n\nThe same afternoon, Minister "
                           "Somchai called on the Prime Minister of New Zealand, the Rt. Hon. Hugh Tane.", "2031-06-08")
    (call,) = [e for e in events if "Hugh Tane" in {p.name for p in e.participants}]
    assert call.start == "2031-06-04"


def test_that_evening_after_a_named_day_is_that_days_evening_not_the_datelines(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesman\nJuly 9, 2031\n\nOn Monday, July 15, the Deputy Secretary will "
                           "hold a joint session with Estonian Foreign Minister Arvo Tamm before flying back to Washington "
                           "that evening.", "2031-07-09")
    (session,) = [e for e in events if e.type == "meeting"]
    assert session.start == "2031-07-15"


def test_the_official_a_delegation_calls_on_is_of_the_other_side(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2030-03-14", text=(
        "India–Japan Strategic Dialogue, New Delhi, 11–13 March 2030\n\n"
        "The Japanese delegation led by Mr. Kenji Watanabe called on Foreign Secretary Rohan Kapoor at South Block "
        "on 11 March 2030. On 12 March 2030, the Japanese delegation called on Minister of External Affairs Suresh "
        "Iyer.")), nlp=nlp)
    people = {p.name: (p.country, p.roles) for p in doc.people}
    assert people["Rohan Kapoor"][0] == people["Suresh Iyer"][0] == "IN"
    assert people["Kenji Watanabe"] == ("JP", ("lead",))


def test_an_office_of_a_country_then_the_name_is_a_person_of_that_country(nlp) -> None:
    [signing] = _extract(nlp, "VILNIUS, December 3, 2031 — Secretary of Defense Paul Hargrove and Minister of National "
                              "Defence of Lithuania Linas Vaitkus signed a bilateral agreement today.", "2031-12-03")
    assert _sides(signing) == {"Paul Hargrove": "US", "Linas Vaitkus": "LT"}
    doc = extract_document(Document(id="t", source="t", published="2031-02-22", text=(
        "The Defense Policy Group met in New Delhi on February 21, 2031. It was co-chaired by Rear Admiral Karen "
        "Doyle of the U.S. Navy and Vice Admiral Rajesh Nair of the Indian Navy.")), nlp=nlp)
    assert {p.name: p.country for p in doc.people} == {"Karen Doyle": "US", "Rajesh Nair": "IN"}


def test_people_who_also_took_part_or_accompanied_are_members_of_the_event_told_before(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-10-08", text=(
        "NAIROBI, October 8, 2031 — The U.S.-Kenya Defense Cooperation Dialogue met in Nairobi on October 7, 2031. "
        "The U.S. delegation was led by Deputy Assistant Secretary Gregory Lindqvist. The Ambassador of Kenya to "
        "the United States, H.E. Joseph Otieno, also took part.\n\n"
        "HANOI, Vietnam, October 8, 2031 — Secretary of Defense Robert Callahan met today with Vietnam's Minister of "
        "National Defense, Gen. Nguyen Van Thanh, in Hanoi, the first stop on a tour of Southeast Asia. The "
        "secretary was accompanied by U.S. Ambassador to Vietnam Ellen Marsh.")), nlp=nlp)
    [dialogue] = [e for e in doc.events if e.type == "dialogue"]
    assert {(p.name, p.side, p.role) for p in dialogue.participants} >= {("Joseph Otieno", "KE", "member")}
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert {p.name: p.side for p in meeting.participants}.get("Ellen Marsh") == "US"


def test_a_session_keeps_the_people_who_presented_or_spoke_on_its_subject(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-10-20", text=(
        "Report of the Fourth Chile–Peru Strategic Dialogue, Lima, 14–15 October 2031\n\n"
        "Session II: Fisheries and Maritime Boundaries (14 October)\n"
        "Session II was chaired by Dr. Marta Ellis, Professor at the Catholic University of Peru. Dr. Sergio Pratt of "
        "the University of Chile spoke on fisheries enforcement. Dr. Ana Quispe of the Peruvian Naval War College "
        "presented on port security.")), nlp=nlp)
    [session] = [e for e in doc.events if e.title.startswith("Session II")]
    roles = {p.name: p.role for p in session.participants}
    assert roles.get("Sergio Pratt") == roles.get("Ana Quispe") == "presenter"


def test_a_dateline_with_city_and_country_leaves_the_weekday_to_date_the_meeting(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-09-17",
                                    title="Chairman Meets Kazakh Defense Minister, Views STEPPE EAGLE Exercise", text=(
        "ALMATY, Kazakhstan, Sept. 17, 2031 – Army Gen. Walter Briggs, chairman of the Joint Chiefs of Staff, met "
        "Monday with Kazakh Defense Minister Col. Gen. Serik Aitkulov to discuss military reform.")), nlp=nlp)
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.start == "2031-09-15" and _sides(meeting) == {"Walter Briggs": "US", "Serik Aitkulov": "KZ"}


def test_a_counterpart_by_nationality_and_a_speaker_of_a_parliament_have_sides(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-05-14", text=(
        "BERLIN, May 14, 2031 — Federal Minister of Defence Katrin Hollmann received her Polish counterpart, Tomasz "
        "Wierzbicki, in Berlin on Monday for the annual defence consultations.\n\n"
        "On 16 November 2031 the Turkish delegation will call on Mr. Dimitris Sioufas, Speaker of the Hellenic "
        "Parliament.")), nlp=nlp)
    sides = {p.name: p.country for p in doc.people}
    assert sides["Tomasz Wierzbicki"] == "PL" and sides["Dimitris Sioufas"] == "GR"


def test_a_delegation_or_its_participants_calling_on_an_official_take_part_in_the_call(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-12-02", text=(
        "Report of the Argentine–Brazilian Seminar, Buenos Aires, 23–24 November 2031\n\n"
        "The seminar was held in Buenos Aires on 23–24 November 2031.\n\n"
        "Argentine Delegation\nDr. Félix Peña (Head of Delegation)\nDr. Mónica Hirst\n\n"
        "Brazilian Delegation\nProf. Helio Jaguaribe (Head of Delegation)\nDr. Ricardo Sennes\n\n"
        "In the afternoon of 24 November the Brazilian participants were received at the San Martín Palace by "
        "Vice-Minister of Foreign Affairs Andrés Cisneros.")), nlp=nlp)
    [call] = [e for e in doc.events if any(p.name == "Andrés Cisneros" for p in e.participants)]
    assert _sides(call) == {"Andrés Cisneros": "AR", "Helio Jaguaribe": "BR", "Ricardo Sennes": "BR"}


def test_a_programmes_bulleted_presenters_and_surname_co_chairs_take_part_in_their_sessions(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-04-28", text=(
        "Programme: US–China Dialogue on Regional Security, Beijing, 4–5 May 2031\n\n"
        "Day 1 — Monday, 4 May 2031\n\n"
        "09:00–09:30 Opening Session\nWelcome remarks: Mr. Ji Zhiye, President, CICIR\n"
        "Keynote address: Ambassador J. Stapleton Roy, former US Ambassador to China\n\n"
        "09:45–11:15 Session I: Maritime Security\nChair: Dr. Wu Shicun (National Institute for South China Sea "
        "Studies)\nPresenters:\n- Ms. Bonnie Glaser (Center for Strategic and International Studies)\n"
        "- Dr. Zhang Haiwen (China Institute for Marine Affairs)\n\n"
        "11:00–12:00 Closing Session\nCo-chairs: Mr. Ji and Ambassador Roy\n")), nlp=nlp)
    roles = {e.title: {p.name: p.role for p in e.participants} for e in doc.events}
    session = next(r for t, r in roles.items() if t.startswith("Session I"))
    assert session.get("Bonnie Glaser") == session.get("Zhang Haiwen") == "presenter"
    closing = next(r for t, r in roles.items() if t.startswith("Closing"))
    assert closing == {"Ji Zhiye": "chair", "J. Stapleton Roy": "chair"}


def test_a_counterpart_met_then_signing_with_the_two_is_in_both_the_meeting_and_the_signing(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, May 12, 2031 — Secretary of Defense William S. Cohen met on Tuesday at the "
                           "Pentagon with Uzbekistan's Minister of Defense, Lt. Gen. Hikmatulla Tursunov, and the two "
                           "ministers signed a defense cooperation plan.", "2031-05-12")
    both = {"William S. Cohen": "US", "Hikmatulla Tursunov": "UZ"}
    [meeting] = [e for e in events if e.type == "meeting"]
    [signing] = [e for e in events if e.type == "agreement"]
    assert _sides(meeting) == _sides(signing) == both
    assert {p.role for p in signing.participants} == {"signatory"} and {p.role for p in meeting.participants} == {None}


def test_pacific_nationalities_name_sides_and_a_frontier_between_two_is_a_topic(nlp) -> None:
    [call] = _extract(nlp, "On April 10, 2031, the Secretary spoke by phone with Tongan Prime Minister Siaosi Sovaleni "
                           "about cyclone recovery.", "2031-04-10")
    assert _sides(call) == {"Siaosi Sovaleni": "TO"}
    events = _extract(nlp, "Office of the Spokesperson\n\nThe Under Secretary visited Dushanbe on August 15, 2031, where he met with Tajik President "
                           "Emomali Rahmonov to discuss border security along the Tajik-Afghan frontier.", "2031-08-17")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert set(meeting.countries) == {"US", "TJ"}


def test_a_trip_for_a_meeting_of_an_organisation_goes_to_the_organisation_not_the_host_city(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Thomas Brandt will travel to Brussels, "
                           "Belgium on March 4, 2031 for a meeting of NATO Foreign Ministers.", "2031-03-02")
    [visit] = [e for e in events if e.type == "visit"]
    assert set(visit.countries) == {"US", "NATO"}


def test_offices_set_off_before_ranks_and_a_member_of_a_delegation_give_sides(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-06-12", text=(
        "ABUJA, June 12, 2031 — On Wednesday the Minister met the Defence Minister of Nigeria, Maj. Gen. (rtd) Aliyu "
        "Bello Danladi, at the Ministry of Defence.\n\n"
        "CANBERRA, March 25, 2031 — On Tuesday, the CDF called on the Chief of the Defence Force of Australia, Air "
        "Chief Marshal Angus Houston, at Russell Offices.\n\n"
        "WASHINGTON, November 5, 2031 — The U.S. delegation included Vice Adm. Michael LeFever, while Maj. Gen. "
        "Muhammad Asim of the Joint Staff Headquarters was a member of the Pakistani delegation.")), nlp=nlp)
    sides = {p.name: p.country for p in doc.people}
    assert (sides.get("Aliyu Bello Danladi"), sides.get("Angus Houston")) == ("NG", "AU")
    assert (sides.get("Michael LeFever"), sides.get("Muhammad Asim")) == ("US", "PK")


def test_a_headline_over_a_dateline_line_takes_the_days_the_body_gives_and_members_follow_principals(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2031-05-14", text=(
        "Secretary Cohen Meets With Uzbek Defense Minister\nWASHINGTON, May 14, 2031 —\nSecretary of Defense William "
        "S. Cohen met on Tuesday at the Pentagon with Uzbekistan's Minister of Defense, Lt. Gen. Hikmatulla Tursunov. "
        "Gen. Joseph W. Ralston, Vice Chairman of the Joint Chiefs of Staff, also took part in the discussions.")),
        nlp=nlp)
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.start == "2031-05-13" and meeting.title.startswith("Cohen meets Tursunov")
    assert {p.name: p.role for p in meeting.participants}.get("Joseph W. Ralston") == "member"


def test_the_following_day_is_the_day_after_the_last_day_told(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, May 14, 2031 — Secretary of Defense William S. Cohen met on Tuesday with "
                           "Uzbekistan's Minister of Defense, Lt. Gen. Hikmatulla Tursunov. The meeting covered regional "
                           "security. Cohen said the plan was a road map. Tursunov recalled Cohen's visit to Tashkent in "
                           "April 2029.\n\nThe following day, Deputy Secretary of Defense John J. Hamre hosted the Uzbek "
                           "delegation for a working breakfast.", "2031-05-14")
    [breakfast] = [e for e in events if "John J. Hamre" in _sides(e)]
    assert breakfast.start == "2031-05-14"


def test_the_spokesperson_a_readout_is_attributed_to_takes_no_part_in_the_call(nlp) -> None:
    [call] = _extract(nlp, "Office of the Spokesperson\nThe following is attributable to Spokesperson Matthew Mills:\n"
                           "Secretary of State Thomas Brandt spoke today with Omani Foreign Minister Sayyid Badr Al "
                           "Busaidi.", "2031-10-14")
    assert _sides(call) == {"Thomas Brandt": "US", "Badr Al Busaidi": "OM"}  # "Sayyid", like "Sheikh", is a courtesy


def test_an_office_before_another_persons_name_gives_this_person_no_side(nlp) -> None:
    [signing] = _extract(nlp, "Office of the Spokesperson\nOn April 9, 2031, in Port Moresby, U.S. Ambassador to Papua "
                              "New Guinea Laura Chen and Papua New Guinea's Minister of Foreign Affairs, Justin "
                              "Tkatchenko, signed an amendment to the Shiprider Agreement.", "2031-04-10")
    assert _sides(signing) == {"Laura Chen": "US", "Justin Tkatchenko": "PG"}


def test_each_meeting_of_met_with_a_and_with_b_has_its_own_counterpart_not_the_venue(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nIn Bishkek on August 16, 2031, the Under Secretary held talks "
                           "with Kyrgyz Acting Foreign Minister Roza Otunbayeva on the transition, and with Kazakh Deputy "
                           "Foreign Minister Kairat Umarov, who was visiting Bishkek.", "2031-08-17")
    parties = {next(iter(_sides(e))): set(e.countries) for e in events if e.type == "meeting" and len(_sides(e)) == 1}
    assert parties == {"Roza Otunbayeva": {"US", "KG"}, "Kairat Umarov": {"US", "KZ"}}


def test_a_return_home_after_a_stated_visit_dates_the_visit_before_it_and_is_no_visit(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, April 14, 2031 — Secretary of Defense William J. Perry returned to Washington "
                           "on Saturday after a two-day visit to Kazakhstan.\n\nOn Thursday, Perry met in Almaty with "
                           "Kazakhstan's Defense Minister, Gen. Sagadat Nurmagambetov. The following day, Perry flew to "
                           "Kurchatov. Andrew C. Weber accompanied the Secretary.", "2031-04-14")
    visits = sorted((e.start, e.end, e.countries) for e in events if e.type == "visit")
    assert ("2031-04-10", "2031-04-11", ("US", "KZ")) in visits and all("KZ" in c for _, _, c in visits)
    [meeting] = [e for e in events if e.type == "meeting"]
    assert meeting.start == "2031-04-10" and "Andrew C. Weber" not in _sides(meeting)


def test_an_event_held_by_the_two_ministers_is_held_by_the_pair_of_the_event_before(nlp) -> None:
    text = ("Defence Ministers of Estonia and Latvia Meet in Tallinn\n\nTallinn, 14 May 2031\n\nOn Tuesday, the Minister "
            "of Defence, Kadri Tamm, hosted the Minister of Defence of the Republic of Latvia, Janis Ozols, who paid a "
            "working visit to Estonia. Tuesday's meeting followed a telephone conversation between the two ministers "
            "last month, during which they discussed air defence.")
    calls = [e for e in _extract(nlp, text, "2031-05-14") if e.type == "call"]
    assert [({p.name for p in e.participants}, e.start[:7]) for e in calls] == [({"Kadri Tamm", "Janis Ozols"}, "2031-04")]


def test_the_same_afternoon_is_no_part_of_a_year_and_rt_hon_ends_no_sentence(nlp) -> None:
    text = ("Thai Foreign Minister visits New Zealand\n\nWellington, 5 June 2031\n\nOn 4 June 2031, Minister Pichet "
            "Wongsakul held talks with New Zealand's Minister of Foreign Affairs Stuart Aldridge in Wellington. They "
            "further agreed to convene the third meeting of the Joint Commission in Bangkok in 2032.\n\nThe same "
            "afternoon, Minister Pichet called on the Rt. Hon. Michael Tremaine, Prime Minister of New Zealand.")
    events = _extract(nlp, text, "2031-06-05")
    (commission,) = [e for e in events if e.start == "2032"]
    assert not any(p.name == "Michael Tremaine" for p in commission.participants)
    assert any(e.start.startswith("2031-06") and "Michael Tremaine" in {p.name for p in e.participants} for e in events)


def test_two_events_that_each_take_their_sides_from_the_other_do_not_loop() -> None:
    from entente.extract.event_types import Trigger
    from entente.extract.events import EventCluster
    from entente.extract.mention import EventMention
    from entente.extract.parties import event_parties

    text = "The two sides signed a plan. They also exchanged notes."
    a = EventCluster([EventMention(Trigger(14, 20, "signed", "agreement", True), (0, 28), "agreement")], home="US")
    b = EventCluster([EventMention(Trigger(39, 54, "exchanged notes", "agreement", True), (29, 55), "agreement")], home="US")
    a.sides_from, b.sides_from = b, a
    assert event_parties(a, "US", ("US", "KE"), text) == ("US", "KE")


def test_a_name_ending_on_a_word_that_is_a_courtesy_elsewhere_is_still_a_name(nlp) -> None:
    # "Tuan" opens Malay names as a courtesy ("Tuan Haji X"); ending one ("Le Minh Tuan") it is a given name
    text = ("News Release\nOctober 27, 2031\n\nThe United States and Vietnam held the 14th Defense Policy Dialogue at "
            "the Pentagon on Tuesday. The Vietnamese delegation included Maj. Gen. Tran Quoc Hung and Vietnam's "
            "Ambassador to the United States Le Minh Tuan.")
    (dialogue,) = [e for e in _extract(nlp, text, "2031-10-27") if e.type == "dialogue"]
    assert _sides(dialogue).get("Le Minh Tuan") == "VN"


def test_earlier_in_the_day_is_that_day_and_a_us_city_with_its_state_is_one_place_in_the_united_states(nlp) -> None:
    events = _extract(nlp, "WASHINGTON, March 9, 2032 — Secretary of Defense Ada Quill welcomed Kuwait's Minister of "
                           "Defense Sheikh Talal Al-Sabah to the Pentagon today.\n\nEarlier in the day, the Minister met "
                           "with Chairman of the Joint Chiefs of Staff Gen. Ray Castell. On Thursday, the Minister will "
                           "travel to Tampa, Florida, where he will meet with Gen. Alicia Duarte, Commander of U.S. "
                           "Central Command.", "2032-03-09")
    by_name = {p.name: e for e in events for p in e.participants if e.type == "meeting"}
    assert by_name["Ray Castell"].start == "2032-03-09" and by_name["Alicia Duarte"].start == "2032-03-11"
    assert {c for e in events for c in e.countries} == {"US", "KW"}


def test_a_signing_the_headline_tells_is_the_one_the_body_tells_and_earlier_in_the_day_is_that_day(nlp) -> None:
    text = ("Zambia and Malawi sign memorandum on cross-border health services\n\nCommuniqué No. 88\n"
            "Lusaka, May 6, 2031\n\nThe Minister of Foreign Affairs, Mutale Banda, today received the Minister of "
            "Foreign Affairs of Malawi, Chikondi Phiri, at the Ministry, as part of the official visit Minister Phiri "
            "is making to Zambia from May 5 to 7.\n\n"
            "At the end of the meeting, the two foreign ministers signed a Memorandum of Understanding on Cross-Border "
            "Health Services.\n\n"
            "Both officials agreed to convene the Zambia-Malawi Joint Permanent Commission in Lilongwe during the "
            "second half of the year.\n\n"
            "Earlier in the day, Minister Phiri met Minister of Health Grace Mwale to review the clinics programme.\n\n"
            "Minister Banda is expected to travel to Lilongwe in September, where she will co-chair the annual "
            "session of the Zambia-Malawi Joint Permanent Commission.\n")
    events = _extract(nlp, text, "2031-05-06")
    signings = [e for e in events if e.type == "agreement"]
    assert [(e.start, sorted(p.name for p in e.participants)) for e in signings] == \
        [("2031-05-06", ["Chikondi Phiri", "Mutale Banda"])], [e.title for e in signings]
    # "Earlier in the day": another meeting that day, neither the Joint Permanent Commission nor the talks
    [health] = [e for e in events if "Grace Mwale" in {p.name for p in e.participants}]
    assert health.type == "meeting" and health.start == "2031-05-06"
    assert {p.name: p.side for p in health.participants} == {"Chikondi Phiri": "MW", "Grace Mwale": "ZM"}
    # "The Minister of Foreign Affairs, Mutale Banda, today received ...": her office, not what she did
    assert {p.name: p.side for e in signings for p in e.participants}["Mutale Banda"] == "ZM"
