"""Events of briefings and interviews (issue 12): a transcript goes from country to country, so the country it
names most is no side of an event whose own sentence names none. Found on annotated State Department
briefings the gold does not hold."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract

BRIEFING = ("Ned Price, Department Spokesperson\nWashington, DC\n\nMR PRICE: Good afternoon. On Zembla, the talks "
            "with Zembla resume next week; Zembla's nuclear program remains a concern.\n\n"
            "QUESTION: Will Zembla return to the table? And Germany's view?\n\n"
            "MR PRICE: We hope Zembla will. Germany shares that hope, and we speak with Germany often. Turning to "
            "Hong Kong: yesterday Secretary Ada Quill announced a deferral of removal for Hong Kong residents. "
            "Our announcement today is in response to the authorities' repeated actions against the Basic Law.\n\n"
            "QUESTION: And on Zembla again? Has Germany raised it?\n\n"
            "MR PRICE: Nothing new on Zembla.")


def test_a_briefings_most_named_country_is_no_side_of_an_announcement_that_names_none(nlp) -> None:
    text = BRIEFING.replace("Zembla", "Iran")
    events = _extract(nlp, text, "2031-08-05")
    elsewhere = [e for e in events if "Iran" not in " ".join(q.text for q in e.evidence)]
    assert elsewhere and all(e.countries == ("US",) for e in elsewhere)

