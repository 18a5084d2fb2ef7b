"""Track-II reports written in layouts the rules were not written on: lists that give only an
organisation, delegations listed in a sentence, sessions set out under headings, people known by their
organisation alone (invented texts in tests/data/unseen/)."""

from __future__ import annotations

from pathlib import Path

from entente.extract.document import extract_document
from entente.models import Document, Event, ExtractedDocument

UNSEEN = Path(__file__).parents[1] / "data" / "unseen"


def _doc(nlp, name: str, published: str) -> ExtractedDocument:
    text = (UNSEEN / name).read_text(encoding="utf-8")
    return extract_document(Document(id=name, source=name, text=text, published=published), nlp=nlp)


def _sides(event: Event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


def _people(doc: ExtractedDocument) -> dict[str, str | None]:
    return {p.name: p.country for p in doc.people}


def test_a_list_that_gives_only_organisations_gives_each_person_their_organisations_side(nlp) -> None:
    doc = _doc(nlp, "workshop_summary.txt", "2015-09-30")
    people = _people(doc)
    assert {n: people.get(n) for n in ("Ellen Marsh", "Peter Lang", "David Cole", "Sadia Noor", "Naeem Akhtar",
                                       "Khalid Mahmood")} == \
        {"Ellen Marsh": "US", "Peter Lang": "US", "David Cole": "US", "Sadia Noor": "PK", "Naeem Akhtar": "PK",
         "Khalid Mahmood": "PK"}
    [session] = [e for e in doc.events if e.title == "Session III"]
    assert (session.start, session.end) == ("2015-09-22", "2015-09-23")
    assert _sides(session) == {"Naeem Akhtar": "PK", "David Cole": "US"}


def test_sessions_under_headings_are_events_and_a_delegation_list_joins_the_dialogue_not_the_last_call(nlp) -> None:
    doc = _doc(nlp, "maritime_dialogue_report.txt", "2019-03-15")
    titles = {e.title: e for e in doc.events}
    assert {"Session 1", "Session 2"} <= set(titles), list(titles)
    assert titles["Session 1"].start == "2019-03-09"
    [call] = [e for e in doc.events if e.start == "2019-03-11"]
    # "the U.S. participants called on ...": the U.S. list's people and the officer, none of the Indonesian list
    assert _sides(call) == {"Hadi Prasetyo": "ID", "Mark Hollis": "US", "Karen Liu": "US", "Thomas Reed": "US"}
    [main] = [e for e in doc.events if e.type == "dialogue"]
    assert _sides(main)["Thomas Reed"] == "US" and _sides(main)["Rizal Hakim"] == "ID"


def test_people_known_by_organisation_take_its_side_and_are_never_guessed_for_the_other_party(nlp) -> None:
    doc = _doc(nlp, "space_dialogue_report.txt", "2012-02-10")
    people = _people(doc)
    # "Secure World Foundation, Washington" on the list makes its other fellow American, not Indian
    assert people["Brian Weeden"] == "US"
    # "An Indian participant, Air Marshal (retd.) Vinod Patney"
    assert people["Vinod Patney"] == "IN"
    # India's National Security Council Secretariat is no U.S. body
    assert people["Prakash Menon"] != "US"


def test_a_delegation_listed_in_a_sentence_gives_its_side_and_korea_is_the_republic(nlp) -> None:
    doc = _doc(nlp, "deterrence_dialogue_report.txt", "2017-05-25")
    people = _people(doc)
    assert {n: people.get(n) for n in ("Park Ji-hoon", "Kim Sung-min", "Robert Gallucci", "Brad Roberts")} == \
        {"Park Ji-hoon": "KR", "Kim Sung-min": "KR", "Robert Gallucci": "US", "Brad Roberts": "US"}
    assert "Extended Deterrence" not in people
    assert next(p for p in doc.people if p.name == "Park Ji-hoon").title != "Lieutenant General"
    [main] = [e for e in doc.events if e.title.startswith("Korea–U.S. Dialogue")]
    assert set(main.countries) == {"KR", "US"}
    # "the U.S. participants met Vice Minister Hwang": he and the U.S. list's people
    [call] = [e for e in doc.events if "Hwang In-moo" in _sides(e)]
    assert _sides(call)["Hwang In-moo"] == "KR" and _sides(call).get("Robert Gallucci") == "US"


def test_a_country_or_known_institution_after_a_name_and_sessions_numbered_in_words(nlp) -> None:
    doc = _doc(nlp, "security_seminar_report.txt", "2008-10-15")
    people = _people(doc)
    # "Dr. Hiroshi Tanaka (Japan)", "Dr. Sheila Morgan (United States)", "Dr. Rose of the Carnegie Endowment"
    assert (people["Hiroshi Tanaka"], people["Sheila Morgan"], people["Frank Rose"]) == ("JP", "US", "US")
    titles = {e.title: e for e in doc.events}
    assert {"Session One", "Session Two"} <= set(titles), list(titles)
    assert _sides(titles["Session Two"]) == {"Takeshi Ito": "JP", "Frank Rose": "US"}


def test_an_acronym_the_report_spells_out_gives_its_side_over_a_guess_from_an_unqualified_office(nlp) -> None:
    doc = _doc(nlp, "nuclear_dialogue_summary.txt", "2013-12-20")
    people = _people(doc)
    # "Ambassador Khalid Mahmood (ISSI)" after "the Institute of Strategic Studies Islamabad (ISSI)"
    assert people["Khalid Mahmood"] == "PK"
    # "Dr. Christopher Clary of MIT", "Mr. Toby Dalton, Carnegie, responded"
    assert (people["Christopher Clary"], people["Toby Dalton"]) == ("US", "US")


def test_a_markdown_table_of_participants_gives_each_row_its_country(nlp) -> None:
    text = ("Participants\n\n| Name | Affiliation | Country |\n|---|---|---|\n"
            "| Feroz Hassan | Naval Postgraduate School | United States |\n| Zafar Jaspal | QAU | Pakistan |\n")
    doc = extract_document(Document(id="t", source="t", text=text, published="2013-12-20"), nlp=nlp)
    assert {p.name: p.country for p in doc.people} == {"Feroz Hassan": "US", "Zafar Jaspal": "PK"}


def test_a_session_dated_that_afternoon_after_a_recalled_summit_is_held_during_the_dialogue(nlp) -> None:
    text = ("Chile–United States Dialogue on Energy Security\nSummary\n\n"
            "The fourth round of the dialogue was held in Santiago on 14–15 May 2030. "
            "The opening session on 14 May, co-chaired by Dr. Ana Rojas and Mr. Paul Hart, reviewed the year. "
            "Both delegations referred to the Clean Energy Summit, held in Lima on 2–3 February 2030. "
            "That afternoon, Session II, chaired by Dr. Rojas, examined lithium supply chains. "
            "The following morning, Session III, chaired by Mr. Hart, addressed grid security.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2030-05-20"), nlp=nlp)
    sessions = {e.title: e for e in doc.events if e.title.startswith("Session")}
    assert set(sessions) == {"Session II", "Session III"}, [(e.title, e.start) for e in doc.events]
    assert all("2030-05-14" <= e.start <= "2030-05-15" for e in sessions.values())


