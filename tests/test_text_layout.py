"""Text layout: hard-wrapped text and CRLF line ends read as the parser should see them."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from quotekit.layout import is_hard_wrapped, prepare_text
from quotekit.quotemarks import pair_quote_marks

PARAGRAPHS = [
    '"I cannot think why you should stay in town all summer," said Mrs. Halloway, folding her '
    "letter and laying it beside the teapot. \"The garden wants you, and so do I, though you "
    'never listen to either of us."',
    "Her nephew looked up from the newspaper he had been pretending to read for the last "
    "quarter of an hour, and smiled at her over the top of it.",
    '"The garden," he said, "has never once asked for me. You are the only one who does, and '
    'you ask so often that I have stopped hearing it."',
    '"Then hear it now," she answered, rising from the table. "The coach leaves at nine."',
]
TEXT = "\n\n".join(PARAGRAPHS * 2)  # a short chapter, one paragraph per line


def wrapped(width: int = 70, newline: str = "\n") -> str:
    paras = ["\n".join(textwrap.wrap(p, width)) for p in PARAGRAPHS * 2]
    return "\n\n".join(paras).replace("\n", newline)


def test_a_hard_wrapped_text_is_read_as_paragraphs() -> None:
    raw = wrapped()
    assert is_hard_wrapped(raw)
    prepared = prepare_text(raw)
    assert len(prepared) == len(raw)
    assert prepared == TEXT


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = "\n".join(PARAGRAPHS * 3)
    assert not is_hard_wrapped(text)
    assert prepare_text(text) == text


def test_short_lines_of_verse_or_lists_are_left_alone() -> None:
    text = "\n".join(["Roses are red,", "Violets are blue."] * 6)
    assert prepare_text(text) == text


def test_crlf_line_ends_keep_the_length() -> None:
    raw = wrapped(newline="\r\n")
    prepared = prepare_text(raw)
    assert len(prepared) == len(raw)
    assert "\r" not in prepared
    assert "\n\n" not in prepared  # every break of a CRLF paragraph break is now " \n"
    # a wrapped line's " \n" became two spaces, a paragraph break " \n \n"
    assert [" ".join(p.split()) for p in prepared.split(" \n \n")] == PARAGRAPHS * 2


def test_quotations_over_wrapped_lines_pair_whole() -> None:
    pairs, warnings = pair_quote_marks(prepare_text(wrapped()))
    assert warnings == []
    assert [(p.open, p.close) for p in pairs] == [(p.open, p.close) for p in pair_quote_marks(TEXT)[0]]
    assert len(pairs) == 12


@pytest.mark.model
def test_wrapped_and_unwrapped_text_give_the_same_records(parser: Any) -> None:
    from quotekit.pipeline import extract_text

    raw = wrapped()
    flat = extract_text(TEXT, parser)
    hard = extract_text(raw, parser)
    def spans(record: Any) -> list[Any]:
        return [(q.quote.start, q.quote.end, q.speaker and q.speaker.start) for q in record.quotes]

    assert spans(hard) == spans(flat)
    assert len(hard.quotes) >= 3
    for q in hard.quotes:  # every field is cut from the input, line breaks and all
        assert raw[q.quote.start : q.quote.end] == q.quote.text
        if q.speaker is not None:
            assert raw[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.topic is not None and q.topic.start is not None:
            assert raw[q.topic.start : q.topic.end] == q.topic.text


@pytest.mark.issue(17)
def test_a_short_wrapped_news_item_is_read_as_paragraphs() -> None:
    # three wrapped lines only, but each is cut mid-sentence and blank lines part paragraphs
    text = (
        'The harbour board voted on Tuesday to raise the fee. "We had no\n'
        'choice, the pier is falling apart," said board chair Ana Ruiz, who has\n'
        "led the board since 2019.\n\nCritics said the increase would drive\n"
        "small boats out of the town.\n"
    )
    assert is_hard_wrapped(text)
    assert is_hard_wrapped(text.replace("\n", "\r\n"))
    pairs, warnings = pair_quote_marks(prepare_text(text))
    assert warnings == []
    assert [(p.open, p.close) for p in pairs] == [(text.index('"'), text.index('," said') + 1)]


def test_stacked_headlines_on_lines_of_their_own_are_left_alone() -> None:
    text = (
        "Harbour Board Raises Mooring Fees Again\nSmall Boat Owners Say They Will Leave\n"
        "\nThe board voted on Tuesday to raise the fee by a third.\n"
    )
    assert not is_hard_wrapped(text)
