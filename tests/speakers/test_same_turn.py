"""A cue's "he" or "she" going on the paragraph of a quotation whose cue named its speaker
(speakers.dialogue.same_turn), read with the real parser."""

from __future__ import annotations

from typing import Any

from quotekit.pipeline import extract_text

TEXT = (
    "Tom Hale came in and sat down by the fire.\n\n"
    '"No, that is not so," said the Colonel sternly. '
    '"And you," he added to Ann, "ought to know better."\n'
)


def _speakers(parser: Any, text: str) -> list[str | None]:
    record = extract_text(text, parser)
    return [q.speaker.name if q.speaker else None for q in record.quotes]


def test_a_he_going_on_a_paragraph_is_the_speaker_its_cue_named(parser: Any) -> None:
    assert _speakers(parser, TEXT) == ["the Colonel", "the Colonel"]


def test_not_where_the_narration_between_has_another_subject(parser: Any) -> None:
    text = TEXT.replace("sternly. ", "sternly. Tom Hale laughed. ")
    assert _speakers(parser, text)[1] == "Tom Hale"
