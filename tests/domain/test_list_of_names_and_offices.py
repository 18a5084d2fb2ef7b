"""A list of names, each with its office after it (issue 12): "General A, Chief of Staff of the Egyptian Armed
Forces, General B, Chief of the Hellenic ..., and Lieutenant General C, Chief of the National Guard of the Republic of
Cyprus, as well as ...": each office is the name's before it (not the next name's, across the comma), so each person
has their own country."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """MINISTRY OF DEFENCE OF THE KINGDOM OF MOROCCO

Rabat, 9 May 2027

Moroccan, Portuguese and Spanish Chiefs of Defence Meet in Rabat

The trilateral meeting of the chiefs of defence was attended by General Driss Benkirane, Inspector General of the Royal Armed Forces of Morocco, Admiral Joao Paulo Ferreira, Chief of the General Staff of the Portuguese Armed Forces, and General Alvaro Ruiz Montero, Chief of the Defence Staff of Spain, as well as a number of senior commanders of the three countries.

On Saturday, General Benkirane received Admiral Ferreira at the General Staff in Rabat.
"""


def test_each_office_goes_with_the_name_before_it(nlp) -> None:
    events = _extract(nlp, RELEASE, "2027-05-09")
    sides = {p.name: p.side for e in events for p in e.participants}
    assert sides["Driss Benkirane"] == "MA"
    assert sides["Joao Paulo Ferreira"] == "PT"
    assert sides["Alvaro Ruiz Montero"] == "ES"
