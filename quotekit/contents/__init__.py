"""Content finding: Doc + quotations + cues -> QuoteCandidates (direct, indirect, mixed).

Direct quotes come from paired quotation marks and the cue the cue stage linked to each
(``direct``); indirect and mixed quotes from the cue words, one construction family per module
of ``reported``, with ``bounds`` deciding where a content starts and ends; ``merge`` joins the
two; ``headlines`` drops what a document's title line would give. The speaker is decided in
``quotekit.speakers``.

Rules follow the attribution patterns of Pareti (2016, "PARC 3.0") and Newell et al. (2018,
"PolNeAR"): a cue (verb of saying or thinking, "according to", a colon) links a source to a
content. Each rule's id, description and example are in ``quotekit.rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.contents.direct import find_direct_quotes
from quotekit.contents.headlines import headline_spans, in_headline
from quotekit.contents.merge import merge_quotes
from quotekit.contents.reported import find_reported_speech
from quotekit.cue_lexicon import cue_lemmas
from quotekit.records import CueFinding, ExtractOptions, QuoteCandidate, QuotedText, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quotes(
    doc: Doc, quoted: QuotedText, cues: CueFinding, options: ExtractOptions | None = None
) -> list[QuoteCandidate]:
    """Find the quotes of a document.

    Args:
        doc: a parsed spaCy Doc whose text is the input text.
        quoted: where its quotations are (``QuotedText``).
        cues: what the cue stage found (``quotekit.cues.find_cues``).
        options: which cue classes count, and the scare-quote threshold.

    Returns:
        Candidates in text order, without overlaps between direct and reported ones.
    """
    options = options or ExtractOptions()
    lemmas = cue_lemmas(options.cue_classes)
    reported = list(find_reported_speech(doc, quoted, cues.words))
    direct = list(find_direct_quotes(doc, quoted, cues, lemmas, options))
    return _off_headlines(doc, merge_quotes(direct, reported))


def _off_headlines(doc: Doc, candidates: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """Candidates that start on a title line are none ("Ministers pledge to defend steel
    jobs" opening a document): a title reports nobody's words."""
    titles = headline_spans(doc_text(doc))
    if not titles:
        return candidates
    kept = []
    for cand in candidates:
        if in_headline(titles, cand.start):
            trace.note("dropped", cand.start, cand.end, "headline", cand.rule)
        else:
            kept.append(cand)
    return kept


__all__ = ["find_quotes"]
