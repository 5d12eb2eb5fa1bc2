"""Quote rules on hand-built parses (no model): one Doc per construction."""

from __future__ import annotations

import pytest
from conftest import make_doc, triples

from quotekit.pipeline import annotate
from quotekit.records import ExtractOptions, InputDoc

CASES = [
    pytest.param(
        '"We will respond," Lavrov said.',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 Lavrov/PROPN/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8'],
        [("direct", '"We will respond,"', "Lavrov", "said")],
        id="direct-cue-after",
    ),
    pytest.param(
        'Lavrov said: "We will respond."',
        ['Lavrov/PROPN/nsubj/2 said/VERB/ROOT/0/say :/PUNCT/punct/7 "/PUNCT/punct/7 We/PRON/nsubj/7 '
         'will/AUX/aux/7 respond/VERB/ccomp/2 ./PUNCT/punct/7 "/PUNCT/punct/7'],
        [("direct", '"We will respond."', "Lavrov", "said")],
        id="direct-colon-introduction",
    ),
    pytest.param(
        '"We will respond," said Lavrov.',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/7 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 said/VERB/ROOT/0/say Lavrov/PROPN/nsubj/7 ./PUNCT/punct/7'],
        [("direct", '"We will respond,"', "Lavrov", "said")],
        id="direct-speaker-after-verb",
    ),
    pytest.param(
        '"We will respond," he said, "and we will do it soon."',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/ROOT/0/say ,/PUNCT/punct/8 "/PUNCT/punct/14 '
         'and/CCONJ/cc/14 we/PRON/nsubj/14 will/AUX/aux/14 do/VERB/conj/4 it/PRON/obj/14 '
         'soon/ADV/advmod/14 ./PUNCT/punct/8 "/PUNCT/punct/14'],
        [("direct", '"We will respond," he said, "and we will do it soon."', "he", "said")],
        id="direct-cue-inside",
    ),
    pytest.param(
        "Xi reiterated that Taiwan is part of China.",
        ["Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
         "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2"],
        [("indirect", "that Taiwan is part of China", "Xi", "reiterated")],
        id="indirect-that-clause-unlemmatized-cue",
    ),
    pytest.param(
        "He said the talks had failed.",
        ["He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 talks/NOUN/nsubj/6/talk "
         "had/AUX/aux/6/have failed/VERB/ccomp/2/fail ./PUNCT/punct/2"],
        [("indirect", "the talks had failed", "He", "said")],
        id="indirect-bare-complement",
    ),
    pytest.param(
        "The talks failed, the minister said.",
        ["The/DET/det/2 talks/NOUN/nsubj/3/talk failed/VERB/ROOT/0/fail ,/PUNCT/punct/7 "
         "the/DET/det/6 minister/NOUN/nsubj/7 said/VERB/parataxis/3/say ./PUNCT/punct/3"],
        [("indirect", "The talks failed", "the minister", "said")],
        id="indirect-cue-after-parataxis",
    ),
    pytest.param(
        "Lavrov praised China's \"balanced and consistent\" approach.",
        ["Lavrov/PROPN/nsubj/2 praised/VERB/ROOT/0/praise China/PROPN/nmod:poss/10 's/PART/case/3 "
         '"/PUNCT/punct/6 balanced/ADJ/amod/10 and/CCONJ/cc/8 consistent/ADJ/conj/6 '
         '"/PUNCT/punct/6 approach/NOUN/obj/2 ./PUNCT/punct/2'],
        [("mixed", "China's \"balanced and consistent\" approach", "Lavrov", "praised")],
        id="mixed-object-with-quoted-fragment",
    ),
    pytest.param(
        'Russia supports the "One China" policy.',
        ['Russia/PROPN/nsubj/2 supports/VERB/ROOT/0/support the/DET/det/8 "/PUNCT/punct/6 '
         'One/NUM/nummod/6 China/PROPN/compound/8 "/PUNCT/punct/6 policy/NOUN/obj/2 ./PUNCT/punct/2'],
        [],
        id="scare-quote-no-record",
    ),
    pytest.param(
        "According to the ministry, the talks failed.",
        ["According/VERB/case/4/accord to/ADP/fixed/1 the/DET/det/4 ministry/NOUN/obl/8 "
         ",/PUNCT/punct/4 the/DET/det/7 talks/NOUN/nsubj/8/talk failed/VERB/ROOT/0/fail ./PUNCT/punct/8"],
        [("indirect", "the talks failed", "the ministry", "According to")],
        id="according-to",
    ),
    pytest.param(
        "Zelenskyy rejected the plan, insisting on the restoration of the borders.",
        ["Zelenskyy/PROPN/nsubj/2 rejected/VERB/ROOT/0/reject the/DET/det/4 plan/NOUN/obj/2 "
         ",/PUNCT/punct/6 insisting/VERB/advcl/2 on/ADP/case/9 the/DET/det/9 "
         "restoration/NOUN/obl/6 of/ADP/case/12 the/DET/det/12 borders/NOUN/nmod/9/border ./PUNCT/punct/2"],
        [("indirect", "the plan", "Zelenskyy", "rejected"),
         ("indirect", "the restoration of the borders", "Zelenskyy", "insisting")],
        id="oblique-content-insist-on",
    ),
    pytest.param(
        "Xi vowed to oppose separatism.",
        ["Xi/PROPN/nsubj/2 vowed/VERB/ROOT/0/vow to/PART/mark/4 oppose/VERB/xcomp/2 "
         "separatism/NOUN/obj/4 ./PUNCT/punct/2"],
        [("indirect", "to oppose separatism", "Xi", "vowed")],
        id="xcomp-promise",
    ),
    pytest.param(
        "He accused the U.S. of inflaming tensions.",
        ["He/PRON/nsubj/2 accused/VERB/ROOT/0/accuse the/DET/det/4 U.S./PROPN/obj/2 of/ADP/case/6 "
         "inflaming/VERB/advcl/2/inflame tensions/NOUN/obj/6/tension ./PUNCT/punct/2"],
        [("indirect", "the U.S. of inflaming tensions", "He", "accused")],
        id="accuse-object-of",
    ),
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
def test_rules(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert triples(make_doc(text, *sentences)) == expected


def test_coordinated_cue_inside_complement_shares_subject() -> None:
    # a weak parse attaches "vowed" to the complement of "reiterated"
    text = "Xi reiterated that Taiwan is part of China and vowed to oppose separatism."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 "
                   "Taiwan/PROPN/nsubj/6 is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 "
                   "China/PROPN/nmod/6 and/CCONJ/cc/10 vowed/VERB/conj/6/vow to/PART/mark/12 "
                   "oppose/VERB/xcomp/10 separatism/NOUN/obj/12 ./PUNCT/punct/2")
    assert triples(doc) == [
        ("indirect", "that Taiwan is part of China", "Xi", "reiterated"),
        ("indirect", "to oppose separatism", "Xi", "vowed"),
    ]


def test_relative_clause_is_not_a_complement() -> None:
    text = "Moreno, who chaired the meeting, said the vote was delayed."
    # as a weak parser reads it: the relative clause as a complement of "said"
    doc = make_doc(text, "Moreno/PROPN/nsubj/8 ,/PUNCT/punct/4 who/PRON/nsubj/4 chaired/VERB/ccomp/8/chair "
                   "the/DET/det/6 meeting/NOUN/obj/4 ,/PUNCT/punct/4 said/VERB/ROOT/0/say "
                   "the/DET/det/10 vote/NOUN/nsubj:pass/12 was/AUX/aux:pass/12/be "
                   "delayed/VERB/ccomp/8/delay ./PUNCT/punct/8")
    assert triples(doc) == [("indirect", "the vote was delayed", "Moreno", "said")]


def test_cue_classes_option_filters_cognition() -> None:
    text = "Officials believe the plan will fail."
    doc = make_doc(text, "Officials/NOUN/nsubj/2/official believe/VERB/ROOT/0 the/DET/det/4 "
                   "plan/NOUN/nsubj/6 will/AUX/aux/6 fail/VERB/ccomp/2 ./PUNCT/punct/2")
    assert triples(doc) == [("indirect", "the plan will fail", "Officials", "believe")]
    speech_only = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert triples(doc, speech_only) == []


def test_findings_of_a_study_count_unless_left_out() -> None:
    text = "A study found that voters were purged."
    doc = make_doc(text, "A/DET/det/2 study/NOUN/nsubj/3 found/VERB/ROOT/0/find that/SCONJ/mark/7 "
                   "voters/NOUN/nsubj:pass/7/voter were/AUX/aux:pass/7/be purged/VERB/ccomp/3/purge "
                   "./PUNCT/punct/3")
    assert triples(doc) == [("indirect", "that voters were purged", "A study", "found")]
    speech_only = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert triples(doc, speech_only) == []


def test_noun_of_saying_with_its_content_clause() -> None:
    text = "The police's claim that Crutcher had refused was contradicted."
    doc = make_doc(
        text,
        "The/DET/det/2 police/NOUN/nmod:poss/4 's/PART/case/2 claim/NOUN/nsubj:pass/10 "
        "that/SCONJ/mark/8 Crutcher/PROPN/nsubj/8 had/AUX/aux/8/have refused/VERB/acl/4/refuse "
        "was/AUX/aux:pass/10/be contradicted/VERB/ROOT/0/contradict ./PUNCT/punct/10",
    )
    assert triples(doc) == [("indirect", "that Crutcher had refused", "The police", "claim")]
    # a relative clause is no content: "the statement that he issued"
    text = "They read the statement that he issued."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 read/VERB/ROOT/0 the/DET/det/4 statement/NOUN/obj/2 "
        "that/PRON/obj/7 he/PRON/nsubj/7 issued/VERB/acl:relcl/4/issue ./PUNCT/punct/2",
    )
    assert triples(doc) == []


def test_call_for_is_a_noun_of_saying_with_what_it_asks_for() -> None:
    # "a call for" reports what was asked for, with an infinitive the parse hung on the verb
    text = "Obama sounded a call for the country to accept refugees."
    doc = make_doc(
        text,
        "Obama/PROPN/nsubj/2 sounded/VERB/ROOT/0/sound/VBD a/DET/det/4 call/NOUN/obj/2 "
        "for/ADP/case/7 the/DET/det/7 country/NOUN/nmod/4 to/PART/mark/9 "
        "accept/VERB/advcl/2/accept/VB refugees/NOUN/obj/9 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the country to accept refugees", "Obama", "call")]
    # a telephone call is none
    text = "She took a call from the president."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 took/VERB/ROOT/0/take/VBD a/DET/det/4 call/NOUN/obj/2 "
        "from/ADP/case/7 the/DET/det/7 president/NOUN/nmod/4 ./PUNCT/punct/2",
    )
    assert triples(doc) == []


def test_pointing_to_or_out_reports_what_is_pointed_at() -> None:
    text = "The IMF pointed to Britain's decision to leave the union."
    doc = make_doc(
        text,
        "The/DET/det/2 IMF/PROPN/nsubj/3 pointed/VERB/ROOT/0/point/VBD to/ADP/case/7 "
        "Britain/PROPN/nmod:poss/7 's/PART/case/5 decision/NOUN/obl/3 to/PART/mark/9 "
        "leave/VERB/advcl/3/leave/VB the/DET/det/11 union/NOUN/obj/9 ./PUNCT/punct/3",
    )
    # the infinitive the parse hung on the cue belongs to the oblique before it
    assert triples(doc) == [
        ("indirect", "Britain's decision to leave the union", "The IMF", "pointed")]
    text = "He pointed out the progress he has made."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD out/ADP/compound:prt/2 the/DET/det/5 "
        "progress/NOUN/obj/2 he/PRON/nsubj/8 has/AUX/aux/8/have made/VERB/acl:relcl/5/make "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the progress he has made", "He", "pointed out")]
    # a person pointed at is no content
    text = "She pointed to her."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD to/ADP/case/4 her/PRON/obl/2 "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == []


def test_oblique_content_whose_preposition_hangs_inside_the_phrase() -> None:
    # the parse hung "for" on a compound inside the phrase, and read its head as a clause
    text = "He called for increased defense spending."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 called/VERB/ROOT/0/call/VBD for/ADP/case/5 increased/VERB/amod/6 "
        "defense/NOUN/compound/6 spending/VERB/advcl/2/spend/VBG ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "increased defense spending", "He", "called")]


def test_oblique_content_ends_at_the_writers_aside_or_the_next_report() -> None:
    text = "He pointed to the decision as an example, a key factor for decades."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD to/ADP/case/5 the/DET/det/5 "
        "decision/NOUN/obl/2 as/ADP/case/8 an/DET/det/8 example/NOUN/nmod/5 ,/PUNCT/punct/12 "
        "a/DET/det/12 key/ADJ/amod/12 factor/NOUN/appos/8 for/ADP/case/14 "
        "decades/NOUN/nmod/12/decade ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "the decision as an example", "He", "pointed")]


def test_object_content_takes_a_split_name_but_not_a_time() -> None:
    text = "The ad mentions Percy Walton."
    doc = make_doc(
        text,
        "The/DET/det/2 ad/NOUN/nsubj/3 mentions/VERB/ROOT/0/mention/VBZ Percy/PROPN/obj/3 "
        "Walton/PROPN/obj/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "Percy Walton", "The ad", "mentions")]
    text = "Clinton has not mentioned Machado since the debate."
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj/4 has/AUX/aux/4 not/PART/advmod/4 mentioned/VERB/ROOT/0/mention/VBN "
        "Machado/PROPN/obj/4 since/ADP/case/8 the/DET/det/8 debate/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert triples(doc) == [("indirect", "Machado", "Clinton", "mentioned")]


def test_next_report_with_its_subject_misplaced_ends_the_object_content() -> None:
    # the parse made "she", the next clause's subject, the subject of "asserted"
    text = "Strada accused the government of intimidating families and asserted that she was tired."
    doc = make_doc(
        text,
        "Strada/PROPN/nsubj/2 accused/VERB/ROOT/0/accuse/VBD the/DET/det/4 "
        "government/NOUN/obj/2 of/SCONJ/mark/6 intimidating/VERB/acl/4/intimidate/VBG "
        "families/NOUN/obj/6/family and/CCONJ/cc/9 asserted/VERB/conj/6/assert/VBD "
        "that/SCONJ/mark/13 she/PRON/nsubj/9 was/AUX/cop/13/be tired/ADJ/ccomp/9 "
        "./PUNCT/punct/2",
    )
    assert triples(doc)[0] == (
        "indirect", "the government of intimidating families", "Strada", "accused")


def test_commenting_on_a_subject_unless_nothing_was_said() -> None:
    text = "Trump commented on the ruling."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 commented/VERB/ROOT/0/comment/VBD on/ADP/case/5 the/DET/det/5 "
        "ruling/NOUN/obl/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the ruling", "Trump", "commented")]
    # "did not respond to a request for comment": no statement
    text = "Trump did not respond to a request."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/4 did/AUX/aux/4/do/VBD not/PART/advmod/4 respond/VERB/ROOT/0/respond/VB "
        "to/ADP/case/7 a/DET/det/7 request/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert triples(doc) == []


