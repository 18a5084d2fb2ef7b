"""A release headed by a government office the gazetteer knows by name (issue 12): "Foreign and Commonwealth Office"
over a readout makes the United Kingdom its publisher, so its unnamed-country minister ("The Minister for Europe, X MP")
is British and the meeting is between the United Kingdom and the counterpart's country (not the European Union, which
"Minister for Europe" would otherwise suggest). A named series of talks keeps "Talks" in its title."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

READOUT = """Foreign and Commonwealth Office

Minister for Europe meets Moroccan Minister Delegate

3 March 2008

The Minister for Europe, Gareth Pendleton MP, met Morocco's Minister Delegate for Foreign Affairs, Karim Bennani, in Brussels today. They discussed the state of Morocco's advanced status with the EU, migration and the situation in the Sahel.
"""

STAFF_TALKS = """Record of the 12th Chile–New Zealand Navy-to-Navy Staff Talks

Auckland, 14–16 March 2028

1. The 12th Navy-to-Navy Staff Talks between the Chilean Navy and the Royal New Zealand Navy were held at Devonport Naval Base, Auckland, from 14 to 16 March 2028. The Chilean side was led by Rear Admiral Felipe Andrés Mardones and the New Zealand side by Commodore Helen Patricia Gray.
"""


def test_a_known_office_heading_a_release_is_its_publisher(nlp) -> None:
    (meeting,) = [e for e in _extract(nlp, READOUT, "2008-03-03") if e.type == "meeting"]
    assert {(p.name, p.side) for p in meeting.participants} == {("Gareth Pendleton", "GB"), ("Karim Bennani", "MA")}
    assert set(meeting.countries) == {"GB", "MA"}


def test_a_series_of_talks_keeps_its_name_in_the_title(nlp) -> None:
    (talks,) = [e for e in _extract(nlp, STAFF_TALKS, "2028-03-16") if e.type == "dialogue"]
    assert talks.title.endswith("Staff Talks"), talks.title
