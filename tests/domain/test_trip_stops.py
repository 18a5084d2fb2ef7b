"""A trip announced stop by stop: legs told by "the trip opens in", "goes on to", "the last stop"; the meetings and
signings of a leg's paragraph held on that leg; every leg made by the trip's traveller (issue 12)."""

from __future__ import annotations

from entente.models import Location
from tests.domain.test_events_unseen import _extract

TRIP = ("Assistant Secretary Ada Quill to Travel to Ghana, Togo and Benin\n\nOffice of the Spokesperson\nMarch 1, 2031\n\n"
        "Assistant Secretary of State for African Affairs Ada Quill will visit three West African countries from March "
        "4 to 9 for discussions on maritime security and trade.\n\n"
        "The trip opens in Accra on March 4-5, where she will be received by Ghana's Foreign Minister Kofi Mensah.\n\n"
        "On March 6 the Assistant Secretary goes on to Lome. Talks with Togolese Foreign Minister Ama Dogbe will "
        "center on port security. Afterward, Ms. Quill and Minister Dogbe will sign a memorandum of understanding on "
        "coastal surveillance.\n\n"
        "Cotonou is the last stop, March 8-9. There the Assistant Secretary is to meet Benin's Minister of Foreign "
        "Affairs, Jean Houngbo.\n")


def _events(nlp):
    return _extract(nlp, TRIP, "2031-03-01")


def test_each_stop_of_a_trip_is_a_visit_on_its_own_days(nlp) -> None:
    visits = {e.location.country: (e.start, e.end) for e in _events(nlp) if e.type == "visit" and e.location}
    assert visits == {"GH": ("2031-03-04", "2031-03-05"), "TG": ("2031-03-06", None), "BJ": ("2031-03-08", "2031-03-09")}


def test_every_stop_is_made_by_the_trips_traveller(nlp) -> None:
    for visit in (e for e in _events(nlp) if e.type == "visit"):
        assert {p.name for p in visit.participants} >= {"Ada Quill"}, visit.title


def test_the_talks_and_the_signing_told_after_a_stop_are_held_on_it(nlp) -> None:
    events = _events(nlp)
    (signing,) = [e for e in events if e.type == "agreement"]
    assert (signing.start, signing.location.country) == ("2031-03-06", "TG")
    lome = [e for e in events if e.type == "meeting" and {p.name for p in e.participants} >= {"Ama Dogbe"}]
    assert [(e.start, e.location.country) for e in lome] == [("2031-03-06", "TG")]


def test_a_headline_visiting_three_countries_gives_three_legs_and_a_since_clause_dates_none(nlp) -> None:
    text = ("Assistant Secretary Quill to Visit Senegal, Mali and Ghana\n\nOffice of the Spokesperson\nMarch 6, 2031\n\n"
            "Assistant Secretary Ada Quill departs Washington on March 9 for a week of consultations in West Africa, her "
            "first trip to the region since she was sworn in last October.\n\nIn Dakar, March 10-11, she will meet with "
            "Senegalese Foreign Minister Awa Ndiaye. The Assistant Secretary travels on to Bamako on March 12. Her final "
            "stop is Accra, March 13-15.\n")
    events = _extract(nlp, text, "2031-03-06")
    visits = {e.location.country for e in events if e.type == "visit" and e.location}
    assert visits >= {"ML", "GH"}
    assert all(e.start >= "2031-03" for e in events), [(e.title, e.start) for e in events]
    (accra,) = [e for e in events if e.type == "visit" and e.location and e.location.name == "Accra"]
    assert (accra.start, accra.end) == ("2031-03-13", "2031-03-15")


def test_more_ways_to_meet_on_a_trip_and_a_call_made_from_a_stop(nlp) -> None:
    text = ("Special Envoy Quill Concludes Travel to Ethiopia and Uganda\n\nOffice of the Spokesperson\nMarch 21, 2031\n\n"
            "Special Envoy Ada Quill returned to Washington on Sunday from a week-long trip to East Africa.\n\n"
            "Her first stop was Addis Ababa, March 13-14. At the African Union Commission, the Special Envoy consulted "
            "with Commissioner for Peace and Security Amina Djibrine on the crisis.\n\n"
            "The trip ended in Kampala, March 18-19. Ambassador Quill sat down with Ugandan Minister of Foreign Affairs "
            "Samuel K. Mugerwa. Before leaving Kampala, Ambassador Quill spoke by telephone with Sudanese Foreign "
            "Minister Ibrahim Musa about humanitarian access.\n\n"
            "The Special Envoy will brief members of the UN Security Council in New York on March 24.")
    events = _extract(nlp, text, "2031-03-21")
    by_person = {p.name: e for e in events for p in e.participants if p.name != "Ada Quill"}
    assert by_person["Amina Djibrine"].type == "meeting"
    assert by_person["Samuel K. Mugerwa"].type == "meeting"
    call = by_person["Ibrahim Musa"]
    assert (call.type, call.start, call.location) == ("call", "2031-03-18", None)
    assert any(e.type == "meeting" and e.start == "2031-03-24" for e in events)


