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
    pytest.param(
        # "Lee said, according to the Courier": Lee said it, the Courier reports that she did
        "\u201cThe pier will close,\u201d Lee said, according to the Courier.",
        ["\u201c/PUNCT/punct/5 The/DET/det/3 pier/NOUN/nsubj/5 will/AUX/aux/5 "
         "close/VERB/ccomp/9 ,/PUNCT/punct/5 \u201d/PUNCT/punct/5 Lee/PROPN/nsubj/9 "
         "said/VERB/ROOT/0/say ,/PUNCT/punct/14 according/VERB/case/14/accord to/ADP/fixed/11 "
         "the/DET/det/14 Courier/PROPN/obl/9 ./PUNCT/punct/9"],
        [("direct", "\u201cThe pier will close,\u201d", "Lee", "said", "direct-cue-after"),
         ("mixed", "\u201cThe pier will close,\u201d Lee said", "the Courier", "according to",
          "according-to")],
        id="a-quotation-with-its-own-cue-keeps-its-speaker",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


def test_according_to_in_the_middle_of_the_sentence() -> None:
    text = "Okafor gave her approval, according to county records, becoming the buyer."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/2 gave/VERB/ROOT/0/give her/PRON/nmod:poss/4 approval/NOUN/obj/2 "
        ",/PUNCT/punct/9 according/VERB/case/9/accord to/ADP/fixed/6 county/NOUN/compound/9 "
        "records/NOUN/obl/2/record ,/PUNCT/punct/11 becoming/VERB/advcl/2/become "
        "the/DET/det/13 buyer/NOUN/xcomp/11 ./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert [f.text for f in q.fragments] == ["Okafor gave her approval", "becoming the buyer"]
    assert (q.speaker.text if q.speaker else None) == "county records"


def test_according_to_words_left_out_of_the_source_are_no_content() -> None:
    # the parse left "close to the project" out of the source's phrase
    text = "The crew is guided by two engineers, according to staff close to the project."
    doc = make_doc(
        text,
        "The/DET/det/2 crew/NOUN/nsubj:pass/4 is/AUX/aux:pass/4/be guided/VERB/ROOT/0/guide "
        "by/ADP/case/7 two/NUM/nummod/7 engineers/NOUN/obl/4/engineer ,/PUNCT/punct/11 "
        "according/VERB/case/11/accord to/ADP/fixed/9 staff/NOUN/obl/4/staff "
        "close/ADJ/advcl/4 to/ADP/case/15 the/DET/det/15 project/NOUN/obl/12 "
        "./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert (q.quote.text, q.fragments) == ("The crew is guided by two engineers", ())
    # after them, the content resumes at the next comma
    text = "Okafor agreed, according to records seen by the Herald, becoming the buyer."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/2 agreed/VERB/ROOT/0/agree ,/PUNCT/punct/6 according/VERB/case/6/accord "
        "to/ADP/fixed/4 records/NOUN/obl/2/record seen/VERB/advcl/2/see by/ADP/case/10 "
        "the/DET/det/10 Herald/PROPN/obl/7 ,/PUNCT/punct/12 becoming/VERB/advcl/2/become "
        "the/DET/det/14 buyer/NOUN/xcomp/12 ./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert [f.text for f in q.fragments] == ["Okafor agreed", "becoming the buyer"]


def test_according_to_words_left_out_of_a_leading_source_are_the_sources() -> None:
    text = "According to veteran radio host Dana Whitlock, the plan smacks of panic."
    doc = make_doc(
        text,
        "According/VERB/case/3/accord to/ADP/fixed/1 veteran/ADJ/obl/11 "
        "radio/NOUN/compound/5 host/NOUN/dep/11 Dana/PROPN/appos/5 Whitlock/PROPN/flat/6 "
        ",/PUNCT/punct/5 the/DET/det/10 plan/NOUN/nsubj/11 smacks/VERB/ROOT/0/smack/VBZ "
        "of/ADP/case/13 panic/NOUN/obl/11 ./PUNCT/punct/11",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "according-to"
    assert q.quote.text == "the plan smacks of panic"


@pytest.mark.issue(17)
def test_according_to_an_unnamed_source_and_what_it_is_said_to_be() -> None:
    # the parse made the adjective the head of the source's phrase and the noun its subject
    text = "The mill will close in June, according to workers familiar with the plans."
    doc = make_doc(
        text,
        "The/DET/det/2 mill/NOUN/nsubj/4 will/AUX/aux/4//MD close/VERB/ROOT/0//VB "
        "in/ADP/case/6 June/PROPN/obl/4 ,/PUNCT/punct/11 according/VERB/mark/11/accord/VBG "
        "to/ADP/fixed/8 workers/NOUN/nsubj/11/worker familiar/ADJ/advcl/4 with/ADP/case/14 "
        "the/DET/det/14 plans/NOUN/obl/11/plan ./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.rule, q.quote.text) == ("according-to", "The mill will close in June")
    assert q.speaker is not None and q.speaker.text == "workers familiar with the plans"
    # the cue's lemma is the phrase, not the lemmatizer's "accord"
    assert q.cue is not None and (q.cue.text, q.cue.lemma) == ("according to", "according to")
    text = "The mill will close, according to a person with knowledge of the plans."
    doc = make_doc(
        text,
        "The/DET/det/2 mill/NOUN/nsubj/4 will/AUX/aux/4//MD close/VERB/ROOT/0//VB "
        ",/PUNCT/punct/9 according/VERB/case/9/accord/VBG to/ADP/fixed/6 a/DET/det/9 "
        "person/NOUN/obl/4 with/ADP/case/11 knowledge/NOUN/nmod/9 of/ADP/case/14 "
        "the/DET/det/14 plans/NOUN/nmod/11/plan ./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.speaker is not None and q.speaker.text == "a person with knowledge of the plans"


def test_according_to_with_a_source_that_ends_the_document() -> None:
    # a user's "according to said": the source runs to the last token, nothing follows it
    text = "according to said"
    doc = make_doc(text, "according/VERB/case/3/accord to/ADP/fixed/1 said/VERB/ROOT/0/say")
    assert annotate(doc, InputDoc("t", text, "t")).quotes == ()


def test_according_to_after_but_reports_the_clause_after_it() -> None:
    # "The fee was not disclosed, but according to people close to the deal, it is high":
    # what the people say is the clause after the conjunction, not the writer's first clause
    text = "The fee was not disclosed, but according to two officials, it is high."
    doc = make_doc(
        text,
        "The/DET/det/2 fee/NOUN/nsubj:pass/5 was/AUX/aux:pass/5/be not/PART/advmod/5 "
        "disclosed/VERB/ROOT/0/disclose ,/PUNCT/punct/16 but/CCONJ/cc/16 "
        "according/VERB/case/11/accord to/ADP/fixed/8 two/NUM/nummod/11 "
        "officials/NOUN/obl/16/official ,/PUNCT/punct/11 it/PRON/nsubj/16 is/AUX/cop/16/be "
        "high/ADJ/conj/5 ./PUNCT/punct/5",
    )
    assert records(doc) == [
        ("indirect", "it is high", "two officials", "according to", "according-to")]


def test_a_title_right_after_according_to_is_no_quotation_of_its_own() -> None:
    # where the parse left a quoted title out of the source's phrase and a cue after it took
    # it for a quotation, the title is the source, not a quotation by the one who "told"
    from quotekit.contents.merge import _reported_by_source
    from quotekit.records import QuoteCandidate

    text = "According to \u201cThe Harbour Years,\u201d Lee told aides the pier was old."
    doc = make_doc(
        text,
        "According/VERB/case/6/accord to/ADP/fixed/1 \u201c/PUNCT/punct/6 The/DET/det/6 "
        "Harbour/PROPN/compound/6 Years/PROPN/obl/10 ,/PUNCT/punct/6 \u201d/PUNCT/punct/6 "
        "Lee/PROPN/nsubj/10 told/VERB/ROOT/0/tell aides/NOUN/iobj/10/aide the/DET/det/13 "
        "pier/NOUN/nsubj/15 was/AUX/cop/15/be old/ADJ/ccomp/10 ./PUNCT/punct/10",
    )
    title_start, title_end = text.index("\u201c"), text.index("\u201d") + 1
    report = QuoteCandidate("mixed", title_start, len(text) - 1, doc[0:2], "according-to")
    title = QuoteCandidate("direct", title_start, title_end, doc[9:10], "direct-cue-after")
    assert not _reported_by_source(report, title)
