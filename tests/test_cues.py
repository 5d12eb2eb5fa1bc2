"""Cue finding (quotekit.cues): which words are cues, the guards that turn a word down, the
cue classes an option keeps, and which cue introduces each quotation; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records, triples

from quotekit.records import ExtractOptions

CASES = [
    pytest.param(
        "Taiwan, officially known as the Republic of China, held elections.",
        ["Taiwan/PROPN/nsubj/11 ,/PUNCT/punct/4 officially/ADV/advmod/4 known/VERB/acl/1/know "
         "as/ADP/case/7 the/DET/det/7 Republic/PROPN/obl/4 of/ADP/case/9 China/PROPN/nmod/7 "
         ",/PUNCT/punct/4 held/VERB/ROOT/0/hold elections/NOUN/obj/11/election ./PUNCT/punct/11"],
        [],
        id="known-as-is-no-cue",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


def test_cue_classes_option_filters_cognition() -> None:
    text = "Officials believe the plan will fail."
    doc = make_doc(text, "Officials/NOUN/nsubj/2/official believe/VERB/ROOT/0 the/DET/det/4 "
                   "plan/NOUN/nsubj/6 will/AUX/aux/6 fail/VERB/ccomp/2 ./PUNCT/punct/2")
    assert records(doc) == [
        ("indirect", "the plan will fail", "Officials", "believe", "ccomp-complement")]
    speech_only = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert records(doc, speech_only) == []


def test_findings_of_a_study_count_unless_left_out() -> None:
    text = "A study found that voters were purged."
    doc = make_doc(text, "A/DET/det/2 study/NOUN/nsubj/3 found/VERB/ROOT/0/find that/SCONJ/mark/7 "
                   "voters/NOUN/nsubj:pass/7/voter were/AUX/aux:pass/7/be purged/VERB/ccomp/3/purge "
                   "./PUNCT/punct/3")
    assert records(doc) == [
        ("indirect", "that voters were purged", "A study", "found", "ccomp-complement")]
    speech_only = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert records(doc, speech_only) == []


def test_a_verb_after_a_quotation_and_a_conjunction_is_no_attribution() -> None:
    # the second "called" is coordinated with the first; it does not attribute the quotation,
    # though the parse hung the closing quotation mark on it
    text = (
        'They urged staff to act "as a question of the public interest and fairness" and '
        "called on people to stay calm."
    )
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 urged/VERB/ROOT/0/urge/VBD staff/NOUN/obj/2 to/PART/mark/5 "
        'act/VERB/xcomp/2/act/VB "/PUNCT/punct/9 as/ADP/case/9 a/DET/det/9 question/NOUN/obl/5 '
        "of/ADP/case/13 the/DET/det/13 public/ADJ/amod/13 interest/NOUN/nmod/9 and/CCONJ/cc/15 "
        'fairness/NOUN/conj/13 "/PUNCT/punct/18 and/CCONJ/cc/18 '
        "called/VERB/conj/2/call/VBD on/ADP/case/20 people/NOUN/obl/18 to/PART/mark/22 "
        "stay/VERB/advcl/18/stay/VB calm/ADJ/xcomp/22 ./PUNCT/punct/2",
    )
    assert [(t[1], t[3], t[4]) for t in records(doc)] == [
        ('staff to act "as a question of the public interest and fairness"', "urged", "directive"),
        ("people to stay calm", "called", "directive"),
    ]


def test_quote_inside_a_quote_is_not_a_cue() -> None:
    # the cue "said" inside the quotation belongs to the quoted speaker
    text = '"They said the deal was dead, but we kept going," Okafor said.'
    doc = make_doc(text, '"/PUNCT/punct/3 They/PRON/nsubj/3 said/VERB/ccomp/16/say the/DET/det/5 '
                   'deal/NOUN/nsubj/7 was/AUX/cop/7/be dead/ADJ/ccomp/3 ,/PUNCT/punct/11 '
                   'but/CCONJ/cc/11 we/PRON/nsubj/11 kept/VERB/conj/3/keep going/VERB/xcomp/11/go '
                   ',/PUNCT/punct/3 "/PUNCT/punct/3 Okafor/PROPN/nsubj/16 said/VERB/ROOT/0/say '
                   './PUNCT/punct/16')
    assert records(doc) == [
        ("direct", '"They said the deal was dead, but we kept going,"', "Okafor", "said",
         "direct-cue-after")]


def test_attribution_the_parser_gave_a_sentence_of_its_own() -> None:
    # the parser ends the sentence at the quotation's "?"
    text = '"How many times must we see this?" Clinton said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/7 How/ADV/advmod/4 many/ADJ/amod/4 times/NOUN/obl/7 must/AUX/aux/7 '
        'we/PRON/nsubj/7 see/VERB/ROOT/0 this/PRON/obj/7 ?/PUNCT/punct/7 "/PUNCT/punct/7',
        "Clinton/PROPN/nsubj/2 said/VERB/ROOT/0/say ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("direct", '"How many times must we see this?"', "Clinton", "said", "direct-cue-after")]


def test_cue_with_a_subject_inside_and_outside_the_quotation() -> None:
    # the parse takes the quotation's subject for a second subject of "said"
    text = '"The kind of plan he has would fail," she said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/9 The/DET/det/3 kind/NOUN/nsubj/13 of/ADP/case/5 plan/NOUN/nmod/3 '
        "he/PRON/nsubj/7 has/VERB/acl:relcl/5/have would/AUX/aux/9 fail/VERB/ccomp/13 "
        ',/PUNCT/punct/9 "/PUNCT/punct/9 she/PRON/nsubj/13 said/VERB/ROOT/0/say ./PUNCT/punct/13',
    )
    assert records(doc) == [
        ("direct", '"The kind of plan he has would fail,"', "she", "said", "direct-cue-after")]


def test_sentence_root_tagged_as_participle_is_a_cue() -> None:
    text = "Daniel Hamermesh predicted that wages would fall."
    doc = make_doc(
        text,
        "Daniel/PROPN/nsubj/3 Hamermesh/PROPN/flat/1 predicted/VERB/ROOT/0/predict "
        "that/SCONJ/mark/7 wages/NOUN/nsubj/7/wage would/AUX/aux/7 fall/VERB/ccomp/3 "
        "./PUNCT/punct/3",
    )
    doc[2].tag_ = "VBN"
    doc[0].dep_ = "dep"  # the parse gives the cue no subject
    assert [(t[0], t[1], t[4]) for t in records(doc)] == [
        ("indirect", "that wages would fall", "ccomp-complement")]


def test_cue_of_the_next_sentence_with_its_own_content_is_not_the_quotations() -> None:
    # (it would take both quotations for one, interrupted by its attribution)
    text = '"It is a rogue firm." Lund insisted that Acme "stop its threats."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 It/PRON/nsubj/6 is/AUX/cop/6/be a/DET/det/6 rogue/NOUN/compound/6 '
        'firm/NOUN/ROOT/0 ./PUNCT/punct/6 "/PUNCT/punct/6',
        'Lund/PROPN/nsubj/2 insisted/VERB/ROOT/0/insist/VBD that/SCONJ/mark/6 '
        'Acme/PROPN/nsubj/6 "/PUNCT/punct/6 stop/VERB/ccomp/2/stop/VB its/PRON/nmod:poss/8 '
        'threats/NOUN/obj/6/threat ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert ("mixed", 'that Acme "stop its threats."', "Lund", "insisted",
            "mixed-lead") in records(doc)


def test_having_said_that_reports_nothing() -> None:
    text = "Having said that, there are economists who disagree."
    doc = make_doc(
        text,
        "Having/AUX/aux/2/have/VBG said/VERB/ROOT/0/say/VBD that/SCONJ/mark/6 ,/PUNCT/punct/6 "
        "there/PRON/expl/6 are/VERB/ccomp/2/be/VBP economists/NOUN/nsubj/6/economist "
        "who/PRON/nsubj/9 disagree/VERB/acl:relcl/7/disagree/VBP ./PUNCT/punct/2",
    )
    assert records(doc) == []


def test_a_quotation_closed_by_a_comma_belongs_to_the_cue_after_it() -> None:
    # the parser took the quotation's subject for the cue's
    text = '"Donald is a leader," said the veteran. "He will work for you."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/8 Donald/PROPN/nsubj/8 is/AUX/cop/5/be a/DET/det/5 leader/NOUN/ccomp/8 '
        ',/PUNCT/punct/5 "/PUNCT/punct/5 said/VERB/ROOT/0/say the/DET/det/10 veteran/NOUN/obj/8 '
        "./PUNCT/punct/8",
        '"/PUNCT/punct/4 He/PRON/nsubj/4 will/AUX/aux/4 work/VERB/ROOT/0 for/ADP/case/6 '
        'you/PRON/obl/4 ./PUNCT/punct/4 "/PUNCT/punct/4',
    )
    ((kind, quote, _, cue, rule),) = records(doc)
    assert (kind, quote, cue, rule) == ("direct", text, "said", "direct-cue-inside")


def test_the_cue_right_before_a_quotation_introduces_it() -> None:
    # the parser hung the quotation on "posted", not on "saying" beside it
    text = 'Clinton posted a comment, saying, "We are so excited."'
    doc = make_doc(
        text,
        'Clinton/PROPN/nsubj/2 posted/VERB/ROOT/0/post a/DET/det/4 comment/NOUN/obj/2 '
        ',/PUNCT/punct/6 saying/VERB/advcl/2/say ,/PUNCT/punct/12 "/PUNCT/punct/12 '
        'We/PRON/nsubj/12 are/AUX/cop/12/be so/ADV/advmod/12 excited/ADJ/parataxis/2 '
        './PUNCT/punct/12 "/PUNCT/punct/12',
    )
    assert records(doc) == [
        ("direct", '"We are so excited."', "Clinton", "saying", "direct-cue-before")]


def test_a_past_tense_tagged_as_a_participle_keeps_its_that_clause() -> None:
    text = "Lin, who leads the project, explained that the team would combine images."
    doc = make_doc(
        text,
        "Lin/PROPN/ROOT/0 ,/PUNCT/punct/5 who/PRON/nsubj/4 leads/VERB/parataxis/1/lead "
        "the/DET/det/6 project/NOUN/obj/4 ,/PUNCT/punct/8 explained/VERB/conj/4/explain/VBN "
        "that/SCONJ/mark/13 the/DET/det/11 team/NOUN/nsubj/13 would/AUX/aux/13 "
        "combine/VERB/ccomp/8 images/NOUN/obj/13/image ./PUNCT/punct/8",
    )
    assert contents(doc) == [("that the team would combine images", "ccomp-complement")]
    # a bare participle with no clause of its own is still no cue: "a plan called ..."
    text = "The plan, explained in a memo, failed."
    doc = make_doc(
        text,
        "The/DET/det/2 plan/NOUN/nsubj/9 ,/PUNCT/punct/4 explained/VERB/acl/2/explain/VBN "
        "in/ADP/case/7 a/DET/det/7 memo/NOUN/obl/4 ,/PUNCT/punct/4 failed/VERB/ROOT/0/fail "
        "./PUNCT/punct/9",
    )
    assert records(doc) == []


def test_no_cue_is_looked_for_across_a_paragraph_break() -> None:
    text = '"It was different eight years ago."\n\nHoward added more.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 It/PRON/nsubj/4 was/AUX/cop/4/be different/ADJ/ROOT/0 eight/NUM/nummod/6 '
        'years/NOUN/obl:npmod/7/year ago/ADV/advmod/4 ./PUNCT/punct/4 "/PUNCT/punct/4',
        "Howard/PROPN/nsubj/2 added/VERB/ROOT/0/add more/ADJ/obj/2 ./PUNCT/punct/2",
    )
    assert [(t[0], t[3], t[4]) for t in records(doc)] == [("direct", None, "direct-no-cue")]


def test_verb_of_saying_tagged_as_a_noun_after_a_quotation() -> None:
    # the tagger takes "wrote" for a noun; its subject and its place say it is the cue
    text = '"We are not there yet," Cross wrote.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 are/AUX/cop/5/be not/PART/advmod/5 there/ADV/ROOT/0 '
        'yet/ADV/advmod/5 ,/PUNCT/punct/5 "/PUNCT/punct/5 Cross/PROPN/nsubj/10 '
        "wrote/NOUN/parataxis/5 ./PUNCT/punct/5",
    )
    assert records(doc) == [
        ("direct", '"We are not there yet,"', "Cross", "wrote", "direct-cue-after")]


def test_participle_sharing_a_coordinated_auxiliary_is_a_cue() -> None:
    # "called" is a participle of "has", not a bare one ("a plan called ...")
    text = "She has released her returns and called on Lund to do the same."
    doc = make_doc(
        text,
        "She/PRON/nsubj/3/she has/AUX/aux/3/have/VBZ released/VERB/ROOT/0/release/VBN "
        "her/PRON/nmod:poss/5/she returns/NOUN/obj/3/return and/CCONJ/cc/7 "
        "called/VERB/conj/3/call/VBN on/ADP/case/9 Lund/PROPN/obl/7 to/PART/mark/11 "
        "do/VERB/advcl/7/do/VB the/DET/det/13 same/ADJ/obj/11 ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "Lund to do the same", "She", "called", "directive")]


def test_past_tense_taken_for_a_participle_beside_a_past_tense_is_a_cue() -> None:
    # "urged" tagged VBN, coordinated with a past tense that has its subject: no bare
    # participle ("a plan called ...") but the second verb of the sentence
    text = "The mayor praised the police and urged residents to stay calm."
    doc = make_doc(
        text,
        "The/DET/det/2 mayor/NOUN/nsubj/3 praised/VERB/ROOT/0/praise/VBD the/DET/det/5 "
        "police/NOUN/obj/3 and/CCONJ/cc/7 urged/VERB/conj/3/urge/VBN residents/NOUN/obj/7 "
        "to/PART/mark/10 stay/VERB/advcl/7/stay/VB calm/ADJ/xcomp/10 ./PUNCT/punct/3",
    )
    assert ("indirect", "residents to stay calm", "The mayor", "urged", "directive") in records(doc)


def test_participle_hung_on_an_infinitive_is_a_cue() -> None:
    # the parse coordinates the second "called" with "publish", which no participle is
    # coordinated with: it is the union's second call
    text = ("The union has called on managers to publish the figures and called on members "
            "to strike.")
    doc = make_doc(
        text,
        "The/DET/det/2 union/NOUN/nsubj/4 has/AUX/aux/4/have/VBZ called/VERB/ROOT/0/call/VBN "
        "on/ADP/case/6 managers/NOUN/obl/4 to/PART/mark/8 publish/VERB/advcl/4/publish/VB "
        "the/DET/det/10 figures/NOUN/obj/8 and/CCONJ/cc/12 called/VERB/conj/8/call/VBN "
        "on/ADP/case/14 members/NOUN/obl/12 to/PART/mark/16 strike/VERB/advcl/12/strike/VB "
        "./PUNCT/punct/4",
    )
    assert records(doc) == [
        ("indirect", "managers to publish the figures", "The union", "called", "directive"),
        ("indirect", "members to strike", "The union", "called", "directive"),
    ]


def test_as_reported_by_a_source_frames_the_clause_it_hangs_on() -> None:
    text = "As reported by The Post, the talks failed."
    doc = make_doc(
        text,
        "As/SCONJ/mark/2 reported/VERB/advcl/9/report/VBN by/ADP/case/5 The/DET/det/5 "
        "Post/PROPN/obl/2 ,/PUNCT/punct/2 the/DET/det/8 talks/NOUN/nsubj/9/talk "
        "failed/VERB/ROOT/0/fail/VBD ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "the talks failed", "The Post", "reported", "as-parenthetical")]


def test_a_dialogue_verb_attributes_the_quotation_beside_it() -> None:
    text = '"Never," returned Anna.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/2 Never/ADV/advmod/5 ,/PUNCT/punct/2 "/PUNCT/punct/2 '
        "returned/VERB/ROOT/0/return Anna/PROPN/nsubj/5 ./PUNCT/punct/5",
    )
    assert records(doc) == [("direct", '"Never,"', "Anna", "returned", "direct-cue-after")]


def test_a_dialogue_verb_reports_no_clause() -> None:
    # "returned" and "began" say nothing of what follows them
    text = "She returned home. It began to rain."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 returned/VERB/ROOT/0/return home/ADV/advmod/2 ./PUNCT/punct/2",
        "It/PRON/expl/2 began/VERB/ROOT/0/begin to/PART/mark/4 rain/VERB/xcomp/2 ./PUNCT/punct/2",
    )
    assert records(doc) == []


EVIDENCE_CLOSING = (
    "Ferry trips fell by a third, port figures show.",
    "Ferry/NOUN/compound/2 trips/NOUN/nsubj/3/trip fell/VERB/ROOT/0/fall/VBD by/ADP/case/6 "
    "a/DET/det/6 third/NOUN/obl/3 ,/PUNCT/punct/10 port/NOUN/compound/9 "
    "figures/NOUN/nsubj/10/figure show/NOUN/conj/3/show ./PUNCT/punct/3",
)


@pytest.mark.issue(17)
def test_an_evidence_cue_closing_the_sentence_that_the_tagger_took_for_a_noun() -> None:
    doc = make_doc(*EVIDENCE_CLOSING)
    assert records(doc) == [
        ("indirect", "Ferry trips fell by a third", "port figures", "show", "parataxis-cue-after")]
    # as the cue classes allow: with verbs of saying only, figures show nothing
    assert records(doc, ExtractOptions(cue_classes=frozenset({"speech"}))) == []


@pytest.mark.issue(17)
def test_the_source_of_an_evidence_cue_before_a_participle_phrase() -> None:
    # the parse hung the cue on the participle, with the time as its subject
    text = "Port figures released on Friday show that ferry trips fell."
    doc = make_doc(
        text,
        "Port/NOUN/compound/2 figures/NOUN/ROOT/0/figure released/VERB/acl/2/release/VBN "
        "on/ADP/case/5 Friday/PROPN/nsubj/6 show/VERB/advcl/3/show/VBP that/SCONJ/mark/10 "
        "ferry/NOUN/compound/9 trips/NOUN/nsubj/10/trip fell/VERB/ccomp/6/fall/VBD "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "that ferry trips fell", "Port figures", "show", "ccomp-complement")]


def test_went_on_beside_a_quotation_is_its_cue_but_go_alone_is_not() -> None:
    text = '"Or would you like a song?" the Gryphon went on.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 Or/CCONJ/cc/5 would/AUX/aux/5//MD you/PRON/nsubj/5 like/VERB/ccomp/12//VB '
        'a/DET/det/7 song/NOUN/obj/5 ?/PUNCT/punct/5 "/PUNCT/punct/5 the/DET/det/11 '
        "Gryphon/PROPN/nsubj/12 went/VERB/ROOT/0/go/VBD on/ADP/compound:prt/12 ./PUNCT/punct/12",
    )
    assert triples(doc) == [("direct", '"Or would you like a song?"', "the Gryphon", "went on")]
    text = '"We will win," Rubio said, going on a tour of the state.'
    trip = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4//MD win/VERB/ccomp/8//VB ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 Rubio/PROPN/nsubj/8 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/10 '
        "going/VERB/advcl/8/go/VBG on/ADP/case/13 a/DET/det/13 tour/NOUN/obl/10 of/ADP/case/16 "
        "the/DET/det/16 state/NOUN/nmod/13 ./PUNCT/punct/8",
    )
    assert [r[3] for r in triples(trip)] == ["said"]


def test_a_verb_inside_a_short_quotation_is_no_cue_of_the_next() -> None:
    # the parse made "say" the root and the cue after the quotation its complement
    text = '"I say," rejoined Bolter, "do not go."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 I/PRON/nsubj/3 say/VERB/ROOT/0/say/VBP ,/PUNCT/punct/6 '
        '"/PUNCT/punct/6 rejoined/VERB/ccomp/3/rejoined/VBN Bolter/PROPN/obj/6 ,/PUNCT/punct/12 '
        '"/PUNCT/punct/12 do/AUX/aux/12//VBP not/PART/advmod/12 go/VERB/parataxis/3//VB '
        './PUNCT/punct/3 "/PUNCT/punct/3',
    )
    assert "I" not in [r[2] for r in records(doc)]


def test_put_in_right_after_a_quotation_is_its_cue_and_names_its_speaker() -> None:
    # the parse made the name an oblique of "put" after the preposition "in"
    text = '"My advice," put in Mrs. Lane, "is to wait."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 My/PRON/nmod:poss/3 advice/NOUN/nsubj/14 ,/PUNCT/punct/3 '
        '"/PUNCT/punct/6 put/VERB/parataxis/14/put/VBD in/ADP/case/8 Mrs./PROPN/obl/6 '
        'Lane/PROPN/flat/8 ,/PUNCT/punct/14 "/PUNCT/punct/14 is/AUX/cop/14/be/VBZ '
        'to/PART/mark/14 wait/VERB/ROOT/0/wait/VB ./PUNCT/punct/14 "/PUNCT/punct/14',
    )
    assert [(r[2], r[3]) for r in triples(doc)] == [("Lane", "put")]
