"""People an event names by office or pronoun alone, and a programme's visitor: invented texts."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document, Event, ExtractedDocument
from tests.domain.test_events_unseen import _extract

PROGRAMME = """MINISTRY OF FOREIGN AFFAIRS OF PERU
State Protocol

PROGRAMME
Official visit of the Deputy Secretary of Commerce of the United States of America, Ms. Harriet V. Okafor, to the Republic of Peru
Lima, 9–10 June 2031

MONDAY, 9 JUNE
09:30  Courtesy call on the Minister of Foreign Affairs, Dr. Ernesto Quispe (Torre Tagle Palace)
11:00  Courtesy call on the President of the Republic, Mr. Ramiro Valdivia (Government Palace)
13:00  Luncheon offered by the Minister of Foreign Affairs

TUESDAY, 10 JUNE
10:00  Meeting with the Minister of Production, Ms. Lucia Herrera
12:00  Departure for Santiago
"""


def _doc(nlp, text: str, published: str | None = "2031-06-05") -> ExtractedDocument:
    return extract_document(Document(id="t", source="t", text=text, published=published), nlp=nlp)


def _sides(event: Event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


def _at(doc: ExtractedDocument, start: str) -> Event:
    [event] = [e for e in doc.events if e.start == start]
    return event


def test_each_line_of_a_visit_programme_is_the_visitors_and_an_office_named_again_is_its_holder(nlp) -> None:
    doc = _doc(nlp, PROGRAMME)
    lunch = _sides(_at(doc, "2031-06-09T13:00"))
    assert lunch == {"Ernesto Quispe": "PE", "Harriet V. Okafor": "US"}, lunch
    president = _sides(_at(doc, "2031-06-09T11:00"))
    assert president == {"Ramiro Valdivia": "PE", "Harriet V. Okafor": "US"}, president
    production = _sides(_at(doc, "2031-06-10T10:00"))
    assert production == {"Lucia Herrera": "PE", "Harriet V. Okafor": "US"}, production


def test_an_office_qualified_by_another_country_is_not_the_holder_named_before(nlp) -> None:
    doc = _doc(nlp, "On June 3, 2031, the Minister of Foreign Affairs, Dr. Ernesto Quispe, met Deputy Secretary "
                    "of State Harriet V. Okafor in Lima. On June 4, 2031, the Minister of Foreign Affairs of "
                    "Chile met Deputy Secretary Okafor in Santiago.")
    santiago = [e for e in doc.events if e.location and e.location.name == "Santiago"]
    assert santiago and all("Ernesto Quispe" not in _sides(e) for e in santiago)


def test_she_is_the_office_the_sentence_before_was_about_not_the_first_name_it_gives(nlp) -> None:
    doc = _doc(nlp, "Deputy Secretary of State Harriet V. Okafor is traveling to Colombo and Male June 11-15, "
                    "2031.\n\nIn Colombo, the Deputy Secretary met with President Nimal Perera. She also co-chaired, "
                    "with Foreign Secretary Ravi Silva, the U.S.-Sri Lanka Partnership Dialogue. The two sides "
                    "signed a letter of agreement on demining. She also met with opposition leader Sajith Mendis.",
               published="2031-06-12")
    dialogue = [e for e in doc.events if e.type == "dialogue"]
    assert dialogue and {"Harriet V. Okafor": "US", "Ravi Silva": "LK"}.items() <= _sides(dialogue[0]).items()
    mendis = [e for e in doc.events if "Sajith Mendis" in _sides(e)]
    assert mendis and "Harriet V. Okafor" in _sides(mendis[0]), [(e.title, _sides(e)) for e in doc.events]


def test_the_secretary_and_the_foreign_minister_are_the_two_named_before(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Ada Quill spoke today with Republic of Korea Foreign Minister Park Min-jun. "
                    "The Secretary and the Foreign Minister agreed to expand cooperation on supply chains.",
               published="2031-06-05")
    assert doc.events and all(_sides(e) == {"Ada Quill": "US", "Park Min-jun": "KR"} for e in doc.events), \
        [(e.title, _sides(e)) for e in doc.events]


def test_the_end_of_a_country_name_and_an_elect_title_are_not_names(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Ada Quill spoke today with the Foreign Minister of the Kingdom of Saudi "
                    "Arabia, Faisal bin Farhan Al Saud. She also spoke with Peruvian President-Elect Pedro Castillo.",
               published="2031-06-05")
    names = {p.name for p in doc.people}
    assert "Arabia" not in names and "Elect Pedro Castillo" not in names and "Pedro Castillo" in names, names


def test_a_portfolio_joined_by_and_keeps_the_office_and_its_side(nlp) -> None:
    doc = _doc(nlp, "Acting Principal Deputy Assistant Secretary of State for Educational and Cultural Affairs "
                    "Ada Quill will travel to Rome, Italy, from June 8-10, 2031, to meet Italian officials.",
               published="2031-06-05")
    [quill] = [p for p in doc.people if p.name == "Ada Quill"]
    assert quill.country == "US" and quill.title and quill.title.startswith("Acting Principal Deputy Assistant"), quill
    assert all(_sides(e).get("Ada Quill") == "US" for e in doc.events)


def test_a_guest_visiting_washington_is_the_other_sides(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Ada Quill met today with Ukrainian Foreign Minister Ivan Bondar in "
                    "Washington. They discussed preparations for President Taras Melnyk's visit to Washington on "
                    "June 30, 2031.", published="2031-06-05")
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits and _sides(visits[0]).get("Taras Melnyk") == "UA", [(e.title, _sides(e)) for e in doc.events]


JOINT = """Joint Statement on the Second Ruritania–United States Strategic Dialogue

