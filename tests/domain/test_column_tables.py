"""A report's table of sessions in fixed-width columns (issue 12): the people under its "Chair" and "Presenters"
heads take part in the dialogue the report is of, with those roles (they were not read at all); the heading's
capitals give way to the name as the prose spells it, and the line under it is where the dialogue met."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TEXT = ("CANADIAN INTERNATIONAL COUNCIL\n\n"
        "CANADA–KOREA SECURITY DIALOGUE: SECOND MEETING\n"
        "Ottawa, 14–15 May 2008\n\n"
        "Summary of Discussions\n\n"
        "The second meeting of the Canada–Korea Security Dialogue was held at the offices of the Council on 14–15 May 2008. "
        "Co-chairs were "
        "Professor Elaine Fairbanks of Carleton University and Ambassador Kim Dong-hyun of the Sejong Institute.\n\n"
        "Sessions\n\n"
        "  Session                                 Chair                    Presenters\n"
        "  --------------------------------------  -----------------------  ------------------------------------\n"
        "  1. Northeast Asian security outlook     Amb. Kim Dong-hyun       Dr. Robert Tremblay (CIGI);\n"
        "                                                                   Prof. Lee Soo-jin (Yonsei University)\n"
        "  2. Peacekeeping and stabilisation       Prof. Elaine Fairbanks   Col. (retd) Martin Gagnon;\n"
        "                                                                   Dr. Park Ji-won (KIDA)\n\n"
        "Session 2 drew the liveliest exchange.\n")


def _dialogue(nlp):
    return next(e for e in _extract(nlp, TEXT, "2008-05-20") if e.type == "dialogue" and e.start == "2008-05-14")


def test_the_people_of_the_role_columns_take_part_with_their_roles(nlp) -> None:
    roles = {p.name: p.role for p in _dialogue(nlp).participants}
    assert roles.get("Kim Dong-hyun") == "chair" and roles.get("Elaine Fairbanks") == "chair"
    assert roles.get("Robert Tremblay") == "presenter" and roles.get("Lee Soo-jin") == "presenter"
    assert roles.get("Martin Gagnon") == "presenter" and roles.get("Park Ji-won") == "presenter"


def test_the_title_spells_the_name_as_the_prose_does(nlp) -> None:
    dialogue = _dialogue(nlp)
    assert "Canada–Korea Security Dialogue" in dialogue.title
    assert dialogue.location is not None and dialogue.location.name == "Ottawa"


AGENDA = ("FINNISH–SWEDISH WORKING GROUP ON DEFENCE COOPERATION\n12th Meeting\nHelsinki, Thursday 3 April 2031\n\n"
          "09:00–09:20   Item 1. Opening of the meeting and adoption of the agenda\n"
          "              Co-chairs: Ms. Liisa Rautio, Director-General, Defence Policy Department, Ministry of\n"
          "              Defence of Finland, and Mr. Anders Bergqvist, Director-General for Security Policy,\n"
          "              Ministry of Defence of Sweden\n\n"
          "09:20–10:30   Item 2. Implementation of the Joint Action Plan\n"
          "              Presentation: Col. Markku Heinonen, Defence Command Finland, and Capt. (N) Karin\n"
          "              Lindahl, Swedish Armed Forces Headquarters\n"
          "              Status of joint operational planning for the Gulf of Bothnia\n\n"
          "16:00         Close of meeting\n")


def test_a_role_line_wrapped_onto_the_lines_below_keeps_all_its_people(nlp) -> None:
    """The second co-chair and a presenter whose name the wrap cut in two were not read; a naval "(N)" in the
    rank ended the name."""
    roles = {p.name: p.role for e in _extract(nlp, AGENDA, "2031-03-24") for p in e.participants}
    assert roles.get("Anders Bergqvist") == "chair" and roles.get("Liisa Rautio") == "chair"
    assert roles.get("Karin Lindahl") == "presenter" and roles.get("Markku Heinonen") == "presenter"
