"""Sides from where names are from (issue 12): at a track-II dialogue whose report gives its people no office,
no country and no institution, a reader still places "Dr. Mykola Kovalenko" on the Ukrainian side of a
Polish-Ukrainian dialogue. The extractor does the same, and only where names of the two countries are told
apart: a visitor from a third country and the names of two Spanish-speaking neighbours are left without a side."""

from __future__ import annotations

from tests.domain.test_events_unseen import _all_sides, _extract

REPORT = (
    "Polish-Ukrainian Dialogue on Border Security: Rapporteur's Report\n\n"
    "Lublin, 14-15 May 2031\n\n"
    "1. The third meeting of the Polish-Ukrainian dialogue on border security took place in Lublin on 14 and 15 "
    "May 2031. Eighteen participants attended in a personal capacity: former officials, officers and scholars of "
    "both countries.\n\n"
    "2. The meeting was opened by its co-chairs, Dr. Katarzyna Wiśniewska and Professor Oleksandr Tkachenko.\n\n"
    "3. Session One, on the management of the common border, was chaired by Dr. Wiśniewska. Papers were presented "
    "by Colonel (ret.) Tomasz Jankowski and Dr. Mykola Kovalenko; Dr. Hanna Shevchuk and Mr. Piotr Zieliński acted "
    "as discussants.\n\n"
    "4. Session Two, on refugees and humanitarian corridors, was chaired by Professor Tkachenko, with a presentation "
    "by Ms. Agnieszka Kamińska and comments from Mr. Andriy Bondarenko and Dr. Markus Brunner, who described the "
    "practice of the Swiss border guard.\n"
)

NEIGHBOURS = (
    "Argentine-Chilean Dialogue on the Southern Ice Fields: Rapporteur's Report\n\n"
    "Mendoza, 3-4 April 2031\n\n"
    "1. The second meeting of the Argentine-Chilean dialogue took place in Mendoza on 3 and 4 April 2031.\n\n"
    "2. Session One was chaired by Dr. Roberto Aníbal Quiroga. Papers were presented by Dr. Silvia Noemí Barraza "
    "and Mr. Julio César Anzorena.\n"
)


def test_participants_of_no_stated_side_take_the_side_their_names_are_from(nlp) -> None:
    sides = _all_sides(_extract(nlp, REPORT, "2031-05-20"))
    polish = ("Katarzyna Wiśniewska", "Tomasz Jankowski", "Piotr Zieliński", "Agnieszka Kamińska")
    ukrainian = ("Oleksandr Tkachenko", "Mykola Kovalenko", "Hanna Shevchuk", "Andriy Bondarenko")
    assert {name: sides.get(name) for name in polish} == dict.fromkeys(polish, "PL")
    assert {name: sides.get(name) for name in ukrainian} == dict.fromkeys(ukrainian, "UA")


def test_a_name_from_neither_country_is_given_no_side(nlp) -> None:
    sides = _all_sides(_extract(nlp, REPORT, "2031-05-20"))
    assert "Markus Brunner" in sides and sides["Markus Brunner"] != "PL" and sides["Markus Brunner"] != "UA"


def test_names_two_countries_share_give_no_side(nlp) -> None:
    sides = _all_sides(_extract(nlp, NEIGHBOURS, "2031-04-10"))
    assert "Silvia Noemí Barraza" in sides
    assert {sides[n] for n in ("Roberto Aníbal Quiroga", "Silvia Noemí Barraza", "Julio César Anzorena")} == {None}


ROUND_TABLE = (
    "German-Polish Round Table on European Security: Summary\n\n"
    "Frankfurt (Oder), 6-7 October 2031\n\n"
    "1. The round table met in Frankfurt (Oder) on 6 and 7 October 2031 under the Chatham House rule.\n\n"
    "2. Session One was chaired by Dr. Jörg Feldmann. Papers were presented by Col. Marek Jabłoński and "
    "Dr. Ulrike Hahn; Dr. Paweł Zając and Dr. Sabine Roth acted as discussants.\n"
)


def test_the_letters_of_a_name_tell_polish_from_german(nlp) -> None:
    # German and Polish names share many words; "ł", "ą" and "ö" are written by one language only
    sides = _all_sides(_extract(nlp, ROUND_TABLE, "2031-10-10"))
    names = ("Jörg Feldmann", "Marek Jabłoński", "Ulrike Hahn", "Paweł Zając", "Sabine Roth")
    assert {n: sides.get(n) for n in names} == dict(zip(names, ("DE", "PL", "DE", "PL", "DE")))


def test_a_name_clearly_of_the_one_country_whose_names_are_known_takes_its_side(nlp) -> None:
    # no Philippine names are known; a Japanese one is told apart from every other country's
    text = ("Japan-Philippines Defense Ministerial Meeting\n\nApril 11, 2033\nMinistry of Defense\n\nOn April 11, 2033, "
            "Minister of Defense KATO Ryo held a meeting with H.E. Ramon Villareal, Secretary of National Defense of "
            "the Republic of the Philippines, in Tokyo. Gen. YAMANE Hiroshi, Chief of Staff, Joint Staff, also "
            "attended the meeting.")
    assert _all_sides(_extract(nlp, text, "2033-04-11")).get("YAMANE Hiroshi") == "JP"
