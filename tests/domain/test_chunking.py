"""Long texts in chunks: no spaCy Doc is longer than the chunk size, and what a user sees of a long
document (events, dates, people, themes, the passages they point at) is what one whole parse gives."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import spacy

from entente.extract.document import extract_document
from entente.extract.nlp import Parse, chunk_starts, parse_texts
from entente.models import Document, ExtractedDocument

CITIES = [("Islamabad", "Pakistani"), ("Astana", "Kazakh"), ("Tashkent", "Uzbek"), ("Ankara", "Turkish"),
          ("Baku", "Azerbaijani"), ("Tbilisi", "Georgian")]
US_PEOPLE = ["Robert Gates", "Hillary Rodham Clinton", "Michele Flournoy", "William J. Burns"]
THEIR_PEOPLE = ["Ashfaq Kayani", "Shah Mehmood Qureshi", "Kanat Saudabayev", "Ahmet Davutoglu"]


def release(rng: random.Random, day: dt.date) -> str:
    """One synthetic release: a dateline, a meeting with named people, a follow-up the next day, and
    themes ("border security", "counterterrorism") to tag."""
    city, adjective = rng.choice(CITIES)
    ours, theirs = rng.choice(US_PEOPLE), rng.choice(THEIR_PEOPLE)
    surname = ours.split()[-1]
    return (f"{city.upper()}, {day:%B} {day.day}, {day.year} — Secretary {ours} met {adjective} "
            f"Minister {theirs} in {city} on {day:%B} {day.day}, {day.year} to discuss border security "
            f"and counterterrorism cooperation.\n\n"
            f"The next day, {surname} visited a training center outside {city} with {theirs}. "
            f"Both sides agreed to hold the next round of consultations in Washington in "
            f"{day + dt.timedelta(days=60):%B %Y}.\n\n"
            f"\"We have made progress on nonproliferation,\" {surname} said on {day:%B} {day.day}.\n\n")


def long_text(chars: int, *, seed: int = 7, one_line: bool = False) -> str:
    rng = random.Random(seed)
    parts, size, day = [], 0, dt.date(2009, 1, 5)
    while size < chars:
        part = release(rng, day)
        parts.append(part)
        size += len(part)
        day += dt.timedelta(days=rng.randrange(3, 20))
    text = "".join(parts)
    return " ".join(text.split()) if one_line else text


# --- where chunks end -------------------------------------------------------------------------------

PARAGRAPHS = "First paragraph, one sentence. Another one.\n\nSecond paragraph here.\nA line.\n\n" * 40


@pytest.mark.parametrize("text, size, ends_with", [
    (PARAGRAPHS, 300, "\n\n"),                                       # at a blank line
    ("A line of words that goes on.\n" * 40, 200, "\n"),             # else at a line end
    ("He met them. She met them in May. " * 40, 200, ". "),          # else after a sentence
    ("word " * 400, 200, " "),                                       # else at a space
])
def test_chunks_end_at_the_best_break_in_reach(text: str, size: int, ends_with: str) -> None:
    starts = chunk_starts(text, size)
    assert len(starts) > 2
    for start, end in zip(starts, starts[1:]):
        assert 0 < end - start <= size and end - start > size // 2
        assert text[start:end].endswith(ends_with)
        assert not text[end].isspace()  # the next chunk starts on a word


@pytest.mark.parametrize("text, size", [
    (PARAGRAPHS, 300), ("x" * 1000, 120), ("", 100), ("short", 100), (long_text(30_000, one_line=True), 4_000),
])
def test_chunks_put_together_are_the_text(text: str, size: int) -> None:
    starts = chunk_starts(text, size)
    ends = starts[1:] + [len(text)]
    assert "".join(text[s:e] for s, e in zip(starts, ends)) == text
    assert all(e - s <= size for s, e in zip(starts, ends))


def test_a_text_without_spaces_is_cut_at_the_chunk_size() -> None:
    assert chunk_starts("x" * 1000, 300) == [0, 300, 600, 900]


def test_no_doc_is_longer_than_the_chunk_size_and_spans_map_to_the_whole_text() -> None:
    nlp = spacy.blank("en")
    text = long_text(12_000)
    [(parse, context)] = list(parse_texts(nlp, [(text, "ctx")], chunk_chars=2_000))
    assert context == "ctx" and isinstance(parse, Parse) and len(parse.docs) >= 6
    assert all(len(doc.text) <= 2_000 for doc in parse.docs)
    for doc, offset in parse.chunks():
        assert text[offset:offset + len(doc.text)] == doc.text
    for start in range(0, len(text) - 20, 997):  # a span anywhere, given in whole-text offsets
        span = parse.char_span(start, start + 1, alignment_mode="expand")
        if not text[start].isspace():
            assert span is not None and text[start] in span.text


def test_parsed_texts_come_back_in_order_with_their_context() -> None:
    nlp = spacy.blank("en")
    items = [(long_text(5_000, seed=n) if n % 2 else "A short one.", n) for n in range(7)]
    out = list(parse_texts(nlp, items, chunk_chars=1_500, batch_size=3))
    assert [c for _, c in out] == list(range(7))
    assert ["".join(d.text for d in p.docs) for p, _ in out] == [t for t, _ in items]


# --- a long document, extracted in chunks -----------------------------------------------------------

CHUNK = 100_000


@pytest.fixture(scope="module")
def long_document(nlp) -> tuple[str, ExtractedDocument]:
    text = long_text(320_000)
    # the text holds ~1,700 events; the per-document cap would keep only the first chunks' ties
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("entente.extract.document.MAX_EVENTS", 5_000)
        return text, extract_document(Document(id="long", source="long.txt", text=text), nlp=nlp,
                                      chunk_chars=CHUNK)


def test_a_320k_document_is_extracted_in_chunks_with_events_in_every_chunk(long_document) -> None:
    text, out = long_document
    starts = chunk_starts(text, CHUNK)
    assert len(starts) == 4 and out.status in ("ok", "warning")
    chunk_of = lambda offset: sum(1 for s in starts if s <= offset) - 1  # noqa: E731
    assert {chunk_of(ev.start) for e in out.events for ev in e.evidence} == {0, 1, 2, 3}
    assert {chunk_of(t.start) for t in out.timexes} == {0, 1, 2, 3}


def test_every_offset_of_a_chunked_document_points_at_its_text(long_document) -> None:
    text, out = long_document
    assert out.events and out.timexes and out.theme_mentions
    for event in out.events:
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text
    for timex in out.timexes:
        assert text[timex.start:timex.end] == timex.text
    for mention in out.theme_mentions:
        assert text[mention.start:mention.end] == mention.text


def test_dates_in_the_last_chunk_resolve_like_those_in_the_first(long_document) -> None:
    text, out = long_document
    late = [t for t in out.timexes if t.start > len(text) - 20_000 and t.type == "DATE"]
    assert late and all(t.value[:2] == "20" for t in late if t.text[0].isupper())


def test_people_named_in_several_chunks_are_one_person(long_document) -> None:
    _, out = long_document
    names = [p.name for p in out.people]
    for person in US_PEOPLE + THEIR_PEOPLE:
        assert sum(1 for n in names if n == person) <= 1
    assert "Robert Gates" in names and "Gates" not in names


@pytest.mark.parametrize("one_line", [False, True], ids=["paragraphs", "one line"])
def test_chunked_and_whole_extraction_agree(nlp, one_line: bool) -> None:
    """Document date, date anchoring, people merged, theme weights: computed over the whole text."""
    text = long_text(24_000, seed=3, one_line=one_line)
    document = Document(id="d", source="d.txt", text=text)
    whole = extract_document(document, nlp=nlp, chunk_chars=1_000_000).to_json()
    chunked = extract_document(document, nlp=nlp, chunk_chars=5_000).to_json()
    for key in ("status", "published", "countries", "people", "themes"):
        assert chunked[key] == whole[key], key
    assert [(t["start"], t["value"]) for t in chunked["timexes"]] == \
        [(t["start"], t["value"]) for t in whole["timexes"]]
    assert [(e["start"], e["title"], e["participants"]) for e in chunked["events"]] == \
        [(e["start"], e["title"], e["participants"]) for e in whole["events"]]
