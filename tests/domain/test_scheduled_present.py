"""A trip's schedule told in the present, "On 12 June the Minister goes on to Lima for talks with X", is the event in
focus (issue 12): the signing the next sentence tells with no date of its own is dated that day, not over the whole
trip's days."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Foreign Minister Sato's Visit to Chile, Peru and Colombia

Tokyo, 5 June 2034

Foreign Minister Haruka Sato will visit Santiago, Lima and Bogotá from 10 to 14 June.

In Santiago on 10 and 11 June, the Minister will hold talks with Chilean Minister of Foreign Affairs Diego Fuentes Mardones.

On 12 June the Minister goes on to Lima for talks with Peruvian Minister of Foreign Affairs Lucía Campos Herrera. The two ministers will also sign an agreement on technical cooperation in disaster risk reduction.

The visit ends in Bogotá on 14 June, where the Minister will call on President Andrés Lozano Prieto.
"""


def test_a_signing_after_a_leg_told_in_the_present_is_dated_that_leg_s_day(nlp) -> None:
    events = _extract(nlp, NOTE, "2034-06-05")
    (signing,) = [e for e in events if e.type == "agreement"]
    assert (signing.start, signing.end) == ("2034-06-12", None) and "PE" in signing.countries
