"""People: names from appositions, premodifiers, participant lists and agendas; sides; one record each."""

from __future__ import annotations

import pytest

from entente.extract.document import extract_document
from entente.extract.names import clean_name, is_person_name
from entente.extract.organisations import org_key
from entente.extract.offices import side_from_title
from entente.extract.people import PersonMention, merge_mentions, mentions_from_entities
from entente.extract.programme import agenda
from entente.extract.roster import participant_list
from entente.models import Document


@pytest.mark.parametrize("name", ["Kerry-Lugar", "Henry L. Stimson Center", "Pakistan Seek",
                                  "http://www.defenselink.mil/faq/comment.html", "Defense Cooperation Plan",
                                  "Conference Pre-Registration", "Celebes Sea", "Strait of Hormuz"])
def test_things_that_are_not_people_are_rejected(name: str) -> None:
    assert not is_person_name(name)


@pytest.mark.parametrize("name", ["Robert M. Gates", "Sat Tokpakbayev", "Chung Eui-yong", "Abdel Fattah Al Sisi",
                                  "Makhdoom Shah Mehmood Qureshi"])
def test_real_names_are_accepted(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(("raw", "name", "lead"), [
    ("Retired Pakistani Lt. Gen. Athar Ali", "Athar Ali", "Retired Pakistani Lt. Gen."),
    ("Gen. Ashfaq Kayani", "Ashfaq Kayani", "Gen."),
    ("Secretary Blinken", "Blinken", "Secretary"),
    ("Kazakhstan Minister of Defense Sat Tokpakbayev", "Sat Tokpakbayev", "Kazakhstan Minister of Defense"),
])
def test_ranks_and_offices_are_split_from_names(raw: str, name: str, lead: str) -> None:
    assert clean_name(raw) == (name, lead)


@pytest.mark.parametrize(("title", "side"), [
    ("Pakistan’s defense secretary", "PK"), ("U.S. ambassador to Pakistan", "US"),
    ("Pakistani Foreign Minister", "PK"), ("Retired Pakistani Lt. Gen.", "PK"),
    ("deputy assistant secretary of defense for Afghanistan, Pakistan and Central Asia", None),
    ("Kazakhstan Minister of Defense", "KZ"),
])
def test_sides_come_from_the_title_holders_own_country(title: str, side: str | None) -> None:
    assert side_from_title(title) == side


def _people(nlp, text: str, home: str | None = "US") -> dict[str, PersonMention]:
    return {m.name: m for m in mentions_from_entities(nlp(text), home=home)}


def test_apposition_titles_and_sides(nlp) -> None:
    text = ("David Ochmanek, deputy assistant secretary of defense for force development, and David Sedney, "
            "deputy assistant secretary of defense for Afghanistan, Pakistan and Central Asia, led the U.S. "
            "delegation. Anne Patterson, U.S. ambassador to Pakistan, called the working groups important.")
    people = _people(nlp, text)
    assert people["David Ochmanek"].title == "deputy assistant secretary of defense for force development"
    assert people["David Sedney"].title.endswith("Pakistan and Central Asia")
    assert (people["Anne Patterson"].title, people["Anne Patterson"].side) == ("U.S. ambassador to Pakistan", "US")


def test_premodifier_titles_and_sides(nlp) -> None:
    text = ("Secretary of Defense William S. Cohen and Kazakhstan Minister of Defense Sat Tokpakbayev signed "
            "the plan on Friday.")
    people = _people(nlp, text)
    assert people["Sat Tokpakbayev"].side == "KZ"
    assert people["William S. Cohen"].title == "Secretary of Defense"
    assert people["William S. Cohen"].side == "US"  # an office only the United States names so


def test_unqualified_office_gives_no_side_outside_a_home_release(nlp) -> None:
    people = _people(nlp, "Ambassador William S. Cohen signed the plan.", home=None)
    assert people["William S. Cohen"].side is None and people["William S. Cohen"].home_side is None
    people = _people(nlp, "Ambassador William S. Cohen signed the plan.", home="US")
    assert people["William S. Cohen"].side is None and people["William S. Cohen"].home_side == "US"
    # "Secretary of Defense" is an American office whoever writes; the UK's is "Secretary of State for Defence"
    people = _people(nlp, "Secretary of Defense William S. Cohen and Secretary of State for Defence "
                          "Geoffrey Hoon signed the plan.", home=None)
    assert people["William S. Cohen"].side == "US" and people["Geoffrey Hoon"].side is None


def test_surname_references_and_typos_merge_into_one_person() -> None:
    mentions = [PersonMention("Robert M. Gates", 0, 15), PersonMention("Sartaz Aziz", 20, 31),
                PersonMention("Sartaj Aziz", 40, 51), PersonMention("Sartaj Aziz", 60, 71),
                PersonMention("Gates", 80, 85, short=True)]
    records, owner = merge_mentions(mentions)
    assert sorted(r.name for r in records) == ["Robert M. Gates", "Sartaj Aziz"]
    assert owner[4].name == "Robert M. Gates"
    aziz = next(r for r in records if r.name == "Sartaj Aziz")
    assert "Sartaz Aziz" in aziz.to_person().aliases and aziz.merges  # the merge keeps its evidence


def test_british_and_american_spellings_are_one_organisation() -> None:
    assert org_key("National Defence University") == org_key("National Defense University")
    assert org_key("Henry L. Stimson Center") == org_key("Henry L Stimson Center")


def test_participant_list_lines() -> None:
    text = "**Sartaz Aziz**, Consultant\n\n**Salma Malik**, Quaid-i-Azam University\n\n**Naeem Salik**, National Defence University, Pakistan\n"
    entries = {e.name: e for e in participant_list(text)}
    assert entries["Sartaz Aziz"].title == "Consultant" and entries["Sartaz Aziz"].side is None
    assert (entries["Salma Malik"].affiliation, entries["Salma Malik"].side) == ("Quaid-i-Azam University", "PK")
    assert entries["Naeem Salik"].side == "PK"


AGENDA = """### THURSDAY, 08 OCTOBER

0900 – 0930 **Opening Remarks**

David Hamon, Defense Threat Reduction Agency
Feroz Khan, Center for Contemporary Conflict, NPS

0930 – 1050 **Panel 1: Regional Politics**

*Chair and Discussant:* Michael Krepon, Henry L Stimson Center
*Presenter:* Sartaj Aziz, Former Foreign Minister, Pakistan

1300 – 1400 **Lunch**

1615-1630 **Closing Remarks:** Feroz Khan, Center for Contemporary Conflict, NPS
"""


def test_agenda_slots_roles_and_dates() -> None:
    items = agenda(AGENDA, year_hint=2010)  # the weekday fixes the year: Thursday 8 October is 2009
    assert [(i.title, i.start_time, i.end_time) for i in items] == [
        ("Opening Remarks", "09:00", "09:30"), ("Panel 1: Regional Politics", "09:30", "10:50"),
        ("Lunch", "13:00", "14:00"), ("Closing Remarks", "16:15", "16:30")]
    assert {i.day.isoformat() for i in items} == {"2009-10-08"}
    opening, panel, lunch, closing = items
    assert [(e.name, e.roles) for e in opening.entries] == [("David Hamon", ("speaker",)), ("Feroz Khan", ("speaker",))]
    assert [(e.name, e.roles, e.side) for e in panel.entries] == [
        ("Michael Krepon", ("chair", "discussant"), "US"), ("Sartaj Aziz", ("presenter",), "PK")]
    assert not lunch.is_session
    assert [(e.name, e.roles) for e in closing.entries] == [("Feroz Khan", ("speaker",))]


def test_agenda_role_lines_in_markdown_or_after_a_dash_and_commentators_are_discussants() -> None:
    text = ("Monday, 3 March 2031\n\n0930–1100  Panel I: Deterrence\n- **Chair:** Dr. Lisa Grant (Stimson Center)\n"
            "- **Presenters:** Dr. Amit Rao (IPCS), Dr. John Kerr (RAND Corporation) and Dr. Li Wei (CICIR)\n"
            "Commentators: Dr. Anna Park (KIDA); Mr. Tom Hale, Heritage Foundation\n"
            "Rapporteur — Ms. Jane Doe, Stimson Center\n")
    [panel] = agenda(text, year_hint=2031)
    assert [(e.name, e.roles[0], e.side) for e in panel.entries] == [
        ("Lisa Grant", "chair", "US"), ("Amit Rao", "presenter", "IN"), ("John Kerr", "presenter", "US"),
        ("Li Wei", "presenter", "CN"), ("Anna Park", "discussant", "KR"), ("Tom Hale", "discussant", "US"),
        ("Jane Doe", "speaker", "US")]


def test_a_headlines_capitalised_surname_is_the_person_the_text_names_in_full() -> None:
    mentions = [PersonMention("MANGUBAT", 10, 18, title="SECRETARY", short=True),
                PersonMention("Eduardo C. Mangubat", 100, 119, side="PH")]
    records, owner = merge_mentions(mentions)
    assert [r.name for r in records] == ["Eduardo C. Mangubat"] and owner[0] is owner[1]


def test_given_names_and_surnames_that_are_also_words_of_rank_or_place_stay_names() -> None:
    assert clean_name("Don Graves")[0] == "Don Graves" and clean_name("Embajador Luis Rojas")[0] == "Luis Rojas"
    assert is_person_name("Michael Bay") and is_person_name("Ricki Lake")


def test_a_courtesy_title_after_an_office_is_no_part_of_the_position(nlp) -> None:
    people = _people(nlp, "Minister of State Dr. Clara Weiss will travel to Ecuador. Foreign Minister H.E. Mr. Juan "
                          "Perez will receive her.", home=None)
    assert (people["Clara Weiss"].title, people["Juan Perez"].title) == ("Minister of State", "Foreign Minister")


def test_a_courtesy_before_an_office_is_no_part_of_the_position(nlp) -> None:
    people = _people(nlp, "H.E. President Mulenga Banda concluded a State Visit to the United Kingdom.", home=None)
    assert people["Mulenga Banda"].title == "President"


def test_a_family_name_in_capitals_comes_first_and_titles_the_event(nlp) -> None:
    from tests.domain.test_events_unseen import _extract

    events = _extract(nlp, "Japan-Chile Defense Ministerial Meeting\n\nApril 11, 2033\n\nOn April 11, 2033, Minister of "
                           "Defense OKUDA Haruki held a meeting with H.E. Mario Fuentes, Minister of National Defense of "
                           "the Republic of Chile, in Tokyo. On April 12, Minister Fuentes is scheduled to pay a courtesy "
                           "call on Minister for Foreign Affairs KURODA Ken. H.E. Ana Paredes, Ambassador Extraordinary "
                           "and Plenipotentiary of the Republic of Chile to Japan, also attended the meeting.",
                      "2033-04-11")
    titles = {e.title for e in events}
    assert "OKUDA meets Fuentes in Tokyo" in titles
    people = {p.name: p.side for e in events for p in e.participants}
    assert "KURODA Ken" in people and "Ken" not in people
    assert people.get("Ana Paredes") == "CL" and "Extraordinary" not in people


def test_french_courtesies_are_no_part_of_a_name(nlp) -> None:
    from tests.domain.test_events_unseen import _extract

    [talks] = _extract(nlp, "Paris, 3 May 2033\n\nThe Director of Strategic Affairs, Mme Hélène Castagnet, and her "
                            "deputy, M. Laurent Desrosiers, held talks with the British Defence Attaché, Brigadier "
                            "Hugh Latham, in Paris on 3 May 2033.", "2033-05-03")
    assert {p.name for p in talks.participants} == {"Hélène Castagnet", "Hugh Latham"}


def test_an_office_in_a_list_that_runs_into_the_next_persons_name_is_not_the_one_before(nlp) -> None:
    # the tagger reads "Central America Megan Oates" as one organisation: her office is no part of his title
    text = ("Office of the Spokesperson\n\nUnder Secretary of State for Political Affairs Victoria Nuland will travel to "
            "Asuncion, Paraguay, June 27-June 30 with an interagency delegation to engage with senior leaders.  Other "
            "senior members of the delegation include Acting Assistant Secretary for the Western Hemisphere Julie Chung, "
            "Deputy Assistant Secretary of Defense for the Western Hemisphere Daniel Erikson, National Security Council "
            "Director for Central America Megan Oates, and Director of Policy and Plans for U.S. Southern Command "
            "Brigadier General Rick Uribe.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2021-06-25"), nlp=nlp)
    titles = {p.name: p.title for p in doc.people}
    assert titles["Daniel Erikson"] == "Deputy Assistant Secretary of Defense for the Western Hemisphere"


