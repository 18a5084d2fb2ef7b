"""A transcript whose headline runs to a sentence (issue 12): its event keeps the headline's first part, cut before
what the remarks are about, so the title reads as a headline rather than twenty words."""

from __future__ import annotations

from entente.extract.document import extract_document
from entente.models import Document

TITLE = ("Foreign Minister Lindqvist Remarks to the Press on the Launch of the 2034 Report to Parliament Pursuant to the "
         "Arctic Cooperation Act")


def test_a_long_transcript_headline_is_cut_to_a_headline(nlp) -> None:
    text = ("Eva Lindqvist, Minister for Foreign Affairs\n\nOttawa, Canada\n\n"
            "FOREIGN MINISTER LINDQVIST: Good morning. It is a pleasure to be in Ottawa with my Canadian colleague.")
    doc = Document(id="t", source="t", title=TITLE, text=text, published="2034-04-03")
    titles = [e.title for e in extract_document(doc, nlp=nlp).events]
    assert titles and all(len(t.split()) <= 16 for t in titles)
    assert "Foreign Minister Lindqvist Remarks to the Press" in titles
