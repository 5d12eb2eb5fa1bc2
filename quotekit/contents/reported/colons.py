"""Colons: a name and a colon opening a line ("Ortiz: The bridge opens in May.", transcripts'
"WALLACE: Let's start with ..."); the rest of the line is the named source's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.contents.reported.context import reported
from quotekit.lexicon import ALL_MARKS, EDITORIAL_LABELS
from quotekit.records import QuoteCandidate, QuotedText, doc_text
from quotekit.syntax import trim, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def colon_attribution(doc: Doc, colon: Token, quoted: QuotedText) -> QuoteCandidate | None:
    """A name and a colon opening a line: headlines ("Ortiz: Bridge Will Open in May") and
    transcripts ("WALLACE: Let's start with ..."). The words after the colon, to the end of the
    line, are the source's."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    # what stands before the colon on its line: at most four words, all capitalized
    before = [
        t for t in doc[max(0, colon.i - 6) : colon.i] if t.idx >= line_start and not t.is_space
    ]
    if not before or len(before) > 4 or before[0].idx - line_start > 1:
        return None
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text in ".-'") for t in before):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.is_upper for t in before):
        return None
    # a name, not a section label ("The Latest:", "Correction:", "Health:")
    if before[0].lower_ == "the" or " ".join(t.lower_ for t in before) in EDITORIAL_LABELS:
        return None
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1) for t in before):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end == -1 else line_end
    after = doc.char_span(colon.idx + 1, line_end, alignment_mode="expand")
    if after is None:
        return None
    content = trim(doc, after.start, after.end)
    if content is None or word_count(content) < 3:
        return None
    # a quotation right after the colon ('Lavrov: "..."') is a direct quote, found there
    if content[0].text in ALL_MARKS:
        return None
    cand = reported(doc, content, doc[colon.i : colon.i + 1], "colon-line", quoted)
    return cand._replace(subject=before[-1])
