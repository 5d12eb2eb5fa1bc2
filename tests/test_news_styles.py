"""News styles beyond PolNeAR's clean paragraphs (issue 17), on the real Stanza parse: interview
answers, transcripts, dash attributions, titles, names in marks, unnamed and non-human sources,
short attributions. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from quotekit.pipeline import extract
from quotekit.records import DocRecord, InputDoc

pytestmark = [pytest.mark.model, pytest.mark.issue(17)]

TEXTS = {
    "short": "The strike is over, Okafor said.",
    "interview": (
        "Hannah Kerr has taught at the village school for thirty years. We asked her about "
        "the closure.\n\nQ: How did you hear the news?\n\nA: A letter came on a Friday "
        "afternoon. Nobody had warned us.\n\nQ: What happens now?\n\nA: We will fight the "
        "decision in court."
    ),
    "transcript": (
        "MORGAN: The council has broken its promise to this town.\n\n"
        "HALE: We kept every promise we could afford to keep."
    ),
    "dash-after": (
        '"The water came through the floor in minutes" - that is how one farmer, '
        "Peter Wren, described the night."
    ),
    "dash-message": (
        "Not one more branch will close - that was the message from union leader Carla Diaz."
    ),
    "title": "Councils promise to protect rural bus routes\n\nThe minister said every route would stay.",
    "named": 'The board met to discuss what parents have called the "Northside Gap" problem.',
    "unnamed": (
        "The airline is close to a deal to buy two rivals, according to people familiar "
        "with the talks."
    ),
    "evidence": "Bus journeys fell by a quarter last year, industry figures show.",
    "dash-it": (
        '"We simply cannot keep up with the orders" - that is how one baker, Ana Lopes, '
        "described it."
    ),
    "interview-day": (
        "We spoke to Mayor Ines Duarte on Friday.\n\nQ: Will the levy pass?\n\n"
        "A: I think it will, because the council has the votes."
    ),
    "interview-title": (
        "The mayor spoke to reporters on Friday.\n\nQ: Will the levy pass?\n\n"
        "A: I think it will, because the council has the votes."
    ),
    "subtitle": (
        "Port Authority Under Fire Over Ferry Cuts\n\nMinisters pledge to defend rail jobs"
        "\n\nThe minister said every route would stay."
    ),
    "signed": '"We are ready." - Coach Dana Fox\n\nThe final starts at noon.',
    "wire": "LONDON (Reuters) - Britain will cut rail fares next year, the minister said.",
    "age-apposition": "Ruiz, 54, a former teacher, said the school would reopen.",
    "named-in-report": 'The mayor said he backed what locals have called the "Harbour Link" plan.',
}


@pytest.fixture(scope="module")
def found(parser: Any) -> dict[str, DocRecord]:
    items = [InputDoc(key, text, key) for key, text in TEXTS.items()]
    return {rec.doc_id: rec for rec in extract(items, parser)}


def _rows(rec: DocRecord) -> list[tuple[Any, ...]]:
    return [
        (q.type, q.quote.text, q.speaker.text if q.speaker else None, q.rule) for q in rec.quotes
    ]


def test_short_sentence_final_attribution(found: dict[str, DocRecord]) -> None:
    assert _rows(found["short"]) == [
        ("indirect", "The strike is over", "Okafor", "complement-before")
    ]


def test_interview_answers_are_the_interviewees(found: dict[str, DocRecord]) -> None:
    rows = _rows(found["interview"])
    assert [r[1] for r in rows] == [
        "A letter came on a Friday afternoon. Nobody had warned us.",
        "We will fight the decision in court.",
    ]
    assert {(r[0], r[2], r[3]) for r in rows} == {("direct", "Hannah Kerr", "interview-answer")}


def test_transcript_lines_are_direct_speech(found: dict[str, DocRecord]) -> None:
    assert _rows(found["transcript"]) == [
        ("direct", "The council has broken its promise to this town.", "MORGAN", "colon-line"),
        ("direct", "We kept every promise we could afford to keep.", "HALE", "colon-line"),
    ]


def test_dash_attribution_after_a_quotation_names_the_speaker(
    found: dict[str, DocRecord],
) -> None:
    (q,) = found["dash-after"].quotes
    assert q.type == "direct" and q.speaker is not None and q.speaker.text == "Peter Wren"
    assert q.cue is not None and q.cue.text == "described"


def test_dash_attribution_after_reported_words(found: dict[str, DocRecord]) -> None:
    (q,) = found["dash-message"].quotes
    assert q.quote.text == "Not one more branch will close"
    assert q.speaker is not None and q.speaker.text.endswith("Carla Diaz")


def test_a_title_gives_no_quote(found: dict[str, DocRecord]) -> None:
    assert [q.quote.text for q in found["title"].quotes] == ["every route would stay"]


def test_a_name_in_marks_is_no_quote(found: dict[str, DocRecord]) -> None:
    assert found["named"].quotes == ()


def test_according_to_an_unnamed_source(found: dict[str, DocRecord]) -> None:
    (q,) = found["unnamed"].quotes
    assert q.speaker is not None and q.speaker.text == "people familiar with the talks"
    assert q.cue is not None and q.cue.lemma == "according to"


def test_evidence_cue_with_a_non_human_source(found: dict[str, DocRecord]) -> None:
    (q,) = found["evidence"].quotes
    assert q.quote.text == "Bus journeys fell by a quarter last year"
    assert q.speaker is not None and q.speaker.text == "industry figures"


def test_dash_attribution_with_it_names_the_speaker(found: dict[str, DocRecord]) -> None:
    (q,) = found["dash-it"].quotes
    assert q.speaker is not None and q.speaker.text == "Ana Lopes"
    assert q.cue is not None and q.cue.text == "described"


def test_a_day_is_no_interviewee(found: dict[str, DocRecord]) -> None:
    (q,) = found["interview-day"].quotes
    assert q.speaker is not None and q.speaker.text.endswith("Ines Duarte")


def test_an_interviewee_named_by_title(found: dict[str, DocRecord]) -> None:
    (q,) = found["interview-title"].quotes
    assert q.speaker is not None and q.speaker.text == "The mayor"


def test_a_subtitle_under_the_title_gives_no_quote(found: dict[str, DocRecord]) -> None:
    assert [q.quote.text for q in found["subtitle"].quotes] == ["every route would stay"]


def test_a_name_in_marks_does_not_make_a_report_mixed(found: dict[str, DocRecord]) -> None:
    (q,) = found["named-in-report"].quotes
    assert q.type == "indirect"


def test_a_short_quotation_signed_with_a_dash_and_a_name(found: dict[str, DocRecord]) -> None:
    # on the first line too, where a line without final punctuation could be a title
    (q,) = found["signed"].quotes
    assert q.quote.text == '"We are ready."'
    assert q.speaker is not None and q.speaker.text == "Coach Dana Fox"


def test_a_wire_dateline_is_no_part_of_the_report(found: dict[str, DocRecord]) -> None:
    (q,) = found["wire"].quotes
    assert q.quote.text == "Britain will cut rail fares next year"


def test_a_description_after_a_name_is_not_the_speaker(found: dict[str, DocRecord]) -> None:
    (q,) = found["age-apposition"].quotes
    assert q.speaker is not None and q.speaker.text == "Ruiz"