def test_noun_of_saying_with_what_it_is_about() -> None:
    text = "He angered leaders with his comments on Muslims."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 angered/VERB/ROOT/0/anger/VBD leaders/NOUN/obj/2 with/ADP/case/6 "
        "his/PRON/nmod:poss/6 comments/NOUN/obl/2/comment on/ADP/case/8 Muslims/PROPN/nmod/6 "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Muslims", "his", "comments")]
    # a question "of" something is one only when a question follows
    text = "It is a question of time."
    doc = make_doc(
        text,
        "It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 question/NOUN/ROOT/0 of/ADP/case/6 "
        "time/NOUN/nmod/4 ./PUNCT/punct/4",
    )
    assert triples(doc) == []


def test_agreeing_with_or_on_a_subject() -> None:
    text = "The candidates agreed on a moral responsibility."
    doc = make_doc(
        text,
        "The/DET/det/2 candidates/NOUN/nsubj/3/candidate agreed/VERB/ROOT/0/agree/VBD "
        "on/ADP/case/7 a/DET/det/7 moral/ADJ/amod/7 responsibility/NOUN/obl/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [
        ("indirect", "a moral responsibility", "The candidates", "agreed")]


def test_what_was_explained_or_recalled_is_the_object() -> None:
    text = "Buchanan recalled the aggressive convention strategy."
    doc = make_doc(
        text,
        "Buchanan/PROPN/nsubj/2 recalled/VERB/ROOT/0/recall/VBD the/DET/det/6 "
        "aggressive/ADJ/amod/6 convention/NOUN/compound/6 strategy/NOUN/obj/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "the aggressive convention strategy", "Buchanan", "recalled")]


def test_writing_or_speaking_about_a_subject() -> None:
    text = "She wrote about the use of forgeries."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 wrote/VERB/ROOT/0/write/VBD about/ADP/case/5 the/DET/det/5 "
        "use/NOUN/obl/2 of/ADP/case/7 forgeries/NOUN/nmod/5/forgery ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the use of forgeries", "She", "wrote")]


def test_what_was_tweeted_is_the_object() -> None:
    text = "Clinton tweeted her thanks to the president."
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj/2 tweeted/VERB/ROOT/0/tweet/VBD her/PRON/nmod:poss/4 "
        "thanks/NOUN/obj/2 to/ADP/case/7 the/DET/det/7 president/NOUN/nmod/4 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "her thanks to the president", "Clinton", "tweeted")]


def test_a_verb_after_a_quotation_and_a_conjunction_is_no_attribution() -> None:
    # the second "called" is coordinated with the first; it does not attribute the quotation,
    # though the parse hung the closing quotation mark on it
    text = (
        'They urged police to act "as a matter of the greater good and transparency" and '
        "called on people to stay calm."
    )
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 urged/VERB/ROOT/0/urge/VBD police/NOUN/obj/2 to/PART/mark/5 "
        'act/VERB/xcomp/2/act/VB "/PUNCT/punct/9 as/ADP/case/9 a/DET/det/9 matter/NOUN/obl/5 '
        "of/ADP/case/13 the/DET/det/13 greater/ADJ/amod/13 good/NOUN/nmod/9 and/CCONJ/cc/15 "
        'transparency/NOUN/conj/13 "/PUNCT/punct/18 and/CCONJ/cc/18 '
        "called/VERB/conj/2/call/VBD on/ADP/case/20 people/NOUN/obl/18 to/PART/mark/22 "
        "stay/VERB/advcl/18/stay/VB calm/ADJ/xcomp/22 ./PUNCT/punct/2",
    )
    assert [(t[1], t[3]) for t in triples(doc)] == [
        ('police to act "as a matter of the greater good and transparency"', "urged"),
        ("people to stay calm", "called"),
    ]


PASSIVE_CASES = [
    pytest.param(
        "Putin was quoted as saying that the talks had failed.",
        "Putin/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be quoted/VERB/ROOT/0/quote as/SCONJ/mark/5 "
        "saying/VERB/advcl/3/say that/SCONJ/mark/10 the/DET/det/8 talks/NOUN/nsubj/10/talk "
        "had/AUX/aux/10/have failed/VERB/ccomp/5/fail ./PUNCT/punct/3",
        [("indirect", "that the talks had failed", "Putin", "saying")],
        id="quoted-as-saying",
    ),
    pytest.param(
        "It was reported that the talks had failed.",
        "It/PRON/nsubj:pass/3 was/AUX/aux:pass/3/be reported/VERB/ROOT/0/report "
        "that/SCONJ/mark/8 the/DET/det/6 talks/NOUN/nsubj/8/talk had/AUX/aux/8/have "
        "failed/VERB/ccomp/3/fail ./PUNCT/punct/3",
        [("indirect", "that the talks had failed", None, "reported")],
        id="it-was-reported",
    ),
    pytest.param(
        "Lavrov is said to have rejected the plan.",
        "Lavrov/PROPN/nsubj/3 is/AUX/aux:pass/3/be said/VERB/ROOT/0/say to/PART/mark/6 "
        "have/AUX/aux/6 rejected/VERB/xcomp/3/reject the/DET/det/8 plan/NOUN/obj/6 ./PUNCT/punct/3",
        [("indirect", "Lavrov is said to have rejected the plan", None, "said")],
        id="passive-reportative-infinitive",
    ),
    pytest.param(
        "The plan was criticized by the minister.",
        "The/DET/det/2 plan/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be criticized/VERB/ROOT/0/criticize "
        "by/ADP/case/7 the/DET/det/7 minister/NOUN/obl:agent/4 ./PUNCT/punct/4",
        [("indirect", "The plan", "the minister", "criticized")],
        id="passive-evaluation-with-agent",
    ),
    pytest.param(
        "The ministry was told that the talks had failed.",
        "The/DET/det/2 ministry/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be told/VERB/ROOT/0/tell "
        "that/SCONJ/mark/9 the/DET/det/7 talks/NOUN/nsubj/9/talk had/AUX/aux/9/have "
        "failed/VERB/ccomp/4/fail ./PUNCT/punct/4",
        [("indirect", "that the talks had failed", None, "told")],
        id="passive-addressee-is-no-speaker",
    ),
]


@pytest.mark.parametrize("text, sentence, expected", PASSIVE_CASES)
def test_passive_and_reportative_forms(text: str, sentence: str, expected: list[tuple]) -> None:
    assert triples(make_doc(text, sentence)) == expected


def test_quote_inside_a_quote_is_not_a_cue() -> None:
    # the cue "said" inside the quotation belongs to the quoted speaker
    text = '"They said the deal was dead, but we kept going," Okafor said.'
    doc = make_doc(text, '"/PUNCT/punct/3 They/PRON/nsubj/3 said/VERB/ccomp/16/say the/DET/det/5 '
                   'deal/NOUN/nsubj/7 was/AUX/cop/7/be dead/ADJ/ccomp/3 ,/PUNCT/punct/11 '
                   'but/CCONJ/cc/11 we/PRON/nsubj/11 kept/VERB/conj/3/keep going/VERB/xcomp/11/go '
                   ',/PUNCT/punct/3 "/PUNCT/punct/3 Okafor/PROPN/nsubj/16 said/VERB/ROOT/0/say '
                   './PUNCT/punct/16')
    assert triples(doc) == [
        ("direct", '"They said the deal was dead, but we kept going,"', "Okafor", "said")]


def test_quotation_after_the_attribution_continues_the_quote() -> None:
    text = '"We will respond," he said. "And soon."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8',
        '"/PUNCT/punct/3 And/CCONJ/cc/3 soon/ADV/ROOT/0 ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    (q,) = rec.quotes
    assert (q.quote.text, q.speaker.text if q.speaker else None) == (text, "he")
    assert [f.text for f in q.fragments] == ['"We will respond,"', '"And soon."']


def test_attribution_the_parser_gave_a_sentence_of_its_own() -> None:
    # the parser ends the sentence at the quotation's "?"
    text = '"How many times must we see this?" Clinton said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/7 How/ADV/advmod/4 many/ADJ/amod/4 times/NOUN/obl/7 must/AUX/aux/7 '
        'we/PRON/nsubj/7 see/VERB/ROOT/0 this/PRON/obj/7 ?/PUNCT/punct/7 "/PUNCT/punct/7',
        "Clinton/PROPN/nsubj/2 said/VERB/ROOT/0/say ./PUNCT/punct/2",
    )
    assert triples(doc) == [("direct", '"How many times must we see this?"', "Clinton", "said")]


def test_cue_with_a_subject_inside_and_outside_the_quotation() -> None:
    # the parse takes the quotation's subject for a second subject of "said"
    text = '"The kind of plan he has would fail," she said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/9 The/DET/det/3 kind/NOUN/nsubj/13 of/ADP/case/5 plan/NOUN/nmod/3 '
        "he/PRON/nsubj/7 has/VERB/acl:relcl/5/have would/AUX/aux/9 fail/VERB/ccomp/13 "
        ',/PUNCT/punct/9 "/PUNCT/punct/9 she/PRON/nsubj/13 said/VERB/ROOT/0/say ./PUNCT/punct/13',
    )
    assert triples(doc) == [
        ("direct", '"The kind of plan he has would fail,"', "she", "said")]


def test_quotation_after_a_long_attribution_continues_the_quote() -> None:
    text = ('"That is our weakness," said Luis Rubio, who heads the Center of Research for '
            'Development in Mexico City. "Nothing matters more."')
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 That/PRON/nsubj/5 is/AUX/cop/5/be our/PRON/nmod:poss/5/we '
        'weakness/NOUN/ccomp/8 ,/PUNCT/punct/5 "/PUNCT/punct/5 said/VERB/ROOT/0/say '
        "Luis/PROPN/nsubj/8 Rubio/PROPN/flat/9 ,/PUNCT/punct/13 who/PRON/nsubj/13 "
        "heads/VERB/acl:relcl/9/head the/DET/det/15 Center/PROPN/obj/13 of/ADP/case/17 "
        "Research/PROPN/nmod/15 for/ADP/case/19 Development/PROPN/nmod/17 in/ADP/case/22 "
        "Mexico/PROPN/compound/22 City/PROPN/nmod/19 ./PUNCT/punct/8",
        '"/PUNCT/punct/3 Nothing/PRON/nsubj/3 matters/VERB/ROOT/0/matter more/ADV/advmod/3 '
        './PUNCT/punct/3 "/PUNCT/punct/3',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.speaker.text if q.speaker else None, len(q.fragments)) == ("Luis Rubio", 2)
    assert q.quote.text == text


def test_quotation_inside_a_quotation_is_part_of_it() -> None:
    # the inner quotation is the quoted speaker quoting someone: no record of its own
    text = "\"His people said, 'This will not be one of them,'\" Mitchell recalled."
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 His/PRON/nmod:poss/3 people/NOUN/nsubj/4/person said/VERB/ccomp/18/say '
        ",/PUNCT/punct/4 '/PUNCT/punct/11 This/PRON/nsubj/11 will/AUX/aux/11 not/PART/advmod/11 "
        "be/AUX/cop/11 one/NUM/ccomp/4 of/ADP/case/13 them/PRON/nmod/11 ,/PUNCT/punct/11 "
        "'/PUNCT/punct/11 \"/PUNCT/punct/4 Mitchell/PROPN/nsubj/18 recalled/VERB/ROOT/0/recall "
        "./PUNCT/punct/18",
    )
    assert triples(doc) == [
        ("direct", "\"His people said, 'This will not be one of them,'\"", "Mitchell", "recalled")]


def test_belief_inside_what_was_said_is_no_quote_of_its_own() -> None:
    text = "Trump said he believes Obama was born here."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 said/VERB/ROOT/0/say he/PRON/nsubj/4 believes/VERB/ccomp/2/believe "
        "Obama/PROPN/nsubj:pass/7 was/AUX/aux:pass/7/be born/VERB/ccomp/4/bear here/ADV/advmod/7 "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "he believes Obama was born here", "Trump", "said")]


def test_phrase_sized_report_inside_another_is_part_of_it() -> None:
    text = "Clinton says Machado promised to support her."
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj/2 says/VERB/ROOT/0/say Machado/PROPN/nsubj/4 "
        "promised/VERB/ccomp/2/promise to/PART/mark/6 support/VERB/xcomp/4 her/PRON/obj/6 "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "Machado promised to support her", "Clinton", "says")]


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


def test_clause_after_the_cue_that_the_parse_took_for_an_object() -> None:
    # the parse makes "plans" the object of "say" and "make" a conjunct of it
    text = "Experts say her plans would make the code more complicated."
    doc = make_doc(
        text,
        "Experts/NOUN/nsubj/2/expert say/VERB/ROOT/0 her/PRON/nmod:poss/4 plans/NOUN/obj/2/plan "
        "would/AUX/aux/6 make/VERB/conj/2 the/DET/det/8 code/NOUN/obj/6 more/ADV/advmod/10 "
        "complicated/ADJ/xcomp/6 ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "her plans would make the code more complicated", "Experts", "say")]


def test_clause_after_the_cue_past_a_list_the_parse_links() -> None:
    # "consistent" hangs on the cue as a conjunct: the parse links it, past the list's commas
    text = "An aide said comments from Rice, Rhodes and Petraeus were consistent."
    doc = make_doc(
        text,
        "An/DET/det/2 aide/NOUN/nsubj/3 said/VERB/ROOT/0/say comments/NOUN/obj/3/comment "
        "from/ADP/case/6 Rice/PROPN/nmod/4 ,/PUNCT/punct/8 Rhodes/PROPN/conj/6 and/CCONJ/cc/10 "
        "Petraeus/PROPN/conj/6 were/AUX/cop/12/be consistent/ADJ/conj/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "comments from Rice, Rhodes and Petraeus were consistent",
                             "An aide", "said")]


