"""Vocatives (speakers.vocatives): the names a quotation addresses."""

from __future__ import annotations

from conftest import make_doc

from quotekit.speakers import vocatives


def _names(text: str, *sentences: str) -> list[str]:
    doc = make_doc(text, *sentences)
    return [span.text for span in vocatives(doc, 0, len(text))]


def test_a_name_after_a_comma_at_the_end_of_a_sentence_is_addressed() -> None:
    text = '"Come and sit by the fire, Harriet."'
    got = _names(
        text,
        '"/PUNCT/punct/2 Come/VERB/ROOT/0 and/CCONJ/cc/4 sit/VERB/conj/2 by/ADP/case/7 '
        "the/DET/det/7 fire/NOUN/obl/4 ,/PUNCT/punct/9 Harriet/PROPN/vocative/2 ./PUNCT/punct/2 "
        '"/PUNCT/punct/2',
    )
    assert got == ["Harriet"]


def test_a_name_with_its_title_opening_the_quotation_is_addressed() -> None:
    text = '"Mr. Elton, you are too kind."'
    got = _names(
        text,
        '"/PUNCT/punct/8 Mr./PROPN/compound/3 Elton/PROPN/vocative/8 ,/PUNCT/punct/3 '
        "you/PRON/nsubj/8 are/AUX/cop/8 too/ADV/advmod/8 kind/ADJ/ROOT/0 ./PUNCT/punct/8 "
        '"/PUNCT/punct/8',
    )
    assert got == ["Mr. Elton"]


def test_a_name_described_after_its_comma_is_not_addressed() -> None:
    text = '"Tom Varga, the host, agreed."'
    got = _names(
        text,
        '"/PUNCT/punct/8 Tom/PROPN/nsubj/8 Varga/PROPN/flat/2 ,/PUNCT/punct/6 the/DET/det/6 '
        'host/NOUN/appos/2 ,/PUNCT/punct/6 agreed/VERB/ROOT/0 ./PUNCT/punct/8 "/PUNCT/punct/8',
    )
    assert got == []


def test_the_last_name_of_a_list_is_not_addressed() -> None:
    text = '"I asked Tom, Ann and Bea."'
    got = _names(
        text,
        '"/PUNCT/punct/3 I/PRON/nsubj/3 asked/VERB/ROOT/0 Tom/PROPN/obj/3 ,/PUNCT/punct/6 '
        "Ann/PROPN/conj/4 and/CCONJ/cc/8 Bea/PROPN/conj/4 ./PUNCT/punct/3 \"/PUNCT/punct/3",
    )
    assert got == []


def test_a_name_the_sentence_speaks_of_is_not_addressed() -> None:
    text = '"I met Harriet."'
    got = _names(
        text,
        '"/PUNCT/punct/3 I/PRON/nsubj/3 met/VERB/ROOT/0 Harriet/PROPN/obj/3 ./PUNCT/punct/3 '
        '"/PUNCT/punct/3',
    )
    assert got == []


def test_a_cry_about_someone_the_next_sentence_calls_she_is_not_an_address() -> None:
    text = '"My poor Emily! She was so kind."'
    got = _names(
        text,
        '"/PUNCT/punct/4 My/PRON/nmod:poss/4 poor/ADJ/amod/4 Emily/PROPN/ROOT/0 !/PUNCT/punct/4',
        'She/PRON/nsubj/4 was/AUX/cop/4/be so/ADV/advmod/4 kind/ADJ/ROOT/0 ./PUNCT/punct/4 '
        '"/PUNCT/punct/4',
    )
    assert got == []


def test_a_name_its_sentence_goes_on_to_call_he_is_spoken_of() -> None:
    # the name is set before its sentence, which speaks of it as "he" and to nobody
    text = '"Dr. Lund, now, why was he out so early?"'
    got = _names(
        text,
        '"/PUNCT/punct/10 Dr./PROPN/nmod:desc/3 Lund/PROPN/nsubj/10 ,/PUNCT/punct/3 '
        "now/ADV/advmod/10 ,/PUNCT/punct/5 why/ADV/advmod/10 was/AUX/cop/10/be "
        "he/PRON/nsubj/10 out/ADV/ROOT/0 so/ADV/advmod/12 early/ADV/advmod/10 ?/PUNCT/punct/10 "
        '"/PUNCT/punct/10',
    )
    assert got == []


def test_a_name_whose_sentence_says_you_is_addressed_though_it_speaks_of_him() -> None:
    text = '"Dr. Lund, you saw him?"'
    got = _names(
        text,
        '"/PUNCT/punct/6 Dr./PROPN/nmod:desc/3 Lund/PROPN/vocative/6 ,/PUNCT/punct/3 '
        "you/PRON/nsubj/6 saw/VERB/ROOT/0/see him/PRON/obj/6 ?/PUNCT/punct/6 "
        '"/PUNCT/punct/6',
    )
    assert got == ["Dr. Lund"]


