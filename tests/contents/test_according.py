"""According to (quotekit.contents.reported.according): the clause is the content, the phrase
after "to" its source; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import make_doc, records

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

CASES = [
    pytest.param(
        "According to the ministry, the talks failed.",
        ["According/VERB/case/4/accord to/ADP/fixed/1 the/DET/det/4 ministry/NOUN/obl/8 "
         ",/PUNCT/punct/4 the/DET/det/7 talks/NOUN/nsubj/8/talk failed/VERB/ROOT/0/fail ./PUNCT/punct/8"],
        [("indirect", "the talks failed", "the ministry", "According to", "according-to")],
        id="according-to",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


def test_according_to_in_the_middle_of_the_sentence() -> None:
    text = "Trump gave his blessing, according to court documents, becoming the owner."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 gave/VERB/ROOT/0/give his/PRON/nmod:poss/4 blessing/NOUN/obj/2 "
        ",/PUNCT/punct/9 according/VERB/case/9/accord to/ADP/fixed/6 court/NOUN/compound/9 "
        "documents/NOUN/obl/2/document ,/PUNCT/punct/11 becoming/VERB/advcl/2/become "
        "the/DET/det/13 owner/NOUN/xcomp/11 ./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert [f.text for f in q.fragments] == ["Trump gave his blessing", "becoming the owner"]
    assert (q.speaker.text if q.speaker else None) == "court documents"


def test_according_to_words_left_out_of_the_source_are_no_content() -> None:
    # the parse left "familiar with the effort" out of the source's phrase
    text = "The team is led by two strategists, according to sources familiar with the effort."
    doc = make_doc(
        text,
        "The/DET/det/2 team/NOUN/nsubj:pass/4 is/AUX/aux:pass/4/be led/VERB/ROOT/0/lead "
        "by/ADP/case/7 two/NUM/nummod/7 strategists/NOUN/obl/4/strategist ,/PUNCT/punct/11 "
        "according/VERB/case/11/accord to/ADP/fixed/9 sources/NOUN/obl/4/source "
        "familiar/ADJ/advcl/4 with/ADP/case/15 the/DET/det/15 effort/NOUN/obl/12 "
        "./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert (q.quote.text, q.fragments) == ("The team is led by two strategists", ())
    # after them, the content resumes at the next comma
    text = "Trump agreed, according to documents seen by the Post, becoming the owner."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 agreed/VERB/ROOT/0/agree ,/PUNCT/punct/6 according/VERB/case/6/accord "
        "to/ADP/fixed/4 documents/NOUN/obl/2/document seen/VERB/advcl/2/see by/ADP/case/10 "
        "the/DET/det/10 Post/PROPN/obl/7 ,/PUNCT/punct/12 becoming/VERB/advcl/2/become "
        "the/DET/det/14 owner/NOUN/xcomp/12 ./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert [f.text for f in q.fragments] == ["Trump agreed", "becoming the owner"]


def test_according_to_words_left_out_of_a_leading_source_are_the_sources() -> None:
    text = "According to conservative radio host Rush Limbaugh, the move reeks of fear."
    doc = make_doc(
        text,
        "According/VERB/case/3/accord to/ADP/fixed/1 conservative/ADJ/obl/11 "
        "radio/NOUN/compound/5 host/NOUN/dep/11 Rush/PROPN/appos/5 Limbaugh/PROPN/flat/6 "
        ",/PUNCT/punct/5 the/DET/det/10 move/NOUN/nsubj/11 reeks/VERB/ROOT/0/reek/VBZ "
        "of/ADP/case/13 fear/NOUN/obl/11 ./PUNCT/punct/11",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert q.quote.text == "the move reeks of fear"
