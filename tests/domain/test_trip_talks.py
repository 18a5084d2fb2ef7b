"""Talks a trip's release announces in the sentence that sends the traveller there ("will travel to Seoul for
consultations with X on North Korea"), an instrument "inked" rather than signed, one "also received by" a president,
and a dinner "offered to the delegations by" a mayor (issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

TRIP = (
    "NEWS RELEASE\nOFFICE OF THE ASSISTANT SECRETARY OF DEFENSE (PUBLIC AFFAIRS)\nMarch 2, 2004\n\n"
    "SECRETARY WHITAKER TO TRAVEL TO NORTHEAST ASIA\n\n"
    "Secretary of Defense Paul R. Whitaker will depart Washington on Sunday, March 7, for a six-day trip to Japan and "
    "the Republic of Korea.\n\n"
    "The Secretary's first stop will be Tokyo, where he will spend March 8 and 9. On March 8 he will hold talks with "
    "Minister of Defense Kenji Arakawa.\n\n"
    "From Tokyo, Secretary Whitaker will travel to Seoul for consultations with Minister of National Defense "
    "Cho Young-gil on the security situation on the Korean Peninsula, North Korea's missile development and U.S. policy "
    "toward North Korea.\n"
)


def test_talks_the_trips_sentence_sends_its_traveller_to_are_held_there_with_him(nlp) -> None:
    talks = [e for e in _extract(nlp, TRIP, "2004-03-02") if e.type in {"meeting", "dialogue"} and
             "Cho Young-gil" in _sides(e)]
    assert len(talks) == 1
    assert talks[0].location is not None and talks[0].location.name == "Seoul"
    assert _sides(talks[0]) == {"Paul R. Whitaker": "US", "Cho Young-gil": "KR"}
    assert set(talks[0].countries) == {"US", "KR"}  # (North Korea is what they talk about)


INKED = (
    "Joint Readout of the U.S.-Vietnam Financial Dialogue\n\nHanoi, April 10, 2031\n\n"
    "At the close of the Dialogue on April 9, Deputy Secretary Amira Farouk and Vietnamese Deputy Minister of "
    "Finance Le Van Thinh inked a memorandum of understanding on customs data exchange.\n"
)


def test_a_memorandum_inked_is_signed(nlp) -> None:
    signings = [e for e in _extract(nlp, INKED, "2031-04-10") if e.type == "agreement"]
    assert len(signings) == 1 and signings[0].start == "2031-04-09"
    assert signings[0].title.endswith("sign memorandum of understanding")
    assert _sides(signings[0]) == {"Amira Farouk": "US", "Le Van Thinh": "VN"}


RECEIVED = (
    "Secretaría de Relaciones Exteriores\nPress Release\n\n"
    "On Monday, Foreign Secretary Andrés Quiroga Salinas held talks in Guatemala City with Foreign Minister "
    "Rafael Monterroso. The Mexican Foreign Secretary was also received by the President of Guatemala, Julio "
    "Castañeda Orellana, at the National Palace.\n"
)


def test_one_also_received_by_a_president_meets_him(nlp) -> None:
    events = _extract(nlp, RECEIVED, "1995-06-08")
    audience = [e for e in events if e.type == "meeting" and "Julio Castañeda Orellana" in _sides(e)]
    assert len(audience) == 1 and audience[0].start == "1995-06-05"
    assert _sides(audience[0])["Julio Castañeda Orellana"] == "GT"


DINNER = (
    "III COLOMBIA–VENEZUELA BORDER FORUM\nPROGRAMME\n\nTHURSDAY, 14 NOVEMBER 2030\n"
    "09:00   Opening session\n"
    "19:30   Dinner offered to the delegations by the Mayor of Cúcuta, Mr. Jhon Fredy Galvis Rincón\n"
)


def test_a_dinner_offered_to_the_delegations_by_a_mayor_is_his(nlp) -> None:
    dinner = [e for e in _extract(nlp, DINNER, "2030-11-01") if "Jhon Fredy Galvis Rincón" in _sides(e)]
    assert len(dinner) == 1 and dinner[0].start.startswith("2030-11-14T19:30")
    assert {p.name: p.role for p in dinner[0].participants}["Jhon Fredy Galvis Rincón"] == "host"
