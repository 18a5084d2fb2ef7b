"""A delegation list whose heading names what it is for (issue 12): "GERMAN DELEGATION (BILATERAL TALKS)" under a
visit's programme lists the hosts' side at the talks, not a meeting of its own made of the heading's "TALKS" (it was
"Vollmer's meeting", dated over the whole visit, beside the talks); and the same programme's flight number is no
year."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

TITLE = ("Programme: Official Visit of the Minister for Defence of the Republic of Ghana to the Federal Republic of "
         "Germany, 4–7 June 2018")
PROGRAMME = ("Official Visit to the Federal Republic of Germany of\nHost: Dr. Katrin Vollmer, Parliamentary State "
             "Secretary to the Federal Minister of Defence\n14:35   Arrival at Berlin Tegel Airport (LH 2046 from "
             "Frankfurt)\nTUESDAY, 5 JUNE 2018\n09:40   Bilateral talks in delegation format, chaired by "
             "Parliamentary State Secretary Dr. Katrin Vollmer and Minister Kwame Osei-Mensah\n11:05   Departure from "
             "Berlin Tegel Airport (LH 2035 to Frankfurt; onward to Accra)\nGERMAN DELEGATION (BILATERAL TALKS)\n"
             "Dr. Katrin Vollmer, Parliamentary State Secretary – Head of Delegation\n"
             "Brigadier General Frank Lindner, Deputy Director-General for Security and Defence Policy\n"
             "Mr. Stefan Wegener, Head of Division for Sub-Saharan Africa\n")


def test_a_list_for_the_talks_takes_part_in_the_talks_and_makes_no_meeting_of_its_own(nlp) -> None:
    doc = Document(id="t", source="t", title=TITLE, text=PROGRAMME, published="2018-05-29T13:00:00+00:00")
    events = extract_document(doc, nlp=nlp).events
    assert not [e for e in events if "GERMAN DELEGATION" in e.evidence[0].text]
    (talks,) = [e for e in events if "Bilateral talks" in e.evidence[0].text]
    assert {p.name: p.side for p in talks.participants}.get("Frank Lindner") == "DE"


def test_a_flight_number_is_no_year(nlp) -> None:
    """"14:35 Arrival at Berlin Tegel Airport (LH 2046 from Frankfurt)" made a visit in 2046, which stretched the
    timeline's years to 2046."""
    doc = Document(id="t", source="t", text=PROGRAMME, published="2018-05-29T13:00:00+00:00")
    assert all(not (e.start or "").startswith("2046") for e in extract_document(doc, nlp=nlp).events)
