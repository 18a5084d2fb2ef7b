"""A wire dateline with the day first and Indonesian degrees (issue 12): "PORT MORESBY, 3 March 2034 — The Minister
..." names the publisher's city (its minister had been given the side of the organisation he meets), while a report's
venue line "Madrid, 12 July 2011" stays no dateline; "Drs." and "Ir." before a name are degrees, not people ("Pereira
meets Drs"), so the hosts they style are found and met."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Minister Kaupa to Visit Jakarta

PORT MORESBY, 3 March 2034 — The Minister for Foreign Affairs and International Trade, Mr. Peter Kaupa, will visit Jakarta from 6 to 8 March.

On 7 March, Minister Kaupa is scheduled to pay a courtesy call on the Vice President of the Republic of Indonesia, Drs. H. Abdul Rahman Sitompul, and to meet the Secretary-General of ASEAN, Dato Lim Wei Ming.

On 8 March, he will call on Prime Minister Ir. Bambang Wicaksana and then join Minister for Foreign Affairs Retno Adiwijaya for a working lunch.
"""


def test_the_wire_city_gives_the_minister_his_side(nlp) -> None:
    sides = {p.name: p.side for e in _extract(nlp, RELEASE, "2034-03-03") for p in e.participants}
    assert sides["Peter Kaupa"] == "PG"
    assert sides["Lim Wei Ming"] == "ASEAN"


def test_degrees_style_the_hosts_and_are_no_one(nlp) -> None:
    meetings = [{p.name: p.side for p in e.participants} for e in _extract(nlp, RELEASE, "2034-03-03") if e.type == "meeting"]
    assert not any(name in {"Drs", "Ir"} for m in meetings for name in m)
    assert any(m.get("Abdul Rahman Sitompul", m.get("H. Abdul Rahman Sitompul")) == "ID" for m in meetings)
    assert {"Peter Kaupa": "PG", "Bambang Wicaksana": "ID", "Retno Adiwijaya": "ID"} in meetings
