"""A co-signatory named with a courtesy's full stop and a given name that is also a law's word (issue 12): in "The
Minister of National Defence, Ms. A, and the Minister of National Defence of the Republic of Poland, Mr. B, signed",
A signs too (the full stop of "Mr." had hidden the verb from her); "Mr. Bill Matthews" is a person ("Bill" ended him as
it ends "the Kerry-Lugar Bill")."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """NEWS RELEASE
Department of National Defence, Canada

Canada and Poland sign defence cooperation arrangement

Ottawa, 21 June 2027 — The Minister of National Defence, Ms. Claire Fortin, and the Minister of National Defence of the Republic of Poland, Mr. Tomasz Wierzbicki, signed today a Defence Cooperation Arrangement at National Defence Headquarters in Ottawa.

Minister Wierzbicki was accompanied by the Chief of the General Staff of the Polish Armed Forces, General Marek Nowakowski, and the Polish Ambassador to Canada, Ms. Agnieszka Zając. The Canadian delegation included the Chief of the Defence Staff, General Jennifer Carignan, and the Deputy Minister of National Defence, Mr. Bill Matthews.

Following the signing, the two Ministers held a working lunch with members of both delegations.
"""


def test_both_ministers_sign(nlp) -> None:
    [signing] = [e for e in _extract(nlp, RELEASE, "2027-06-21") if e.type == "agreement"]
    assert {(p.name, p.side, p.role) for p in signing.participants} >= {
        ("Claire Fortin", "CA", "signatory"), ("Tomasz Wierzbicki", "PL", "signatory")}


def test_a_given_name_that_is_a_law_word_is_a_name(nlp) -> None:
    people = {p.name: p.side for e in _extract(nlp, RELEASE, "2027-06-21") for p in e.participants}
    assert people.get("Bill Matthews") == "CA"
