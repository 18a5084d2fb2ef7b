"""Events from short texts: one test per pattern family (triggers, dates, places, roles, grouping)."""

from __future__ import annotations

import pytest

from entente.extract.document import extract_document
from entente.extract.sentences import split_sentences
from entente.extract.event_types import find_triggers
from entente.extract.same_event import same_event
from entente.models import Document, Event, Location, Participant


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Cohen and Tokpakbayev signed the plan.", "agreement"),
    ("The bill passed the U.S. Senate on 24 September 2009.", "legislation"),
    ("The act went into effect on 15 October 2009.", "legislation"),
    ("the global nuclear security summit in March 2010", "summit"),
    ("The Defense Working Group met in Rawalpindi.", "dialogue"),
    ("the NPT review conference in December 2010", "conference"),
    ("Secretary Blinken spoke with Foreign Minister Kuleba by phone.", "call"),
    ("Secretary Blinken will travel to Kuwait City on July 28.", "visit"),
    ("Secretary Blinken met today in Cairo with President Al Sisi.", "meeting"),
    ("The two countries issued a joint statement.", "statement"),
    ("The Department announced new sanctions.", "announcement"),
])
def test_triggers_give_event_types(sentence: str, kind: str) -> None:
    assert {t.type for t in find_triggers(sentence) if t.strong} == {kind}


def test_speech_verb_called_is_not_a_phone_call() -> None:
    assert not [t for t in find_triggers("Patterson called the working groups an important step.") if t.type == "call"]


@pytest.mark.parametrize("sentence", [
    "Ministers pledged to meet net-zero emissions by 2050.",
    "Adapting the alliance to meet the challenges of the 21st century is essential.",
    "The urgent work we need to do together to meet humanitarian and reconstruction needs in Gaza.",
    "The country met the minimum standards for the elimination of trafficking.",
    "Meeting its commitments under the treaty remains a priority.",
])
def test_meeting_a_goal_is_not_a_meeting(sentence: str) -> None:
    assert not [t for t in find_triggers(sentence) if t.type == "meeting"]


@pytest.mark.parametrize("sentence", [
    "They will meet in Geneva to discuss their climate goals.",
    "The two leaders met today to review the targets.",
    "Blinken will meet with Egyptian leaders on reconstruction needs.",
])
def test_a_gathering_about_goals_is_still_a_meeting(sentence: str) -> None:
    assert [t for t in find_triggers(sentence) if t.type == "meeting"]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Retired Pakistani Lt. Gen. Athar Ali led the delegation. They met on Dec. 17, 1999. Next."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Retired Pakistani Lt. Gen. Athar Ali led the delegation.", "They met on Dec. 17, 1999.", "Next."]


def _events(nlp, text: str, published: str | None = "2021-05-26") -> list[Event]:
    doc = Document(id="t", source="t", text=text, published=published)
    return list(extract_document(doc, nlp=nlp).events)


def test_readout_meeting_today_in_a_city(nlp) -> None:
    [event] = _events(nlp, "Office of the Spokesperson\n\nSecretary of State Antony J. Blinken met today in Cairo "
                           "with Egyptian President Abdel Fattah Al Sisi. They discussed Gaza.")
    assert (event.type, event.start, event.location.country) == ("meeting", "2021-05-26", "EG")
    sides = {p.name: p.side for p in event.participants}
    assert sides == {"Antony J. Blinken": "US", "Abdel Fattah Al Sisi": "EG"}


def test_a_topic_place_far_from_the_meeting_is_not_its_location(nlp) -> None:
    [event] = _events(nlp, "Secretary of State Antony J. Blinken met today with Israeli Alternate Prime Minister "
                           "Benny Gantz to discuss the need for all sides to maintain calm and the humanitarian "
                           "situation in Gaza.")
    assert event.location is None


def test_travel_announcement_gives_a_dated_visit(nlp) -> None:
    events = _events(nlp, "Secretary of State Antony J. Blinken will travel on June 1-2 to San José, Costa Rica, "
                          "where he will meet with President Carlos Alvarado Quesada.", published="2021-05-27")
    visit = next(e for e in events if e.type == "visit")
    assert (visit.start, visit.end, visit.location.country) == ("2021-06-01", "2021-06-02", "CR")


def test_calls_have_no_place(nlp) -> None:
    [event] = _events(nlp, "Secretary Antony J. Blinken spoke today by phone with Afghan President Ashraf Ghani "
                           "about the situation in Afghanistan.")
    assert event.type == "call" and event.location is None


