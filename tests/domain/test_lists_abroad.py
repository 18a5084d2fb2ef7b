"""Participant lists and programmes written by other countries' institutions: a list titled "...: List of
Participants" with observers and a secretariat, bodies named in their own language, a programme whose days
stand on a line of their own under its title, and a report that counts the years from an earlier signing
(issue 12)."""

from __future__ import annotations

from entente.extract.places import resolve_place
from tests.domain.test_events_unseen import _all_sides, _extract, _sides

PARTICIPANTS = (
    "Uruguay–Paraguay Academic Dialogue on River Management: List of Participants\n"
    "Second Meeting\n"
    "Montevideo, 9–10 June 2033\n"
    "Organised by the Instituto de Estudios Fluviales del Uruguay (IEFU) and the Centro "
    "Paraguayo de Estudios Sociológicos (CPES)\n\n"
    "URUGUAYAN DELEGATION\n"
    "Dr. Martina Sofía Cabrera – Head of Delegation; Director, IEFU\n"
    "Dr. Joaquín Pereyra Núñez – Escuela de Hidráulica, Montevideo\n\n"
    "PARAGUAYAN DELEGATION\n"
    "Prof. Hugo Ramón Benítez – Head of Delegation; CPES\n"
    "Dr. Liliana Raquel Ortiz – Facultad de Ingeniería Fluvial (FIF), Asunción\n\n"
    "OBSERVERS\n"
    "Mr. Emilio Andrés Sosa Vera – Deputy Director, Dirección de Límites, Ministry of Foreign Affairs of Paraguay\n"
    "Ms. Carla Inés Duarte – Counsellor, Embassy of the Oriental Republic of Uruguay, Asunción\n\n"
    "SECRETARIAT\n"
    "Ms. Valentina Rocha Silva – IEFU\n"
)


def _dialogue(nlp):
    events = _extract(nlp, PARTICIPANTS, "2033-06-09")
    return next(e for e in events if e.start == "2033-06-09")


def test_observers_and_the_secretariat_of_a_titled_list_take_their_bodies_sides(nlp) -> None:
    sides = _sides(_dialogue(nlp))
    assert sides["Emilio Andrés Sosa Vera"] == "PY"  # "Ministry of Foreign Affairs of Paraguay"
    assert sides["Carla Inés Duarte"] == "UY"  # "Embassy of the Oriental Republic of Uruguay"
    assert sides["Valentina Rocha Silva"] == "UY"  # "IEFU", the organiser spelt out in Spanish


def test_a_body_named_in_its_own_language_is_no_participant(nlp) -> None:
    sides = _sides(_dialogue(nlp))
    assert sides["Liliana Raquel Ortiz"] == "PY"
    assert not [name for name in sides if name.startswith(("Facultad", "Escuela", "Instituto", "Centro"))]


PROGRAMME = (
    "Nordic–Baltic Maritime Conference 2034: Programme\n\n"
    "Danish Institute for Sea Power, in partnership with the Fondation Baltique pour la Mer (FBM)\n"
    "Kastellet, Copenhagen\n"
    "6-7 March 2034\n\n"
    "Ten years after the ministers signed the Baltic Sea Accord in Tallinn on 4 March 2024, this conference "
    "brings together officials and researchers to review what the Accord has delivered.\n\n"
    "MONDAY 6 MARCH\n\n"
    "19:30  Welcome dinner, hosted by H.E. Mr Lars Holmgaard, Ambassador of Denmark to Estonia\n\n"
    "TUESDAY 7 MARCH\n\n"
    "09:30  Session I - Mine clearance in the Baltic\n"
    "       Chair: Dr Mette K. Lind, Senior Fellow, Danish Institute for Sea Power\n"
    "       Commander Peeter R. Tamm, Estonian Navy\n"
    "       Air Commodore (retd) Jonas Virtanen, former Deputy Commander, Joint Command\n"
)


