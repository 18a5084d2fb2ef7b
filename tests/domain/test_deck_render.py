"""Issue 14, item 4: the briefing deck rendered to pictures by LibreOffice, as a briefer's machine shows it:
16:9, the title centred, nothing running off a slide; and its content: the view, a slide per key event with
the two delegations, quotes with their documents, speaker notes, and a sources slide."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation

from entente import deck, export, query
from entente.labels import format_when

ROOT = Path(__file__).resolve().parents[2]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install "
                                                           "libreoffice-impress; .ci/run does): slides not rendered")


def _picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1400, 500), "#DCEBF5").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def pakistan_deck(seeded_db) -> bytes:
    frame = query.events(query.Filters(countries=("PK",), planned=False), seeded_db)
    return export.to_pptx(frame, title="U.S.–Pakistan briefing", timeline_png=_picture(),
                          view="Pakistan · 2009–2010")


def _texts(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_the_deck_opens_on_the_view_and_ends_on_its_sources(pakistan_deck, seeded_db):
    slides = list(Presentation(io.BytesIO(pakistan_deck)).slides)
    frame = query.events(query.Filters(countries=("PK",), planned=False), seeded_db)
    assert len(slides) == 1 + 1 + len(frame) + 1, "title, timeline, one per event, sources"
    cover = _texts(slides[0])
    assert "U.S.–Pakistan briefing" in cover and "Pakistan · 2009–2010" in cover
    assert f"{len(frame)} events" in cover
    sources = _texts(slides[-1])
    assert sources.startswith("Sources")
    titles = {q["document_title"] for i in frame["id"] for q in query.event(i, seeded_db)["evidence"]}
    assert all(t[:60] in sources for t in titles)


def test_an_event_slide_has_headline_date_place_delegations_quotes_and_notes(pakistan_deck, seeded_db):
    slides = list(Presentation(io.BytesIO(pakistan_deck)).slides)
    frame = query.events(query.Filters(countries=("PK",), planned=False), seeded_db)
    row = frame[frame["title"].str.contains("Strategic Dialogue at")].iloc[0]
    slide = next(s for s in slides if _texts(s).startswith(row["title"]))
    text = _texts(slide)
    assert format_when(row["start"], row["end"], row["precision"]) in text
    assert "8–9 Oct 2009" in text and "8 Oct 2009 – 8 Oct 2009" not in text
    assert "Grand Hyatt Dubai" in text and "United States\n" in text and "Pakistan\n" in text
    details = query.event(row["id"], seeded_db)
    assert f"— {details['evidence'][0]['document_title']}" in text, "a quote names its document"
    notes = slide.notes_slide.notes_text_frame.text
    assert "United States:" in notes and "Pakistan:" in notes and details["evidence"][0]["text"][:50] in notes


def test_a_long_view_gets_its_key_events_those_with_people_and_quotes_first():
    rows = [{"id": f"e{i}", "participants": [{"name": "A"}] if i % 3 == 0 else [], "evidence": [],
             "confidence": 0.5} for i in range(60)]
    picked = deck.key_events(rows, limit=20)
    assert [r["id"] for r in picked] == [f"e{i}" for i in range(0, 60, 3)], "named people first, time order kept"


def _slides_as_pictures(data: bytes, folder: Path) -> list[Path]:
    """Each slide alone in a deck of its own, rendered by LibreOffice (which draws a deck's first slide)."""
    count = len(Presentation(io.BytesIO(data)).slides)
    names = []
    for keep in range(count):
        single = Presentation(io.BytesIO(data))
        ids = single.slides._sldIdLst  # python-pptx has no public slide removal
        for n, slide_id in reversed(list(enumerate(list(ids)))):
            if n != keep:
                ids.remove(slide_id)
        name = folder / f"slide-{keep + 1:02d}.pptx"
        single.save(name)
        names.append(name)
    subprocess.run([SOFFICE, "--headless", "--convert-to", "png", "--outdir", str(folder), *map(str, names)],
                   check=True, capture_output=True, timeout=300)
    return [n.with_suffix(".png") for n in names]


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of the pixels in `box` that are not background."""
    part = image.crop(box).convert("L")
    return sum(part.histogram()[:200]) / max(part.width * part.height, 1)


@needs_soffice
def test_the_rendered_slides_are_16_9_centred_and_nothing_runs_off_them(pakistan_deck, tmp_path):
    pictures = _slides_as_pictures(pakistan_deck, tmp_path)
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    for picture in pictures:
        shutil.copy(picture, artifacts / f"deck-{picture.name}")
        image = Image.open(picture).convert("RGB")
        assert abs(image.width / image.height - 16 / 9) < 0.02, picture.name
        w, h = image.size
        assert _ink(image, (0, int(h * 0.97), w, h)) < 0.002, f"{picture.name}: text runs off the bottom"
        assert _ink(image, (int(w * 0.985), 0, w, h)) < 0.002, f"{picture.name}: text runs off the right"
    cover = Image.open(pictures[0]).convert("L")
    band = cover.crop((0, int(cover.height * 0.25), cover.width, int(cover.height * 0.45)))
    columns = [x for x in range(band.width) if any(band.getpixel((x, y)) < 128 for y in range(0, band.height, 3))]
    middle = (columns[0] + columns[-1]) / 2
    assert abs(middle - cover.width / 2) < cover.width * 0.03, "the title is centred on the 16:9 slide"


def test_document_text_stays_plain_and_control_characters_do_not_break_the_file():
    frame = pd.DataFrame([{
        "id": "e1", "title": "Talks <b>x</b> & [a](javascript:alert(1))\x0c", "type": "meeting",
        "start": "2010-03", "end": None, "precision": "month", "start_date": pd.Timestamp("2010-03-01"),
        "end_date": pd.Timestamp("2010-03-31"), "location": None, "location_country": None,
        "countries": ["US", "PK"], "counterpart": "PK", "themes": [], "document_ids": ["d"], "confidence": 0.5,
        "participants": [{"name": "Ada\x00 Quill", "side": "US", "role": "lead"}],
        "evidence": [{"text": "A quote\x0c with a form feed", "document_title": "A <i>doc</i>"}],
        "sources": [{"id": "d", "title": "A <i>doc</i>", "url": None, "published": None}]}])
    slides = list(Presentation(io.BytesIO(export.to_pptx(frame))).slides)
    text = _texts(slides[1])
    assert "Talks <b>x</b> & [a](javascript:alert(1))" in text and "Mar 2010" in text
    assert "Ada  Quill (lead)" in text and "— A <i>doc</i>" in text and "\x0c" not in text


def test_a_quote_on_a_slide_leaves_out_the_documents_footnote_markup(pakistan_deck, seeded_db):
    slides = list(Presentation(io.BytesIO(pakistan_deck)).slides)
    frame = query.events(query.Filters(countries=("PK",), planned=False), seeded_db)
    row = frame[frame["title"].str.contains("passed the U.S. Senate")].iloc[0]
    assert "<sup>" in query.event(row["id"], seeded_db)["evidence"][0]["text"], "the seed's quote carries the markup"
    slide = next(s for s in slides if _texts(s).startswith(row["title"]))
    assert "<sup>" not in _texts(slide) and "The Kerry-Lugar Bill, also known as" in _texts(slide)
