"""According to: "According to the mayor, the bridge will open in May" and "..., according to
court papers, ...": the clause is the content, the phrase after "to" its source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.contents.reported.context import in_two_pieces, reported
from quotekit.lexicon import NOMINAL_POS
from quotekit.records import QuoteCandidate, QuotedText
from quotekit.subtrees import right_edge
from quotekit.syntax import FINITE_TAGS, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def according_to(doc: Doc, according: Token, quoted: QuotedText) -> QuoteCandidate | None:
    """'According to X, Y': content Y (the clause), speaker X."""
    to = doc[according.i + 1]
    # UD: "according to X" is a case (fixed) of X; Stanza also makes "according" a VERB
    source = according.head if according.dep_ in ("case", "mark") else None
    if source is None or source.i < according.i:
        source = to.head if to.head.i > to.i else None
    if source is None:
        for tok in doc[to.i + 1 : to.i + 8]:
            if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                source = tok
                break
    if source is None:
        return None
    speaker = _source_noun(doc, to, source)
    sent = according.sent
    src_start, src_end = according.i, right_edge(source) + 1
    # the clause without the "according to X" phrase, on whichever side it stands, or on both
    # ("The firm sold the land, according to court papers, making a large profit")
    cue = doc[according.i : according.i + 2]
    before = trim(doc, sent.start, src_start) if src_start > sent.start + 1 else None
    if before is not None and _after_conjunction(doc, src_start, sent.start):
        # "The fee was not disclosed, but according to people close to the deal, it is ...":
        # the phrase opens the clause after the conjunction, and that clause is the content
        before = None
    if before is None:
        src_end = _end_of_source(doc, src_end, sent.end)
    after = trim(doc, src_end, sent.end)
    if (
        before is not None
        and after is not None
        and not doc[src_end].is_punct
        and not doc[src_end - 1].is_punct
    ):
        # "..., according to lemonde[.fr]", "according to court papers [seen by the
        # Courier], making ...": words the parse left out of the source's phrase go on with
        # no break; the content resumes after the next comma, if any
        comma = next((t.i for t in doc[src_end : sent.end] if t.text == ","), None)
        after = trim(doc, comma + 1, sent.end) if comma is not None else None
    if before is None or after is None:
        content = before or after
        if content is None:
            return None
        return reported(doc, content, cue, "according-to", quoted)._replace(subject=speaker)
    return in_two_pieces(doc, before, after, cue, "according-to", quoted)._replace(subject=speaker)


def _after_conjunction(doc: Doc, start: int, sent_start: int) -> bool:
    """Whether "according to" stands right after "but" or "and" (a comma between or not)."""
    k = start - 1
    while k > sent_start and doc[k].is_punct:
        k -= 1
    return doc[k].pos_ == "CCONJ" and k > sent_start


def _source_noun(doc: Doc, to: Token, source: Token) -> Token:
    """The noun that heads the source: 'according to [people] familiar with the matter',
    where the parse made the adjective ("familiar", "close") the head of the phrase and the
    noun its subject; the last noun of the noun phrase right after "to"."""
    if source.pos_ in NOMINAL_POS:
        return source
    noun = None
    for tok in doc[to.i + 1 : source.i]:
        if tok.pos_ in NOMINAL_POS:
            noun = tok
        elif tok.pos_ not in ("DET", "ADJ", "NUM") or noun is not None:
            break
    return noun or source


def _end_of_source(doc: Doc, end: int, sent_end: int) -> int:
    """'According to local [radio host Sam Reyes], the move ...', 'According to a lawsuit
    [filed by the state], the developers ...': words the parse left out of the source's
    phrase, up to the comma that closes it, are the source's when they hold no clause. A
    source that runs to the sentence's end ("according to said") has nothing after it."""
    if end >= sent_end or doc[end].is_punct or doc[end - 1].is_punct:
        return end
    comma = next((t.i for t in doc[end:sent_end] if t.text == ","), None)
    if comma is None or any(t.tag_ in FINITE_TAGS for t in doc[end:comma]):
        return end
    return comma + 1
