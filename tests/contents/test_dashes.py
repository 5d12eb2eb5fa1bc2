"""Dashes (quotekit.contents.reported.dashes): an attribution set off from its content by a
dash, after it or before it; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import make_doc, records, triples

CASES = [
    pytest.param(
        '"The trucks just stopped coming" - that is how one grocer, Ines Varga, put it.',
        ['"/PUNCT/punct/5 The/DET/det/3 trucks/NOUN/nsubj/5/truck just/ADV/advmod/5 '
         'stopped/VERB/ROOT/0/stop coming/VERB/xcomp/5/come "/PUNCT/punct/5 -/PUNCT/punct/13 '
         'that/PRON/nsubj/13 is/AUX/cop/13/be how/ADV/advmod/13 one/NUM/nummod/13 '
         'grocer/NOUN/parataxis/5 ,/PUNCT/punct/15 Ines/PROPN/appos/13 Varga/PROPN/flat/15 '
         ',/PUNCT/punct/18 put/VERB/conj/13/put/VBD it/PRON/obj/18 ./PUNCT/punct/5'],
        [("direct", '"The trucks just stopped coming"', "Ines Varga", "put", "direct-complement")],
        id="after-how-someone-put-it",
    ),
    pytest.param(
        "No plant will close - that was the promise from Mayor Dana Holt.",
        ["No/DET/det/2 plant/NOUN/nsubj/4 will/AUX/aux/4//MD close/VERB/ROOT/0//VB "
         "-/PUNCT/punct/9 that/PRON/nsubj/9 was/AUX/cop/9/be the/DET/det/9 "
         "promise/NOUN/parataxis/4 from/ADP/case/11 Mayor/PROPN/nmod/9 Dana/PROPN/flat/11 "
         "Holt/PROPN/flat/11 ./PUNCT/punct/4"],
        [("indirect", "No plant will close", "Mayor Dana Holt", "promise", "dash-attribution")],
        id="after-the-promise-from-someone",
    ),
    pytest.param(
        "The harbor must stay open - that is what the pilots told the council.",
        ["The/DET/det/2 harbor/NOUN/nsubj/5 must/AUX/aux/5//MD stay/VERB/ROOT/0//VB "
         "open/ADJ/xcomp/4 -/PUNCT/punct/9 that/PRON/nsubj/9 is/AUX/cop/9/be "
         "what/PRON/parataxis/4 the/DET/det/11 pilots/NOUN/nsubj/12/pilot "
         "told/VERB/acl:relcl/9/tell the/DET/det/14 council/NOUN/obj/12 ./PUNCT/punct/4"],
        [("indirect", "The harbor must stay open", "the pilots", "told", "dash-attribution")],
        id="after-what-someone-told",
    ),
    pytest.param(
        "The pier stays open - so said Mayor Ines Ruiz on Friday.",
        ["The/DET/det/2 pier/NOUN/nsubj/3 stays/VERB/ROOT/0/stay/VBZ open/ADJ/xcomp/3 "
         "-/PUNCT/punct/7 so/ADV/advmod/7 said/VERB/parataxis/3/say/VBN Mayor/PROPN/obj/7 "
         "Ines/PROPN/flat/8 Ruiz/PROPN/flat/8 on/ADP/case/12 Friday/PROPN/obl/7 "
         "./PUNCT/punct/3"],
        [("indirect", "The pier stays open", "Mayor Ines Ruiz", "said", "dash-attribution")],
        id="after-so-said-someone",
    ),
    pytest.param(
        'The pilots put it plainly - "The harbor must stay open."',
        ['The/DET/det/2 pilots/NOUN/nsubj/3/pilot put/VERB/ROOT/0/put/VBD it/PRON/obj/3 '
         'plainly/ADV/advmod/3 -/PUNCT/punct/11 "/PUNCT/punct/11 The/DET/det/9 '
         'harbor/NOUN/nsubj/11 must/AUX/aux/11//MD stay/VERB/parataxis/3//VB open/ADJ/xcomp/11 '
         './PUNCT/punct/11 "/PUNCT/punct/3'],
        [("direct", '"The harbor must stay open."', "The pilots", "put", "direct-complement")],
        id="before-someone-put-it",
    ),
    pytest.param(
        "The pilots had one message for the council - the harbor must stay open.",
        ["The/DET/det/2 pilots/NOUN/nsubj/3/pilot had/VERB/ROOT/0/have one/NUM/nummod/5 "
         "message/NOUN/obj/3 for/ADP/case/8 the/DET/det/8 council/NOUN/nmod/5 "
         "-/PUNCT/punct/13 the/DET/det/11 harbor/NOUN/nsubj/13 must/AUX/aux/13//MD "
         "stay/VERB/parataxis/3//VB open/ADJ/xcomp/13 ./PUNCT/punct/3"],
        [("indirect", "the harbor must stay open", "The pilots", "message", "dash-attribution")],
        id="before-someone-had-a-message",
    ),
    pytest.param(
        'Her verdict on the plan was blunt - "It will not work."',
        ['Her/PRON/nmod:poss/2 verdict/NOUN/nsubj/7 on/ADP/case/5 the/DET/det/5 '
         'plan/NOUN/nmod/2 was/AUX/cop/7/be blunt/ADJ/ROOT/0 -/PUNCT/punct/13 '
         '"/PUNCT/punct/13 It/PRON/nsubj/13 will/AUX/aux/13//MD not/PART/advmod/13 '
         'work/VERB/parataxis/7//VB ./PUNCT/punct/13 "/PUNCT/punct/7'],
        [("direct", '"It will not work."', "Her", "verdict", "direct-complement")],
        id="before-someones-verdict-was",
    ),
    pytest.param(
        '"We lost everything." - That is how Ana Roe put it.',
        ['"/PUNCT/punct/3 We/PRON/nsubj/3 lost/VERB/ROOT/0/lose/VBD '
         'everything/PRON/obj/3 ./PUNCT/punct/3 "/PUNCT/punct/3 -/PUNCT/punct/3',
         'That/PRON/nsubj/6 is/AUX/cop/6/be how/ADV/advmod/6 Ana/PROPN/nsubj/6 '
         'Roe/PROPN/flat/4 put/VERB/ROOT/0/put/VBD it/PRON/obj/6 ./PUNCT/punct/6'],
        # a quotation too short to be a direct quote on its own is one by its attribution
        [("direct", '"We lost everything."', "Ana Roe", "put", "dash-attribution")],
        id="after-a-short-quotation-and-a-sentence-break",
    ),
]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


def test_a_dash_with_no_attribution_after_it_reports_nothing() -> None:
    # a demonstrative and "be" after the dash, but no verb or noun of saying
    text = "The pier was rebuilt in May - that is how the town looks now."
    doc = make_doc(
        text,
        "The/DET/det/2 pier/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be rebuilt/VERB/ROOT/0/rebuild "
        "in/ADP/case/6 May/PROPN/obl/4/May -/PUNCT/punct/12 that/PRON/nsubj/12 is/AUX/cop/12/be "
        "how/ADV/advmod/12 the/DET/det/12 town/NOUN/parataxis/4 looks/VERB/acl:relcl/12/look/VBZ "
        "now/ADV/advmod/13 ./PUNCT/punct/4",
    )
    assert triples(doc) == []


def test_a_cue_inside_a_clause_between_dashes_is_no_attribution_before() -> None:
    text = "It was hard - or easy, as she chose to put it - for every walker."
    doc = make_doc(
        text,
        "It/PRON/nsubj/3 was/AUX/cop/3/be hard/ADJ/ROOT/0 -/PUNCT/punct/6 or/CCONJ/cc/6 "
        "easy/ADJ/conj/3 ,/PUNCT/punct/10 as/SCONJ/mark/10 she/PRON/nsubj/10 "
        "chose/VERB/advcl/6/choose/VBD to/PART/mark/12 put/VERB/xcomp/10/put/VB "
        "it/PRON/obj/12 -/PUNCT/punct/17 for/ADP/case/17 every/DET/det/17 walker/NOUN/obl/3 "
        "./PUNCT/punct/3",
    )
    assert triples(doc) == []


def test_the_first_of_a_pair_of_dashes_is_no_attribution_before() -> None:
    text = "The verdict was clear - or clear enough - for the board."
    doc = make_doc(
        text,
        "The/DET/det/2 verdict/NOUN/nsubj/4 was/AUX/cop/4/be clear/ADJ/ROOT/0 -/PUNCT/punct/7 "
        "or/CCONJ/cc/7 clear/ADJ/conj/4 enough/ADV/advmod/7 -/PUNCT/punct/7 for/ADP/case/12 "
        "the/DET/det/12 board/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert triples(doc) == []
