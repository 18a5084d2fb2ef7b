"""Consultations reported "yesterday", then "On the same day, X was received by the Minister" (issue 12): the call on
the Minister is a meeting of its own, on the consultations' day, not the day of a forum the sentence before announces
("which will take place in Samarkand on 12 June"); and "arrival in Lima, the Korean Foreign Minister" is no trip to
Korea (a nationality before an office is no leg of a trip)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Uzbekistan–Indonesia Political Consultations Held in Tashkent

Ministry of Foreign Affairs of the Republic of Uzbekistan – Press Service

Tashkent, 15 April 2031 – Political consultations between the Ministries of Foreign Affairs of the Republic of Uzbekistan and the Republic of Indonesia were held yesterday in Tashkent. The Uzbek delegation was headed by Deputy Minister of Foreign Affairs Bakhtiyor Rustamovich Saidov, and the Indonesian delegation by Mr. Arif Budiman Santoso, Director-General for Asia, Pacific and African Affairs.

The Uzbek side also informed its partners about the international investment forum, which will take place in Samarkand on 12 June.

On the same day, Mr. Santoso was received by the Minister of Foreign Affairs of the Republic of Uzbekistan, Jasur Anvarovich Karimov.

Dr. Arif Santoso will travel on to Bishkek, the Kyrgyz capital, on Thursday.
"""


def test_the_same_day_is_the_consultations_day_and_its_meeting_its_own(nlp) -> None:
    events = _extract(nlp, RELEASE, "2031-04-15")
    (call_on,) = [e for e in events if e.type == "meeting"]
    assert call_on.start == "2031-04-14"
    assert {(p.name, p.side, p.role) for p in call_on.participants} == {
        ("Jasur Anvarovich Karimov", "UZ", "host"), ("Arif Budiman Santoso", "ID", None)}
    (consultations,) = [e for e in events if e.type == "dialogue"]
    assert consultations.start == "2031-04-14" and "Jasur Anvarovich Karimov" not in {p.name for p in consultations.participants}


def test_a_nationality_after_the_place_of_arrival_is_no_leg(nlp) -> None:
    events = _extract(nlp, "Lima, May 3, 2031 – Yesterday afternoon, shortly after his arrival in Lima, the Korean "
                           "Foreign Minister, Kang Min-seok, was received by the President of the Council of Ministers, "
                           "Fernando Zevallos Arana.", "2031-05-03")
    assert not [e for e in events if e.location and e.location.country == "KR"]
