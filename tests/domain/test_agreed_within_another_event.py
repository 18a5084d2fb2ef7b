"""Events told within or beside another event (issue 12): "a telephone conversation last week, during which they
agreed to expand air policing" is the call's outcome, not an agreement of its own; "The two ministers agreed on a
training programme", told after a visit planned for May, was agreed on the document's day, not in May; the instruments
of one signed list share their occasion ("3. Agreement on Y - signed by C and D." was dropped when neither signatory was
the visitor whose days dated the others); a gathering "which Italy will host in Rome" is held there, not at the round
planned in Ljubljana; "Earlier today, X was received by the Vice President" is another meeting that day."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

CALL = ("Minister of Defence Anna Kowalska met today in Warsaw with the Minister of Defence of Lithuania, Jonas "
        "Petraitis. The meeting follows a telephone conversation between the two ministers last week, during which "
        "they agreed to expand joint air policing.\n")
PLANNED = ("Minister of Defence Anna Kowalska met today in Warsaw with the Minister of Defence of Lithuania, Jonas "
           "Petraitis. The ministers agreed to prepare the visit of the President of Lithuania to Warsaw from 12 to 14 "
           "May 2024. The two ministers agreed on a training programme for 2025.\n")
SIGNED = ("Minister of Defence Marta Sousa hosted the Minister of Defence of Angola, General Rui Mateus, in Lisbon today. "
          "General Mateus is paying an official visit to Portugal on 4-6 June 2024 at the invitation of Minister Sousa.\n\n"
          "The ministers reviewed training and maritime security in the Gulf of Guinea.\n\n"
          "Minister Sousa recalled the visit of her predecessor to Luanda and the work of the joint commission.\n\n"
          "At the end of the talks, a signing ceremony was held for the following documents:\n\n"
          "1. Protocol on Military Education - signed by Secretary of State Paulo Reis and General Tomás Neto;\n"
          "2. Memorandum on Military Medicine - signed by Minister Marta Sousa and General Rui Mateus;\n"
          "3. Agreement on Defence Industry - signed by Director-General Luís Prata and Director Celso Moreira.\n")


def test_what_a_call_settled_is_no_agreement_of_its_own(nlp) -> None:
    events = _extract(nlp, CALL, "2024-03-09")
    assert sorted(e.type for e in events) == ["call", "meeting"]


def test_an_agreement_told_after_a_planned_visit_is_not_on_the_visits_days(nlp) -> None:
    programme = [e for e in _extract(nlp, PLANNED, "2024-03-09") if "training" in e.evidence[0].text]
    assert [(e.type, e.start, e.end) for e in programme] == [("agreement", "2024-03-09", None)]


def test_every_instrument_of_a_signed_list_is_a_signing_on_that_day(nlp) -> None:
    signings = [e for e in _extract(nlp, SIGNED, "2024-06-05") if e.type == "agreement" and e.participants]
    assert sorted((e.start, sorted(p.name for p in e.participants)) for e in signings) == [
        ("2024-06-05", ["Celso Moreira", "Luís Prata"]), ("2024-06-05", ["Marta Sousa", "Rui Mateus"]),
        ("2024-06-05", ["Paulo Reis", "Tomás Neto"])]


COMMUNIQUE = ("JOINT COMMUNIQUÉ\n\n1. At the invitation of the Minister of Foreign Affairs of the Republic of South Africa, "
              "Dr. Thandiwe Mokoena, the Secretary of Foreign Relations of the United Mexican States, Mr. Luis Garza "
              "Villaseñor, is paying an official visit to South Africa from 19 to 22 October 2003.\n\n"
              "2. On 21 October 2003, in the presence of the two Ministers, the following instruments were signed:\n"
              "- Agreement on Cooperation in the Fields of Education, Arts and Culture, signed by Minister Mokoena and "
              "Secretary Garza Villaseñor;\n"
              "- Memorandum of Understanding on Cooperation in Agriculture, signed by Minister Mokoena and Secretary "
              "Garza Villaseñor;\n"
              "- Agreement on Mutual Administrative Assistance in Customs Matters, signed by the Commissioner of the "
              "South African Revenue Service, Mr. Themba Radebe, and the Ambassador of Mexico to South Africa, Mr. Jorge "
              "Lozano Fuentes.\n")


def test_instruments_listed_under_a_dated_lead_in_are_signed_that_day_each_its_own_event(nlp) -> None:
    """The entries took the days of the visit their signatories were on (19-22 October), and the third, titled
    like the second, was dropped as the same event."""
    signings = [e for e in _extract(nlp, COMMUNIQUE, "2003-10-21") if e.type == "agreement"]
    assert [(e.start, e.end) for e in signings] == [("2003-10-21", None)] * 3
    assert len({e.title for e in signings}) == 3


def test_a_gathering_a_country_will_host_somewhere_is_held_there(nlp) -> None:
    """"the meeting of the Coordination Committee of Ministers, which Italy will host in Rome in the spring of 2023" is
    in Rome: the place in that relative clause was read as a thing's, and the meeting joined the round planned in
    Ljubljana in the first half of that year."""
    text = ("The third round of political consultations between Italy and Slovenia was held in Trieste on 20 October "
            "2022. The two delegations agreed to hold the fourth round of consultations in Ljubljana in the first half "
            "of 2023. Its results will contribute to the preparation of the meeting of the Italy-Slovenia Coordination "
            "Committee of Ministers, which Italy will host in Rome in the spring of 2023.\n")
    planned = [e for e in _extract(nlp, text, "2022-10-21") if e.start and e.start.startswith("2023")]
    assert sorted(e.location.name for e in planned if e.location) == ["Ljubljana", "Rome"]


def test_a_reception_earlier_today_is_another_meeting_that_day(nlp) -> None:
    """"Earlier today, Colonel General X was received at the Presidential Complex by the Vice President" told after
    the ministers' talks is a meeting of its own that day, not a part of the talks."""
    text = ("Ankara, 9 November 2022\n\nMinister of National Defence Kemal Arslan hosted the Minister of Defence of the "
            "Republic of Azerbaijan, Colonel General Elchin Huseynov, at the Ministry of National Defence in Ankara "
            "today. The two ministers held a tête-à-tête meeting, followed by talks between the delegations.\n\n"
            "Earlier today, Colonel General Huseynov was received at the Presidential Complex by the Vice President "
            "of the Republic of Türkiye.\n")
    meetings = [e for e in _extract(nlp, text, "2022-11-09") if e.type == "meeting"]
    assert len(meetings) == 2 and {e.start for e in meetings} == {"2022-11-09"}


