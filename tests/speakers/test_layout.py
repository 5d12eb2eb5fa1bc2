"""Attribution without a cue word (quotekit.speakers.layout): a verb after a quotation the parse
split off, an attribution line, a dash, a floating quote; on hand-built parses."""

from __future__ import annotations

from conftest import make_doc

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def test_pull_quote_with_attribution_line() -> None:
    text = '"The sea does not care about our schedules."\n\nHalvorsen on the harbor closure'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 The/DET/det/3 sea/NOUN/nsubj/6 does/AUX/aux/6/do not/PART/advmod/6 '
        'care/VERB/ROOT/0 about/ADP/case/9 our/PRON/nmod:poss/9/we schedules/NOUN/obl/6/schedule '
        './PUNCT/punct/6 "/PUNCT/punct/6',
        "Halvorsen/PROPN/ROOT/0 on/ADP/case/5 the/DET/det/5 harbor/NOUN/compound/5 closure/NOUN/nmod/1",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    (q,) = rec.quotes
    assert (q.type, q.speaker.text if q.speaker else None, q.attribution) == (
        "direct", "Halvorsen", "line")
    assert q.cue is None
    assert q.topic is not None and q.topic.text == "the harbor closure"


def test_a_heading_after_a_quotation_is_no_attribution_line() -> None:
    text = '"The sea does not care about our schedules."\n\nBook II'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 The/DET/det/3 sea/NOUN/nsubj/6 does/AUX/aux/6/do not/PART/advmod/6 '
        'care/VERB/ROOT/0 about/ADP/case/9 our/PRON/nmod:poss/9/we schedules/NOUN/obl/6/schedule '
        './PUNCT/punct/6 "/PUNCT/punct/6',
        "Book/PROPN/ROOT/0 II/PROPN/flat/1",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [q.speaker for q in rec.quotes] == [None]


def test_dash_attribution() -> None:
    text = '"We will not give up on this city." \u2014 Alicia Moreno'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 will/AUX/aux/5 not/PART/advmod/5 give/VERB/ROOT/0 '
        'up/ADP/compound:prt/5 on/ADP/case/9 this/DET/det/9 city/NOUN/obl/5 ./PUNCT/punct/5 '
        '"/PUNCT/punct/5 \u2014/PUNCT/punct/13 Alicia/PROPN/appos/5 Moreno/PROPN/flat/13',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None, q.attribution) for q in rec.quotes] == [
        ("Alicia Moreno", "dash")]


def test_floating_quote_inherits_previous_speaker() -> None:
    text = '"Every week we wait, the price goes up," he said.\n\n"That is not a responsible way to spend."'
    doc = make_doc(
        text,
        '"/PUNCT/punct/9 Every/DET/det/3 week/NOUN/obl:tmod/9 we/PRON/nsubj/5 wait/VERB/acl:relcl/3 '
        ',/PUNCT/punct/9 the/DET/det/8 price/NOUN/nsubj/9 goes/VERB/ccomp/14/go up/ADP/compound:prt/9 '
        ',/PUNCT/punct/9 "/PUNCT/punct/9 he/PRON/nsubj/14 said/VERB/ROOT/0/say ./PUNCT/punct/14',
        '"/PUNCT/punct/7 That/PRON/nsubj/7 is/AUX/cop/7/be not/PART/advmod/7 a/DET/det/7 '
        'responsible/ADJ/amod/7 way/NOUN/ROOT/0 to/PART/mark/9 spend/VERB/acl/7 ./PUNCT/punct/7 "/PUNCT/punct/7',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None, q.attribution) for q in rec.quotes] == [
        ("he", "cue"), ("he", "floating")]


