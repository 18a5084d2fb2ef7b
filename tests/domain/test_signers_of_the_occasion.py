"""A signing that names no one takes the heads of the day's talks (issue 12): "At the conclusion of the talks, the two
sides signed an Agreement on ..." after "Minister A held talks with Minister B" is signed by A and B (it had had no
participants: "Ghana and Mexico sign agreement"), and "Agreement on Visa Waiver" in a headline names a topic, not a
person "Visa Waiver"; a signing held beside a meeting a third party's official attends
takes no one from it."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """MINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION
REPUBLIC OF GHANA

Ghana and Mexico Sign Agreement on Visa Waiver

ACCRA, 14 June 2035 — The Minister for Foreign Affairs and Regional Integration, Hon. Akosua Frimpong-Manso, today held talks in Accra with the Secretary of Foreign Affairs of Mexico, Mr. Rodrigo Iturbide Lara.

At the conclusion of the talks, the two sides signed an Agreement on the Waiver of Visas for Holders of Diplomatic and Official Passports.
"""


def test_the_heads_of_the_talks_sign(nlp) -> None:
    # (the headline's signing and the body's are not yet told as one: each must hold the two ministers, and no "Visa
    # Waiver", the headline's topic, as a person)
    signings = [e for e in _extract(nlp, RELEASE, "2035-06-14") if e.type == "agreement"]
    assert signings
    for signing in signings:
        assert {(p.name, p.side, p.role) for p in signing.participants} == {("Akosua Frimpong-Manso", "GH", "signatory"),
                                                                           ("Rodrigo Iturbide Lara", "MX", "signatory")}
        assert set(signing.countries) == {"GH", "MX"}


PROGRAMME = """PROGRAMME OF THE VISIT OF THE MINISTER OF FOREIGN AFFAIRS OF ZAMBIA TO MALAWI
Lilongwe, 9 June 2036

09:00  Talks between the Minister of Foreign Affairs of Zambia, Hon. Mutale Chanda, and the Minister of Foreign Affairs of Malawi, Hon. Grace Banda, with the SADC Executive Secretary, Dr. Elias Magosi
13:00  Signing of a Memorandum of Understanding on Cross-Border Trade by the two Ministers
"""


def test_no_third_party_signs(nlp) -> None:
    signings = [e for e in _extract(nlp, PROGRAMME, "2036-06-08") if e.type == "agreement"]
    assert signings and not any(p.name == "Elias Magosi" for e in signings for p in e.participants)