def test_description_of_an_inverted_speaker_is_no_content() -> None:
    text = "Candidates have room, said Steve Grubbs, an operative working for Paul."
    doc = make_doc(
        text,
        "Candidates/NOUN/nsubj/2/candidate have/VERB/ROOT/0 room/NOUN/obj/2 ,/PUNCT/punct/5 "
        "said/VERB/parataxis/2/say Steve/PROPN/nsubj/5 Grubbs/PROPN/flat/6 ,/PUNCT/punct/11 "
        "an/DET/det/10 operative/NOUN/nsubj/11 working/VERB/ccomp/5/work for/ADP/case/13 "
        "Paul/PROPN/obl/11 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Candidates have room", "Steve Grubbs", "said")]


def test_no_clause_after_an_inverted_cue_and_its_speaker() -> None:
    # '... said Luis Rubio, who heads a centre': the words after the cue are its speaker
    text = "Nothing is settled, said Luis Rubio, who heads a centre."
    doc = make_doc(
        text,
        "Nothing/PRON/nsubj/3 is/AUX/aux/3 settled/VERB/ROOT/0/settle ,/PUNCT/punct/5 "
        "said/VERB/parataxis/3/say Luis/PROPN/nsubj/5 Rubio/PROPN/flat/6 ,/PUNCT/punct/10 "
        "who/PRON/nsubj/10 heads/VERB/acl:relcl/6/head a/DET/det/12 centre/NOUN/obj/10 "
        "./PUNCT/punct/3",
    )
    assert [t[1] for t in triples(doc)] == ["Nothing is settled"]


def test_that_clause_after_the_cue_and_its_adverbials() -> None:
    # the parse hangs the that-clause on the cue as parataxis, after a place with commas
    text = "Clinton says at a stop in Toledo, Ohio, that it means Trump never paid."
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj/2 says/VERB/ROOT/0/say at/ADP/case/5 a/DET/det/5 stop/NOUN/obl/2 "
        "in/ADP/case/7 Toledo/PROPN/nmod/5 ,/PUNCT/punct/9 Ohio/PROPN/conj/7 ,/PUNCT/punct/13 "
        "that/SCONJ/mark/13 it/PRON/nsubj/13 means/VERB/parataxis/2/mean Trump/PROPN/nsubj/16 "
        "never/ADV/advmod/16 paid/VERB/ccomp/13/pay ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "that it means Trump never paid", "Clinton", "says")]


def test_cue_set_off_by_commas_inside_reported_speech() -> None:
    # the parse takes "change" for the cue's subject and the rest for its complement
    text = "Climate change, Mr. Obama often says in speeches, is the greatest threat."
    doc = make_doc(
        text,
        "Climate/NOUN/compound/2 change/NOUN/nsubj/7 ,/PUNCT/punct/5 Mr./PROPN/nmod:desc/5 "
        "Obama/PROPN/appos/2 often/ADV/advmod/7 says/VERB/ROOT/0/say in/ADP/case/9 "
        "speeches/NOUN/obl/7/speech ,/PUNCT/punct/14 is/AUX/cop/14/be the/DET/det/14 "
        "greatest/ADJ/amod/14 threat/NOUN/ccomp/7 ./PUNCT/punct/7",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == ["Climate change", "is the greatest threat"]
    assert (q.type, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "indirect", "Mr. Obama", "says")


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
    assert [f.text for f in q.fragments] == ["the deal", "is alive"]


def test_parenthetical_cue_the_parse_hangs_on_what_follows() -> None:
    # "said" as parataxis of the clause after it, with no complement of its own
    text = "In recent days, advisers to Mr. Obama say, the president has grown exasperated."
    doc = make_doc(
        text,
        "In/ADP/case/3 recent/ADJ/amod/3 days/NOUN/obl/15/day ,/PUNCT/punct/3 "
        "advisers/NOUN/nsubj/9/adviser to/ADP/case/8 Mr./PROPN/nmod:desc/8 Obama/PROPN/nmod/5 "
        "say/VERB/parataxis/15 ,/PUNCT/punct/9 the/DET/det/12 president/NOUN/nsubj/15 "
        "has/AUX/aux/15/have grown/VERB/ROOT/0/grow exasperated/ADJ/xcomp/14 ./PUNCT/punct/14",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == [
        "In recent days", "the president has grown exasperated"]
    assert q.speaker is not None and q.speaker.text == "advisers"


def test_object_and_quotation_of_one_cue_are_one_mixed_quote() -> None:
    text = 'The doctor called the candidate "extremely physically fit."'
    doc = make_doc(
        text,
        'The/DET/det/2 doctor/NOUN/nsubj/3 called/VERB/ROOT/0/call the/DET/det/5 '
        'candidate/NOUN/obj/3 "/PUNCT/punct/9 extremely/ADV/advmod/8 physically/ADV/advmod/9 '
        'fit/ADJ/xcomp/3 ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    assert triples(doc) == [
        ("mixed", 'the candidate "extremely physically fit."', "The doctor", "called")]


def test_reported_speech_ends_where_the_writer_goes_on() -> None:
    # the parse hangs the writer's "; the downgrade ..." on the content
    text = "The IMF said it is lowering its forecast; the downgrade is casting a shadow."
    doc = make_doc(
        text,
        "The/DET/det/2 IMF/PROPN/nsubj/3 said/VERB/ROOT/0/say it/PRON/nsubj/6 is/AUX/aux/6/be "
        "lowering/VERB/ccomp/3/lower its/PRON/nmod:poss/8 forecast/NOUN/obj/6 ;/PUNCT/punct/13 "
        "the/DET/det/11 downgrade/NOUN/nsubj/13 is/AUX/aux/13/be "
        "casting/VERB/conj/6/cast a/DET/det/15 shadow/NOUN/obj/13 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "it is lowering its forecast", "The IMF", "said")]


def test_attribution_after_the_content_that_the_parse_lost() -> None:
    # the parse hangs the speaker on the content as a conjunct
    text = "Sanders remains committed to the race, his top aide, Tad Devine, told the Post."
    doc = make_doc(
        text,
        "Sanders/PROPN/nsubj/2 remains/VERB/ROOT/0/remain committed/ADJ/xcomp/2 to/ADP/case/7 "
        "the/DET/det/6 race/NOUN/obl/3 ,/PUNCT/punct/10 his/PRON/nmod:poss/10 top/ADJ/amod/10 "
        "aide/NOUN/conj/6 ,/PUNCT/punct/12 Tad/PROPN/appos/10 Devine/PROPN/flat/12 "
        ",/PUNCT/punct/15 told/VERB/parataxis/2/tell the/DET/det/17 Post/PROPN/obj/15 "
        "./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.quote.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "Sanders remains committed to the race", "Tad Devine", "told")


def test_inverted_cue_with_a_relative_clause_the_parse_took_for_its_complement() -> None:
    text = "Some functions would go elsewhere, said DeSantis, who was elected in 2012."
    doc = make_doc(
        text,
        "Some/DET/det/2 functions/NOUN/nsubj/4/function would/AUX/aux/4 go/VERB/ROOT/0 "
        "elsewhere/ADV/advmod/4 ,/PUNCT/punct/7 said/VERB/parataxis/4/say "
        "DeSantis/PROPN/iobj/7 ,/PUNCT/punct/12 who/PRON/nsubj:pass/12 was/AUX/aux:pass/12/be "
        "elected/VERB/ccomp/7/elect in/ADP/case/14 2012/NUM/obl/12 ./PUNCT/punct/4",
    )
    assert triples(doc) == [
        ("indirect", "Some functions would go elsewhere", "DeSantis", "said")]


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
    assert [t[:2] for t in triples(doc)] == [("indirect", "that wages would fall")]


def test_show_title_in_the_attribution_does_not_stop_the_continuation() -> None:
    text = '"We will win," Sanders said on "New Day." "No money, no volunteers."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 win/VERB/ccomp/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 Sanders/PROPN/nsubj/8 said/VERB/ROOT/0/say on/ADP/case/12 '
        '"/PUNCT/punct/12 New/ADJ/amod/12 Day/PROPN/obl/8 ./PUNCT/punct/8 "/PUNCT/punct/8',
        '"/PUNCT/punct/3 No/DET/det/3 money/NOUN/ROOT/0 ,/PUNCT/punct/6 no/DET/det/6 '
        'volunteers/NOUN/conj/3/volunteer ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == ['"We will win,"', '"No money, no volunteers."']


def test_what_the_object_is_called_is_part_of_the_content() -> None:
    text = "Democrats called the citation a political ploy."
    doc = make_doc(
        text,
        "Democrats/PROPN/nsubj/2 called/VERB/ROOT/0/call the/DET/det/4 citation/NOUN/obj/2 "
        "a/DET/det/7 political/ADJ/amod/7 ploy/NOUN/xcomp/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the citation a political ploy", "Democrats", "called")]
    text = "Few described Obama as an evangelist."
    doc = make_doc(
        text,
        "Few/ADJ/nsubj/2 described/VERB/ROOT/0/describe Obama/PROPN/obj/2 as/ADP/case/6 "
        "an/DET/det/6 evangelist/NOUN/obl/2 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["Obama as an evangelist"]


def test_reported_words_before_a_quotation_make_it_mixed() -> None:
    # the parse hangs the quotation on "interview", out of the object's reach
    text = 'Obama described the group in an interview as "a remnant of another period."'
    doc = make_doc(
        text,
        'Obama/PROPN/nsubj/2 described/VERB/ROOT/0/describe the/DET/det/4 group/NOUN/obj/2 '
        'in/ADP/case/7 an/DET/det/7 interview/NOUN/obl/2 as/ADP/case/11 "/PUNCT/punct/11 '
        'a/DET/det/11 remnant/NOUN/nmod/7 of/ADP/case/14 another/DET/det/14 '
        'period/NOUN/nmod/11 ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert triples(doc) == [("mixed", 'the group in an interview as "a remnant of another period."',
                             "Obama", "described")]
    # an addressee before the quotation leaves it direct
    text = 'He told the crowd "we will win."'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 told/VERB/ROOT/0/tell the/DET/det/4 crowd/NOUN/obj/2 "/PUNCT/punct/8 '
        'we/PRON/nsubj/8 will/AUX/aux/8 win/VERB/ccomp/2 ./PUNCT/punct/8 "/PUNCT/punct/8',
    )
    assert triples(doc) == [("direct", '"we will win."', "He", "told")]


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
    assert [f.text for f in q.fragments] == ["Trump agreed", "becoming the owner"]


def test_speakers_next_report_ends_a_content() -> None:
    # the parse hung the that-clause on the addressee: the content read off the surface stops
    # at the speaker's next report
    text = "Trump is telling voters that the military is depleted and says he will expand it."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/3 is/AUX/aux/3/be telling/VERB/ROOT/0/tell/VBG voters/NOUN/obj/3/voter "
        "that/SCONJ/mark/9 the/DET/det/7 military/NOUN/nsubj/9 is/AUX/cop/9/be "
        "depleted/ADJ/acl:relcl/4/depleted/JJ and/CCONJ/cc/11 says/VERB/conj/9/say/VBZ "
        "he/PRON/nsubj/14 will/AUX/aux/14 expand/VERB/ccomp/11/expand/VB it/PRON/obj/14 "
        "./PUNCT/punct/3",
    )
    assert triples(doc) == [
        ("indirect", "that the military is depleted", "Trump", "telling"),
        ("indirect", "he will expand it", "Trump", "says"),
    ]
    # so does a contrast of the writer's
    text = "Most voters told pollsters that she is fit, while few said so of him."
    doc = make_doc(
        text,
        "Most/ADJ/amod/2 voters/NOUN/nsubj/3/voter told/VERB/ROOT/0/tell/VBD "
        "pollsters/NOUN/obj/3/pollster that/SCONJ/mark/8 she/PRON/nsubj/8 is/AUX/cop/8/be "
        "fit/ADJ/acl:relcl/4 ,/PUNCT/punct/12 while/SCONJ/mark/12 few/ADJ/nsubj/12 "
        "said/VERB/advcl/8/say/VBD so/ADV/advmod/12 of/ADP/case/15 him/PRON/obl/12 "
        "./PUNCT/punct/3",
    )
    assert triples(doc)[0] == ("indirect", "that she is fit", "Most voters", "told")
    # (also after a comma inside a closing mark)
    text = 'Voters agreed that she is "fit to serve," while few said so of him.'
    doc = make_doc(
        text,
        'Voters/NOUN/nsubj/2/voter agreed/VERB/ROOT/0/agree/VBD that/SCONJ/mark/7 '
        'she/PRON/nsubj/7 is/AUX/cop/7/be "/PUNCT/punct/7 fit/ADJ/ccomp/2 to/PART/mark/9 '
        'serve/VERB/xcomp/7/serve/VB ,/PUNCT/punct/9 "/PUNCT/punct/9 while/SCONJ/mark/14 '
        'few/ADJ/nsubj/14 said/VERB/advcl/9/say/VBD so/ADV/advmod/14 of/ADP/case/17 '
        'him/PRON/obl/14 ./PUNCT/punct/2',
    )
    assert triples(doc)[0] == ("mixed", 'that she is "fit to serve,"', "Voters", "agreed")
    # a participle after a quotation closed by a comma inside its marks reports what follows
    # it, by the speaker of the clause before
    text = 'He said the company "was highly successful," adding that its value quadrupled.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 company/NOUN/nsubj/8 '
        '"/PUNCT/punct/8 was/AUX/cop/8/be/VBD highly/ADV/advmod/8 '
        'successful/ADJ/ccomp/2/successful/JJ ,/PUNCT/punct/8 "/PUNCT/punct/8 '
        'adding/VERB/advcl/8/add/VBG that/SCONJ/mark/15 its/PRON/nmod:poss/14 '
        'value/NOUN/nsubj/15 quadrupled/VERB/ccomp/11/quadruple/VBD ./PUNCT/punct/2',
    )
    assert triples(doc) == [
        ("mixed", 'the company "was highly successful,"', "He", "said"),
        ("indirect", "that its value quadrupled", "He", "adding"),
    ]
    # and the quotation after it; the parse hung the first quotation's comma and closing
    # mark on the participle, which does not make the participle its cue
    text = 'Trump told them that Romney "had a crazy policy," adding, "He lost the Latino vote."'
    doc = make_doc(
        text,
        'Trump/PROPN/nsubj/2 told/VERB/ROOT/0/tell/VBD them/PRON/iobj/2 that/SCONJ/mark/7 '
        'Romney/PROPN/nsubj/7 "/PUNCT/punct/7 had/VERB/ccomp/2/have/VBD a/DET/det/10 '
        'crazy/ADJ/amod/10 policy/NOUN/obj/7 ,/PUNCT/punct/13 "/PUNCT/punct/13 '
        'adding/VERB/advcl/17/add/VBG ,/PUNCT/punct/17 "/PUNCT/punct/17 He/PRON/nsubj/17 '
        'lost/VERB/parataxis/2/lose/VBD the/DET/det/20 Latino/ADJ/amod/20 vote/NOUN/obj/17 '
        './PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert triples(doc) == [
        ("mixed", 'that Romney "had a crazy policy,"', "Trump", "told"),
        ("direct", '"He lost the Latino vote."', "Trump", "adding"),
    ]


