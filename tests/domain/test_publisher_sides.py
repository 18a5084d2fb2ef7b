"""Whose release it is, and whose offices: a U.S. envoy's portfolio of countries, another government's release
naming a U.S. official (issue 12)."""

from __future__ import annotations

from pathlib import Path

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_unseen import _all_sides, _extract


def test_an_envoy_for_a_list_of_countries_is_of_the_united_states(nlp) -> None:
    text = ("Media Note\nOffice of the Spokesperson\nMarch 9, 2031\n\nU.S. Special Envoy for Chad and South Sudan "
            "Ambassador Ada R. Quill traveled to Juba on March 8, where she met South Sudanese Foreign Minister Peter "
            "Lual Deng.")
    events = _extract(nlp, text, "2031-03-09")
    sides = {p.name: p.side for e in events for p in e.participants}
    assert sides["Ada R. Quill"] == "US" and sides["Peter Lual Deng"] == "SS"


def test_another_governments_release_naming_a_us_office_is_not_the_united_states_own(nlp) -> None:
    text = ("Secretary Santos Meets U.S. Assistant Secretary Quill\n\nDFA Press Release No. 41-31\n12 May 2031\n\n"
            "Foreign Affairs Secretary Maria C. Santos received at the Department of Foreign Affairs in Pasay City on 9 "
            "May 2031 the Assistant Secretary of State for East Asian and Pacific Affairs of the United States, Mr. "
            "Douglas P. Quill, who was in Manila on 8-9 May.\n\nIn an hour-long meeting, the Secretary and Assistant "
            "Secretary Quill reviewed cooperation on maritime security.")
    events = _extract(nlp, text, "2031-05-12")
    sides = {p.name: p.side for e in events for p in e.participants}
    assert sides.get("Maria C. Santos") != "US"
    assert sides["Douglas P. Quill"] == "US"


def test_speaking_separately_with_two_ministers_is_two_calls(nlp) -> None:
    text = ("Office of the Spokesperson\nMarch 9, 2031\n\nSecretary of State Ada Quill spoke separately today with "
            "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Ama Dogbe about maritime security.")
    calls = [e for e in _extract(nlp, text, "2031-03-09") if e.type == "call"]
    assert sorted(tuple(sorted(e.countries)) for e in calls) == [("GH", "US"), ("TG", "US")]


def test_a_release_calling_the_secretary_of_state_a_us_one_is_another_governments(nlp) -> None:
    text = ("Foreign Secretary Ortega speaks with U.S. Secretary of State\n\nPress Release 112\nMexico City, March 17, "
            "2031\n\nThis morning, Secretary Marcela Ortega held a telephone call with U.S. Secretary of State Jonathan P. "
            "Reese about migration.")
    (call,) = _extract(nlp, text, "2031-03-17")
    assert {p.name: p.side for p in call.participants} == {"Marcela Ortega": "MX", "Jonathan P. Reese": "US"}
    assert call.title == "Ortega call with Reese"  # told from the publisher's side, not the United States'


def test_a_ministry_release_with_no_publisher_line_speaks_for_the_country_whose_relations_it_names(nlp) -> None:
    text = ("Armed Forces Minister visits Tanzania and Mozambique\n\nThe Minister for the Armed Forces, Oliver Pennington "
            "MP, has spent the week in East Africa, visiting Tanzania and Mozambique to reinforce the UK's long-standing "
            "defence relationships with both countries.\n\nIn Dodoma on Monday, he held talks with Tanzania's Minister "
            "of Defence, Dr Amina Juma, on maritime security.\n\nOn Thursday in Maputo he met Mozambique's Minister of "
            "National Defence, Carlos Muianga.")
    events = _extract(nlp, text, "2031-11-19")
    talks = [e for e in events if e.type == "meeting"]
    assert {p.name: p.side for p in talks[0].participants} == {"Oliver Pennington": "GB", "Amina Juma": "TZ"}
    assert sorted(talks[0].countries) == ["GB", "TZ"]
    assert {p.side for e in events for p in e.participants if p.name == "Oliver Pennington"} == {"GB"}


