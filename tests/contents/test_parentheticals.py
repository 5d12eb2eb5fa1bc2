"""Parentheticals and passives (quotekit.contents.reported.parentheticals): a content around its
cue ("The deal, the mayor said, is alive", "as one adviser pointed out"), and passive reports;
on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

PASSIVE_CASES = [
    pytest.param(
        "Lavrov is said to have rejected the plan.",
        "Lavrov/PROPN/nsubj/3 is/AUX/aux:pass/3/be said/VERB/ROOT/0/say to/PART/mark/6 "
        "have/AUX/aux/6 rejected/VERB/xcomp/3/reject the/DET/det/8 plan/NOUN/obj/6 ./PUNCT/punct/3",
        [("indirect", "Lavrov is said to have rejected the plan", None, "said", "passive-report")],
        id="passive-reportative-infinitive",
    ),
    pytest.param(
        "The plan was criticized by the minister.",
        "The/DET/det/2 plan/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be criticized/VERB/ROOT/0/criticize "
        "by/ADP/case/7 the/DET/det/7 minister/NOUN/obl:agent/4 ./PUNCT/punct/4",
        [("indirect", "The plan", "the minister", "criticized", "passive-object")],
        id="passive-evaluation-with-agent",
    ),
]


@pytest.mark.parametrize("text, sentence, expected", PASSIVE_CASES)
def test_passive_and_reportative_forms(text: str, sentence: str, expected: list[tuple]) -> None:
    assert records(make_doc(text, sentence)) == expected


def test_cue_set_off_by_commas_inside_reported_speech() -> None:
    # the parse takes "erosion" for the cue's subject and the rest for its complement
    text = "Soil erosion, Mr. Ferreira often says in lectures, is the biggest risk."
    doc = make_doc(
        text,
        "Soil/NOUN/compound/2 erosion/NOUN/nsubj/7 ,/PUNCT/punct/5 Mr./PROPN/nmod:desc/5 "
        "Ferreira/PROPN/appos/2 often/ADV/advmod/7 says/VERB/ROOT/0/say in/ADP/case/9 "
        "lectures/NOUN/obl/7/lecture ,/PUNCT/punct/14 is/AUX/cop/14/be the/DET/det/14 "
        "biggest/ADJ/amod/14 risk/NOUN/ccomp/7 ./PUNCT/punct/7",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert [f.text for f in q.fragments] == ["Soil erosion", "is the biggest risk"]
    assert (q.type, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "indirect", "Mr. Ferreira", "says")


def test_parenthetical_cue_after_a_dateline_and_a_coordination() -> None:
    text = "WASHINGTON -- Talks stalled, but the deal, Mr. Obama said, is alive."
    doc = make_doc(
        text,
        "WASHINGTON/PROPN/nsubj/4 --/PUNCT/punct/4 Talks/NOUN/nsubj/4/talk stalled/VERB/ROOT/0/stall "
        ",/PUNCT/punct/8 but/CCONJ/cc/8 the/DET/det/8 deal/NOUN/nsubj/15 ,/PUNCT/punct/11 "
        "Mr./PROPN/nmod:desc/11 Obama/PROPN/appos/8 said/VERB/parataxis/15/say ,/PUNCT/punct/12 "
        "is/AUX/cop/15/be alive/ADJ/conj/4 ./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert [f.text for f in q.fragments] == ["the deal", "is alive"]


def test_parenthetical_cue_the_parse_hangs_on_what_follows() -> None:
    # "said" as parataxis of the clause after it, with no complement of its own
    text = "In recent weeks, aides to Mr. Ferreira say, the director has grown impatient."
    doc = make_doc(
        text,
        "In/ADP/case/3 recent/ADJ/amod/3 weeks/NOUN/obl/15/week ,/PUNCT/punct/3 "
        "aides/NOUN/nsubj/9/aide to/ADP/case/8 Mr./PROPN/nmod:desc/8 Ferreira/PROPN/nmod/5 "
        "say/VERB/parataxis/15 ,/PUNCT/punct/9 the/DET/det/12 director/NOUN/nsubj/15 "
        "has/AUX/aux/15/have grown/VERB/ROOT/0/grow impatient/ADJ/xcomp/14 ./PUNCT/punct/14",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert [f.text for f in q.fragments] == [
        "In recent weeks", "the director has grown impatient"]
    assert q.speaker is not None and q.speaker.text == "aides"


def test_relative_pronoun_before_a_parenthetical_cue_opens_the_content() -> None:
    text = "The lot is near the arena, which, Halvorsen said, is full on match days."
    doc = make_doc(
        text,
        "The/DET/det/2 lot/NOUN/nsubj/6 is/AUX/cop/6/be near/ADP/case/6 the/DET/det/6 "
        "arena/NOUN/ROOT/0 ,/PUNCT/punct/14 which/PRON/nsubj/14 ,/PUNCT/punct/10 "
        "Halvorsen/PROPN/nsubj/11 said/VERB/parataxis/14/say/VBD ,/PUNCT/punct/11 "
        "is/AUX/cop/14/be full/ADJ/acl:relcl/6 on/ADP/case/17 match/NOUN/compound/17 "
        "days/NOUN/obl/14/day ./PUNCT/punct/6",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert [f.text for f in q.fragments] == ["which", "is full on match days"]
    # or that opens the clause the cue interrupts
    text = "He met Brandt, who works for KXT and, Moss said, has backed Okafor."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 met/VERB/ROOT/0/meet/VBD Brandt/PROPN/obj/2 ,/PUNCT/punct/6 "
        "who/PRON/nsubj/6 works/VERB/acl:relcl/3/work/VBZ for/ADP/case/8 KXT/PROPN/obl/6 "
        "and/CCONJ/cc/15 ,/PUNCT/punct/11 Moss/PROPN/nsubj/12 said/VERB/parataxis/15/say/VBD "
        ",/PUNCT/punct/12 has/AUX/aux/15 backed/VERB/conj/6/back/VBN Okafor/PROPN/obj/15 "
        "./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert [f.text for f in q.fragments] == ["who works for KXT and", "has backed Okafor"]


def test_as_parenthetical_cue_takes_the_clause_around_it() -> None:
    text = "Cornwall, as one adviser pointed out, rarely gets two storms."
    doc = make_doc(text, "Cornwall/PROPN/nsubj/10 ,/PUNCT/punct/6 as/SCONJ/mark/6 one/NUM/nummod/5 "
                   "adviser/NOUN/nsubj/6 pointed/VERB/advcl/10/point out/ADP/compound:prt/6 "
                   ",/PUNCT/punct/6 rarely/ADV/advmod/10 gets/VERB/ROOT/0/get two/NUM/nummod/12 "
                   "storms/NOUN/obj/10/storm ./PUNCT/punct/10")
    rec = annotate(doc, InputDoc("t", text, "t"))
    (q,) = rec.quotes
    assert q.rule == "as-parenthetical"
    assert (q.type, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "indirect", "one adviser", "pointed out")
    assert [f.text for f in q.fragments] == ["Cornwall", "rarely gets two storms"]


def test_as_clause_of_time_is_no_report() -> None:
    text = "As he spoke, the crowd grew quiet."
    doc = make_doc(
        text,
        "As/SCONJ/mark/3 he/PRON/nsubj/3 spoke/VERB/advcl/7/speak ,/PUNCT/punct/3 "
        "the/DET/det/6 crowd/NOUN/nsubj/7 grew/VERB/ROOT/0/grow quiet/ADJ/xcomp/7 ./PUNCT/punct/7",
    )
    assert records(doc) == []


def test_a_stance_frames_no_one_elses_words() -> None:
    # a cue of saying after a comma closes a reported clause; a stance does not
    text = "The governor, who has not endorsed Mr. Okafor, appeared poised to relent."
    doc = make_doc(
        text,
        "The/DET/det/2 governor/NOUN/nsubj/11 ,/PUNCT/punct/7 who/PRON/nsubj/7 has/AUX/aux/7 "
        "not/PART/advmod/7 endorsed/VERB/acl:relcl/2/endorse Mr./PROPN/compound/9 "
        "Okafor/PROPN/obj/7 ,/PUNCT/punct/7 appeared/VERB/ROOT/0/appear poised/ADJ/xcomp/11 "
        "to/PART/mark/14 relent/VERB/xcomp/12 ./PUNCT/punct/11",
    )
    assert contents(doc) == [("Mr. Okafor", "object-content")]


def test_a_connective_before_a_parenthetical_cue_is_the_writers() -> None:
    text = "But, Ferris added, he did not support curfews."
    doc = make_doc(
        text,
        "But/CCONJ/cc/9 ,/PUNCT/punct/4 Ferris/PROPN/nsubj/4 added/VERB/parataxis/9/add "
        ",/PUNCT/punct/4 he/PRON/nsubj/9 did/AUX/aux/9/do not/PART/advmod/9 "
        "support/VERB/ROOT/0 curfews/NOUN/obj/9/curfew ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "he did not support curfews", "Ferris", "added", "parenthetical-cue")]


def test_a_cue_with_an_object_before_a_comma_frames_nothing() -> None:
    # "attacked Trump," is no "said on Friday,": the clause around it is not reported
    text = "In 1998, they attacked the Alder Depot, killing 12 guards."
    doc = make_doc(
        text,
        "In/ADP/case/2 1998/NUM/obl/5 ,/PUNCT/punct/2 they/PRON/nsubj/5 attacked/VERB/ROOT/0/attack "
        "the/DET/det/8 Alder/PROPN/compound/8 Depot/PROPN/obj/5 ,/PUNCT/punct/10 "
        "killing/VERB/advcl/5/kill 12/NUM/nummod/12 guards/NOUN/obj/10/guard ./PUNCT/punct/5",
    )
    assert records(doc) == [("indirect", "the Alder Depot", "they", "attacked", "object-content")]


def test_subject_before_a_parenthetical_cue_is_the_first_piece_of_the_quotation() -> None:
    # the parser makes the quotation's subject a second subject of the cue
    text = 'A sharp slump, he said, "might be the right moment to buy."'
    doc = make_doc(
        text,
        "A/DET/det/3 sharp/ADJ/amod/3 slump/NOUN/nsubj/6 ,/PUNCT/punct/3 "
        "he/PRON/nsubj/6 said/VERB/ROOT/0/say ,/PUNCT/punct/13 \"/PUNCT/punct/13 "
        "might/AUX/aux/13 be/AUX/cop/13/be the/DET/det/13 right/ADJ/amod/13 moment/NOUN/ccomp/6 "
        'to/PART/mark/15 buy/VERB/acl/13 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "parenthetical-cue"
    assert (q.type, q.quote.text, q.speaker.text if q.speaker else None) == ("mixed", text, "he")
    assert [f.text for f in q.fragments] == [
        "A sharp slump", '"might be the right moment to buy."']


def test_as_clause_with_a_content_of_its_own_is_a_report_not_a_frame() -> None:
    # "as" marks a time here: what was praised is the object, not the main clause
    text = "The footage came as officials praised the protests."
    doc = make_doc(
        text,
        "The/DET/det/2 footage/NOUN/nsubj/3 came/VERB/ROOT/0/come/VBD as/SCONJ/mark/6 "
        "officials/NOUN/nsubj/6/official praised/VERB/advcl/3/praise/VBD the/DET/det/8 "
        "protests/NOUN/obj/6/protest ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "the protests", "officials", "praised", "object-content")]
