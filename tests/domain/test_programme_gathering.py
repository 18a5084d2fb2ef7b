"""A programme (agenda) announcing a gathering: the gathering is an event holding every chair and speaker of
its sessions, names run on under a role's label, organisers placed in a city give their people's sides, and
ranks of other languages are no part of a name (issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

PROGRAMME = (
    "Peru–Finland Arctic and Andes Forum 2034: Programme\n\n"
    "Organised by the Centre for Polar Policy (CPP), Helsinki, and the Instituto de Estudios Andinos (IEA), Cusco\n\n"
    "The Peru–Finland Arctic and Andes Forum 2034 will be held at the Hotel Monasterio, Cusco, on 14–15 May 2034.\n\n"
    "Sunday, 14 May\n\n"
    "09:00  Registration\n"
    "09:30  Opening Session\n"
    "       Chair: Dr. Aino Virtanen, Director, CPP\n"
    "       Welcoming remarks: Embajador Luis Alberto Quispe Mamani, Ministry of Foreign Affairs of Peru\n"
    "11:00  Session 1: Glaciers and Water\n"
    "       Chair: Dra. Rosa Elena Huamán Torres, Senior Researcher, IEA\n"
    "       Speakers: Dr. Mikko Laine, Professor, CPP\n"
    "                 Ing. Carlos Ttito Condori, IEA\n"
    "                 Ms. Sanna Heikkinen, Senior Fellow, CPP\n"
)


def _forum(nlp):
    events = _extract(nlp, PROGRAMME, "2034-05-02")
    return next(e for e in events if e.start == "2034-05-14" and e.end == "2034-05-15")


def test_a_forum_named_with_its_year_is_an_event_of_the_days_it_will_be_held(nlp) -> None:
    forum = _forum(nlp)
    assert forum.type == "conference" and sorted(forum.countries) == ["FI", "PE"]


def test_the_gathering_holds_the_chairs_and_speakers_of_its_sessions(nlp) -> None:
    roles = {p.name: p.role for p in _forum(nlp).participants}
    assert roles["Aino Virtanen"] == roles["Rosa Elena Huamán Torres"] == "chair"
    assert roles["Mikko Laine"] == roles["Luis Alberto Quispe Mamani"] == "speaker"


def test_speakers_listed_one_a_line_under_the_label_all_speak(nlp) -> None:
    session = next(e for e in _extract(nlp, PROGRAMME, "2034-05-02") if e.title.startswith("Session 1"))
    assert {p.name for p in session.participants if p.role == "speaker"} == {
        "Mikko Laine", "Carlos Ttito Condori", "Sanna Heikkinen"}


def test_organisers_placed_in_a_city_give_their_people_its_country(nlp) -> None:
    sides = {p.name: p.side for p in _forum(nlp).participants}
    assert sides["Aino Virtanen"] == sides["Mikko Laine"] == sides["Sanna Heikkinen"] == "FI"
    assert sides["Rosa Elena Huamán Torres"] == sides["Carlos Ttito Condori"] == "PE"


def test_the_gatherings_title_is_its_whole_name_with_the_and_inside_it(nlp) -> None:
    assert _forum(nlp).title == "Peru–Finland Arctic and Andes Forum 2034"


def test_the_organiser_the_programme_does_not_place_is_of_the_other_country_of_its_title(nlp) -> None:
    # one organiser is placed by the venue line (Santiago: Chile); the other, placed nowhere, is then Norway's, and
    # a company named with its country's own name ("Kraftnett Norge") is Norway's too
    text = ("Chile–Norway Seminar “Partners at the Ends of the Earth”: Programme\n"
            "Organised by the Centre for Polar Policy (CPP) and the Fridtjof Institute\n"
            "Venue: Centre for Polar Policy, Santiago\n"
            "Santiago, Thursday, 21 November 2030\n\n"
            "09:00 – 09:40   OPENING SESSION\n"
            "                Dr. Ana Rojas Vidal, Director, Centre for Polar Policy\n"
            "                Dr. Ola Berg Nordvik, Deputy Director, Fridtjof Institute\n\n"
            "09:40 – 11:10   SESSION I: Energy\n"
            "                Chair: Mr. Lars Eide Solberg, International Affairs, Kraftnett Norge\n"
            "                Speakers:\n"
            "                Dr. Sigrid Haugen Lie, Senior Analyst, Fridtjof Institute\n"
            "                Mr. Tomás Pérez Araya, Senior Fellow, Centre for Polar Policy\n")
    sides = {p.name: p.side for e in _extract(nlp, text, "2030-11-12") for p in e.participants}
    assert {n: sides.get(n) for n in ("Ana Rojas Vidal", "Ola Berg Nordvik", "Lars Eide Solberg", "Sigrid Haugen Lie",
                                      "Tomás Pérez Araya")} == \
        {"Ana Rojas Vidal": "CL", "Ola Berg Nordvik": "NO", "Lars Eide Solberg": "NO", "Sigrid Haugen Lie": "NO",
         "Tomás Pérez Araya": "CL"}
