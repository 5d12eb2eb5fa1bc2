"""Joining contents (quotekit.contents.merge): a report inside another's content, contents that
would overlap, and a content in a free relative; on hand-built parses."""

from __future__ import annotations

from conftest import make_doc, records

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def test_belief_inside_what_was_said_is_no_quote_of_its_own() -> None:
    text = "Ellis said he believes Grant was raised here."
    doc = make_doc(
        text,
        "Ellis/PROPN/nsubj/2 said/VERB/ROOT/0/say he/PRON/nsubj/4 believes/VERB/ccomp/2/believe "
        "Grant/PROPN/nsubj:pass/7 was/AUX/aux:pass/7/be raised/VERB/ccomp/4/raise here/ADV/advmod/7 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "he believes Grant was raised here", "Ellis", "said", "ccomp-complement")]


def test_phrase_sized_report_inside_another_is_part_of_it() -> None:
    text = "Ruiz says Delong promised to support her."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/2 says/VERB/ROOT/0/say Delong/PROPN/nsubj/4 "
        "promised/VERB/ccomp/2/promise to/PART/mark/6 support/VERB/xcomp/4 her/PRON/obj/6 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "Delong promised to support her", "Ruiz", "says", "ccomp-complement")]


def test_reports_whose_contents_would_overlap() -> None:
    from quotekit.contents.merge import _drop_nested
    from quotekit.records import QuoteCandidate

    text = "He criticized the debate, saying that it was fine for him."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 criticized/VERB/ROOT/0/criticize the/DET/det/4 debate/NOUN/obj/2 "
        ",/PUNCT/punct/6 saying/VERB/acl/4/say that/SCONJ/mark/10 it/PRON/nsubj/10 "
        "was/AUX/cop/10/be fine/ADJ/ccomp/6 for/ADP/case/12 him/PRON/obl/10 ./PUNCT/punct/2",
    )
    outer = QuoteCandidate("indirect", text.index("the"), text.index(" that"), doc[1:2],
                           "object-content")
    # the second content starts inside the first, where its cue stands, and runs past it
    for rule, kept in (("that-clause", 1), ("ccomp-complement", 1), ("according-to", 2)):
        inner = QuoteCandidate("indirect", text.index("saying"), len(text) - 1, doc[5:6], rule)
        assert len(_drop_nested([outer, inner])) == kept, rule
    # a clause reported inside another report's content stays; a phrase does not
    inner = QuoteCandidate("indirect", text.index("that"), len(text) - 1, doc[5:6],
                           "ccomp-complement")
    wide = outer._replace(end=len(text) - 1)
    assert len(_drop_nested([wide, inner])) == 2
    assert len(_drop_nested([wide, inner._replace(rule="object-content")])) == 1


def test_free_relative_content_starts_at_what() -> None:
    text = "It was what critics called a land grab."
    doc = make_doc(
        text,
        "It/PRON/nsubj/3 was/AUX/cop/3/be what/PRON/ROOT/0 critics/NOUN/nsubj/5/critic "
        "called/VERB/acl:relcl/3/call/VBD a/DET/det/8 land/NOUN/compound/8 "
        "grab/NOUN/obj/5 ./PUNCT/punct/3",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "object-content"
    assert q.quote.text == "what critics called a land grab"
    assert [f.text for f in q.fragments] == ["what", "a land grab"]
