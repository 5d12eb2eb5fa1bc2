"""Syntax: small UD patterns that both rule stages (quotes, speakers) read the same way.

Like the lexicon, this module is shared data about English, not a stage: it imports nothing of
quotekit's but the lexicon, so that no stage imports another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lexicon import ALL_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TITLES_BEFORE_NAME = frozenset({"rep", "sen", "gov", "dr", "mr", "mrs", "ms", "gen", "lt"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "obj"})


def comma_before(doc: Doc, cue: Token) -> int | None:
    """Where the content before an inverted attribution ends (exclusive): at the comma or dash
    right before the cue, or after the closing quotation mark ('...," says'); else None."""
    k = cue.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].text in (",", "\u2014"):
        return k
    if k >= 0 and doc[k].text in ALL_MARKS:
        return k + 1
    return None


def inverted_attribution(doc: Doc, cue: Token) -> Token | None:
    """The speaker of an attribution in inverted order (", says Paul Rieckhoff", '," said the
    minister'): the noun right after a cue that follows a comma or a closing quotation mark
    and has no complement of its own to its right; else None."""
    if comma_before(doc, cue) is None:
        return None
    if any(
        c.dep_ in _COMPLEMENTS and c.i > cue.i and c.pos_ in ("VERB", "AUX", "ADJ")
        for c in cue.children
    ):
        return None  # "..., said the vote was delayed": the cue has its own content
    for tok in doc[cue.i + 1 : cue.i + 4]:
        if tok.pos_ in ("PROPN", "NOUN"):
            head = tok
            while (
                head.head.i != head.i
                and head.i < head.head.i <= cue.i + 5
                and head.head.pos_ in ("PROPN", "NOUN")
            ):
                head = head.head
            # only punctuation, or an apposition after a comma, may follow the speaker
            nxt = head.right_edge.i + 1
            if nxt < len(doc) and not (doc[nxt].is_punct or doc[nxt].is_space):
                return None
            return head
        if tok.pos_ not in ("DET", "ADJ") and tok.lower_.rstrip(".") not in _TITLES_BEFORE_NAME:
            return None
    return None