def test_a_name_after_dear_is_addressed_whatever_the_parse_made_of_the_next_word() -> None:
    # the parse took the verb after the comma for a noun, as it takes appositions
    text = '"My dear Mary, recollect your letter."'
    got = _names(
        text,
        '"/PUNCT/punct/6 My/PRON/nmod:poss/4 dear/ADJ/amod/4 Mary/PROPN/nsubj/6 ,/PUNCT/punct/4 '
        "recollect/NOUN/ROOT/0 your/PRON/nmod:poss/8 letter/NOUN/obj/6 ./PUNCT/punct/6 "
        '"/PUNCT/punct/6',
    )
    assert got == ["Mary"]


def test_a_name_between_commas_where_the_quotation_breaks_for_its_cue_is_addressed() -> None:
    text = '"No, Harry," he said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/8 No/INTJ/discourse/8 ,/PUNCT/punct/4 Harry/PROPN/vocative/2 '
        ',/PUNCT/punct/4 "/PUNCT/punct/8 he/PRON/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8',
    )
    got = [span.text for span in vocatives(doc, 0, text.index(" he"))]
    assert got == ["Harry"]


def test_a_word_the_text_writes_in_small_letters_elsewhere_is_not_addressed() -> None:
    # the parse takes an imperative opening a sentence for a name: "Wait" is no one
    text = '"You must wait." "Wait, please."'
    got = _names(
        text,
        '"/PUNCT/punct/4 You/PRON/nsubj/4 must/AUX/aux/4 wait/VERB/ROOT/0 ./PUNCT/punct/4 '
        '"/PUNCT/punct/4',
        '"/PUNCT/punct/2 Wait/PROPN/ROOT/0 ,/PUNCT/punct/4 please/INTJ/discourse/2 '
        './PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert got == []


def test_a_lone_name_opening_a_sentence_is_still_addressed() -> None:
    text = '"Come here." "Harriet, please."'
    got = _names(
        text,
        '"/PUNCT/punct/2 Come/VERB/ROOT/0 here/ADV/advmod/2 ./PUNCT/punct/2 "/PUNCT/punct/2',
        '"/PUNCT/punct/2 Harriet/PROPN/ROOT/0 ,/PUNCT/punct/4 please/INTJ/discourse/2 '
        './PUNCT/punct/2 "/PUNCT/punct/2',
    )
    assert got == ["Harriet"]


def test_a_cry_the_text_uses_nowhere_else_is_not_addressed() -> None:
    text = '"Pshaw, you may go."'
    got = _names(
        text,
        '"/PUNCT/punct/6 Pshaw/PROPN/vocative/6 ,/PUNCT/punct/2 you/PRON/nsubj/6 '
        'may/AUX/aux/6 go/VERB/ROOT/0 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    assert got == []


def test_a_first_name_used_once_is_addressed() -> None:
    text = '"Tom, you may go."'
    got = _names(
        text,
        '"/PUNCT/punct/6 Tom/PROPN/vocative/6 ,/PUNCT/punct/2 you/PRON/nsubj/6 '
        'may/AUX/aux/6 go/VERB/ROOT/0 ./PUNCT/punct/6 "/PUNCT/punct/6',
    )
    assert got == ["Tom"]


_ECHO = '"Then Hale called."\n\n"Hale! you know him?"'
_ECHO_PARSE = (
    '"/PUNCT/punct/4 Then/ADV/advmod/4 Hale/PROPN/nsubj/4 called/VERB/ROOT/0 '
    "./PUNCT/punct/4 \"/PUNCT/punct/4",
    '"/PUNCT/punct/2 Hale/PROPN/ROOT/0 !/PUNCT/punct/2',
    "you/PRON/nsubj/2 know/VERB/ROOT/0 him/PRON/obj/2 ?/PUNCT/punct/2 \"/PUNCT/punct/2",
)


def test_a_name_the_turn_before_spoke_of_cried_out_is_not_addressed() -> None:
    doc = make_doc(_ECHO, *_ECHO_PARSE)
    start = _ECHO.index("\n\n") + 2
    assert [span.text for span in vocatives(doc, start, len(_ECHO))] == []


def test_a_name_cried_out_at_the_start_is_addressed() -> None:
    text = '"Then Hale called."\n\n"Tom! you know him?"'
    doc = make_doc(text, _ECHO_PARSE[0], _ECHO_PARSE[1].replace("Hale", "Tom"), _ECHO_PARSE[2])
    start = text.index("\n\n") + 2
    assert [span.text for span in vocatives(doc, start, len(text))] == ["Tom"]
