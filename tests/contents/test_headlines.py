"""Headlines and titles (quotekit.contents.headlines): a document's title line gives no quote."""

from __future__ import annotations

import pytest
from conftest import make_doc, records

from quotekit.contents.headlines import headline_spans

TITLE_CASES = [
    pytest.param(
        "Council backs new ferry route\n\nThe council voted on Monday.",
        ["Council backs new ferry route"],
        id="title",
    ),
    pytest.param(
        "Harbor Plan Wins Approval \r\n\r\nThe council voted.\r\n",
        ["Harbor Plan Wins Approval"],
        id="crlf",
    ),
    pytest.param(
        "Council backs ferry route\n\nThe council voted.\n\nCouncil backs ferry route\n\nIt met.",
        ["Council backs ferry route", "Council backs ferry route"],
        id="repeated-title",
    ),
    # a sentence, not a title: corpora annotate a headline that ends like one
    pytest.param("Mayor says the ferry will run.\n\nThe council voted.", [], id="final-stop"),
    pytest.param(
        "Mayor says the ferry will 'run.'\n\nThe council voted.", [], id="final-stop-in-marks"
    ),
    # no blank line after it, or nothing after it: a line of the text
    pytest.param("The mayor said the ferry will run\nfrom May.", [], id="no-blank-line"),
    pytest.param("The mayor said the ferry will run", [], id="alone"),
    pytest.param(
        "BAKER: We will open the route in May\n\nCOLE: Not before June", [], id="transcript"
    ),
    pytest.param(
        "The council, which met for six hours on Monday night in the old town hall, backed the route\n\nIt met.",
        [],
        id="long-line",
    ),
]


@pytest.mark.parametrize("text, expected", TITLE_CASES)
def test_headline_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in headline_spans(text)] == expected


@pytest.mark.issue(17)
def test_a_title_line_gives_no_quote() -> None:
    text = "Unions vow to fight port closure\n\nThe minister said the port would stay open."
    doc = make_doc(
        text,
        "Unions/NOUN/nsubj/2/union vow/VERB/ROOT/0//VBP to/PART/mark/4 fight/VERB/xcomp/2//VB "
        "port/NOUN/compound/6 closure/NOUN/obj/4",
        "The/DET/det/2 minister/NOUN/nsubj/3 said/VERB/ROOT/0/say the/DET/det/5 "
        "port/NOUN/nsubj/7 would/AUX/aux/7//MD stay/VERB/ccomp/3//VB open/ADJ/xcomp/7 "
        "./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "the port would stay open", "The minister", "said", "ccomp-complement")
    ]
    # the same words ending like a sentence are read as one
    text = "Unions vow to fight port closure.\n\nThe port is old."
    doc = make_doc(
        text,
        "Unions/NOUN/nsubj/2/union vow/VERB/ROOT/0//VBP to/PART/mark/4 fight/VERB/xcomp/2//VB "
        "port/NOUN/compound/6 closure/NOUN/obj/4 ./PUNCT/punct/2",
        "The/DET/det/2 port/NOUN/nsubj/4 is/AUX/cop/4/be old/ADJ/ROOT/0 ./PUNCT/punct/4",
    )
    assert records(doc) == [
        ("indirect", "to fight port closure", "Unions", "vow", "xcomp-complement")
    ]