The United States and the Republic of Ruritania held the second session of their Strategic Dialogue in Washington on March 3-4, 2031. Secretary of State Ada Quill and Ruritanian Minister of Foreign Affairs Tomas Varga co-chaired the Dialogue.

Two working groups met on March 3 ahead of the plenary:

– The Security Working Group, co-chaired by Assistant Secretary of Defense Kevin Marsh and Ruritanian Director General of Defense Policy Emil Horak, reviewed border security.
– The Economic Working Group, co-chaired by Deputy Assistant Secretary of State Nora Lind and Ruritanian Secretary of State for Trade Ilona Bartos, discussed investment.

On the margins of the Dialogue, Secretary Quill and Ruritanian Minister of Development, Investment and International Cooperation Pavel Dusek signed a loan guarantee agreement.
"""


def test_each_listed_working_group_is_its_own_event_dated_by_the_line_before_the_list(nlp) -> None:
    doc = _doc(nlp, JOINT, published="2031-03-04")
    groups = {e.title: e for e in doc.events if "Working Group" in e.title}
    assert set(groups) == {"Security Working Group", "Economic Working Group"}, [e.title for e in doc.events]
    assert all(e.start == "2031-03-03" for e in groups.values())
    assert _sides(groups["Economic Working Group"]) == {"Nora Lind": "US", "Ilona Bartos": "RU"} or \
        set(_sides(groups["Economic Working Group"])) == {"Nora Lind", "Ilona Bartos"}


def test_both_names_of_a_coordinated_subject_sign_and_a_listed_portfolio_keeps_its_holder(nlp) -> None:
    doc = _doc(nlp, JOINT, published="2031-03-04")
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert {"Ada Quill", "Pavel Dusek"} <= set(_sides(signing)), _sides(signing)
    [dusek] = [p for p in doc.people if p.name == "Pavel Dusek"]
    assert dusek.title == "Minister of Development, Investment and International Cooperation"


def test_a_meeting_told_after_a_trip_elsewhere_is_not_the_meeting_before_the_trip(nlp) -> None:
    doc = _doc(nlp, "Deputy Secretary of State Ada Quill is traveling to Male and Dhaka June 11-17, 2031.\n\n"
                    "In Male, she met with President Ahmed Latheef. Today, the Deputy Secretary traveled to Dhaka. "
                    "On June 15, she will meet with Foreign Minister Abul Hasan.", published="2031-06-14")
    latheef = [e for e in doc.events if "Ahmed Latheef" in _sides(e)]
    assert latheef and all("Abul Hasan" not in _sides(e) and e.start != "2031-06-15" for e in latheef), \
        [(e.title, e.start, _sides(e)) for e in doc.events]
    hasan = [e for e in doc.events if "Abul Hasan" in _sides(e)]
    assert hasan and hasan[0].start == "2031-06-15" and _sides(hasan[0])["Abul Hasan"] == "BD"


def test_a_thing_that_travels_is_no_visit_but_a_delegation_that_travels_is(nlp) -> None:
    doc = _doc(nlp, "As travel restrictions are lifted, the photo exhibition will once again travel to Lisbon in "
                    "September 2031 and then to "
                    "Porto. A U.S. delegation will travel to Madrid on June 20, 2031, to meet Spanish officials.",
               published="2031-06-05")
    visits = [e for e in doc.events if e.type == "visit"]
    assert [e.location.name for e in visits if e.location] == ["Madrid"], [(e.title, e.evidence[0].text) for e in visits]


def test_a_transcripts_title_names_a_participant_its_text_calls_mr_president(nlp) -> None:
    text = ("Ada Quill, Secretary of State\nLima, Peru\nJune 1, 2031\n\nSECRETARY QUILL: Mr. President, it is a "
            "pleasure to be here. Thank you for hosting us.\n\nPRESIDENT: Thank you, Madam Secretary.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2031-06-01",
                                    title="Secretary Ada Quill and Peruvian President Ramiro Valdivia Before Their "
                                          "Meeting"), nlp=nlp)
    meetings = [e for e in doc.events if e.type == "meeting"]
    assert meetings and _sides(meetings[0]) == {"Ada Quill": "US", "Ramiro Valdivia": "PE"}, \
        [(e.title, _sides(e)) for e in doc.events]
    assert {p.name: p.title for p in doc.people}["Ada Quill"] == "Secretary of State"


def test_a_statement_released_by_three_ministers_keeps_each_ones_side(nlp) -> None:
    doc = _doc(nlp, "The following statement was released by Secretary of State Ada Quill, the EU High "
                    "Representative for Foreign Affairs and Security Policy Marta Lindqvist, and Canadian Minister of "
                    "Foreign Affairs Paul Tremblay.\n\nBegin text:\n\nWe remain concerned about the crisis in Venezuela. "
                    "The solution has to come through negotiations with participation from all stakeholders.",
               published="2031-06-25")
    [statement] = doc.events
    assert statement.type == "statement" and statement.title.startswith("Statement by Quill")
    assert _sides(statement) == {"Ada Quill": "US", "Marta Lindqvist": "EU", "Paul Tremblay": "CA"}, _sides(statement)


def test_a_headlines_possessive_and_a_portfolios_last_word_are_not_names(nlp) -> None:
    doc = extract_document(Document(
        id="t", source="t", published="2031-07-20", title="Under Secretary Quill’s Travel to Mongolia",
        text="Under Secretary of State Ada Quill met Speaker of the Mongolian Parliament Zandanshatar in "
             "Ulaanbaatar on July 20, 2031."), nlp=nlp)
    names = {p.name for p in doc.people}
    assert "Zandanshatar" in names and not any("Travel" in n or "Parliament" in n for n in names), names


def test_a_track_two_reports_sessions_are_held_on_the_dialogues_days_with_their_chairs(nlp) -> None:
    from pathlib import Path

    text = (Path(__file__).parents[1] / "data" / "unseen" / "track2_goa_report.txt").read_text()
    doc = _doc(nlp, text, published="2019-02-20")
    [main] = [e for e in doc.events if "Track II Dialogue" in e.title]
    # the name as its first sentence gives it in full ("The fifth round of the India–U.S. Track II Dialogue on ...")
    assert main.title == "India–U.S. Track II Dialogue on Maritime Security" and (main.start, main.end) == ("2019-02-12", "2019-02-13")
    sessions = {e.title: e for e in doc.events if e.title.endswith("session")}
    assert set(sessions) == {"First session", "Second session"}, [e.title for e in doc.events]
    assert all(e.start == "2019-02-12" and e.end == "2019-02-13" for e in sessions.values())
    assert _sides(sessions["First session"]) == {"Ravi Menon": "IN", "Sunil Nair": "IN", "Thomas Greer": "US"}
    people = {p.name: p for p in doc.people}
    assert "Strategic Studies" not in people and people["Arvind Chopra"].title == \
        "Director of the Goa Institute of Strategic Studies"


def test_dialogue_as_a_practice_and_meeting_long_requirements_are_no_events(nlp) -> None:
    doc = _doc(nlp, "The annual reviews provide opportunities to engage in dialogue with governments on budget "
                    "openness. The report assesses governments that did not meet the minimum fiscal transparency "
                    "requirements during the review period of January 1 – December 31, 2030.",
               published="2031-06-05")
    assert doc.events == (), [(e.title, e.evidence[0].text) for e in doc.events]


def test_a_title_calls_a_family_name_first_person_as_the_document_does(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Ada Quill met Chinese Foreign Minister Wang Yi in Beijing on June 3, 2031. "
                    "Secretary Quill and Foreign Minister Wang discussed climate cooperation.", published="2031-06-04")
    assert [e.title for e in doc.events] == ["Quill meets Wang in Beijing"]


def test_a_signing_following_a_meeting_is_on_the_meetings_day_not_the_releases(nlp) -> None:
    doc = _doc(nlp, "The Minister concluded today a working visit to Washington. On Wednesday, 3 June 2031, the "
                    "Minister met Secretary of State Ada Quill at the Department of State. Following their meeting, "
                    "the Minister and the Secretary signed a Memorandum of Understanding on energy cooperation. "
                    "On Thursday, 4 June, the Minister held a working breakfast with Trade Representative Tom Reyes. "
                    "Today, the Minister took part in a roundtable at the Inter-American Dialogue.",
               published="2031-06-05")
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert signing.start == "2031-06-03", signing.start


def test_offices_set_off_by_commas_in_a_list_are_each_holders_and_a_possessor_takes_no_part(nlp) -> None:
    doc = _doc(nlp, "The United States and Canada hosted the third U.S.-Canada Critical Minerals Working Group meeting "
                    "on July 28, 2031, co-chaired by U.S. Acting Deputy Assistant Secretary of State for Western "
                    "Hemisphere Affairs, Laura Lochman, and Assistant Deputy Minister of the Land and Minerals Sector "
                    "of Natural Resources Canada, Jeff Labonte. The working group discussed implementation of "
                    "President Ada Quill and Prime Minister Tom Reyes’s commitment to strengthen supply chains.",
               published="2031-07-31")
    people = {p.name: p for p in doc.people}
    assert people["Laura Lochman"].title.startswith("U.S. Acting Deputy Assistant Secretary")
    assert people["Jeff Labonte"].title.startswith("Assistant Deputy Minister")
    [event] = doc.events
    assert _sides(event) == {"Laura Lochman": "US", "Jeff Labonte": "CA"}


def test_a_broadcast_interview_is_no_event_and_its_labels_and_possessives_are_no_names(nlp) -> None:
    text = ("Ada Quill, Secretary of State\nGeneva, Switzerland\nJune 13, 2031\n\n"
            "QUESTION:  Let’s look ahead to President Tom Reyes’ meeting with Russian President Ivan Petrov on "
            "Wednesday in Geneva.\n\n"
            "SECRETARY QUILL:  Well, the President’s meeting with President Petrov will address cyber attacks.\n")
    doc = extract_document(Document(id="t", source="t", title="Secretary Ada Quill On CBS’s Face the Nation with "
                                    "Jane Doe", text=text, published="2031-06-13"), nlp=nlp)
    assert not [e for e in doc.events if "CBS" in e.title], [e.title for e in doc.events]
    [meeting] = [e for e in doc.events if e.type == "meeting"]
    assert {p.name for p in meeting.participants} == {"Tom Reyes", "Ivan Petrov"}
    assert "QUESTION" not in {p.name for p in doc.people}


def test_a_trip_announcement_keeps_each_countrys_leg_meeting_and_counterpart_apart(nlp) -> None:
    doc = _doc(nlp, "Deputy Secretary of State Ada Quill will travel to the People’s Republic of China (PRC) July 25-26 "
                    "and to Oman July 27, 2031.\n\nIn the PRC, the Deputy Secretary will travel to Tianjin to meet "
                    "with PRC officials, including State Councilor and Foreign Minister Wang Yi.\n\nIn Oman, the "
                    "Deputy Secretary will meet with Deputy Foreign Minister Sheikh Khalifa Al Harthy.",
               published="2031-07-21")
    visits = {e.countries: e.start for e in doc.events if e.type == "visit"}
    assert visits == {("US", "CN"): "2031-07-25", ("US", "OM"): "2031-07-27"}, visits
    meetings = {e.title: _sides(e) for e in doc.events if e.type == "meeting"}
    assert meetings == {"Quill meets Wang in Tianjin": {"Ada Quill": "US", "Wang Yi": "CN"},
                        "Quill meets Al Harthy in Oman": {"Ada Quill": "US", "Khalifa Al Harthy": "OM"}}, meetings


def test_separately_makes_two_meetings_and_also_keeps_the_place_told_before(nlp) -> None:
    doc = _doc(nlp, "Deputy Secretary of Defense Ada Quill will travel to New Delhi Sept. 24-26, 2031.\n\n"
                    "In New Delhi, Quill will meet with Indian Minister of Defence Arjun Mehra and separately with "
                    "National Security Advisor Rajiv Krishnaswamy. She will also co-chair a session of the "
                    "U.S.-India Defense Policy Group with Indian Defence Secretary Anand Rao.",
               published="2031-09-20")
    meetings = sorted(e.title for e in doc.events if e.type == "meeting")
    assert meetings == ["Quill meets Krishnaswamy in New Delhi", "Quill meets Mehra in New Delhi"], meetings
    [group] = [e for e in doc.events if e.type == "dialogue"]
    assert (group.start, group.end) == ("2031-09-24", "2031-09-26") and group.location.name == "New Delhi"


def test_a_meeting_is_titled_by_the_other_sides_person_and_a_courtesy_word_is_no_one(nlp) -> None:
    doc = _doc(nlp, "EMBASSY OF THE REPUBLIC OF KENYA\n\nWashington, D.C., 21st June 2031\n\n"
                    "On Wednesday, 20th June 2031, the Cabinet Secretary, H.E. Amb. Dr. Rachel Kamau, held bilateral "
                    "talks at the Pentagon with her American counterpart, the Secretary of Defense, Hon. Jeffrey L. "
                    "Stanton. At the talks, the Cabinet Secretary was accompanied by the Chief of the Defence Forces, "
                    "General Joseph K. Ndegwa, and the Ambassador of Kenya to the United States, H.E. Amb. Peter N. "
                    "Otieno. Following the talks, H.E. Amb. Kamau and Secretary Stanton signed a Letter of Intent.",
               published="2031-06-21")
    assert "Amb" not in {p.name for p in doc.people}
    [talks] = [e for e in doc.events if e.type == "meeting"]
    assert talks.title == "Kamau meets Stanton at the Pentagon", talks.title


def test_a_reception_someone_will_host_later_today_is_an_event_of_its_own(nlp) -> None:
    doc = _doc(nlp, "Today, the Cabinet Secretary held talks at the Department of State with the Assistant Secretary "
                    "of State for African Affairs, Amb. Gregory L. Pace, on regional security. Later today, the "
                    "Ambassador of Kenya, H.E. Peter N. Otieno, will host a reception at the Chancery in honour of "
                    "the Cabinet Secretary.", published="2031-06-21")
    reception = [e for e in doc.events if any("reception" in q.text for q in e.evidence)]
    assert len(reception) == 1 and all("held talks" not in q.text for q in reception[0].evidence), \
        [(e.title, [q.text for q in e.evidence]) for e in doc.events]


def test_the_last_word_of_an_office_before_a_name_is_no_person(nlp) -> None:
    doc = _doc(nlp, "Deputy Secretary of State Ada Quill met with New Zealand Chief Executive and Secretary of Foreign "
                    "Affairs and Trade Chris Seed today. Acting U.S. Special Envoy for the Global Coalition to Defeat "
                    "ISIS John T. Godfrey will travel to Erbil on June 22, 2031.", published="2031-06-16")
    names = {p.name for p in doc.people}
    assert not names & {"Executive", "Coalition"}, names


def test_a_full_name_the_tagger_missed_is_the_person_the_headline_gives_a_side(nlp) -> None:
    text = ("Deputy Secretary of State Wendy R. Sherman spoke today with Eva-Maria Liimets about regional security. "
            "Minister Liimets thanked the Deputy Secretary.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2031-06-05",
                                    title="Deputy Secretary Sherman’s Call with Estonian Foreign Minister Liimets"),
                           nlp=nlp)
    [call] = [e for e in doc.events if e.type == "call"]
    assert _sides(call) == {"Wendy R. Sherman": "US", "Eva-Maria Liimets": "EE"}, (call.title, _sides(call))
    assert set(call.countries) == {"US", "EE"}


def test_each_instrument_brought_in_with_an_indefinite_article_is_a_signing_of_the_talks_sides(nlp) -> None:
    text = ("Deputy Secretary of Energy Harriet V. Okafor traveled to Hanoi and Manila June 2-6, 2031.\n\n"
            "In Hanoi on June 2-3, she co-chaired, with Vice Minister Tran Van Binh, the fourth U.S.-Vietnam Energy "
            "Security Dialogue. The two sides signed a memorandum of understanding on grid modernization. They then "
            "witnessed the signing of an agreement on nuclear safety training by the heads of the two regulators.\n\n"
            "In Manila on June 5, she met with Philippine Energy Secretary Ramon Dizon.")
    doc = _doc(nlp, text, published="2031-06-06")
    signings = sorted((e.title, e.start, e.countries) for e in doc.events if e.type == "agreement")
    # "The two sides signed": the dialogue's co-chairs sign for them; the regulators' heads, unnamed, sign the other
    assert signings == [("Okafor and Binh sign memorandum of understanding", "2031-06-02", ("US", "VN")),
                        ("U.S. and Vietnam sign agreement", "2031-06-02", ("US", "VN"))], signings


def test_a_joint_statement_released_by_two_governments_is_its_own_event_not_the_talks_it_reports(nlp) -> None:
    text = ("Office of the Spokesperson\nJune 3, 2031\n\nThe text of the following statement was released by the "
            "Governments of the United States of America and the Republic of Ghana.\n\nBegin Text:\n\nOn June 2, "
            "the United States and Ghana convened the third meeting of the Maritime Security Working Group in Accra.")
    doc = _doc(nlp, text, published="2031-06-03")
    kinds = sorted((e.type, e.start) for e in doc.events)
    assert kinds == [("dialogue", "2031-06-02"), ("statement", "2031-06-03")], kinds


TOUR = """Minister of Trade Lena Okoro will travel to Chile and Peru May 3-7 to promote regional supply chains.

