"""Beats (speakers.beats): the person the narration before a quotation is about."""

from __future__ import annotations

from conftest import make_doc

from quotekit.speakers.beats import narration_subject


def _subject(text: str, *sentences: str) -> str | None:
    doc = make_doc(text, *sentences)
    found = narration_subject(doc, text.index('"'), previous_paragraph=True)
    return None if found is None else found.text


def test_a_name_that_acts_speaks_next() -> None:
    text = 'Tom had gone out.\n\n"It is late."'
    got = _subject(
        text,
        "Tom/PROPN/nsubj/3 had/AUX/aux/3 gone/VERB/ROOT/0 out/ADV/advmod/3 ./PUNCT/punct/3",
        '"/PUNCT/punct/4 It/PRON/nsubj/4 is/AUX/cop/4 late/ADJ/ROOT/0 ./PUNCT/punct/4 '
        '"/PUNCT/punct/4',
    )
    assert got == "Tom"


def test_a_thing_the_parse_took_for_a_name_speaks_nothing() -> None:
    text = 'Porridge had been served.\n\n"It is late."'
    got = _subject(
        text,
        "Porridge/PROPN/nsubj:pass/4 had/AUX/aux/4 been/AUX/aux:pass/4 served/VERB/ROOT/0 "
        "./PUNCT/punct/4",
        '"/PUNCT/punct/4 It/PRON/nsubj/4 is/AUX/cop/4 late/ADJ/ROOT/0 ./PUNCT/punct/4 '
        '"/PUNCT/punct/4',
    )
    assert got is None


def test_a_name_the_parse_made_the_root_of_a_short_action_speaks_next() -> None:
    text = 'Sir Tom Hale rose slowly.\n\n"It is late."'
    got = _subject(
        text,
        "Sir/PROPN/ROOT/0 Tom/PROPN/flat/1 Hale/PROPN/flat/1 rose/NOUN/list/1/rose/NN "
        "slowly/ADV/advmod/4 ./PUNCT/punct/1",
        '"/PUNCT/punct/4 It/PRON/nsubj/4 is/AUX/cop/4 late/ADJ/ROOT/0 ./PUNCT/punct/4 '
        '"/PUNCT/punct/4',
    )
    assert got == "Sir Tom Hale"
