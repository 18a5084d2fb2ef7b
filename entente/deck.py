"""The briefing deck a briefer would show: a 16:9 title slide naming the view, the timeline picture, one slide
per key event (headline, date, place, the two delegations side by side, a quote or two with its document)
with speaker notes, and a sources slide. Dates and country names are written by entente.labels, as in the
app. Every document string goes in as plain text (python-pptx never interprets it)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from entente.labels import clip, country_name, format_when, readable_quote
from entente.models import HOME
WIDTH, HEIGHT = 12192000, 6858000  # 13.33 x 7.5 inches: 16:9
MARGIN = 548640  # 0.6 inch
MAX_EVENT_SLIDES = 20  # a longer view gets its key events: named people and evidence first
QUOTES_ON_SLIDE = 2
QUOTE_CHARS = 220
PEOPLE_ON_SLIDE = 6
SOURCES_ON_SLIDE = 8
# Characters XML 1.0 forbids (a stray form feed from a PDF would make the deck unreadable).
Paragraph = tuple[str, int, dict[str, Any]]  # text, size in points, {bold, italic, colour, after}
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain(value: Any) -> str:
    return _NOT_XML.sub(" ", str(value or "")).strip()


def _text(value: Any) -> str | None:
    """A frame's string cell, None for the empty ones (pandas turns a missing string into NaN)."""
    return value if isinstance(value, str) and value else None


def key_events(rows: list[dict[str, Any]], limit: int = MAX_EVENT_SLIDES) -> list[dict[str, Any]]:
    """The events that get a slide, in time order: all of them up to `limit`, else those with named people,
    then evidence, then confidence, first."""
    if len(rows) <= limit:
        return rows
    ranked = sorted(range(len(rows)), key=lambda i: (not rows[i].get("participants"),
                                                     not rows[i].get("evidence"), -(rows[i].get("confidence") or 0), i))
    return [rows[i] for i in sorted(ranked[:limit])]


def when(row: Mapping[str, Any]) -> str:
    return format_when(_text(row.get("start")), _text(row.get("end")), _text(row.get("precision")))


def place(row: Mapping[str, Any]) -> str:
    name, country = _text(row.get("location")), _text(row.get("location_country"))
    if name and country and country_name(country) not in name:
        return f"{name} ({country_name(country)})"
    return name or (country_name(country) if country else "place not given")