def test_report_after_a_comma_ends_the_content_before_it() -> None:
    # the parse hung the second report inside the first content
    text = "She said she speaks about race, though she noted she has pushed for prosecutions."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/4 speaks/VERB/ccomp/2/speak "
        "about/ADP/case/6 race/NOUN/obl/4 ,/PUNCT/punct/10 though/SCONJ/mark/10 "
        "she/PRON/nsubj/10 noted/VERB/advcl/4/note/VBD she/PRON/nsubj/13 has/AUX/aux/13 "
        "pushed/VERB/ccomp/10/push/VBN for/ADP/case/15 prosecutions/NOUN/obl/13/prosecution "
        "./PUNCT/punct/2",
    )
    assert triples(doc)[0] == ("indirect", "she speaks about race", "She", "said")
    # a thought is often part of what was said: ', he realized ...' stays
    text = "He told them that in May, he realized he had not paid."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD them/PRON/iobj/2 that/SCONJ/mark/6 "
        "in/ADP/case/6 May/PROPN/obl/2 ,/PUNCT/punct/6 he/PRON/nsubj/9 "
        "realized/VERB/dep/2/realize/VBD he/PRON/nsubj/13 had/AUX/aux/13 not/PART/advmod/13 "
        "paid/VERB/ccomp/9/pay/VBN ./PUNCT/punct/2",
    )
    assert triples(doc)[0][1] == "that in May, he realized he had not paid"


def test_complement_hung_on_the_next_cue_belongs_to_the_first() -> None:
    text = "While one company says there are 2,400 billionaires, another says there are 1,800."
    doc = make_doc(
        text,
        "While/SCONJ/mark/4 one/NUM/nummod/3 company/NOUN/nsubj/4 says/VERB/advcl/11/say/VBZ "
        "there/PRON/expl/6 are/VERB/ccomp/11/be/VBP 2,400/NUM/nummod/8 "
        "billionaires/NOUN/nsubj/6/billionaire ,/PUNCT/punct/4 another/DET/nsubj/11 "
        "says/VERB/ROOT/0/say/VBZ there/PRON/expl/13 are/VERB/ccomp/11/be/VBP "
        "1,800/NUM/nsubj/13 ./PUNCT/punct/11",
    )
    assert triples(doc) == [
        ("indirect", "there are 2,400 billionaires", "one company", "says"),
        ("indirect", "there are 1,800", "another", "says"),
    ]


def test_next_report_after_an_object_content_ends_it() -> None:
    text = "He praised Obama's record, citing statistics about the economy."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 praised/VERB/ROOT/0/praise/VBD Obama/PROPN/nmod:poss/5 's/PART/case/3 "
        "record/NOUN/obj/2 ,/PUNCT/punct/7 citing/VERB/acl/5/cite/VBG "
        "statistics/NOUN/obj/7/statistic about/ADP/case/11 the/DET/det/11 "
        "economy/NOUN/nmod/8 ./PUNCT/punct/2",
    )
    assert triples(doc)[0] == ("indirect", "Obama's record", "He", "praised")


def test_naming_cue_keeps_the_quoted_name_the_parse_set_aside() -> None:
    text = 'He called her remarks "racially toxic," and left.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 called/VERB/ROOT/0/call/VBD her/PRON/nmod:poss/4 '
        'remarks/NOUN/obj/2/remark "/PUNCT/punct/7 racially/ADV/advmod/7 '
        'toxic/ADJ/parataxis/2 ,/PUNCT/punct/7 "/PUNCT/punct/7 and/CCONJ/cc/11 '
        'left/VERB/conj/2/leave/VBD ./PUNCT/punct/2',
    )
    assert triples(doc) == [("mixed", 'her remarks "racially toxic,"', "He", "called")]


def test_who_a_named_person_is_closes_no_content() -> None:
    text = "They said nothing would pull them from Sanders, who held a rally on Monday."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD nothing/PRON/nsubj/5 would/AUX/aux/5 "
        "pull/VERB/ccomp/2/pull/VB them/PRON/obj/5 from/ADP/case/8 Sanders/PROPN/obl/5 "
        ",/PUNCT/punct/11 who/PRON/nsubj/11 held/VERB/acl:relcl/8/hold/VBD a/DET/det/13 "
        "rally/NOUN/obj/11 on/ADP/case/15 Monday/PROPN/obl/11 ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "nothing would pull them from Sanders", "They", "said")]


def test_speaker_hung_on_a_quotation_before_the_cue_is_no_part_of_it() -> None:
    text = '"The veto will be overridden," Senate Leader Mitch McConnell, R-Ky., said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/16 The/DET/det/3 veto/NOUN/nsubj:pass/6 will/AUX/aux/6 '
        'be/AUX/aux:pass/6 overridden/VERB/ccomp/16/override/VBN ,/PUNCT/punct/10 '
        '"/PUNCT/punct/10 Senate/PROPN/compound/10 Leader/PROPN/parataxis/6 '
        'Mitch/PROPN/conj/6 McConnell/PROPN/flat/11 ,/PUNCT/punct/14 R-Ky./PROPN/nsubj/16 '
        ',/PUNCT/punct/14 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/16',
    )
    assert triples(doc) == [
        ("direct", '"The veto will be overridden,"', "R-Ky.", "said"),
    ]


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
    assert q.quote.text == "the move reeks of fear"


def test_cue_of_the_next_sentence_with_its_own_content_is_not_the_quotations() -> None:
    # (it would take both quotations for one, interrupted by its attribution)
    text = '"It is an outlaw nation." Russia insisted that Pyongyang "stop its escapades."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 It/PRON/nsubj/6 is/AUX/cop/6/be an/DET/det/6 outlaw/NOUN/compound/6 '
        'nation/NOUN/ROOT/0 ./PUNCT/punct/6 "/PUNCT/punct/6',
        'Russia/PROPN/nsubj/2 insisted/VERB/ROOT/0/insist/VBD that/SCONJ/mark/6 '
        'Pyongyang/PROPN/nsubj/6 "/PUNCT/punct/6 stop/VERB/ccomp/2/stop/VB its/PRON/nmod:poss/8 '
        'escapades/NOUN/obj/6/escapade ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert ("mixed", 'that Pyongyang "stop its escapades."', "Russia", "insisted") in triples(doc)


def test_relative_pronoun_before_a_parenthetical_cue_opens_the_content() -> None:
    text = "The park is near the stadium, which, Tompkins said, is full on game days."
    doc = make_doc(
        text,
        "The/DET/det/2 park/NOUN/nsubj/6 is/AUX/cop/6/be near/ADP/case/6 the/DET/det/6 "
        "stadium/NOUN/ROOT/0 ,/PUNCT/punct/14 which/PRON/nsubj/14 ,/PUNCT/punct/10 "
        "Tompkins/PROPN/nsubj/11 said/VERB/parataxis/14/say/VBD ,/PUNCT/punct/11 "
        "is/AUX/cop/14/be full/ADJ/acl:relcl/6 on/ADP/case/17 game/NOUN/compound/17 "
        "days/NOUN/obl/14/day ./PUNCT/punct/6",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == ["which", "is full on game days"]
    # or that opens the clause the cue interrupts
    text = "He met Schultz, who works for RT and, King said, has backed Trump."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 met/VERB/ROOT/0/meet/VBD Schultz/PROPN/obj/2 ,/PUNCT/punct/6 "
        "who/PRON/nsubj/6 works/VERB/acl:relcl/3/work/VBZ for/ADP/case/8 RT/PROPN/obl/6 "
        "and/CCONJ/cc/15 ,/PUNCT/punct/11 King/PROPN/nsubj/12 said/VERB/parataxis/15/say/VBD "
        ",/PUNCT/punct/12 has/AUX/aux/15 backed/VERB/conj/6/back/VBN Trump/PROPN/obj/15 "
        "./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == ["who works for RT and", "has backed Trump"]


def test_clause_read_off_the_surface_stops_at_the_writers_aside() -> None:
    # the parse took the clause's subject for the cue's object
    text = "She smiled, saying the man would not get hurt, though critics said it was false."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 smiled/VERB/ROOT/0/smile/VBD ,/PUNCT/punct/4 "
        "saying/VERB/advcl/2/say/VBG the/DET/det/6 man/NOUN/obj/4 would/AUX/aux/10 "
        "not/PART/advmod/10 get/AUX/aux:pass/10 hurt/VERB/parataxis/2/hurt/VBN "
        ",/PUNCT/punct/14 though/SCONJ/mark/14 critics/NOUN/nsubj/14/critic "
        "said/VERB/advcl/10/say/VBD it/PRON/nsubj/17 was/AUX/cop/17/be false/ADJ/ccomp/14 "
        "./PUNCT/punct/2",
    )
    assert ("indirect", "the man would not get hurt", "She", "saying") in triples(doc)


def test_coordinated_report_hung_inside_the_content_ends_it() -> None:
    # (the parse coordinated the second cue with a noun of the content)
    text = "She said that Britain would leave the EU and suggested that it would quit."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/6 Britain/PROPN/nsubj/6 "
        "would/AUX/aux/6 leave/VERB/ccomp/2/leave/VB the/DET/det/8 EU/PROPN/obj/6 "
        "and/CCONJ/cc/10 suggested/VERB/conj/8/suggest/VBD that/SCONJ/mark/14 "
        "it/PRON/nsubj/14 would/AUX/aux/14 quit/VERB/ccomp/10/quit/VB ./PUNCT/punct/2",
    )
    assert triples(doc)[0] == ("indirect", "that Britain would leave the EU", "She", "said")


def test_clause_with_a_subject_after_an_infinitive_content_ends_it() -> None:
    text = "He agreed to pick up the bill, and he is even paying for the drinks."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 agreed/VERB/ROOT/0/agree/VBD to/PART/mark/4 pick/VERB/xcomp/2/pick/VB "
        "up/ADP/compound:prt/4 the/DET/det/7 bill/NOUN/obj/4 ,/PUNCT/punct/13 "
        "and/CCONJ/cc/13 he/PRON/nsubj/13 is/AUX/aux/13/be even/ADV/advmod/13 "
        "paying/VERB/conj/4/pay/VBG for/ADP/case/16 the/DET/det/16 drinks/NOUN/obl/13/drink "
        "./PUNCT/punct/2",
    )
    assert triples(doc)[0] == ("indirect", "to pick up the bill", "He", "agreed")


def test_negation_before_an_infinitive_content_is_part_of_it() -> None:
    # "vowed to vote for him" would say the opposite of what was vowed
    text = "Curbelo vowed not to vote for him."
    doc = make_doc(
        text,
        "Curbelo/PROPN/nsubj/2 vowed/VERB/ROOT/0/vow/VBD not/PART/advmod/2 to/PART/mark/5 "
        "vote/VERB/xcomp/2/vote/VB for/ADP/case/7 him/PRON/obl/5 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "not to vote for him", "Curbelo", "vowed")]


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


def test_free_relative_content_starts_at_what() -> None:
    text = "It was what officials called a hate crime."
    doc = make_doc(
        text,
        "It/PRON/nsubj/3 was/AUX/cop/3/be what/PRON/ROOT/0 officials/NOUN/nsubj/5/official "
        "called/VERB/acl:relcl/3/call/VBD a/DET/det/8 hate/NOUN/compound/8 "
        "crime/NOUN/obj/5 ./PUNCT/punct/3",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.quote.text == "what officials called a hate crime"
    assert [f.text for f in q.fragments] == ["what", "a hate crime"]


def test_report_in_an_opening_subordinate_clause_ends_before_the_main_clause() -> None:
    text = "While Clinton announced that the war would go on, forces bombed a hospital."
    doc = make_doc(
        text,
        "While/SCONJ/mark/3 Clinton/PROPN/nsubj/3 announced/VERB/advcl/12/announce/VBD "
        "that/SCONJ/mark/8 the/DET/det/6 war/NOUN/nsubj/8 would/AUX/aux/8 "
        "go/VERB/advcl/12/go/VB on/ADP/compound:prt/8 ,/PUNCT/punct/12 "
        "forces/NOUN/nsubj/12/force bombed/VERB/ROOT/0/bomb/VBD a/DET/det/14 "
        "hospital/NOUN/obj/12 ./PUNCT/punct/12",
    )
    assert triples(doc) == [
        ("indirect", "that the war would go on", "Clinton", "announced")]


def test_second_that_clause_with_a_verb_of_saying_stays_in_the_content() -> None:
    text = "She says officials should act and that she expects Obama to announce more."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 says/VERB/ROOT/0/say/VBZ officials/NOUN/nsubj/5/official "
        "should/AUX/aux/5 act/VERB/ccomp/2/act/VB and/CCONJ/cc/9 that/SCONJ/mark/9 "
        "she/PRON/nsubj/9 expects/VERB/conj/2/expect/VBZ Obama/PROPN/obj/9 "
        "to/PART/mark/12 announce/VERB/xcomp/9/announce/VB more/ADJ/obj/12 ./PUNCT/punct/2",
    )
    assert triples(doc)[0] == (
        "indirect", "officials should act and that she expects Obama to announce more",
        "She", "says")
    # (so where the parse coordinated it with the content's own verb)
    text = "He said witnesses saw a gun and that one was found nearby."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD witnesses/NOUN/nsubj/4/witness "
        "saw/VERB/ccomp/2/see/VBD a/DET/det/6 gun/NOUN/obj/4 and/CCONJ/cc/11 "
        "that/SCONJ/mark/11 one/NUM/nsubj:pass/11 was/AUX/aux:pass/11/be "
        "found/VERB/conj/4/find/VBN nearby/ADV/advmod/11 ./PUNCT/punct/2",
    )
    assert triples(doc)[0] == (
        "indirect", "witnesses saw a gun and that one was found nearby", "He", "said")