def test_a_meeting_on_the_margins_of_a_council_is_its_own_event_on_the_councils_day(nlp) -> None:
    text = ("JOINT PRESS STATEMENT\nFourth Ministerial Meeting of the EU–U.S. Trade Council\n\n"
            "The EU–U.S. Trade Council held its fourth ministerial meeting in Brussels on 9 March 2030. "
            "The European Union was represented by the Commissioner for Trade, Ms. Anja Lindqvist. "
            "The United States was represented by the Secretary of Commerce, Mr. Paul Hart.\n\n"
            "The Digital Working Group met in Brussels on 8 March 2030.\n\n"
            "On the margins of the Council, Secretary Hart and Commissioner Lindqvist held a bilateral meeting "
            "on the situation in Syria.\n\n"
            "The next meeting of the Trade Council will be held in Washington in 2031.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2030-03-10"), nlp=nlp)
    assert {p.name: p.country for p in doc.people} == {"Anja Lindqvist": "EU", "Paul Hart": "US"}
    [aside] = [e for e in doc.events if "bilateral meeting" in e.evidence[0].text]
    assert aside.start == "2030-03-09" and aside.type == "meeting"
    assert set(aside.countries) == {"EU", "US"} and aside.location is None
    assert not any("bilateral meeting" in q.text for e in doc.events if e is not aside for q in e.evidence)


