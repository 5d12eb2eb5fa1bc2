"""Quote finding: Doc + paired quotation marks -> QuoteCandidates (direct, indirect, mixed).

Each rule is a small function named after the construction it reads. Direct quotes come from
paired quotation marks (``direct``); indirect and mixed quotes come from the complements of cue
words in the UD parse (``reported``), with ``bounds`` deciding where a content starts and ends;
``merge`` joins the two; ``base`` holds what they share.
A cue found here is handed on with the candidate; the speaker is decided in
``quotekit.speakers``.

Rules follow the attribution patterns of Pareti (2016, "PARC 3.0") and Newell et al. (2018,
"PolNeAR"): a cue (verb of saying or thinking, "according to", a colon) links a source to a
content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lexicon import cue_lemmas
from quotekit.quotes.base import _QuotedText, cue_lemma, cue_span
from quotekit.quotes.direct import find_direct_quotes
from quotekit.quotes.merge import _merge
from quotekit.quotes.reported import find_reported_speech
from quotekit.records import ExtractOptions, QuoteCandidate, QuoteMarkPair

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quotes(
    doc: Doc, pairs: Sequence[QuoteMarkPair], options: ExtractOptions | None = None
) -> list[QuoteCandidate]:
    """Find the quotes of a document.

    Args:
        doc: a parsed spaCy Doc whose text is the input text.
        pairs: the document's paired quotation marks (``quotekit.quotemarks``).
        options: which cue classes count, and the scare-quote threshold.

    Returns:
        Candidates in text order, without overlaps between direct and reported ones.
    """
    options = options or ExtractOptions()
    lemmas = cue_lemmas(options.cue_classes)
    quoted = _QuotedText(doc, pairs, options.min_direct_words)
    reported = list(find_reported_speech(doc, quoted, lemmas))
    direct = list(find_direct_quotes(doc, quoted, lemmas, options))
    return _merge(direct, reported)


__all__ = ["cue_lemma", "cue_span", "find_quotes"]