def test_title_closing_the_attribution_is_no_piece_of_the_quote() -> None:
    text = '"We need to step away," Pence said on CNN\'s "State of the Union."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 We/PRON/nsubj/3 need/VERB/ccomp/10/need/VBP to/PART/mark/5 '
        'step/VERB/xcomp/3/step/VB away/ADV/advmod/5 ,/PUNCT/punct/3 "/PUNCT/punct/3 '
        'Pence/PROPN/nsubj/10 said/VERB/ROOT/0/say/VBD on/ADP/case/15 CNN/PROPN/nmod:poss/15 '
        '\'s/PART/case/12 "/PUNCT/punct/15 State/PROPN/obl/10 of/ADP/case/18 '
        'the/DET/det/18 Union/PROPN/nmod/15 ./PUNCT/punct/10 "/PUNCT/punct/10',
    )
    assert triples(doc) == [("direct", '"We need to step away,"', "Pence", "said")]


def test_having_said_that_reports_nothing() -> None:
    text = "Having said that, there are economists who disagree."
    doc = make_doc(
        text,
        "Having/AUX/aux/2/have/VBG said/VERB/ROOT/0/say/VBD that/SCONJ/mark/6 ,/PUNCT/punct/6 "
        "there/PRON/expl/6 are/VERB/ccomp/2/be/VBP economists/NOUN/nsubj/6/economist "
        "who/PRON/nsubj/9 disagree/VERB/acl:relcl/7/disagree/VBP ./PUNCT/punct/2",
    )
    assert triples(doc) == []


def test_participle_carrying_someone_elses_report_ends_the_content() -> None:
    text = "He wondered whether they would be fair, engaging in what analysts said was a tactic."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 wondered/VERB/ROOT/0/wonder/VBD whether/SCONJ/mark/7 "
        "they/PRON/nsubj/7 would/AUX/aux/7 be/AUX/cop/7/be fair/ADJ/ccomp/2 ,/PUNCT/punct/9 "
        "engaging/VERB/advcl/7/engage/VBG in/ADP/case/11 what/PRON/obl/9 "
        "analysts/NOUN/nsubj/13/analyst said/VERB/acl:relcl/11/say/VBD was/AUX/cop/16/be "
        "a/DET/det/16 tactic/NOUN/ccomp/13 ./PUNCT/punct/2",
    )
    assert triples(doc)[0] == ("indirect", "whether they would be fair", "He", "wondered")


def test_quotation_after_a_name_and_colon_needs_no_verb() -> None:
    # the tagger took "underestimate" for an adjective: no verb in the quotation
    text = 'Reid: "Never, ever underestimate Trump."'
    doc = make_doc(
        text,
        'Reid/PROPN/ROOT/0 :/PUNCT/punct/7 "/PUNCT/punct/7 Never/ADV/advmod/7 ,/PUNCT/punct/7 '
        'ever/ADV/advmod/7 underestimate/ADJ/parataxis/1 Trump/PROPN/obj/7 ./PUNCT/punct/1 '
        '"/PUNCT/punct/1',
    )
    assert triples(doc) == [("direct", '"Never, ever underestimate Trump."', "Reid", ":")]


def test_cue_with_nothing_but_its_subject_closes_the_sentence() -> None:
    # the parser hangs the cue on the content as a complement: ", the source added."
    text = "The escort was refused, the source added."
    doc = make_doc(text, "The/DET/det/2 escort/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be "
                   "refused/VERB/ROOT/0/refuse ,/PUNCT/punct/8 the/DET/det/7 source/NOUN/nsubj/8 "
                   "added/VERB/ccomp/4/add ./PUNCT/punct/4")
    assert triples(doc) == [("indirect", "The escort was refused", "the source", "added")]


def test_as_parenthetical_cue_takes_the_clause_around_it() -> None:
    text = "Hawaii, as one adviser pointed out, rarely gets two hurricanes."
    doc = make_doc(text, "Hawaii/PROPN/nsubj/10 ,/PUNCT/punct/6 as/SCONJ/mark/6 one/NUM/nummod/5 "
                   "adviser/NOUN/nsubj/6 pointed/VERB/advcl/10/point out/ADP/compound:prt/6 "
                   ",/PUNCT/punct/6 rarely/ADV/advmod/10 gets/VERB/ROOT/0/get two/NUM/nummod/12 "
                   "hurricanes/NOUN/obj/10/hurricane ./PUNCT/punct/10")
    rec = annotate(doc, InputDoc("t", text, "t"))
    (q,) = rec.quotes
    assert (q.type, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "indirect", "one adviser", "pointed out")
    assert [f.text for f in q.fragments] == ["Hawaii", "rarely gets two hurricanes"]


def test_as_clause_of_time_is_no_report() -> None:
    text = "As he spoke, the crowd grew quiet."
    doc = make_doc(
        text,
        "As/SCONJ/mark/3 he/PRON/nsubj/3 spoke/VERB/advcl/7/speak ,/PUNCT/punct/3 "
        "the/DET/det/6 crowd/NOUN/nsubj/7 grew/VERB/ROOT/0/grow quiet/ADJ/xcomp/7 ./PUNCT/punct/7",
    )
    assert triples(doc) == []


def test_directive_cue_takes_addressee_and_infinitive() -> None:
    text = "Kerry urged North Korea to resume talks."
    doc = make_doc(text, "Kerry/PROPN/nsubj/2 urged/VERB/ROOT/0/urge North/PROPN/compound/4 "
                   "Korea/PROPN/obj/2 to/PART/mark/6 resume/VERB/xcomp/2 talks/NOUN/obj/6/talk "
                   "./PUNCT/punct/2")
    assert triples(doc) == [("indirect", "North Korea to resume talks", "Kerry", "urged")]


def test_typewriter_double_quotes() -> None:
    text = "''That is our weakness,'' said Rubio."
    doc = make_doc(text, "''/PUNCT/punct/5 That/PRON/nsubj/5 is/AUX/cop/5/be our/PRON/nmod:poss/5/we "
                   "weakness/NOUN/ccomp/8 ,/PUNCT/punct/5 ''/PUNCT/punct/5 said/VERB/ROOT/0/say "
                   "Rubio/PROPN/nsubj/8 ./PUNCT/punct/8")
    assert triples(doc) == [("direct", "''That is our weakness,''", "Rubio", "said")]


def test_inverted_attribution_after_the_content() -> None:
    # the parser takes the content's subject for the cue's
    text = 'The answers are "not meeting the demand," says Paul Rieckhoff.'
    doc = make_doc(text, 'The/DET/det/2 answers/NOUN/nsubj/11/answer are/AUX/aux/6/be "/PUNCT/punct/6 '
                   'not/PART/advmod/6 meeting/VERB/ccomp/11/meet the/DET/det/8 demand/NOUN/obj/6 '
                   ',/PUNCT/punct/6 "/PUNCT/punct/6 says/VERB/ROOT/0/say Paul/PROPN/obj/11 '
                   'Rieckhoff/PROPN/flat/12 ./PUNCT/punct/11')
    assert triples(doc) == [
        ("mixed", 'The answers are "not meeting the demand,"', "Paul Rieckhoff", "says")]


def test_quoted_titles_and_phrases_are_not_quotes() -> None:
    text = 'In his book, "Make Your Kid a Millionaire," McKinley suggested saving early.'
    doc = make_doc(text, 'In/ADP/case/3 his/PRON/nmod:poss/3/he book/NOUN/obl/14 ,/PUNCT/punct/3 '
                   '"/PUNCT/punct/6 Make/VERB/appos/3 Your/PRON/nmod:poss/8/your Kid/NOUN/obj/6 '
                   'a/DET/det/10 Millionaire/NOUN/xcomp/6 ,/PUNCT/punct/6 "/PUNCT/punct/6 '
                   'McKinley/PROPN/nsubj/14 suggested/VERB/ROOT/0/suggest saving/VERB/xcomp/14/save '
                   'early/ADV/advmod/15 ./PUNCT/punct/14')
    assert [t[1] for t in triples(doc)] == ["saving early"]


def test_coordinated_complements_are_one_content() -> None:
    text = "Johnson says hackers are active, and that one attack worked."
    doc = make_doc(text, "Johnson/PROPN/nsubj/2 says/VERB/ROOT/0/say hackers/NOUN/nsubj/5/hacker "
                   "are/AUX/cop/5/be active/ADJ/ccomp/2 ,/PUNCT/punct/11 and/CCONJ/cc/11 "
                   "that/SCONJ/mark/11 one/NUM/nummod/10 attack/NOUN/nsubj/11 worked/VERB/ccomp/2/work "
                   "./PUNCT/punct/2")
    assert triples(doc) == [
        ("indirect", "hackers are active, and that one attack worked", "Johnson", "says")]


def test_name_and_colon_opening_a_line() -> None:
    text = "WALLACE: Let us start with the debate.\nCorrection: An earlier version was wrong."
    doc = make_doc(text, "WALLACE/PROPN/ROOT/0 :/PUNCT/punct/1 Let/VERB/parataxis/1/let us/PRON/obj/3/we "
                   "start/VERB/xcomp/3 with/ADP/case/8 the/DET/det/8 debate/NOUN/obl/5 ./PUNCT/punct/1",
                   "Correction/NOUN/ROOT/0 :/PUNCT/punct/1 An/DET/det/6 earlier/ADJ/amod/5 "
                   "version/NOUN/nsubj/7 was/AUX/cop/7/be wrong/ADJ/parataxis/1 ./PUNCT/punct/1")
    assert triples(doc) == [("indirect", "Let us start with the debate", "WALLACE", ":")]