On May 4-5, the minister will be in Santiago, where she will hold talks with President Ana Valdés and Finance Minister Tomás Rojas.

The tour ends in Lima on May 6-7, where the minister is scheduled to meet Foreign Minister Jorge Palacios.
"""


def test_the_lower_case_office_inside_a_sentence_is_its_holder_and_takes_part(nlp) -> None:
    """'the minister will be in Santiago, where she will hold talks with ...': the talks are the minister's,
    with an opening date of abbreviations and a subject in a relative clause."""
    doc = _doc(nlp, TOUR, published="2032-04-28")
    santiago = next(e for e in doc.events if e.type == "meeting" and e.location and e.location.name == "Santiago")
    lima = next(e for e in doc.events if e.type == "meeting" and e.location and e.location.name == "Lima")
    assert "Lena Okoro" in _sides(santiago) and "Ana Valdés" in _sides(santiago)
    assert "Lena Okoro" in _sides(lima) and "Jorge Palacios" in _sides(lima)
    assert "Okoro" in santiago.title and "Okoro" in lima.title  # not "Rojas meets Palacios in Lima"


def test_readouts_read_accented_names_virtual_dialogues_and_shared_views_as_written(nlp) -> None:
    """"Turkish Foreign Minister Mevlüt Çavuşoğlu" is one name; "met virtually ... for the Seventh Strategic
    Dialogue" is the dialogue, not a call beside it; "agreed on the importance of", "agreed to engage in a
    dialogue" and "agreed that they would hold the Consultations" are no agreements; a statement released
    by three governments "on Syria's election" is theirs, Syria only its topic."""
    call = _doc(nlp, "Secretary of State Antony J. Blinken spoke today with Turkish Foreign Minister Mevlüt Çavuşoğlu. "
                     "The two agreed on the importance of NATO unity and agreed to engage in a constructive dialogue.")
    assert [(e.type, e.title) for e in call.events] == [("call", "Blinken call with Çavuşoğlu")]
    dialogue = _doc(nlp, "Senior delegations representing the United States and Chile met virtually on May 21, 2031, "
                         "for the Fourth U.S.-Chile Strategic Dialogue. Both sides agreed that they would hold the "
                         "Annual Consultations as soon as circumstances permit.")
    assert [e.type for e in dialogue.events] == ["dialogue"]
    statement = _doc(nlp, "The following statement was released by the Governments of the United States, France and "
                          "Germany on Syria's presidential election.")
    assert [e.countries for e in statement.events] == [("US", "FR", "DE")]


def test_a_later_gathering_named_before_the_people_of_its_sentence_breaks_nothing(nlp) -> None:
    """"the next dialogue" undated is no event, and the people the sentence names after it still go to the
    sentence's other event (it once stopped the document with an IndexError)."""
    doc = _doc(nlp, "Secretary of State Laura Quill spoke today with Foreign Minister Ana Brandt of Germany. The two "
                    "will prepare the next dialogue, and Secretary Quill thanked Minister Brandt for hosting talks "
                    "in Berlin last week.")
    assert {(e.type, frozenset(p.name for p in e.participants)) for e in doc.events} >= \
        {("call", frozenset({"Laura Quill", "Ana Brandt"}))}
    assert not [e for e in doc.events if e.type == "dialogue"]


