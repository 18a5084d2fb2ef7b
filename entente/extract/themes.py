"""Theme tagging: finds the sentences that mention each taxonomy theme and weighs the themes per document."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

import spacy
from spacy.matcher import PhraseMatcher

from entente.models import ThemeMention
from entente.taxonomy import Taxonomy, TaxonomyError, Theme, load_taxonomy

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = [
    "Taxonomy", "TaxonomyError", "Theme", "ThemeTags", "load_taxonomy", "rollup_weights", "tag_themes",
]

_EXCLUDE = " exclude"  # suffix of the matcher key holding a theme's exclusion phrases
_DASHES = ("-", "\u2013", " ", "")  # a hyphen in an alias also matches an en dash, a space or nothing


@dataclass(frozen=True)
class ThemeTags:
    """The themes of one document.

    `mentions` holds one entry per (sentence, theme), in text order. `weights` gives each mentioned theme
    its share of those mentions, so the weights sum to 1 (an empty dict when no theme is mentioned);
    a theme is weighed by the sentences that mention it, not by how many words matched in them.
    Weights count direct mentions only: use `rollup_weights` to credit parents with their children.
    """

    mentions: tuple[ThemeMention, ...]
    weights: dict[str, float]

    def themes_in(self, start: int, end: int) -> tuple[str, ...]:
        """Themes mentioned in sentences overlapping the characters [start, end), in order of mention."""
        found = (m.theme for m in self.mentions if m.start < end and m.end > start)
        return tuple(dict.fromkeys(found))

    def to_compact(self) -> dict[str, object]:
        """A small JSON-ready digest: weights to 4 places and [theme, match, start, end] per mention."""
        return {
            "weights": {theme: round(weight, 4) for theme, weight in self.weights.items()},
            "mentions": [[m.theme, m.match, m.start, m.end] for m in self.mentions],
        }

    def ranked(self) -> tuple[tuple[str, float], ...]:
        """(theme id, weight) pairs, heaviest first: the shape of ``ExtractedDocument.themes``."""
        return tuple(sorted(self.weights.items(), key=lambda item: (-item[1], item[0])))


def tag_themes(doc: Doc, *, taxonomy: Taxonomy | None = None) -> ThemeTags:
    """Tag each sentence of a parsed document with the taxonomy themes it mentions.

    >>> from entente.extract.nlp import load_nlp
    >>> tags = tag_themes(load_nlp()("The CTR agreement was extended. Talks covered trade."))
    >>> [(m.theme, m.match) for m in tags.mentions]
    [('ctr', 'CTR'), ('trade', 'trade')]

    Sentences come from the parser (or a sentencizer); a document without sentence boundaries is one
    sentence.
    """
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    text = doc.text  # built token by token on each access: read it once
    sentences = _sentence_spans(doc, text)
    if not sentences:
        return ThemeTags(mentions=(), weights={})
    rules = _rules(doc.vocab, taxonomy)
    hits: list[tuple[str, int, int]] = []
    exclusions: dict[str, list[tuple[int, int]]] = {}
    for key, start, end in _token_hits(doc, rules):
        if key.endswith(_EXCLUDE):
            exclusions.setdefault(key[: -len(_EXCLUDE)], []).append((start, end))
        else:
            hits.append((key, start, end))
    hits.extend(_regex_hits(text, sentences, rules.regexes))
    hits = [hit for hit in hits if not _inside_any(hit[1], hit[2], exclusions.get(hit[0], ()))]
    mentions = _mentions(text, sentences, hits, taxonomy)
    counts = Counter(m.theme for m in mentions)
    total = sum(counts.values())
    weights = {theme: counts[theme] / total for theme in sorted(counts, key=lambda t: (-counts[t], t))}
    return ThemeTags(mentions=mentions, weights=weights)


def rollup_weights(weights: dict[str, float], taxonomy: Taxonomy) -> dict[str, float]:
    """Each theme's weight plus the weights of all themes under it: ``{"ctr": .2}`` → ``{"ctr": .2, "nonproliferation": .2}``.

    Rolled-up weights no longer sum to 1; they answer "how much of this document is about X or its
    sub-themes".
    """
    out: dict[str, float] = dict(weights)
    for theme_id, weight in weights.items():
        if taxonomy.get(theme_id) is None:
            continue
        for ancestor in taxonomy.ancestors(theme_id):
            out[ancestor] = out.get(ancestor, 0.0) + weight
    return out


@dataclass(frozen=True)
class _Rules:
    phrases: PhraseMatcher  # aliases and exclusions, on lowercase text
    acronyms: PhraseMatcher  # acronyms, on exact text
    regexes: tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=8)
def _rules(vocab: Vocab, taxonomy: Taxonomy) -> _Rules:
    """Matchers for a taxonomy, built once per (vocabulary, taxonomy): building costs far more than matching."""
    nlp = spacy.blank("en", vocab=vocab)
    phrases = PhraseMatcher(vocab, attr="LOWER")
    acronyms = PhraseMatcher(vocab, attr="ORTH")
    regexes: list[tuple[str, re.Pattern[str]]] = []
    for theme in taxonomy.themes:
        if theme.aliases:
            phrases.add(theme.id, list(nlp.tokenizer.pipe(_alias_variants(theme.aliases))))
        if theme.exclude:
            phrases.add(theme.id + _EXCLUDE, list(nlp.tokenizer.pipe(_alias_variants(theme.exclude))))
        if theme.acronyms:
            acronyms.add(theme.id, list(nlp.tokenizer.pipe(_acronym_variants(theme.acronyms))))
        regexes.extend((theme.id, re.compile(pattern)) for pattern in theme.patterns)
    return _Rules(phrases=phrases, acronyms=acronyms, regexes=tuple(regexes))


def _alias_variants(aliases: Iterable[str]) -> list[str]:
    """Spellings an alias stands for: "Af-Pak" → Af–Pak, Af Pak, AfPak; "working group" → working groups."""
    out: dict[str, None] = {}
    for alias in aliases:
        spellings = {alias.replace("-", dash) for dash in _DASHES} if "-" in alias else {alias}
        for spelling in sorted(spellings):
            out[spelling] = None
            plural = _plural(spelling)
            if plural:
                out[plural] = None
    return list(out)


def _acronym_variants(acronyms: Iterable[str]) -> list[str]:
    """An acronym and its plural: "IDP" → IDP, IDPs."""
    out: dict[str, None] = {}
    for acronym in acronyms:
        out[acronym] = None
        if acronym[-1].isalpha() and acronym[-1] not in "sS":
            out[acronym + "s"] = None
    return list(out)


def _plural(phrase: str) -> str | None:
    """The phrase with its last word made plural ("border guard" → "border guards"), or None.

    None for words that are plural or uninflected already ("weapons", "AIDS") and for non-words
    ("S.1524"); the pipeline has no lemmatizer, so inflection is spelled out here.
    """
    head, _, last = phrase.rpartition(" ")
    if not last.isalpha() or last.isupper() or last[-1] in "sS":
        return None
    if last.endswith(("x", "z", "ch", "sh")):
        plural = last + "es"
    elif len(last) > 1 and last[-1] == "y" and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences, trimmed of surrounding whitespace; empty ones dropped.

    Reads sentence starts as an array: ``doc.sents`` builds a Token object per token to check for
    boundaries, which costs more than all the matching. Without boundaries the whole doc is one sentence.
    """
    if len(doc) == 0:
        return []
    starts = [0, *(i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1 and i > 0)]
    ends = [*starts[1:], len(doc)]
    out: list[tuple[int, int]] = []
    for first, stop in zip(starts, ends):
        last = doc[stop - 1]
        start, end = doc[first].idx, last.idx + len(last.text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def _token_hits(doc: Doc, rules: _Rules) -> Iterator[tuple[str, int, int]]:
    strings = doc.vocab.strings
    for matcher in (rules.phrases, rules.acronyms):
        for match_id, start, end in matcher(doc):
            yield strings[match_id], doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _regex_hits(text: str, sentences: list[tuple[int, int]],
                regexes: tuple[tuple[str, re.Pattern[str]], ...]) -> Iterator[tuple[str, int, int]]:
    """Regex matches, sentence by sentence so a pattern can require two words in the same sentence."""
    # A sentence can only match where the whole text does: skip patterns absent from the document.
    present = [(theme_id, regex) for theme_id, regex in regexes if regex.search(text)]
    if not present:
        return
    for sent_start, sent_end in sentences:
        sentence = text[sent_start:sent_end]
        for theme_id, regex in present:
            for match in regex.finditer(sentence):
                start, end = _reported_span(match)
                if end > start:
                    yield theme_id, sent_start + start, sent_start + end


def _reported_span(match: re.Match[str]) -> tuple[int, int]:
    """The span of the first group named match, match2, ... that took part, else the whole match."""
    for name, value in match.groupdict().items():
        if name.startswith("match") and value is not None:
            return match.span(name)
    return match.span()


def _inside_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _mentions(text: str, sentences: list[tuple[int, int]], hits: list[tuple[str, int, int]],
              taxonomy: Taxonomy) -> tuple[ThemeMention, ...]:
    """One mention per (sentence, theme); its `match` lists the distinct matched words, "; "-joined."""
    starts = [start for start, _ in sentences]
    grouped: dict[tuple[int, str], set[tuple[int, int]]] = {}
    for theme_id, start, end in hits:
        index = bisect_right(starts, start) - 1
        if index < 0 or start >= sentences[index][1]:
            continue  # a match in the whitespace between sentences
        grouped.setdefault((index, theme_id), set()).add((start, end))
    order = {theme_id: n for n, theme_id in enumerate(taxonomy.ids)}
    mentions: list[ThemeMention] = []
    for index, theme_id in sorted(grouped, key=lambda key: (key[0], order.get(key[1], len(order)))):
        spans = grouped[(index, theme_id)]
        # Drop matches inside longer ones: "Nuclear Security Summit" also contains "nuclear security".
        outer = sorted(span for span in spans
                       if not any(o != span and o[0] <= span[0] and span[1] <= o[1] for o in spans))
        words: dict[str, str] = {}
        for s, e in outer:
            word = " ".join(text[s:e].split())
            words.setdefault(word.lower(), word)
        sent_start, sent_end = sentences[index]
        mentions.append(ThemeMention(theme=theme_id, start=sent_start, end=sent_end,
                                     text=text[sent_start:sent_end], match="; ".join(words.values())))
    return tuple(mentions)
