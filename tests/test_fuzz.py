"""Property tests: no exception escapes, every span indexes the input, every quote lies in its
document. benchmarks/fuzz.py runs the same properties over 10,000 examples."""

from __future__ import annotations

from typing import Any

import pytest
from fuzzing import check_invariants, naive_doc, texts
from hypothesis import HealthCheck, example, given, settings

from quotekit.pipeline import annotate, extract
from quotekit.quotemarks import pair_quote_marks
from quotekit.records import InputDoc


@given(texts)
@settings(max_examples=300, deadline=None)
def test_quote_marks_pair_inside_the_text(text: str) -> None:
    pairs, _ = pair_quote_marks(text)
    for p in pairs:
        assert 0 <= p.open < p.close < len(text)


@given(texts)
@example("according to said ")  # a source that ran to the sentence's end once indexed past it
@settings(max_examples=300, deadline=None)
def test_rules_keep_offsets_exact(text: str) -> None:
    check_invariants(annotate(naive_doc(text), InputDoc("f", text, "f")), text)


@pytest.mark.model
@given(texts)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_real_parser_keeps_offsets_exact(parser: Any, text: str) -> None:
    (record,) = extract([InputDoc("f", text, "f")], parser)
    if record.error is None:
        check_invariants(record, text)
    else:
        assert not text.strip()  # only an empty document may fail
