"""Delegation lists whose roles are labels on lines of their own (issue 12): "DELEGATION OF THE KINGDOM OF
THAILAND" over "Head of Delegation" and "Members" lines, a host's list headed "HOST DELEGATION OF MALAYSIA (for
information)"; a header's "Kuala Lumpur, 9–11 December 1997" is where the meeting it heads was held; Malaysian
titles ("Tan Sri Dato' Seri") are no part of a name and a street ("Jalan Padang Tembak") is no person."""

from __future__ import annotations

from entente.extract.names import clean_name
from tests.domain.test_events_unseen import _extract, _sides

TEXT = ("JOINT BORDER COMMITTEE THAILAND – MALAYSIA\n"
        "14th Meeting\n"
        "Kuching, 3–5 March 2004\n\n"
        "DELEGATION OF THE KINGDOM OF THAILAND\n"
        "(as notified by the Royal Thai Embassy, Kuala Lumpur, on 27 February 2004)\n\n"
        "Head of Delegation\n"
        "General Somchai Wongsuwan, Supreme Commander, Royal Thai Armed Forces\n\n"
        "Members\n"
        "1. Lieutenant General Prasert Boonmee, Commander, Fourth Army Region\n"
        "2. Mr. Anuwat Chaiyasit, Director, East Asia Department, Ministry of Foreign Affairs\n\n"
        "HOST DELEGATION OF MALAYSIA (for information)\n\n"
        "Head of Delegation\n"
        "General Tan Sri Dato' Seri Razali bin Ahmad, Chief of Defence Forces, Malaysian Armed Forces\n\n"
        "Members\n"
        "1. Lieutenant General Dato' Mokhtar bin Hassan, Chief of Staff, Malaysian Armed Forces Headquarters\n"
        "2. Datuk Azman bin Yusof, Under-Secretary, Ministry of Foreign Affairs\n\n"
        "PROGRAMME\n"
        "Thursday, 4 March: Opening of the 14th Meeting, Ministry of Defence, Jalan Padang Tembak; plenary sessions.\n")


def _committee(nlp):
    return next(e for e in _extract(nlp, TEXT, "2004-02-27") if e.start == "2004-03-03")


def test_each_side_listed_under_its_role_labels_takes_part_with_its_side(nlp) -> None:
    sides = _sides(_committee(nlp))
    assert sides.get("Somchai Wongsuwan") == "TH" and sides.get("Anuwat Chaiyasit") == "TH"
    assert sides.get("Razali bin Ahmad") == "MY" and sides.get("Azman bin Yusof") == "MY"


def test_the_one_under_head_of_delegation_leads(nlp) -> None:
    roles = {p.name: p.role for p in _committee(nlp).participants}
    assert roles.get("Somchai Wongsuwan") == "lead" and roles.get("Razali bin Ahmad") == "lead"
    assert roles.get("Prasert Boonmee") == "member"


def test_the_header_line_under_the_meeting_is_where_it_was_held(nlp) -> None:
    committee = _committee(nlp)
    assert committee.location is not None and committee.location.name == "Kuching"
    assert set(committee.countries) == {"TH", "MY"}


def test_a_street_is_no_person(nlp) -> None:
    people = {p.name for e in _extract(nlp, TEXT, "2004-02-27") for p in e.participants}
    assert not any("Tembak" in name for name in people)


def test_malaysian_titles_are_no_part_of_the_name() -> None:
    assert clean_name("Tan Sri Dato' Seri Razali bin Ahmad")[0] == "Razali bin Ahmad"
    assert clean_name("Datuk Azman bin Yusof")[0] == "Azman bin Yusof"
    assert clean_name("Sri Mulyani Indrawati")[0] == "Sri Mulyani Indrawati"  # a given name, not a title


LISTS = ("6. Participants\n\nEgypt\n- Amb. (ret.) Sherif Abdel-Rahman (Egyptian Council for Foreign Affairs) – head\n"
         "- Dr. Hany Abdel-Fattah (Al-Ahram Center for Political and Strategic Studies)\n\n"
         "Ethiopia\n- Amb. (ret.) Berhanu Alemu (former Ambassador of Ethiopia to Egypt) – head\n"
         "- Dr. Yonas Tadesse (Institute for Peace and Security Studies, Addis Ababa University)\n\n"
         "Observer\n- Ms. Fatou Ndiaye (Department of Rural Economy and Agriculture, African Union Commission)\n")


def test_an_observer_under_a_label_of_her_own_is_no_part_of_the_list_above() -> None:
    """"Observer" over its entry names another group; "Head of Delegation" and "Members" go on with the list."""
    from entente.extract.delegation_lists import listed_sides

    ethiopia = [LISTS[s:e] for s, e, code in listed_sides(LISTS) if code == "ET"]
    assert ethiopia and "Yonas Tadesse" in ethiopia[0] and "Fatou Ndiaye" not in ethiopia[0]


def test_an_item_the_programme_struck_off_is_no_event(nlp) -> None:
    text = ("PROGRAMME\nOfficial Visit of the Minister of Defence of Ghana to Germany, 4–7 June 2018\n\n"
            "THURSDAY, 7 JUNE 2018\n\n09:30   Meeting with the Deputy Commander of the Joint Support Service – CANCELLED\n"
            "10:00   Meeting with the State Secretary, Dr. Katrin Vollmer\n")
    days = [e.start for e in _extract(nlp, text, "2018-05-29") if e.type == "meeting"]
    assert "2018-06-07T09:30" not in days and "2018-06-07T10:00" in days
    # a postponement told in prose is no struck-off item: the talks were held
    prose = "The border talks, postponed from May, were held in Kuching on 3 June 2004 by General Somchai Wongsuwan.\n"
    assert any(e.start == "2004-06-03" for e in _extract(nlp, prose, "2004-06-05"))



def test_a_visiting_fellow_on_a_participant_list_is_no_visit(nlp) -> None:
    """"Col. (ret.) Hideo Fujimoto – Visiting Research Fellow, JIIA" is an academic post, not a trip."""
    text = ("Japan–Korea Security Dialogue: Seventh Round\nSeoul, 18–19 November 2014\n\n"
            "The seventh round of the Japan–Korea Security Dialogue was held in Seoul on 18–19 November 2014.\n\n"
            "Annex: List of Participants\n\nJAPAN\n"
            "Amb. (ret.) Kazuhiro Tanabe – Senior Adviser, The Japan Institute of International Affairs (Head of Delegation)\n"
            "Col. (ret.) Hideo Fujimoto – Visiting Research Fellow, JIIA\n")
    assert not [e for e in _extract(nlp, text, "2014-11-25") if e.type == "visit"]
