"""Meetings with groups of no government, numbered instances of a gathering, "co-chair" the noun, and the people
of a gathering's sessions (issue 12)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract


def test_a_meeting_with_civil_society_abroad_is_the_visitors_own_and_titled_by_the_group(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nAssistant Secretary Ada Quill will travel to Accra, Ghana on "
                           "March 3-4, 2031.\n\nIn Accra, she will meet with Ghanaian government officials to discuss "
                           "maritime security. She will also meet with members of the business community to discuss "
                           "trade.", "2031-03-01")
    meetings = [e for e in events if e.type == "meeting"]
    assert sorted(sorted(e.countries) for e in meetings) == [["GH", "US"], ["US"]]
    (group,) = [e for e in meetings if list(e.countries) == ["US"]]
    assert group.title == "Quill meets members of the business community in Accra"
    assert group.start == "2031-03-03"


def test_a_lower_numbered_meeting_is_one_recalled_and_the_meeting_after_it_is_the_reports(nlp) -> None:
    events = _extract(nlp, "Summary of the Sixth Meeting\n\nThe sixth meeting of the Ghana-Peru Ocean Dialogue was held "
                           "in Lima on 4-5 June 2031. The fifth meeting was held in Accra in October 2030.\n\nThe meeting "
                           "was co-chaired by Dr. Kofi Mensah, University of Ghana, and Dr. Rosa Quispe, Pontifical "
                           "Catholic University of Peru.", "2031-06-10")
    (report,) = [e for e in events if e.start == "2031-06-04"]
    assert {p.name for p in report.participants} >= {"Kofi Mensah", "Rosa Quispe"}
    assert [e.start for e in events if any(p.name == "Rosa Quispe" for p in e.participants)] == ["2031-06-04"]


def test_co_chair_as_a_noun_starts_no_dialogue(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary Ada Quill met Foreign Minister Kofi Mensah of Ghana "
                           "in Washington today. The Secretary welcomed Ghana's work as 2031 co-chair of the Gulf of "
                           "Guinea Partnership.", "2031-06-10")
    assert [e.type for e in events] == ["meeting"]


def test_whoever_chairs_or_presents_a_session_takes_part_in_the_gathering(nlp) -> None:
    events = _extract(nlp, "Ghana-Peru Ocean Dialogue: Report\n\nThe Ghana-Peru Ocean Dialogue was held in Lima on 4-5 "
                           "June 2031.\n\n- Session 1: Fisheries. Chair: Dr. Kofi Mensah, University of Ghana. "
                           "Presenters: Dr. Rosa Quispe, Pontifical Catholic University of Peru.\n- Session 2: Ports. "
                           "Chair: Dr. Ama Owusu, University of Ghana.", "2031-06-10")
    (dialogue,) = [e for e in events if e.type == "dialogue"]
    roles = {p.name: p.role for p in dialogue.participants}
    assert roles.get("Kofi Mensah") == "chair" and roles.get("Ama Owusu") == "chair"
    assert roles.get("Rosa Quispe") == "presenter"


def test_in_a_release_of_neither_side_named_the_one_named_by_office_alone_is_of_the_other_party(nlp) -> None:
    # ... and an office apposed after a name ends at its comma ("Y, the Minister of Defence of Peru, to the ...")
    events = _extract(nlp, "Defence Secretary meets Peruvian minister\n\nThe Defence Secretary, Kofi Mensah, today "
                           "welcomed Rosa Quispe, the Minister of Defence of the Republic of Peru, to the Ministry of "
                           "Defence in Accra for talks on peacekeeping. Ghana and Peru have cooperated in peacekeeping for a "
                           "decade.", "2031-06-10")
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert {p.name: p.side for p in meeting.participants} == {"Kofi Mensah": "GH", "Rosa Quispe": "PE"}


def test_hosting_the_gathering_the_headline_names_is_that_gathering_not_a_second_one(nlp) -> None:
    from entente.extract.document import extract_document
    from entente.models import Document
    doc = extract_document(Document(id="t", source="t", published="2031-08-03",
                                    title="Secretary Quill’s Participation in the Gulf of Guinea Partnership Ministers’ Meeting",
                                    text="Office of the Spokesperson\n\nThe below is attributable to Spokesperson Ana Reyes:"
                                         "\n\nOn August 2, Secretary Quill co-hosted the second Gulf of Guinea "
                                         "Partnership ministerial. The Secretary emphasized U.S. commitment to maritime "
                                         "security in the Gulf of Guinea.\n"), nlp=nlp)
    assert [(e.type, e.start) for e in doc.events] == [("conference", "2031-08-02")]


def test_a_telephone_conversation_told_by_its_noun_is_a_call(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nOn Tuesday, Secretary Ada Quill met Foreign Minister Kofi "
                           "Mensah of Ghana in Washington. Tuesday's meeting followed a telephone conversation between "
                           "the two ministers last month.", "2031-06-12")
    assert sorted((e.type, e.start) for e in events) == [("call", "2031-05"), ("meeting", "2031-06-10")]


def test_a_name_after_a_long_office_set_off_by_a_comma_is_found_with_the_offices_side(nlp) -> None:
    # (the tagger does not take this name for a person: the office's reading finds it)
    events = _extract(nlp, "Communiqué No. 12\n\nThe Secretary of Foreign Affairs, Ambassador Lucía María Fernández "
                           "Soto, today received the Minister of Foreign Affairs of Guatemala, Haroldo Enrique Quiñónez "
                           "Batres, at the headquarters of the Ministry of Foreign Affairs.", "2031-07-18")
    (meeting,) = [e for e in events if e.type == "meeting"]
    assert {p.name: p.side for p in meeting.participants}.get("Haroldo Enrique Quiñónez Batres") == "GT"


def test_a_roundtable_with_a_group_is_a_meeting_and_seeing_an_office_holder_is_meeting_them(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nAssistant Secretary Ada Quill will travel to Ghana on March 3, "
                           "2031.\n\nIn Accra, the Assistant Secretary will meet with Foreign Minister Kofi Mensah and "
                           "hold a roundtable with opposition leaders.\n\nOn March 5, she will see President Ama Owusu "
                           "in Kumasi.", "2031-03-01")
    meetings = sorted((e.start, e.title) for e in events if e.type == "meeting")
    assert ("2031-03-03", "Quill meets opposition leaders in Accra") in meetings
    assert any(start == "2031-03-05" and "Owusu" in title for start, title in meetings)


def test_who_travels_is_not_of_the_country_visited(nlp) -> None:
    events = _extract(nlp, "Defence ministers meet in Accra\n\nOn Tuesday, the Minister of National Defence, "
                           "Kofi Mensah, hosted the Minister of National Defence of the Republic of Peru, Rosa Quispe, "
                           "in Accra. They discussed peacekeeping cooperation between Ghana and Peru. Minister Mensah "
                           "accepted his counterpart's invitation to visit Lima next month.",
                           "2031-06-12")
    (visit,) = [e for e in events if e.type == "visit" and e.location and e.location.name == "Lima"]
    assert {p.name: p.side for p in visit.participants}.get("Kofi Mensah") == "GH"


def test_being_received_at_someones_residence_is_a_meeting_with_them(nlp) -> None:
    events = _extract(nlp, "Ghana-Peru Ocean Dialogue: Report\n\nThe Ghana-Peru Ocean Dialogue was held in Lima on 4-5 "
                           "June 2031.\n\nOn the evening of 4 June, participants were received at the residence of the "
                           "Swiss Ambassador to Peru, Anna Keller, who briefed them on the role of Switzerland as facilitator.",
                           "2031-06-10")
    meetings = [e for e in events if e.type == "meeting"]
    assert [(e.start, {p.name: p.side for p in e.participants}.get("Anna Keller")) for e in meetings] == [("2031-06-04", "CH")]


def test_an_organisers_credit_is_no_gathering_of_its_own() -> None:
    from entente.extract.event_types import find_triggers
    credit = "It was jointly convened by the Ocean Policy Studies Foundation (OPSF) in Kumasi and the Pacific Institute."
    assert [t.text for t in find_triggers(credit, 0)] == []
    assert [t.text for t in find_triggers("The ministers convened the Working Group on May 3.", 0)][:1] == ["convened"]


def test_a_releases_own_date_line_dates_none_of_the_trips_its_heading_names(nlp) -> None:
    text = ("Counselor Ada Quill's Travel to Ghana and Peru\nOffice of the Spokesperson\nMarch 1, 2031\n\nCounselor of "
            "the Department Ada Quill will travel to Accra on March 3-4 and Lima on March 5-6, 2031.\n\nWhile in Accra, "
            "Counselor Quill will meet with senior government officials to discuss maritime security.")
    events = _extract(nlp, text, "2031-03-01")
    assert sorted((e.type, e.start, e.end) for e in events) == [
        ("meeting", "2031-03-03", "2031-03-04"), ("visit", "2031-03-03", "2031-03-04"), ("visit", "2031-03-05", "2031-03-06")]


def test_a_light_verb_and_a_nominal_trigger_share_the_subject_before_them(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nCounselor Ada Quill will travel to Lima on March 5, 2031. In "
                           "Lima, Counselor Quill will meet with Foreign Minister Rosa Quispe and hold a roundtable with "
                           "civil society leaders.", "2031-03-01")
    (group,) = [e for e in events if e.type == "meeting" and list(e.countries) == ["US"]]
    assert [p.name for p in group.participants] == ["Ada Quill"]
    assert group.title == "Quill meets civil society leaders in Lima"


def test_the_words_an_office_goes_on_with_are_no_person(nlp) -> None:
    events = _extract(nlp, "Defence Secretary hosts Ghana's Minister Responsible for Defence Affairs\n\nThe Defence "
                           "Secretary, Ada Quill, today welcomed Kofi Mensah, Ghana's Minister Responsible for Defence "
                           "Affairs, to the Ministry of Defence in London for talks.", "2031-11-20")
    assert "Responsible" not in {p.name for e in events for p in e.participants}