def test_a_foreign_ministrys_two_calls_under_its_dateline_are_two_calls_of_its_own_side(nlp) -> None:
    text = ("Foreign Secretary Ortega speaks with her U.S. and Guatemalan counterparts\n\nPress Release 113\nMexico City, "
            "March 18, 2031\n\nThis morning, Secretary Marcela Ortega held a telephone call with U.S. Secretary of State "
            "Jonathan P. Reese about migration.\n\nSubsequently, Secretary Ortega held a videoconference with the Minister "
            "of Foreign Affairs of Guatemala, Luis Arevalo Pinto, about the southern border.")
    calls = [e for e in _extract(nlp, text, "2031-03-18") if e.type == "call"]
    assert sorted(sorted(e.countries) for e in calls) == [["GT", "MX"], ["MX", "US"]]
    assert {p.side for e in calls for p in e.participants if p.name == "Marcela Ortega"} == {"MX"}


def test_a_minister_styled_the_hon_is_a_person_whatever_the_tagger_took_the_style_for(nlp) -> None:
    text = ("Minister for Trade concludes visit to Fiji\n\nThe Minister for Trade, the Hon Matthew Corrigan MP, has "
            "returned from a visit to Fiji to deepen New Zealand's partnerships in the Pacific.\n\nIn Suva on 22 May, "
            "Minister Corrigan held talks with Fiji's Minister for Trade, Mr Jone Vakaloloma.")
    events = _extract(nlp, text, "2031-05-26")
    names = {p.name for e in events for p in e.participants}
    assert "Matthew Corrigan" in names and "Corrigan" not in names
    assert {p.side for e in events for p in e.participants if p.name == "Matthew Corrigan"} == {"NZ"}


def test_another_governments_minister_travelling_abroad_is_not_taken_for_the_host(nlp) -> None:
    text = ("Minister for Trade concludes visit to Chile and Peru\n\nThe Minister for Trade, the Hon Aroha Tane MP, has "
            "returned from a visit to Chile (3–5 April) and Peru (6–7 April) with two of New Zealand's closest partners "
            "in Latin America.\n\nIn Santiago on 4 April, Minister Tane held talks with the Minister of Economy, Mr "
            "Felipe Rojas Vidal. In Lima, Minister Tane called on the Minister of Foreign Trade, Ms Lucia Paredes, "
            "on 6 April.")
    events = _extract(nlp, text, "2031-04-09")
    meetings = [e for e in events if e.type == "meeting"]
    assert len(meetings) == 2
    assert all({p.name: p.side for p in e.participants}.get("Aroha Tane") == "NZ" for e in meetings)


STATE_VISIT = ("H.E. President Ama Mensah Concludes State Visit to Canada\n\nThe President of the Republic of Ghana, H.E. Ama "
               "Mensah, has concluded a three-day State Visit to Canada from 3 to 5 May 2031.\n\nThe President was "
               "accompanied by the First Gentleman, Mr. Kojo Mensah, and the Minister for Energy, Hon. Yaw Boateng.\n\n"
               "On Tuesday, 4 May, President Mensah held talks with the Prime Minister, Rt. Hon. Claire Dubois, in "
               "Ottawa. At the end of the talks, the two leaders witnessed the signing of a Memorandum of Understanding "
               "on Energy by Hon. Yaw Boateng and the Minister of Natural Resources, Hon. Paul Tremblay.\n\n"
               "Issued by the High Commission of the Republic of Ghana, Ottawa\n6 May 2031")


def test_an_office_met_abroad_in_another_governments_release_is_the_hosts_and_a_shared_surname_goes_to_its_office(nlp) -> None:
    events = _extract(nlp, STATE_VISIT, "2031-05-06")
    [talks] = [e for e in events if e.type == "meeting" and e.start == "2031-05-04"]
    assert {p.name: p.side for p in talks.participants} == {"Ama Mensah": "GH", "Claire Dubois": "CA"}


def test_the_signing_the_two_leaders_of_the_talks_witnessed_is_by_its_signatories_on_the_talks_day(nlp) -> None:
    [signing] = [e for e in _extract(nlp, STATE_VISIT, "2031-05-06") if e.type == "agreement"]
    assert signing.start == "2031-05-04"
    assert {p.name for p in signing.participants if p.role == "signatory"} == {"Yaw Boateng", "Paul Tremblay"}


DFA_RELEASE = ("SECRETARY REYES MEETS U.S. ASSISTANT SECRETARY QUILL IN JAKARTA\n\nDFA Press Release No. 118-31\n12 May 2031\n\n"
               "Foreign Affairs Secretary Maria Reyes met U.S. Assistant Secretary of State Ada Quill on the sidelines of "
               "a conference in Jakarta on 11 May 2031, on the Celebes Sea patrols.\n\nFor more information, please visit "
               "www.dfa.gov.ph.")