def test_a_meeting_before_the_dialogue_and_a_call_on_another_official_are_events_of_their_own(nlp) -> None:
    doc = _doc(nlp, "strategic_dialogue_joint_statement.txt", "2031-06-04")
    [dialogue] = [e for e in doc.events if e.type == "dialogue" and e.start == "2031-06-03"]
    assert _sides(dialogue) == {"Ada Quill": "US", "Retno Wulandari": "ID"}
    meetings = {frozenset(_sides(e)): e for e in doc.events if e.type == "meeting"}
    assert frozenset({"Retno Wulandari", "Marcus Hale"}) in meetings, [e.title for e in doc.events]
    assert meetings[frozenset({"Retno Wulandari", "Marcus Hale"})].start == "2031-06-03"
    assert any("Dana Whitcomb" in names for names in meetings)
    # the signing told in a paragraph of its own is the dialogue's, not the one recalled just before
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert signing.start == "2031-06-03"


def test_two_visits_welcomed_in_one_sentence_each_go_to_their_own_place(nlp) -> None:
    doc = _doc(nlp, "strategic_dialogue_joint_statement.txt", "2031-06-04")
    visits = {e.start: e for e in doc.events if e.type == "visit"}
    assert visits["2030-11"].location.name == "Washington" and _sides(visits["2030-11"]) == {"Joko Santoso": "ID"}
    assert visits["2031-02"].location.name == "Jakarta"


def test_both_leads_of_each_delegation_and_the_hosts_officials_keep_their_sides(nlp) -> None:
    doc = _doc(nlp, "bilateral_strategic_dialogue_statement.txt", "2031-03-18")
    [dialogue] = [e for e in doc.events if e.type == "dialogue" and e.start == "2031-03-16"]
    assert {p.name: (p.side, p.role) for p in dialogue.participants} == {
        "Daniel Kessler": ("US", "lead"), "Laura Brandt": ("US", "lead"),
        "Teresita Dela Cruz": ("PH", "lead"), "Ramon Villanueva": ("PH", "lead")}
    # "Secretary of National Defense", "Executive Secretary": no U.S. offices
    [call_on] = [e for e in doc.events if "Gilberto Reyes" in _sides(e)]
    assert (_sides(call_on)["Gilberto Reyes"], _sides(call_on)["Lucas Bersamin"]) == ("PH", "PH")
    # a meeting held on the margins of a summit abroad takes the summit's month; the venue is no party
    [margins] = [e for e in doc.events if "Howard Ellison" in _sides(e)]
    assert margins.start == "2030-11" and "PE" not in margins.countries


def test_a_programmes_panels_list_each_person_under_its_role_with_their_organisations_side(nlp) -> None:
    doc = extract_document(Document(id="p", source="p", title="Programme: Fourth India–United States Track II "
                                    "Dialogue on Maritime Security", published="2032-01-10",
                                    text=(UNSEEN / "maritime_dialogue_programme.txt").read_text(encoding="utf-8")),
                           nlp=nlp)
    panels = {e.title.split(":")[0]: {p.name: (p.side, p.role) for p in e.participants}
              for e in doc.events if e.type == "conference"}
    # names under a "Discussants:" line, one a line; "(retd.)" inside a name; "Carnegie India" is Indian
    assert panels["Session I"] == {"Meera Raghavan": ("IN", "chair"), "Abhijit Mohan": ("IN", "presenter"),
                                   "Kathleen Walsh": ("US", "presenter"), "Anil Sharma": ("IN", "discussant"),
                                   "Jeffrey Stone": ("US", "discussant")}
    assert panels["Session II"]["Michael McDevitt"] == ("US", "chair")
    assert panels["Session II"]["Sanjana Rao"] == ("IN", "discussant")
    assert panels["Closing Session"] == {"Pradeep Chauhan": ("IN", "chair"), "Michael McDevitt": ("US", "chair")}