def delegations(row: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(side name, people) for the U.S. side and the other side(s), people as "Name (role)"."""
    roles: dict[str, dict[str, list[str]]] = {}  # side -> name -> roles: a person in several roles is one line
    for person in row.get("participants") or []:
        name = plain(person.get("name"))
        if name:
            held = roles.setdefault(_text(person.get("side")) or "", {}).setdefault(name, [])
            role = _text(person.get("role"))
            if role and role not in held:
                held.append(role)
    sides = {side: [f"{name} ({', '.join(held)})" if held else name for name, held in people.items()]
             for side, people in roles.items()}
    order = [HOME] + [c for c in (row.get("countries") or []) if c != HOME] + sorted(sides)
    return [(country_name(s) if s else "Side not given", sides[s]) for s in dict.fromkeys(order) if s in sides]


def quotes(row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(quote, document title) for each evidence quote."""
    out = []
    for quote in row.get("evidence") or []:
        text = readable_quote(plain(quote.get("text")))
        if text:
            out.append((text, plain(quote.get("document_title")) or _source_title(row, quote.get("document_id"))))
    return out


def _source_title(row: Mapping[str, Any], document_id: Any) -> str:
    for source in row.get("sources") or []:
        if source.get("id") == document_id or document_id is None:
            return plain(source.get("title"))
    return ""


def view_lines(frame: pd.DataFrame, view: str | None) -> list[str]:
    """The title slide's lines under the title: the view, how many events over which span."""
    dated = frame.dropna(subset=["start_date"]) if "start_date" in frame else frame.iloc[0:0]
    lines = [view] if view else []
    count = f"{len(frame)} event{'s' * (len(frame) != 1)}"
    if len(dated):
        first = format_when(dated["start_date"].min().date().isoformat(), None, "day")
        last = format_when(dated["end_date"].max().date().isoformat(), None, "day")
        count += f", {first} to {last}" if first != last else f", {first}"
    return [*lines, count]


def sources(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each document the events come from, once, most cited first."""
    seen: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for row in rows:
        for source in row.get("sources") or []:
            seen.setdefault(source["id"], source)
            counts[source["id"]] = counts.get(source["id"], 0) + 1
    return sorted(seen.values(), key=lambda s: (-counts[s["id"]], plain(s.get("title"))))


# --- drawing -----------------------------------------------------------------------------------------


def _box(slide: Any, left: int, top: int, width: int, height: int, paragraphs: list[Paragraph],
         *, align: str = "left") -> None:
    """A text box of (text, size in points, {bold, italic, colour}) paragraphs, wrapped; what it holds is
    bounded by the callers (people, quotes and sources per slide), so type is never shrunk."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Emu, Pt

    frame = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height)).text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    for n, (text, size, style) in enumerate(paragraphs):
        para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        para.text = plain(text)
        para.alignment = PP_ALIGN.CENTER if align == "center" else PP_ALIGN.LEFT
        para.font.size = Pt(size)
        para.font.bold = style.get("bold", False)
        para.font.italic = style.get("italic", False)
        para.font.color.rgb = RGBColor.from_string(style.get("colour", "111418"))
        para.space_after = Pt(style.get("after", 4))


def _notes(slide: Any, lines: list[str]) -> None:
    slide.notes_slide.notes_text_frame.text = plain("\n".join(line for line in lines if line))


def _title_slide(deck: Any, title: str, lines: list[str], notes: list[str]) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _box(slide, MARGIN, int(HEIGHT * 0.30), WIDTH - 2 * MARGIN, 1100000, [(title, 40, {"bold": True})],
         align="center")
    _box(slide, MARGIN, int(HEIGHT * 0.30) + 1250000, WIDTH - 2 * MARGIN, 1400000,
         [(line, 20, {"colour": "3A4150"}) for line in lines], align="center")
    _notes(slide, notes)


HEADLINE_PT = 28
HEADLINE_CHARS = 58  # characters a headline line holds at HEADLINE_PT across the slide
LINE = 12700 * 1.25  # EMU a line of type takes per point of its size


