"""Quotation-mark pairing on raw text."""

from __future__ import annotations

import pytest

from quotekit.quotemarks import pair_quote_marks


def quoted(text: str) -> list[str]:
    pairs, _ = pair_quote_marks(text)
    return [text[p.open : p.close + 1] for p in pairs]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('He said "we will respond" today.', ['"we will respond"'], id="straight"),
        pytest.param("He said \u201cwe will\u201d today.", ["\u201cwe will\u201d"], id="curly"),
        pytest.param("\u00abBonjour\u00bb, dit-il.", ["\u00abBonjour\u00bb"], id="guillemets"),
        pytest.param("She called it 'a disaster' on Friday.", ["'a disaster'"], id="single"),
        pytest.param("the States' expanding role", [], id="plural-possessive-apostrophe"),
        pytest.param("music of the '90s and 'em", [], id="elisions"),
        pytest.param("Don't say it's Xi's plan.", [], id="contractions"),
        pytest.param('He said: "I heard \'no\' from them."',
                     ['"I heard \'no\' from them."', "'no'"], id="single-nested-in-double"),
        pytest.param('"First paragraph.\n\n"Second paragraph," she said.',
                     ['"First paragraph.\n\n"Second paragraph,"'], id="multi-paragraph-quote"),
        pytest.param('He said,"glued" and left.', ['"glued"'], id="no-space-before"),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_multi_paragraph_pair_counts_paragraphs() -> None:
    pairs, warnings = pair_quote_marks('"One.\n\n"Two.\n\n"Three," he said.')
    assert [(p.paragraphs, p.style) for p in pairs] == [(3, "double")]
    assert warnings == []


def test_unclosed_mark_warns_and_ends_at_paragraph() -> None:
    text = 'He said "this never closes.\n\nA new paragraph with "a real quote" here.'
    pairs, warnings = pair_quote_marks(text)
    assert [text[p.open : p.close + 1] for p in pairs] == ['"a real quote"']
    assert warnings == ["unclosed quotation mark at offset 8"]


def test_stray_closing_mark_warns() -> None:
    pairs, warnings = pair_quote_marks("He left\u201d early.")
    assert pairs == []
    assert warnings == ["closing quotation mark without an opening one at offset 7"]


def test_thousands_of_unbalanced_marks_are_summarised() -> None:
    pairs, warnings = pair_quote_marks('x "a\n' * 3000)
    assert pairs == []
    assert len(warnings) == 21
    assert warnings[-1] == "2980 more unbalanced quotation marks"
