"""Who travels with a visitor signs abroad for the visitor's side (issue 12): a minister the release lists as
accompanying its head of state, named by office without a country, is not taken for the host's minister when the
signing is placed in the host's capital."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """President Wanjiru Kamau Concludes State Visit to Japan

The President of the Republic of Kenya, H.E. Wanjiru Kamau, has concluded a three-day State Visit to Japan from 12 to 14 March 2029, at the invitation of the Government of Japan.

The President was accompanied by the Minister for Foreign Affairs, Hon. Peter Otieno Mwangi; and the Minister for Energy, Hon. Dr. Daniel Kiprop Rotich, among other senior government officials.

On Tuesday, 13 March, President Kamau held talks with the Prime Minister, Mr. Hiroshi Tanabe, at the Prime Minister's Office in Tokyo. At the end of the talks, the two leaders witnessed the signing of a Memorandum of Cooperation on Geothermal Energy by Hon. Dr. Daniel Kiprop Rotich and the Minister of Economy, Trade and Industry, Mr. Kenji Morimoto.

Issued by the Embassy of the Republic of Kenya, Tokyo
15 March 2029
"""


def test_a_minister_travelling_with_the_president_signs_for_his_country(nlp) -> None:
    [signing] = [e for e in _extract(nlp, RELEASE, "2029-03-15") if e.type == "agreement"]
    sides = {p.name: p.side for p in signing.participants}
    assert sides["Daniel Kiprop Rotich"] == "KE" and sides["Kenji Morimoto"] == "JP"
