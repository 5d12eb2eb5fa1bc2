"""Questions and directives (quotekit.contents.reported.questions): the question put to someone
and what someone was told to do; on hand-built parses."""

from __future__ import annotations

from conftest import make_doc, records


def test_directive_cue_takes_addressee_and_infinitive() -> None:
    text = "Lund urged New Arden to resume talks."
    doc = make_doc(text, "Lund/PROPN/nsubj/2 urged/VERB/ROOT/0/urge New/PROPN/compound/4 "
                   "Arden/PROPN/obj/2 to/PART/mark/6 resume/VERB/xcomp/2 talks/NOUN/obj/6/talk "
                   "./PUNCT/punct/2")
    assert records(doc) == [
        ("indirect", "New Arden to resume talks", "Lund", "urged", "directive")]


def test_what_was_asked_ends_before_the_main_clause() -> None:
    # the parser hung the main clause on the asked-clause
    text = "Asked if her practices were illegal, most voters hesitated."
    doc = make_doc(
        text,
        "Asked/VERB/ROOT/0/ask if/SCONJ/mark/6 her/PRON/nmod:poss/4 practices/NOUN/nsubj/6 "
        "were/AUX/cop/6 illegal/ADJ/ccomp/1 ,/PUNCT/punct/6 most/ADJ/amod/9 "
        "voters/NOUN/nsubj/10/voter hesitated/VERB/conj/6/hesitate ./PUNCT/punct/1",
    )
    assert records(doc) == [
        ("indirect", "if her practices were illegal", None, "Asked", "question-put")]


def test_a_directive_whose_infinitive_the_parser_hung_on_the_addressee() -> None:
    text = "Okafor asked the club to donate the proceeds."
    doc = make_doc(
        text,
        "Okafor/PROPN/nsubj/2 asked/VERB/ROOT/0/ask the/DET/det/4 club/NOUN/obj/2 "
        "to/PART/mark/6 donate/VERB/acl/4 the/DET/det/8 proceeds/NOUN/obj/6/proceeds ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "the club to donate the proceeds", "Okafor", "asked", "directive")]


def test_question_put_to_someone_hung_on_the_cue_as_adverbial_clause() -> None:
    text = "HuffPost asked the candidate if he was ready."
    doc = make_doc(
        text,
        "HuffPost/PROPN/nsubj/2 asked/VERB/ROOT/0/ask/VBD the/DET/det/4 candidate/NOUN/obj/2 "
        "if/SCONJ/mark/8 he/PRON/nsubj/8 was/AUX/cop/8/be/VBD ready/ADJ/advcl/2 ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("indirect", "if he was ready", "HuffPost", "asked", "embedded-question")]


def test_when_clause_after_the_addressee_is_a_time_not_a_content() -> None:
    text = "Clinics must tell the ministry when someone dies in care."
    doc = make_doc(
        text,
        "Clinics/NOUN/nsubj/3/clinic must/AUX/aux/3/must/MD tell/VERB/ROOT/0/tell/VB "
        "the/DET/det/5 ministry/NOUN/obj/3 when/ADV/advmod/8 someone/PRON/nsubj/8 "
        "dies/VERB/advcl/3/die/VBZ in/ADP/case/10 care/NOUN/obl/8 ./PUNCT/punct/3",
    )
    assert records(doc) == []


def test_when_asked_with_the_question_put() -> None:
    text = "When asked whether he would run, Smith smiled."
    doc = make_doc(
        text,
        "When/ADV/advmod/2 asked/VERB/advcl/9/ask/VBN whether/SCONJ/mark/6 he/PRON/nsubj/6 "
        "would/AUX/aux/6/would/MD run/VERB/ccomp/2/run/VB ,/PUNCT/punct/2 "
        "Smith/PROPN/nsubj/9 smiled/VERB/ROOT/0/smile/VBD ./PUNCT/punct/9",
    )
    # Smith is the one asked; the asker is not named
    assert records(doc) == [("indirect", "whether he would run", None, "asked", "question-put")]


def test_question_put_hung_on_the_main_clause_is_no_part_of_what_was_said() -> None:
    text = "When asked whether he would run, he said he might."
    doc = make_doc(
        text,
        "When/ADV/advmod/2 asked/VERB/advcl/9/ask/VBD whether/SCONJ/mark/6 he/PRON/nsubj/6 "
        "would/AUX/aux/6/would/MD run/VERB/ccomp/9/run/VB ,/PUNCT/punct/2 "
        "he/PRON/nsubj/9 said/VERB/ROOT/0/say/VBD he/PRON/nsubj/11 might/AUX/ccomp/9/might/MD "
        "./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "whether he would run", None, "asked", "question-put"),
        ("indirect", "he might", "he", "said", "ccomp-complement"),
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
    assert records(doc) == [("indirect", "the border", "reporters", "asked", "question-put")]
    # the same where the parse hung the agent on the question's noun
    doc = make_doc(
        text,
        "Clinton/PROPN/nsubj:pass/3 was/AUX/aux:pass/3/be/VBD asked/VERB/ROOT/0/ask/VBN "
        "about/ADP/case/6 the/DET/det/6 border/NOUN/obl/3 by/ADP/case/8 "
        "reporters/NOUN/nmod/6/reporter ./PUNCT/punct/3",
    )
    assert records(doc) == [("indirect", "the border", "reporters", "asked", "question-put")]
    # before the main clause, the question ends at its comma, wherever the parse hung the
    # words after it
    text = "Asked about Donald Trump, Barack Obama laughed."
    doc = make_doc(
        text,
        "Asked/VERB/advcl/8/ask/VBN about/ADP/case/3 Donald/PROPN/obl/1 Trump/PROPN/flat/3 "
        ",/PUNCT/punct/1 Barack/PROPN/flat/3 Obama/PROPN/flat/6 laughed/VERB/ROOT/0/laugh/VBD "
        "./PUNCT/punct/8",
    )
    assert records(doc) == [("indirect", "Donald Trump", None, "Asked", "question-put")]