def test_a_programme_dated_only_by_day_headings_without_weekdays_has_its_dialogue_and_panels(nlp) -> None:
    doc = extract_document(Document(id="a", source="a", title="Agenda: U.S.–Japan Strategic Dialogue on Space Security",
                                    published="2032-09-01",
                                    text=(UNSEEN / "space_dialogue_agenda.txt").read_text(encoding="utf-8")), nlp=nlp)
    [dialogue] = [e for e in doc.events if e.type == "dialogue"]
    assert (dialogue.start, dialogue.end) == ("2032-09-09", "2032-09-10")
    panel = next(e for e in doc.events if e.title.startswith("Panel 1"))
    assert panel.start == "2032-09-09T09:30" and _sides(panel) == {
        "Hiroshi Sato": "JP", "Daniel Price": "US", "Aiko Tanaka": "JP", "Brenda Cho": "US"}
    # ... with the closing session's rapporteur, who takes part in the dialogue too, as do the panels' people
    assert _sides(dialogue).items() >= {"Kenji Watanabe": "JP", "Rachel Moore": "US", "Kenta Yamamoto": "JP",
                                        **_sides(panel)}.items()


def test_a_sessions_prose_under_its_heading_gives_its_people_and_nationalities_before_a_name_give_sides(nlp) -> None:
    doc = _doc(nlp, "stability_dialogue_report.txt", "2031-05-30")
    [one] = [e for e in doc.events if e.title == "Session One"]
    # "A retired American diplomat, Ambassador X", "Pakistani analyst Dr. Y": sides; the section's people its own
    assert _sides(one) == {"Emily Carter": "US", "Riaz Khokhar": "PK", "Thomas Greer": "US", "Sadia Rafiq": "PK"}
    [two] = [e for e in doc.events if e.title == "Second session"]
    assert {p.name: p.role for p in two.participants} == {"Khalid Kidwai": "chair", "Mark Hollis": "presenter",
                                                          "Naeem Salik": "presenter"}


def test_an_institution_an_apposition_or_a_relative_clause_places_someone_in_gives_their_side(nlp) -> None:
    text = ("Report of the Fourth Dialogue\n\nThe fourth round of the dialogue was held in Geneva on 3 May 2031.\n\n"
            "Dr. Peter Lang, a senior fellow at the Brookings Institution, argued that deterrence held. "
            "Ms. Ayesha Siddiqa, who teaches at Quaid-i-Azam University, questioned the premise. "
            "Rear Admiral Kenji Abe, Japan Maritime Self-Defense Force, described patrols. "
            "Dr. Sun Yu, a researcher with the China Institutes of Contemporary International Relations, responded.")
    doc = extract_document(Document(id="r", source="r", text=text, published="2031-05-20"), nlp=nlp)
    assert {n: _people(doc).get(n) for n in ("Peter Lang", "Ayesha Siddiqa", "Kenji Abe", "Sun Yu")} == \
        {"Peter Lang": "US", "Ayesha Siddiqa": "PK", "Kenji Abe": "JP", "Sun Yu": "CN"}


def test_who_invites_someone_to_visit_hosts_the_visit_and_is_not_its_visitor(nlp) -> None:
    text = ("Secretary Quill Meets Indonesian Foreign Minister\n\nOffice of the Spokesperson\nJune 4, 2031\n\n"
            "Secretary of State Ada Quill met Indonesian Foreign Minister Retno Wulandari in Washington on June 3, 2031. "
            "The Foreign Minister invited the Secretary to visit Indonesia in January 2032.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2031-06-04"), nlp=nlp)
    [invited] = [e for e in doc.events if e.type == "visit" and e.location and e.location.country == "ID"]
    assert invited.title == "Visit to Indonesia" and invited.start == "2032-01"
    assert {p.name: p.role for p in invited.participants}["Retno Wulandari"] == "host"
    # invited "to visit Indonesia at a mutually convenient time" at a dialogue in Washington: no visit to Indonesia
    # on the dialogue's day
    doc = _doc(nlp, "strategic_dialogue_joint_statement.txt", "2031-06-04")
    assert not [e for e in doc.events if e.type == "visit" and e.location and e.location.country == "ID"
                and e.start.startswith("2031-06")]


def test_a_roster_set_out_as_table_rows_under_a_side_header_gives_each_row_its_side(nlp) -> None:
    doc = _doc(nlp, "ocean_dialogue_table_roster.txt", "2018-09-10")
    people = _people(doc)
    assert {n: people.get(n) for n in ("Ignacio Fuentealba", "Camila Bustos", "Harold J. Pemberton", "Owen M. Tracy")} == \
        {"Ignacio Fuentealba": "CL", "Camila Bustos": "CL", "Harold J. Pemberton": "US", "Owen M. Tracy": "US"}
    [dialogue] = [e for e in doc.events if e.type == "dialogue" and e.end == "2018-08-22"]
    roles = {p.name: (p.side, p.role) for p in dialogue.participants}
    assert roles["Ignacio Fuentealba"] == ("CL", "chair") and roles["Harold J. Pemberton"] == ("US", "chair")