def test_cue_after_a_quotation_the_parse_split_off() -> None:
    # the parser ends the sentence at the closing mark, so the quote rule finds no cue
    # (an attribution sentence this long is not taken for the quotation's own by the quote rule)
    text = ('"That is our weakness," said Marta Quiroga, who heads a research centre in Santa Fe '
            'and advises the government.')
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 That/PRON/nsubj/5 is/AUX/cop/5/be our/PRON/nmod:poss/5/we weakness/NOUN/ROOT/0 '
        ',/PUNCT/punct/5 "/PUNCT/punct/5',
        "said/VERB/ROOT/0/say Marta/PROPN/nsubj/1 Quiroga/PROPN/flat/2 ,/PUNCT/punct/6 who/PRON/nsubj/6 "
        "heads/VERB/acl:relcl/2/head a/DET/det/9 research/NOUN/compound/9 centre/NOUN/obj/6 "
        "in/ADP/case/13 Santa/PROPN/compound/13 Fe/PROPN/nmod/9 and/CCONJ/cc/15 "
        "advises/VERB/conj/6/advise the/DET/det/17 government/NOUN/obj/15 ./PUNCT/punct/1",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "Marta Quiroga", "said")
    assert q.attribution == "cue-after"


def test_cue_after_a_quotation_past_a_relative_clause_on_its_speaker() -> None:
    # the parser gives the long attribution a sentence of its own, unlinked to the quotation
    text = '"We are done with this," an aide, who was not authorized to comment, told reporters.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 are/AUX/cop/4/be/VBP done/ADJ/ROOT/0 with/ADP/case/6 '
        'this/PRON/obl/4 ,/PUNCT/punct/4 "/PUNCT/punct/4',
        "an/DET/det/2 aide/NOUN/nsubj/11 ,/PUNCT/punct/7 who/PRON/nsubj:pass/7 "
        "was/AUX/aux:pass/7/be/VBD not/PART/advmod/7 authorized/VERB/acl:relcl/2/authorize/VBN "
        "to/PART/mark/9 comment/VERB/xcomp/7/comment/VB ,/PUNCT/punct/7 "
        "told/VERB/ROOT/0/tell/VBD reporters/NOUN/obj/11/reporter ./PUNCT/punct/11",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) == (
        "an aide", "told")