def test_a_governments_web_address_in_the_footer_names_the_publisher(nlp) -> None:
    [met] = [e for e in _extract(nlp, DFA_RELEASE, "2031-05-12") if e.start == "2031-05-11"]
    assert {p.name: p.side for p in met.participants} == {"Maria Reyes": "PH", "Ada Quill": "US"}
    assert sorted(met.countries) == ["PH", "US"]


def test_an_office_met_on_a_leg_abroad_is_the_hosts_and_the_minister_is_the_traveller(nlp) -> None:
    # the leg places the meeting ("spent Wednesday and Thursday in Zambia"); the minister met there is Zambia's, not
    # the publisher's; "the Minister" who later calls is the one the release opens on ("..., X MP,"), not the last
    # minister named; a retired rank ("Major General (rtd)") still lets the office before it give the side
    text = ("Armed Forces Minister visits Uganda and Zambia\n\nThe Minister for the Armed Forces, Oliver Pennington MP, "
            "has spent the week in East and Southern Africa, visiting Uganda and Zambia to reinforce the UK's defence "
            "relationships with both countries.\n\nThe Minister was in Uganda on "
            "Monday and Tuesday.\n\nThe Minister spent Wednesday and Thursday in Zambia. On Wednesday he met the Minister "
            "for Defence, Mwila Banda, at Arakan Barracks.\n\nBefore setting off, the Minister spoke by telephone last "
            "Friday with Malawi's Minister of Defence, Major General (rtd) Chikondi Phiri, about peacekeeping.")
    events = _extract(nlp, text, "2031-11-21")
    (met,) = [e for e in events if e.type == "meeting"]
    assert {p.name: p.side for p in met.participants} == {"Oliver Pennington": "GB", "Mwila Banda": "ZM"}
    (call,) = [e for e in events if e.type == "call"]
    assert {p.name: p.side for p in call.participants} == {"Oliver Pennington": "GB", "Chikondi Phiri": "MW"}


def test_a_trip_release_speaks_for_the_country_its_clauses_take_for_subject(nlp) -> None:
    # no publisher's line, no "our relations": the country the minister's own statement makes its subject is his;
    # the countries he goes to are not, nor a topic ("neighbouring Afghanistan")
    text = ("Foreign Minister Lind travels to Mongolia and Kyrgyzstan\n\n11.03.2031 - Press release\n\nForeign "
            "Minister Erik Lind will travel to Mongolia tomorrow (12 March) and will continue on to Kyrgyzstan on "
            "Wednesday (13 March).\n\n“Sweden and the countries of Inner Asia are linked by far more than trade. "
            "Sweden wants to help ensure that reforms succeed.”\n\nIn Ulaanbaatar, Foreign Minister Lind will hold "
            "talks with his Mongolian counterpart Batbold Ganzorig. The situation in neighbouring Afghanistan will "
            "also be on the agenda, as will the Afghan refugees.")
    events = _extract(nlp, text, "2031-03-11")
    sides = {p.name: p.side for e in events for p in e.participants}
    assert sides["Erik Lind"] == "SE" and sides["Batbold Ganzorig"] == "MN"


def test_a_countrys_official_name_gives_the_side(nlp) -> None:
    # "United Mexican States" is Mexico (not the country the next person's office names)
    text = ("Joint Declaration between Mexico and Indonesia\n\nMexico City, 21 April 2031\n\n1. At the invitation of the "
            "President of the United Mexican States, Alejandro Ruiz Carranza, the President of the Republic of "
            "Indonesia, Bambang Hadi Prasetyo, paid a State Visit to Mexico from 20 to 22 April 2031.")
    sides = _all_sides(_extract(nlp, text, "2031-04-21"))
    assert sides.get("Alejandro Ruiz Carranza") == "MX" and sides.get("Bambang Hadi Prasetyo") == "ID"


