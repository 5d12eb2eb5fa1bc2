"""Topic phrases."""

from __future__ import annotations

from conftest import make_doc

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def _topics(doc):  # type: ignore[no-untyped-def]
    return [q.topic.text if q.topic else None for q in annotate(doc, InputDoc("t", doc.text, "t")).quotes]


def test_subject_of_reported_clause() -> None:
    text = "Xi reiterated that Taiwan is part of China."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
                   "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2")
    assert _topics(doc) == ["Taiwan"]


def test_cue_about_complement() -> None:
    text = "Okafor said of the contract that it was too expensive."
    doc = make_doc(text, "Okafor/PROPN/nsubj/2 said/VERB/ROOT/0/say of/ADP/case/5 the/DET/det/5 "
                   "contract/NOUN/obl/2 that/SCONJ/mark/10 it/PRON/nsubj/10 was/AUX/cop/10/be "
                   "too/ADV/advmod/10 expensive/ADJ/ccomp/2 ./PUNCT/punct/2")
    assert _topics(doc) == ["the contract"]


def test_topic_offsets_index_the_text() -> None:
    text = "Xi reiterated that Taiwan is part of China."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
                   "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2")
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None and q.topic.start is not None and q.topic.end is not None
    assert text[q.topic.start : q.topic.end] == q.topic.text
