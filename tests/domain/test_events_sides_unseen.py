"""Who an event's people are and which side they sit on, on invented text of shapes the seeds lack."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document, Event, ExtractedDocument


def _doc(nlp, text: str, published: str | None = "2030-03-09") -> ExtractedDocument:
    return extract_document(Document(id="t", source="t", text=text, published=published), nlp=nlp)


def _sides(event: Event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


def test_a_person_keeps_the_side_another_event_of_the_document_gives(nlp) -> None:
    doc = _doc(nlp, "EMBASSY OF THE REPUBLIC OF GHANA\n\nThe Minister for Defence, Hon. Kofi Mensah Adjei, "
                    "is in Washington on a working visit from 2nd to 5th March 2030.\n\nOn 3rd March 2030 the "
                    "Minister held talks with the Secretary of the Army, Hon. Dana Whitcombe, and Ghana's "
                    "Ambassador, H.E. Abena Owusu.\n\nOn 4th March 2030, Ambassador Owusu met Senator Rhea Lund.")
    owusu = [e for e in doc.events if "Abena Owusu" in _sides(e)]
    assert len(owusu) == 2 and all(_sides(e)["Abena Owusu"] == "GH" for e in owusu)


def test_an_office_before_a_comma_and_a_rank_or_courtesy_gives_title_and_side(nlp) -> None:
    doc = _doc(nlp, "On March 4, 2030, the Minister of Defence of Chile, Ana Rojas, met the Commander of United "
                    "States Southern Command, Admiral Lee Tanaka, and the Assistant Secretary of State for "
                    "Western Hemisphere Affairs, Amb. Mark Oduya, in Santiago.")
    people = {p.name: p for p in doc.people}
    assert people["Lee Tanaka"].country == "US" and "Southern Command" in (people["Lee Tanaka"].title or "")
    assert people["Mark Oduya"].country == "US" and "Western Hemisphere" in (people["Mark Oduya"].title or "")
    assert "Southern Command" not in people


def test_a_courtesy_title_the_tagger_takes_for_a_name_does_not_hide_the_office(nlp) -> None:
    doc = _doc(nlp, "The Minister for Foreign Affairs, H.E. Amb. Dr. Lina Haddad, visited Washington on "
                    "March 4, 2030.")
    [haddad] = [p for p in doc.people if p.name == "Lina Haddad"]
    assert haddad.title == "Minister for Foreign Affairs"


def test_regions_offices_and_military_formations_are_not_people(nlp) -> None:
    doc = _doc(nlp, "Deputy Assistant Secretary of Defense for South Asia Ada Quill met on March 4, 2030 with "
                    "Director General of Consular Relations Omar Nasser and officers of Pacific Fleet.")
    names = {p.name for p in doc.people}
    assert {"Ada Quill", "Omar Nasser"} <= names
    assert not names & {"Asia", "Consular Relations", "Pacific Fleet", "Fleet"}


def test_the_office_as_subject_after_an_opening_adverbial_is_the_person_named_before(nlp) -> None:
    doc = _doc(nlp, "The Cabinet Secretary for Trade, Hon. Grace Mwangi, arrived in Washington on 2nd March "
                    "2030.\n\nLater, on Wednesday, 4th March, the Cabinet Secretary met Deputy Secretary of "
                    "Commerce Paul Ember.")
    [meeting] = [e for e in doc.events if "Paul Ember" in _sides(e)]
    assert "Grace Mwangi" in _sides(meeting)


def test_an_embassy_release_names_its_own_ministers_and_the_us_side_by_office(nlp) -> None:
    doc = _doc(nlp, "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF PERU\n\nLima, 4 March 2030\n\nThe Minister "
                    "of Foreign Affairs, Mr. Luis Quispe, received today the Deputy Secretary of State, Mr. Alan "
                    "Brody, at the Torre Tagle Palace.\n\nMinister Quispe and Deputy Secretary Brody reviewed the "
                    "bilateral agenda.")
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert _sides(meeting) == {"Luis Quispe": "PE", "Alan Brody": "US"} and set(meeting.countries) == {"PE", "US"}


def test_a_side_two_mentions_state_equally_goes_to_the_first_not_to_hash_order() -> None:
    from entente.extract.agenda_events import _side
    from entente.extract.people import PersonMention, PersonRecord
    from entente.extract.roster import RosterEntry

    codes = ["CA", "US", "PK", "IN", "FR", "DE", "JP", "KR", "BR", "MX", "KE", "GH", "PE", "CL", "NO", "SE"]
    entry = RosterEntry("Kai Moreau", None, None, None, (), 0, 10)
    for first in codes:  # over many pairs a set's order would put the second first in some of them
        for second in codes:
            if first != second:
                record = PersonRecord("Kai Moreau", [PersonMention("Kai Moreau", 0, 10, side=first),
                                                     PersonMention("Kai Moreau", 50, 60, side=second)])
                assert _side("Kai Moreau", entry, {"Kai Moreau": record}) == first


def test_a_name_after_a_call_verb_with_its_preposition_is_the_calls_counterpart(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Ada Quill spoke by phone today with Peruvian Foreign Minister Luis Quispe "
                    "to welcome the signing of the U.S.-Peru Science Agreement.")
    [call] = [e for e in doc.events if e.type == "call"]
    assert _sides(call) == {"Ada Quill": "US", "Luis Quispe": "PE"}


def test_a_list_of_names_does_not_lend_the_next_persons_office_to_the_one_before(nlp) -> None:
    doc = _doc(nlp, "The plan was signed in Lima on March 4, 2030 by U.S. Ambassador to Peru Mark Oduya, "
                    "Peruvian Foreign Minister Luis Quispe and Minister Rosa Vilca.")
    people = {p.name: p for p in doc.people}
    assert people["Mark Oduya"].title == "U.S. Ambassador to Peru" and people["Mark Oduya"].country == "US"
    assert people["Luis Quispe"].country == "PE"


def test_a_delegation_sentence_opening_with_the_gives_its_members_their_side(nlp) -> None:
    doc = _doc(nlp, "The U.S.-Ghana Working Group met in Washington on March 4, 2030. The Ghanaian delegation "
                    "included Brigadier General Kwame Boateng of Defence Headquarters and Mrs. Efua Sarpong of "
                    "the Ministry of Justice.")
    [meeting] = [e for e in doc.events if "Kwame Boateng" in _sides(e)]
    assert _sides(meeting)["Kwame Boateng"] == "GH" and _sides(meeting)["Efua Sarpong"] == "GH"


def test_an_office_after_a_possessive_and_before_a_comma_and_a_full_stop(nlp) -> None:
    doc = _doc(nlp, "On March 4, 2030 in Singapore, Secretary of the Navy Ada Quill met with Singapore's "
                    "Minister for Defence, Tan Wei Ming.")
    people = {p.name: p for p in doc.people}
    assert people["Tan Wei Ming"].country == "SG" and people["Ada Quill"].country == "US"


def test_a_visited_country_a_post_and_an_aid_recipient_are_not_made_sides(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nToday, during an official visit to Laos, U.S. Ambassador to the "
                    "United Nations Ada Quill announced $20 million in assistance to the people of Cambodia.")
    [aid] = [e for e in doc.events if e.type == "announcement"]
    assert aid.countries == ("US",)
    assert all("UN" not in e.countries and "KH" not in e.countries for e in doc.events)


def test_being_received_during_a_dialogue_is_a_meeting_of_its_own(nlp) -> None:
    doc = _doc(nlp, "The second session of the Strategic Dialogue between Tunisia and the United States was held "
                    "in Tunis on 4 March 2030. Secretary Ada Quill was received on 4 March by the President of "
                    "the Republic, H.E. Mr. Karim Ben Salah.")
    kinds = sorted(e.type for e in doc.events if e.start == "2030-03-04")
    assert kinds == ["dialogue", "meeting"]
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert {"Ada Quill", "Karim Ben Salah"} <= set(_sides(meeting))


def test_a_signing_on_the_margins_of_a_dialogue_takes_its_day_and_its_subject(nlp) -> None:
    doc = _doc(nlp, "The fourth session of the Strategic Dialogue between Ghana and the United States was held in "
                    "Accra on 4 March 2030. It was co-chaired by Foreign Minister Kofi Adjei and Secretary of State "
                    "Ada Quill.\n\nThe two sides recalled that the Dialogue was launched in Washington in 2021.\n\n"
                    "They reviewed trade, health and security.\n\nOn the margins of the Dialogue, Minister Adjei and "
                    "his American counterpart signed a Memorandum on Cocoa Research.")
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert signing.start == "2030-03-04" and "Kofi Adjei" in _sides(signing)
    dialogues = [e for e in doc.events if e.type == "dialogue" and e.start == "2030-03-04"]
    assert len(dialogues) == 1 and {"Kofi Adjei", "Ada Quill"} <= set(_sides(dialogues[0]))


def test_each_leg_of_a_trip_has_its_place_and_its_hosts_offices(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\nMarch 9, 2030\n\nDeputy Secretary of State Ada Quill is traveling to "
                    "Accra, Lomé, and Cotonou March 4-10.\n\nIn Lomé on March 6, the Deputy Secretary met with "
                    "Prime Minister Kossi Agbeko. In Accra on March 4, she met with Foreign Minister Ama Darko.")
    meetings = {e.start: e for e in doc.events if e.type == "meeting"}
    assert meetings["2030-03-06"].location.country == "TG" and _sides(meetings["2030-03-06"])["Kossi Agbeko"] == "TG"
    assert meetings["2030-03-04"].location.country == "GH" and _sides(meetings["2030-03-04"])["Ama Darko"] == "GH"


def test_a_meeting_told_right_after_a_trip_is_held_at_its_stop_and_a_foreign_secretary_is_not_american(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\nMarch 9, 2030\n\nToday, the Deputy Secretary of State Ada Quill "
                    "traveled to Dhaka. On March 11, she will meet with Foreign Minister Rahim Uddin and Foreign "
                    "Secretary Nasreen Akter.")
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.location is not None and meeting.location.country == "BD"
    assert _sides(meeting)["Nasreen Akter"] == "BD" and _sides(meeting)["Rahim Uddin"] == "BD"


def test_a_president_the_historians_records_name_is_american_wherever_the_meeting_is(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nPresident Biden met with President Ramos-Horta of Timor-Leste "
                    "in Dili on March 4, 2030.")
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    sides = _sides(meeting)
    assert sides.get("Biden") == "US" and set(meeting.countries) == {"US", "TL"}


def test_also_meeting_others_at_one_stop_is_another_meeting_and_a_series_of_meetings_is_one(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nDeputy Secretary Ada Quill will travel to Nairobi and Kigali "
                    "March 12-16, 2030.\n\nIn Nairobi, she will meet Kenyan government officials to discuss trade. "
                    "While in Nairobi, she will also meet with officials from the African Union Secretariat.  In "
                    "Kigali, the Deputy Secretary will hold a series of meetings.")
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert sorted(e.location.name for e in meetings) == ["Kigali", "Nairobi", "Nairobi"]
    assert len({e.id for e in meetings}) == 3


def test_an_office_before_a_rank_and_a_one_word_undersecretary_give_the_other_side(nlp) -> None:
    doc = _doc(nlp, "Programme of the U.S.–Peru Defense Consultations, Lima, 4 March 2030\n\n"
                    "10h00 – 10h45   Meeting with the Commander of the Joint Command of the Peruvian Armed Forces, "
                    "Vice Admiral Jorge Salas Quinto (Joint Command Headquarters)\n"
                    "11h00 – 11h45   Meeting with Undersecretary Rosa Vilca Mendoza of the Ministry of Defense\n"
                    "12h00 – 13h00   Working lunch hosted by Assistant Secretary of Defense Ada Quill\n")
    people = {p.name: p for p in doc.people}
    assert people["Jorge Salas Quinto"].country == "PE"
    assert people["Rosa Vilca Mendoza"].country == "PE"


def test_a_side_named_for_a_chair_and_a_bare_secretary_of_state_for_a_portfolio(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nThe U.S.-Jordan Strategic Dialogue met in Washington on March 4, "
                    "2030. The Energy Working Group was chaired on the Jordanian side by Ambassador Rami Haddad and "
                    "on the U.S. side by Deputy Assistant Secretary Ada Quill. The Trade Working Group was co-chaired "
                    "by Assistant Secretary of State Mark Oduya and Secretary of State for Investment Lina Nasser.")
    sides = {p.name: p.country for p in doc.people}
    assert sides["Rami Haddad"] == "JO" and sides["Ada Quill"] == "US"
    assert sides["Mark Oduya"] == "US" and sides["Lina Nasser"] == "JO"


def test_an_appeal_and_an_anniversary_are_no_events(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nWe call on both sides to resolve the border incident peacefully. "
                    "The United States calls on Belarus to release the detained journalists. On behalf of the "
                    "United States, I congratulate the people of Iceland as you celebrate the anniversary of the "
                    "signing of the Defense Agreement.")
    assert [e for e in doc.events if e.type in {"meeting", "agreement"}] == []


def test_a_name_ending_in_a_year_a_month_and_a_portfolio_word_are_no_date_and_no_people(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nThe United States will host Expo 2034 in Ohio. On May 29, the "
                    "International Day of Peacekeepers, the United States reaffirms its commitment. Special Advisor "
                    "on Migration Ada Quill met Mexican Foreign Secretary Luis Vega on March 4, 2030.")
    assert all(e.start != "2034" for e in doc.events)
    names = {p.name for p in doc.people}
    assert "May" not in names and "Ada Quill" in names and "Migration Ada Quill" not in names


def test_dialogue_as_a_practice_is_no_event_and_an_announcement_is_the_publishers(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nWe call for genuine political dialogue after the events of "
                    "March 2. Today, I am announcing visa restrictions on Ethiopian and Eritrean officials "
                    "responsible for the violence.")
    assert [e for e in doc.events if e.type == "dialogue"] == []
    [aid] = [e for e in doc.events if e.type == "announcement"]
    assert aid.countries == ("US",)


def test_a_name_after_an_office_stops_at_the_sentence_it_ends(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nDeputy Secretary Ada Quill will meet on March 4, 2030 with "
                    "State Councilor and Foreign Minister Li Wei.  These discussions will cover trade.")
    names = {p.name for p in doc.people}
    assert "Li Wei" in names and not any("These" in n for n in names)


def test_an_instrument_signed_is_no_person(nlp) -> None:
    doc = _doc(nlp, "On March 4, 2030, Minister Ana Rojas and Ambassador Mark Oduya signed an Implementing "
                    "Arrangement on quantum research and a Memorandum Kessler on data.")
    names = {p.name for p in doc.people}
    assert not any("Arrangement" in n or "Memorandum" in n for n in names)


def test_welcoming_a_dated_agreement_is_no_meeting_and_a_portfolio_ending_is_no_given_name(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nThe United States welcomes the May 27 agreement between the "
                    "parties. Secretary of State Ada Quill spoke today with UN Special Coordinator for Middle East "
                    "Peace Tor Lindqvist.")
    assert [e for e in doc.events if e.type == "meeting"] == []
    assert "Tor Lindqvist" in {p.name for p in doc.people}


def test_the_end_of_a_citys_name_is_no_one(nlp) -> None:
    doc = _doc(nlp, "Antony J. Blinken, Secretary of State\n\nSan Jose, Costa Rica\n\nSECRETARY BLINKEN: Thank you, "
                    "Mr. President, for hosting us on March 4, 2030.")
    assert "Jose" not in {p.name for p in doc.people}


def test_welcoming_an_announcement_a_time_possessive_and_an_origin(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nThe United States welcomes the United Kingdom’s announcement "
                    "today of new sanctions. Secretary Ada Quill and Secretary General Jon Aasen discussed next "
                    "month’s NATO Summit. From Seoul, the Deputy Secretary will travel to Ulaanbaatar on March 12, "
                    "2030 to meet with Mongolian officials.")
    assert not [e for e in doc.events if e.type == "meeting" and "GB" in e.countries]
    assert all(not e.title.lower().startswith("month") for e in doc.events)
    assert all(e.location is None or e.location.name != "Seoul" for e in doc.events if e.type == "meeting")


def test_a_roundtable_report_with_a_participant_table_and_delegation_lists(nlp) -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "data" / "unseen" / "roundtable_report.txt").read_text(encoding="utf-8")
    doc = _doc(nlp, text, published="2012-04-20")
    [main] = [e for e in doc.events if e.type == "conference"]
    assert (main.start, main.end) == ("2012-04-12", "2012-04-13") and set(main.countries) == {"US", "BR"}
    sides = _sides(main)
    assert sides["Ricardo Lemos"] == sides["Paulo Vieira"] == "BR"
    assert sides["Thomas Merritt"] == sides["James Rutter"] == "US"
    assert {p.role for p in main.participants if p.name in {"Ricardo Lemos", "Thomas Merritt"}} == {"lead"}


def test_numbered_sessions_with_labelled_chairs_and_presenters_and_retired_ranks_in_a_table(nlp) -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "data" / "unseen" / "trilateral_dialogue_report.txt").read_text(encoding="utf-8")
    doc = _doc(nlp, text, published="1997-10-20")
    people = {p.name: p.country for p in doc.people}
    assert people["Costas Vlachos"] == "GR" and people["Murat Kaya"] == "TR"
    sessions = {e.start: e for e in doc.events if e.type == "conference"}
    first = {p.name: (p.side, p.role) for p in sessions["1997-10-14"].participants}
    assert first == {"Susan Whitlow": ("US", "chair"), "Nikos Papadakis": ("GR", "presenter"),
                     "Ayse Demir": ("TR", "presenter")}
    assert {p.name for p in sessions["1997-10-15"].participants} == {"Costas Vlachos", "Murat Kaya", "Daniel Ferris"}


def test_also_meeting_during_a_visit_takes_the_visits_days_not_a_later_stops(nlp) -> None:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "data" / "unseen" / "ministry_readout.txt").read_text(encoding="utf-8")
    doc = _doc(nlp, text, published="2022-09-12")
    with_pm = [e for e in doc.events if "Kaspars Bērziņš" in _sides(e)]
    assert with_pm and all(e.location.country == "LV" and e.start.startswith("2022-09-1") for e in with_pm)
    assert _sides(with_pm[0])["Kaspars Bērziņš"] == "LV"
    [vilnius] = [e for e in doc.events if e.type == "visit" and e.location.name == "Vilnius"]
    assert vilnius.start == "2022-09-13"


def test_he_also_met_takes_the_day_of_the_event_told_just_before(nlp) -> None:
    doc = _doc(nlp, "EMBASSY OF PERU\n\nWashington, 24 April 2030\n\nOn Thursday, 23 April, the Minister held talks "
                    "with the Trade Representative, Ms. Ann Cole. He also met the Secretary General of the OAS, "
                    "Mr. Pablo Ruiz.", published="2030-04-24")
    [meeting] = [e for e in doc.events if "Pablo Ruiz" in _sides(e)]
    assert meeting.start == "2030-04-23"


def test_an_assistant_us_office_is_american(nlp) -> None:
    doc = _doc(nlp, "The Working Group on Trade met in Hanoi on 16 March 2030, co-chaired by Vice Minister of "
                    "Industry Pham Duc Anh and Assistant U.S. Trade Representative Laura S. Kim.")
    assert {p.name: p.country for p in doc.people}["Laura S. Kim"] == "US"


def test_a_city_that_starts_like_a_month_is_a_place(nlp) -> None:
    doc = _doc(nlp, "Office of the Spokesperson\n\nIn Marseille on March 4, 2030, Deputy Secretary Ada Quill met "
                    "with French Foreign Minister Paul Girard.")
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert meeting.location is not None and meeting.location.country == "FR"
