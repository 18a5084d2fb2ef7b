"""A state visit's programme (issue 12): the visit its title names takes the days its header gives ("Seoul, 14–16
October 2024"), not a banquet's hour; the "OFFICIAL DELEGATION OF THE REPUBLIC OF GHANA" listed under it are the
visit's people; a slot "between the two Presidents" is the visitor's and the host's."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

PROGRAMME = """PROGRAMME

State Visit of His Excellency Mr. Kofi Adjei-Mensah, President of the Republic of Ghana, to the Republic of Korea
at the invitation of His Excellency Mr. Kim Tae-ho, President of the Republic of Korea

Seoul, 14–16 October 2030

OFFICIAL DELEGATION OF THE REPUBLIC OF GHANA
1. H.E. Mr. Kofi Adjei-Mensah, President of the Republic of Ghana
2. Hon. Mrs. Ama Boakye, Minister for Foreign Affairs and Regional Integration
3. Hon. Mr. Yaw Darko, Minister for Trade and Industry

TUESDAY, 15 OCTOBER 2030

10:20    Small-group meeting between the two Presidents
11:00    Delegation-level talks
19:00    State banquet hosted by H.E. Mr. Kim Tae-ho, President of the Republic of Korea
"""


def test_the_visit_a_programme_title_names_has_its_header_days_and_delegation(nlp) -> None:
    events = _extract(nlp, PROGRAMME, "2030-10-08")
    (visit,) = [e for e in events if e.type == "visit"]
    assert (visit.start, visit.end) == ("2030-10-14", "2030-10-16")
    assert {"Kofi Adjei-Mensah", "Ama Boakye", "Yaw Darko"} <= set(_sides(visit))
    assert _sides(visit)["Ama Boakye"] == "GH"


def test_a_slot_between_the_two_presidents_is_the_visitors_and_the_hosts(nlp) -> None:
    (small,) = [e for e in _extract(nlp, PROGRAMME, "2030-10-08") if e.start == "2030-10-15T10:20"]
    assert _sides(small) == {"Kofi Adjei-Mensah": "GH", "Kim Tae-ho": "KR"}
