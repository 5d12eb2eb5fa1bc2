"""Hostile documents (issue 19): many quotation marks, long sentences. The rules' work must grow
about linearly with the document; it is counted in Python calls, which do not depend on the
machine's speed (benchmarks/hostile.py reports the times)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from conftest import make_doc
from fuzzing import naive_doc

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

_SENT = '"We will respond," he said.'
_TREE = (
    '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
    '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/root/0/say/VBD ./PUNCT/punct/8'
)


def _sentences(k: int) -> tuple[str, Any]:
    # k attributed quotations, one sentence each
    text = " ".join([_SENT] * k)
    return text, make_doc(text, *([_TREE] * k))


def _one_sentence(k: int) -> tuple[str, Any]:
    # k quotations and k cue verbs in one sentence the parser ran together
    text = 'He said "no" and ' * k
    return text, naive_doc(text)


def _calls(make: Callable[[int], tuple[str, Any]], k: int) -> int:
    text, doc = make(k)
    count = 0

    def counter(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counter)
    try:
        annotate(doc, InputDoc("d", text, "d"))
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.issue(19)
@pytest.mark.parametrize(
    "make",
    [pytest.param(_sentences, id="sentences"), pytest.param(_one_sentence, id="one-sentence")],
)
def test_rule_work_grows_linearly_with_the_quotations(
    make: Callable[[int], tuple[str, Any]],
) -> None:
    annotate(*reversed(_warm()))  # (first-use work: lexicon, caches)
    small, big = _calls(make, 150), _calls(make, 600)
    # four times the quotations: about four times the work (before issue 19: ten times
    # for the sentences, over 5.5 times in one sentence)
    assert big / small < 5.5, (small, big)


def _warm() -> tuple[InputDoc, Any]:
    text, doc = _sentences(2)
    return InputDoc("w", text, "w"), doc
