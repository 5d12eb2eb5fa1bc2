"""Colons (quotekit.contents.reported.colons): a name and a colon opening a line, and an
interview's answers; on hand-built parses."""

from __future__ import annotations

import pytest
from conftest import make_doc, records


@pytest.mark.issue(17)
def test_a_transcripts_speaker_lines_are_direct_speech() -> None:
    text = (
        "WALLACE: Let us start with the debate.\nCorrection: An earlier version was wrong.\n"
        "REYES: We are ready for it."
    )
    doc = make_doc(text, "WALLACE/PROPN/ROOT/0 :/PUNCT/punct/1 Let/VERB/parataxis/1/let us/PRON/obj/3/we "
                   "start/VERB/xcomp/3 with/ADP/case/8 the/DET/det/8 debate/NOUN/obl/5 ./PUNCT/punct/1",
                   "Correction/NOUN/ROOT/0 :/PUNCT/punct/1 An/DET/det/6 earlier/ADJ/amod/5 "
                   "version/NOUN/nsubj/7 was/AUX/cop/7/be wrong/ADJ/parataxis/1 ./PUNCT/punct/1",
                   "REYES/PROPN/ROOT/0 :/PUNCT/punct/1 We/PRON/nsubj/6 are/AUX/cop/6/be "
                   "ready/ADJ/parataxis/1 for/ADP/case/7 it/PRON/obl/5 ./PUNCT/punct/1")
    assert records(doc) == [
        ("direct", "Let us start with the debate.", "WALLACE", ":", "colon-line"),
        ("direct", "We are ready for it.", "REYES", ":", "colon-line"),
    ]
    # one speaker line, beside a section label, is reported speech (a headline's "Ortiz:")
    text = "WALLACE: Let us start with the debate.\nCorrection: An earlier version was wrong."
    doc = make_doc(text, "WALLACE/PROPN/ROOT/0 :/PUNCT/punct/1 Let/VERB/parataxis/1/let us/PRON/obj/3/we "
                   "start/VERB/xcomp/3 with/ADP/case/8 the/DET/det/8 debate/NOUN/obl/5 ./PUNCT/punct/1",
                   "Correction/NOUN/ROOT/0 :/PUNCT/punct/1 An/DET/det/6 earlier/ADJ/amod/5 "
                   "version/NOUN/nsubj/7 was/AUX/cop/7/be wrong/ADJ/parataxis/1 ./PUNCT/punct/1")
    assert records(doc) == [
        ("indirect", "Let us start with the debate", "WALLACE", ":", "colon-line")]


def test_a_transcripts_short_turns_are_kept_but_not_a_tally() -> None:
    # "REYES: Go ahead." is a turn of its own; "Ruiz: 1,769." in a list of counts is no speech
    text = "WALLACE: Let us start with the debate.\nREYES: Go ahead.\nRUIZ: 1,769."
    doc = make_doc(text, "WALLACE/PROPN/ROOT/0 :/PUNCT/punct/1 Let/VERB/parataxis/1/let us/PRON/obj/3/we "
                   "start/VERB/xcomp/3 with/ADP/case/8 the/DET/det/8 debate/NOUN/obl/5 ./PUNCT/punct/1",
                   "REYES/PROPN/ROOT/0 :/PUNCT/punct/1 Go/VERB/parataxis/1/go ahead/ADV/advmod/3 "
                   "./PUNCT/punct/1",
                   "RUIZ/PROPN/ROOT/0 :/PUNCT/punct/1 1,769/NUM/appos/1 ./PUNCT/punct/1")
    assert records(doc) == [
        ("direct", "Let us start with the debate.", "WALLACE", ":", "colon-line"),
        ("direct", "Go ahead.", "REYES", ":", "colon-line"),
    ]