def test_offices_of_bodies_with_and_in_their_name_and_portfolio_words_before_a_name(nlp) -> None:
    """"Organization for Economic Cooperation and Development (OECD) Secretary General X" is the OECD's;
    "Assistant Secretary for Democracy, Human Rights, and Labor Lisa Peterson" is Lisa Peterson; "will meet
    officials to discuss the April 19 agreement among parties" is not dated April 19; "support for continued
    dialogue" is no event; a title never runs back over a sentence's end."""
    oecd = _doc(nlp, "Secretary of State Antony J. Blinken met today with Organization for Economic Cooperation and "
                     "Development (OECD) Secretary General Mathias Cormann in Paris.")
    assert {p.name: p.country for p in oecd.people}["Mathias Cormann"] == "OECD"
    trip = _doc(nlp, "Acting Assistant Secretary for Democracy, Human Rights, and Labor Lisa Peterson will travel to "
                     "Kinshasa, June 14-18. She will meet with government leaders to discuss full implementation of "
                     "the April 19 agreement among political parties and to express support for continued dialogue "
                     "and cooperation. Today, the two countries launched a dialogue on human rights. Formal "
                     "senior-level consultations are planned for late 2031.", published="2031-06-10")
    assert "Lisa Peterson" in {p.name for p in trip.people}
    assert not [e for e in trip.events if e.start == "2031-04-19"]
    assert not [e for e in trip.events if e.title.startswith(("Continued", "Human rights."))]
    assert all(". " not in e.title for e in trip.events)