def test_a_country_over_a_head_of_delegation_line_and_untimed_sessions_under_days(nlp) -> None:
    """"Thailand" over "Head of Delegation: ..." and "Members:" lists Thailand's people until "United
    States"; "Session 1: ..." lines under "Day 1 — Monday, 5 June 2023" are that day's sessions, with the
    chair and speakers of their "Chair: A; Speakers: B; C" line; "Co-hosted by" two institutes is no meeting."""
    doc = _doc(nlp, "water_dialogue_delegations.txt", "2023-06-30")
    people = _people(doc)
    assert {n: people.get(n) for n in ("Somchai Wongsawat", "Kittisak Boonmee", "Rebecca L. Sandoval", "Daniel P. Morrow")} == \
        {"Somchai Wongsawat": "TH", "Kittisak Boonmee": "TH", "Rebecca L. Sandoval": "US", "Daniel P. Morrow": "US"}
    sessions = {e.title.split(":")[0]: e for e in doc.events if e.title.startswith("Session")}
    assert {k: e.start for k, e in sessions.items()} == \
        {"Session 1": "2023-06-05", "Session 2": "2023-06-05", "Session 3": "2023-06-06"}
    assert {p.name: (p.side, p.role) for p in sessions["Session 2"].participants} == \
        {"Rebecca L. Sandoval": ("US", "chair"), "Pornthip Rattanakul": ("TH", "speaker"), "Daniel P. Morrow": ("US", "speaker")}
    [main] = [e for e in doc.events if e.type == "dialogue"]
    assert (main.start, main.end) == ("2023-06-05", "2023-06-06")
    assert not [e for e in doc.events if e.type == "meeting" and e.start == "2023-06-05"]


def test_a_delegation_head_a_colleague_after_and_and_a_tagger_cut_name_keep_their_own_sides(nlp) -> None:
    """"The Brazilian delegation was headed by General (ret.) A, and the American delegation by B": A is
    Brazil's, not given "American delegation by Ambassador" as an office; "Colonel X of the Brazilian Air
    Force and Dr. Y of Johns Hopkins University": Y is not Brazilian; "Rear Admiral Marcos Tavares" is one
    person, whom the tagger cut to "Marcos"."""
    doc = _doc(nlp, "defense_industry_dialogue_report.txt", "2019-11-12")
    people = _people(doc)
    assert people.get("Paulo Roberto Cardoso") == "BR"
    assert people.get("Emily Santana") == "US"
    assert "Marcos Tavares" in people and "Marcos" not in people


def test_a_prose_report_gives_sides_to_the_groups_leads_and_dates_parts_by_their_day(nlp) -> None:
    """"The Norwegian participants were led by A, and the Russian participants by B": each leads their side
    of the dialogue; "a panel on search and rescue cooperation" and "Day two opened with a roundtable on
    fisheries" are parts of it, the roundtable on the second day; "the Norwegian Coast Guard" is Norway's."""
    doc = _doc(nlp, "arctic_dialogue_prose_report.txt", "2016-05-03")
    [main] = [e for e in doc.events if e.title.startswith("Norway–Russia")]
    assert {p.name: (p.side, p.role) for p in main.participants if p.role == "lead"} == \
        {"Ingrid Solheim": ("NO", "lead"), "Mikhail Zorin": ("RU", "lead")}
    parts = {e.title: e for e in doc.events}
    assert "Panel on search and rescue cooperation" in parts
    assert parts["Roundtable on fisheries and the Svalbard zone"].start == "2016-04-13"
    assert ("2016-04-12", "2016-04-13") == (main.start, main.end)