def test_presenting_letters_of_credence_is_a_meeting_with_the_head_of_state(nlp) -> None:
    text = ("Embassy of the United States, Nairobi\n\nAmbassador Ada Quill presented her letters of credence to "
            "President Daniel M. Karanja at State House, Nairobi, on February 5, 2031.")
    events = _extract(nlp, text, "2031-02-06")
    assert [(e.type, e.start) for e in events] == [("meeting", "2031-02-05")]


def test_a_stop_told_as_someone_being_in_a_city_gives_that_legs_days_and_its_meetings(nlp) -> None:
    text = ("Assistant Secretary Quill's Travel to Laos, Cambodia and Thailand\n\nMedia Note\nOffice of the Spokesperson\n"
            "June 2, 2031\n\nAssistant Secretary of State Ada Quill will travel to Laos, Cambodia and Thailand June 4-11.\n\n"
            "Assistant Secretary Quill will be in Vientiane June 4-6. She will meet with Foreign Minister Somsak "
            "Phommachanh and other senior Lao officials to discuss unexploded ordnance clearance.\n\n"
            "She continues to Phnom Penh, where she will be from June 7 to 9.\n")
    events = _extract(nlp, text, "2031-06-02")
    legs = {e.location.country: (e.start, e.end) for e in events if e.type == "visit" and e.location}
    assert legs["LA"] == ("2031-06-04", "2031-06-06") and legs["KH"] == ("2031-06-07", "2031-06-09")
    (talks,) = [e for e in events if e.type == "meeting"]
    assert {p.name: p.side for p in talks.participants} == {"Ada Quill": "US", "Somsak Phommachanh": "LA"}
    assert (talks.start, talks.location.country) == ("2031-06-04", "LA")


def test_an_engineers_honorific_ends_no_sentence(nlp) -> None:
    text = ("Ambassador Quill Meets Jordanian Minister\n\nAMMAN, March 3, 2031 - United States Ambassador to Jordan Ada "
            "Quill today met Jordan's Minister of Energy Eng. Ziad K. Nassar to review the timetable of the Aqaba "
            "pipeline.\n")
    events = _extract(nlp, text, "2031-03-03")
    assert [(e.type, {p.name: p.side for p in e.participants}) for e in events] == [
        ("meeting", {"Ada Quill": "US", "Ziad K. Nassar": "JO"})]


def test_ending_a_trip_somewhere_is_a_stop_there(nlp) -> None:
    text = ("Assistant Secretary Quill Travels to Senegal and The Gambia\n\nMedia Note\nOffice of the Spokesperson\n"
            "November 16, 2031\n\nAssistant Secretary of State Ada Quill will travel to Dakar, Senegal, on November 18 to "
            "review maritime security cooperation. She will end her trip in Banjul, The Gambia, on Friday, when she is "
            "scheduled to meet Gambian Minister of Defence Lamin Ceesay.\n")
    events = _extract(nlp, text, "2031-11-16")
    assert {e.location.country for e in events if e.type == "visit" and e.location} == {"SN", "GM"}


def test_days_spent_somewhere_are_a_stop_there(nlp) -> None:
    text = ("Deputy Secretary Quill Concludes Travel to Kenya and Ghana\n\nOffice of the Spokesperson\nNovember 21, 2031\n\n"
            "Deputy Secretary of State Ada Quill returned to Washington today from Kenya and Ghana.\n\nThe Deputy Secretary "
            "spent Monday and Tuesday in Kenya, where she met Kenyan Foreign Minister Grace Mutua. She spent Wednesday and "
            "Thursday in Ghana.\n")
    legs = {e.location.country: e.start for e in _extract(nlp, text, "2031-11-21") if e.type == "visit" and e.location}
    assert legs == {"KE": "2031-11-17", "GH": "2031-11-19"}


def test_a_stop_told_by_its_place_and_days_before_what_was_done_there_is_a_visit(nlp) -> None:
    text = ("Special Envoy Quill Concludes Travel to Ethiopia and South Sudan\n\nOffice of the Spokesperson\nSeptember 19, "
            "2031\n\nSpecial Envoy Ada Quill returned today from Ethiopia and South Sudan.\n\nShe traveled to Addis Ababa on "
            "September 12 for talks at the African Union Commission.\n\nIn Juba from September 15 to "
            "17, Ambassador Quill held talks with Minister of Foreign Affairs Peter Deng on the peace agreement.\n")
    events = _extract(nlp, text, "2031-09-19")
    (juba,) = [e for e in events if e.type == "visit" and e.location and e.location.country == "SS"]
    assert (juba.start, juba.end, [p.name for p in juba.participants]) == ("2031-09-15", "2031-09-17", ["Ada Quill"])