def test_a_country_also_a_given_name_owns_the_office_after_it_and_a_clause_after_a_name_is_no_office(nlp) -> None:
    text = ("Brussels, 4 April 2034\n\nThe Commission met today at NATO Headquarters in Brussels, chaired by NATO "
            "Secretary General Ingrid Solberg, with the participation of Georgia's Minister of Foreign Affairs, Nino "
            "Kapanadze. The Secretary recalled his meeting in March with Vietnam's Deputy Minister of National Defense, "
            "Sr. Lt. Gen. Tran Van Hoa.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2034-04-04"), nlp=nlp)
    people = {p.name: (p.country, p.title) for p in doc.people}
    assert people["Nino Kapanadze"] == ("GE", "Minister of Foreign Affairs")
    assert people["Ingrid Solberg"] == ("NATO", "NATO Secretary General")  # not "with the participation of ..."
    assert people["Tran Van Hoa"][0] == "VN"


def test_a_think_tanks_associate_has_its_office_and_its_side(nlp) -> None:
    text = ("U.S.-Pakistan Track II Dialogue\nDoha, 3-4 March 2032\n\nSession 1 was chaired by Ambassador Richard Hale. "
            "Presentations were made by Dr. Ayesha Qureshi, Senior Research Fellow, Institute of Strategic Studies "
            "Islamabad, and Dr. Peter Lindqvist, Senior Associate, Carnegie Endowment for International Peace.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2032-03-10"), nlp=nlp)
    people = {p.name: (p.country, p.title) for p in doc.people}
    assert people["Peter Lindqvist"] == ("US", "Senior Associate, Carnegie Endowment for International Peace")


