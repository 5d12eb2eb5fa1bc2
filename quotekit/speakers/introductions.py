"""Introductions: a person the narration describes who gives their own name.

    "My name, sir," said the old gentleman, "my name is Hartley."

Novels often bring a person on by a description ("the old gentleman", "the stranger") and let
them name themselves later in their own words. Every quotation of that description is then the
named person's, before the introduction and after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.records import Attribution, QuoteCandidate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "my name is Hartley", "my name, sir, is Mr. Hartley": a name in capitals after the verb
_MY_NAME = re.compile(
    r"\b[Mm]y name(?:, [^,.!?\"\n]{1,20},)? is "
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
)


def self_introductions(
    doc: Doc, attributed: Sequence[tuple[QuoteCandidate, Attribution]]
) -> list[tuple[str, Span]]:
    """The descriptions that name themselves, lowercased, each with the name it gives: a
    quotation that says "my name is ..." and whose speaker, or that of the quotation before it
    in the same paragraph, is a description ("the old gentleman")."""
    text = doc.text
    found = []
    for k, (cand, _) in enumerate(attributed):
        for m in _MY_NAME.finditer(text, cand.start, cand.end):
            name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            described = _describing(text, attributed, k)
            if name is not None and described is not None:
                found.append((described, name))
    return found


def _describing(
    text: str, attributed: Sequence[tuple[QuoteCandidate, Attribution]], k: int
) -> str | None:
    """The description that speaks quotation k, read off its attribution or that of the
    quotation before it in the paragraph ('"My name," said the old man, "is ..."')."""
    for j in (k, k - 1):
        if j < 0 or (j < k and "\n" in text[attributed[j][0].end : attributed[k][0].start]):
            continue
        speaker = attributed[j][1].speaker
        if speaker is not None and is_description(speaker):
            return speaker.text.lower()
    return None


def is_description(span: Span) -> bool:
    """'the old gentleman', 'the stranger': a definite description of one person, in small
    letters ("the King" is the name of its one bearer)."""
    root = span.root
    return (
        span[0].lower_ == "the"
        and root.pos_ == "NOUN"
        and root.tag_ != "NNS"
        and not root.is_title
    )
