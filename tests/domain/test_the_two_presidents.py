"""Who "the two presidents" are (issue 12): the pair told before them must hold the office; two scholars who
presented a paper are not the presidents a later summit brings together. And two presenters named each with their
institute's acronym ("Dr. X of the Institute of Y (IY) and Dr. Z presented") both present."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

REPORT = """Uruguay–Paraguay River Dialogue (Track 1.5)
Third Meeting, Asunción, 4–5 May 2031

The third meeting of the Uruguay–Paraguay River Dialogue was held in Asunción on 4 and 5 May 2031.

Session 2: Shared waters
Dr. Inés Barreiro Lage of the Instituto de Estudios Fluviales (IEF) and Dr. Ramón Cáceres Benítez of the Universidad
Nacional de Asunción presented on sediment in the Paraná.

Next steps
The Binational Summit, bringing together the two presidents and their ministers, is scheduled to meet in Salto in
November 2031.
"""


def test_the_two_presidents_are_not_the_pair_of_scholars_before(nlp) -> None:
    events = _extract(nlp, REPORT, "2031-05-20")
    [summit] = [e for e in events if e.start == "2031-11"]
    assert not {p.name for p in summit.participants} & {"Inés Barreiro Lage", "Ramón Cáceres Benítez"}


def test_presenters_named_with_an_acronym_both_present(nlp) -> None:
    events = _extract(nlp, REPORT, "2031-05-20")
    roles = {p.name: p.role for e in events for p in e.participants}
    assert roles["Inés Barreiro Lage"] == roles["Ramón Cáceres Benítez"] == "presenter"
