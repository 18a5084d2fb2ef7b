"""What the two delegations of a dialogue do together beside its sessions (an invented Finnish–Estonian
track-II report, written in a layout the rules were not written on)."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

REPORT = """Finnish and Estonian experts meet in Tallinn for their third maritime dialogue

Conference report | 14 May 2024

The Finnish Institute of International Affairs and the International Centre for Defence and Security held the \
third round of their Finland–Estonia maritime dialogue in Tallinn on 7–8 May 2024.

The Finnish delegation was led by Dr. Aino Virtanen, senior research fellow at the Institute. Its members were \
Mr. Mikko Lahtinen, Ms. Sanna Korhonen and Cdr. (Ret.) Juha Nieminen. The Estonian delegation was headed by \
Dr. Kristjan Tamm, and included Ms. Liis Kask, Mr. Rein Saar and Dr. Mari Lepik.

Session one, on Baltic Sea cable security, was chaired by Dr. Lepik. Mr. Lahtinen presented on the protection \
of undersea infrastructure.

On 8 May the two delegations were received at the Ministry of Foreign Affairs of the Republic of Estonia on \
Islandi Square by Mr. Toomas Rebane, Director General of the Political Department. The two delegations stressed \
that the ports hosting allied vessels remain national ports.

The institutes agreed to hold the fourth round of the dialogue in Helsinki in 2025.
"""


def _report(nlp):
    return extract_document(Document(id="fi-ee", source="fi-ee.txt", text=REPORT, published="2024-05-14"), nlp=nlp)


def test_delegations_received_by_an_official_meet_him_all_of_them_on_their_own_day(nlp) -> None:
    doc = _report(nlp)
    [received] = [e for e in doc.events if e.type == "meeting" and e.start == "2024-05-08"]
    roles = {p.name: (p.side, p.role) for p in received.participants}
    assert roles["Toomas Rebane"] == ("EE", "host")  # received "at the Ministry ... on Islandi Square by" him
    # who received the two heads of delegation, in Tallinn where the dialogue was held that day
    assert received.title == "Rebane meets Virtanen, Tamm in Tallinn"
    # everyone of both delegations was there; who led a delegation leads it there, who chaired a session is a member
    assert {n: roles.get(n) for n in ("Aino Virtanen", "Kristjan Tamm", "Juha Nieminen", "Mari Lepik", "Liis Kask")} == \
        {"Aino Virtanen": ("FI", "lead"), "Kristjan Tamm": ("EE", "lead"), "Juha Nieminen": ("FI", "member"),
         "Mari Lepik": ("EE", "member"), "Liis Kask": ("EE", "member")}
    [dialogue] = [e for e in doc.events if e.type == "dialogue" and e.start == "2024-05-07"]
    assert dialogue.end == "2024-05-08" and "Toomas Rebane" not in {p.name for p in dialogue.participants}


def test_a_list_after_who_headed_a_delegation_are_its_members_and_the_report_heading_is_no_event(nlp) -> None:
    doc = _report(nlp)
    [dialogue] = [e for e in doc.events if e.type == "dialogue" and e.start == "2024-05-07"]
    roles = {p.name: (p.side, p.role) for p in dialogue.participants}
    # "was headed by Dr. Kristjan Tamm, and included ... and Dr. Mari Lepik": she is no second head
    assert roles["Kristjan Tamm"] == ("EE", "lead") and roles["Mari Lepik"][1] != "lead"
    assert roles["Juha Nieminen"] == ("FI", "member")  # "Cdr. (Ret.)" ends no sentence
    # "Conference report | 14 May 2024" names the document, not a conference on the day it was written
    assert not [e for e in doc.events if e.start == "2024-05-14"], [e.title for e in doc.events]
