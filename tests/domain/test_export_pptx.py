"""The PowerPoint briefing deck: a title slide, the timeline picture, one slide per event with quotes and roster."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from entente.export import to_pptx


def _event(eid: str, title: str, start: str, end: str | None, precision: str, participants: list[dict],
           quotes: list[str], location: str | None = None) -> dict:
    return {
        "id": eid, "title": title, "type": "dialogue", "start": start, "end": end, "precision": precision,
        "start_date": pd.Timestamp(start[:10] if len(start) >= 10 else start + "-01"[: 10 - len(start)]),
        "end_date": pd.Timestamp((end or start)[:10] if len(end or start) >= 10 else "2010-03-31"),
        "location": location, "location_country": "PK", "countries": ["US", "PK"], "counterpart": "PK",
        "themes": [], "participants": participants,
        "evidence": [{"start": 0, "end": len(q), "text": q} for q in quotes], "document_ids": ["d1"],
        "confidence": 0.9,
    }


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame([
        _event("e1", "Defense Working Group meets in Rawalpindi", "2010-06-07", "2010-06-10", "day",
               [{"name": "David Ochmanek", "side": "US", "role": "lead"},
                {"name": "Athar Ali", "side": "PK", "role": "lead"},
                {"name": "Unplaced Person", "side": None, "role": None}],
               ["U.S. and Pakistani defense officials wrapped up a four-day session in Rawalpindi."],
               location="Rawalpindi"),
        _event("e2", "Strategic <b>dialogue</b> & [link](javascript:alert(1))", "2010-03", None, "month", [],
               ["A quote with a form feed\x0c and a NUL\x00 from a scanned PDF.", "Second quote " + "x" * 600]),
    ])


def _png(width: int = 800, height: int = 300) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, format="PNG")
    return out.getvalue()


def _texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_deck_has_title_slide_timeline_picture_and_one_slide_per_event(events):
    deck = Presentation(io.BytesIO(to_pptx(events, title="U.S.–Pakistan, 2010", timeline_png=_png())))
    slides = list(deck.slides)
    assert len(slides) == 1 + 1 + len(events) + 1, "title, timeline, one per event, sources"
    assert "U.S.–Pakistan, 2010" in _texts(slides[0]) and "2 events" in _texts(slides[0])
    pictures = [s for s in slides[1].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1, "the timeline image is on the second slide"
    picture = pictures[0]
    assert picture.left >= 0 and picture.left + picture.width <= deck.slide_width
    assert picture.top + picture.height <= deck.slide_height, "the picture fits on its slide"
    assert abs(picture.width / picture.height - 800 / 300) < 0.01, "aspect ratio kept"


def test_event_slide_carries_its_date_place_roster_by_side_and_quote(events):
    deck = Presentation(io.BytesIO(to_pptx(events, title="t", timeline_png=_png())))
    text = _texts(list(deck.slides)[2])
    assert "Defense Working Group meets in Rawalpindi" in text
    assert "7–10 Jun 2010" in text and "Rawalpindi" in text, "the date as the app writes it"
    assert "United States\nDavid Ochmanek (lead)" in text, "each delegation under its country"
    assert "Pakistan\nAthar Ali (lead)" in text
    notes = list(deck.slides)[2].notes_slide.notes_text_frame.text
    assert "Side not given: Unplaced Person" in notes, "a third side, in the speaker notes"
    assert "wrapped up a four-day session in Rawalpindi" in text


def test_document_text_goes_in_as_plain_text_and_control_characters_do_not_break_the_file(events):
    deck = Presentation(io.BytesIO(to_pptx(events, title="t", timeline_png=None)))
    slides = list(deck.slides)
    assert len(slides) == 1 + len(events) + 1, "no picture slide without a picture"
    text = _texts(slides[2])
    assert "Strategic <b>dialogue</b> & [link](javascript:alert(1))" in text, "shown as written, not rendered"
    assert "Mar 2010" in text, "a month-precision date is not given a day"
    assert "form feed" in text and "\x0c" not in text and "\x00" not in text
    long_quote = next(line for line in text.splitlines() if line.startswith("“Second quote"))
    assert len(long_quote) < 400 and long_quote.endswith("…”"), "a long quote is clipped to fit the slide"


def test_an_empty_selection_still_makes_a_deck_with_its_title():
    empty = pd.DataFrame(columns=["id", "title", "start_date", "end_date"])
    deck = Presentation(io.BytesIO(to_pptx(empty, title="Nothing matched", timeline_png=None)))
    assert len(deck.slides) == 1
    assert "0 events" in _texts(deck.slides[0])
