"""Subtree bounds from the heads (quotekit.subtrees), and rules that finish on any tree: a
parse whose spaCy ``right_edge`` stops short of its subtree once made a rule loop forever."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from quotekit.contents.bounds import content_span
from quotekit.parsing import make_vocab
from quotekit.pipeline import annotate
from quotekit.records import InputDoc
from quotekit.subtrees import left_edge, right_edge, subtree_bounds

_VOCAB = make_vocab()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Turn a hang into a failure (SIGALRM; the tests run on Unix)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@st.composite
def trees(draw: Any, min_size: int = 1, max_size: int = 30) -> list[int]:
    """Head indices of one random tree (a root is its own head), in any word order: the
    parser's trees are non-projective too."""
    n = draw(st.integers(min_size, max_size))
    order = draw(st.permutations(range(n)))
    heads = [0] * n
    for k in range(1, n):
        heads[order[k]] = order[draw(st.integers(0, k - 1))]
    heads[order[0]] = order[0]
    return heads


def _descendants(heads: list[int], i: int) -> list[int]:
    return [k for k in range(len(heads)) if _is_under(heads, k, i)]


def _is_under(heads: list[int], k: int, i: int) -> bool:
    while k != i and heads[k] != k:
        k = heads[k]
    return k == i


@given(trees())
@settings(max_examples=300, deadline=None)
def test_bounds_are_the_first_and_last_token_of_the_subtree(heads: list[int]) -> None:
    lo, hi = subtree_bounds(heads)
    for i in range(len(heads)):
        under = _descendants(heads, i)
        assert (lo[i], hi[i]) == (min(under), max(under))


@given(trees(min_size=2))
@settings(max_examples=200, deadline=None)
def test_token_edges_agree_with_the_subtree_where_spacy_does_not(heads: list[int]) -> None:
    doc = Doc(
        _VOCAB, words=[f"w{i}" for i in range(len(heads))], heads=heads, deps=["dep"] * len(heads)
    )
    for tok in doc:
        under = [t.i for t in tok.subtree]
        assert (left_edge(tok), right_edge(tok)) == (min(under), max(under))


def test_cycles_and_heads_out_of_range_still_give_bounds() -> None:
    # 0 -> 1 -> 2 -> 0 is a cycle, 3's head is past the end
    lo, hi = subtree_bounds([1, 2, 0, 9])
    assert all(0 <= lo[i] <= i <= hi[i] < 4 for i in range(4))
    assert (lo[3], hi[3]) == (3, 3)


# "He said it rained because w5 ... w9 .": spaCy gives "because" (4) a right_edge of 7 though
# its subtree runs to 9, because 8 hangs on 6, 6 on 7 and 7 on 4 (a non-projective chain)
_WORDS = ["He", "said", "it", "rained", "because", "w5", "w6", "w7", "w8", "w9", "."]
_HEADS = [1, 1, 3, 1, 1, 6, 7, 4, 6, 8, 1]
_DEPS = ["nsubj", "ROOT", "nsubj", "ccomp", "advcl", "dep", "dep", "dep", "dep", "dep", "punct"]
_POS = ["PRON", "VERB", "PRON", "VERB", "SCONJ", "NOUN", "NOUN", "NOUN", "NOUN", "NOUN", "PUNCT"]


@pytest.mark.issue(19)
def test_content_runs_to_the_sentence_end_past_a_short_right_edge() -> None:
    doc = Doc(_VOCAB, words=_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS)
    assert doc[4].right_edge.i == 7  # the parse this test is about
    with time_limit(5):
        span = content_span(doc, doc[3], doc[1])
    assert span is not None and span.text == "it rained because w5 w6 w7 w8 w9"


_DEP_LABELS = [
    "advcl",
    "obl",
    "advmod",
    "ccomp",
    "conj",
    "cc",
    "dep",
    "obj",
    "nsubj",
    "xcomp",
    "parataxis",
    "acl:relcl",
    "punct",
    "mark",
]


@pytest.mark.issue(19)
@given(trees(min_size=3, max_size=40), st.data())
@settings(max_examples=150, deadline=None)
def test_rules_finish_on_any_tree(heads: list[int], data: Any) -> None:
    """Every rule stage, over a random tree with cue words and random labels, finishes."""
    n = len(heads)
    words = data.draw(
        st.lists(
            st.sampled_from(
                ["said", "that", "he", "told", "it", "and", ",", "because", "the", "rain"]
            ),
            min_size=n,
            max_size=n,
        )
    )
    deps = [data.draw(st.sampled_from(_DEP_LABELS)) for _ in range(n)]
    deps = ["ROOT" if heads[i] == i else d for i, d in enumerate(deps)]
    pos = ["VERB" if w in ("said", "told") else "PUNCT" if w == "," else "NOUN" for w in words]
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=words)
    with time_limit(10):
        record = annotate(doc, InputDoc("t", doc.text, "t"))
    assert record.text == doc.text


def test_no_rule_reads_spacys_edges() -> None:
    """Every rule reads subtree bounds from quotekit.subtrees, never Token.left_edge or
    right_edge (which may stop short of the subtree)."""
    import re
    from pathlib import Path

    import quotekit

    root = Path(quotekit.__file__).parent
    used = [
        f"{p.relative_to(root)}:{n}"
        for p in sorted(root.rglob("*.py"))
        if p.name != "subtrees.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.(left|right)_edge\b", line)
    ]
    assert used == []


@pytest.mark.issue(19)
def test_a_parse_with_a_cycle_is_an_error_record_not_a_hang() -> None:
    words = ["He", "said", "it", "rained", "."]
    doc = Doc(
        _VOCAB,
        words=words,
        heads=[1, 1, 3, 2, 1],
        deps=["nsubj", "ROOT", "dep", "ccomp", "punct"],
        pos=["PRON", "VERB", "PRON", "VERB", "PUNCT"],
    )
    from quotekit.pipeline import extract

    class Parsed:
        batch_size = 1

        def parse_texts(self, texts: list[str]) -> list[Any]:
            return [doc]

    with time_limit(10):
        (record,) = extract([InputDoc("c", doc.text, "c")], Parsed())  # type: ignore[arg-type]
    assert record.error is not None
    assert record.error.message == "c: the parse is not a tree: word 2 ('it') is its own ancestor"