def _heading(slide: Any, text: str, sub: str | None = None) -> int:
    """The slide's headline (and the line under it); returns where the body may start."""
    lines = min(2, -(-len(text) // HEADLINE_CHARS))
    height = int(lines * HEADLINE_PT * LINE) + 120000
    _box(slide, MARGIN, 320000, WIDTH - 2 * MARGIN, height, [(text, HEADLINE_PT, {"bold": True})])
    top = 320000 + height
    if sub:
        _box(slide, MARGIN, top, WIDTH - 2 * MARGIN, 420000, [(sub, 18, {"colour": "0072B2"})])
        top += 420000
    return top + 150000


def _picture_slide(deck: Any, heading: str, png: bytes, notes: list[str]) -> None:
    """The picture as large as fits below its heading, centred, aspect kept."""
    from pptx.parts.image import Image
    from pptx.util import Emu

    slide = deck.slides.add_slide(deck.slide_layouts[6])
    top = _heading(slide, heading)
    width_px, height_px = Image.from_blob(png).size
    room = HEIGHT - top - MARGIN
    scale = min((WIDTH - 2 * MARGIN) / width_px, room / height_px)
    width, height = int(width_px * scale), int(height_px * scale)
    slide.shapes.add_picture(io.BytesIO(png), Emu((WIDTH - width) // 2), Emu(top + (room - height) // 2),
                             Emu(width), Emu(height))
    _notes(slide, notes)


def _event_slide(deck: Any, row: Mapping[str, Any]) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    kind = (_text(row.get("type")) or "").capitalize()
    top = _heading(slide, clip(plain(row.get("title")), 2 * HEADLINE_CHARS - 6),
                   " · ".join(x for x in (when(row), place(row), kind) if x))
    bottom = HEIGHT - MARGIN
    sides = delegations(row)[:2]
    said = quotes(row)
    if sides:
        width = (WIDTH - 2 * MARGIN - 300000) // 2
        for i, (side, people) in enumerate(sides):
            shown = people[:PEOPLE_ON_SLIDE] + ([f"and {len(people) - PEOPLE_ON_SLIDE} more (see notes)"]
                                                if len(people) > PEOPLE_ON_SLIDE else [])
            _box(slide, MARGIN + i * (width + 300000), top, width, 2300000,
                 [(side, 20, {"bold": True, "colour": "0072B2"})] + [(p, 17, {"after": 2}) for p in shown])
        top += int((min(max(len(p) for _, p in sides), PEOPLE_ON_SLIDE + 1) * 19 + 26) * LINE) + 150000
    if said:
        paragraphs: list[Paragraph] = []
        for text, document in said[:QUOTES_ON_SLIDE]:
            paragraphs.append((f"“{clip(text, QUOTE_CHARS)}”", 17, {"italic": True, "after": 2}))
            paragraphs.append((f"— {document}" if document else "—", 13, {"colour": "555B66", "after": 12}))
        _box(slide, MARGIN, top, WIDTH - 2 * MARGIN, bottom - top, paragraphs)
    notes = [plain(row.get("title")), f"When: {when(row)} (as precise as the documents: "
             f"{_text(row.get('precision')) or 'unknown'})", f"Where: {place(row)}"]
    for side, people in delegations(row):
        notes.append(f"{side}: {', '.join(people)}")
    notes += [f"“{text}” — {document}" for text, document in said]
    _notes(slide, notes)


def _sources_slide(deck: Any, cited: list[dict[str, Any]], note: str | None) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    top = _heading(slide, "Sources", note)
    lines: list[Paragraph] = []
    for source in cited[:SOURCES_ON_SLIDE]:
        published = f" ({format_when(source['published'], None, 'day')})" if source.get("published") else ""
        lines.append((clip(plain(source.get("title")) or "Untitled document", 110) + published, 17,
                      {"after": 2 if source.get("url") else 10}))
        if source.get("url"):
            lines.append((clip(source["url"], 140), 12, {"colour": "0072B2", "after": 10}))
    if len(cited) > SOURCES_ON_SLIDE:
        lines.append((f"and {len(cited) - SOURCES_ON_SLIDE} more documents (listed in the notes)", 16, {}))
    _box(slide, MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - MARGIN, lines or [("No documents", 17, {})])
    _notes(slide, [" ".join(x for x in (plain(s.get("title")), s.get("url") or "") if x) for s in cited])


def build(rows: list[dict[str, Any]], frame: pd.DataFrame, *, title: str, view: str | None,
          timeline_png: bytes | None) -> bytes:
    """The deck for `rows` (the frame's records with evidence and sources)."""
    from pptx import Presentation
    from pptx.util import Emu

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(WIDTH), Emu(HEIGHT)
    chosen = key_events(rows)
    cited = sources(rows)
    lines = view_lines(frame, view)
    lines.append(f"From {len(cited)} document{'s' * (len(cited) != 1)}")
    picked = f"The {len(chosen)} key events of {len(rows)} have a slide each." if len(chosen) < len(rows) else None
    _title_slide(deck, title, lines, [*lines, picked or ""])
    if timeline_png:
        _picture_slide(deck, "Timeline", timeline_png, lines)
    for row in chosen:
        _event_slide(deck, row)
    if rows:
        _sources_slide(deck, cited, picked)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
