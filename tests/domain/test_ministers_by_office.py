""""Following the talks, the ministers signed ..." (issue 12): a plural subject that names an office is the holders of
that office told before, not whoever the last sentence listed (the generals who came along); the signing a headline
under an office's name and a dateline tells is the one the body tells, not a second."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

NOTE = """Slovak-Hungarian defence cooperation plan signed in Bratislava

Bratislava, 12 March 2035

The Minister of Defence of Hungary, Mr. Ferenc Halmosi, paid a working visit to the Slovak Republic today at the invitation of the Minister of Defence of the Slovak Republic, Mr. Juraj Kollárik. The Minister was accompanied by the Chief of Defence of the Hungarian Defence Forces, Gen. Bence Ormándy, and the Director of the Defence Policy Department, Mr. Levente Kardos.

Minister Kollárik welcomed his Hungarian counterpart at the Ministry of Defence, after which the two delegations held talks.

Following the talks, the ministers signed the Plan of Bilateral Military Cooperation for 2036.
"""


def test_the_ministers_who_sign_are_the_ministers_not_their_escorts(nlp) -> None:
    events = _extract(nlp, NOTE, "2035-03-12")
    (signing,) = [e for e in events if e.type == "agreement"]  # the headline's signing is the body's
    people = {p.name: p.side for p in signing.participants}
    assert people.get("Ferenc Halmosi") == "HU" and people.get("Juraj Kollárik") == "SK"
    assert "Bence Ormándy" not in people and "Levente Kardos" not in people

