"""Events of briefings and interviews (issue 12): a transcript goes from country to country, so the country it
names most is no side of an event whose own sentence names none. Found on annotated State Department
briefings the gold does not hold."""

from __future__ import annotations

from tests.domain.test_events_unseen import _extract, _sides

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



def test_i_in_a_turn_is_its_speaker_and_a_spokespersons_we_is_the_office(nlp) -> None:
    text = ("Ada Quill, Secretary of State\n\nQUESTION: Madam Secretary, thank you for joining us."
            "\n\nSECRETARY QUILL: Thank you. I met with Norwegian Foreign Minister Eirik Haugen in Oslo on "
            "Monday, and we discussed the Arctic.\n\nQUESTION: And Zembla?\n\nSECRETARY QUILL: Nothing new.\n\n"
            "MR PRICE: Thank you all. Yesterday we announced $20 million in aid for flood relief in Zembla.")
    events = _extract(nlp, text, "2031-06-12")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert _sides(meeting) == {"Ada Quill": "US", "Eirik Haugen": "NO"}
    assert not any("Price" in name for e in events for name in _sides(e))
