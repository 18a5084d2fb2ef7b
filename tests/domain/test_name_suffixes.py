"""Names with a suffix (issue 12): "General Romeo Brawner Jr. Also participating ..." names "Romeo Brawner Jr.", not
"Romeo Brawner Jr. Also" (the office's reading had run past the suffix's full stop into the next sentence), and a title
calls "Gilberto Teodoro Jr." Teodoro, not "Jr."."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

HONOR_CORDON = """Secretary Harmon Hosts Philippine Defense Secretary Teodoro at the Pentagon

Secretary of Defense Lloyd Harmon hosted Philippine Secretary of National Defense Gilberto Teodoro Jr. at the Pentagon today for an enhanced honor cordon and bilateral meeting. The two leaders reaffirmed the U.S.-Philippine alliance and discussed the recent incidents near Second Thomas Shoal in the South China Sea. Secretary Harmon reiterated that the Mutual Defense Treaty extends to Philippine armed forces, public vessels and aircraft, including those of its Coast Guard, anywhere in the South China Sea.

Secretary Teodoro was accompanied by Philippine Ambassador to the United States Jose Manuel Romualdez and Armed Forces of the Philippines Chief of Staff General Romeo Brawner Jr. Also participating for the United States were Chairman of the Joint Chiefs of Staff General C.Q. Brown Jr. and Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner.
"""

TRAVEL = """Deputy Secretary of Defense Travels to Japan and the Philippines

Deputy Secretary of Defense Kathleen Hicks will travel to Tokyo and Manila Feb. 12-16. In Tokyo, she will meet with Japanese Minister of Defense Kihara Minoru and Vice Minister of Defense for International Affairs Oka Masami to discuss alliance modernization. In Manila, Deputy Secretary Hicks will meet with Philippine Secretary of National Defense Gilberto Teodoro Jr. and visit troops at Camp Aguinaldo.
"""


def test_a_suffix_ends_a_name(nlp) -> None:
    names = {p.name for e in _extract(nlp, HONOR_CORDON, "2024-04-18") for p in e.participants}
    assert "Romeo Brawner Jr." in names and not any(n.endswith("Also") for n in names)


def test_a_title_calls_a_man_by_his_surname_not_his_suffix(nlp) -> None:
    titles = [e.title for e in _extract(nlp, TRAVEL, "2024-01-10") if e.type == "meeting"]
    assert "Hicks meets Teodoro in Manila" in titles