def test_one_gathering_told_by_name_and_as_todays_meeting_is_one_event_and_a_stop_at_home_is_no_bilateral_visit(nlp) -> None:
    """"led a delegation to participate in the U.S.-Norway Arctic Security Dialogue" and "Today's meeting in
    Oslo was the first round of this dialogue ... future Arctic Security Dialogue sessions" are one dialogue;
    "While in Oslo, she will also lead the first meeting of the U.S.-EU Dialogue on Ports" is another; the
    trip's last stop, Honolulu, is a U.S. official at home."""
    doc = _doc(nlp, "Deputy Secretary of State Laura Quill led a U.S. interagency delegation to Oslo, Norway to "
                    "participate in the U.S.-Norway Arctic Security Dialogue. Norwegian State Secretary Henrik Berg led "
                    "the Norwegian delegation.\n\nToday's meeting in Oslo was the first round of this dialogue. The "
                    "delegations discussed the format for future Arctic Security Dialogue sessions.\n\nWhile in Oslo, "
                    "Deputy Secretary Quill will also lead the first meeting of the U.S.-EU Dialogue on Ports with EU "
                    "Deputy Secretary General Marta Ruiz. She will then travel to Honolulu.", published="2031-07-28")
    dialogues = [e for e in doc.events if e.type == "dialogue" and e.start == "2031-07-28"]
    assert len(dialogues) == 2
    arctic = next(e for e in dialogues if "Henrik Berg" in _sides(e))
    assert _sides(arctic)["Henrik Berg"] == "NO" and "Marta Ruiz" not in _sides(arctic)
    ports = next(e for e in dialogues if e is not arctic)
    assert ports.countries == ("US", "EU")
    assert [e.countries for e in doc.events if e.type == "visit" and e.location and e.location.country == "US"] in ([], [("US",)])