def test_an_event_told_after_a_plan_elsewhere_is_not_at_the_plans_place(nlp) -> None:
    """"The next meeting of the Dialogue will be held in Baku in March 2023. Earlier today, X was received at the
    Presidential Complex by the Vice President": the reception, on another day than the plan, is not in Baku (the
    place of the event told just before was lent to it)."""
    text = ("Ankara, 9 November 2022\n\nMinister of National Defence Kemal Arslan hosted the Minister of Defence of the "
            "Republic of Azerbaijan, Colonel General Elchin Huseynov, at the Ministry of National Defence in Ankara "
            "today. The sides agreed that the next meeting of the High-Level Military Dialogue will be held in Baku "
            "in March 2023.\n\nEarlier today, Colonel General Huseynov was received at the Presidential Complex by the "
            "Vice President of the Republic of Türkiye.\n")
    (received,) = [e for e in _extract(nlp, text, "2022-11-09") if "received" in e.evidence[0].text]
    assert received.location is None or received.location.name != "Baku"


def test_a_visitors_book_signed_or_participants_agreeing_to_be_named_is_no_agreement(nlp) -> None:
    text = ("PROGRAMME OF THE VISIT\n\nMonday, 12 April 2033\n\n1415-1445     Visit to the National Monument\n"
            "              Laying of wreath and signing of the visitors' book\n\n"
            "Participants\n(The list includes participants who agreed to be named.)\n\nDr. Ana Torres, Centro de Estudios\n")
    assert not [e for e in _extract(nlp, text, "2033-04-12") if e.type == "agreement"]
