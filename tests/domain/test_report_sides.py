"""A track-II report names its conveners' institutions once in full, with their cities, and then by a short form
(issue 12): "Dr. X, director of the Al-Ahram Center" is Egyptian when the report opened on "the Al-Ahram Center for
Political and Strategic Studies (Cairo)"; "His Ethiopian co-convener, Dr. Y" is Ethiopian."""

from __future__ import annotations

from tests.domain.test_events_unseen import _all_sides, _extract

REPORT = """Conference Report
The Ninth Egypt–Ethiopia Track II Dialogue on the Nile
Nairobi, Kenya, 17–18 June 2029

Convened by the Al-Ahram Center for Political and Strategic Studies (Cairo) and the Ethiopian International Institute for Peace and Development (Addis Ababa), with support from the Rift Valley Institute.

The ninth round of the dialogue met in Nairobi on 17 and 18 June 2029 under the Chatham House Rule.

Opening the meeting, Dr. Hany Ragheb, director of the Al-Ahram Center, recalled that the dialogue had continued through the most difficult years of the dispute. His Ethiopian co-convener, Dr. Meron Tadesse, said that trust was built by meeting, not by statements.
"""


def test_a_short_name_of_an_institution_the_report_placed_gives_its_side(nlp) -> None:
    sides = _all_sides(_extract(nlp, REPORT, "2029-06-20"))
    assert sides["Hany Ragheb"] == "EG" and sides["Meron Tadesse"] == "ET"
