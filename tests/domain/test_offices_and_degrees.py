"""Offices and a body's units are no people, and a degree before a name is no part of it (issue 12): "Deputy Assistant
Secretary of State for Security Assistance Maria Okafor" is Maria Okafor (not "Assistance Maria Okafor"); "Annex I."
and "Rail Transport Section" are no participants; "Mag. Stefan Gruber" heads the Austrian delegation (the full stop of
"Mag." had ended the sentence, and he had no side and no role)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

READOUT = """Office of the Spokesperson

Deputy Secretary Alvarez Meets Korean Vice Minister

Deputy Secretary of State Daniel Alvarez met with Republic of Korea Vice Minister of Unification Park Seo-yeon in Seoul on April 3, 2031. They discussed support for separated families.

The U.S. delegation included Principal Deputy Assistant Secretary of State for Security Assistance Maria Okafor.
"""

RECORD = """RECORD OF DISCUSSION

of the Third Meeting of the Czech–Austrian Working Group on Cross-Border Rail Transport

České Budějovice, 9–10 June 2031

1. The third meeting of the Czech–Austrian Working Group on Cross-Border Rail Transport was held in České Budějovice on 9 and 10 June 2031. The Czech delegation was headed by Ing. Jana Horáková, Director General, Rail Transport Section, Ministry of Transport of the Czech Republic. The Austrian delegation was headed by Mag. Stefan Gruber, Head of Department, Federal Ministry for Climate Action. The lists of the delegations are attached as Annex I.

2. The sides agreed to open the electrified line between Summerau and Horní Dvořiště in December 2032.
"""


def test_a_portfolio_is_no_part_of_its_holders_name(nlp) -> None:
    [meeting] = _extract(nlp, READOUT, "2031-04-03")
    assert {p.name for p in meeting.participants} == {"Daniel Alvarez", "Park Seo-yeon", "Maria Okafor"}


def test_a_degree_opens_a_name_and_an_annex_is_no_one(nlp) -> None:
    [talks] = [e for e in _extract(nlp, RECORD, "2031-06-15") if e.type == "dialogue"]
    assert {(p.name, p.side, p.role) for p in talks.participants} == {
        ("Jana Horáková", "CZ", "lead"), ("Stefan Gruber", "AT", "lead")}