def test_people_a_call_is_about_are_no_participants_and_a_shared_view_is_no_agreement(nlp) -> None:
    doc = _doc(nlp, "Secretary of State Antony J. Blinken spoke today with Secretary General of the Organization of "
                    "American States (OAS) Luis Almagro to discuss the situation in Haiti following the assassination "
                    "of President Jovenel Moïse. The Secretary and the Secretary General agreed that a durable "
                    "settlement would advance regional stability.")
    assert [(e.type, sorted(p.name for p in e.participants)) for e in doc.events] == \
        [("call", ["Antony J. Blinken", "Luis Almagro"])]


def test_a_seat_of_an_organisation_a_welcomed_agreement_and_a_chaired_discussion(nlp) -> None:
    """"travel to Brussels ... to brief Allies at NATO headquarters" visits NATO, not Belgium; "welcomed the
    agreement reached last week" is an agreement; "chaired a discussion of X" in a report is a part of the
    gathering."""
    trip = _doc(nlp, "Office of the Spokesperson\n\nSenior officials from the Departments of State and Defense will "
                     "travel to Brussels, Belgium on "
                     "July 29 to brief Allies at NATO headquarters.", published="2031-07-28")
    assert [e.countries for e in trip.events if e.type == "visit"] == [("US", "NATO")]
    agreed = _doc(nlp, "Secretary of State Laura Quill met Polish Foreign Minister Jan Nowak today. The two welcomed "
                       "the agreement reached last week on the locations of additional U.S. forces in Poland.")
    assert "agreement" in {e.type for e in agreed.events}
    report = _doc(nlp, "Vietnam–United States Dialogue\nSummary of the Third Round\n\nThe third round of the "
                       "Vietnam–United States Dialogue was held in Hanoi on 9 and 10 November 2030. In the morning, "
                       "participants reviewed maritime incidents. In the afternoon, Ambassador Gordon Ashby chaired a "
                       "discussion of competing claims in the South China Sea.", published="2030-12-01")
    assert "Discussion of competing claims in the South China Sea" in {e.title for e in report.events}