@pytest.mark.issue(17)
def test_speaker_lines_with_titles_are_a_transcript() -> None:
    text = "Dr. Vega: The levee held.\n\nMs. Cho: It will not hold again."
    doc = make_doc(
        text,
        "Dr./PROPN/compound/2/Dr. Vega/PROPN/ROOT/0/Vega :/PUNCT/punct/2 The/DET/det/5 "
        "levee/NOUN/nsubj/6 held/VERB/parataxis/2/hold/VBD ./PUNCT/punct/2",
        "Ms./PROPN/compound/2/Ms. Cho/PROPN/ROOT/0/Cho :/PUNCT/punct/2 It/PRON/nsubj/7 "
        "will/AUX/aux/7//MD not/PART/advmod/7 hold/VERB/parataxis/2//VB again/ADV/advmod/7 "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("direct", "The levee held.", "Dr. Vega", ":", "colon-line"),
        ("direct", "It will not hold again.", "Ms. Cho", ":", "colon-line"),
    ]


def test_a_headlines_name_and_colon_is_reported_speech() -> None:
    # one name and colon in the document, in title case: a headline's summary, not verbatim
    text = "Ortiz: Harbor Bridge Will Open in May.\n\nThe mayor spoke on Monday."
    doc = make_doc(
        text,
        "Ortiz/PROPN/ROOT/0 :/PUNCT/punct/1 Harbor/PROPN/compound/4 Bridge/PROPN/nsubj/6 "
        "Will/AUX/aux/6//MD Open/VERB/parataxis/1//VB in/ADP/case/8 May/PROPN/obl/6/May "
        "./PUNCT/punct/1",
        "The/DET/det/2 mayor/NOUN/nsubj/3 spoke/VERB/ROOT/0/speak/VBD on/ADP/case/5 "
        "Monday/PROPN/obl/3 ./PUNCT/punct/3",
    )
    assert records(doc) == [
        ("indirect", "Harbor Bridge Will Open in May", "Ortiz", ":", "colon-line")]


INTERVIEW = (
    "Rosa Mendez runs the ferry. We asked her about the strike.\n\n"
    "Q: Will the ferry run?\n\n"
    "A: Not until the pay talks end.\n\n"
    "Q: And after that?\n\n"
    "A: Every day, as before."
)
INTERVIEW_PARSE = (
    "Rosa/PROPN/nsubj/3 Mendez/PROPN/flat/1 runs/VERB/ROOT/0/run/VBZ the/DET/det/5 "
    "ferry/NOUN/obj/3 ./PUNCT/punct/3",
    "We/PRON/nsubj/2 asked/VERB/ROOT/0/ask her/PRON/obj/2/she about/ADP/case/6 the/DET/det/6 "
    "strike/NOUN/obl/2 ./PUNCT/punct/2",
    "Q/NOUN/ROOT/0/Q :/PUNCT/punct/1 Will/AUX/aux/6//MD the/DET/det/5 ferry/NOUN/nsubj/6 "
    "run/VERB/parataxis/1//VB ?/PUNCT/punct/1",
    "A/NOUN/ROOT/0/A :/PUNCT/punct/1 Not/PART/advmod/4 until/SCONJ/mark/8 the/DET/det/7 "
    "pay/NOUN/compound/7 talks/NOUN/nsubj/8/talk end/VERB/advcl/1/end/VBP ./PUNCT/punct/1",
    "Q/NOUN/ROOT/0/Q :/PUNCT/punct/1 And/CCONJ/cc/5 after/ADP/case/5 that/PRON/parataxis/1 "
    "?/PUNCT/punct/1",
    "A/NOUN/ROOT/0/A :/PUNCT/punct/1 Every/DET/det/4 day/NOUN/parataxis/1 ,/PUNCT/punct/8 "
    "as/ADP/case/8 before/ADV/obl/4 ./PUNCT/punct/1",
)