def test_a_place_named_by_its_nationality_is_called_by_the_countrys_name() -> None:
    from entente.extract.places import resolve_place
    # "a five-day visit to the Kenyan port of Mombasa" once gave the event "Visit in Kenyan"
    assert [resolve_place(w)[0] for w in ("Kenyan", "Korean", "American")] == [
        Location("Kenya", "KE"), Location("South Korea", "KR"), Location("United States", "US")]


TOLD_IN_BRACKETS = ("Minister for Trade concludes visit to Chile and Peru\n\nThe Minister for Trade, the Hon Aroha Tane MP, has "
                    "returned from a visit to Chile (3–5 April) and Peru (6–7 April) with two of New Zealand's closest "
                    "partners in Latin America.\n\nIn Lima, Minister Tane called on the Minister of Foreign Trade, Ms Lucia "
                    "Paredes, on 6 April. The following day she met Mr Jorge Salas, the Mayor of Cusco.")


def test_each_legs_days_in_brackets_after_its_country_are_that_legs(nlp) -> None:
    visits = {e.location.country: (e.start, e.end) for e in _extract(nlp, TOLD_IN_BRACKETS, "2031-04-09")
              if e.type == "visit" and e.location}
    assert visits == {"CL": ("2031-04-03", "2031-04-05"), "PE": ("2031-04-06", "2031-04-07")}


def test_she_after_a_time_set_first_with_no_comma_is_the_one_the_text_was_about(nlp) -> None:
    [meeting] = [e for e in _extract(nlp, TOLD_IN_BRACKETS, "2031-04-09") if "Jorge Salas" in {p.name for p in e.participants}]
    assert meeting.start == "2031-04-07" and "Aroha Tane" in {p.name for p in meeting.participants}


def test_a_meeting_the_next_sentence_tells_is_held_where_the_one_before_was(nlp) -> None:
    # "The following day he met Y": no place of its own; the sentence before set it (Tokyo), so Y's office is
    # Japan's, not Korea's, the country the release names most
    text = ("Minister for Defence Industry concludes visit to the Republic of Korea and Japan\n\nThe Minister for Defence "
            "Industry, the Hon Ada Corrigan MP, has returned from a visit to the Republic of Korea (21–23 May) and Japan "
            "(24–25 May) centred on defence industrial cooperation with two of Australia's closest partners.\n\nIn Seoul "
            "on 22 May, Minister Corrigan held talks with the Korean Minister of Defense Acquisition, Mr Jung Sang-ho, "
            "and visited Korean shipyards.\n\nIn Tokyo, Minister Corrigan called on the State Minister of Defense, Ms "
            "Akiko Inoue, on 24 May. The following day she met Mr Kenji Mori, Commissioner of the Acquisition, "
            "Technology and Logistics Agency, to explore collaboration on undersea systems.")
    events = _extract(nlp, text, "2031-05-26")
    (met,) = [e for e in events if e.type == "meeting" and any(p.name == "Kenji Mori" for p in e.participants)]
    assert met.location is not None and met.location.name == "Tokyo"
    assert {p.name: p.side for p in met.participants}["Kenji Mori"] == "JP"


NORDIC = ("Foreign Minister Lund travels to Finland and Estonia\n\n11.03.2032 - Press release\n\n"
          "Norwegian Foreign Minister Karin Lund will travel to Finland tomorrow (12 March) and will continue on to Estonia on "
          "Saturday (13 March).\n\n"
          "In Helsinki, Foreign Minister Lund will hold talks with her Finnish counterpart Pekka Salonen and will be "
          "received by Prime Minister Aino Rautio.\n\n"
          "In Tallinn, Lund will meet Estonian Foreign Minister Kaja Mets. Relations are close; in March 2031, Estonia "
          "hosted an international conference on Baltic security in Tallinn, which was attended by the Finnish "
          "Government.\n")


def test_talks_and_an_audience_joined_by_and_are_two_meetings_and_a_stop_ahead_is_no_conference_of_last_year(nlp) -> None:
    events = _extract(nlp, NORDIC, "2032-03-11")
    meetings = sorted((e.start, sorted(p.name for p in e.participants)) for e in events if e.type == "meeting")
    # "will hold talks with her counterpart A and will be received by Prime Minister B": two meetings, each its own
    assert ("2032-03-12", ["Karin Lund", "Pekka Salonen"]) in meetings
    assert ("2032-03-12", ["Aino Rautio", "Karin Lund"]) in meetings
    # "In Tallinn, Lund will meet X": on the stop's day, not the conference Tallinn hosted a year before
    assert ("2032-03-13", ["Kaja Mets", "Karin Lund"]) in meetings
    assert not [e for e in events if e.start.startswith("2031") and "Karin Lund" in {p.name for p in e.participants}]
