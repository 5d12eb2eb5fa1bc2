"""Clause contents (quotekit.contents.reported.clauses): that-clauses and bare complements of a
cue, after it or before it, and the clause the parse lost; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records, triples

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

CASES = [
    pytest.param(
        "Xi reiterated that Taiwan is part of China.",
        ["Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
         "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2"],
        [("indirect", "that Taiwan is part of China", "Xi", "reiterated", "ccomp-complement")],
        id="indirect-that-clause-unlemmatized-cue",
    ),
    pytest.param(
        "He said the talks had failed.",
        ["He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 talks/NOUN/nsubj/6/talk "
         "had/AUX/aux/6/have failed/VERB/ccomp/2/fail ./PUNCT/punct/2"],
        [("indirect", "the talks had failed", "He", "said", "ccomp-complement")],
        id="indirect-bare-complement",
    ),
    pytest.param(
        "The talks failed, the minister said.",
        ["The/DET/det/2 talks/NOUN/nsubj/3/talk failed/VERB/ROOT/0/fail ,/PUNCT/punct/7 "
         "the/DET/det/6 minister/NOUN/nsubj/7 said/VERB/parataxis/3/say ./PUNCT/punct/3"],
        [("indirect", "The talks failed", "the minister", "said", "parataxis-cue-after")],
        id="indirect-cue-after-parataxis",
    ),
    pytest.param(
        "Xi vowed to oppose separatism.",
        ["Xi/PROPN/nsubj/2 vowed/VERB/ROOT/0/vow to/PART/mark/4 oppose/VERB/xcomp/2 "
         "separatism/NOUN/obj/4 ./PUNCT/punct/2"],
        [("indirect", "to oppose separatism", "Xi", "vowed", "xcomp-complement")],
        id="xcomp-promise",
    ),
    pytest.param(
        "Port figures show exports fell sharply.",
        ["Port/NOUN/compound/2 figures/NOUN/nsubj/3/figure show/VERB/ROOT/0/show/VBP "
         "exports/NOUN/nsubj/5/export fell/VERB/xcomp/3/fall/VBD sharply/ADV/advmod/5 "
         "./PUNCT/punct/3"],
        [("indirect", "exports fell sharply", "Port figures", "show", "xcomp-complement")],
        id="finite-clause-labelled-xcomp",
    ),
    pytest.param(
        "Officials say costs will rise.",
        ["Officials/NOUN/nsubj/2/official say/VERB/ROOT/0/say/VBP costs/NOUN/nsubj/5/cost "
         "will/AUX/aux/5/will/MD rise/VERB/xcomp/2/rise/VB ./PUNCT/punct/2"],
        [("indirect", "costs will rise", "Officials", "say", "xcomp-complement")],
        id="finite-clause-labelled-xcomp-with-modal",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


PASSIVE_CASES = [
    pytest.param(
        "Putin was quoted as saying that the talks had failed.",
        "Putin/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be quoted/VERB/ROOT/0/quote as/SCONJ/mark/5 "
        "saying/VERB/advcl/3/say that/SCONJ/mark/10 the/DET/det/8 talks/NOUN/nsubj/10/talk "
        "had/AUX/aux/10/have failed/VERB/ccomp/5/fail ./PUNCT/punct/3",
        [("indirect", "that the talks had failed", "Putin", "saying", "ccomp-complement")],
        id="quoted-as-saying",
    ),
    pytest.param(
        "It was reported that the talks had failed.",
        "It/PRON/nsubj:pass/3 was/AUX/aux:pass/3/be reported/VERB/ROOT/0/report "
        "that/SCONJ/mark/8 the/DET/det/6 talks/NOUN/nsubj/8/talk had/AUX/aux/8/have "
        "failed/VERB/ccomp/3/fail ./PUNCT/punct/3",
        [("indirect", "that the talks had failed", None, "reported", "ccomp-complement")],
        id="it-was-reported",
    ),
    pytest.param(
        "The ministry was told that the talks had failed.",
        "The/DET/det/2 ministry/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be told/VERB/ROOT/0/tell "
        "that/SCONJ/mark/9 the/DET/det/7 talks/NOUN/nsubj/9/talk had/AUX/aux/9/have "
        "failed/VERB/ccomp/4/fail ./PUNCT/punct/4",
        [("indirect", "that the talks had failed", None, "told", "ccomp-complement")],
        id="passive-addressee-is-no-speaker",
    ),
]


@pytest.mark.parametrize("text, sentence, expected", PASSIVE_CASES)
def test_passive_and_reportative_forms(text: str, sentence: str, expected: list[tuple]) -> None:
    assert records(make_doc(text, sentence)) == expected


def test_coordinated_cue_inside_complement_shares_subject() -> None:
    # a weak parse attaches "vowed" to the complement of "reiterated"
    text = "Xi reiterated that Taiwan is part of China and vowed to oppose separatism."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 "
                   "Taiwan/PROPN/nsubj/6 is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 "
                   "China/PROPN/nmod/6 and/CCONJ/cc/10 vowed/VERB/conj/6/vow to/PART/mark/12 "
                   "oppose/VERB/xcomp/10 separatism/NOUN/obj/12 ./PUNCT/punct/2")
    assert records(doc) == [
        ("indirect", "that Taiwan is part of China", "Xi", "reiterated", "ccomp-complement"),
        ("indirect", "to oppose separatism", "Xi", "vowed", "xcomp-complement"),
    ]


def test_relative_clause_is_not_a_complement() -> None:
    text = "Moreno, who chaired the meeting, said the vote was delayed."
    # as a weak parser reads it: the relative clause as a complement of "said"
    doc = make_doc(text, "Moreno/PROPN/nsubj/8 ,/PUNCT/punct/4 who/PRON/nsubj/4 chaired/VERB/ccomp/8/chair "
                   "the/DET/det/6 meeting/NOUN/obj/4 ,/PUNCT/punct/4 said/VERB/ROOT/0/say "
                   "the/DET/det/10 vote/NOUN/nsubj:pass/12 was/AUX/aux:pass/12/be "
                   "delayed/VERB/ccomp/8/delay ./PUNCT/punct/8")
    assert records(doc) == [
        ("indirect", "the vote was delayed", "Moreno", "said", "ccomp-complement")]


def test_clause_after_the_cue_that_the_parse_took_for_an_object() -> None:
    # the parse makes "rules" the object of "say" and "make" a conjunct of it
    text = "Critics say her rules would make the form more confusing."
    doc = make_doc(
        text,
        "Critics/NOUN/nsubj/2/critic say/VERB/ROOT/0 her/PRON/nmod:poss/4 rules/NOUN/obj/2/rule "
        "would/AUX/aux/6 make/VERB/conj/2 the/DET/det/8 form/NOUN/obj/6 more/ADV/advmod/10 "
        "confusing/ADJ/xcomp/6 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "her rules would make the form more confusing", "Critics", "say",
         "clause-after")]


def test_clause_after_the_cue_past_a_list_the_parse_links() -> None:
    # "accurate" hangs on the cue as a conjunct: the parse links it, past the list's commas
    text = "An aide said notes from Baker, Lund and Okoye were accurate."
    doc = make_doc(
        text,
        "An/DET/det/2 aide/NOUN/nsubj/3 said/VERB/ROOT/0/say notes/NOUN/obj/3/note "
        "from/ADP/case/6 Baker/PROPN/nmod/4 ,/PUNCT/punct/8 Lund/PROPN/conj/6 and/CCONJ/cc/10 "
        "Okoye/PROPN/conj/6 were/AUX/cop/12/be accurate/ADJ/conj/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "notes from Baker, Lund and Okoye were accurate",
                             "An aide", "said", "clause-after")]


def test_description_of_an_inverted_speaker_is_no_content() -> None:
    text = "Candidates have room, said Ken Albers, an operative working for Lee."
    doc = make_doc(
        text,
        "Candidates/NOUN/nsubj/2/candidate have/VERB/ROOT/0 room/NOUN/obj/2 ,/PUNCT/punct/5 "
        "said/VERB/parataxis/2/say Ken/PROPN/nsubj/5 Albers/PROPN/flat/6 ,/PUNCT/punct/11 "
        "an/DET/det/10 operative/NOUN/nsubj/11 working/VERB/ccomp/5/work for/ADP/case/13 "
        "Lee/PROPN/obl/11 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "Candidates have room", "Ken Albers", "said", "parataxis-cue-after")]


def test_no_clause_after_an_inverted_cue_and_its_speaker() -> None:
    # '... said Marta Quiroga, who heads a centre': the words after the cue are its speaker
    text = "Nothing is settled, said Marta Quiroga, who heads a centre."
    doc = make_doc(
        text,
        "Nothing/PRON/nsubj/3 is/AUX/aux/3 settled/VERB/ROOT/0/settle ,/PUNCT/punct/5 "
        "said/VERB/parataxis/3/say Marta/PROPN/nsubj/5 Quiroga/PROPN/flat/6 ,/PUNCT/punct/10 "
        "who/PRON/nsubj/10 heads/VERB/acl:relcl/6/head a/DET/det/12 centre/NOUN/obj/10 "
        "./PUNCT/punct/3",
    )
    assert contents(doc) == [("Nothing is settled", "parataxis-cue-after")]


def test_that_clause_after_the_cue_and_its_adverbials() -> None:
    # the parse hangs the that-clause on the cue as parataxis, after a place with commas
    text = "Ortega says at a rally in Fresno, California, that it means Hale never voted."
    doc = make_doc(
        text,
        "Ortega/PROPN/nsubj/2 says/VERB/ROOT/0/say at/ADP/case/5 a/DET/det/5 rally/NOUN/obl/2 "
        "in/ADP/case/7 Fresno/PROPN/nmod/5 ,/PUNCT/punct/9 California/PROPN/conj/7 ,/PUNCT/punct/13 "
        "that/SCONJ/mark/13 it/PRON/nsubj/13 means/VERB/parataxis/2/mean Hale/PROPN/nsubj/16 "
        "never/ADV/advmod/16 voted/VERB/ccomp/13/vote ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "that it means Hale never voted", "Ortega", "says", "that-clause")]


def test_attribution_after_the_content_that_the_parse_lost() -> None:
    # the parse hangs the speaker on the content as a conjunct
    text = "Moreau remains committed to the bid, her top aide, Lena Vos, told the Herald."
    doc = make_doc(
        text,
        "Moreau/PROPN/nsubj/2 remains/VERB/ROOT/0/remain committed/ADJ/xcomp/2 to/ADP/case/7 "
        "the/DET/det/6 bid/NOUN/obl/3 ,/PUNCT/punct/10 her/PRON/nmod:poss/10 top/ADJ/amod/10 "
        "aide/NOUN/conj/6 ,/PUNCT/punct/12 Lena/PROPN/appos/10 Vos/PROPN/flat/12 "
        ",/PUNCT/punct/15 told/VERB/parataxis/2/tell the/DET/det/17 Herald/PROPN/obj/15 "
        "./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "attribution-after"
    assert (q.quote.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "Moreau remains committed to the bid", "Lena Vos", "told")


def test_inverted_cue_with_a_relative_clause_the_parse_took_for_its_complement() -> None:
    text = "Some functions would go elsewhere, said Lindqvist, who was elected in 2014."
    doc = make_doc(
        text,
        "Some/DET/det/2 functions/NOUN/nsubj/4/function would/AUX/aux/4 go/VERB/ROOT/0 "
        "elsewhere/ADV/advmod/4 ,/PUNCT/punct/7 said/VERB/parataxis/4/say "
        "Lindqvist/PROPN/iobj/7 ,/PUNCT/punct/12 who/PRON/nsubj:pass/12 was/AUX/aux:pass/12/be "
        "elected/VERB/ccomp/7/elect in/ADP/case/14 2014/NUM/obl/12 ./PUNCT/punct/4",
    )
    assert records(doc) == [
        ("indirect", "Some functions would go elsewhere", "Lindqvist", "said",
         "parataxis-cue-after")]


def test_complement_hung_on_the_next_cue_belongs_to_the_first() -> None:
    text = "While one survey says there are 3,100 vacancies, another says there are 2,700."
    doc = make_doc(
        text,
        "While/SCONJ/mark/4 one/NUM/nummod/3 survey/NOUN/nsubj/4 says/VERB/advcl/11/say/VBZ "
        "there/PRON/expl/6 are/VERB/ccomp/11/be/VBP 3,100/NUM/nummod/8 "
        "vacancies/NOUN/nsubj/6/vacancy ,/PUNCT/punct/4 another/DET/nsubj/11 "
        "says/VERB/ROOT/0/say/VBZ there/PRON/expl/13 are/VERB/ccomp/11/be/VBP "
        "2,700/NUM/nsubj/13 ./PUNCT/punct/11",
    )
    assert records(doc) == [
        ("indirect", "there are 3,100 vacancies", "one survey", "says", "ccomp-complement"),
        ("indirect", "there are 2,700", "another", "says", "ccomp-complement"),
    ]


def test_adverbial_clause_hung_on_a_later_cue_is_no_content() -> None:
    text = "Congress cut the money before the study ended, an aide said."
    doc = make_doc(
        text,
        "Congress/PROPN/nsubj/2 cut/VERB/ROOT/0/cut/VBD the/DET/det/4 money/NOUN/obj/2 "
        "before/SCONJ/mark/8 the/DET/det/7 study/NOUN/nsubj/8 ended/VERB/ccomp/12/end/VBD "
        ",/PUNCT/punct/8 an/DET/det/11 aide/NOUN/nsubj/12 said/VERB/parataxis/2/say/VBD "
        "./PUNCT/punct/2",
    )
    assert ("indirect", "before the study ended", "an aide", "said") not in triples(doc)
    # or after it, with no main clause of its own
    text = "He wore the shirt, as Garner said before he died."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 wore/VERB/ROOT/0/wear/VBD the/DET/det/4 shirt/NOUN/obj/2 "
        ",/PUNCT/punct/8 as/SCONJ/mark/8 Garner/PROPN/nsubj/8 said/VERB/advcl/2/say/VBD "
        "before/SCONJ/mark/11 he/PRON/nsubj/11 died/VERB/ccomp/8/die/VBD ./PUNCT/punct/2",
    )
    assert ("indirect", "before he died", "Garner", "said") not in triples(doc)


def test_cue_with_nothing_but_its_subject_closes_the_sentence() -> None:
    # the parser hangs the cue on the content as a complement: ", the source added."
    text = "The escort was refused, the source added."
    doc = make_doc(text, "The/DET/det/2 escort/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be "
                   "refused/VERB/ROOT/0/refuse ,/PUNCT/punct/8 the/DET/det/7 source/NOUN/nsubj/8 "
                   "added/VERB/ccomp/4/add ./PUNCT/punct/4")
    assert records(doc) == [
        ("indirect", "The escort was refused", "the source", "added", "parataxis-cue-after")]


def test_inverted_attribution_after_the_content() -> None:
    # the parser takes the content's subject for the cue's
    text = 'The shelters are "not meeting the need," says Nora Bexley.'
    doc = make_doc(text, 'The/DET/det/2 shelters/NOUN/nsubj/11/shelter are/AUX/aux/6/be "/PUNCT/punct/6 '
                   'not/PART/advmod/6 meeting/VERB/ccomp/11/meet the/DET/det/8 need/NOUN/obj/6 '
                   ',/PUNCT/punct/6 "/PUNCT/punct/6 says/VERB/ROOT/0/say Nora/PROPN/obj/11 '
                   'Bexley/PROPN/flat/12 ./PUNCT/punct/11')
    assert records(doc) == [
        ("mixed", 'The shelters are "not meeting the need,"', "Nora Bexley", "says",
         "complement-before")]


def test_coordinated_complements_are_one_content() -> None:
    text = "Johnson says hackers are active, and that one attack worked."
    doc = make_doc(text, "Johnson/PROPN/nsubj/2 says/VERB/ROOT/0/say hackers/NOUN/nsubj/5/hacker "
                   "are/AUX/cop/5/be active/ADJ/ccomp/2 ,/PUNCT/punct/11 and/CCONJ/cc/11 "
                   "that/SCONJ/mark/11 one/NUM/nummod/10 attack/NOUN/nsubj/11 worked/VERB/ccomp/2/work "
                   "./PUNCT/punct/2")
    assert records(doc) == [
        ("indirect", "hackers are active, and that one attack worked", "Johnson", "says",
         "ccomp-complement")]


def test_a_content_subject_the_parser_hung_on_a_closing_cue() -> None:
    text = "Assem had logged 2,766 hours, the airline said."
    doc = make_doc(
        text,
        "Assem/PROPN/nsubj/9 had/AUX/aux/3/have logged/VERB/ccomp/9/log 2,766/NUM/nummod/5 "
        "hours/NOUN/obj/3/hour ,/PUNCT/punct/3 the/DET/det/8 airline/NOUN/nsubj/9 "
        "said/VERB/ROOT/0/say ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "Assem had logged 2,766 hours", "the airline", "said", "complement-before")]


@pytest.mark.issue(17)
def test_a_one_word_complement_whose_subject_the_parser_hung_on_a_closing_cue() -> None:
    # the top-level help's example: the parse left the complement one word ("failed")
    text = "The vote collapsed, Okafor said."
    doc = make_doc(
        text,
        "The/DET/det/2 vote/NOUN/nsubj/6 collapsed/VERB/ccomp/6/collapse/VBD "
        ",/PUNCT/punct/3 Okafor/PROPN/nsubj/6 said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    assert records(doc) == [
        ("indirect", "The vote collapsed", "Okafor", "said", "complement-before")]
    # a one-word complement with nothing the parse hung on the cue before it is no content
    text = "Agreed, Okafor said."
    doc = make_doc(
        text, "Agreed/VERB/ccomp/4/agree/VBD ,/PUNCT/punct/1 Okafor/PROPN/nsubj/4 "
        "said/VERB/ROOT/0/say ./PUNCT/punct/4",
    )
    assert records(doc) == []


def test_that_after_an_addressee_with_a_participle_in_it() -> None:
    # the parse lost the complement (parataxis); "waving" modifies the addressee
    text = "He told waving fans that the plan works."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD waving/VERB/amod/4/wave/VBG "
        "fans/NOUN/obj/2/fan that/SCONJ/mark/8 the/DET/det/7 plan/NOUN/nsubj/8 "
        "works/VERB/parataxis/2/work/VBZ ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "that the plan works", "He", "told", "that-clause")]


def test_clause_after_the_addressee_of_tell_the_parse_did_not_link() -> None:
    text = "She told USA TODAY she was ready."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD USA/PROPN/obj/2 TODAY/PROPN/obl:unmarked/2 "
        "she/PRON/nsubj/7 was/AUX/cop/7/be/VBD ready/ADJ/parataxis/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "she was ready", "She", "told", "clause-after")]


def test_clause_the_parse_did_not_link_may_open_with_a_quoted_phrase() -> None:
    text = 'He said "budget reforms" and taxes would help.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD "/PUNCT/punct/5 budget/NOUN/compound/5 '
        'reforms/NOUN/obj/2/reform "/PUNCT/punct/5 and/CCONJ/cc/8 taxes/NOUN/nsubj/10/tax '
        "would/AUX/aux/10 help/VERB/parataxis/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("mixed", '"budget reforms" and taxes would help', "He", "said", "clause-after")]


def test_clause_read_as_a_verb_coordinated_with_the_cue() -> None:
    text = "She said he and I drove home."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/6 and/CCONJ/cc/5 "
        "I/PRON/conj/3 drove/VERB/conj/2/drive/VBD home/ADV/advmod/6 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "he and I drove home", "She", "said", "clause-after")]


def test_phrase_hung_before_the_cue_beside_a_content_after_it_is_not_reported() -> None:
    # the parse made the fronted phrase a complement of "said"
    text = "The host of the show, Smith said that the mood shifted."
    doc = make_doc(
        text,
        "The/DET/det/2 host/NOUN/ccomp/8 of/ADP/case/5 the/DET/det/5 show/NOUN/nmod/2 "
        ",/PUNCT/punct/2 Smith/PROPN/nsubj/8 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/12 "
        "the/DET/det/11 mood/NOUN/nsubj/12 shifted/VERB/ccomp/8/shift/VBD ./PUNCT/punct/8",
    )
    assert records(doc) == [
        ("indirect", "that the mood shifted", "Smith", "said", "ccomp-complement")]


def test_clause_after_an_opening_participle_ends_before_the_main_clause() -> None:
    # the parse did not link the clause to "Claiming"
    text = "Claiming the critics are biased, Trump told Fox he would win."
    doc = make_doc(
        text,
        "Claiming/VERB/advcl/8/claim/VBG the/DET/det/3 critics/NOUN/obj/1/critic "
        "are/AUX/cop/5/be/VBP biased/ADJ/parataxis/1 ,/PUNCT/punct/1 Trump/PROPN/nsubj/8 "
        "told/VERB/ROOT/0/tell/VBD Fox/PROPN/obj/8 he/PRON/nsubj/12 would/AUX/aux/12/would/MD "
        "win/VERB/ccomp/8/win/VB ./PUNCT/punct/8",
    )
    assert records(doc) == [
        ("indirect", "the critics are biased", "Trump", "Claiming", "clause-after"),
        ("indirect", "he would win", "Trump", "told", "ccomp-complement"),
    ]


def test_clause_after_the_addressee_and_a_time_the_parse_did_not_link() -> None:
    text = "She told reporters on Monday she was ready."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD reporters/NOUN/obj/2/reporter "
        "on/ADP/case/5 Monday/PROPN/obl/2 she/PRON/nsubj/8 was/AUX/cop/8/be/VBD "
        "ready/ADJ/parataxis/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "she was ready", "She", "told", "clause-after")]


def test_words_the_parse_hung_on_a_closing_cue_end_the_content_at_the_comma() -> None:
    # the parser took the object for a second subject of "said" and the adverb for its own
    text = "Some districts will close schools early, the ministry said."
    doc = make_doc(
        text,
        "Some/DET/det/2 districts/NOUN/nsubj/10/district will/AUX/aux/4//MD close/ADJ/ccomp/10 "
        "schools/NOUN/nsubj/10/school early/ADV/advmod/10 ,/PUNCT/punct/10 the/DET/det/9 "
        "ministry/NOUN/nsubj/10 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/10",
    )
    assert contents(doc) == [("Some districts will close schools early", "complement-before")]
