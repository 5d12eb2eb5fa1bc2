"""Shared pieces of the property tests and of benchmarks/fuzz.py: a text generator and the
invariants every extraction must keep."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from hypothesis import strategies as st

from quotekit.conversion import make_vocab, stanza_to_spacy
from quotekit.records import DocRecord

_VOCAB = make_vocab()
_WORDS = ["said", "Lavrov", "he", "told", "reporters", "that", "the", "talks", "failed",
          "according", "to", "officials", "We", "will", "respond", "China's", "don't", "'90s",
          "States'", "says", "—", "Minister", "insisted", "on", "praised", "Xi", "vowed"]
_MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "''", "``", ":", ",",
          ".", "\n", "\n\n", " "]

texts = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.text(max_size=4)),
    max_size=60,
).map(lambda parts: "".join(p if p in _MARKS else p + " " for p in parts))


def naive_doc(text: str) -> Any:
    """A parsed Doc without a model: regex tokens, one sentence per line, flat trees."""
    sents = []
    for m in re.finditer(r"[^\n]+", text):
        words = []
        for k, t in enumerate(re.finditer(r"\w+|[^\w\s]", m.group()), 1):
            s, e = m.start() + t.start(), m.start() + t.end()
            words.append(SimpleNamespace(
                id=k, text=t.group(), lemma=t.group().lower(), upos="VERB" if k == 2 else "PROPN",
                xpos="VBD" if k == 2 else "", feats=None, head=0 if k == 1 else 1,
                deprel="root" if k == 1 else ("ccomp" if k == 3 else "dep"),
                start_char=s, end_char=e))
        if words:
            sents.append(SimpleNamespace(words=words, tokens=[
                SimpleNamespace(start_char=w.start_char, end_char=w.end_char, words=[w]) for w in words]))
    return stanza_to_spacy(SimpleNamespace(sentences=sents), text, _VOCAB)


def check_invariants(record: DocRecord, text: str) -> None:
    assert record.text == text
    for q in record.quotes:
        assert 0 <= q.quote.start < q.quote.end <= len(text), q
        spans: list[Any] = [q.quote, *q.fragments]
        spans += [x for x in (q.speaker, q.cue) if x is not None]
        for s in spans:
            assert text[s.start : s.end] == s.text, (q.quote_id, s)
        for f in q.fragments:
            assert q.quote.start <= f.start < f.end <= q.quote.end
        if q.topic is not None and q.topic.start is not None:
            assert text[q.topic.start : q.topic.end] == q.topic.text
        assert 0.0 <= q.confidence <= 1.0


class NaiveParser:
    """A stand-in for quotekit.parsing.Parser that parses with ``naive_doc`` (no model), and
    records the batches it was given."""

    def __init__(self, *args: Any, batch_size: int = 16, **kwargs: Any) -> None:
        self.batch_size = batch_size
        self.progress: Any = None
        self.calls: list[list[str]] = []

    def load(self) -> None:
        pass

    def check_models(self) -> dict[str, str]:
        return {}

    def parse_texts(self, texts: list[str]) -> list[Any]:
        self.calls.append(list(texts))
        return [naive_doc(t) for t in texts]
