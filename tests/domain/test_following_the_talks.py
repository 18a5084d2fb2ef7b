""""Following the talks, ..." goes on from the talks told before (issue 12), not from the last event in focus: a
summit the two ministers only spoke about gives the signing neither its days nor its city."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

TEXT = ("Nairobi, 9 May 2024\n\n"
        "The Cabinet Secretary for Foreign Affairs, Ms Wanjiru Kamau, yesterday received the Minister for Foreign "
        "Affairs of Japan, Mr Hiroshi Tanabe, at the Old Treasury Building for official talks.\n\n"
        "The talks took place in a cordial atmosphere. The two Ministers also exchanged views on the outcomes of the "
        "African Union Summit, held in Addis Ababa on 17 and 18 February 2024.\n\n"
        "Following the talks, the two Ministers witnessed the signing of a Memorandum of Understanding on "
        "Cooperation in Geothermal Energy.\n")


def test_the_signing_after_the_talks_is_on_the_day_of_the_talks(nlp) -> None:
    (signing,) = [e for e in _extract(nlp, TEXT, "2024-05-09") if e.type == "agreement"]
    assert signing.start == "2024-05-08"
    assert signing.location is None or signing.location.name != "Addis Ababa"