def test_stances_report_their_object_or_infinitive() -> None:
    text = "The union opposes the trade deal."
    doc = make_doc(
        text,
        "The/DET/det/2 union/NOUN/nsubj/3 opposes/VERB/ROOT/0/oppose the/DET/det/6 "
        "trade/NOUN/compound/6 deal/NOUN/obj/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "the trade deal", "The union", "opposes")]
    text = "The campaign declined to comment."
    doc = make_doc(
        text,
        "The/DET/det/2 campaign/NOUN/nsubj/3 declined/VERB/ROOT/0/decline to/PART/mark/5 "
        "comment/VERB/xcomp/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "to comment", "The campaign", "declined")]
    # the stance class is one option among the others
    only_speech = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert triples(doc, only_speech) == []


def test_a_stance_frames_no_one_elses_words() -> None:
    # a cue of saying after a comma closes a reported clause; a stance does not
    text = "The governor, who has not endorsed Mr. Trump, appeared poised to reconcile."
    doc = make_doc(
        text,
        "The/DET/det/2 governor/NOUN/nsubj/11 ,/PUNCT/punct/7 who/PRON/nsubj/7 has/AUX/aux/7 "
        "not/PART/advmod/7 endorsed/VERB/acl:relcl/2/endorse Mr./PROPN/compound/9 "
        "Trump/PROPN/obj/7 ,/PUNCT/punct/7 appeared/VERB/ROOT/0/appear poised/ADJ/xcomp/11 "
        "to/PART/mark/14 reconcile/VERB/xcomp/12 ./PUNCT/punct/11",
    )
    assert [t[1] for t in triples(doc)] == ["Mr. Trump"]


def test_a_pronoun_is_part_of_what_it_was_called() -> None:
    text = 'He called her "third-rate" on Monday.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 called/VERB/ROOT/0/call her/PRON/obj/2 "/PUNCT/punct/5 '
        'third-rate/ADJ/xcomp/2 "/PUNCT/punct/5 on/ADP/case/8 Monday/PROPN/obl/2 ./PUNCT/punct/2',
    )
    assert triples(doc) == [("mixed", 'her "third-rate"', "He", "called")]
    # a pronoun alone is no content: "called it" is a phone call
    text = "She called him on Monday."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 called/VERB/ROOT/0/call him/PRON/obj/2 on/ADP/case/5 "
        "Monday/PROPN/obl/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == []


def test_evidence_shows_its_object_and_what_it_is_shown_to_be() -> None:
    text = "Polls show Clinton up by 10 points."
    doc = make_doc(
        text,
        "Polls/NOUN/nsubj/2/poll show/VERB/ROOT/0 Clinton/PROPN/obj/2 up/ADV/xcomp/2 "
        "by/ADP/case/7 10/NUM/nummod/7 points/NOUN/obl/4/point ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Clinton up by 10 points", "Polls", "show")]
    # what was found is a finding only when the cue says what it was found to be
    text = "Candidates found ways to make money."
    doc = make_doc(
        text,
        "Candidates/NOUN/nsubj/2/candidate found/VERB/ROOT/0/find ways/NOUN/obj/2/way "
        "to/PART/mark/5 make/VERB/acl/3 money/NOUN/obj/5 ./PUNCT/punct/2",
    )
    assert triples(doc) == []
    text = "The inquiry found the plan unworkable."
    doc = make_doc(
        text,
        "The/DET/det/2 inquiry/NOUN/nsubj/3 found/VERB/ROOT/0/find the/DET/det/5 "
        "plan/NOUN/obj/3 unworkable/ADJ/xcomp/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "the plan unworkable", "The inquiry", "found")]


def test_what_is_offered_is_a_promise_only_as_an_infinitive() -> None:
    text = "Those numbers offer a window into the race."
    doc = make_doc(
        text,
        "Those/DET/det/2 numbers/NOUN/nsubj/3/number offer/VERB/ROOT/0 a/DET/det/5 "
        "window/NOUN/obj/3 into/ADP/case/8 the/DET/det/8 race/NOUN/nmod/5 ./PUNCT/punct/3",
    )
    assert triples(doc) == []
    text = "Friends offered to vote for me."
    doc = make_doc(
        text,
        "Friends/NOUN/nsubj/2/friend offered/VERB/ROOT/0/offer to/PART/mark/4 "
        "vote/VERB/xcomp/2 for/ADP/case/6 me/PRON/obl/4 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "to vote for me", "Friends", "offered")]


def test_what_was_asked_ends_before_the_main_clause() -> None:
    # the parser hung the main clause on the asked-clause
    text = "Asked if her practices were illegal, most voters hesitated."
    doc = make_doc(
        text,
        "Asked/VERB/ROOT/0/ask if/SCONJ/mark/6 her/PRON/nmod:poss/4 practices/NOUN/nsubj/6 "
        "were/AUX/cop/6 illegal/ADJ/ccomp/1 ,/PUNCT/punct/6 most/ADJ/amod/9 "
        "voters/NOUN/nsubj/10/voter hesitated/VERB/conj/6/hesitate ./PUNCT/punct/1",
    )
    assert triples(doc) == [("indirect", "if her practices were illegal", None, "Asked")]


def test_a_participle_cue_after_a_comma_ends_the_content() -> None:
    # the parser hung "adding" inside what was said
    text = "Officials said no meeting was planned, adding that talks would go on."
    doc = make_doc(
        text,
        "Officials/NOUN/nsubj/2/official said/VERB/ROOT/0/say no/DET/det/4 meeting/NOUN/nsubj:pass/6 "
        "was/AUX/aux:pass/6/be planned/VERB/ccomp/2/plan ,/PUNCT/punct/8 adding/VERB/advcl/6/add "
        "that/SCONJ/mark/12 talks/NOUN/nsubj/12/talk would/AUX/aux/12 go/VERB/ccomp/8 "
        "on/ADP/compound:prt/12 ./PUNCT/punct/2",
    )
    contents = [t[1] for t in triples(doc)]
    assert "no meeting was planned" in contents
    assert not any("adding" in c for c in contents)


def test_a_name_alone_is_what_was_endorsed() -> None:
    text = "Christie endorsed Trump last week."
    doc = make_doc(
        text,
        "Christie/PROPN/nsubj/2 endorsed/VERB/ROOT/0/endorse Trump/PROPN/obj/2 last/ADJ/amod/5 "
        "week/NOUN/obl:tmod/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Trump", "Christie", "endorsed")]


def test_what_a_source_refers_to() -> None:
    text = "Ramos spoke, referring to the growing Hispanic community."
    doc = make_doc(
        text,
        "Ramos/PROPN/nsubj/2 spoke/VERB/ROOT/0/speak ,/PUNCT/punct/4 referring/VERB/advcl/2/refer "
        "to/ADP/case/9 the/DET/det/9 growing/VERB/amod/9/grow Hispanic/ADJ/amod/9 "
        "community/NOUN/obl/4 ./PUNCT/punct/2",
    )
    assert ("indirect", "the growing Hispanic community", "Ramos", "referring") in triples(doc)
    # a definition is no report
    text = 'The term "bridgehead" refers to a position in enemy territory.'
    doc = make_doc(
        text,
        'The/DET/det/2 term/NOUN/nsubj/6 "/PUNCT/punct/4 bridgehead/NOUN/appos/2 "/PUNCT/punct/4 '
        "refers/VERB/ROOT/0/refer to/ADP/case/9 a/DET/det/9 position/NOUN/obl/6 in/ADP/case/12 "
        "enemy/NOUN/compound/12 territory/NOUN/nmod/9 ./PUNCT/punct/6",
    )
    assert triples(doc) == []


def test_a_long_subject_the_parser_hung_on_the_cue_starts_the_content() -> None:
    text = "Sessions said the acceptance of gifts from donors seeking favors was akin to extortion."
    doc = make_doc(
        text,
        "Sessions/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 acceptance/NOUN/obj/2 "
        "of/ADP/case/6 gifts/NOUN/nmod/4/gift from/ADP/case/8 donors/NOUN/nmod/6/donor "
        "seeking/VERB/acl/8/seek favors/NOUN/nsubj/12/favor was/AUX/cop/12/be akin/ADJ/ccomp/2 "
        "to/ADP/case/14 extortion/NOUN/obl/12 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == [
        "the acceptance of gifts from donors seeking favors was akin to extortion"]
    # the one told is not part of what was said
    text = "Members told reporters she was within reach."
    doc = make_doc(
        text,
        "Members/NOUN/nsubj/2/member told/VERB/ROOT/0/tell reporters/NOUN/obj/2/reporter "
        "she/PRON/nsubj/7 was/AUX/cop/7/be within/ADP/case/7 reach/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["she was within reach"]


def test_a_connective_before_a_parenthetical_cue_is_the_writers() -> None:
    text = "But, Carson added, he did not support quarantines."
    doc = make_doc(
        text,
        "But/CCONJ/cc/9 ,/PUNCT/punct/4 Carson/PROPN/nsubj/4 added/VERB/parataxis/9/add "
        ",/PUNCT/punct/4 he/PRON/nsubj/9 did/AUX/aux/9/do not/PART/advmod/9 "
        "support/VERB/ROOT/0 quarantines/NOUN/obj/9/quarantine ./PUNCT/punct/9",
    )
    assert triples(doc) == [("indirect", "he did not support quarantines", "Carson", "added")]


def test_a_directive_whose_infinitive_the_parser_hung_on_the_addressee() -> None:
    text = "Trump asked the network to donate the profits."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 asked/VERB/ROOT/0/ask the/DET/det/4 network/NOUN/obj/2 "
        "to/PART/mark/6 donate/VERB/acl/4 the/DET/det/8 profits/NOUN/obj/6/profit ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "the network to donate the profits", "Trump", "asked")]


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
    ((kind, quote, _, cue),) = triples(doc)
    assert (kind, quote, cue) == ("direct", text, "said")


def test_a_relative_clause_after_a_comma_inside_the_object_is_the_writers() -> None:
    text = "Democrats question the wisdom of backing Scott, who has never faced a race."
    doc = make_doc(
        text,
        "Democrats/PROPN/nsubj/2 question/VERB/ROOT/0 the/DET/det/4 wisdom/NOUN/obj/2 "
        "of/ADP/mark/6 backing/VERB/acl/4/back Scott/PROPN/obj/6 ,/PUNCT/punct/12 "
        "who/PRON/nsubj/12 has/AUX/aux/12/have never/ADV/advmod/12 faced/VERB/acl:relcl/7/face "
        "a/DET/det/14 race/NOUN/obj/12 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["the wisdom of backing Scott"]


def test_what_was_found_to_be_done_is_no_finding() -> None:
    # the parser hung the infinitive on the cue
    text = "Corporations have found ways to make the code work."
    doc = make_doc(
        text,
        "Corporations/NOUN/nsubj/3/corporation have/AUX/aux/3 found/VERB/ROOT/0/find "
        "ways/NOUN/obj/3/way to/PART/mark/6 make/VERB/xcomp/3 the/DET/det/8 code/NOUN/obj/6 "
        "work/VERB/xcomp/6 ./PUNCT/punct/3",
    )
    assert triples(doc) == []


def test_what_polls_show_when_the_parser_reads_show_up() -> None:
    text = "Polls show Clinton up by ten points."
    doc = make_doc(
        text,
        "Polls/NOUN/nsubj/2/poll show/VERB/ROOT/0 Clinton/PROPN/obj/2 up/ADP/compound:prt/2 "
        "by/ADP/case/7 ten/NUM/nummod/7 points/NOUN/obl/2/point ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Clinton up by ten points", "Polls", "show")]


def test_a_content_subject_the_parser_hung_on_a_closing_cue() -> None:
    text = "Assem had logged 2,766 hours, the airline said."
    doc = make_doc(
        text,
        "Assem/PROPN/nsubj/9 had/AUX/aux/3/have logged/VERB/ccomp/9/log 2,766/NUM/nummod/5 "
        "hours/NOUN/obj/3/hour ,/PUNCT/punct/3 the/DET/det/8 airline/NOUN/nsubj/9 "
        "said/VERB/ROOT/0/say ./PUNCT/punct/9",
    )
    assert triples(doc) == [("indirect", "Assem had logged 2,766 hours", "the airline", "said")]


def test_a_second_predicate_the_parser_coordinated_with_the_cue() -> None:
    # "make" cannot go with "said": it is what he would do
    text = "He said he would build a wall and make Mexico pay."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say he/PRON/nsubj/5 would/AUX/aux/5 build/VERB/ccomp/2 "
        "a/DET/det/7 wall/NOUN/obj/5 and/CCONJ/cc/9 make/VERB/conj/2 Mexico/PROPN/obj/9 "
        "pay/VERB/xcomp/9 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["he would build a wall and make Mexico pay"]
    # a second that-clause is more of what was said
    text = "She said she liked the apology and that she would move on."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say she/PRON/nsubj/4 liked/VERB/ccomp/2/like "
        "the/DET/det/6 apology/NOUN/obj/4 and/CCONJ/cc/11 that/SCONJ/mark/11 she/PRON/nsubj/11 "
        "would/AUX/aux/11 move/VERB/conj/2 on/ADP/compound:prt/11 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == [
        "she liked the apology and that she would move on"]


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
    assert triples(doc) == [("direct", '"We are so excited."', "Clinton", "saying")]


def test_the_cues_adverbials_stay_out_of_a_mixed_quote() -> None:
    text = 'He said on Saturday that Trump was "becoming a recruiter."'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 said/VERB/ROOT/0/say on/ADP/case/4 Saturday/PROPN/obl/2 '
        'that/SCONJ/mark/9 Trump/PROPN/nsubj/9 was/AUX/aux/9/be "/PUNCT/punct/9 '
        'becoming/VERB/ccomp/2/become a/DET/det/11 recruiter/NOUN/xcomp/9 ./PUNCT/punct/2 '
        '"/PUNCT/punct/9',
    )
    ((kind, quote, _, cue),) = triples(doc)
    assert (kind, quote, cue) == ("mixed", 'that Trump was "becoming a recruiter."', "said")


def test_what_the_parser_hung_on_the_cue_after_its_object() -> None:
    text = "Cruz never mentioned Trump by name."
    doc = make_doc(
        text,
        "Cruz/PROPN/nsubj/3 never/ADV/advmod/3 mentioned/VERB/ROOT/0/mention Trump/PROPN/obj/3 "
        "by/ADP/case/6 name/NOUN/obl/3 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "Trump by name", "Cruz", "mentioned")]


def test_a_short_answer_before_its_cue_is_said() -> None:
    text = '"To a point," he said. "He sort of redirected."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 To/ADP/case/4 a/DET/det/4 point/NOUN/obl/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8',
        '"/PUNCT/punct/5 He/PRON/nsubj/5 sort/ADV/advmod/5 of/ADP/fixed/3 '
        'redirected/VERB/ROOT/0/redirect ./PUNCT/punct/5 "/PUNCT/punct/5',
    )
    assert triples(doc) == [("direct", text, "he", "said")]


def test_a_second_subject_after_the_cue_is_the_contents() -> None:
    # the parser made the content's subject a second subject of the cue
    text = "Warren said the nominee Donald Trump was a failure."
    doc = make_doc(
        text,
        "Warren/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 nominee/NOUN/nsubj/2 "
        "Donald/PROPN/appos/4 Trump/PROPN/flat/5 was/AUX/cop/9/be a/DET/det/9 "
        "failure/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["the nominee Donald Trump was a failure"]


def test_the_writers_aside_after_a_comma_ends_the_content() -> None:
    text = "He said the bill would pass, a view few share."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 bill/NOUN/nsubj/6 would/AUX/aux/6 "
        "pass/VERB/ccomp/2 ,/PUNCT/punct/9 a/DET/det/9 view/NOUN/appos/6 few/ADJ/nsubj/11 "
        "share/VERB/acl:relcl/9 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["the bill would pass"]
    text = "She said taxes would fall, while critics disagree."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say taxes/NOUN/nsubj/5/tax would/AUX/aux/5 "
        "fall/VERB/ccomp/2 ,/PUNCT/punct/9 while/SCONJ/mark/9 critics/NOUN/nsubj/9/critic "
        "disagree/VERB/advcl/5 ./PUNCT/punct/2",
    )
    assert [t[1] for t in triples(doc)] == ["taxes would fall"]


def test_a_past_tense_tagged_as_a_participle_keeps_its_that_clause() -> None:
    text = "Lin, who leads the project, explained that the team would combine images."
    doc = make_doc(
        text,
        "Lin/PROPN/ROOT/0 ,/PUNCT/punct/5 who/PRON/nsubj/4 leads/VERB/parataxis/1/lead "
        "the/DET/det/6 project/NOUN/obj/4 ,/PUNCT/punct/8 explained/VERB/conj/4/explain/VBN "
        "that/SCONJ/mark/13 the/DET/det/11 team/NOUN/nsubj/13 would/AUX/aux/13 "
        "combine/VERB/ccomp/8 images/NOUN/obj/13/image ./PUNCT/punct/8",
    )
    assert [t[1] for t in triples(doc)] == ["that the team would combine images"]
    # a bare participle with no clause of its own is still no cue: "a plan called ..."
    text = "The plan, explained in a memo, failed."
    doc = make_doc(
        text,
        "The/DET/det/2 plan/NOUN/nsubj/9 ,/PUNCT/punct/4 explained/VERB/acl/2/explain/VBN "
        "in/ADP/case/7 a/DET/det/7 memo/NOUN/obl/4 ,/PUNCT/punct/4 failed/VERB/ROOT/0/fail "
        "./PUNCT/punct/9",
    )
    assert triples(doc) == []


