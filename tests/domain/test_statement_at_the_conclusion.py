"""A joint statement or communiqué issued at the end of a dialogue (issue 12): "This Joint Statement was issued at
the conclusion of the Dialogue." is a statement on the dialogue's day (the phrase after the trigger was not read,
and "at the conclusion of the" was cut too short to see its "at"); "This Joint Communiqué was adopted in Lima on 5
October 2029" is a statement (a communiqué was no trigger)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

DIALOGUE = ("Joint Statement on the 12th Round of the Japan-Italy Strategic Dialogue\n\n"
            "The 12th round of the Japan-Italy Strategic Dialogue was held in Rome on 14 March 2024. The Japanese "
            "delegation was led by Vice-Minister Takeshi Morita and the Italian delegation by Secretary General Paolo "
            "Ruggeri.\n\nThe two sides reviewed cooperation in defence equipment and the Indo-Pacific.\n\n"
            "This Joint Statement was issued at the conclusion of the Dialogue.\n")
COMMUNIQUE = ("The Ministers of Defence of Ecuador and Colombia met in Quito on 2 May 2028 and reviewed border "
              "cooperation.\n\nThe Ministers agreed that the Binational Commission will meet in Bogotá in 2029.\n\n"
              "This Joint Communiqué was adopted in Quito on 2 May 2028, in two originals in the Spanish language.\n")


def test_a_statement_issued_at_the_conclusion_of_the_dialogue_is_on_its_day(nlp) -> None:
    statements = [e for e in _extract(nlp, DIALOGUE, "2024-03-15") if e.type == "statement"]
    assert [e.start for e in statements] == ["2024-03-14"]


def test_a_communique_adopted_is_a_statement(nlp) -> None:
    statements = [e for e in _extract(nlp, COMMUNIQUE, "2028-05-03") if e.type == "statement"]
    assert [e.start for e in statements] == ["2028-05-02"]
