"""Who "the Ministers" and "a separate session" are (issue 12): "the Ministers of Defence signed" names the two
defence ministers told before, not the foreign ministers; "a call between the two ministers" after a signing by two
chiefs of staff in the ministers' presence is the ministers' call; "A separate session with X" and "..., and she will
hold talks with Y" are meetings of their own, on the day of the stop they are told at."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

COMMUNIQUE = ("Joint Communiqué\n\nThe Ministers of Foreign Affairs and of Defence of the Republic of Ecuador and of the "
              "Republic of Colombia met in Quito on 2 and 3 March 2034 for the Fourth Meeting of the 2+2 Mechanism. The "
              "Foreign Minister of Ecuador, Marta Ines Vallejo Cordero, and the Foreign Minister of Colombia, Julian Andres "
              "Ossa Rendon, co-chaired the meeting with the Minister of Defence of Ecuador, Pablo Cesar Mera Andrade, and "
              "the Minister of National Defence of Colombia, Lucia Fernanda Rojas Pombo.\n\nThe Ministers reviewed "
              "cooperation against transnational crime along the common border.\n\nOn 3 March 2034, the Ministers of "
              "Defence signed a Memorandum of Understanding on Cooperation in Search and Rescue.")

RELEASE = ("Ministry of National Defence\n\n12 May 2034\n\nMinister hosts Estonian counterpart\n\nOn Tuesday, the Minister of "
           "National Defence, Karol Zielak, hosted the Minister of Defence of the Republic of Estonia, Kaido Mets, who "
           "paid an official visit to Warsaw. In the presence of both ministers, the Chief of the General Staff of the "
           "Polish Armed Forces, Gen. Adam Borowy, and the Commander of the Estonian Defence Forces, Maj. Gen. Ants Lepp, signed a plan of "
           "military cooperation for 2035.\n\nThe meeting followed a telephone conversation between the two ministers "
           "last month, during which they discussed air defence.")

TRIP = ("Office of the Spokesperson\nWashington, DC\nApril 2, 2034\n\nAssistant Secretary of State for African Affairs Nora "
        "Bell departs Washington on Monday, April 6, for consultations in West Africa.\n\nIn Dakar, April 7-8, she will "
        "meet with Senegalese Foreign Minister Awa Ndour. A separate session with the Minister of the Armed Forces, Ibou "
        "Sarr, will review peacekeeping training.\n\nThe Assistant Secretary travels on to Bamako on April 9. There she "
        "is to be received by Prime Minister Moussa Keita, and she will hold talks with Foreign Minister Fanta Traore on "
        "regional security.")


def test_the_ministers_of_defence_are_the_defence_ministers_told_before(nlp) -> None:
    (signed,) = [e for e in _extract(nlp, COMMUNIQUE, "2034-03-03") if e.type == "agreement"]
    people = {p.name: p.side for p in signed.participants}
    assert people == {"Pablo Cesar Mera Andrade": "EC", "Lucia Fernanda Rojas Pombo": "CO"}


def test_a_call_between_the_two_ministers_is_the_ministers_not_who_signed_before_them(nlp) -> None:
    (call,) = [e for e in _extract(nlp, RELEASE, "2034-05-12") if e.type == "call"]
    assert {p.name for p in call.participants} == {"Karol Zielak", "Kaido Mets"}
    assert call.start == "2034-04"


def test_a_separate_session_and_a_second_verb_are_meetings_of_their_own(nlp) -> None:
    meetings = {frozenset(p.name for p in e.participants if p.name != "Nora Bell"): e
                for e in _extract(nlp, TRIP, "2034-04-02") if e.type == "meeting"}
    assert set(meetings) == {frozenset({"Awa Ndour"}), frozenset({"Ibou Sarr"}), frozenset({"Moussa Keita"}),
                             frozenset({"Fanta Traore"})}
    # the talks told after the reception in the same sentence are on the day of the stop in Bamako, not the
    # day she leaves Washington for the consultations
    assert meetings[frozenset({"Fanta Traore"})].start == meetings[frozenset({"Moussa Keita"})].start == "2034-04-09"
    assert meetings[frozenset({"Ibou Sarr"})].start == "2034-04-07"