def test_transcript_header_places_its_speakers(nlp) -> None:
    text = ("Antony J. Blinken, Secretary of State\n\nMahmoud Abbas, Palestinian Authority President\n\n"
            "Ramallah, West Bank\n\nSECRETARY BLINKEN: Thank you, Mr. President.")
    doc = Document(id="t", source="t", title="Secretary Blinken and President Abbas Statements to the Press",
                   text=text, published="2021-05-25")
    events = extract_document(doc, nlp=nlp).events
    [event] = [e for e in events if e.type != "visit"]
    assert (event.start, event.location.country) == ("2021-05-25", "PS")
    assert "Antony J. Blinken" in {p.name for p in event.participants}
    assert event.title == doc.title
    # ... and the one away from home was on a visit there (the President at home was not)
    [visit] = [e for e in events if e.type == "visit"]
    assert (visit.start, visit.location.country) == ("2021-05-25", "PS")
    assert {p.name for p in visit.participants} == {"Antony J. Blinken"}


def test_duration_and_today_make_a_range(nlp) -> None:
    [event] = _events(nlp, "WASHINGTON, June 10, 2010 — U.S. and Pakistani defense officials wrapped up a "
                           "four-day session in Pakistan today.", published=None)
    assert (event.start, event.end, event.precision) == ("2010-06-07", "2010-06-10", "day")


def test_delegation_leads_and_members_with_sides(nlp) -> None:
    text = ("WASHINGTON, June 10, 2010 — The strategic dialogue meetings were held here in March. "
            "Pakistani Foreign Minister Makhdoom Shah Mehmood Qureshi led the Pakistani delegation, which also "
            "included Defense Minister Ahmed Mukhtar.")
    [event] = _events(nlp, text, published=None)
    roles = {p.name: (p.side, p.role) for p in event.participants}
    assert roles["Makhdoom Shah Mehmood Qureshi"] == ("PK", "lead")
    assert roles["Ahmed Mukhtar"] == ("PK", "member")
    assert event.location == Location("Washington", "US")  # "held here" is the dateline's city


def test_legislation_milestones_become_one_event_each(nlp) -> None:
    text = ("The Kerry-Lugar Bill passed the U.S. Senate on 24 September 2009 and the U.S. House of "
            "Representatives on 30 September 2009, and went into effect on 15 October 2009.")
    events = _events(nlp, text, published="2009-11-01")
    assert [(e.type, e.start) for e in events] == [
        ("legislation", "2009-09-24"), ("legislation", "2009-09-30"), ("legislation", "2009-10-15")]
    assert all(e.title.startswith("Kerry-Lugar Bill") for e in events)
    assert "House" in events[1].title and "effect" in events[2].title


def test_two_events_in_one_sentence_keep_their_own_dates(nlp) -> None:
    text = ("Pakistan believes that the outcome of the March 2010 nuclear security summit will overshadow the "
            "NPT review conference in December 2010.")
    events = _events(nlp, text, published="2009-10-09")
    assert {(e.type, e.start) for e in events} == {("summit", "2010-03"), ("conference", "2010-12")}


def test_a_year_inside_a_name_is_not_the_date(nlp) -> None:
    events = _events(nlp, 'U.S. AND KAZAKHSTAN SIGN "DEFENSE COOPERATION PLAN FOR 2000"\n\nThey met.',
                     published="1999-12-20")
    assert not [e for e in events if e.start == "2000"]


def test_an_agreement_is_not_named_after_its_signer(nlp) -> None:
    [event] = _events(nlp, "On January 1, 1863, President Lincoln signed the Emancipation Proclamation to abolish "
                           "slavery.", published="1863-01-02")
    assert event.type == "agreement"
    assert "signed signed" not in event.title and "President Lincoln signed" not in event.title, event.title


def test_empty_text_is_rejected(nlp) -> None:
    out = extract_document(Document(id="e", source="e", text="  \n"), nlp=nlp)
    assert out.status == "rejected" and not out.events and out.messages


def test_missing_document_date_is_a_warning(nlp) -> None:
    out = extract_document(Document(id="n", source="n", text="The delegations met three months ago."), nlp=nlp)
    assert out.status == "warning" and any("no document date" in m for m in out.messages)


def _event(start: str, country: str | None, people: tuple[str, ...], kind: str = "meeting") -> Event:
    return Event(id=start, title="x", type=kind, start=start, end=None, precision="day",
                 location=Location("x", country) if country else None,
                 participants=tuple(Participant(p) for p in people))


@pytest.mark.parametrize(("a", "b", "same"), [
    (_event("2021-05-26", "EG", ("Antony J. Blinken",)), _event("2021-05-26", "EG", ("Secretary Blinken",)), True),
    (_event("2021-05-26", "EG", ("Antony J. Blinken",)), _event("2021-05-27", "JO", ("Antony J. Blinken",)), False),
    (_event("2021-05-26", "EG", ("Antony J. Blinken",)), _event("2021-06-26", "EG", ("Antony J. Blinken",)), False),
    (_event("2021-05-26", "EG", ("Antony J. Blinken",)), _event("2021-05-26", "EG", ("Wendy Sherman",)), False),
    (_event("2021-05-26", None, ("Blinken",), "call"), _event("2021-05-26", "EG", ("Blinken",)), False),
])
def test_same_event_across_documents(a: Event, b: Event, same: bool) -> None:
    assert same_event(a, b) is same
