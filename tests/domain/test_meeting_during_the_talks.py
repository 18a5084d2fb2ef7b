"""A meeting told on one day of a dialogue of several days is a meeting of its own, held where the dialogue is
(issue 12): "The two-day talks, June 9-10, were co-chaired by A and B. On June 9, B met with C" is the talks and a
meeting of B and C at the talks' place, not C added to the talks."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = ("NEWS RELEASE\nOFFICE OF ASSISTANT SECRETARY OF DEFENSE (PUBLIC AFFAIRS)\n\nJune 10, 2033\n\nUNITED STATES AND "
           "ESTONIA HOLD BILATERAL DEFENSE CONSULTATIONS\n\nThe United States and the Republic of Estonia concluded their "
           "annual bilateral defense consultations at the Pentagon today. The two-day talks, June 9-10, were co-chaired by "
           "Ada Quill, deputy assistant secretary of defense for European policy, and Dr. Mart Kask, permanent secretary "
           "of the Estonian Ministry of Defence.\n\nThe consultations focused on air defense and cyber security.\n\n"
           "On June 9, Kask met with Under Secretary of Defense for Policy Ben Ruiz to discuss the integration of Estonian forces.")


def test_a_meeting_on_one_day_of_two_days_of_talks_is_its_own_and_held_there(nlp) -> None:
    events = _extract(nlp, RELEASE, "2033-06-10")
    (talks,) = [e for e in events if e.type == "dialogue"]
    (met,) = [e for e in events if e.type == "meeting"]
    assert (talks.start, talks.end) == ("2033-06-09", "2033-06-10") and "Ben Ruiz" not in {p.name for p in talks.participants}
    assert met.start == "2033-06-09" and met.end is None
    assert {"Mart Kask", "Ben Ruiz"} <= {p.name for p in met.participants}
    assert met.location is not None and met.location.country == "US"


def test_who_joins_the_talks_on_one_of_their_days_joins_them(nlp) -> None:
    # "joined at the Forum on Tuesday by X" adds X to the Forum: no meeting of its own
    events = _extract(nlp, "Media release\n3 September 2033\n\nToday I will travel to Port Moresby, where I will be from 3 "
                           "to 5 September, to co-chair the 40th Australia–Papua New Guinea Ministerial Forum with Papua "
                           "New Guinea’s Minister for Foreign Affairs, Justin Kaupa.\n\nI will be joined at the Forum on "
                           "Tuesday by the Minister for Defence, Daniel Ferreira.", "2033-09-03")
    assert not [e for e in events if e.type == "meeting"]


def test_a_headlines_verb_is_no_part_of_the_gatherings_name(nlp) -> None:
    # "United States and Estonia Hold Bilateral Defense Consultations": the title names the consultations, not
    # "States and Estonia Hold ..." (the capitalised words before the noun ran over the headline's verb)
    text = RELEASE.replace("UNITED STATES AND ESTONIA HOLD BILATERAL DEFENSE CONSULTATIONS",
                           "United States and Estonia Hold Bilateral Defense Consultations")
    (talks,) = [e for e in _extract(nlp, text, "2033-06-10") if e.type == "dialogue"]
    assert talks.title == "Bilateral Defense Consultations at the Pentagon"
    (talks,) = [e for e in _extract(nlp, RELEASE, "2033-06-10") if e.type == "dialogue"]
    assert "HOLD" not in talks.title and "Hold" not in talks.title
