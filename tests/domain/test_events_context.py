"""Events whose people, place, date or identity come from the sentences around them (issue 12), on invented
text: "The ministers signed ...", a relative clause's place, a dateline beside "this week", the next session
of a dialogue, and the bodies a joint statement names."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document, Event


def _doc(nlp, text: str, published: str):
    return extract_document(Document(id="t", source="t", text=text, published=published), nlp=nlp)


def _sides(event: Event) -> dict[str, str | None]:
    return {p.name: p.side for p in event.participants}


HOSTED = ("WASHINGTON, June 9, 2031 - Secretary of Defense Robert Kline hosted Norwegian Minister of Defence Ingrid "
          "Solberg at the Pentagon today. The ministers signed a Supplementary Defense Cooperation Agreement, which "
          "sets out the terms for U.S. forces training in Norway.\n\nKline and Solberg discussed security in the "
          "High North. Solberg thanked Kline for U.S. participation in exercise Cold Response.")


def test_the_ministers_are_the_people_of_the_sentence_before(nlp) -> None:
    doc = _doc(nlp, HOSTED, "2031-06-09")
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert _sides(signing) == {"Robert Kline": "US", "Ingrid Solberg": "NO"}


def test_a_place_in_a_relative_clause_is_the_things_not_the_events(nlp) -> None:
    doc = _doc(nlp, HOSTED, "2031-06-09")
    [signing] = [e for e in doc.events if e.type == "agreement"]
    assert signing.location is None or signing.location.country != "NO"
    assert "Cold Response" not in {p.name for p in doc.people}  # an exercise, not a person


def test_this_week_in_a_dated_release_is_a_week_not_the_datelines_day(nlp) -> None:
    doc = _doc(nlp, "WASHINGTON, October 2, 2031 - The United States and Peru held the third meeting of their "
                    "Bilateral Working Group on defense this week in Lima. The U.S. delegation was led by Carol "
                    "Hinds; the Peruvian delegation was headed by Vice Minister of Defense Julio Paredes.",
               "2031-10-02")
    [group] = [e for e in doc.events if e.type == "dialogue"]
    assert (group.start, group.end, group.precision) == ("2031-09-29", "2031-10-05", "week")


DIALOGUE = ("Joint Statement on the Second U.S.-Kenya Strategic Dialogue\n\n"
            "The United States and the Republic of Kenya convened the second session of their Strategic Dialogue in "
            "Nairobi on April 12-13, 2031. Deputy Secretary of State Laura Benning and Kenyan Cabinet Secretary for "
            "Foreign Affairs Peter Mwangi co-chaired the Dialogue.\n\n"
            "The two delegations reviewed progress across the Dialogue's five pillars. On the margins of the "
            "Dialogue, the two governments signed a memorandum of intent on health security.\n\n"
            "Deputy Secretary Benning also met with President Ruth Wanjiru, who welcomed the expansion of trade "
            "ties.\n\nBoth sides committed to convene the next Strategic Dialogue in Washington in 2032, and the "
            "Trade and Investment Working Group will meet in June.")


def test_the_numbered_session_of_a_dialogue_is_the_dialogue_and_its_cochairs_are_its(nlp) -> None:
    """ "convened the second session of their Strategic Dialogue": the dialogue itself, not a part of it,
    so "co-chaired the Dialogue" is said of it and not of the next one."""
    events = _doc(nlp, DIALOGUE, "2031-04-15").events
    [held] = [e for e in events if e.type == "dialogue" and e.start == "2031-04-12"]
    assert held.end == "2031-04-13" and _sides(held) == {"Laura Benning": "US", "Peter Mwangi": "KE"}


def test_the_next_session_and_another_body_are_events_of_their_own(nlp) -> None:
    events = _doc(nlp, DIALOGUE, "2031-04-15").events
    assert {(e.start, e.location.name if e.location else None) for e in events if e.start[:4] == "2032"} == \
        {("2032", "Washington")}
    [group] = [e for e in events if e.start == "2031-06"]
    assert group.type == "dialogue" and "Working Group" in group.title and not group.participants


def test_one_more_meeting_a_joint_statement_tells_is_held_during_its_dialogue(nlp) -> None:
    events = _doc(nlp, DIALOGUE, "2031-04-15").events
    [audience] = [e for e in events if "Ruth Wanjiru" in _sides(e)]
    assert audience.type == "meeting" and (audience.start, audience.end) == ("2031-04-12", "2031-04-13")
    [signing] = [e for e in events if e.type == "agreement"]
    assert signing.start == "2031-04-12"


def test_a_meeting_in_another_city_after_a_dialogue_with_an_unsided_cochair_is_another_event(nlp) -> None:
    """Kept since "the third session of the Dialogue" became the dialogue itself: the city a sentence opens on
    tells a new event even when the dialogue's co-chair has no side yet (the dialogue's name says Sri Lanka)."""
    doc = _doc(nlp, "Deputy Secretary of State Laura Castell is traveling to Colombo and Male November 11-14, 2031."
                    "\n\nIn Colombo on November 11, the Deputy Secretary met with President Nimal Jaya. She also "
                    "co-chaired, with Foreign Secretary Ravi Guna, the third session of the U.S.-Sri Lanka "
                    "Partnership Dialogue.\n\nOn November 13, she became the most senior U.S. official to visit the "
                    "Maldives since 2012. In Male, she met with President Ahmed Rashid.", "2031-11-14")
    [dialogue] = [e for e in doc.events if e.type == "dialogue"]
    assert "Ahmed Rashid" not in _sides(dialogue)
    assert any(e.type == "meeting" and "Ahmed Rashid" in _sides(e) for e in doc.events)