@pytest.mark.issue(17)
def test_an_interviews_answers_are_the_interviewees_and_its_questions_no_quotes() -> None:
    assert records(make_doc(INTERVIEW, *INTERVIEW_PARSE)) == [
        ("direct", "Not until the pay talks end.", "Rosa Mendez", ":", "interview-answer"),
        ("direct", "Every day, as before.", "Rosa Mendez", ":", "interview-answer"),
    ]


def test_an_a_and_colon_without_questions_is_no_answer() -> None:
    text = "A: Not until the pay talks end."
    doc = make_doc(text, INTERVIEW_PARSE[3])
    assert records(doc) == []


@pytest.mark.issue(17)
def test_an_interview_with_q_and_a_and_a_full_stop() -> None:
    text = "Rosa Mendez runs the ferry.\n\nQ. Will it run?\n\nA. Not until the talks end."
    doc = make_doc(
        text,
        "Rosa/PROPN/nsubj/3 Mendez/PROPN/flat/1 runs/VERB/ROOT/0/run/VBZ the/DET/det/5 "
        "ferry/NOUN/obj/3 ./PUNCT/punct/3",
        "Q/NUM/ROOT/0/Q ./PUNCT/punct/1",
        "Will/AUX/aux/3//MD it/PRON/nsubj/3 run/VERB/ROOT/0//VB ?/PUNCT/punct/3",
        "A./PROPN/nsubj/2/A. Not/PART/ROOT/0 until/SCONJ/mark/6 the/DET/det/5 "
        "talks/NOUN/nsubj/6/talk end/VERB/advcl/2/end/VBP ./PUNCT/punct/2",
    )
    assert records(doc) == [
        ("direct", "Not until the talks end.", "Rosa Mendez", "A.", "interview-answer")]


@pytest.mark.issue(17)
def test_the_interviewee_is_no_publication_and_reports_in_an_answer_are_the_answers() -> None:
    text = "The Herald spoke to Rosa Mendez.\n\nQ: Will it run?\n\nA: My brother said it would close."
    doc = make_doc(
        text,
        "The/DET/det/2 Herald/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak/VBD to/ADP/case/5 "
        "Rosa/PROPN/obl/3 Mendez/PROPN/flat/5 ./PUNCT/punct/3",
        "Q/NOUN/ROOT/0/Q :/PUNCT/punct/1 Will/AUX/aux/5//MD it/PRON/nsubj/5 "
        "run/VERB/parataxis/1//VB ?/PUNCT/punct/1",
        "A/NOUN/ROOT/0/A :/PUNCT/punct/1 My/PRON/nmod:poss/4 brother/NOUN/nsubj/5 "
        "said/VERB/parataxis/1/say/VBD it/PRON/nsubj/8 would/AUX/aux/8//MD "
        "close/VERB/ccomp/5//VB ./PUNCT/punct/1",
    )
    assert records(doc) == [
        ("direct", "My brother said it would close.", "Rosa Mendez", ":", "interview-answer")]


@pytest.mark.issue(17)
def test_an_interviewee_named_only_after_the_answers() -> None:
    text = "Q. Will it run?\n\nA. Not until the talks end.\n\nThe interview was with Rosa Mendez."
    doc = make_doc(
        text,
        "Q/NUM/ROOT/0/Q ./PUNCT/punct/1",
        "Will/AUX/aux/3//MD it/PRON/nsubj/3 run/VERB/ROOT/0//VB ?/PUNCT/punct/3",
        "A./PROPN/nsubj/2/A. Not/PART/ROOT/0 until/SCONJ/mark/6 the/DET/det/5 "
        "talks/NOUN/nsubj/6/talk end/VERB/advcl/2/end/VBP ./PUNCT/punct/2",
        "The/DET/det/2 interview/NOUN/nsubj/6 was/AUX/cop/6/be/VBD with/ADP/case/6 "
        "Rosa/PROPN/ROOT/0 Mendez/PROPN/flat/5 ./PUNCT/punct/5",
    )
    assert records(doc) == [
        ("direct", "Not until the talks end.", "Rosa Mendez", "A.", "interview-answer")]
