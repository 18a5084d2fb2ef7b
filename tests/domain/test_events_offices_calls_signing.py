"""Forms of releases from other offices and years (issue 12): officers named after their organisation's full name,
courtesy calls told from either office, and co-signers with long titles."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document
from tests.domain.test_events_unseen import _all_sides, _extract


def test_an_officer_named_after_the_organisations_full_name_takes_its_side(nlp) -> None:
    events = _extract(nlp, "Office of the Spokesperson\n\nSecretary Ada Quill met today with Secretary General of the "
                           "Organization of American States Marta Ferreyra in Washington.\n\nOn March 3, Secretary "
                           "Quill spoke with the Director-General of the World Health Organization Kwame Osei.\n\n"
                           "On March 4, Secretary Quill spoke with President of the European Commission Greta van der "
                           "Berg.", "2031-03-05")
    sides = _all_sides(events)
    assert sides.get("Marta Ferreyra") == "OAS"
    assert sides.get("Kwame Osei") == "WHO"
    assert sides.get("Greta van der Berg") == "EU"
    assert {frozenset(e.countries) for e in events} == {frozenset({"US", "OAS"}), frozenset({"US", "WHO"}),
                                                        frozenset({"US", "EU"})}


def test_a_courtesy_call_received_or_paid_to_someone_is_a_meeting_with_them(nlp) -> None:
    events = _extract(nlp, "U.S. Department of Defense\nNews Release\n\nWASHINGTON, May 12, 2033 — Deputy Secretary "
                           "of Defense Ada Quill received a courtesy call today from the Ambassador of Ghana to the "
                           "United States, H.E. Kofi Mensah.\n\nOn May 14, Quill paid a courtesy call to President "
                           "Ama Owusu in Accra.", "2033-05-12")
    assert sorted((e.start, frozenset(e.countries)) for e in events if e.type == "meeting") == [
        ("2033-05-12", frozenset({"US", "GH"})), ("2033-05-14", frozenset({"US", "GH"}))]
    sides = _all_sides(events)
    assert sides.get("Kofi Mensah") == "GH" and sides.get("Ama Owusu") == "GH"


def test_receiving_his_excellency_with_when_and_where_between_is_a_meeting_of_its_own(nlp) -> None:
    # the reception is a meeting on its day, held during the guest's visit (which has days of its own)
    events = _extract(nlp, "Communiqué on the Visit of the President of Ghana to the African Union Commission\n\nAddis "
                           "Ababa, 9 October 2033\n\nThe Chairperson of the African Union Commission, Dr. Amadou Diallo, "
                           "received today, 9 October 2033, at the Headquarters of the African Union in Addis Ababa, His "
                           "Excellency Mr. Kofi Owusu, President of the Republic of Ghana, who is on a working visit to "
                           "the African Union Commission from 8 to 10 October 2033.", "2033-10-09")
    (met,) = [e for e in events if e.type == "meeting"]
    assert met.start == "2033-10-09" and {"Amadou Diallo", "Kofi Owusu"} <= {p.name for p in met.participants}


def test_a_courtesy_call_with_its_place_before_whom_it_is_paid_on_is_a_meeting(nlp) -> None:
    events = _extract(nlp, "Joint Communiqué of the Kenya–Tanzania Joint Permanent Commission\n\nArusha, 17 June "
                           "2033\n\nOn 16 June 2033, Minister Wanjiru Kamau paid a courtesy call in Arusha on the Vice "
                           "President of the United Republic of Tanzania, Dr. Omari Salum Mrisho.", "2033-06-17")
    (met,) = [e for e in events if e.type == "meeting"]
    assert met.start == "2033-06-16" and "Omari Salum Mrisho" in {p.name for p in met.participants}


def test_both_subjects_of_signed_are_signatories_however_long_the_second_ones_title(nlp) -> None:
    events = _extract(nlp, "U.S. Department of Defense\nNews Release\n\nWASHINGTON, May 12, 2033 — Deputy Secretary "
                           "of Defense Ada Quill and the Chief of the General Staff of the Armed Forces of Ghana, "
                           "Major General Kofi Mensah, signed a memorandum of understanding on peacekeeping training.",
                           "2033-05-12")
    (signing,) = [e for e in events if e.type == "agreement"]
    assert {p.name: p.role for p in signing.participants} == {"Ada Quill": "signatory", "Kofi Mensah": "signatory"}


def test_one_who_called_on_a_minister_and_met_a_chief_met_each_and_a_gapped_lead_with_a_rank_leads(nlp) -> None:
    events = _extract(nlp, "Joint Statement on the Third U.S.-Ghana Defense Dialogue\n\nThe United States and the "
                           "Republic of Ghana held the third Defense Dialogue in Accra on May 12-13, 2033. The U.S. "
                           "delegation was led by Deputy Assistant Secretary of Defense for African Affairs Ada Quill, "
                           "and the Ghanaian delegation by Director of Policy of the Ministry of Defence, Brigadier "
                           "General Kofi Mensah.\n\nOn the margins of the Dialogue, Deputy Assistant Secretary Quill "
                           "called on Ghanaian Defence Minister Ama Owusu and met with Chief of the Ghana Navy Rear "
                           "Admiral Yaw Boateng.", "2033-05-13")
    meetings = sorted(sorted(p.name for p in e.participants) for e in events if e.type == "meeting")
    assert meetings == [["Ada Quill", "Ama Owusu"], ["Ada Quill", "Yaw Boateng"]]
    (dialogue,) = [e for e in events if e.type == "dialogue"]
    assert {p.name: (p.side, p.role) for p in dialogue.participants}.get("Kofi Mensah") == ("GH", "lead")


def test_one_scheduled_to_be_received_by_an_officer_meets_him(nlp) -> None:
    text = ("Office of the Spokesperson\nApril 20, 2031\n\nOn Thursday Secretary Ana Villareal is scheduled to be received "
            "at Camp H.M. Smith by Admiral Jerome P. Kastner, Commander of U.S. Indo-Pacific Command.")
    [meeting] = [e for e in _extract(nlp, text, "2031-04-20") if e.type == "meeting"]
    assert {p.name for p in meeting.participants} == {"Ana Villareal", "Jerome P. Kastner"}


SIGNING_RELEASE = ("United States and Peru Sign Memorandum of Understanding on Fisheries\n\nMedia Note\nOffice of the "
                   "Spokesperson\nWashington, DC\nMay 9, 2031\n\nU.S. Ambassador to Peru Ada R. Quill and Peru's Minister of "
                   "Production, Luis Rojas Vidal, signed a Memorandum of Understanding on Fisheries yesterday, May 8, in "
                   "Lima. Peru's Vice Minister of Foreign Affairs, Ana Torres, witnessed the signing.\n\nThe two governments will cooperate on monitoring the anchoveta stock. On May 7, Ambassador "
                   "Quill met Peru's Minister of Foreign Affairs, Jorge Salas.")


def test_a_title_telling_the_signing_is_the_signing_the_body_dates_not_a_second_one(nlp) -> None:
    document = Document(id="s", source="s.txt", title=SIGNING_RELEASE.split("\n")[0], text=SIGNING_RELEASE,
                        published="2031-05-09")
    signings = [e for e in extract_document(document, nlp=nlp).events if e.type == "agreement"]
    # ... whose witnesses take part in it and sign nothing
    assert [(e.start, {p.name: p.role for p in e.participants}) for e in signings] == [
        ("2031-05-08", {"Ada R. Quill": "signatory", "Luis Rojas Vidal": "signatory", "Ana Torres": None})]


def test_putting_signatures_to_an_instrument_is_a_signing(nlp) -> None:
    text = ("Office of the Spokesperson\nMay 9, 2031\n\nOn May 8 in Lima, Dr. Ana Ruiz, Director of the U.S. Geological "
            "Survey, and Peru's Minister of Energy, Jorge Salas, put their signatures to a Memorandum of Understanding "
            "on earthquake monitoring.")
    [signing] = [e for e in _extract(nlp, text, "2031-05-09") if e.type == "agreement"]
    assert signing.start == "2031-05-08" and {"Ana Ruiz", "Jorge Salas"} <= {p.name for p in signing.participants}


def test_an_organisations_summit_no_one_is_named_at_is_the_organisations_not_the_venues(nlp) -> None:
    text = ("Office of the Spokesperson\nMarch 9, 2031\n\nSecretary of State Ada Quill met today with Lithuanian Foreign "
            "Minister Jonas Petrauskas in Washington. They also discussed preparations for the NATO summit in Madrid in July.")
    [summit] = [e for e in _extract(nlp, text, "2031-03-09") if e.type == "summit"]
    assert summit.countries == ("NATO",) and summit.location is not None and summit.location.name == "Madrid"


def test_a_separate_conversation_told_by_its_people_after_it_is_a_second_call(nlp) -> None:
    text = ("Office of the Spokesperson\nJune 28, 2031\n\nSecretary Ada Quill spoke today with Kuwaiti Foreign Minister "
            "Sabah Al-Khalid about the Gulf rift. In a separate conversation, the Secretary and Omani Minister Responsible "
            "for Foreign Affairs Salim Al Harthy assessed the rift among Gulf states.")
    calls = [e for e in _extract(nlp, text, "2031-06-28") if e.type == "call"]
    assert sorted(tuple(sorted(p.name for p in e.participants)) for e in calls) == [
        ("Ada Quill", "Sabah Al-Khalid"), ("Ada Quill", "Salim Al Harthy")]


def test_talks_with_one_who_is_in_town_for_a_dialogue_are_a_meeting_beside_it_that_afternoon(nlp) -> None:
    text = ("Office of the Spokesperson\nWashington, DC\nOctober 14, 2031\n\nDeputy Secretary of State Ada Quill welcomed "
            "Uzbek Minister of Foreign Affairs Rustam Karimov to the Department of State today. Later in the afternoon, the "
            "Deputy Secretary held talks with Turkmen Deputy Minister of Foreign Affairs Ogulgerek Hojayeva, who is in "
            "Washington for the U.S.-Turkmenistan Annual Bilateral Consultations. Hojayeva and Assistant Secretary Peter "
            "Lind are co-chairing the consultations October 14-15. Deputy Secretary Quill will lead the U.S. delegation "
            "to the C5+1 Ministerial Meeting in Astana in November.")
    events = _extract(nlp, text, "2031-10-14")
    talks = [e for e in events if e.type == "meeting" and "Ogulgerek Hojayeva" in {p.name for p in e.participants}]
    assert [(e.start, sorted(p.name for p in e.participants)) for e in talks] == [
        ("2031-10-14", ["Ada Quill", "Ogulgerek Hojayeva"])]


def test_a_round_scheduled_to_take_place_in_a_month_is_the_coming_one_whatever_verb_follows(nlp) -> None:
    text = ("Office of the Spokesperson\nFebruary 12, 2031\n\nThe next round of the U.S.-Kenya Bilateral Strategic Dialogue "
            "is scheduled to take place in Washington in May, and the two officials reviewed preparations for it.")
    [dialogue] = [e for e in _extract(nlp, text, "2031-02-12") if e.type == "dialogue"]
    assert dialogue.start == "2031-05"


def test_plans_for_a_body_to_convene_in_a_month_look_ahead(nlp) -> None:
    text = ("News Release\nMarch 11, 2031\n\nSecretary of Defense Ada Quill hosted Kuwaiti Minister of Defense Salem "
            "Al-Sabah at the Pentagon today. The two leaders welcomed plans for the U.S.-Kuwait Joint Military "
            "Commission to convene in Kuwait City in October.")
    [commission] = [e for e in _extract(nlp, text, "2031-03-11") if e.type == "dialogue"]
    assert commission.start == "2031-10"


def test_a_present_tense_after_when_looks_ahead(nlp) -> None:
    from entente.extract.timex.anchor import direction_from_doc
    sentence = "The two agreed to continue their discussion when they meet at the OSCE Ministerial Council in December."
    at = sentence.index("December")
    assert direction_from_doc(nlp(sentence), at, at + len("December"))[0] == "future"


def test_an_exchange_of_notes_is_a_signing_of_its_own(nlp) -> None:
    text = ("Office of the Spokesperson\nMarch 14, 2031\n\nSecretary of State Ada Quill met Peruvian Foreign Minister Luis "
            "Rojas in Washington on March 12. On March 13, the two ministers witnessed an exchange of notes on a U.S. loan "
            "for the Lima metro.")
    [notes] = [e for e in _extract(nlp, text, "2031-03-14") if e.type == "agreement"]
    assert notes.start == "2031-03-13" and sorted(notes.countries) == ["PE", "US"]


def test_a_signing_is_dated_by_the_date_right_after_it_not_one_a_clause_before(nlp) -> None:
    # "on 16 September" is the anniversary's; "signed in Canberra in October 2030" is the treaty's (a year back: history)
    text = ("Media release\n3 September 2031\n\nThis year's Forum comes as Papua New Guinea prepares to celebrate the "
            "56th anniversary of its independence on 16 September, and as we continue to implement the Pukpuk Treaty, "
            "which our Prime Ministers signed in Canberra in October 2030.")
    assert not [e for e in _extract(nlp, text, "2031-09-03") if e.type == "agreement" and e.start == "2031-09-16"]


def test_two_instruments_signed_on_one_occasion_are_two_signings(nlp) -> None:
    text = ("Joint Communique\n\nLusaka, 9 May 2034\n\nThe Fifth Session of the Joint Commission between Zambia "
            "and Malawi was held in Lusaka on 9 May 2034. At the conclusion of the Session, Zambian Foreign Minister "
            "Mwila Banda and Malawian Foreign Minister Chikondi Phiri signed a Memorandum of Understanding on "
            "Cooperation in Fisheries. The two Ministers also signed a Memorandum of Understanding on Cooperation in Health.")
    signings = [e for e in _extract(nlp, text, "2034-05-09") if e.type == "agreement"]
    assert len(signings) == 2 and any("health" in e.title for e in signings)
    assert {e.start for e in signings} == {"2034-05-09"}


def test_a_newly_appointed_ambassador_received_is_a_meeting(nlp) -> None:
    text = ("Minister Receives New Ambassador\n\nMinister of Foreign Affairs Dr. Amina Yusuf Hassan received today "
            "the newly appointed Ambassador of Norway, Mr. Erik Solvang, who presented a copy of his credentials.")
    [meeting] = _extract(nlp, text, "2033-02-14")
    assert meeting.type == "meeting" and {p.name for p in meeting.participants} == {"Amina Yusuf Hassan", "Erik Solvang"}


def test_a_guest_welcomed_by_a_lowercase_office_is_met_in_the_room_not_at_a_conference(nlp) -> None:
    events = _extract(nlp, "U.S. Department of Defense\nNews Release\n\nWASHINGTON, Oct. 4, 2032 - Defense Secretary "
                           "Ada Quill welcomed Malawi's minister for defence, Chifundo Banda, to the Pentagon this "
                           "afternoon.\n\nFollowing the ceremony, Quill and Banda met for about an hour in the "
                           "secretary's conference room.\n\nOn Thursday, Banda will meet with Gen. Paul Ortiz, who is "
                           "traveling from the command's headquarters in Stuttgart, Germany, to join the talks in "
                           "Washington.", "2032-10-04")
    assert not [e.title for e in events if e.type == "conference"]  # a conference room is no conference
    welcome = next(e for e in events if e.start == "2032-10-04")
    assert {p.name: p.side for p in welcome.participants} == {"Ada Quill": "US", "Chifundo Banda": "MW"}
    thursday = next(e for e in events if e.start == "2032-10-07")
    assert thursday.location is not None and thursday.location.name == "Washington"  # not where Ortiz comes from


def test_those_who_join_accompany_or_sit_in_on_a_meeting_take_part_in_it(nlp) -> None:
    events = _extract(nlp, "U.S. Department of Defense\nNews Release\n\nWASHINGTON, Oct. 4, 2032 - Defense Secretary "
                           "Ada Quill met Malawi's Minister of Defence Chifundo Banda at the Pentagon today.\n\nJoining "
                           "the minister were Maj. Gen. Kondwani Phiri, the chief of the defence staff of the Malawi "
                           "Defence Force, and Tiwonge Mvula, Malawi's ambassador to the United States. Assistant "
                           "Secretary of Defense for International Security Affairs Rosa Lind sat in on the American "
                           "side.", "2032-10-04")
    meeting = next(e for e in events if e.start == "2032-10-04")
    people = {p.name: (p.side, p.role) for p in meeting.participants}
    assert people["Kondwani Phiri"] == ("MW", "member")
    assert people["Tiwonge Mvula"] == ("MW", "member")
    assert people["Rosa Lind"] == ("US", "member")


def test_an_office_for_a_region_and_a_country_is_no_side_and_its_first_word_no_one(nlp) -> None:
    doc = extract_document(Document(id="t", source="t", published="2030-07-09", text=(
        "Deputy Secretary Quill to Visit Lithuania\n\nDeputy Secretary of State Ada Quill will travel to Vilnius on "
        "July 12. Accompanying her will be Judith P. Kessler, Principal Deputy Assistant Secretary of State for "
        "European and Canadian Affairs.\n\nShe will lay a wreath at Antakalnis Cemetery and hold talks with "
        "Lithuanian Foreign Minister Rimvydas Kazlauskas.")), nlp=nlp)
    people = {p.name: p.country for p in doc.people}
    assert people.get("Judith P. Kessler") == "US"  # not CA: "for European and Canadian Affairs" is her portfolio
    assert "Principal" not in people and "Antakalnis Cemetery" not in people


def test_one_received_for_a_discussion_meets_the_host_and_a_dated_name_dates_nothing(nlp) -> None:
    events = _extract(nlp, "Special Envoy Quill Concludes Travel to Kenya and Uganda\n\nMedia Note\nOffice of the "
                           "Spokesperson\n\nU.S. Special Envoy Ada Quill returned to Washington on Sunday from a week-long trip focused on the August 2030 "
                           "Agreement on the Resolution of the Conflict.\n\nEnvoy Quill’s trip ended in Kampala, September "
                           "18-19, where Ugandan Minister of Foreign Affairs Samuel Okello received her for a "
                           "discussion of the phased withdrawal of forces. Before leaving Kampala, Envoy Quill spoke "
                           "by telephone with Kenyan Foreign Minister Amina Wanjiru.", "2030-09-22")
    assert not [e for e in events if (e.start or "").startswith("2030-08")]  # the Agreement's name, no trip's date
    meeting = next(e for e in events if e.type == "meeting")
    assert {p.name for p in meeting.participants} == {"Ada Quill", "Samuel Okello"}
    assert meeting.title == "Quill meets Okello in Kampala"
    call = next(e for e in events if e.type == "call")
    assert {p.name for p in call.participants} == {"Ada Quill", "Amina Wanjiru"}


def test_a_signing_following_the_meeting_is_on_the_meetings_day_not_the_next_rounds(nlp) -> None:
    events = _extract(nlp, "Japan-Peru Foreign Ministers' Meeting\n\nMarch 14, 2031\n\nOn March 14, Mr. Kenji Sato, "
                           "Minister for Foreign Affairs of Japan, held a Foreign Ministers' Meeting in Tokyo with H.E. "
                           "Mr. Luis Rojas, Minister of Foreign Affairs of Peru. The overview of the meeting is as "
                           "follows.\n\n1. Opening remarks\nMinister Sato welcomed Minister Rojas.\n\n2. Bilateral "
                           "relations\n(1) The two ministers reviewed the economic partnership. Minister Sato noted the "
                           "growth of trade. Minister Rojas thanked Japan for its support. Both praised the work of "
                           "their embassies.\n(2) Following the "
                           "meeting, the two ministers signed a Memorandum on Cooperation between the two Ministries.\n"
                           "(3) On the same occasion, Mr. Akira Mori, Director-General of the Latin American Affairs "
                           "Bureau, and H.E. Ms. Ana Vidal, Ambassador of Peru to Japan, exchanged notes concerning a "
                           "loan.\n(4) The two ministers confirmed that the next round of consultations will be held in Lima "
                           "in September.", "2031-03-14")
    signing = next(e for e in events if e.type == "agreement")
    assert signing.start == "2031-03-14"


def test_a_visit_concluded_on_a_day_ends_on_it(nlp) -> None:
    events = _extract(nlp, "Minister Sato Concludes Working Visit to Washington\n\nWashington DC, 26 October 2034 - Foreign "
                           "Minister Kenji Sato on Thursday (26/10) concluded a three-day working visit to Washington, "
                           "D.C., which began on Tuesday (24/10).", "2034-10-26")
    visit = next(e for e in events if e.type == "visit")
    assert (visit.start, visit.end) == ("2034-10-24", "2034-10-26")


def test_signed_by_after_the_instrument_names_its_signatories_and_the_two_who_look_on_take_part(nlp) -> None:
    text = ("Joint Declaration\n\nLima, 12 June 2034\n\n1. On 12 June 2034, President Rosa Quispe Huamán of Peru "
            "and President Tomás Lindqvist of Sweden held talks at the Government Palace in Lima.\n\n"
            "2. In the presence of both Presidents, the following instrument was signed: an Agreement on Scientific "
            "Cooperation, signed by "
            "Foreign Minister Carla Ibáñez Soto and Minister for Foreign Affairs Erik Dahlgren.\n")
    (signing,) = [e for e in _extract(nlp, text, "2034-06-12") if e.type == "agreement"]
    roles = {p.name: p.role for p in signing.participants}
    assert {n for n, r in roles.items() if r == "signatory"} == {"Carla Ibáñez Soto", "Erik Dahlgren"}
    assert {"Rosa Quispe Huamán", "Tomás Lindqvist"} <= set(roles)


def test_a_signing_the_co_chairs_witnessed_is_on_the_dialogues_day_and_an_agency_before_an_office_gives_its_side(nlp) -> None:
    text = ("Media Note\nOffice of the Spokesperson\nWashington, DC\nMarch 3, 2034\n\nDeputy Secretary of State Ada "
            "Quill and Ghanaian Minister of Foreign Affairs Kofi Mensah convened the third session of the U.S.-Ghana "
            "Bilateral Dialogue at the Department of State today.\n\nThe two delegations reviewed cooperation on trade "
            "and maritime security. The co-chairs witnessed the signature of a Development Objective Agreement, signed "
            "by USAID Mission Director Ruth Ogundipe and Ghana's Deputy Minister of Finance, Ama Owusu.")
    (signing,) = [e for e in _extract(nlp, text, "2034-03-03") if e.type == "agreement"]
    assert signing.start == "2034-03-03"
    assert {p.name: (p.side, p.role) for p in signing.participants} == {
        "Ruth Ogundipe": ("US", "signatory"), "Ama Owusu": ("GH", "signatory"),
        "Ada Quill": ("US", None), "Kofi Mensah": ("GH", None)}


def test_a_counterpart_styled_his_excellency_after_the_office_is_in_the_call(nlp) -> None:
    [call] = _extract(nlp, "Media release\n18 August 2033\n\nMinister for Foreign Affairs Senator the Hon Ruth Calder "
                           "held a telephone conversation on Thursday with the Minister of Foreign Affairs of the Republic "
                           "of Korea, His Excellency Han Min-seok.", "2033-08-18")
    assert {p.name: p.side for p in call.participants}.get("Han Min-seok") == "KR"


def test_the_two_ministers_who_then_witnessed_a_signing_by_their_chiefs_take_part_in_it(nlp) -> None:
    text = ("Joint Statement\n\nAdelaide, 4 September 2034\n\nPrior to the talks, Deputy Prime Minister Daniel Corr "
            "and Indonesian Minister of Defence Agung Prasetyo held the annual Defence Ministers' Meeting in Adelaide on "
            "4 September 2034. The two Ministers then witnessed the signing of an Arrangement on Maritime Cooperation "
            "by Admiral Fiona Gall, Chief of the Australian Defence Force, and General Bayu Santoso, Commander of the "
            "Indonesian National Armed Forces.")
    (signing,) = [e for e in _extract(nlp, text, "2034-09-04") if e.type == "agreement"]
    assert {p.name: p.role for p in signing.participants} == {
        "Fiona Gall": "signatory", "Bayu Santoso": "signatory", "Daniel Corr": None, "Agung Prasetyo": None}


def test_the_two_presidents_in_whose_presence_ministers_sign_are_the_principals_not_the_signers(nlp) -> None:
    text = ("Joint Declaration between the Republic of Chile and the Republic of the Philippines\n\nSantiago, 12 May 2033\n\n"
            "1. At the invitation of the President of the Republic of Chile, Camila Rojas Fuentes, the President of the "
            "Republic of the Philippines, Ramon Dela Cruz, paid a State Visit to Chile from 11 to 13 May 2033.\n\n"
            "2. On 12 May 2033, the two Presidents held official talks at the Palacio de La Moneda in Santiago. "
            "Following the talks, they adopted this Joint Declaration.\n\n"
            "3. The Presidents welcomed the results of the Second Meeting of the Chile–Philippines Joint Commission, held "
            "in Manila on 2–3 March 2033 and co-chaired by the Minister of Foreign Affairs of Chile, Tomás Araya Molina, "
            "and the Secretary of Foreign Affairs of the Philippines, Maria Santos Reyes.\n\n"
            "4. The Presidents exchanged views on developments in Latin America and in Southeast Asia. They agreed to "
            "strengthen coordination in APEC. They noted the growth of trade since 2020.\n\n"
            "5. In the presence of the two Presidents, the following instrument was signed on 12 May 2033: an Agreement "
            "on Visa Exemption for Diplomatic Passports, signed by Minister Araya Molina and Secretary Santos Reyes.\n")
    events = _extract(nlp, text, "2033-05-12")
    [signing] = [e for e in events if e.type == "agreement"]
    people = {p.name: (p.side, p.role) for p in signing.participants}
    assert people["Tomás Araya Molina"] == ("CL", "signatory") and people["Maria Santos Reyes"] == ("PH", "signatory")
    # who look on are the two Presidents told paragraphs before, not the ministers who sign
    assert people["Camila Rojas Fuentes"][0] == "CL" and people["Ramon Dela Cruz"][0] == "PH"
    # "Following the talks, they adopted this Joint Declaration": the two Presidents' declaration
    [declaration] = [e for e in events if e.type == "statement"]
    assert {p.name: p.side for p in declaration.participants} == {"Camila Rojas Fuentes": "CL", "Ramon Dela Cruz": "PH"}


def test_a_call_received_from_an_office_with_a_long_portfolio_has_its_caller(nlp) -> None:
    # "from" brings the caller in as "with" does, after an office of two portfolios and a state's full name
    events = _extract(nlp, "Ministry of Foreign Affairs\n\nCairo, 17 March 2033\n\nEarlier today, Minister Amr Selim "
                           "received a telephone call from the Minister of Foreign Affairs and East African Cooperation "
                           "of the United Republic of Tanzania, Juma Khamis Mwinyi, during which the two ministers "
                           "discussed preparations for the meeting of the Joint Committee, scheduled to be held in "
                           "Dodoma next month.", "2033-03-17")
    (call,) = [e for e in events if e.type == "call"]
    assert {p.name: p.side for p in call.participants}.get("Juma Khamis Mwinyi") == "TZ"


def test_a_telephone_talk_or_a_video_meeting_is_a_call(nlp) -> None:
    events = _extract(nlp, "Japan-Poland Foreign Ministers' Telephone Talk\n\nJune 17, 2033\n\nOn June 17, commencing at "
                           "5:30 p.m. for approximately 35 minutes, Mr. HAYASHI Kenji, Minister for Foreign Affairs of "
                           "Japan, held a telephone talk with H.E. Mr. Tomasz Nowak, Minister of Foreign Affairs of the "
                           "Republic of Poland.\n\nOn June 18, Minister Hayashi held a video meeting with Ms. Ana Costa, "
                           "Minister of Foreign Affairs of Portugal.", "2033-06-17")
    calls = sorted((e.start, frozenset(e.countries)) for e in events if e.type == "call")
    assert calls == [("2033-06-17", frozenset({"JP", "PL"})), ("2033-06-18", frozenset({"JP", "PT"}))]
