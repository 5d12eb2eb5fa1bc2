"""Colons (quotekit.contents.reported.colons): a name and a colon opening a line; on hand-built
parses."""

from __future__ import annotations

from conftest import make_doc, records


def test_name_and_colon_opening_a_line() -> None:
    text = "WALLACE: Let us start with the debate.\nCorrection: An earlier version was wrong."
    doc = make_doc(text, "WALLACE/PROPN/ROOT/0 :/PUNCT/punct/1 Let/VERB/parataxis/1/let us/PRON/obj/3/we "
                   "start/VERB/xcomp/3 with/ADP/case/8 the/DET/det/8 debate/NOUN/obl/5 ./PUNCT/punct/1",
                   "Correction/NOUN/ROOT/0 :/PUNCT/punct/1 An/DET/det/6 earlier/ADJ/amod/5 "
                   "version/NOUN/nsubj/7 was/AUX/cop/7/be wrong/ADJ/parataxis/1 ./PUNCT/punct/1")
    assert records(doc) == [
        ("indirect", "Let us start with the debate", "WALLACE", ":", "colon-line")]
