"""Where a reported content starts and ends (quotekit.contents.bounds): the words of the content
the parser hung on the cue, and the writer's words, the next report or a line break that end it;
on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def test_oblique_content_ends_at_the_writers_aside_or_the_next_report() -> None:
    text = "He pointed to the decision as an example, a key factor for decades."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD to/ADP/case/5 the/DET/det/5 "
        "decision/NOUN/obl/2 as/ADP/case/8 an/DET/det/8 example/NOUN/nmod/5 ,/PUNCT/punct/12 "
        "a/DET/det/12 key/ADJ/amod/12 factor/NOUN/appos/8 for/ADP/case/14 "
        "decades/NOUN/nmod/12/decade ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the decision as an example", "He", "pointed", "oblique-content")]


def test_next_report_with_its_subject_misplaced_ends_the_object_content() -> None:
    # the parse made "she", the next clause's subject, the subject of "asserted"
    text = "Ferrante accused the government of pressuring tenants and asserted that she was tired."
    doc = make_doc(
        text,
        "Ferrante/PROPN/nsubj/2 accused/VERB/ROOT/0/accuse/VBD the/DET/det/4 "
        "government/NOUN/obj/2 of/SCONJ/mark/6 pressuring/VERB/acl/4/pressure/VBG "
        "tenants/NOUN/obj/6/tenant and/CCONJ/cc/9 asserted/VERB/conj/6/assert/VBD "
        "that/SCONJ/mark/13 she/PRON/nsubj/9 was/AUX/cop/13/be tired/ADJ/ccomp/9 "
        "./PUNCT/punct/2",
    )
    assert records(doc)[0] == (
        "indirect", "the government of pressuring tenants", "Ferrante", "accused",
        "object-content")


def test_reported_speech_ends_where_the_writer_goes_on() -> None:
    # the parse hangs the writer's "; the revision ..." on the content
    text = "The Fund said it is trimming its outlook; the revision is causing a stir."
    doc = make_doc(
        text,
        "The/DET/det/2 Fund/PROPN/nsubj/3 said/VERB/ROOT/0/say it/PRON/nsubj/6 is/AUX/aux/6/be "
        "trimming/VERB/ccomp/3/trim its/PRON/nmod:poss/8 outlook/NOUN/obj/6 ;/PUNCT/punct/13 "
        "the/DET/det/11 revision/NOUN/nsubj/13 is/AUX/aux/13/be "
        "causing/VERB/conj/6/cause a/DET/det/15 stir/NOUN/obj/13 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "it is trimming its outlook", "The Fund", "said", "ccomp-complement")]


def test_speakers_next_report_ends_a_content() -> None:
    # the parse hung the that-clause on the addressee: the content read off the surface stops
    # at the speaker's next report
    text = "Okafor is telling voters that the harbor is neglected and says he will rebuild it."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/3 is/AUX/aux/3/be telling/VERB/ROOT/0/tell/VBG voters/NOUN/obj/3/voter "
        "that/SCONJ/mark/9 the/DET/det/7 harbor/NOUN/nsubj/9 is/AUX/cop/9/be "
        "neglected/ADJ/acl:relcl/4/neglected/JJ and/CCONJ/cc/11 says/VERB/conj/9/say/VBZ "
        "he/PRON/nsubj/14 will/AUX/aux/14 rebuild/VERB/ccomp/11/rebuild/VB it/PRON/obj/14 "
        "./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "that the harbor is neglected", "Okafor", "telling", "that-clause"),
        ("indirect", "he will rebuild it", "Okafor", "says", "ccomp-complement"),
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
    assert records(doc)[0] == ("indirect", "that she is fit", "Most voters", "told", "that-clause")
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
    assert records(doc)[0] == (
        "mixed", 'that she is "fit to serve,"', "Voters", "agreed", "ccomp-complement")
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
    assert records(doc) == [
        ("mixed", 'the company "was highly successful,"', "He", "said", "mixed-lead"),
        ("indirect", "that its value quadrupled", "He", "adding", "ccomp-complement"),
    ]
    # and the quotation after it; the parse hung the first quotation's comma and closing
    # mark on the participle, which does not make the participle its cue
    text = 'Okafor told them that Marsh "had a reckless plan," adding, "He lost the rural vote."'
    doc = make_doc(
        text,
        'Okafor/PROPN/nsubj/2 told/VERB/ROOT/0/tell/VBD them/PRON/iobj/2 that/SCONJ/mark/7 '
        'Marsh/PROPN/nsubj/7 "/PUNCT/punct/7 had/VERB/ccomp/2/have/VBD a/DET/det/10 '
        'reckless/ADJ/amod/10 plan/NOUN/obj/7 ,/PUNCT/punct/13 "/PUNCT/punct/13 '
        'adding/VERB/advcl/17/add/VBG ,/PUNCT/punct/17 "/PUNCT/punct/17 He/PRON/nsubj/17 '
        'lost/VERB/parataxis/2/lose/VBD the/DET/det/20 rural/ADJ/amod/20 vote/NOUN/obj/17 '
        './PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert records(doc) == [
        ("mixed", 'that Marsh "had a reckless plan,"', "Okafor", "told", "ccomp-complement"),
        ("direct", '"He lost the rural vote."', "Okafor", "adding", "direct-cue-before"),
    ]


def test_report_after_a_comma_ends_the_content_before_it() -> None:
    # the parse hung the second report inside the first content
    text = "She said she speaks about policing, though she noted she has pushed for reforms."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/4 speaks/VERB/ccomp/2/speak "
        "about/ADP/case/6 policing/NOUN/obl/4 ,/PUNCT/punct/10 though/SCONJ/mark/10 "
        "she/PRON/nsubj/10 noted/VERB/advcl/4/note/VBD she/PRON/nsubj/13 has/AUX/aux/13 "
        "pushed/VERB/ccomp/10/push/VBN for/ADP/case/15 reforms/NOUN/obl/13/reform "
        "./PUNCT/punct/2",
    )
    assert records(doc)[0] == (
        "indirect", "she speaks about policing", "She", "said", "ccomp-complement")
    # a thought is often part of what was said: ', he realized ...' stays
    text = "He told them that in March, he realized he had not filed."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 told/VERB/ROOT/0/tell/VBD them/PRON/iobj/2 that/SCONJ/mark/6 "
        "in/ADP/case/6 March/PROPN/obl/2 ,/PUNCT/punct/6 he/PRON/nsubj/9 "
        "realized/VERB/dep/2/realize/VBD he/PRON/nsubj/13 had/AUX/aux/13 not/PART/advmod/13 "
        "filed/VERB/ccomp/9/file/VBN ./PUNCT/punct/2",
    )
    assert contents(doc)[0] == ("that in March, he realized he had not filed", "that-clause")


def test_next_report_after_an_object_content_ends_it() -> None:
    text = "He praised Obama's record, citing statistics about the economy."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 praised/VERB/ROOT/0/praise/VBD Obama/PROPN/nmod:poss/5 's/PART/case/3 "
        "record/NOUN/obj/2 ,/PUNCT/punct/7 citing/VERB/acl/5/cite/VBG "
        "statistics/NOUN/obj/7/statistic about/ADP/case/11 the/DET/det/11 "
        "economy/NOUN/nmod/8 ./PUNCT/punct/2",
    )
    assert records(doc)[0] == ("indirect", "Obama's record", "He", "praised", "object-content")


def test_who_a_named_person_is_closes_no_content() -> None:
    text = "They said nothing would pull them from Sanders, who held a rally on Monday."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD nothing/PRON/nsubj/5 would/AUX/aux/5 "
        "pull/VERB/ccomp/2/pull/VB them/PRON/obj/5 from/ADP/case/8 Sanders/PROPN/obl/5 "
        ",/PUNCT/punct/11 who/PRON/nsubj/11 held/VERB/acl:relcl/8/hold/VBD a/DET/det/13 "
        "rally/NOUN/obj/11 on/ADP/case/15 Monday/PROPN/obl/11 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "nothing would pull them from Sanders", "They", "said", "ccomp-complement")]


def test_speaker_hung_on_a_quotation_before_the_cue_is_no_part_of_it() -> None:
    text = '"The ban will be lifted," Council Leader Dana Pruitt, D-Ore., said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/16 The/DET/det/3 ban/NOUN/nsubj:pass/6 will/AUX/aux/6 '
        'be/AUX/aux:pass/6 lifted/VERB/ccomp/16/lift/VBN ,/PUNCT/punct/10 '
        '"/PUNCT/punct/10 Council/PROPN/compound/10 Leader/PROPN/parataxis/6 '
        'Dana/PROPN/conj/6 Pruitt/PROPN/flat/11 ,/PUNCT/punct/14 D-Ore./PROPN/nsubj/16 '
        ',/PUNCT/punct/14 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/16',
    )
    assert records(doc) == [
        ("direct", '"The ban will be lifted,"', "D-Ore.", "said", "direct-cue-after"),
    ]


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
    assert ("indirect", "the man would not get hurt", "She", "saying",
            "clause-after") in records(doc)


def test_coordinated_report_hung_inside_the_content_ends_it() -> None:
    # (the parse coordinated the second cue with a noun of the content)
    text = "She said that Wales would leave the League and suggested that it would quit."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/6 Wales/PROPN/nsubj/6 "
        "would/AUX/aux/6 leave/VERB/ccomp/2/leave/VB the/DET/det/8 League/PROPN/obj/6 "
        "and/CCONJ/cc/10 suggested/VERB/conj/8/suggest/VBD that/SCONJ/mark/14 "
        "it/PRON/nsubj/14 would/AUX/aux/14 quit/VERB/ccomp/10/quit/VB ./PUNCT/punct/2",
    )
    assert records(doc)[0] == (
        "indirect", "that Wales would leave the League", "She", "said", "ccomp-complement")


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
    assert records(doc)[0] == (
        "indirect", "to pick up the bill", "He", "agreed", "xcomp-complement")


def test_negation_before_an_infinitive_content_is_part_of_it() -> None:
    # "vowed to campaign for her" would say the opposite of what was vowed
    text = "Ferreira vowed not to campaign for her."
    doc = make_doc(
        text,
        "Ferreira/PROPN/nsubj/2 vowed/VERB/ROOT/0/vow/VBD not/PART/advmod/2 to/PART/mark/5 "
        "campaign/VERB/xcomp/2/campaign/VB for/ADP/case/7 her/PRON/obl/5 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "not to campaign for her", "Ferreira", "vowed", "xcomp-complement")]


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
    assert records(doc) == [
        ("indirect", "that the war would go on", "Clinton", "announced", "that-clause")]


def test_second_that_clause_with_a_verb_of_saying_stays_in_the_content() -> None:
    text = "She says officials should act and that she expects Obama to announce more."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 says/VERB/ROOT/0/say/VBZ officials/NOUN/nsubj/5/official "
        "should/AUX/aux/5 act/VERB/ccomp/2/act/VB and/CCONJ/cc/9 that/SCONJ/mark/9 "
        "she/PRON/nsubj/9 expects/VERB/conj/2/expect/VBZ Obama/PROPN/obj/9 "
        "to/PART/mark/12 announce/VERB/xcomp/9/announce/VB more/ADJ/obj/12 ./PUNCT/punct/2",
    )
    assert records(doc)[0] == (
        "indirect", "officials should act and that she expects Obama to announce more",
        "She", "says", "ccomp-complement")
    # (so where the parse coordinated it with the content's own verb)
    text = "He said neighbours saw a ladder and that one was found outside."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD neighbours/NOUN/nsubj/4/neighbour "
        "saw/VERB/ccomp/2/see/VBD a/DET/det/6 ladder/NOUN/obj/4 and/CCONJ/cc/11 "
        "that/SCONJ/mark/11 one/NUM/nsubj:pass/11 was/AUX/aux:pass/11/be "
        "found/VERB/conj/4/find/VBN outside/ADV/advmod/11 ./PUNCT/punct/2",
    )
    assert records(doc)[0] == (
        "indirect", "neighbours saw a ladder and that one was found outside", "He", "said",
        "ccomp-complement")


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
    assert records(doc)[0] == (
        "indirect", "whether they would be fair", "He", "wondered", "ccomp-complement")


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
    found = contents(doc)
    assert ("no meeting was planned", "ccomp-complement") in found
    assert not any("adding" in c for c, _ in found)


def test_a_long_subject_the_parser_hung_on_the_cue_starts_the_content() -> None:
    text = "Sessions said the acceptance of gifts from donors seeking favors was akin to extortion."
    doc = make_doc(
        text,
        "Sessions/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 acceptance/NOUN/obj/2 "
        "of/ADP/case/6 gifts/NOUN/nmod/4/gift from/ADP/case/8 donors/NOUN/nmod/6/donor "
        "seeking/VERB/acl/8/seek favors/NOUN/nsubj/12/favor was/AUX/cop/12/be akin/ADJ/ccomp/2 "
        "to/ADP/case/14 extortion/NOUN/obl/12 ./PUNCT/punct/2",
    )
    assert contents(doc) == [
        ("the acceptance of gifts from donors seeking favors was akin to extortion",
         "ccomp-complement")]
    # the one told is not part of what was said
    text = "Members told reporters she was within reach."
    doc = make_doc(
        text,
        "Members/NOUN/nsubj/2/member told/VERB/ROOT/0/tell reporters/NOUN/obj/2/reporter "
        "she/PRON/nsubj/7 was/AUX/cop/7/be within/ADP/case/7 reach/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("she was within reach", "ccomp-complement")]


def test_a_second_predicate_the_parser_coordinated_with_the_cue() -> None:
    # "make" cannot go with "said": it is what he would do
    text = "He said he would repave a road and make Fulton pay."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say he/PRON/nsubj/5 would/AUX/aux/5 repave/VERB/ccomp/2 "
        "a/DET/det/7 road/NOUN/obj/5 and/CCONJ/cc/9 make/VERB/conj/2 Fulton/PROPN/obj/9 "
        "pay/VERB/xcomp/9 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("he would repave a road and make Fulton pay", "ccomp-complement")]
    # a second that-clause is more of what was said
    text = "She said she liked the apology and that she would move on."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say she/PRON/nsubj/4 liked/VERB/ccomp/2/like "
        "the/DET/det/6 apology/NOUN/obj/4 and/CCONJ/cc/11 that/SCONJ/mark/11 she/PRON/nsubj/11 "
        "would/AUX/aux/11 move/VERB/conj/2 on/ADP/compound:prt/11 ./PUNCT/punct/2",
    )
    assert contents(doc) == [
        ("she liked the apology and that she would move on", "ccomp-complement")]


def test_a_second_subject_after_the_cue_is_the_contents() -> None:
    # the parser made the content's subject a second subject of the cue
    text = "Pryce said the nominee Dana Holt was a failure."
    doc = make_doc(
        text,
        "Pryce/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 nominee/NOUN/nsubj/2 "
        "Dana/PROPN/appos/4 Holt/PROPN/flat/5 was/AUX/cop/9/be a/DET/det/9 "
        "failure/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("the nominee Dana Holt was a failure", "ccomp-complement")]


def test_the_writers_aside_after_a_comma_ends_the_content() -> None:
    text = "He said the bill would pass, a view few share."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 bill/NOUN/nsubj/6 would/AUX/aux/6 "
        "pass/VERB/ccomp/2 ,/PUNCT/punct/9 a/DET/det/9 view/NOUN/appos/6 few/ADJ/nsubj/11 "
        "share/VERB/acl:relcl/9 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("the bill would pass", "ccomp-complement")]
    text = "She said taxes would fall, while critics disagree."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say taxes/NOUN/nsubj/5/tax would/AUX/aux/5 "
        "fall/VERB/ccomp/2 ,/PUNCT/punct/9 while/SCONJ/mark/9 critics/NOUN/nsubj/9/critic "
        "disagree/VERB/advcl/5 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("taxes would fall", "ccomp-complement")]


def test_that_clause_starts_at_that() -> None:
    # the parser hangs the cue's time on the clause; the clause still starts at "that"
    text = "He said Friday that the talks failed."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say Friday/PROPN/obl:tmod/7 that/SCONJ/mark/7 "
        "the/DET/det/6 talks/NOUN/nsubj/7/talk failed/VERB/ccomp/2/fail ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "that the talks failed", "He", "said", "ccomp-complement")]


def test_mixed_quote_starts_at_that() -> None:
    text = 'He said Monday that the plan "will fail."'
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say Monday/PROPN/obl:tmod/9 that/SCONJ/mark/9 "
        'the/DET/det/6 plan/NOUN/nsubj/9 "/PUNCT/punct/9 will/AUX/aux/9 fail/VERB/ccomp/2 '
        './PUNCT/punct/9 "/PUNCT/punct/9',
    )
    assert records(doc) == [("mixed", 'that the plan "will fail."', "He", "said", "mixed-lead")]


def test_clause_before_that_is_part_of_what_was_said() -> None:
    text = "He said the problem is that the talks failed."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 problem/NOUN/nsubj/5 "
        "is/AUX/ccomp/2/be that/SCONJ/mark/9 the/DET/det/8 talks/NOUN/nsubj/9/talk "
        "failed/VERB/ccomp/5/fail ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the problem is that the talks failed", "He", "said", "ccomp-complement")]


def test_content_before_the_cue_starts_after_a_line_break() -> None:
    # a headline the parser ran into the sentence after it
    text = "Quarantine Backed\nThe plan will work, Christie said."
    doc = make_doc(
        text,
        "Quarantine/NOUN/nsubj/2 Backed/VERB/advcl/6/back The/DET/det/4 plan/NOUN/nsubj/6 "
        "will/AUX/aux/6 work/VERB/ccomp/9 ,/PUNCT/punct/6 Christie/PROPN/nsubj/9 "
        "said/VERB/ROOT/0/say ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "The plan will work", "Christie", "said", "complement-before")]


def test_content_after_the_cue_ends_at_a_line_break() -> None:
    text = "Officials said the plan works\nWeather today"
    doc = make_doc(
        text,
        "Officials/NOUN/nsubj/2/official said/VERB/ROOT/0/say the/DET/det/4 plan/NOUN/nsubj/5 "
        "works/VERB/ccomp/2/work Weather/NOUN/obj/5 today/NOUN/obl:tmod/6",
    )
    assert records(doc) == [("indirect", "the plan works", "Officials", "said", "ccomp-complement")]


def test_gerund_subject_hung_on_the_cue_starts_the_content() -> None:
    text = "Tarar said selling Trump is a challenge."
    doc = make_doc(
        text,
        "Tarar/PROPN/nsubj/2 said/VERB/ROOT/0/say selling/VERB/xcomp/2/sell/VBG "
        "Trump/PROPN/obj/3 is/AUX/cop/7/be a/DET/det/7 challenge/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "selling Trump is a challenge", "Tarar", "said", "ccomp-complement")]


def test_predicate_joined_by_and_to_the_cue_is_part_of_the_content() -> None:
    text = "He said he was fond of the novel and had not seen the play."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/5 was/AUX/cop/5/be/VBD "
        "fond/ADJ/ccomp/2 of/ADP/case/8 the/DET/det/8 novel/NOUN/obl/5 and/CCONJ/cc/12 "
        "had/AUX/aux/12/have/VBD not/PART/advmod/12 seen/VERB/conj/2/see/VBN the/DET/det/14 "
        "play/NOUN/obj/12 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "he was fond of the novel and had not seen the play", "He", "said",
         "ccomp-complement")]


def test_predicate_after_a_comma_and_stays_with_the_cue() -> None:
    # a predicate of the speaker's own: "said X, and left"
    text = "He said he was tired, and left the room."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/5 was/AUX/cop/5/be/VBD "
        "tired/ADJ/ccomp/2 ,/PUNCT/punct/8 and/CCONJ/cc/8 left/VERB/conj/2/leave/VBD "
        "the/DET/det/10 room/NOUN/obj/8 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "he was tired", "He", "said", "ccomp-complement")]


@pytest.mark.parametrize("which", ["which/PRON/obj/7", "which/PRON/nsubj/9"])
def test_relative_pronoun_is_the_first_piece_of_the_content(which: str) -> None:
    # the pronoun stands for the content's missing subject, whether the parse hangs it on
    # the cue or on the content
    text = "It is a fee which he said had hurt the harbor."
    doc = make_doc(
        text,
        f"It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 fee/NOUN/ROOT/0 {which} "
        "he/PRON/nsubj/7 said/VERB/acl:relcl/4/say/VBD had/AUX/aux/9/have/VBD "
        "hurt/VERB/ccomp/7/hurt/VBN the/DET/det/11 harbor/NOUN/obj/9 ./PUNCT/punct/4",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "ccomp-complement"
    assert [f.text for f in q.fragments] == ["which", "had hurt the harbor"]
    assert (q.type, q.quote.text, q.speaker.text if q.speaker else None) == (
        "indirect", "which he said had hurt the harbor", "he")


def test_relative_pronoun_before_a_content_with_its_own_subject_stays_out() -> None:
    text = "It is a plan which he says he will present soon."
    doc = make_doc(
        text,
        "It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 plan/NOUN/ROOT/0 which/PRON/obj/7 "
        "he/PRON/nsubj/7 says/VERB/acl:relcl/4/say/VBZ he/PRON/nsubj/10 will/AUX/aux/10 "
        "present/VERB/ccomp/7 soon/ADV/advmod/10 ./PUNCT/punct/4",
    )
    assert records(doc) == [("indirect", "he will present soon", "he", "says", "ccomp-complement")]


def test_infinitive_the_parse_hung_on_the_cue_after_the_content_is_the_contents() -> None:
    text = "He said he planned to sell the house."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/4 planned/VERB/ccomp/2/plan/VBD "
        "to/PART/mark/6 sell/VERB/xcomp/2/sell/VB the/DET/det/8 house/NOUN/obj/6 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "he planned to sell the house", "He", "said", "ccomp-complement")]
