"""Nouns of saying (quotekit.contents.reported.nouns): a noun with its content clause or the
phrase that says what was said; on hand-built parses."""

from __future__ import annotations

from conftest import make_doc, records


def test_noun_of_saying_with_its_content_clause() -> None:
    text = "The police's claim that Dorsey had refused was contradicted."
    doc = make_doc(
        text,
        "The/DET/det/2 police/NOUN/nmod:poss/4 's/PART/case/2 claim/NOUN/nsubj:pass/10 "
        "that/SCONJ/mark/8 Dorsey/PROPN/nsubj/8 had/AUX/aux/8/have refused/VERB/acl/4/refuse "
        "was/AUX/aux:pass/10/be contradicted/VERB/ROOT/0/contradict ./PUNCT/punct/10",
    )
    assert records(doc) == [
        ("indirect", "that Dorsey had refused", "The police", "claim", "noun-complement")]
    # a relative clause is no content: "the statement that he issued"
    text = "They read the statement that he issued."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 read/VERB/ROOT/0 the/DET/det/4 statement/NOUN/obj/2 "
        "that/PRON/obj/7 he/PRON/nsubj/7 issued/VERB/acl:relcl/4/issue ./PUNCT/punct/2",
    )
    assert records(doc) == []


def test_call_for_is_a_noun_of_saying_with_what_it_asks_for() -> None:
    # "a call for" reports what was asked for, with an infinitive the parse hung on the verb
    text = "Ruiz sounded a call for the city to house families."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/2 sounded/VERB/ROOT/0/sound/VBD a/DET/det/4 call/NOUN/obj/2 "
        "for/ADP/case/7 the/DET/det/7 city/NOUN/nmod/4 to/PART/mark/9 "
        "house/VERB/advcl/2/house/VB families/NOUN/obj/9 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the city to house families", "Ruiz", "call", "noun-complement")]
    # a telephone call is none
    text = "She took a call from the president."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 took/VERB/ROOT/0/take/VBD a/DET/det/4 call/NOUN/obj/2 "
        "from/ADP/case/7 the/DET/det/7 president/NOUN/nmod/4 ./PUNCT/punct/2",
    )
    assert records(doc) == []


def test_noun_of_saying_with_what_it_is_about() -> None:
    text = "He angered farmers with his comments on Brussels."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 angered/VERB/ROOT/0/anger/VBD farmers/NOUN/obj/2 with/ADP/case/6 "
        "his/PRON/nmod:poss/6 comments/NOUN/obl/2/comment on/ADP/case/8 Brussels/PROPN/nmod/6 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "Brussels", "his", "comments", "noun-complement")]
    # a question "of" something is one only when a question follows
    text = "It is a question of time."
    doc = make_doc(
        text,
        "It/PRON/nsubj/4 is/AUX/cop/4/be a/DET/det/4 question/NOUN/ROOT/0 of/ADP/case/6 "
        "time/NOUN/nmod/4 ./PUNCT/punct/4",
    )
    assert records(doc) == []


def test_that_clause_of_a_noun_of_saying_the_parse_hung_elsewhere() -> None:
    text = "He ignored claims by the agencies that the files were secret."
    doc = make_doc(
        text,
        "He/PRON/nsubj/2 ignored/VERB/ROOT/0/ignore/VBD claims/NOUN/obj/2/claim by/ADP/case/6 "
        "the/DET/det/6 agencies/NOUN/nmod/3/agency that/SCONJ/mark/11 the/DET/det/9 "
        "files/NOUN/nsubj/11/file were/AUX/cop/11/be/VBD secret/ADJ/conj/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "that the files were secret", "the agencies", "claims", "noun-complement")]


def test_a_comment_asked_for_is_none() -> None:
    # "did not respond to a request for comment on the audit": nothing was said; "her
    # comments on the audit" were
    text = "The board did not respond to a request for comment on the harbour audit."
    doc = make_doc(
        text,
        "The/DET/det/2 board/NOUN/nsubj/5 did/AUX/aux/5/do not/PART/advmod/5 "
        "respond/VERB/ROOT/0/respond to/ADP/case/8 a/DET/det/8 request/NOUN/obl/5 "
        "for/ADP/case/10 comment/NOUN/nmod/8 on/ADP/case/14 the/DET/det/14 "
        "harbour/NOUN/compound/14 audit/NOUN/nmod/10 ./PUNCT/punct/5",
    )
    assert records(doc) == []
