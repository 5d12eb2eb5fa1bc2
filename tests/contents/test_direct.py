"""Direct quotes (quotekit.contents.direct): quotations in marks with their cue before, after or
inside them, quotes in pieces, titles and phrases that are no quotes, and mixed quotes led by
reported words; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import contents, make_doc, records

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

CASES = [
    pytest.param(
        '"We will respond," Lavrov said.',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 Lavrov/PROPN/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8'],
        [("direct", '"We will respond,"', "Lavrov", "said", "direct-cue-after")],
        id="direct-cue-after",
    ),
    pytest.param(
        'Lavrov said: "We will respond."',
        ['Lavrov/PROPN/nsubj/2 said/VERB/ROOT/0/say :/PUNCT/punct/7 "/PUNCT/punct/7 We/PRON/nsubj/7 '
         'will/AUX/aux/7 respond/VERB/ccomp/2 ./PUNCT/punct/7 "/PUNCT/punct/7'],
        [("direct", '"We will respond."', "Lavrov", "said", "direct-cue-before")],
        id="direct-colon-introduction",
    ),
    pytest.param(
        '"We will respond," said Lavrov.',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/7 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 said/VERB/ROOT/0/say Lavrov/PROPN/nsubj/7 ./PUNCT/punct/7'],
        [("direct", '"We will respond,"', "Lavrov", "said", "direct-cue-after")],
        id="direct-speaker-after-verb",
    ),
    pytest.param(
        '"We will respond," he said, "and we will do it soon."',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 respond/VERB/ccomp/8 ,/PUNCT/punct/4 '
         '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/ROOT/0/say ,/PUNCT/punct/8 "/PUNCT/punct/14 '
         'and/CCONJ/cc/14 we/PRON/nsubj/14 will/AUX/aux/14 do/VERB/conj/4 it/PRON/obj/14 '
         'soon/ADV/advmod/14 ./PUNCT/punct/8 "/PUNCT/punct/14'],
        [("direct", '"We will respond," he said, "and we will do it soon."', "he", "said",
          "direct-cue-inside")],
        id="direct-cue-inside",
    ),
    pytest.param(
        'Russia supports the "One China" policy.',
        ['Russia/PROPN/nsubj/2 supports/VERB/ROOT/0/support the/DET/det/8 "/PUNCT/punct/6 '
         'One/NUM/nummod/6 China/PROPN/compound/8 "/PUNCT/punct/6 policy/NOUN/obj/2 ./PUNCT/punct/2'],
        [],
        id="scare-quote-no-record",
    ),
]


@pytest.mark.parametrize("text, sentences, expected", CASES)
def test_construction(text: str, sentences: list[str], expected: list[tuple[str, ...]]) -> None:
    assert records(make_doc(text, *sentences)) == expected


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
    assert q.rule == "direct-cue-inside"
    assert (q.quote.text, q.speaker.text if q.speaker else None) == (text, "he")
    assert [f.text for f in q.fragments] == ['"We will respond,"', '"And soon."']


def test_quotation_after_a_long_attribution_continues_the_quote() -> None:
    text = ('"That is our weakness," said Marta Quiroga, who heads the Institute of Studies for '
            'Housing in Santa Fe. "Nothing matters more."')
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 That/PRON/nsubj/5 is/AUX/cop/5/be our/PRON/nmod:poss/5/we '
        'weakness/NOUN/ccomp/8 ,/PUNCT/punct/5 "/PUNCT/punct/5 said/VERB/ROOT/0/say '
        "Marta/PROPN/nsubj/8 Quiroga/PROPN/flat/9 ,/PUNCT/punct/13 who/PRON/nsubj/13 "
        "heads/VERB/acl:relcl/9/head the/DET/det/15 Institute/PROPN/obj/13 of/ADP/case/17 "
        "Studies/PROPN/nmod/15 for/ADP/case/19 Housing/PROPN/nmod/17 in/ADP/case/22 "
        "Santa/PROPN/compound/22 Fe/PROPN/nmod/19 ./PUNCT/punct/8",
        '"/PUNCT/punct/3 Nothing/PRON/nsubj/3 matters/VERB/ROOT/0/matter more/ADV/advmod/3 '
        './PUNCT/punct/3 "/PUNCT/punct/3',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "direct-cue-inside"
    assert (q.speaker.text if q.speaker else None, len(q.fragments)) == ("Marta Quiroga", 2)
    assert q.quote.text == text


def test_quotation_inside_a_quotation_is_part_of_it() -> None:
    # the inner quotation is the quoted speaker quoting someone: no record of its own
    text = "\"His aides said, 'This will not be one of those,'\" Calloway recalled."
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 His/PRON/nmod:poss/3 aides/NOUN/nsubj/4/aide said/VERB/ccomp/18/say '
        ",/PUNCT/punct/4 '/PUNCT/punct/11 This/PRON/nsubj/11 will/AUX/aux/11 not/PART/advmod/11 "
        "be/AUX/cop/11 one/NUM/ccomp/4 of/ADP/case/13 those/PRON/nmod/11 ,/PUNCT/punct/11 "
        "'/PUNCT/punct/11 \"/PUNCT/punct/4 Calloway/PROPN/nsubj/18 recalled/VERB/ROOT/0/recall "
        "./PUNCT/punct/18",
    )
    assert records(doc) == [
        ("direct", "\"His aides said, 'This will not be one of those,'\"", "Calloway", "recalled",
         "direct-cue-after")]


def test_object_and_quotation_of_one_cue_are_one_mixed_quote() -> None:
    text = 'The coach called the player "remarkably physically fit."'
    doc = make_doc(
        text,
        'The/DET/det/2 coach/NOUN/nsubj/3 called/VERB/ROOT/0/call the/DET/det/5 '
        'player/NOUN/obj/3 "/PUNCT/punct/9 remarkably/ADV/advmod/8 physically/ADV/advmod/9 '
        'fit/ADJ/xcomp/3 ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    assert records(doc) == [
        ("mixed", 'the player "remarkably physically fit."', "The coach", "called",
         "mixed-lead")]


def test_show_title_in_the_attribution_does_not_stop_the_continuation() -> None:
    text = '"We will win," Moreau said on "Early Edition." "No money, no helpers."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 win/VERB/ccomp/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 Moreau/PROPN/nsubj/8 said/VERB/ROOT/0/say on/ADP/case/12 '
        '"/PUNCT/punct/12 Early/ADJ/amod/12 Edition/PROPN/obl/8 ./PUNCT/punct/8 "/PUNCT/punct/8',
        '"/PUNCT/punct/3 No/DET/det/3 money/NOUN/ROOT/0 ,/PUNCT/punct/6 no/DET/det/6 '
        'helpers/NOUN/conj/3/helper ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "direct-cue-inside"
    assert [f.text for f in q.fragments] == ['"We will win,"', '"No money, no helpers."']


def test_reported_words_before_a_quotation_make_it_mixed() -> None:
    # the parse hangs the quotation on "interview", out of the object's reach
    text = 'Vance described the club in an interview as "a relic of another century."'
    doc = make_doc(
        text,
        'Vance/PROPN/nsubj/2 described/VERB/ROOT/0/describe the/DET/det/4 club/NOUN/obj/2 '
        'in/ADP/case/7 an/DET/det/7 interview/NOUN/obl/2 as/ADP/case/11 "/PUNCT/punct/11 '
        'a/DET/det/11 relic/NOUN/nmod/7 of/ADP/case/14 another/DET/det/14 '
        'century/NOUN/nmod/11 ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert records(doc) == [("mixed", 'the club in an interview as "a relic of another century."',
                             "Vance", "described", "mixed-lead")]
    # an addressee before the quotation leaves it direct
    text = 'He told the crowd "we will win."'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 told/VERB/ROOT/0/tell the/DET/det/4 crowd/NOUN/obj/2 "/PUNCT/punct/8 '
        'we/PRON/nsubj/8 will/AUX/aux/8 win/VERB/ccomp/2 ./PUNCT/punct/8 "/PUNCT/punct/8',
    )
    assert records(doc) == [("direct", '"we will win."', "He", "told", "direct-cue-before")]


def test_title_closing_the_attribution_is_no_piece_of_the_quote() -> None:
    text = '"We need to slow down," Lund said on KXT\'s "Voice of the Valley."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 We/PRON/nsubj/3 need/VERB/ccomp/10/need/VBP to/PART/mark/5 '
        'slow/VERB/xcomp/3/slow/VB down/ADV/advmod/5 ,/PUNCT/punct/3 "/PUNCT/punct/3 '
        'Lund/PROPN/nsubj/10 said/VERB/ROOT/0/say/VBD on/ADP/case/15 KXT/PROPN/nmod:poss/15 '
        '\'s/PART/case/12 "/PUNCT/punct/15 Voice/PROPN/obl/10 of/ADP/case/18 '
        'the/DET/det/18 Valley/PROPN/nmod/15 ./PUNCT/punct/10 "/PUNCT/punct/10',
    )
    assert records(doc) == [
        ("direct", '"We need to slow down,"', "Lund", "said", "direct-cue-after")]


def test_quotation_after_a_name_and_colon_needs_no_verb() -> None:
    # the tagger took "underestimate" for an adjective: no verb in the quotation
    text = 'Ortiz: "Never, ever underestimate Okafor."'
    doc = make_doc(
        text,
        'Ortiz/PROPN/ROOT/0 :/PUNCT/punct/7 "/PUNCT/punct/7 Never/ADV/advmod/7 ,/PUNCT/punct/7 '
        'ever/ADV/advmod/7 underestimate/ADJ/parataxis/1 Okafor/PROPN/obj/7 ./PUNCT/punct/1 '
        '"/PUNCT/punct/1',
    )
    assert records(doc) == [
        ("direct", '"Never, ever underestimate Okafor."', "Ortiz", ":", "direct-no-cue")]


def test_typewriter_double_quotes() -> None:
    text = "''That is our weakness,'' said Quiroga."
    doc = make_doc(text, "''/PUNCT/punct/5 That/PRON/nsubj/5 is/AUX/cop/5/be our/PRON/nmod:poss/5/we "
                   "weakness/NOUN/ccomp/8 ,/PUNCT/punct/5 ''/PUNCT/punct/5 said/VERB/ROOT/0/say "
                   "Quiroga/PROPN/nsubj/8 ./PUNCT/punct/8")
    assert records(doc) == [
        ("direct", "''That is our weakness,''", "Quiroga", "said", "direct-cue-after")]


def test_quoted_titles_and_phrases_are_not_quotes() -> None:
    text = 'In his book, "Make Your Garden a Farm," Hollis suggested saving early.'
    doc = make_doc(text, 'In/ADP/case/3 his/PRON/nmod:poss/3/he book/NOUN/obl/14 ,/PUNCT/punct/3 '
                   '"/PUNCT/punct/6 Make/VERB/appos/3 Your/PRON/nmod:poss/8/your Garden/NOUN/obj/6 '
                   'a/DET/det/10 Farm/NOUN/xcomp/6 ,/PUNCT/punct/6 "/PUNCT/punct/6 '
                   'Hollis/PROPN/nsubj/14 suggested/VERB/ROOT/0/suggest saving/VERB/xcomp/14/save '
                   'early/ADV/advmod/15 ./PUNCT/punct/14')
    assert contents(doc) == [("saving early", "xcomp-complement")]


def test_the_cues_adverbials_stay_out_of_a_mixed_quote() -> None:
    text = 'He said on Saturday that Okafor was "becoming a recruiter."'
    doc = make_doc(
        text,
        'He/PRON/nsubj/2 said/VERB/ROOT/0/say on/ADP/case/4 Saturday/PROPN/obl/2 '
        'that/SCONJ/mark/9 Okafor/PROPN/nsubj/9 was/AUX/aux/9/be "/PUNCT/punct/9 '
        'becoming/VERB/ccomp/2/become a/DET/det/11 recruiter/NOUN/xcomp/9 ./PUNCT/punct/2 '
        '"/PUNCT/punct/9',
    )
    ((kind, quote, _, cue, rule),) = records(doc)
    assert (kind, quote, cue, rule) == (
        "mixed", 'that Okafor was "becoming a recruiter."', "said", "mixed-lead")


def test_a_short_answer_before_its_cue_is_said() -> None:
    text = '"In a way," he said. "She kind of adapted."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 In/ADP/case/4 a/DET/det/4 way/NOUN/obl/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 he/PRON/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8',
        '"/PUNCT/punct/5 She/PRON/nsubj/5 kind/ADV/advmod/5 of/ADP/fixed/3 '
        'adapted/VERB/ROOT/0/adapt ./PUNCT/punct/5 "/PUNCT/punct/5',
    )
    assert records(doc) == [("direct", text, "he", "said", "direct-cue-inside")]


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
    assert q.rule == "direct-cue-inside"
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
    assert [q.rule for q in quotes] == ["direct-cue-after", "direct-no-cue"]
    assert not any(q.fragments for q in quotes)


def test_quotation_in_the_next_paragraph_is_a_quote_of_its_own() -> None:
    text = '"We are not there yet," Woolson said.\n\n"That is a tough area."'
    doc = make_doc(text, _WOOLSON, _TOUGH_AREA)
    quotes = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [q.quote.text for q in quotes] == ['"We are not there yet,"', '"That is a tough area."']
    assert [q.rule for q in quotes] == ["direct-cue-after", "direct-no-cue"]


def test_quote_in_pieces_takes_the_attribution_after_its_first_piece() -> None:
    # the parser gives the long attribution a sentence of its own, unlinked to the quotation
    text = ('"We are not there yet," said Marta Quiroga, who heads the Institute of Studies for '
            'Housing in Santa Fe. "That is a tough area."')
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 are/AUX/cop/5/be not/PART/advmod/5 there/ADV/ROOT/0 '
        'yet/ADV/advmod/5 ,/PUNCT/punct/5 "/PUNCT/punct/5',
        "said/VERB/ROOT/0/say Marta/PROPN/nsubj/1 Quiroga/PROPN/flat/2 ,/PUNCT/punct/6 "
        "who/PRON/nsubj/6 heads/VERB/acl:relcl/2/head the/DET/det/8 Institute/PROPN/obj/6 "
        "of/ADP/case/10 Studies/PROPN/nmod/8 for/ADP/case/12 Housing/PROPN/nmod/10 "
        "in/ADP/case/15 Santa/PROPN/compound/15 Fe/PROPN/nmod/12 ./PUNCT/punct/1",
        _TOUGH_AREA,
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.rule == "direct-no-cue"
    assert (q.speaker.text if q.speaker else None, len(q.fragments)) == ("Marta Quiroga", 2)


def test_adverbial_before_a_parenthetical_cue_stays_out_of_the_quotation() -> None:
    text = 'In the end, he said, "we will win."'
    doc = make_doc(
        text,
        "In/ADP/case/3 the/DET/det/3 end/NOUN/obl/6 ,/PUNCT/punct/3 he/PRON/nsubj/6 "
        'said/VERB/ROOT/0/say ,/PUNCT/punct/11 "/PUNCT/punct/11 we/PRON/nsubj/11 '
        'will/AUX/aux/11 win/VERB/ccomp/6 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    assert records(doc) == [("direct", '"we will win."', "he", "said", "direct-cue-before")]


def test_quoted_sentence_in_capitals_with_a_cue_is_no_title() -> None:
    text = "''Delgado is Big Oil,'' Mr. Pryce said."
    doc = make_doc(
        text,
        "''/PUNCT/punct/4 Delgado/PROPN/nsubj/4 is/AUX/cop/4/be/VBZ Big/PROPN/ccomp/10 "
        "Oil/PROPN/flat/4 ,/PUNCT/punct/4 ''/PUNCT/punct/4 Mr./PROPN/nmod:desc/9 "
        "Pryce/PROPN/nsubj/10 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/10",
    )
    assert records(doc) == [
        ("direct", "''Delgado is Big Oil,''", "Mr. Pryce", "said", "direct-cue-after")]


def test_participial_clause_before_a_quotation_is_no_lead_of_it() -> None:
    text = "She joked again using a Southern accent, \u201cCome on up!\u201d"
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 joked/VERB/ROOT/0/joke/VBD again/ADV/advmod/2 "
        "using/VERB/advcl/2/use/VBG a/DET/det/7 Southern/ADJ/amod/7 accent/NOUN/obj/4 "
        ",/PUNCT/punct/4 \u201c/PUNCT/punct/10 Come/VERB/ccomp/2/come/VB on/ADV/advmod/10 "
        "up/ADV/advmod/10 !/PUNCT/punct/10 \u201d/PUNCT/punct/10",
    )
    assert records(doc) == [
        ("direct", "\u201cCome on up!\u201d", "She", "joked", "direct-cue-before")]


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
    assert [(t[0], t[1], t[3], t[4]) for t in records(doc)] == [
        ("direct", "\u201cWe finished,\u201d", "said", "direct-cue-after"),
        ("mixed", "the album is \u201calmost ready now.\u201d", "mentioning", "mixed-lead"),
    ]


def test_a_short_turn_of_dialogue_in_its_own_paragraph_is_speech() -> None:
    text = '"Did you find it yourself?"\n\n"Yes."\n\n"Where?"\n'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 Did/AUX/aux/4/do you/PRON/nsubj/4 find/VERB/ROOT/0 it/PRON/obj/4 '
        'yourself/PRON/obl/4 ?/PUNCT/punct/4 "/PUNCT/punct/4',
        '"/PUNCT/punct/2 Yes/INTJ/ROOT/0 ./PUNCT/punct/2 "/PUNCT/punct/2',
        '"/PUNCT/punct/2 Where/ADV/ROOT/0 ?/PUNCT/punct/2 "/PUNCT/punct/2',
    )
    quotes = [quote for _, quote, *_ in records(doc)]
    assert quotes == ['"Did you find it yourself?"', '"Yes."', '"Where?"']


def test_a_short_heading_in_marks_is_no_turn() -> None:
    text = 'The plant closed.\n\n"Related:"\n\n"Jobs Leave Town"\n\n"We lost," she said.\n'
    doc = make_doc(
        text,
        "The/DET/det/2 plant/NOUN/nsubj/3 closed/VERB/ROOT/0/close ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Related/ADJ/ROOT/0 :/PUNCT/punct/2 "/PUNCT/punct/2',
        '"/PUNCT/punct/2 Jobs/NOUN/nsubj/3 Leave/VERB/ROOT/0 Town/NOUN/obj/3 "/PUNCT/punct/3',
        '"/PUNCT/punct/3 We/PRON/nsubj/3 lost/VERB/ccomp/7/lose ,/PUNCT/punct/3 '
        '"/PUNCT/punct/3 she/PRON/nsubj/7 said/VERB/ROOT/0/say ./PUNCT/punct/7',
    )
    assert [quote for _, quote, *_ in records(doc)] == ['"We lost,"']


def test_an_exclamation_with_its_cue_after_is_said_however_short() -> None:
    text = '"How savage!" exclaimed Alice.'
    doc = make_doc(
        text,
        # (the parse takes the quotation's words for the subject of the cue)
        '"/PUNCT/punct/3 How/ADV/advmod/3 savage/ADJ/nsubj/6 !/PUNCT/punct/3 "/PUNCT/punct/3 '
        "exclaimed/VERB/ROOT/0/exclaim Alice/PROPN/obj/6 ./PUNCT/punct/6",
    )
    assert records(doc) == [("direct", '"How savage!"', "Alice", "exclaimed", "direct-cue-after")]


def test_a_call_by_name_in_its_own_paragraph_is_a_turn_not_a_heading() -> None:
    text = '"Are you there?"\n\n"Miss Hale!"\n\n"Yes."\n'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 Are/AUX/cop/4/be you/PRON/nsubj/4 there/ADV/ROOT/0 ?/PUNCT/punct/4 '
        '"/PUNCT/punct/4',
        '"/PUNCT/punct/3 Miss/PROPN/nmod:desc/3 Hale/PROPN/ROOT/0 !/PUNCT/punct/3 "/PUNCT/punct/3',
        '"/PUNCT/punct/2 Yes/INTJ/ROOT/0 ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert [quote for _, quote, *_ in records(doc)] == ['"Are you there?"', '"Miss Hale!"', '"Yes."']


def test_a_first_piece_in_capitals_with_its_cue_after_is_said_not_a_title() -> None:
    text = '"Oh, Mr. Hale," said Ann, "you are late."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 Oh/INTJ/discourse/5 ,/PUNCT/punct/5 Mr./PROPN/nmod:desc/5 '
        'Hale/PROPN/vocative/8 ,/PUNCT/punct/5 "/PUNCT/punct/5 said/VERB/ROOT/0/say '
        'Ann/PROPN/nsubj/8 ,/PUNCT/punct/8 "/PUNCT/punct/14 you/PRON/nsubj/14 are/AUX/cop/14/be '
        'late/ADJ/parataxis/8 ./PUNCT/punct/14 "/PUNCT/punct/14',
    )
    assert records(doc) == [("direct", text, "Ann", "said", "direct-cue-inside")]


def test_a_short_outcry_opening_its_paragraph_is_said() -> None:
    text = 'The boy ran.\n\n"Stop thief!" The crowd followed.\n'
    doc = make_doc(
        text,
        "The/DET/det/2 boy/NOUN/nsubj/3 ran/VERB/ROOT/0/run ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Stop/VERB/ROOT/0 thief/NOUN/obj/2 !/PUNCT/punct/2 "/PUNCT/punct/2',
        "The/DET/det/2 crowd/NOUN/nsubj/3 followed/VERB/ROOT/0/follow ./PUNCT/punct/3",
    )
    assert [quote for _, quote, *_ in records(doc)] == ['"Stop thief!"']


def test_a_short_first_piece_of_an_interrupted_quotation_is_part_of_it() -> None:
    text = '"My advice," put in Ann, "is to wait for the spring."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 My/PRON/nmod:poss/3 advice/NOUN/nsubj/6 ,/PUNCT/punct/3 '
        '"/PUNCT/punct/3 put/VERB/ROOT/0 in/ADP/compound:prt/6 Ann/PROPN/nsubj/6 '
        ',/PUNCT/punct/6 "/PUNCT/punct/13 is/AUX/cop/13/be to/PART/mark/13 wait/VERB/parataxis/6 '
        "for/ADP/case/16 the/DET/det/16 spring/NOUN/obl/13 ./PUNCT/punct/13 \"/PUNCT/punct/13",
    )
    quotes = annotate(doc, InputDoc("t", text, "t")).quotes
    assert [[f.text for f in q.fragments] for q in quotes] == [
        ['"My advice,"', '"is to wait for the spring."']
    ]


def test_a_date_in_capitals_filling_its_paragraph_is_a_turn_not_a_title() -> None:
    # the answer of a witness: a date, whose day and month are capitalized
    text = '"What day was it?"\n\n"Tuesday, the 24th of July."\n\n"A week after the fire?"'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 What/PRON/nsubj/4 day/NOUN/nsubj/4 was/AUX/cop/0/be ?/PUNCT/punct/4 '
        '"/PUNCT/punct/4',
        '"/PUNCT/punct/2 Tuesday/PROPN/ROOT/0 ,/PUNCT/punct/2 the/DET/det/5 24th/ADJ/appos/2 '
        'of/ADP/case/7 July/PROPN/nmod/5 ./PUNCT/punct/2 "/PUNCT/punct/2',
        '"/PUNCT/punct/4 A/DET/det/3 week/NOUN/obl:npmod/5 after/ADP/case/5 fire/NOUN/ROOT/0 '
        '?/PUNCT/punct/5 "/PUNCT/punct/5',
    )
    assert '"Tuesday, the 24th of July."' in [r[1] for r in records(doc)]


def test_words_about_the_speaker_after_the_cue_do_not_end_the_quotation() -> None:
    # the second piece follows the attribution and a phrase about the speaker, up to a comma
    text = '"Well," said Ann, unable to find an excuse, "I suppose I must."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/2 Well/INTJ/ccomp/5 ,/PUNCT/punct/2 "/PUNCT/punct/2 '
        "said/VERB/ROOT/0/say/VBD Ann/PROPN/nsubj/5 ,/PUNCT/punct/8 unable/ADJ/advcl/5 "
        "to/PART/mark/10 find/VERB/xcomp/8//VB an/DET/det/12 excuse/NOUN/obj/10 "
        ',/PUNCT/punct/16 "/PUNCT/punct/16 I/PRON/nsubj/16 suppose/VERB/parataxis/5//VBP '
        'I/PRON/nsubj/18 must/AUX/ccomp/16//MD ./PUNCT/punct/16 "/PUNCT/punct/16',
    )
    assert [(r[0], r[2], r[3]) for r in records(doc)] == [("direct", "Ann", "said")]


def test_a_verb_of_saying_in_a_clause_of_time_after_the_cue_does_not_end_the_quotation() -> None:
    text = '"Not now," said Ann, as they proceeded, "but soon."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 Not/PART/advmod/3 now/ADV/ccomp/6 ,/PUNCT/punct/3 "/PUNCT/punct/3 '
        "said/VERB/ROOT/0/say/VBD Ann/PROPN/nsubj/6 ,/PUNCT/punct/11 as/SCONJ/mark/11 "
        "they/PRON/nsubj/11 proceeded/VERB/advcl/6/proceed/VBD ,/PUNCT/punct/15 "
        '"/PUNCT/punct/15 but/CCONJ/cc/15 soon/ADV/parataxis/6 ./PUNCT/punct/15 "/PUNCT/punct/15',
    )
    assert [(r[0], r[2], r[3]) for r in records(doc)] == [("direct", "Ann", "said")]


def test_a_verb_of_saying_after_the_attribution_makes_a_report_of_its_own() -> None:
    text = '"We cannot pay," Ann said, adding later, "The fund is empty."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 can/AUX/aux/5//MD not/PART/advmod/5 pay/VERB/ccomp/9//VB '
        ',/PUNCT/punct/5 "/PUNCT/punct/5 Ann/PROPN/nsubj/9 said/VERB/ROOT/0/say/VBD '
        ",/PUNCT/punct/11 adding/VERB/advcl/9/add/VBG later/ADV/advmod/11 ,/PUNCT/punct/18 "
        '"/PUNCT/punct/18 The/DET/det/16 fund/NOUN/nsubj/18 is/AUX/cop/18/be/VBZ '
        'empty/ADJ/ccomp/11 ./PUNCT/punct/18 "/PUNCT/punct/18',
    )
    assert len([r for r in records(doc) if r[0] == "direct"]) == 2
