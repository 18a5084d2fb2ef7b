"""A news agency's reception readout (issue 12): a dateline with a date of another calendar first ("Kuwait City, Rajab
10, 1452, November 4, 2030, KUNA --") still names the publisher's city, and "received at his office at the Ministry ...
today the newly appointed Ambassador of Brazil", "received in Dasman Palace Brazil's Special Envoy" are receptions
with where (and when) between the verb and the guest (both had been missed: the host was no participant, the second
reception no event)."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

RELEASE = """Foreign Minister Receives Copy of Credentials of New Brazilian Ambassador

Kuwait City, Rajab 10, 1452, November 4, 2030, KUNA -- Minister of Foreign Affairs Sheikh Salem Abdullah Al-Sabah received at his office at the Ministry of Foreign Affairs today the newly appointed Ambassador of Brazil to the State of Kuwait, Mr. Paulo Henrique Ramos, who presented a copy of his credentials.

Yesterday, His Highness the Crown Prince Sheikh Mishal Al-Ahmad received in Dasman Palace Brazil's Special Envoy for the Gulf, Mr. Roberto Almeida Castro, who delivered a message from the President of Brazil.
"""


def test_both_receptions_with_their_hosts_and_days(nlp) -> None:
    meetings = {e.start: e for e in _extract(nlp, RELEASE, "2030-11-04") if e.type == "meeting"}
    assert set(meetings) == {"2030-11-03", "2030-11-04"}
    sides = {day: {p.name: p.side for p in e.participants} for day, e in meetings.items()}
    assert sides["2030-11-04"] == {"Salem Abdullah Al-Sabah": "KW", "Paulo Henrique Ramos": "BR"}
    assert sides["2030-11-03"] == {"Mishal Al-Ahmad": "KW", "Roberto Almeida Castro": "BR"}


def test_the_dateline_dates_the_release_when_no_publishing_date_is_given(nlp) -> None:
    # "Kuwait City, Rajab 10, 1452, November 4, 2030, KUNA --": the release's own day, so "Yesterday" is 3 November
    meetings = sorted(e.start for e in _extract(nlp, RELEASE, None) if e.type == "meeting")
    assert meetings == ["2030-11-03", "2030-11-04"]
