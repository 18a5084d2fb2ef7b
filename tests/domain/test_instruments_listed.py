"""Instruments listed with their own signatories (issue 12): "1. Protocol ... - signed by A and B; 2. Memorandum ...
- signed by C and D" are two signings, each with its two signatories; the ceremony "at the end of the talks" is that
day's, not a declaration recalled from years before."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

TEXT = ("Ankara, 9 November 2022\n\n"
        "Minister of National Defence Kemal Demirtaş hosted the Minister of Defence of Georgia, Mr. Giorgi Beridze, "
        "at the Ministry of National Defence in Ankara today. The two ministers held a meeting on regional security.\n\n"
        "The ministers recalled the Tbilisi Declaration on Strategic Partnership, signed in Tbilisi on 4 May 2019.\n\n"
        "At the end of the talks, a signing ceremony was held for the following documents:\n\n"
        "1. Protocol on Cooperation in Military Education for 2023 - signed by Deputy Minister Dr. Selim Karaca and "
        "Deputy Minister Levan Kapanadze;\n"
        "2. Memorandum of Understanding on Military Medicine - signed by Minister Kemal Demirtaş and Minister Giorgi "
        "Beridze.\n")


def test_each_listed_instrument_is_a_signing_of_its_own(nlp) -> None:
    signings = [e for e in _extract(nlp, TEXT, "2022-11-09") if e.type == "agreement" and e.start == "2022-11-09"]
    signatories = [{n for n, s in _sides(e).items()} for e in signings]
    assert any({"Selim Karaca", "Levan Kapanadze"} <= s for s in signatories)
    assert any({"Kemal Demirtaş", "Giorgi Beridze"} <= s for s in signatories)
    assert len(signings) == 2


def test_the_ceremony_at_the_end_of_the_talks_is_not_the_recalled_signing(nlp) -> None:
    recalled = [e for e in _extract(nlp, TEXT, "2022-11-09") if e.type == "agreement" and e.start == "2019-05-04"]
    assert all("Selim Karaca" not in _sides(e) for e in recalled)


def test_the_minister_of_defence_of_georgia_is_georgian(nlp) -> None:
    """Georgia is also a U.S. state; "the Minister of Defence of Georgia" is the country's office."""
    (meeting,) = [e for e in _extract(nlp, TEXT, "2022-11-09") if e.type == "meeting"]
    assert _sides(meeting).get("Giorgi Beridze") == "GE"
    assert set(meeting.countries) == {"TR", "GE"}