def test_a_verb_of_saying_before_a_colon_ending_its_paragraph_names_the_speaker() -> None:
    # the quotation stands in the next paragraph; the colon follows a manner phrase, whose noun
    # is no speaker
    text = 'Then Tom said with great feeling:\n\n"It is true and we were wrong."'
    doc = make_doc(
        text,
        "Then/ADV/advmod/3 Tom/PROPN/nsubj/3 said/VERB/ROOT/0/say/VBD with/ADP/case/7 "
        "great/ADJ/amod/7 feeling/NOUN/obl/3 :/PUNCT/punct/3",
        '"/PUNCT/punct/4 It/PRON/nsubj/4 is/AUX/cop/4/be/VBZ true/ADJ/ROOT/0 and/CCONJ/cc/8 '
        "we/PRON/nsubj/8 were/AUX/cop/8/be/VBD wrong/ADJ/conj/4 ./PUNCT/punct/4 "
        '"/PUNCT/punct/4',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    (q,) = rec.quotes
    assert q.speaker is not None and q.speaker.text == "Tom"
    assert q.cue is not None and q.cue.text == "said"


def test_a_paragraph_ending_with_its_cue_and_a_comma_introduces_the_next() -> None:
    text = 'To end the silence, Emma quietly said,\n\n"You must forgive my brother and his friend."'
    doc = make_doc(
        text,
        "To/PART/mark/2 end/VERB/advcl/8 the/DET/det/4 silence/NOUN/obj/2 ,/PUNCT/punct/8 "
        "Emma/PROPN/nsubj/8 quietly/ADV/advmod/8 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/8",
        '"/PUNCT/punct/4 You/PRON/nsubj/4 must/AUX/aux/4//MD forgive/VERB/ROOT/0//VB '
        "my/PRON/nmod:poss/6 brother/NOUN/obj/4 and/CCONJ/cc/9 his/PRON/nmod:poss/9 "
        'friend/NOUN/conj/6 ./PUNCT/punct/4 "/PUNCT/punct/4',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
            for q in rec.quotes] == [("Emma", "said")]


def test_the_owner_of_a_reply_after_the_quotation_speaks_it() -> None:
    text = '"Poor Anna will be soaked," was Lucy\'s reply.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 Poor/ADJ/amod/3 Anna/PROPN/nsubj/6 will/AUX/aux/6//MD '
        'be/AUX/aux:pass/6 soaked/VERB/csubj/12/soak/VBN ,/PUNCT/punct/6 "/PUNCT/punct/6 '
        "was/AUX/cop/12/be/VBD Lucy/PROPN/nmod:poss/12 's/PART/case/10 reply/NOUN/ROOT/0 "
        "./PUNCT/punct/12",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Lucy"]


def test_the_owner_of_a_reply_speaks_it_past_a_word_the_parse_took_for_a_noun() -> None:
    # "kind" parsed as a noun of a compound before "reply"
    text = '"Poor Anna will be soaked," was Lucy\'s kind reply.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 Poor/ADJ/amod/3 Anna/PROPN/nsubj/6 will/AUX/aux/6//MD '
        'be/AUX/aux:pass/6 soaked/VERB/csubj/13/soak/VBN ,/PUNCT/punct/6 "/PUNCT/punct/6 '
        "was/AUX/cop/13/be/VBD Lucy/PROPN/nmod:poss/13 's/PART/case/10 kind/NOUN/compound/13 "
        "reply/NOUN/ROOT/0 ./PUNCT/punct/13",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Lucy"]


def test_the_owner_of_a_declaration_before_the_quotation_speaks_it() -> None:
    text = 'Mary\'s declaration was, "I hate the rain and I always will."'
    doc = make_doc(
        text,
        "Mary/PROPN/nmod:poss/3 's/PART/case/1 declaration/NOUN/nsubj/4 was/VERB/ROOT/0/be/VBD "
        ',/PUNCT/punct/4 "/PUNCT/punct/8 I/PRON/nsubj/8 hate/VERB/ccomp/4//VBP the/DET/det/10 '
        "rain/NOUN/obj/8 and/CCONJ/cc/14 I/PRON/nsubj/14 always/ADV/advmod/14 will/AUX/conj/8//MD "
        './PUNCT/punct/8 "/PUNCT/punct/8',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Mary"]


def test_the_owner_of_an_answer_speaks_it_past_a_clause_before_was() -> None:
    text = 'Mary\'s only answer when she saw the rain was, "I always hate the rain."'
    doc = make_doc(
        text,
        "Mary/PROPN/nmod:poss/4 's/PART/case/1 only/ADJ/amod/4 answer/NOUN/nsubj/10 "
        "when/ADV/advmod/7 she/PRON/nsubj/7 saw/VERB/advcl/10/see/VBD the/DET/det/9 "
        "rain/NOUN/obj/7 was/VERB/ROOT/0/be/VBD ,/PUNCT/punct/10 \"/PUNCT/punct/15 "
        "I/PRON/nsubj/15 always/ADV/advmod/15 hate/VERB/ccomp/10//VBP the/DET/det/17 "
        'rain/NOUN/obj/15 ./PUNCT/punct/15 "/PUNCT/punct/15',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Mary"]


def test_the_owner_of_words_left_unsaid_before_was_speaks_them() -> None:
    # "Tom's was--", the noun of saying left out after another's "remark"
    text = 'And Tom\'s was-- "I hate the rain and I always will."'
    doc = make_doc(
        text,
        "And/CCONJ/cc/4 Tom/PROPN/nsubj/4 's/PART/case/2 was/VERB/ROOT/0/be/VBD "
        '--/PUNCT/punct/4 "/PUNCT/punct/8 I/PRON/nsubj/8 hate/VERB/ccomp/4//VBP '
        "the/DET/det/10 rain/NOUN/obj/8 and/CCONJ/cc/14 I/PRON/nsubj/14 always/ADV/advmod/14 "
        'will/AUX/conj/8//MD ./PUNCT/punct/8 "/PUNCT/punct/8',
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Tom"]


def test_the_owner_of_the_lips_a_quotation_came_from_speaks_it() -> None:
    text = '"That plan will ruin us all!" came from Tom\'s thin lips.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 That/DET/det/3 plan/NOUN/nsubj/5 will/AUX/aux/5//MD ruin/VERB/csubj/10 '
        'us/PRON/obj/5 all/DET/det/6 !/PUNCT/punct/5 "/PUNCT/punct/5 came/VERB/ROOT/0/come '
        "from/ADP/case/15 Tom/PROPN/nmod:poss/15 's/PART/case/12 thin/ADJ/amod/15 "
        "lips/NOUN/obl/10/lip ./PUNCT/punct/10",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    assert [(q.speaker.text if q.speaker else None) for q in rec.quotes] == ["Tom"]