def test_a_meeting_in_the_afternoon_is_that_days_not_the_undated_one_before(nlp) -> None:
    """... and a visit its arrival day opens runs from that day on."""
    text = ("The Minister arrived in Ottawa on Monday for a three-day visit. He also met the Governor General, "
            "Ms. Anne Tremblay.\n\nToday, the Minister addressed a conference on Arctic shipping at the "
            "Northern Policy Forum. In the afternoon he met members of the House of Commons Defence Committee, "
            "led by Mr. Paul Gagnon, at Parliament Hill.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2024-03-13"), nlp=nlp)
    [gagnon] = [e for e in doc.events if "Paul Gagnon" in {p.name for p in e.participants}]
    assert gagnon.start == "2024-03-13"
    assert "Anne Tremblay" not in {p.name for p in gagnon.participants}
    [visit] = [e for e in doc.events if e.type == "visit"]
    assert (visit.start, visit.end) == ("2024-03-11", "2024-03-13")


def test_a_joint_statement_keeps_each_recalled_event_apart_with_its_own_date_place_and_people(nlp) -> None:
    """"recalled the meeting between X and Y in Bangkok on November 17, 2018, on the sidelines of the
    ADMM-Plus, and the visit of Z to Hanoi in October 2018": two events, each with its date, place and
    people, the summit's venue no party; "On the margins of the dialogue, A received ..., and B called on C":
    meetings of their own, on the dialogue's days; "USS Theodore Roosevelt" is a ship; "the 2011
    Memorandum" dates nothing and "the next dialogue" is no event."""
    doc = _doc(nlp, "defense_policy_dialogue_statement.txt", "2019-10-18")
    by_title = {e.title: e for e in doc.events}
    bangkok = by_title["Esper meets Lich in Bangkok"]
    assert (bangkok.start, bangkok.countries, _sides(bangkok)) == \
        ("2018-11-17", ("US", "VN"), {"Mark T. Esper": "US", "Ngo Xuan Lich": "VN"})
    mattis = by_title["Mattis visits Hanoi"]
    assert (mattis.start, _sides(mattis)) == ("2018-10", {"Jim Mattis": "US"})
    call_on = by_title["Felter meets Trung in Hanoi"]  # on the margins of the dialogue, held in Hanoi
    assert (call_on.start, call_on.end, _sides(call_on)) == \
        ("2019-10-17", "2019-10-18", {"Joseph H. Felter": "US", "Le Hoai Trung": "VN"})
    assert not any("Roosevelt" in p.name for p in doc.people)
    assert not [e for e in doc.events if (e.start or "").startswith("2011")]


def test_two_delegations_listed_in_one_sentence_each_keep_their_side(nlp) -> None:
    """"The Ghanaian delegation comprised A (KAIPTC, lead), ...; the U.S. delegation comprised B (AMI, lead), ..."""
    doc = _doc(nlp, "maritime_security_dialogue_prose_delegations.txt", "2016-06-01")
    people = _people(doc)
    assert {n: people.get(n) for n in ("Kwame Mensah", "Kofi Darko", "Laura Kessler", "Sarah Ng")} == \
        {"Kwame Mensah": "GH", "Kofi Darko": "GH", "Laura Kessler": "US", "Sarah Ng": "US"}


def test_participants_listed_for_each_side_after_a_colon_take_part_in_the_dialogue_with_their_roles(nlp) -> None:
    """"Participants: for Kenya, Dr. A (HPI, lead), ...; for the United States, Dr. B (CCS, lead), ...", the
    last paragraph of a report whose opening dates the dialogue."""
    doc = _doc(nlp, "security_dialogue_inline_participants.txt", "2019-04-02")
    [dialogue] = [e for e in doc.events if e.type == "dialogue"]
    roles = {p.name: (p.side, p.role) for p in dialogue.participants}
    assert roles["Wanjiru Kamau"] == ("KE", "lead") and roles["Rachel Burns"] == ("US", "lead")
    assert roles["Daniel Mwangi"] == ("KE", "member") and roles["Brian Fox"] == ("US", "member")


def test_lettered_working_groups_under_a_dated_lead_in_are_each_an_event_and_a_courtesy_titled_cochair_counts(nlp) -> None:
    """"The Dialogue's three working groups met on 13 March 2018:" then "(a) Political and Security, co-chaired
    by ...;" "(b) Trade and Investment, ..." : three events on 13 March, each with its co-chairs, and no
    fourth for the lead-in; "co-chaired by H.E. Mr. Amadou Diallo, Minister of Foreign Affairs of Senegal"
    names Senegal's co-chair though the tagger reads an organisation."""
    doc = _doc(nlp, "working_groups_joint_statement.txt", "2018-03-15")
    groups = {e.title.removesuffix(" in Dakar"): e for e in doc.events if e.start == "2018-03-13"}
    assert set(groups) == {"Political and Security", "Trade and Investment", "Health"}
    # (held the day before the Dialogue they belong to, which stays the event in focus: at its place)
    assert {e.location.name if e.location else None for e in groups.values()} <= {"Dakar", None}
    assert _sides(groups["Trade and Investment"]) == {"Ousmane Sow": "SN", "Kevin Marsh": "US"}
    [main] = [e for e in doc.events if e.start == "2018-03-14"]
    assert _sides(main) == {"Amadou Diallo": "SN", "Robert K. Hale": "US"}


