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