def test_a_cue_with_an_object_before_a_comma_frames_nothing() -> None:
    # "attacked Trump," is no "said on Friday,": the clause around it is not reported
    text = "In 2000, they attacked the USS Cole, killing 17 sailors."
    doc = make_doc(
        text,
        "In/ADP/case/2 2000/NUM/obl/5 ,/PUNCT/punct/2 they/PRON/nsubj/5 attacked/VERB/ROOT/0/attack "
        "the/DET/det/8 USS/PROPN/compound/8 Cole/PROPN/obj/5 ,/PUNCT/punct/10 "
        "killing/VERB/advcl/5/kill 17/NUM/nummod/12 sailors/NOUN/obj/10/sailor ./PUNCT/punct/5",
    )
    assert triples(doc) == [("indirect", "the USS Cole", "they", "attacked")]


def test_no_cue_is_looked_for_across_a_paragraph_break() -> None:
    text = '"It was different eight years ago."\n\nHoward added more.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 It/PRON/nsubj/4 was/AUX/cop/4/be different/ADJ/ROOT/0 eight/NUM/nummod/6 '
        'years/NOUN/obl:npmod/7/year ago/ADV/advmod/4 ./PUNCT/punct/4 "/PUNCT/punct/4',
        "Howard/PROPN/nsubj/2 added/VERB/ROOT/0/add more/ADJ/obj/2 ./PUNCT/punct/2",
    )
    assert [(t[0], t[3]) for t in triples(doc)] == [("direct", None)]


_WOOLSON = (
    '"/PUNCT/punct/5 We/PRON/nsubj/5 are/AUX/cop/5/be not/PART/advmod/5 there/ADV/ccomp/10 '
    'yet/ADV/advmod/5 ,/PUNCT/punct/5 "/PUNCT/punct/5 Woolson/PROPN/nsubj/10 '
    "said/VERB/ROOT/0/say ./PUNCT/punct/10"
)
_TOUGH_AREA = (
    '"/PUNCT/punct/6 That/PRON/nsubj/6 is/AUX/cop/6/be a/DET/det/6 tough/ADJ/amod/6 '
    'area/NOUN/ROOT/0 ./PUNCT/punct/6 "/PUNCT/punct/6'
)


def test_quotation_later_in_the_paragraph_goes_on_with_the_quote() -> None:
    # the writer's sentence between the two pieces is not quoted, but the speaker goes on
    text = '"We are not there yet," Woolson said. They live far away. "That is a tough area."'
    doc = make_doc(
        text,
        _WOOLSON,
        "They/PRON/nsubj/2 live/VERB/ROOT/0 far/ADV/advmod/4 away/ADV/advmod/2 ./PUNCT/punct/2",
        _TOUGH_AREA,
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.speaker.text if q.speaker else None, q.quote.text) == ("Woolson", text)
    assert [f.text for f in q.fragments] == ['"We are not there yet,"', '"That is a tough area."']


def test_quotation_after_another_report_does_not_go_on_with_the_quote() -> None:
    text = '"We are not there yet," Woolson said. Her aide said so. "That is a tough area."'
    doc = make_doc(
        text,
        _WOOLSON,
        "Her/PRON/nmod:poss/2 aide/NOUN/nsubj/3 said/VERB/ROOT/0/say so/ADV/advmod/3 "
        "./PUNCT/punct/3",
        _TOUGH_AREA,
    )
    quotes = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [q.quote.text for q in quotes] == ['"We are not there yet,"', '"That is a tough area."']
    assert not any(q.fragments for q in quotes)


def test_quotation_in_the_next_paragraph_is_a_quote_of_its_own() -> None:
    text = '"We are not there yet," Woolson said.\n\n"That is a tough area."'
    doc = make_doc(text, _WOOLSON, _TOUGH_AREA)
    quotes = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [q.quote.text for q in quotes] == ['"We are not there yet,"', '"That is a tough area."']


def test_verb_of_saying_tagged_as_a_noun_after_a_quotation() -> None:
    # the tagger takes "wrote" for a noun; its subject and its place say it is the cue
    text = '"We are not there yet," Cross wrote.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 are/AUX/cop/5/be not/PART/advmod/5 there/ADV/ROOT/0 '
        'yet/ADV/advmod/5 ,/PUNCT/punct/5 "/PUNCT/punct/5 Cross/PROPN/nsubj/10 '
        "wrote/NOUN/parataxis/5 ./PUNCT/punct/5",
    )
    assert triples(doc) == [("direct", '"We are not there yet,"', "Cross", "wrote")]


def test_quote_in_pieces_takes_the_attribution_after_its_first_piece() -> None:
    # the parser gives the long attribution a sentence of its own, unlinked to the quotation
    text = ('"We are not there yet," said Luis Rubio, who heads the Center of Research for '
            'Development in Mexico City. "That is a tough area."')
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 are/AUX/cop/5/be not/PART/advmod/5 there/ADV/ROOT/0 '
        'yet/ADV/advmod/5 ,/PUNCT/punct/5 "/PUNCT/punct/5',
        "said/VERB/ROOT/0/say Luis/PROPN/nsubj/1 Rubio/PROPN/flat/2 ,/PUNCT/punct/6 "
        "who/PRON/nsubj/6 heads/VERB/acl:relcl/2/head the/DET/det/8 Center/PROPN/obj/6 "
        "of/ADP/case/10 Research/PROPN/nmod/8 for/ADP/case/12 Development/PROPN/nmod/10 "
        "in/ADP/case/15 Mexico/PROPN/compound/15 City/PROPN/nmod/12 ./PUNCT/punct/1",
        _TOUGH_AREA,
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.speaker.text if q.speaker else None, len(q.fragments)) == ("Luis Rubio", 2)


def test_that_clause_starts_at_that() -> None:
    # the parser hangs the cue's time on the clause; the clause still starts at "that"
    text = "He said Friday that the talks failed."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say Friday/PROPN/obl:tmod/7 that/SCONJ/mark/7 "
        "the/DET/det/6 talks/NOUN/nsubj/7/talk failed/VERB/ccomp/2/fail ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "that the talks failed", "He", "said")]


def test_mixed_quote_starts_at_that() -> None:
    text = 'He said Monday that the plan "will fail."'
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say Monday/PROPN/obl:tmod/9 that/SCONJ/mark/9 "
        'the/DET/det/6 plan/NOUN/nsubj/9 "/PUNCT/punct/9 will/AUX/aux/9 fail/VERB/ccomp/2 '
        './PUNCT/punct/9 "/PUNCT/punct/9',
    )
    assert triples(doc) == [("mixed", 'that the plan "will fail."', "He", "said")]


def test_clause_before_that_is_part_of_what_was_said() -> None:
    text = "He said the problem is that the talks failed."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 problem/NOUN/nsubj/5 "
        "is/AUX/ccomp/2/be that/SCONJ/mark/9 the/DET/det/8 talks/NOUN/nsubj/9/talk "
        "failed/VERB/ccomp/5/fail ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the problem is that the talks failed", "He", "said")]


def test_infinitive_hung_on_the_cue_after_its_object_is_part_of_it() -> None:
    text = "Lavrov praised the efforts of Kerry to end the war."
    doc = make_doc(
        text,
        "Lavrov/PROPN/nsubj/2 praised/VERB/ROOT/0/praise the/DET/det/4 efforts/NOUN/obj/2/effort "
        "of/ADP/case/6 Kerry/PROPN/nmod/4 to/PART/mark/8 end/VERB/advcl/2 the/DET/det/10 "
        "war/NOUN/obj/8 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "the efforts of Kerry to end the war", "Lavrov", "praised")]


def test_noun_coordinated_with_the_object_on_the_cue_is_part_of_it() -> None:
    text = "Trump criticized Priebus and his allies."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 criticized/VERB/ROOT/0/criticize Priebus/PROPN/obj/2 "
        "and/CCONJ/cc/6 his/PRON/nmod:poss/6 allies/NOUN/conj/2/ally ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "Priebus and his allies", "Trump", "criticized")]


def test_participle_after_a_comma_is_not_part_of_the_object() -> None:
    text = "Riyadh denied any links, raising questions."
    doc = make_doc(
        text,
        "Riyadh/PROPN/nsubj/2 denied/VERB/ROOT/0/deny any/DET/det/4 links/NOUN/obj/2/link "
        ",/PUNCT/punct/6 raising/VERB/advcl/2/raise questions/NOUN/obj/6/question "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "any links", "Riyadh", "denied")]


def test_time_word_alone_after_the_cue_is_no_content() -> None:
    text = "The agency reported Friday."
    doc = make_doc(
        text,
        "The/DET/det/2 agency/NOUN/nsubj/3 reported/VERB/ROOT/0/report Friday/PROPN/obj/3 "
        "./PUNCT/punct/3",
    )
    assert triples(doc) == []