def test_a_prose_workshop_summary_names_its_workshop_and_its_panels_speakers(nlp) -> None:
    """No participants list: "a keynote address by X", "offered an American response", "presented
    contrasting views" are the workshop's and the panel's speakers; "Dr. Y of the RAND Corporation" is
    American; the workshop is titled by its name, not by a speaker."""
    doc = _doc(nlp, "deterrence_workshop_prose_summary.txt", "2024-03-01")
    [workshop] = [e for e in doc.events if e.type == "conference"]
    assert workshop.title == "Sixth Japan-U.S. Extended Deterrence Workshop in Tokyo"
    sides = _sides(workshop)
    assert {name: sides.get(name) for name in ("Kenji Sato", "Rachel Moss")} == {"Kenji Sato": "JP", "Rachel Moss": "US"}
    assert {"Hiroshi Tanaka", "Yuki Ishida", "Brian Cole"} <= set(sides)  # the first panel's people took part too
    [panel] = [e for e in doc.events if e.title == "First panel"]
    assert _sides(panel) == {"Hiroshi Tanaka": "JP", "Yuki Ishida": "JP", "Brian Cole": "US"}


def test_a_coast_guard_is_no_person_and_a_vietnamese_middle_name_no_particle(nlp) -> None:
    doc = _doc(nlp, "maritime_dialogue_inline_lists.txt", "2019-05-20")
    assert "Coast Guard" not in {p.name for p in doc.people}
    [later] = [e for e in doc.events if e.start == "2020"]
    assert "Van Thao" not in later.title and later.location.name == "Washington"


def test_a_defense_visit_release_keeps_each_meeting_signing_and_leg_apart(nlp) -> None:
    """A minister's visit told day by day: "Later that day, he called on President X" is a second
    meeting; "signed a joint statement" is one statement, not a signing besides it; "Bali" is
    Indonesia's; "will travel next to Manila, where he is scheduled to meet Y on Friday" is a visit to
    Manila on Friday and the meeting there."""
    doc = _doc(nlp, "defense_visit_release.txt", "2030-08-14")
    tuesday = sorted((e.type, tuple(sorted(_sides(e)))) for e in doc.events if e.start == "2030-08-13" and e.type != "visit")
    assert tuesday == [("meeting", ("Budi Santoso", "Robert Kline")), ("meeting", ("Robert Kline", "Sri Wahyuni")),
                       ("statement", ())]
    assert {e.location.country for e in doc.events if e.location and e.location.name == "Bali"} == {"ID"}
    friday = {(e.type, e.location.name) for e in doc.events if e.start == "2030-08-16"}
    assert friday == {("meeting", "Manila"), ("visit", "Manila")}


def test_presentations_given_by_someone_make_a_presenter_and_were_the_discussants_discussants(nlp) -> None:
    from tests.domain.test_events_unseen import _extract

    events = _extract(nlp, "Rapporteur's Report\nSecond Round of the Chile–Peru Security Dialogue\nLima, 3-4 June 2033\n\n"
                           "1. The second round of the Chile–Peru Security Dialogue was held in Lima on 3 and 4 June 2033.\n\n"
                           "2. Session 1 was chaired by Professor Ana Rojas. Presentations were given by Rear Admiral "
                           "(ret.) Jorge Salinas and Dr. Pedro Castillo. Dr. Marta Quispe and Luis Vera were the "
                           "discussants.", "2033-06-10")
    roles = {p.name: p.role for e in events for p in e.participants}
    assert roles.get("Jorge Salinas") == "presenter" and roles.get("Pedro Castillo") == "presenter"
    assert roles.get("Marta Quispe") == "discussant" and roles.get("Luis Vera") == "discussant"
