"""Object and oblique contents (quotekit.contents.reported.objects): what a judging, naming,
pointing or promising cue is about; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records, triples

from quotekit.records import ExtractOptions

CASES = [
    pytest.param(
        "Lavrov praised China's \"balanced and consistent\" approach.",
        ["Lavrov/PROPN/nsubj/2 praised/VERB/ROOT/0/praise China/PROPN/nmod:poss/10 's/PART/case/3 "
         '"/PUNCT/punct/6 balanced/ADJ/amod/10 and/CCONJ/cc/8 consistent/ADJ/conj/6 '
         '"/PUNCT/punct/6 approach/NOUN/obj/2 ./PUNCT/punct/2'],
        [("mixed", "China's \"balanced and consistent\" approach", "Lavrov", "praised",
          "object-content")],
        id="mixed-object-with-quoted-fragment",
    ),
    pytest.param(
        "Zelenskyy rejected the plan, insisting on the restoration of the borders.",
        ["Zelenskyy/PROPN/nsubj/2 rejected/VERB/ROOT/0/reject the/DET/det/4 plan/NOUN/obj/2 "
         ",/PUNCT/punct/6 insisting/VERB/advcl/2 on/ADP/case/9 the/DET/det/9 "
         "restoration/NOUN/obl/6 of/ADP/case/12 the/DET/det/12 borders/NOUN/nmod/9/border ./PUNCT/punct/2"],
        [("indirect", "the plan", "Zelenskyy", "rejected", "object-content"),
         ("indirect", "the restoration of the borders", "Zelenskyy", "insisting",
          "oblique-content")],
        id="oblique-content-insist-on",
    ),
    pytest.param(
        "He accused the U.S. of inflaming tensions.",
        ["He/PRON/nsubj/2 accused/VERB/ROOT/0/accuse the/DET/det/4 U.S./PROPN/obj/2 of/ADP/case/6 "
         "inflaming/VERB/advcl/2/inflame tensions/NOUN/obj/6/tension ./PUNCT/punct/2"],
        [("indirect", "the U.S. of inflaming tensions", "He", "accused", "object-content")],
        id="accuse-object-of",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


def test_pointing_to_or_out_reports_what_is_pointed_at() -> None:
    text = "The Fund pointed to Norway's decision to quit the pact."
    doc = make_doc(
        text,
        "The/DET/det/2 Fund/PROPN/nsubj/3 pointed/VERB/ROOT/0/point/VBD to/ADP/case/7 "
        "Norway/PROPN/nmod:poss/7 's/PART/case/5 decision/NOUN/obl/3 to/PART/mark/9 "
        "quit/VERB/advcl/3/quit/VB the/DET/det/11 pact/NOUN/obj/9 ./PUNCT/punct/3",
    )
    # the infinitive the parse hung on the cue belongs to the oblique before it
    assert records(doc) == [
        ("indirect", "Norway's decision to quit the pact", "The Fund", "pointed",
         "oblique-content")]
    text = "He pointed out the progress he has made."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD out/ADP/compound:prt/2 the/DET/det/5 "
        "progress/NOUN/obj/2 he/PRON/nsubj/8 has/AUX/aux/8/have made/VERB/acl:relcl/5/make "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the progress he has made", "He", "pointed out", "object-content")]
    # a person pointed at is no content
    text = "She pointed to her."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 pointed/VERB/ROOT/0/point/VBD to/ADP/case/4 her/PRON/obl/2 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == []


def test_oblique_content_whose_preposition_hangs_inside_the_phrase() -> None:
    # the parse hung "for" on a compound inside the phrase, and read its head as a clause
    text = "He called for expanded school funding."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 called/VERB/ROOT/0/call/VBD for/ADP/case/5 expanded/VERB/amod/6 "
        "school/NOUN/compound/6 funding/VERB/advcl/2/fund/VBG ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "expanded school funding", "He", "called", "oblique-content")]


def test_object_content_takes_a_split_name_but_not_a_time() -> None:
    text = "The ad mentions Percy Walton."
    doc = make_doc(
        text,
        "The/DET/det/2 ad/NOUN/nsubj/3 mentions/VERB/ROOT/0/mention/VBZ Percy/PROPN/obj/3 "
        "Walton/PROPN/obj/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "Percy Walton", "The ad", "mentions", "object-content")]
    text = "Ruiz has not mentioned Delong since the hearing."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/4 has/AUX/aux/4 not/PART/advmod/4 mentioned/VERB/ROOT/0/mention/VBN "
        "Delong/PROPN/obj/4 since/ADP/case/8 the/DET/det/8 hearing/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert records(doc) == [("indirect", "Delong", "Ruiz", "mentioned", "object-content")]


def test_commenting_on_a_subject_unless_nothing_was_said() -> None:
    text = "Okafor commented on the ruling."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/2 commented/VERB/ROOT/0/comment/VBD on/ADP/case/5 the/DET/det/5 "
        "ruling/NOUN/obl/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "the ruling", "Okafor", "commented", "oblique-content")]
    # "did not respond to a request for comment": no statement
    text = "Okafor did not respond to a request."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/4 did/AUX/aux/4/do/VBD not/PART/advmod/4 respond/VERB/ROOT/0/respond/VB "
        "to/ADP/case/7 a/DET/det/7 request/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert records(doc) == []


def test_agreeing_with_or_on_a_subject() -> None:
    text = "The neighbours agreed on a shared responsibility."
    doc = make_doc(
        text,
        "The/DET/det/2 neighbours/NOUN/nsubj/3/neighbour agreed/VERB/ROOT/0/agree/VBD "
        "on/ADP/case/7 a/DET/det/7 shared/ADJ/amod/7 responsibility/NOUN/obl/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "a shared responsibility", "The neighbours", "agreed", "oblique-content")]


def test_what_was_explained_or_recalled_is_the_object() -> None:
    text = "Lindqvist recalled the bold budget plan."
    doc = make_doc(
        text,
        "Lindqvist/PROPN/nsubj/2 recalled/VERB/ROOT/0/recall/VBD the/DET/det/6 "
        "bold/ADJ/amod/6 budget/NOUN/compound/6 plan/NOUN/obj/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the bold budget plan", "Lindqvist", "recalled",
         "object-content")]


def test_writing_or_speaking_about_a_subject() -> None:
    text = "She wrote about the use of forgeries."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 wrote/VERB/ROOT/0/write/VBD about/ADP/case/5 the/DET/det/5 "
        "use/NOUN/obl/2 of/ADP/case/7 forgeries/NOUN/nmod/5/forgery ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "the use of forgeries", "She", "wrote", "oblique-content")]


def test_what_was_tweeted_is_the_object() -> None:
    text = "Ruiz tweeted her thanks to the coach."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/2 tweeted/VERB/ROOT/0/tweet/VBD her/PRON/nmod:poss/4 "
        "thanks/NOUN/obj/2 to/ADP/case/7 the/DET/det/7 coach/NOUN/nmod/4 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "her thanks to the coach", "Ruiz", "tweeted", "object-content")]


def test_what_the_object_is_called_is_part_of_the_content() -> None:
    text = "Democrats called the citation a political ploy."
    doc = make_doc(
        text,
        "Democrats/PROPN/nsubj/2 called/VERB/ROOT/0/call the/DET/det/4 citation/NOUN/obj/2 "
        "a/DET/det/7 political/ADJ/amod/7 ploy/NOUN/xcomp/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the citation a political ploy", "Democrats", "called", "object-content")]
    text = "Few described Obama as an evangelist."
    doc = make_doc(
        text,
        "Few/ADJ/nsubj/2 described/VERB/ROOT/0/describe Obama/PROPN/obj/2 as/ADP/case/6 "
        "an/DET/det/6 evangelist/NOUN/obl/2 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("Obama as an evangelist", "object-content")]


def test_naming_cue_keeps_the_quoted_name_the_parse_set_aside() -> None:
    text = 'He called her remarks "racially toxic," and left.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 called/VERB/ROOT/0/call/VBD her/PRON/nmod:poss/4 '
        'remarks/NOUN/obj/2/remark "/PUNCT/punct/7 racially/ADV/advmod/7 '
        'toxic/ADJ/parataxis/2 ,/PUNCT/punct/7 "/PUNCT/punct/7 and/CCONJ/cc/11 '
        'left/VERB/conj/2/leave/VBD ./PUNCT/punct/2',
    )
    assert records(doc) == [
        ("mixed", 'her remarks "racially toxic,"', "He", "called", "object-content")]


def test_stances_report_their_object_or_infinitive() -> None:
    text = "The union opposes the trade deal."
    doc = make_doc(
        text,
        "The/DET/det/2 union/NOUN/nsubj/3 opposes/VERB/ROOT/0/oppose the/DET/det/6 "
        "trade/NOUN/compound/6 deal/NOUN/obj/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "the trade deal", "The union", "opposes", "object-content")]
    text = "The campaign declined to comment."
    doc = make_doc(
        text,
        "The/DET/det/2 campaign/NOUN/nsubj/3 declined/VERB/ROOT/0/decline to/PART/mark/5 "
        "comment/VERB/xcomp/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "to comment", "The campaign", "declined", "xcomp-complement")]
    # the stance class is one option among the others
    only_speech = ExtractOptions(cue_classes=frozenset({"speech"}))
    assert records(doc, only_speech) == []


def test_a_pronoun_is_part_of_what_it_was_called() -> None:
    text = 'He called her "third-rate" on Monday.'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 called/VERB/ROOT/0/call her/PRON/obj/2 "/PUNCT/punct/5 '
        'third-rate/ADJ/xcomp/2 "/PUNCT/punct/5 on/ADP/case/8 Monday/PROPN/obl/2 ./PUNCT/punct/2',
    )
    assert records(doc) == [("mixed", 'her "third-rate"', "He", "called", "object-content")]
    # a pronoun alone is no content: "called it" is a phone call
    text = "She called him on Monday."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 called/VERB/ROOT/0/call him/PRON/obj/2 on/ADP/case/5 "
        "Monday/PROPN/obl/2 ./PUNCT/punct/2",
    )
    assert records(doc) == []


def test_evidence_shows_its_object_and_what_it_is_shown_to_be() -> None:
    text = "Polls show Ruiz up by 6 points."
    doc = make_doc(
        text,
        "Polls/NOUN/nsubj/2/poll show/VERB/ROOT/0 Ruiz/PROPN/obj/2 up/ADV/xcomp/2 "
        "by/ADP/case/7 6/NUM/nummod/7 points/NOUN/obl/4/point ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "Ruiz up by 6 points", "Polls", "show", "object-content")]
    # what was found is a finding only when the cue says what it was found to be
    text = "Candidates found ways to make money."
    doc = make_doc(
        text,
        "Candidates/NOUN/nsubj/2/candidate found/VERB/ROOT/0/find ways/NOUN/obj/2/way "
        "to/PART/mark/5 make/VERB/acl/3 money/NOUN/obj/5 ./PUNCT/punct/2",
    )
    assert records(doc) == []
    text = "The inquiry found the plan unworkable."
    doc = make_doc(
        text,
        "The/DET/det/2 inquiry/NOUN/nsubj/3 found/VERB/ROOT/0/find the/DET/det/5 "
        "plan/NOUN/obj/3 unworkable/ADJ/xcomp/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "the plan unworkable", "The inquiry", "found", "object-content")]


def test_what_is_offered_is_a_promise_only_as_an_infinitive() -> None:
    text = "Those figures offer a window into the market."
    doc = make_doc(
        text,
        "Those/DET/det/2 figures/NOUN/nsubj/3/figure offer/VERB/ROOT/0 a/DET/det/5 "
        "window/NOUN/obj/3 into/ADP/case/8 the/DET/det/8 market/NOUN/nmod/5 ./PUNCT/punct/3",
    )
    assert records(doc) == []
    text = "Neighbours offered to drive for me."
    doc = make_doc(
        text,
        "Neighbours/NOUN/nsubj/2/neighbour offered/VERB/ROOT/0/offer to/PART/mark/4 "
        "drive/VERB/xcomp/2 for/ADP/case/6 me/PRON/obl/4 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "to drive for me", "Neighbours", "offered", "xcomp-complement")]


def test_a_name_alone_is_what_was_endorsed() -> None:
    text = "Pryce endorsed Okafor last week."
    doc = make_doc(
        text,
        "Pryce/PROPN/nsubj/2 endorsed/VERB/ROOT/0/endorse Okafor/PROPN/obj/2 last/ADJ/amod/5 "
        "week/NOUN/obl:tmod/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "Okafor", "Pryce", "endorsed", "object-content")]


def test_what_a_source_refers_to() -> None:
    text = "Ramos spoke, referring to the growing Hispanic community."
    doc = make_doc(
        text,
        "Ramos/PROPN/nsubj/2 spoke/VERB/ROOT/0/speak ,/PUNCT/punct/4 referring/VERB/advcl/2/refer "
        "to/ADP/case/9 the/DET/det/9 growing/VERB/amod/9/grow Hispanic/ADJ/amod/9 "
        "community/NOUN/obl/4 ./PUNCT/punct/2",
    )
    assert ("indirect", "the growing Hispanic community", "Ramos", "referring",
            "oblique-content") in records(doc)
    # a definition is no report
    text = 'The term "bridgehead" refers to a position in enemy territory.'
    doc = make_doc(
        text,
        'The/DET/det/2 term/NOUN/nsubj/6 "/PUNCT/punct/4 bridgehead/NOUN/appos/2 "/PUNCT/punct/4 '
        "refers/VERB/ROOT/0/refer to/ADP/case/9 a/DET/det/9 position/NOUN/obl/6 in/ADP/case/12 "
        "enemy/NOUN/compound/12 territory/NOUN/nmod/9 ./PUNCT/punct/6",
    )
    assert records(doc) == []


def test_a_relative_clause_after_a_comma_inside_the_object_is_the_writers() -> None:
    text = "Labour question the wisdom of backing Holt, who has never managed a farm."
    doc = make_doc(
        text,
        "Labour/PROPN/nsubj/2 question/VERB/ROOT/0 the/DET/det/4 wisdom/NOUN/obj/2 "
        "of/ADP/mark/6 backing/VERB/acl/4/back Holt/PROPN/obj/6 ,/PUNCT/punct/12 "
        "who/PRON/nsubj/12 has/AUX/aux/12/have never/ADV/advmod/12 managed/VERB/acl:relcl/7/manage "
        "a/DET/det/14 farm/NOUN/obj/12 ./PUNCT/punct/2",
    )
    assert contents(doc) == [("the wisdom of backing Holt", "object-content")]


def test_what_was_found_to_be_done_is_no_finding() -> None:
    # the parser hung the infinitive on the cue
    text = "Tenants have found tricks to make the lease work."
    doc = make_doc(
        text,
        "Tenants/NOUN/nsubj/3/tenant have/AUX/aux/3 found/VERB/ROOT/0/find "
        "tricks/NOUN/obj/3/trick to/PART/mark/6 make/VERB/xcomp/3 the/DET/det/8 lease/NOUN/obj/6 "
        "work/VERB/xcomp/6 ./PUNCT/punct/3",
    )
    assert records(doc) == []


def test_what_polls_show_when_the_parser_reads_show_up() -> None:
    text = "Polls show Ruiz up by six points."
    doc = make_doc(
        text,
        "Polls/NOUN/nsubj/2/poll show/VERB/ROOT/0 Ruiz/PROPN/obj/2 up/ADP/compound:prt/2 "
        "by/ADP/case/7 six/NUM/nummod/7 points/NOUN/obl/2/point ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "Ruiz up by six points", "Polls", "show", "object-content")]


def test_what_the_parser_hung_on_the_cue_after_its_object() -> None:
    text = "Lund never mentioned Okafor by name."
    doc = make_doc(
        text,
        "Lund/PROPN/nsubj/3 never/ADV/advmod/3 mentioned/VERB/ROOT/0/mention Okafor/PROPN/obj/3 "
        "by/ADP/case/6 name/NOUN/obl/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "Okafor by name", "Lund", "mentioned", "object-content")]


def test_infinitive_hung_on_the_cue_after_its_object_is_part_of_it() -> None:
    text = "Lavrov praised the efforts of Kerry to end the war."
    doc = make_doc(
        text,
        "Lavrov/PROPN/nsubj/2 praised/VERB/ROOT/0/praise the/DET/det/4 efforts/NOUN/obj/2/effort "
        "of/ADP/case/6 Kerry/PROPN/nmod/4 to/PART/mark/8 end/VERB/advcl/2 the/DET/det/10 "
        "war/NOUN/obj/8 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the efforts of Kerry to end the war", "Lavrov", "praised", "object-content")]


def test_noun_coordinated_with_the_object_on_the_cue_is_part_of_it() -> None:
    text = "Trump criticized Priebus and his allies."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 criticized/VERB/ROOT/0/criticize Priebus/PROPN/obj/2 "
        "and/CCONJ/cc/6 his/PRON/nmod:poss/6 allies/NOUN/conj/2/ally ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "Priebus and his allies", "Trump", "criticized", "object-content")]


def test_participle_after_a_comma_is_not_part_of_the_object() -> None:
    text = "Riyadh denied any links, raising questions."
    doc = make_doc(
        text,
        "Riyadh/PROPN/nsubj/2 denied/VERB/ROOT/0/deny any/DET/det/4 links/NOUN/obj/2/link "
        ",/PUNCT/punct/6 raising/VERB/advcl/2/raise questions/NOUN/obj/6/question "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "any links", "Riyadh", "denied", "object-content")]


def test_time_word_alone_after_the_cue_is_no_content() -> None:
    text = "The agency reported Friday."
    doc = make_doc(
        text,
        "The/DET/det/2 agency/NOUN/nsubj/3 reported/VERB/ROOT/0/report Friday/PROPN/obj/3 "
        "./PUNCT/punct/3",
    )
    assert records(doc) == []


@pytest.mark.issue(17)
def test_a_name_in_marks_after_a_naming_verb_is_no_quote() -> None:
    text = 'The board will debate what locals have called the "Harbor Link" scheme.'
    doc = make_doc(
        text,
        "The/DET/det/2 board/NOUN/nsubj/4 will/AUX/aux/4//MD debate/VERB/ROOT/0//VB "
        "what/PRON/obj/8 locals/NOUN/nsubj/8/local have/AUX/aux/8 called/VERB/ccomp/4/call "
        'the/DET/det/14 "/PUNCT/punct/12 Harbor/PROPN/compound/14 Link/PROPN/compound/14 '
        '"/PUNCT/punct/12 scheme/NOUN/obj/8 ./PUNCT/punct/4',
    )
    assert records(doc) == []
    # a judgment in marks after the same verb is the speaker's words
    text = 'Locals have called the scheme "a costly mistake."'
    doc = make_doc(
        text,
        "Locals/NOUN/nsubj/3/local have/AUX/aux/3 called/VERB/ROOT/0/call the/DET/det/5 "
        'scheme/NOUN/obj/3 "/PUNCT/punct/9 a/DET/det/9 costly/ADJ/amod/9 mistake/NOUN/xcomp/3 '
        './PUNCT/punct/3 "/PUNCT/punct/3',
    )
    assert triples(doc) == [
        ("mixed", 'the scheme "a costly mistake."', "Locals", "called")]
    # and so is an epithet in title case for a person
    text = 'Protesters called Marsh "The Harbor\'s Worst Friend" all week.'
    doc = make_doc(
        text,
        'Protesters/NOUN/nsubj/2/protester called/VERB/ROOT/0/call Marsh/PROPN/obj/2 '
        '"/PUNCT/punct/9 The/DET/det/6 Harbor/PROPN/nmod:poss/9 \'s/PART/case/6 '
        'Worst/ADJ/amod/9 Friend/PROPN/xcomp/2 "/PUNCT/punct/9 all/DET/det/12 '
        'week/NOUN/obl:tmod/2 ./PUNCT/punct/2',
    )
    assert [r[0] for r in triples(doc)] == ["mixed"]


@pytest.mark.issue(17)
def test_a_name_in_marks_after_referring_as_is_no_quote() -> None:
    text = 'Locals referred to the junction as "Mill Corner."'
    doc = make_doc(
        text,
        'Locals/NOUN/nsubj/2/local referred/VERB/ROOT/0/refer to/ADP/case/5 the/DET/det/5 '
        'junction/NOUN/obl/2 as/ADP/case/9 "/PUNCT/punct/9 Mill/PROPN/compound/9 '
        'Corner/PROPN/obl/2 ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert triples(doc) == []


def test_in_a_headline_in_title_case_a_quoted_name_is_still_read() -> None:
    text = 'Critics Call The Plan The "Harbor Giveaway"'
    doc = make_doc(
        text,
        'Critics/NOUN/nsubj/2/critic Call/VERB/ROOT/0/call/VBP The/DET/det/4 Plan/NOUN/obj/2 '
        'The/DET/det/8 "/PUNCT/punct/8 Harbor/PROPN/compound/8 Giveaway/PROPN/xcomp/2 '
        '"/PUNCT/punct/8',
    )
    assert [r[0] for r in triples(doc)] == ["mixed"]


def test_the_writers_interview_introduced_is_no_report() -> None:
    # "We spoke with Dr. Ruiz about the telescope": an interview introduced, not anyone's
    # views on the telescope; "The mayor spoke about the telescope" reports hers
    text = "We spoke with Dr. Ruiz about the new telescope."
    doc = make_doc(
        text,
        "We/PRON/nsubj/2 spoke/VERB/ROOT/0/speak/VBD with/ADP/case/5 Dr./PROPN/compound/5 "
        "Ruiz/PROPN/obl/2 about/ADP/case/9 the/DET/det/9 new/ADJ/amod/9 telescope/NOUN/obl/2 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == []
    text = "The mayor spoke about the new telescope."
    doc = make_doc(
        text,
        "The/DET/det/2 mayor/NOUN/nsubj/3 spoke/VERB/ROOT/0/speak/VBD about/ADP/case/7 "
        "the/DET/det/7 new/ADJ/amod/7 telescope/NOUN/obl/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "the new telescope", "The mayor", "spoke", "oblique-content")]