def test_a_chief_guest_is_no_one_and_md_opens_a_name_with_letters_before_the_office(nlp) -> None:
    text = ("6th Nepal–Bangladesh Dialogue\n14–15 March 2033, Kathmandu\n\nSaturday, 14 March 2033\n"
            "09:30–10:15  Inaugural Session\n             Address by the Chief Guest: Md. Rafiqul Hasan, MP, State "
            "Minister for Foreign Affairs, Government of Bangladesh\n")
    doc = extract_document(Document(id="t", source="t", text=text, published="2033-03-01"), nlp=nlp)
    people = {p.name: (p.title, p.country) for p in doc.people}
    assert "Guest" not in people
    assert people["Rafiqul Hasan"] == ("State Minister for Foreign Affairs, Government of Bangladesh", "BD")


def test_the_people_a_portfolio_serves_end_it_and_start_no_name(nlp) -> None:
    """"Minister of Foreign Affairs and Egyptian Expatriates Hesham Mansour" is Hesham Mansour (issue 12): the
    portfolio's last word, a group it serves, was read as his first name."""
    text = ("Cairo, 17 February 2031\n\nMinister of Foreign Affairs and Egyptian Expatriates Hesham Abdel-Ghaffar "
            "Mansour received today in Cairo the Minister of Labour and Migrant Workers of Nepal, Sita Rana Magar.\n")
    doc = extract_document(Document(id="t", source="t", text=text, published="2031-02-17"), nlp=nlp)
    assert "Hesham Abdel-Ghaffar Mansour" in {p.name for p in doc.people}
    assert not any(p.name.startswith(("Expatriates", "Workers")) for p in doc.people)