def test_a_programme_dated_on_a_line_of_its_own_is_the_gathering_not_its_dinner(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2034-02-20")
    conference = next(e for e in events if e.start == "2034-03-06" and e.end == "2034-03-07")
    assert conference.type == "conference"
    assert {"Mette K. Lind", "Peeter R. Tamm", "Jonas Virtanen"} <= set(_sides(conference))
    assert not [e for e in events if e.start.startswith("2024")]  # the signing it counts ten years from is background


def test_names_on_their_own_lines_under_a_chair_are_the_sessions_speakers(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2034-02-20")
    session = next(e for e in events if e.title.startswith("Session I"))
    roles = {p.name: p.role for p in session.participants}
    assert roles == {"Mette K. Lind": "chair", "Peeter R. Tamm": "speaker", "Jonas Virtanen": "speaker"}


def test_a_report_whose_days_stand_under_its_title_is_dated_by_them(nlp) -> None:
    report = ("Czech–Slovak Security Roundtable: Summary of the Fifth Meeting\n\n"
              "Bratislava, 12–13 November 2031\n\n"
              "The roundtable was co-chaired by Dr. Pavel Novotný of the Institute of International Relations "
              "Prague and Dr. Zuzana Kováčová of the Slovak Foreign Policy Association. Participants discussed "
              "air policing, the defence industry and the war in Ukraine.")
    events = _extract(nlp, report, "2031-12-01")
    roundtable = next(e for e in events if e.type in {"dialogue", "conference"})
    assert (roundtable.start, roundtable.end) == ("2031-11-12", "2031-11-13")


def test_a_city_written_without_its_soft_sign_is_found() -> None:
    assert [resolve_place(name)[0].country for name in ("Arkhangelsk", "Yaroslavl")] == ["RU", "RU"]


REPORT = (
    "Austrian-Hungarian Danube Security Roundtable, Vienna, 3-4 May 2032: Rapporteur's Report\n\n"
    "The ninth Austrian-Hungarian Danube Security Roundtable convened at the Austrian Institute for European and "
    "Security Policy (AIES) in Vienna on 3 and 4 May 2032, organised jointly with the Hungarian Institute of "
    "International Affairs (HIIA), Budapest. Dr. Lukas Brenner, Director of AIES, and Dr. Katalin Szabó, Deputy "
    "Director of HIIA, presided.\n\n"
    "Opening the first panel, on river shipping, Prof. Dr. Anna Huber of the Technical University of Graz argued that "
    "the treaty regime had aged well. Dr. Gábor Tóth of the Centre for Strategic Studies, Debrecen, took issue with "
    "her in his comments.\n"
)


def test_who_presides_argues_or_takes_issue_in_a_report_took_part_in_its_gathering(nlp) -> None:
    events = _extract(nlp, REPORT, "2032-05-20")
    roundtable = next(e for e in events if e.start == "2032-05-03")
    sides = _sides(roundtable)
    assert {name: sides.get(name) for name in ("Lukas Brenner", "Katalin Szabó", "Anna Huber", "Gábor Tóth")} == \
        {"Lukas Brenner": "AT", "Katalin Szabó": "HU", "Anna Huber": "AT", "Gábor Tóth": "HU"}


def test_a_foreign_ministry_known_by_its_own_name_gives_its_country() -> None:
    from entente.extract.roster import participant_list

    text = ("List of Participants\nDr. Anna Keller – Head of Division, Federal Foreign Office\n"
            "Mr. Tom Ashby – Desk Officer, Foreign, Commonwealth and Development Office\n")
    assert [(e.name, e.side) for e in participant_list(text)] == [("Anna Keller", "DE"), ("Tom Ashby", "GB")]


ITINERARY = (
    "Minister of State Dr. Clara Weiss to travel to Ecuador and Colombia\n\n"
    "Berlin, 2 May 2033\n\n"
    "Minister of State Dr. Clara Weiss will travel to Ecuador and Colombia from 8 to 12 May 2033.\n\n"
    "Programme:\n\n"
    "Monday, 8 May - Tuesday, 9 May: Quito\n"
    "- Talks with Foreign Minister Rosa Elena Paredes on trade\n"
    "- Meeting with the President of the National Assembly, Diego Cevallos Mora\n\n"
    "Wednesday, 10 May - Friday, 12 May: Bogotá\n"
    "- Talks with Foreign Minister Andrés Felipe Rojas\n"
)


def test_an_itinerarys_items_are_held_in_their_legs_days_and_place(nlp) -> None:
    events = [e for e in _extract(nlp, ITINERARY, "2033-05-02") if e.type == "meeting"]
    held = {next(p.name for p in e.participants if p.name != "Clara Weiss"): (e.start, e.end, e.location.name if e.location else None)
            for e in events if e.participants}
    assert held["Rosa Elena Paredes"] == ("2033-05-08", "2033-05-09", "Quito")
    assert held["Diego Cevallos Mora"] == ("2033-05-08", "2033-05-09", "Quito")  # an item of its own, not merged
    assert held["Andrés Felipe Rojas"] == ("2033-05-10", "2033-05-12", "Bogotá")


def test_an_office_held_at_a_ministry_known_by_its_name_gives_its_holders_side(nlp) -> None:
    text = ("Minister of State to travel to Ecuador\n\nMinister of State at the Federal Foreign Office Dr. Clara Weiss "
            "will travel to Ecuador from 8 to 9 May 2033.")
    [visit] = _extract(nlp, text, "2033-05-02")
    assert _sides(visit) == {"Clara Weiss": "DE"} and sorted(visit.countries) == ["DE", "EC"]


def test_an_office_of_a_hyphenated_country_before_a_courtesy_title_gives_its_side(nlp) -> None:
    text = ("Jakarta, 25 August 2032\n\nMinister for Foreign Affairs of the Republic of Indonesia, Dr. Sari Wulandari, "
            "and Minister of Foreign Affairs and Cooperation of the Democratic Republic of Timor-Leste, H.E. Mr. Adelino "
            "Soares Belo, co-chaired the 6th Joint Ministerial Commission between the two countries at the Ministry of "
            "Foreign Affairs, Jakarta, on Thursday (25/8).")
    sides = {name: side for e in _extract(nlp, text, "2032-08-25") for name, side in _sides(e).items()}
    assert sides["Adelino Soares Belo"] == "TL" and sides["Sari Wulandari"] == "ID"


def test_the_traveller_takes_part_in_each_item_of_a_leg(nlp) -> None:
    meetings = [e for e in _extract(nlp, ITINERARY, "2033-05-02") if e.type == "meeting"]
    assert len(meetings) == 3 and all("Clara Weiss" in _sides(e) for e in meetings)


def test_the_plenary_of_two_delegations_talks_is_the_talks_own_whoever_publishes(nlp) -> None:
    events = _extract(nlp, "Czech–Korean defence talks in Prague\n\nPrague, 8 November 2034\n\nOn Wednesday, Minister of "
                           "Defence Jana Novotna hosted the Minister of National Defense of the Republic of Korea, H.E. "
                           "Park Min-jae, who is on an official visit from 7 to 9 November.\n\nThe talks, held in a "
                           "restricted and then in a plenary format, focused on the supply of howitzers.\n\nThe Czech "
                           "delegation to the plenary session included the Chief of the General Staff, Gen. Karel Dvorak. "
                           "The Korean minister was accompanied by the Ambassador of the Republic of Korea, Lee Sang-woo.",
                      "2034-11-08")
    assert not [e.title for e in events if "lenary" in e.title]
    talks = next(e for e in events if e.type == "meeting" and e.start == "2034-11-08")
    assert {"Jana Novotna", "Park Min-jae", "Karel Dvorak", "Lee Sang-woo"} <= {p.name for p in talks.participants}


def test_institutes_on_a_letterhead_in_capitals_give_their_people_sides(nlp) -> None:
    events = _extract(nlp, "CONSEJO ARGENTINO PARA LAS RELACIONES INTERNACIONALES (CARI), BUENOS AIRES\nINSTITUTO DE ESTUDIOS "
                           "INTERNACIONALES (IEI), SANTIAGO\n\nThird Argentine–Chilean Round Table on Antarctic Affairs\n"
                           "Santiago, 14–15 May 2035\n\nPROGRAMME\n\nMonday, 14 May 2035\n10:30 | Session 1: Logistics | "
                           "Chair: Dr. Claudia Duarte, Deputy Director, IEI | Speakers: Dr. Marcos Bellido (CARI); Dr. "
                           "Lucas Morales (IEI)\n", "2035-05-02")
    sides = _all_sides(events)
    assert sides.get("Claudia Duarte") == "CL" and sides.get("Lucas Morales") == "CL" and sides.get("Marcos Bellido") == "AR"


def test_those_accompanying_a_visitor_go_on_the_visit_but_sit_not_in_the_talks(nlp) -> None:
    text = ("The President of the Republic of Zambia, H.E. Mulenga Banda, has concluded a State Visit to the United "
            "Kingdom from 4 to 6 May 2033.\n\nThe President was accompanied by the First Lady, Mrs. Grace Banda; the "
            "Minister for Foreign Affairs, Hon. Chileshe Mwape; and the Minister for Energy, Hon. Dr. Peter Zulu, among "
            "other senior officials.\n\nOn Thursday, 5 May, President Banda held talks with the Prime Minister, Rt. Hon. "
            "Edward Hale MP, at 10 Downing Street.")
    events = _extract(nlp, text, "2033-05-07")
    (visit,) = [e for e in events if e.type == "visit"]
    (talks,) = [e for e in events if e.type == "meeting" and e.start == "2033-05-05"]
    assert {p.name: (p.side, p.role) for p in visit.participants if p.role == "member"} == {
        "Grace Banda": ("ZM", "member"), "Chileshe Mwape": ("ZM", "member"), "Peter Zulu": ("ZM", "member")}
    assert {p.name for p in talks.participants} == {"Mulenga Banda", "Edward Hale"}


def test_a_delegation_that_also_included_a_list_of_lines_brings_them_to_the_consultations(nlp) -> None:
    text = ("ULAANBAATAR, Mongolia, March 10, 2034 --\n\nThe Ninth United States-Mongolia Bilateral Defense Consultations "
            "were held March 8-9 in Ulaanbaatar. The U.S. delegation was led by Deputy Assistant Secretary of Defense "
            "Ruth Calder; the Mongolian delegation was headed by State Secretary Batbayar Ganzorig.\n\n"
            "The Mongolian delegation also included:\n- Colonel Tsogt Enkhbold, Director, Department of Foreign Cooperation\n"
            "- Ms. Oyun Sukhbaatar, Senior Officer, Policy and Planning Department\n\nThe two sides reviewed "
            "peacekeeping cooperation.")
    (talks,) = [e for e in _extract(nlp, text, "2034-03-10") if e.type == "dialogue"]
    sides = {p.name: p.side for p in talks.participants}
    assert sides.get("Tsogt Enkhbold") == "MN" and sides.get("Oyun Sukhbaatar") == "MN"


def test_a_stop_of_a_trip_dated_by_its_departure_is_the_visit_the_text_then_dates(nlp) -> None:
    text = ("May 27, 2034 | Release\n\nSecretary of Defense Ada Quill will depart Washington tomorrow on a trip to "
            "Vietnam and India.\n\nIn Hanoi on May 29 and 30, Secretary Quill will meet with Vietnamese Minister of "
            "National Defense Gen. Tran Van Hung.\n\nThe final stop will be New Delhi, June 2-3, where the Secretary "
            "will meet Indian Minister of Defence Rajiv Mehra.")
    visits = sorted((e.start, e.countries) for e in _extract(nlp, text, "2034-05-27") if e.type == "visit")
    assert visits == [("2034-05-29", ("US", "VN")), ("2034-06-02", ("US", "IN"))]
