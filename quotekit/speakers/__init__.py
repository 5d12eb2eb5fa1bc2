"""Source finding: Doc + QuoteCandidate -> Attribution (speaker mention and cue).

With a cue, the speaker is read off the parse around the cue (``cue``); without one, off the
layout of the text around the quotation (``layout``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lexicon import DOCUMENT_NOUNS, PERSON_TITLES
from quotekit.records import Attribution, QuoteCandidate, SpeakerKind
from quotekit.speakers.beats import narration_subject
from quotekit.speakers.cue import expand_speaker, speaker_of_cue
from quotekit.speakers.dialogue import answers, same_turn, self_replies, take_turns
from quotekit.speakers.introductions import self_introductions
from quotekit.speakers.layout import attribute_without_cue
from quotekit.speakers.narrator import present_person
from quotekit.speakers.vocatives import vocatives

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
        t.pos_ == "PROPN" and not (t.i < head.i and _possessor(t))  # not "Peru's minister"
        for t in span
        if t.i != head.i
    ):
        return "name"  # "Mayor Alicia Moreno": a title with the name
    if span[0].lower_ in ("the", "a", "an") or head.lower_.rstrip(".") in PERSON_TITLES:
        return "nominal"
    if head.pos_ == "PRON":
        # "said I", "I replied": the first-person voice of the text (a novel's narrator, a
        # columnist), a speaker of its own rather than a pronoun to resolve
        return "narrator" if len(span) == 1 and head.lower_ in ("i", "me") else "pronoun"
    if head.pos_ == "PROPN" and not _capitalized_document(span):
        return "name"
    if head.pos_ in ("NOUN", "PROPN"):
        return "nominal"
    return "other"


def _possessor(tok: Token) -> bool:
    """A word of a name marked by "'s" ("Peru's", "Ana Ruiz's"), whatever the parse made of it."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1  # the rest of the name: "Ana Ruiz's"
    return k < len(doc) and doc[k].lower_ in ("'s", "\u2019s", "'", "\u2019")


def _capitalized_document(span: Span) -> bool:
    """A document noun capitalized at the start of its sentence, which the parser may take for
    a name: "Polls show that ...", "Records show ..."."""
    head = span.root
    word = head.lower_[:-1] if head.lower_.endswith("s") else head.lower_
    return len(span) == 1 and head.i == head.sent.start and word in DOCUMENT_NOUNS


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
