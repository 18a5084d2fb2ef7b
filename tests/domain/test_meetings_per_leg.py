"""Meetings a trip's release sets in each of its countries (issue 12): "will meet with senior officials in the three
countries" after a trip to three, "In Armenia and Azerbaijan, X will meet with government leaders", and a meeting
with officials beside a working group its subject co-chairs ("will meet with senior South African officials and
co-chair the Working Group")."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract


def _meetings_in(events) -> list[str]:
    return sorted(e.location.country for e in events if e.type == "meeting" and e.location is not None)


def test_officials_in_the_three_countries_are_met_in_each(nlp) -> None:
    text = ("Office of the Spokesperson\n\nSpecial Envoy for the Sahel Laura Bexley will travel to Mali, Niger and "
            "Chad from March 3 to 10.\n\nSpecial Envoy Bexley will meet with senior officials in the three countries "
            "to discuss regional security.\n")
    events = _extract(nlp, text, "2031-03-01")
    assert _meetings_in(events) == ["ML", "NE", "TD"]
    assert all(set(e.countries) == {"US", e.location.country} for e in events if e.type == "meeting")


def test_a_count_that_is_not_the_trips_splits_nothing(nlp) -> None:
    text = ("Office of the Spokesperson\n\nSpecial Envoy for the Sahel Laura Bexley will travel to Mali and Niger "
            "from March 3 to 10.\n\nSpecial Envoy Bexley will meet with senior officials of the four countries of "
            "the Liptako-Gourma Authority.\n")
    assert len([e for e in _extract(nlp, text, "2031-03-01") if e.type == "meeting"]) <= 1


def test_a_meeting_opened_by_two_countries_is_held_in_each(nlp) -> None:
    text = ("Office of the Spokesperson\n\nActing Assistant Secretary Mark Fielding will travel to Georgia, Armenia "
            "and Azerbaijan from June 6 to 13.\n\nIn Armenia and Azerbaijan, Acting Assistant Secretary Fielding will "
            "meet with government, civil society, and business leaders to discuss bilateral relations.\n")
    assert _meetings_in(_extract(nlp, text, "2031-06-01")) == ["AM", "AZ"]


def test_officials_met_beside_a_working_group_co_chaired_are_a_meeting_of_their_own(nlp) -> None:
    text = ("Office of the Spokesperson\n\nUnder Secretary Victoria Lamb will travel to South Africa and Botswana "
            "from July 3 to 8.\n\nIn South Africa, the Under Secretary will meet with senior South African officials "
            "and co-chair the Working Group on African and Global Issues.\n")
    events = [e for e in _extract(nlp, text, "2031-07-01") if e.location is not None and e.location.country == "ZA"]
    assert sorted(e.type for e in events) == ["dialogue", "meeting", "visit"]


def test_a_session_announced_for_later_this_year_is_not_the_meeting_held_yesterday(nlp) -> None:
    text = ("ABUJA, 19 March 2031 — The Minister of Foreign Affairs, Ambassador Ibrahim Bakare, yesterday received "
            "H.E. Dr. Wanjiru Kamau, Cabinet Secretary for Foreign Affairs of the Republic of Kenya.\n\n"
            "Both sides agreed that the 5th Session of the Nigeria-Kenya Joint Commission will hold in Nairobi later "
            "this year.\n")
    events = _extract(nlp, text, "2031-03-19")
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert meeting.start == "2031-03-18" and (meeting.location is None or meeting.location.country == "NG")
    (session,) = [e for e in events if e.type == "dialogue"]
    assert session.start == "2031" and session.location is not None and session.location.name == "Nairobi"
