"""Source finding: Doc + QuoteCandidate -> Attribution (speaker mention and cue).

With a cue, the speaker is read off the parse around the cue (``cue``); without one, off the
layout of the text around the quotation (``layout``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lexicon import PERSON_TITLES
from quotekit.records import Attribution, QuoteCandidate, SpeakerKind
from quotekit.speakers.beats import narration_subject
from quotekit.speakers.cue import expand_speaker, speaker_of_cue
from quotekit.speakers.dialogue import answers, same_turn, self_replies, take_turns
from quotekit.speakers.introductions import self_introductions
from quotekit.speakers.layout import attribute_without_cue
from quotekit.speakers.narrator import present_person
from quotekit.speakers.vocatives import vocatives

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def attribute_speaker(
    doc: Doc, cand: QuoteCandidate, previous: Sequence[tuple[QuoteCandidate, Attribution]] = ()
) -> Attribution:
    """Find the speaker of one candidate.

    Args:
        doc: the parsed document.
        cand: the candidate, with its cue where the quote rule found one.
        previous: earlier candidates of the same document with their attributions (for
            floating quotes).
    """
    if cand.subject is not None:
        return Attribution(expand_speaker(cand.subject), cand.cue, "cue")
    if cand.cue is not None:
        head = speaker_of_cue(cand.cue.root, cand)
        return Attribution(expand_speaker(head) if head is not None else None, cand.cue, "cue")
    return attribute_without_cue(doc, cand, previous)


def speaker_kind(span: Span) -> SpeakerKind:
    head = span.root
    if head.lower_.rstrip(".") in PERSON_TITLES and any(
        t.pos_ == "PROPN" for t in span if t.i != head.i
    ):
        return "name"  # "Mayor Alicia Moreno": a title with the name
    if span[0].lower_ in ("the", "a", "an") or head.lower_.rstrip(".") in PERSON_TITLES:
        return "nominal"
    if head.pos_ == "PRON":
        # "said I", "I replied": the first-person voice of the text (a novel's narrator, a
        # columnist), a speaker of its own rather than a pronoun to resolve
        return "narrator" if len(span) == 1 and head.lower_ in ("i", "me") else "pronoun"
    if head.pos_ == "PROPN":
        return "name"
    if head.pos_ == "NOUN":
        return "nominal"
    return "other"


__all__ = [
    "answers",
    "attribute_speaker",
    "expand_speaker",
    "narration_subject",
    "present_person",
    "speaker_kind",
    "speaker_of_cue",
    "same_turn",
    "self_introductions",
    "self_replies",
    "take_turns",
    "vocatives",
]