def test_a_post_or_field_after_a_listed_name_is_no_person(nlp) -> None:
    """"Colonel (GS) Martin Ebert, Desk Officer Ghana" and "Commodore Isaac Ofori-Kuffour, Director of Naval
    Training" on a delegation list (issue 12): the tagger took "Desk Officer" and "Naval Training" for people."""
    text = ("Official Visit to the Federal Republic of Germany of the Minister for Defence of Ghana\nBerlin, 4–7 June "
            "2018\n\nGHANAIAN DELEGATION\n1. Hon. Kwame Osei-Mensah, Minister for Defence – Head of Delegation\n"
            "2. Commodore Isaac Ofori-Kuffour, Director of Naval Training, Ghana Navy\n\nGERMAN DELEGATION\n"
            "Dr. Katrin Vollmer, Parliamentary State Secretary – Head of Delegation\n"
            "Colonel (GS) Martin Ebert, Desk Officer Ghana\n")
    doc = extract_document(Document(id="t", source="t", text=text, published="2018-05-29"), nlp=nlp)
    names = {p.name for p in doc.people}
    assert {"Isaac Ofori-Kuffour", "Martin Ebert"} <= names
    assert not names & {"Naval Training", "Desk Officer"}


def test_the_last_word_of_a_two_word_country_after_an_office_is_no_given_name(nlp) -> None:
    text = ("Hanoi, March 12, 2033\n\nThe signing ceremony was witnessed by Indonesian Ambassador to Viet Nam Hendra "
            "Kusumaningrat and by the Ambassador to Sri Lanka Anil Perera Jayasuriya.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2033-03-12"), nlp=nlp)
    names = {p.name: p.title for p in doc.people}
    assert names.get("Hendra Kusumaningrat") == "Ambassador to Viet Nam"
    assert not any(n.startswith(("Nam ", "Lanka ")) for n in names)