def test_subject_before_a_parenthetical_cue_is_the_first_piece_of_the_quotation() -> None:
    # the parser makes the quotation's subject a second subject of the cue
    text = 'An economic downturn, he said, "could be a good time to borrow."'
    doc = make_doc(
        text,
        "An/DET/det/3 economic/ADJ/amod/3 downturn/NOUN/nsubj/6 ,/PUNCT/punct/3 "
        "he/PRON/nsubj/6 said/VERB/ROOT/0/say ,/PUNCT/punct/13 \"/PUNCT/punct/13 "
        "could/AUX/aux/13 be/AUX/cop/13/be a/DET/det/13 good/ADJ/amod/13 time/NOUN/ccomp/6 "
        'to/PART/mark/15 borrow/VERB/acl/13 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.type, q.quote.text, q.speaker.text if q.speaker else None) == ("mixed", text, "he")
    assert [f.text for f in q.fragments] == [
        "An economic downturn", '"could be a good time to borrow."']


def test_adverbial_before_a_parenthetical_cue_stays_out_of_the_quotation() -> None:
    text = 'In the end, he said, "we will win."'
    doc = make_doc(
        text,
        "In/ADP/case/3 the/DET/det/3 end/NOUN/obl/6 ,/PUNCT/punct/3 he/PRON/nsubj/6 "
        'said/VERB/ROOT/0/say ,/PUNCT/punct/11 "/PUNCT/punct/11 we/PRON/nsubj/11 '
        'will/AUX/aux/11 win/VERB/ccomp/6 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    assert triples(doc) == [("direct", '"we will win."', "he", "said")]


def test_content_before_the_cue_starts_after_a_line_break() -> None:
    # a headline the parser ran into the sentence after it
    text = "Quarantine Backed\nThe plan will work, Christie said."
    doc = make_doc(
        text,
        "Quarantine/NOUN/nsubj/2 Backed/VERB/advcl/6/back The/DET/det/4 plan/NOUN/nsubj/6 "
        "will/AUX/aux/6 work/VERB/ccomp/9 ,/PUNCT/punct/6 Christie/PROPN/nsubj/9 "
        "said/VERB/ROOT/0/say ./PUNCT/punct/9",
    )
    assert triples(doc) == [("indirect", "The plan will work", "Christie", "said")]


def test_content_after_the_cue_ends_at_a_line_break() -> None:
    text = "Officials said the plan works\nWeather today"
    doc = make_doc(
        text,
        "Officials/NOUN/nsubj/2/official said/VERB/ROOT/0/say the/DET/det/4 plan/NOUN/nsubj/5 "
        "works/VERB/ccomp/2/work Weather/NOUN/obj/5 today/NOUN/obl:tmod/6",
    )
    assert triples(doc) == [("indirect", "the plan works", "Officials", "said")]


def test_gerund_subject_hung_on_the_cue_starts_the_content() -> None:
    text = "Tarar said selling Trump is a challenge."
    doc = make_doc(
        text,
        "Tarar/PROPN/nsubj/2 said/VERB/ROOT/0/say selling/VERB/xcomp/2/sell/VBG "
        "Trump/PROPN/obj/3 is/AUX/cop/7/be a/DET/det/7 challenge/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "selling Trump is a challenge", "Tarar", "said")]


def test_predicate_joined_by_and_to_the_cue_is_part_of_the_content() -> None:
    text = "He said he was familiar with the book and had not seen the movie."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/5 was/AUX/cop/5/be/VBD "
        "familiar/ADJ/ccomp/2 with/ADP/case/8 the/DET/det/8 book/NOUN/obl/5 and/CCONJ/cc/12 "
        "had/AUX/aux/12/have/VBD not/PART/advmod/12 seen/VERB/conj/2/see/VBN the/DET/det/14 "
        "movie/NOUN/obj/12 ./PUNCT/punct/2",
    )
    assert triples(doc) == [
        ("indirect", "he was familiar with the book and had not seen the movie", "He", "said")]


def test_predicate_after_a_comma_and_stays_with_the_cue() -> None:
    # a predicate of the speaker's own: "said X, and left"
    text = "He said he was tired, and left the room."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/5 was/AUX/cop/5/be/VBD "
        "tired/ADJ/ccomp/2 ,/PUNCT/punct/8 and/CCONJ/cc/8 left/VERB/conj/2/leave/VBD "
        "the/DET/det/10 room/NOUN/obj/8 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "he was tired", "He", "said")]


@pytest.mark.parametrize("which", ["which/PRON/obj/7", "which/PRON/nsubj/9"])
def test_relative_pronoun_is_the_first_piece_of_the_content(which: str) -> None:
    # the pronoun stands for the content's missing subject, whether the parse hangs it on
    # the cue or on the content
    text = "It is a tax which he said had harmed the economy."
    doc = make_doc(
        text,
        f"It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 tax/NOUN/ROOT/0 {which} "
        "he/PRON/nsubj/7 said/VERB/acl:relcl/4/say/VBD had/AUX/aux/9/have/VBD "
        "harmed/VERB/ccomp/7/harm/VBN the/DET/det/11 economy/NOUN/obj/9 ./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [f.text for f in q.fragments] == ["which", "had harmed the economy"]
    assert (q.type, q.quote.text, q.speaker.text if q.speaker else None) == (
        "indirect", "which he said had harmed the economy", "he")


def test_relative_pronoun_before_a_content_with_its_own_subject_stays_out() -> None:
    text = "It is a plan which he says he will present soon."
    doc = make_doc(
        text,
        "It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 plan/NOUN/ROOT/0 which/PRON/obj/7 "
        "he/PRON/nsubj/7 says/VERB/acl:relcl/4/say/VBZ he/PRON/nsubj/10 will/AUX/aux/10 "
        "present/VERB/ccomp/7 soon/ADV/advmod/10 ./PUNCT/punct/4",
    )
    assert triples(doc) == [("indirect", "he will present soon", "he", "says")]


def test_participle_sharing_a_coordinated_auxiliary_is_a_cue() -> None:
    # "called" is a participle of "has", not a bare one ("a plan called ...")
    text = "She has released her returns and called on Sanders to do the same."
    doc = make_doc(
        text,
        "She/PRON/nsubj/3/she has/AUX/aux/3/have/VBZ released/VERB/ROOT/0/release/VBN "
        "her/PRON/nmod:poss/5/she returns/NOUN/obj/3/return and/CCONJ/cc/7 "
        "called/VERB/conj/3/call/VBN on/ADP/case/9 Sanders/PROPN/obl/7 to/PART/mark/11 "
        "do/VERB/advcl/7/do/VB the/DET/det/13 same/ADJ/obj/11 ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "Sanders to do the same", "She", "called")]


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
    assert ("indirect", "residents to stay calm", "The mayor", "urged") in triples(doc)


def test_participle_hung_on_an_infinitive_is_a_cue() -> None:
    # the parse coordinates the second "called" with "release", which no participle is
    # coordinated with: it is the family's second call
    text = "The family has called on police to release the videos and called on people to protest."
    doc = make_doc(
        text,
        "The/DET/det/2 family/NOUN/nsubj/4 has/AUX/aux/4/have/VBZ called/VERB/ROOT/0/call/VBN "
        "on/ADP/case/6 police/NOUN/obl/4 to/PART/mark/8 release/VERB/advcl/4/release/VB "
        "the/DET/det/10 videos/NOUN/obj/8 and/CCONJ/cc/12 called/VERB/conj/8/call/VBN "
        "on/ADP/case/14 people/NOUN/obl/12 to/PART/mark/16 protest/VERB/advcl/12/protest/VB "
        "./PUNCT/punct/4",
    )
    assert triples(doc) == [
        ("indirect", "police to release the videos", "The family", "called"),
        ("indirect", "people to protest", "The family", "called"),
    ]


def test_as_reported_by_a_source_frames_the_clause_it_hangs_on() -> None:
    text = "As reported by The Post, the talks failed."
    doc = make_doc(
        text,
        "As/SCONJ/mark/2 reported/VERB/advcl/9/report/VBN by/ADP/case/5 The/DET/det/5 "
        "Post/PROPN/obl/2 ,/PUNCT/punct/2 the/DET/det/8 talks/NOUN/nsubj/9/talk "
        "failed/VERB/ROOT/0/fail/VBD ./PUNCT/punct/9",
    )
    assert triples(doc) == [("indirect", "the talks failed", "The Post", "reported")]


def test_question_put_to_someone_hung_on_the_cue_as_adverbial_clause() -> None:
    text = "HuffPost asked the candidate if he was ready."
    doc = make_doc(
        text,
        "HuffPost/PROPN/nsubj/2 asked/VERB/ROOT/0/ask/VBD the/DET/det/4 candidate/NOUN/obj/2 "
        "if/SCONJ/mark/8 he/PRON/nsubj/8 was/AUX/cop/8/be/VBD ready/ADJ/advcl/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "if he was ready", "HuffPost", "asked")]


def test_that_after_an_addressee_with_a_participle_in_it() -> None:
    # the parse lost the complement (parataxis); "cheering" modifies the addressee
    text = "He told cheering supporters that the plan works."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD cheering/VERB/amod/4/cheer/VBG "
        "supporters/NOUN/obj/2/supporter that/SCONJ/mark/8 the/DET/det/7 plan/NOUN/nsubj/8 "
        "works/VERB/parataxis/2/work/VBZ ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "that the plan works", "He", "told")]


def test_clause_after_the_addressee_of_tell_the_parse_did_not_link() -> None:
    text = "She told USA TODAY she was ready."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD USA/PROPN/obj/2 TODAY/PROPN/obl:unmarked/2 "
        "she/PRON/nsubj/7 was/AUX/cop/7/be/VBD ready/ADJ/parataxis/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "she was ready", "She", "told")]



def test_that_clause_of_a_noun_of_saying_the_parse_hung_elsewhere() -> None:
    text = "He ignored claims by the agencies that the files were secret."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 ignored/VERB/ROOT/0/ignore/VBD claims/NOUN/obj/2/claim by/ADP/case/6 "
        "the/DET/det/6 agencies/NOUN/nmod/3/agency that/SCONJ/mark/11 the/DET/det/9 "
        "files/NOUN/nsubj/11/file were/AUX/cop/11/be/VBD secret/ADJ/conj/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "that the files were secret", "the agencies", "claims")]


def test_as_clause_with_a_content_of_its_own_is_a_report_not_a_frame() -> None:
    # "as" marks a time here: what was praised is the object, not the main clause
    text = "The footage came as officials praised the protests."
    doc = make_doc(
        text,
        "The/DET/det/2 footage/NOUN/nsubj/3 came/VERB/ROOT/0/come/VBD as/SCONJ/mark/6 "
        "officials/NOUN/nsubj/6/official praised/VERB/advcl/3/praise/VBD the/DET/det/8 "
        "protests/NOUN/obj/6/protest ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "the protests", "officials", "praised")]


def test_clause_the_parse_did_not_link_may_open_with_a_quoted_phrase() -> None:
    text = 'He said "budget reforms" and taxes would help.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD "/PUNCT/punct/5 budget/NOUN/compound/5 '
        'reforms/NOUN/obj/2/reform "/PUNCT/punct/5 and/CCONJ/cc/8 taxes/NOUN/nsubj/10/tax '
        "would/AUX/aux/10 help/VERB/parataxis/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("mixed", '"budget reforms" and taxes would help', "He", "said")]


def test_quoted_sentence_in_capitals_with_a_cue_is_no_title() -> None:
    text = "''Nusra is Al Qaeda,'' Mr. Kerry said."
    doc = make_doc(
        text,
        "''/PUNCT/punct/4 Nusra/PROPN/nsubj/4 is/AUX/cop/4/be/VBZ Al/PROPN/ccomp/10 "
        "Qaeda/PROPN/flat/4 ,/PUNCT/punct/4 ''/PUNCT/punct/4 Mr./PROPN/nmod:desc/9 "
        "Kerry/PROPN/nsubj/10 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/10",
    )
    assert triples(doc) == [("direct", "''Nusra is Al Qaeda,''", "Mr. Kerry", "said")]


def test_clause_read_as_a_verb_coordinated_with_the_cue() -> None:
    text = "She said he and I drove home."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/6 and/CCONJ/cc/5 "
        "I/PRON/conj/3 drove/VERB/conj/2/drive/VBD home/ADV/advmod/6 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "he and I drove home", "She", "said")]


def test_participial_clause_before_a_quotation_is_no_lead_of_it() -> None:
    text = "She joked again using a Southern accent, \u201cCome on up!\u201d"
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 joked/VERB/ROOT/0/joke/VBD again/ADV/advmod/2 "
        "using/VERB/advcl/2/use/VBG a/DET/det/7 Southern/ADJ/amod/7 accent/NOUN/obj/4 "
        ",/PUNCT/punct/4 \u201c/PUNCT/punct/10 Come/VERB/ccomp/2/come/VB on/ADV/advmod/10 "
        "up/ADV/advmod/10 !/PUNCT/punct/10 \u201d/PUNCT/punct/10",
    )
    assert triples(doc) == [("direct", "\u201cCome on up!\u201d", "She", "joked")]


def test_quotation_after_a_second_report_in_the_attribution_is_that_reports() -> None:
    # the parse hangs the second quotation on "said"; "mentioning" stands between
    text = "\u201cWe finished,\u201d Kiedis said, mentioning the album is \u201calmost ready now.\u201d"
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/3 We/PRON/nsubj/3 finished/VERB/ccomp/7/finish/VBD ,/PUNCT/punct/3 "
        "\u201d/PUNCT/punct/3 Kiedis/PROPN/nsubj/7 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/9 "
        "mentioning/VERB/advcl/7/mention/VBG the/DET/det/11 album/NOUN/nsubj/15 "
        "is/AUX/cop/15/be/VBZ \u201c/PUNCT/punct/15 almost/ADV/advmod/15 ready/ADJ/ccomp/7 "
        "now/ADV/advmod/15 ./PUNCT/punct/15 \u201d/PUNCT/punct/15",
    )
    assert [(t[0], t[1], t[3]) for t in triples(doc)] == [
        ("direct", "\u201cWe finished,\u201d", "said"),
        ("mixed", "the album is \u201calmost ready now.\u201d", "mentioning"),
    ]


def test_phrase_hung_before_the_cue_beside_a_content_after_it_is_not_reported() -> None:
    # the parse made the fronted phrase a complement of "said"
    text = "The host of the show, Smith said that the mood shifted."
    doc = make_doc(
        text,
        "The/DET/det/2 host/NOUN/ccomp/8 of/ADP/case/5 the/DET/det/5 show/NOUN/nmod/2 "
        ",/PUNCT/punct/2 Smith/PROPN/nsubj/8 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/12 "
        "the/DET/det/11 mood/NOUN/nsubj/12 shifted/VERB/ccomp/8/shift/VBD ./PUNCT/punct/8",
    )
    assert triples(doc) == [("indirect", "that the mood shifted", "Smith", "said")]


def test_when_clause_after_the_addressee_is_a_time_not_a_content() -> None:
    text = "Police must tell the government when someone dies in custody."
    doc = make_doc(
        text,
        "Police/NOUN/nsubj/3/police must/AUX/aux/3/must/MD tell/VERB/ROOT/0/tell/VB "
        "the/DET/det/5 government/NOUN/obj/3 when/ADV/advmod/8 someone/PRON/nsubj/8 "
        "dies/VERB/advcl/3/die/VBZ in/ADP/case/10 custody/NOUN/obl/8 ./PUNCT/punct/3",
    )
    assert triples(doc) == []


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
    assert triples(doc) == [
        ("indirect", "the critics are biased", "Trump", "Claiming"),
        ("indirect", "he would win", "Trump", "told"),
    ]


def test_clause_after_the_addressee_and_a_time_the_parse_did_not_link() -> None:
    text = "She told reporters on Monday she was ready."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD reporters/NOUN/obj/2/reporter "
        "on/ADP/case/5 Monday/PROPN/obl/2 she/PRON/nsubj/8 was/AUX/cop/8/be/VBD "
        "ready/ADJ/parataxis/2 ./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "she was ready", "She", "told")]


def test_when_asked_with_the_question_put() -> None:
    text = "When asked whether he would run, Smith smiled."
    doc = make_doc(
        text,
        "When/ADV/advmod/2 asked/VERB/advcl/9/ask/VBN whether/SCONJ/mark/6 he/PRON/nsubj/6 "
        "would/AUX/aux/6/would/MD run/VERB/ccomp/2/run/VB ,/PUNCT/punct/2 "
        "Smith/PROPN/nsubj/9 smiled/VERB/ROOT/0/smile/VBD ./PUNCT/punct/9",
    )
    # Smith is the one asked; the asker is not named
    assert triples(doc) == [("indirect", "whether he would run", None, "asked")]


def test_question_put_hung_on_the_main_clause_is_no_part_of_what_was_said() -> None:
    text = "When asked whether he would run, he said he might."
    doc = make_doc(
        text,
        "When/ADV/advmod/2 asked/VERB/advcl/9/ask/VBD whether/SCONJ/mark/6 he/PRON/nsubj/6 "
        "would/AUX/aux/6/would/MD run/VERB/ccomp/9/run/VB ,/PUNCT/punct/2 "
        "he/PRON/nsubj/9 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/11 might/AUX/ccomp/9/might/MD "
        "./PUNCT/punct/9",
    )
    assert triples(doc) == [
        ("indirect", "whether he would run", None, "asked"),
        ("indirect", "he might", "he", "said"),
    ]


def test_passive_ask_about_a_subject() -> None:
    text = "Clinton was asked about the border by reporters."
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be/VBD asked/VERB/ROOT/0/ask/VBN "
        "about/ADP/case/6 the/DET/det/6 border/NOUN/obl/3 by/ADP/case/8 "
        "reporters/NOUN/obl/3/reporter ./PUNCT/punct/3",
    )
    # what was asked about, and the askers as the source
    assert triples(doc) == [("indirect", "the border", "reporters", "asked")]
    # the same where the parse hung the agent on the question's noun
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be/VBD asked/VERB/ROOT/0/ask/VBN "
        "about/ADP/case/6 the/DET/det/6 border/NOUN/obl/3 by/ADP/case/8 "
        "reporters/NOUN/nmod/6/reporter ./PUNCT/punct/3",
    )
    assert triples(doc) == [("indirect", "the border", "reporters", "asked")]
    # before the main clause, the question ends at its comma, wherever the parse hung the
    # words after it
    text = "Asked about Donald Trump, Barack Obama laughed."
    doc = make_doc(
        text,
        "Asked/VERB/advcl/8/ask/VBN about/ADP/case/3 Donald/PROPN/obl/1 Trump/PROPN/flat/3 "
        ",/PUNCT/punct/1 Barack/PROPN/flat/3 Obama/PROPN/flat/6 laughed/VERB/ROOT/0/laugh/VBD "
        "./PUNCT/punct/8",
    )
    assert triples(doc) == [("indirect", "Donald Trump", None, "Asked")]


def test_infinitive_the_parse_hung_on_the_cue_after_the_content_is_the_contents() -> None:
    text = "He said he planned to sell the house."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/4 planned/VERB/ccomp/2/plan/VBD "
        "to/PART/mark/6 sell/VERB/xcomp/2/sell/VB the/DET/det/8 house/NOUN/obj/6 "
        "./PUNCT/punct/2",
    )
    assert triples(doc) == [("indirect", "he planned to sell the house", "He", "said")]
