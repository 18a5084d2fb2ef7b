"""Events on documents of shapes the seeds do not have: each class of error of issue 12, on invented text."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.ingest.readers import read_bytes
from entente.models import Document, Event


def _extract(nlp, text: str, published: str | None = "2030-03-09") -> list[Event]:
    return list(extract_document(Document(id="t", source="t", text=text, published=published), nlp=nlp).events)


def _sides(event: Event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


def _all_sides(events: list[Event]) -> dict[str, str | None]:
    """Each participant's side over all the events (a later event's reading wins)."""
    return {name: side for e in events for name, side in _sides(e).items()}


# 1. topics and venues are not parties

def test_a_topic_country_is_not_a_party(nlp) -> None:
    [call] = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Ada Quill spoke today with Omani "
                           "Deputy Foreign Minister Faris Al Habsi about Russia's war against Ukraine.")
    assert call.type == "call" and call.countries == ("US", "OM")


def test_a_neutral_venue_is_the_location_not_a_party(nlp) -> None:
    [talks] = _extract(nlp, "U.S. and Bolivian delegations held talks in Lima, Peru on March 4, 2030 on "
                            "counternarcotics cooperation.")
    assert talks.countries == ("US", "BO") and talks.location.country == "PE"


# 2. the counterpart and their side

def test_nationality_office_and_of_country_give_sides(nlp) -> None:
    [call] = _extract(nlp, "Secretary of Defense Ada Quill spoke by phone today with Polish Minister of National "
                           "Defense Tomasz Zielny.")
    assert _sides(call) == {"Ada Quill": "US", "Tomasz Zielny": "PL"}
    [meeting] = _extract(nlp, "Under Secretary of Defense for Policy Ada Quill met today with Rui Matos, "
                              "Minister of Defense of Portugal.")
    assert _sides(meeting)["Rui Matos"] == "PT" and meeting.countries == ("US", "PT")


def test_an_international_official_represents_the_organisation(nlp) -> None:
    [meeting] = _extract(nlp, "Secretary of State Ada Quill met today with NATO Secretary General Jon Aasen "
                              "in Brussels.")
    assert _sides(meeting)["Jon Aasen"] == "NATO" and meeting.countries == ("US", "NATO")


def test_a_name_the_tagger_misses_is_found_after_its_office(nlp) -> None:
    [meeting] = _extract(nlp, "Deputy Secretary of State Ada Quill met with Republic of Korea Minister of "
                              "Unification Park Ji-hoon in Seoul today.")
    assert _sides(meeting).get("Park Ji-hoon") == "KR"


# 3. wording no list of phrasings holds

def test_a_delegation_to_three_countries_is_three_visits(nlp) -> None:
    visits = _extract(nlp, "Assistant Secretary of State Ada Quill led a delegation to Ghana, Togo and Benin "
                           "from March 1 to March 6, 2030.")
    assert [v.type for v in visits] == ["visit"] * 3
    assert {v.location.country for v in visits} == {"GH", "TG", "BJ"}
    assert all(v.countries[0] == "US" for v in visits)


def test_leg_dates_stay_with_their_leg(nlp) -> None:
    visits = _extract(nlp, "Secretary of Defense Ada Quill will travel to Hanoi March 20-22 and to Manila "
                           "March 23 to meet defense leaders.")
    by_place = {v.location.name: (v.start, v.end) for v in visits if v.type == "visit"}
    assert by_place == {"Hanoi": ("2030-03-20", "2030-03-22"), "Manila": ("2030-03-23", None)}


def test_welcomed_hosted_and_held_talks_are_events(nlp) -> None:
    events = _extract(nlp, "Secretary of Defense Ada Quill welcomed Ghanaian Minister of Defence Kofi Mensah "
                           "to the Pentagon on March 5, 2030. On March 6, 2030, the two ministers held talks "
                           "with Togolese officials in Washington.")
    assert len(events) == 2 and {e.start for e in events} == {"2030-03-05", "2030-03-06"}


def test_welcoming_an_announcement_is_no_meeting(nlp) -> None:
    assert _extract(nlp, "The United States welcomed the announcement of elections on March 5, 2030.") == [] or \
        all(e.type != "meeting" for e in _extract(nlp, "The United States welcomed the announcement of "
                                                       "elections on March 5, 2030."))


# 4. events whose sentence gives no date

def test_a_call_reported_with_no_date_takes_the_documents_and_says_so(nlp) -> None:
    [call] = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Ada Quill spoke by phone with "
                           "Chilean Foreign Minister Inés Rojas.")
    assert call.start == "2030-03-09" and "document's date" in (call.evidence[0].note or "")


def test_a_meeting_during_a_dated_visit_takes_the_visits_days(nlp) -> None:
    events = _extract(nlp, "Secretary of Defense Ada Quill will visit Nairobi on March 12-13, 2030. In "
                           "Nairobi, Quill will meet Kenyan Cabinet Secretary for Defence Amina Odhiambo.")
    meeting = next(e for e in events if e.type == "meeting")
    assert meeting.start == "2030-03-12" and "visit to Nairobi" in (meeting.evidence[0].note or "")
    assert "planned" in (meeting.evidence[0].note or "")


# 5. when an event happened, not what it is about

def test_a_year_an_agreement_is_for_is_not_its_date(nlp) -> None:
    [agreement] = _extract(nlp, "WASHINGTON, March 9, 2030 — The two defense ministers agreed a training "
                                "programme for 2031.")
    assert agreement.type == "agreement" and agreement.start == "2030-03-09"


def test_a_utc_stamp_is_read_in_washington(nlp) -> None:
    line = '{"id": "r1", "published": "2030-03-10T01:46:00+00:00", "text": "Secretary Ada Quill met today with ' \
           'Chilean Foreign Minister In\u00e9s Rojas in Washington."}'
    (doc,) = read_bytes("corpus.jsonl", line.encode())
    assert doc.published == "2030-03-09"
    [meeting] = extract_document(doc, nlp=nlp).events
    assert meeting.start == "2030-03-09"


# 6. titles read like headlines

def test_titles_name_participants_not_sentence_fragments(nlp) -> None:
    [call] = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Ada Quill spoke today with "
                           "Sudanese Prime Minister Osman.")
    assert call.title == "Quill call with Osman"


# 7. non-events

def test_links_targets_history_and_names_with_years_are_no_events(nlp) -> None:
    events = _extract(nlp, "For more information, please visit our website. Both countries committed to "
                           "reach net zero by 2050. The two countries established relations in 1861. The "
                           "2030 Task Force published its report.")
    assert events == []


# 9. one event per happening

def test_two_calls_on_one_day_with_different_counterparts_are_two_events(nlp) -> None:
    calls = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Ada Quill spoke today with "
                          "Omani Foreign Minister Faris Al Habsi. Secretary Quill also spoke by phone with "
                          "Polish Foreign Minister Tomasz Zielny.")
    assert sorted(c.countries for c in calls) == [("US", "OM"), ("US", "PL")]


def test_a_programme_slot_is_an_event_on_its_days_heading(nlp) -> None:
    text = ("U.S.-Ghana Defense Dialogue — Programme\n\nU.S. Delegation\nMs. Ada Quill, Assistant Secretary "
            "of Defense (Head of Delegation)\n\nGhanaian Delegation\nMr. Kofi Mensah, Minister of Defence\n\n"
            "Day 1: Tuesday, 12 March 2030\n0930-1200 hrs   Plenary session, Burma Camp\n"
            "                Co-chairs: Mr. Kofi Mensah and Ms. Ada Quill\n"
            "1300 hrs        Working lunch hosted by the Chief of Defence Staff, Gen. Yaw Boateng\n")
    events = _extract(nlp, text, published="2030-03-01")
    plenary = next(e for e in events if e.start.startswith("2030-03-12T09:30"))
    roles = {p.name: (p.side, p.role) for p in plenary.participants}
    # the co-chairs with the sides of their delegation lists (one role each: heading a delegation ranks first)
    assert roles["Kofi Mensah"] == ("GH", "chair") and roles["Ada Quill"] in {("US", "chair"), ("US", "lead")}
    assert any(e.type == "meeting" and e.start.startswith("2030-03-12") for e in events)


# 8. people who are not people, and one person under several names

def test_rooms_exercises_and_possessives_make_no_people(nlp) -> None:
    doc = Document(id="t", source="t", published="2030-03-09", text=(
        "Office of the Spokesperson\n\nSecretary of State Ada Quill met with Indian External Affairs Minister "
        "Dr. S. Jaishankar in the Treaty Room today. Secretary Quill and Minister Jaishankar discussed Exercise "
        "Cobra Gold and President Oduya's Quad initiative. Jaishankar's visit follows a call with Foreign "
        "Minister Jaishankar last month."))
    out = extract_document(doc, nlp=nlp)
    names = {p.name for p in out.people}
    assert not names & {"Treaty Room", "Cobra Gold", "Exercise Cobra Gold", "Quad"}
    assert [n for n in names if "Jaishankar" in n] == ["S. Jaishankar"]  # one person, not three


def test_a_dotted_short_form_does_not_end_the_sentence(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary of State Ada Quill met today with Chilean "
                           "Foreign Minister Inés Rojas. The Secretary also met with U.N. Secretary-General "
                           "Rui Costa at the Harry S Truman Building.")
    un = next(e for e in events if "UN" in e.countries)
    # "The Secretary" is the Secretary named before; the U.N. official represents the U.N.
    assert _sides(un) == {"Ada Quill": "US", "Rui Costa": "UN"} and un.title == "Quill meets Costa"


def test_a_meeting_told_in_a_trips_sentence_is_held_on_the_trip(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nAssistant Secretary of State for African Affairs Ada "
                           "Quill traveled to Accra, Ghana, where she met with Ghanaian Foreign Minister Efua "
                           "Mensah.")
    meeting = next(e for e in events if e.type == "meeting")
    assert meeting.location.country == "GH" and meeting.countries == ("US", "GH")
    assert _sides(meeting) == {"Ada Quill": "US", "Efua Mensah": "GH"} and meeting.title.startswith("Quill meets")


def test_a_trips_dates_are_the_trips_not_the_purposes(nlp) -> None:
    events = _extract(nlp, "Special Presidential Envoy Ada Quill will travel to Hanoi July 11-14 to meet with "
                           "Vietnamese counterparts.", published="2030-07-01")
    visit = next(e for e in events if e.type == "visit")
    assert (visit.start, visit.end, visit.location.name) == ("2030-07-11", "2030-07-14", "Hanoi")
    assert "Ada Quill" in _sides(visit)


# 10. conference reports: a run-on delegation list gives sides; each named session is an event

REPORT = ("Report of the Fourth Round of the Andean-American Security Forum\n\n"
          "The fourth round of the Forum was held in Quito on 4-5 May 2030. The opening session on 4 May, "
          "co-chaired by Dr. Ada Quill and Dr. Tomas Ruales, reviewed regional trends. That afternoon, Session II, "
          "chaired by Colonel (ret.) Marco Vela of the Army War Academy, examined border security. Professor Lina "
          "Paz of the Central University presented a paper, and Mr. Owen Marsh served as discussant. "
          "On the evening of 4 May, Mr. Ira Ladd, deputy chief of mission of the U.S. Embassy, hosted a reception "
          "for both delegations.\n\n"
          "Ecuadorian participants: Tomas Ruales (Andean Institute, head); Marco Vela (Army War Academy); "
          "Lina Paz (Central University).\n\n"
          "American participants: Ada Quill (Hemisphere Council, head); Owen Marsh (Hemisphere Council).\n")


def test_a_run_on_delegation_list_gives_each_person_their_side(nlp) -> None:
    events = _extract(nlp, REPORT, published="2030-06-01")
    [main] = [e for e in events if e.end == "2030-05-05"]
    assert _sides(main) == {"Ada Quill": "US", "Tomas Ruales": "EC", "Marco Vela": "EC", "Lina Paz": "EC",
                            "Owen Marsh": "US"}
    assert {p.name for p in main.participants if p.role == "lead"} == {"Ada Quill", "Tomas Ruales"}


def test_each_named_session_and_a_hosted_reception_is_an_event_of_its_own(nlp) -> None:
    events = _extract(nlp, REPORT, published="2030-06-01")
    on_the_day = [e for e in events if e.start == "2030-05-04" and e.end in (None, "2030-05-04")]
    assert len(on_the_day) == 3  # opening session, Session II, the reception
    [session] = [e for e in on_the_day if "Marco Vela" in _sides(e)]
    assert {p.name: p.role for p in session.participants} == {"Marco Vela": "chair", "Lina Paz": "presenter",
                                                               "Owen Marsh": "discussant"}
    assert _sides(session)["Lina Paz"] == "EC"


AGENDA = ("Agenda: Canada-U.S. Working Group on Border Technology, Ottawa, May 13-14, 2030\n\n"
          "Canadian Delegation\nMme. Claire Tremblay, Director General, Global Affairs Canada — Head of Delegation\n\n"
          "U.S. Delegation\nMr. Owen Marsh, Deputy Assistant Secretary — Head of Delegation\n\n"
          "Monday, May 13 — Lester B. Pearson Building\n"
          "9:15–10:45 a.m.      Session I: Sensors\n"
          "                     Chair: Ms. Claire Tremblay (GAC)\n"
          "                     Presentations: Mr. Owen Marsh (DHS); Dr. Lina Paz (NRC)\n"
          "12:30 p.m.           Working lunch hosted by Mr. Owen Marsh\n"
          "3:00 p.m.            Coffee break\n"
          "5:00 p.m.            End of meeting\n")


def test_a_programme_in_clock_times_with_plain_role_lines(nlp) -> None:
    events = _extract(nlp, AGENDA, published="2030-05-01")
    session = next(e for e in events if e.title.startswith("Session I"))
    assert (session.start, session.end) == ("2030-05-13T09:15", "2030-05-13T10:45")
    assert {p.name: p.role for p in session.participants} == {"Claire Tremblay": "chair", "Owen Marsh": "presenter",
                                                               "Lina Paz": "presenter"}
    lunch = [e for e in events if e.start == "2030-05-13T12:30"]
    assert [p.role for e in lunch for p in e.participants] == ["host"]
    assert not [e for e in events if e.start in ("2030-05-13T15:00", "2030-05-13T17:00")]  # a break, the day's end
    assert all("Building" not in p.name for e in events for p in e.participants)


# 11. a release's headline names the event its lead reports, in words the body may not repeat

def _titled(nlp, title: str, text: str) -> list[Event]:
    doc = Document(id="t", source="t", title=title, text=text, published="2030-03-09")
    return list(extract_document(doc, nlp=nlp).events)


def test_a_headline_call_is_the_call_its_lead_reports(nlp) -> None:
    [call] = _titled(nlp, "Secretary Quill’s Call with Maltese Foreign Minister Vella",
                     "Office of the Spokesperson\n\nSecretary of State Ada Quill warmly congratulated Foreign "
                     "Minister Ivo Vella today on his appointment.")
    assert call.type == "call" and call.start == "2030-03-09" and call.countries == ("US", "MT")
    assert "Ada Quill" in _sides(call)


def test_a_headlines_list_of_destinations_is_one_visit_each(nlp) -> None:
    visits = _titled(nlp, "Special Envoy Quill Travels to Ghana, Togo, and Benin",
                     "Special Envoy Ada Quill departed for travel to West Africa on March 8.")
    assert sorted(v.location.country for v in visits if v.type == "visit") == ["BJ", "GH", "TG"]


def test_a_headline_of_a_plan_is_no_event_of_the_day(nlp) -> None:
    events = _titled(nlp, "Special Envoy Quill to Travel to Ghana",
                     "Special Envoy Ada Quill will travel to Accra next month to discuss trade.")
    assert [e.start[:7] for e in events] == ["2030-04"]  # the trip, in the month the text gives


def test_a_headline_welcoming_a_step_or_a_member_is_no_audience(nlp) -> None:
    """Every word of a title is capitalised: "Welcomes Steps" is no guest received. A title that welcomes a
    minister still is."""
    byline = "Ada Quill, Secretary of State\n\n"
    assert _titled(nlp, "United States Welcomes Steps by Chile and Peru",
                   byline + "The United States welcomes the release of detainees by Chile and Peru.") == []
    assert _titled(nlp, "Welcoming Ghana to the International Energy Agency",
                   byline + "I am pleased to welcome Ghana as the newest member of the agency.") == []
    [meeting] = _titled(nlp, "Secretary Quill Welcomes Maltese Foreign Minister Vella",
                        "Secretary of State Ada Quill welcomed Foreign Minister Ivo Vella to Washington today.")
    assert meeting.type == "meeting" and meeting.countries == ("US", "MT")


def test_a_standing_body_is_a_dialogue_and_an_audience_during_it_a_meeting_of_its_own(nlp) -> None:
    events = _extract(nlp, "The Peru-U.S. Defense Policy Group met in Lima on March 3-4, 2030. The Peruvian "
                           "delegation was headed by Vice Minister Rosa Quispe. The U.S. delegation was headed by "
                           "Under Secretary of Defense for Policy Ada Quill.\n\nMinister of Defense Luis Campos "
                           "received Under Secretary Quill and the U.S. delegation on March 4.\n\nOn March 3, the "
                           "heads of delegation initialed a logistics agreement.")
    group = next(e for e in events if e.type == "dialogue")
    assert (group.start, group.end) == ("2030-03-03", "2030-03-04")
    audience = next(e for e in events if e.type == "meeting")
    assert audience.start == "2030-03-04" and "Luis Campos" in _sides(audience) and "Luis Campos" not in _sides(group)
    signing = next(e for e in events if e.type == "agreement")
    assert set(_sides(signing)) == {"Rosa Quispe", "Ada Quill"}


def test_delegation_lists_in_other_layouts_give_sides(nlp) -> None:
    text = ("Chile-U.S. Defense Consultations\n\nThe consultations were held in Santiago on 4-5 May 2030.\n\n"
            "U.S. Participants\n• Ms. Ada Quill, Deputy Assistant Secretary (delegation leader)\n"
            "• Col. Owen Marsh, U.S. Southern Command\n\nOverview\n\nThe two sides reviewed exercises.\n\n"
            "CHILE — Gen. Tomas Rivas, Ministry of National Defense (head of delegation); Capt. Lina Soto, Navy.\n")
    [main] = [e for e in _extract(nlp, text, published="2030-05-20") if e.end == "2030-05-05"]
    assert _sides(main) == {"Ada Quill": "US", "Owen Marsh": "US", "Tomas Rivas": "CL", "Lina Soto": "CL"}
    assert {p.name for p in main.participants if p.role == "lead"} == {"Ada Quill", "Tomas Rivas"}


def test_programme_times_in_hours_and_day_headings_with_a_name(nlp) -> None:
    text = ("Programme of the Visit of the U.S. Delegation, Ulaanbaatar, 3-4 March 2030\n\n"
            "Day One (Monday 4 March)\n"
            "09h00 – 12h00   Plenary of the Bilateral Defense Consultations\n"
            "                Co-chairs: Mr. Bat Erdene, State Secretary, and Ms. Ada Quill, Deputy Assistant Secretary\n")
    [plenary] = [e for e in _extract(nlp, text, published="2030-02-20") if e.start.startswith("2030-03-04T")]
    assert (plenary.start, plenary.end) == ("2030-03-04T09:00", "2030-03-04T12:00")
    assert {p.name: p.role for p in plenary.participants} == {"Bat Erdene": "chair", "Ada Quill": "chair"}


def test_a_ministers_office_is_the_other_sides_in_a_bilateral_document(nlp) -> None:
    text = ("Programme of the U.S. Delegation, Ulaanbaatar, 3-4 March 2030\n\n"
            "The U.S. and Mongolian delegations held consultations in Ulaanbaatar on 3-4 March 2030.\n\n"
            "On 4 March the delegation met the Deputy Minister of Foreign Affairs, Mr. Oyun Bat.")
    meeting = next(e for e in _extract(nlp, text, published="2030-03-05") if "Oyun Bat" in _sides(e))
    assert _sides(meeting)["Oyun Bat"] == "MN"


def test_legs_given_as_city_country_pairs_and_an_ambiguous_country_in_a_list(nlp) -> None:
    visits = _extract(nlp, "Assistant Secretary Ada Quill traveled to Tbilisi, Georgia; Baku, Azerbaijan; and "
                           "Yerevan, Armenia on March 2-6, 2030.")
    assert sorted(v.location.country for v in visits if v.type == "visit") == ["AM", "AZ", "GE"]
    visits = _extract(nlp, "Under Secretary Ada Quill traveled to South Africa, Tanzania, and Niger on March 2-6, 2030.")
    assert sorted(v.location.country for v in visits if v.type == "visit") == ["NE", "TZ", "ZA"]


def test_a_name_does_not_run_into_the_next_sentence(nlp) -> None:
    [meeting] = _extract(nlp, "Deputy Secretary Ada Quill met Foreign Minister Wang Yi in Tianjin on March 3, "
                              "2030.  These discussions are part of ongoing efforts.")
    assert "Wang Yi" in _sides(meeting) and not any("These" in name for name in _sides(meeting))


def test_a_report_dated_by_its_first_day_tells_later_days_as_done_not_planned(nlp) -> None:
    text = ("Report: the Andean-American Security Forum, Quito, 4-5 May 2030\n\n"
            "The forum was held in Quito on 4-5 May 2030. On 5 May, Session II, chaired by Dr. Ada Quill, "
            "examined border security. The trade law went into effect on 20 May 2030. The next round "
            "will be held in Lima in 2031.")
    events = _extract(nlp, text, published="2030-05-04")
    planned = {e.start for e in events if any("planned" in (v.note or "") for v in e.evidence)}
    assert planned == {"2031"}


def test_a_next_round_in_a_season_is_a_planned_event_in_those_months(nlp) -> None:
    events = _extract(nlp, "The organizers intend to reconvene the Forum in Lima in spring 2031. The next round "
                           "of the dialogue is scheduled for Quito in the second half of 2032.")
    assert sorted((e.start, e.end) for e in events) == [("2031-03", "2031-05"), ("2032-07", "2032-12")]
    assert all(any("planned" in (v.note or "") for v in e.evidence) for e in events)


def test_a_reports_title_is_the_gathering_its_text_dates_on_two_coordinated_days(nlp) -> None:
    text = ("Andean-American Dialogue on Security\n\nSummary of the Second Round\n\nThe second round of the dialogue "
            "was held in Quito on 9 and 10 May 2030. Dr. Ada Quill led the U.S. delegation.")
    dialogues = [e for e in _extract(nlp, text, published="2030-06-20") if e.type in {"dialogue", "conference"}]
    assert [(e.start, e.end) for e in dialogues] == [("2030-05-09", "2030-05-10")]