def test_a_given_name_the_tagger_put_with_the_rank_is_the_persons_and_an_acronym_thanked_no_affiliation(nlp) -> None:
    # the tagger reads "Air Marshal Bambang" as an organisation and "Sutrisno Wibowo" as the person; "thanked the MND"
    # (the host's ministry, placed in Hanoi) is what he did, not where he works
    text = ("Hanoi, March 12, 2033\n\n(MOD) – On the morning of March 12, at the headquarters of the Ministry of National "
            "Defence (MND) in Hanoi, Deputy Minister Tran Van Quang chaired the official welcome ceremony for Air Marshal "
            "Bambang Sutrisno Wibowo, Secretary General of the Ministry of Defence of the Republic of Indonesia.\n\nFor "
            "his part, Air Marshal Bambang Sutrisno Wibowo thanked the MND for its thoughtful reception.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2033-03-12"), nlp=nlp)
    assert {p.name: p.country for p in doc.people}.get("Bambang Sutrisno Wibowo") == "ID"
    assert "Sutrisno Wibowo" not in {p.name for p in doc.people}


def test_a_parliamentarians_letters_after_the_name_are_no_part_of_it(nlp) -> None:
    text = ("20 September 2033\n\nThe Minister for Foreign Affairs, Declan Moriarty TD, met today with Jordan's Minister "
            "for Foreign Affairs, Mr Faisal Al-Majali, in New York.")
    doc = extract_document(Document(id="t", source="t", text=text, published="2033-09-20"), nlp=nlp)
    assert "Declan Moriarty" in {p.name for p in doc.people}
    assert [e.title for e in doc.events if e.type == "meeting"] == ["Moriarty meets Al-Majali in New York"]
