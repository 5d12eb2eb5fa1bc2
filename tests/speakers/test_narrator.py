"""A first-person narrator named by a quotation that speaks of them as present
(speakers.narrator), read with the real parser."""

from __future__ import annotations

from typing import Any

from quotekit.pipeline import extract_text

STORY = (
    "We came down late to the hall.\n\n"
    '"Where were you both last night?" asked Mary.\n\n'
    '"At the inn," I answered.\n\n'
    '"That is true," said Tom. "I swear it, as my old friend Ned here will tell you."\n\n'
    '"We played cards till midnight," I said.\n'
)


def _narrator_names(parser: Any, text: str) -> list[str | None]:
    record = extract_text(text, parser)
    return [
        q.speaker.name
        for q in record.quotes
        if q.speaker is not None and q.speaker.kind == "narrator"
    ]


def test_the_one_the_others_speak_of_as_present_is_the_narrator(parser: Any) -> None:
    assert _narrator_names(parser, STORY) == ["Ned", "Ned"]


def test_asking_whether_someone_is_here_names_no_narrator(parser: Any) -> None:
    text = STORY.replace("as my old friend Ned here will tell you", "but is Ned here?")
    assert _narrator_names(parser, text) == [None, None]


def test_a_person_the_narration_names_is_not_the_narrator(parser: Any) -> None:
    text = STORY.replace("We came down late", "Ned and I came down late")
    assert _narrator_names(parser, text) == [None, None]