def test_a_subject_named_in_an_earlier_sentence_takes_its_role_from_this_one_and_capitals_do_not_stall_it() -> None:
    """"The Secretary co-chaired the Dialogue": the Secretary, named sentences before, chairs. A line of capitals
    ("SENIOR STATE DEPARTMENT OFFICIAL TWO:") once made the role patterns try every split of each word (90 s
    for one sentence of a briefing); it reads as no role."""
    from entente.extract.event_roles import RoleHint, role_in_sentence

    assert role_in_sentence("The Secretary co-chaired the Dialogue.", 500, 20, 27).role == "chair"
    briefing = ("SENIOR STATE DEPARTMENT OFFICIAL TWO:\xa0 Sure.\xa0 The Secretary will address economic recovery "
                "at the ministerial meetings and highlighting hopes for a green recovery.")
    assert role_in_sentence(briefing, 20000, 3651, 3658) == RoleHint(None, None)


def test_the_deputy_minister_later_is_the_one_named_with_that_office_and_a_nationality(nlp) -> None:
    text = ("News Release\nOctober 27, 2031\n\nAssistant Secretary of Defense Ada Quill and Vietnamese Deputy Minister of "
            "National Defense Senior Lt. Gen. Nguyen Duc Phong co-chaired the Defense Policy Dialogue at the Pentagon on "
            "Tuesday.\n\nOn Wednesday, Deputy Secretary of Defense Ben Roe met with the Deputy Minister at the Pentagon.")
    (met,) = [e for e in _extract(nlp, text, "2031-10-27") if e.type == "meeting"]
    assert _sides(met) == {"Ben Roe": "US", "Nguyen Duc Phong": "VN"}