def test_a_ministers_own_release_is_told_by_i_and_speaks_for_the_country_paired_with_where_she_goes(nlp) -> None:
    # the byline names who "I" is; "the Australia–Fiji Ministerial Forum" on a trip to Fiji makes the release Australian
    text = ("Visit to Fiji and Tonga\n\nSenator the Hon Ana Lowe\nMinister for Foreign Affairs\n\nMedia release\n"
            "3 September 2031\n\nToday I will travel to Suva to co-chair the 12th Australia–Fiji Ministerial Forum "
            "with Fiji's Minister for Foreign Affairs, the Hon Peter Naidu MP.\n\nLast week I spoke with Minister "
            "Naidu by phone to prepare for the Forum.\n\nOn 6 September, I will visit Nuku'alofa, where I will "
            "meet Tonga's Prime Minister, the Hon Sione Fifita MP. The Australia–Tonga partnership is strong.")
    events = _extract(nlp, text, "2031-09-03")
    (call,) = [e for e in events if e.type == "call"]
    assert {p.name: p.side for p in call.participants} == {"Ana Lowe": "AU", "Peter Naidu": "FJ"}
    assert {p.side for e in events for p in e.participants if p.name == "Ana Lowe"} == {"AU"}


def test_a_release_dated_in_figures_with_full_stops_is_dated_day_first(nlp) -> None:
    # no published stamp: "11.03.2031 - Press release" is 11 March, and "tomorrow" the 12th
    from entente.extract.document import extract_document
    from entente.models import Document

    text = ("Foreign Minister Lind travels to Mongolia\n\n11.03.2031 - Press release\n\nForeign Minister Erik Lind will "
            "travel to Mongolia tomorrow.")
    doc = extract_document(Document(id="t", source="t.txt", text=text), nlp=nlp)
    assert not doc.messages and [e.start for e in doc.events if e.type == "visit"] == ["2031-03-12"]


def test_a_state_named_over_its_ministry_publishes_the_itinerary(nlp) -> None:
    text = ("REPUBLIC OF GHANA\nMINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION\n\nITINERARY\nOfficial Visit of the "
            "Minister to Senegal and Mali\n\nMONDAY, 8 JUNE – ACCRA – DAKAR\n12:00  Arrive Dakar; received by H.E. "
            "Awa Ndiaye, Minister of Foreign Affairs of Senegal\n\nTUESDAY, 9 JUNE – BAMAKO\n11:00  Meeting with H.E. "
            "Moussa Traore, Minister of Foreign Affairs of Mali\n")
    events = _extract(nlp, text, "2031-06-02")
    assert {frozenset(e.countries) for e in events if e.participants} == {frozenset({"GH", "SN"}), frozenset({"GH", "ML"})}


def test_a_ministrys_itinerary_lists_its_own_delegation_which_meets_each_host_on_every_leg(nlp) -> None:
    text = ("REPUBLIC OF ZAMBIA\nMINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION\n\nITINERARY\n"
            "Official Visit of the Minister of Foreign Affairs to the Republic of Botswana and the Republic of Namibia\n"
            "3–6 August 2032\n\nDELEGATION\n- Hon. Mulenga Chanda, Minister of Foreign Affairs (Head of Delegation)\n"
            "- Mr. Bwalya Musonda, Director, Africa Directorate\n\n"
            "MONDAY, 3 AUGUST – LUSAKA – GABORONE\n10:00  Depart Kenneth Kaunda International Airport\n"
            "13:00  Meeting with Hon. Lesego Molefe, Minister of International Affairs and Cooperation of Botswana\n\n"
            "WEDNESDAY, 5 AUGUST – GABORONE – WINDHOEK\n11:00  Meeting with Hon. Ndapewa Shikongo, Minister of "
            "International Relations and Cooperation of Namibia\n")
    title = "Itinerary: Official Visit of the Zambian Minister of Foreign Affairs to Botswana and Namibia"
    events = extract_document(Document(id="t", source="t", title=title, text=text, published="2032-07-28"), nlp=nlp).events
    meetings = {e.start: {p.name: p.side for p in e.participants} for e in events if e.type == "meeting"}
    assert meetings["2032-08-03T13:00"] == {"Lesego Molefe": "BW", "Mulenga Chanda": "ZM"}
    assert meetings["2032-08-05T11:00"] == {"Ndapewa Shikongo": "NA", "Mulenga Chanda": "ZM"}


def test_the_country_an_organisation_sits_in_is_no_party_to_its_meetings_there(nlp) -> None:
    [meeting] = _extract(nlp, "Ministry of Foreign Affairs of the Republic of Poland\n\nWarsaw, 3 May 2034\n\nOn 2 May "
                              "2034, Minister of Foreign Affairs Anna Kowal met the Secretary General of NATO, Jens Vaag, "
                              "in Brussels.", "2034-05-03")
    assert set(meeting.countries) == {"PL", "NATO"}


