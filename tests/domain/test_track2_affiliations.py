"""Sides from the institutions a report's participants belong to: research posts, acronyms after an office,
institutions the text places in a city, a seat after the institution, hyphenated given names (issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _all_sides, _extract

REPORT = ("Fourth Chile-Ghana Ocean Dialogue: Co-Chairs' Summary\n\nThe fourth meeting of the Chile-Ghana Ocean Dialogue, "
          "co-organised by the Chilean Centre for Coastal Policy (CCCP) and the Volta Basin Institute in Kumasi, took place in "
          "Lisbon on 4-5 June 2031. The meeting was co-chaired by Dr. Rosa Quintana, Senior Fellow, CCCP, and Dr. Kofi "
          "Boateng of the Volta Basin Institute.\n\nKeynote\nAt the dinner on 4 June, Ambassador (retd.) Ama Owusu, former "
          "Director General for the Americas and the Caribbean, Ministry of Foreign Affairs of Ghana, delivered a keynote "
          "address on trade.\n\n"
          "Session 1: Fisheries\nChair: Dr. Efua Mensah, Gold Coast Research Centre, Accra\nPresenters: Dr. Pablo Rojas, "
          "Chile Fisheries Organization; Prof. Lee Ji-hoon, Tema Press Club\n")


def _gathering(nlp):
    events = _extract(nlp, REPORT, "2031-06-10")
    return next(e for e in events if e.start == "2031-06-04" and e.end == "2031-06-05")


def test_a_research_post_is_no_person_and_the_acronym_after_it_gives_the_side(nlp) -> None:
    sides = {p.name: p.side for p in _gathering(nlp).participants}
    assert "Senior Fellow" not in sides and "Keynote" not in sides
    assert sides["Rosa Quintana"] == "CL"


def test_an_institution_the_text_places_in_a_city_gives_its_people_that_country(nlp) -> None:
    sides = {p.name: p.side for p in _gathering(nlp).participants}
    assert sides["Kofi Boateng"] == "GH"


def test_an_office_followed_by_its_ministry_gives_the_ministrys_country(nlp) -> None:
    sides = {p.name: p.side for p in _gathering(nlp).participants}
    assert sides["Ama Owusu"] == "GH"


def test_an_institution_of_no_known_country_takes_the_city_after_it(nlp) -> None:
    sides = {p.name: p.side for p in _gathering(nlp).participants}
    assert sides["Efua Mensah"] == "GH"


def test_organisations_and_clubs_named_for_a_country_or_a_city_give_their_country(nlp) -> None:
    sides = {p.name: p.side for p in _gathering(nlp).participants}
    assert sides["Pablo Rojas"] == "CL"
    assert sides["Lee Ji-hoon"] == "GH"


def test_every_presenter_of_a_semicolon_list_presents(nlp) -> None:
    roles = {p.name: p.role for p in _gathering(nlp).participants}
    assert roles["Pablo Rojas"] == roles["Lee Ji-hoon"] == "presenter"


def test_an_organisers_city_is_not_where_the_gathering_took_place(nlp) -> None:
    gathering = _gathering(nlp)
    assert gathering.location is not None and (gathering.location.name, gathering.location.country) == ("Lisbon", "PT")


def test_an_indian_courtesy_title_gives_india_and_is_kept_when_the_surname_recurs(nlp) -> None:
    text = ("Joint Press Statement on the Third India-Peru Policy Dialogue\n\nNew Delhi, 9 March 2031\n\nThe third round "
            "of the India-Peru Policy Dialogue was held in Lima on 7-8 March 2031. The Dialogue was co-chaired by "
            "Foreign Secretary Shri Arvind Raghavan and Vice Minister Mr. Luis Quispe Torres. On 8 March, Foreign Secretary "
            "Raghavan called on the Minister of Foreign Affairs of Peru, Mr. Jorge Salas.")
    events = _extract(nlp, text, "2031-03-09")
    dialogue = next(e for e in events if e.type == "dialogue")
    assert {p.name: p.side for p in dialogue.participants}["Arvind Raghavan"] == "IN"


def test_an_arab_dignitary_called_by_honorific_and_first_name_is_one_person(nlp) -> None:
    text = ("Defence Secretary hosts Oman's Minister\n\nThe Defence Secretary, Jane Roe, today welcomed Sayyid Salim bin "
            "Hamad Al Harthi, Oman's Minister Responsible for Defence Affairs, to London for talks. Sayyid Salim will "
            "call on the Minister for the Armed Forces, Tom Hale MP, tomorrow.")
    events = _extract(nlp, text, "2031-03-09")
    names = {p.name for e in events for p in e.participants}
    assert "Salim bin Hamad Al Harthi" in names or "Sayyid Salim bin Hamad Al Harthi" in names
    assert not any(n.startswith("Sayyid Salim") and "bin" not in n for n in names)
    assert "Tom Hale" in names and "Tom Hale MP" not in names


ARCTIC = ("Finnish-Estonian Baltic Dialogue: Summary of the Fifth Meeting\n\nThe fifth meeting of the Finnish-Estonian Baltic "
          "Dialogue was held at the Dusit Thani hotel in Turku on 3-4 May 2031, hosted by the Finnish Institute of Maritime "
          "Affairs (MERI) with the Estonian Foreign Policy Institute. The meeting was co-chaired by Ambassador (retd.) Javed "
          "Iqbal Khattak and Dr. Mart Tamm.\n\n- Session 1: Shipping. Chair: Dr. Liisa Koskinen, Senior Fellow, MERI. "
          "Presenters: Dr. Jaan Kask, TBKI, Tartu; Peeter Saar, Tallinn Shipping Company; Kaisa Niemi, Finnish Baltic "
          "Secretariat.\n")


def test_an_acronym_of_another_language_a_seat_after_an_unknown_one_and_a_city_company(nlp) -> None:
    events = _extract(nlp, ARCTIC, "2031-05-10")
    gathering = next(e for e in events if e.type == "dialogue")
    sides = {p.name: p.side for p in gathering.participants}
    assert sides["Liisa Koskinen"] == "FI"  # MERI: "the Finnish Institute of Maritime Affairs (MERI)"
    assert sides["Jaan Kask"] == "EE"  # "TBKI, Tartu"
    assert sides["Peeter Saar"] == "EE"  # "Tallinn Shipping Company"
    assert sides["Kaisa Niemi"] == "FI"  # "Finnish Baltic Secretariat"


def test_the_given_names_after_a_retired_mark_and_no_hotel_are_people(nlp) -> None:
    events = _extract(nlp, ARCTIC, "2031-05-10")
    names = {p.name for e in events for p in e.participants}
    assert "Javed Iqbal Khattak" in names and "Iqbal Khattak" not in names
    assert not any("Thani" in n for n in names)


def test_the_convenors_named_with_their_city_at_the_head_of_a_report_give_their_people_a_side(nlp) -> None:
    text = ("Chilean-Peruvian Dialogue on the Pacific: Rapporteur's Report\n\nInstitute of Andean Policy Studies (IAPS), "
            "Santiago\nCentre for Coastal Affairs (CCA), Lima\nJune 2031\n\n1. The fourth meeting of the dialogue "
            "convened by IAPS and CCA took place in Arica on 4 and 5 June 2031. The meeting was opened by its co-chairs, "
            "Ambassador (ret.) Rosa T. Quintana, Vice-President of IAPS, and Professor Luis Quispe of Ricardo Palma "
            "College, a member of the CCA board.\n\n2. Papers were presented by Dr. Ana Rojas of the University of "
            "Santiago and Ambassador (ret.) Jorge Salas.\n")
    events = _extract(nlp, text, "2031-06-10")
    sides = {p.name: p.side for e in events for p in e.participants}
    assert sides["Rosa T. Quintana"] == "CL" and sides["Luis Quispe"] == "PE"
    assert sides["Ana Rojas"] == "CL"


def test_an_acronym_spelt_out_before_that_ends_an_office_gives_its_holder_its_country(nlp) -> None:
    text = ("Chile-Korea Dialogue on Ocean Governance: Conference Summary\n\nScholars gathered in Valparaiso on May 4-5, "
            "2031 for the second Chile-Korea Dialogue on Ocean Governance, convened by the Korea Maritime Institute (KMI) "
            "and the Chilean Navy's Maritime Studies Centre. The dialogue was co-chaired by Dr. Rosa Quintana, Director of "
            "the Centre, and Ambassador Kim Min-jae, Vice President of the KMI.")
    sides = _all_sides(_extract(nlp, text, "2031-05-10"))
    assert sides["Kim Min-jae"] == "KR"


def test_two_who_shared_the_chair_chair_the_gathering(nlp) -> None:
    text = ("Chile-Korea Dialogue on Ocean Governance: Conference Summary\n\nScholars gathered in Valparaiso on May 4-5, "
            "2031 for the second Chile-Korea Dialogue on Ocean Governance. Dr. Rosa Quintana, Director of the Centre for "
            "Maritime Studies, and Ambassador Kim Min-jae, Vice President of the Korea Maritime Institute, shared the chair.")
    [dialogue] = [e for e in _extract(nlp, text, "2031-05-10") if e.type == "dialogue"]
    assert {p.name: p.role for p in dialogue.participants} == {"Rosa Quintana": "chair", "Kim Min-jae": "chair"}


def test_another_governments_under_secretary_of_state_is_no_sign_of_a_us_release(nlp) -> None:
    text = ("German-Polish Security Roundtable, Warsaw, 20-21 October 2031: Rapporteur's Report\n\nThe twelfth German-Polish "
            "Security Roundtable convened in Warsaw on 20-21 October 2031. On the evening of 20 October, participants were "
            "guests at a dinner given by Jan Kowalski, Under-Secretary of State in the Ministry of Foreign Affairs, who "
            "welcomed the German Ambassador to Poland, Dr. Hans Becker.")
    [dinner] = [e for e in _extract(nlp, text, "2031-10-25") if e.type == "meeting"]
    assert sorted(dinner.countries) == ["DE", "PL"] and {p.name: p.side for p in dinner.participants}["Jan Kowalski"] == "PL"


def test_a_delegation_led_by_one_and_its_members_named_after_are_all_of_its_side(nlp) -> None:
    # "was led by X ... Its members were A, B": all of the Omani side; "was headed by Y, ..., and included C": all
    # Indian; neither list runs on into the other delegation's
    text = ("Omani and Indian experts resume their dialogue in Muscat\n\nConference report | 21 November 2031\n\n"
            "The Muscat Institute and the Delhi Policy Group held the second round of their Oman–India expert "
            "dialogue in Muscat on 15–16 November 2031.\n\nThe Omani delegation was led by Dr. Salim Harthi, a senior "
            "fellow. Its members were Dr. Aisha Balushi, Prof. Omar Rawahi of Sultan Qaboos University and Ms. Huda "
            "Kindi. The Indian delegation was headed by Amb. Arun Rao, a former diplomat, and included Prof. Meera "
            "Iyer of Jawaharlal Nehru University and Dr. Vikram Sethi.\n\nSession one was chaired by Prof. Rawahi, "
            "and Dr. Sethi presented.")
    sides = {p.name: p.side for e in _extract(nlp, text, "2031-11-21") for p in e.participants}
    assert {n: sides.get(n) for n in ("Aisha Balushi", "Omar Rawahi", "Huda Kindi", "Meera Iyer", "Vikram Sethi")} == \
        {"Aisha Balushi": "OM", "Omar Rawahi": "OM", "Huda Kindi": "OM", "Meera Iyer": "IN", "Vikram Sethi": "IN"}


def test_a_session_told_after_a_recalled_meeting_of_leaders_is_not_that_meeting(nlp) -> None:
    # "Session one ... was chaired by X" follows a sentence recalling the Presidents' meeting: the session belongs to
    # the dialogue, so the Presidents' meeting holds neither its chair nor its presenter
    text = ("Omani and Indian experts resume their dialogue in Muscat\n\nConference report | 21 November 2031\n\n"
            "The Muscat Institute and the Delhi Policy Group held the second round of their Oman–India expert "
            "dialogue in Muscat on 15–16 November 2031.\n\nDr. Harthi said the meeting of Sultan Haitham bin Tariq "
            "and Prime Minister Arun Mehta in Delhi on 9 August 2031 had reopened the door for trade.\n\nSession one, "
            "on energy, was chaired by Prof. Omar Rawahi. Dr. Vikram Sethi presented on the pipeline.")
    events = _extract(nlp, text, "2031-11-21")
    august = [e for e in events if e.start == "2031-08-09"]
    assert august and not {"Omar Rawahi", "Vikram Sethi"} & {p.name for e in august for p in e.participants}


def test_institutions_with_their_city_in_brackets_give_their_listed_people_its_side(nlp) -> None:
    # "X (Lima)" and "Y (ISEA, Dakar)": placed by the brackets; the list's lines name them after a post
    text = ("PERU–SENEGAL DIALOGUE\nDakar, 3–4 May 2031\n\nSummary of discussions\n\nThe Centro de Estudios Andinos (Lima) "
            "and the Institut Supérieur des Études Africaines (ISEA, Dakar) held the Peru–Senegal Dialogue at the ISEA "
            "premises in Dakar on 3 and 4 May 2031. The meeting, co-chaired by Ana Torres Vega and Mamadou Diallo, brought "
            "together sixteen participants.\n\nParticipants\n\n"
            "Ana Torres Vega, Senior Analyst, Pacific Programme, Centro de Estudios Andinos (co-chair)\n"
            "Mamadou Diallo, Director of Studies, Institut Supérieur des Études Africaines (co-chair)\n"
            "Luis Paredes Soto, Research Fellow, Centro de Estudios Andinos\n")
    sides = _all_sides(_extract(nlp, text, "2031-05-10"))
    assert (sides.get("Ana Torres Vega"), sides.get("Mamadou Diallo"), sides.get("Luis Paredes Soto")) == ("PE", "SN", "PE")
