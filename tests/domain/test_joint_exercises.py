""""a combined naval exercise off Ushuaia from 3 to 9 March 2033", "Exercise Southern Star 2033 began today" (issue 12):
a joint exercise of two armed forces is an event of its own (type "other", titled by its name), not a
topic of the talks a sentence tells first, nor a habit ("joint exercises every year")."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Argentina and Chile deepen naval cooperation

Buenos Aires, 14 February 2033

The Minister of Defence of Argentina, Mr. Tomás Echegaray, received the Minister of National Defence of Chile, Ms. Verónica Lagos Urrutia, in Buenos Aires on 13 February 2033. The two ministers held talks on Exercise Southern Star 2033 and on search and rescue in the Drake Passage.

The Argentine and Chilean navies will conduct a combined naval exercise off Ushuaia from 3 to 9 March 2033.

The ministers agreed that their armed forces should hold joint exercises every year.
"""

ANNOUNCEMENT = """Exercise Southern Star opens

Punta Arenas, 2 April 2033

Exercise Southern Star 2033, carried out by units of the Argentine and Chilean armies, began today near Punta Arenas.
"""


def test_a_combined_exercise_is_an_event_of_its_own(nlp) -> None:
    events = _extract(nlp, RELEASE, "2033-02-14")
    (exercise,) = [e for e in events if e.type == "other"]
    assert (exercise.start, exercise.end) == ("2033-03-03", "2033-03-09")
    assert set(exercise.countries) == {"AR", "CL"}
    assert "exercise" in exercise.title.lower()
    (meeting,) = [e for e in events if e.start == "2033-02-13" and e.type in {"meeting", "visit"}]
    assert {p.name for p in meeting.participants} >= {"Tomás Echegaray", "Verónica Lagos Urrutia"}


def test_a_named_exercise_that_began_today(nlp) -> None:
    events = _extract(nlp, ANNOUNCEMENT, "2033-04-02")
    (exercise,) = [e for e in events if e.type == "other"]
    assert exercise.start == "2033-04-02"
    assert exercise.title.startswith("Exercise Southern Star")
    assert set(exercise.countries) == {"AR", "CL"}