def test_an_organisations_gathering_in_its_seat_is_no_meeting_with_that_country(nlp) -> None:
    # told by its people only as "NATO defence ministers": the minister who will go and NATO, not Belgium
    text = ("Ministry of National Defence\n\nWarsaw, 3 May 2034\n\nOn 2 May 2034, Minister of National Defence Anna "
            "Kowal hosted the Minister of Defence of Japan, Kenji Sato. Minister Kowal will present the results of the "
            "talks to Allies at the meeting of NATO defence ministers in Brussels next month.")
    [gathering] = [e for e in _extract(nlp, text, "2034-05-03") if e.start == "2034-06"]
    assert "BE" not in gathering.countries and "NATO" in gathering.countries
    # the EU's own meeting in Brussels: its seat is at home
    text = ("European External Action Service\n\nBrussels, 15 November 2034\n\nThe European Union and the Republic of "
            "Indonesia held the second meeting of their Joint Committee in Brussels today. It built on the work of the "
            "Working Group on Trade, which met in Brussels on 14 November.")
    [group] = [e for e in _extract(nlp, text, "2034-11-15") if e.start == "2034-11-14"]
    assert set(group.countries) == {"EU", "ID"}


def test_a_country_a_sentence_names_as_one_signers_own_is_not_the_other_signers(nlp) -> None:
    # a ministry of one of two countries, neither the United States, naming its own officials by office alone:
    # "Vice-Minister of Defense ... SUZUKI Hiro and H.E. Maria L. Bautista, Ambassador ... of the Republic of the
    # Philippines to Japan, signed": the Philippines is hers, not his
    text = (Path(__file__).parents[1] / "data" / "unseen" / "defense_ministerial_outline.txt").read_text(encoding="utf-8")
    events = _extract(nlp, text, "2034-04-11")
    sides = {(e.type, p.name): p.side for e in events for p in e.participants}
    assert sides[("agreement", "SUZUKI Hiro")] == "JP" and sides[("agreement", "Maria L. Bautista")] == "PH"
    assert sides[("meeting", "OKADA Ken")] == "JP"  # "a courtesy call on Minister for Foreign Affairs OKADA Ken"


def test_an_organisations_official_posted_in_a_country_is_the_organisations(nlp) -> None:
    text = ("Minister for Foreign Affairs\n\nCanberra, 3 May 2034\n\nI will travel to Samoa on 5 May to meet Prime "
            "Minister Tuala Faleolo. While in Apia I will also meet the United Nations Resident Coordinator in Samoa, "
            "Ms Ingrid Solberg, to discuss development and humanitarian coordination in the islands.")
    sides = {p.name: p.side for e in _extract(nlp, text, "2034-05-03") for p in e.participants}
    assert sides["Ingrid Solberg"] == "UN"


def test_a_state_named_under_its_ministry_publishes_the_release(nlp) -> None:
    text = ("MINISTRY OF FOREIGN AND DIASPORA AFFAIRS\nREPUBLIC OF KENYA\n\nPRESS RELEASE\n\nNAIROBI, 19 March 2031 — "
            "The Cabinet Secretary for Foreign and Diaspora Affairs, Dr. Njeri Wambui, today received Mr. Kenji Arata, "
            "State Minister for Foreign Affairs of Japan.\n\nYesterday, the Cabinet Secretary also held a telephone "
            "conversation with Ethiopia's Minister of Foreign Affairs, Dr. Dawit Alemu, on the situation in Sudan.\n")
    calls = [e for e in _extract(nlp, text, "2031-03-19") if e.type == "call"]
    assert [(sorted(e.countries), {p.name: p.side for p in e.participants}) for e in calls] == [
        (["ET", "KE"], {"Njeri Wambui": "KE", "Dawit Alemu": "ET"})]


def test_a_title_calling_a_call_a_meeting_names_the_call_the_lead_tells(nlp) -> None:
    """"Secretary Quill Meeting with Qatari Minister Al-Thani" over "Secretary of State Ada Quill spoke today with
    ... Al-Thani": one call, not a meeting beside it (issue 12)."""
    doc = Document(id="t", source="t", title="Secretary Quill Meeting with Qatari Foreign Minister Al-Thani",
                   text=("Office of the Spokesperson\n\nSecretary of State Ada Quill spoke today with Qatari Deputy Prime "
                         "Minister and Minister of Foreign Affairs Mohammed bin Abdulrahman Al-Thani to express "
                         "appreciation for our strategic partnership."), published="2031-08-12T20:00:00+00:00")
    assert [e.type for e in extract_document(doc, nlp=nlp).events] == ["call"]
