"""Syntax: small UD patterns that both rule stages (quotes, speakers) read the same way.

Like the lexicon, this module is shared data about English, not a stage: it imports nothing of
quotekit's but the lexicon, so that no stage imports another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lexicon import ALL_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PART"})
_NOMINALS = frozenset({"PROPN", "NOUN", "PRON"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
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


def parenthetical_frame(doc: Doc, verb: Token) -> tuple[Token, int] | None:
    """'The museum, Mr. Bush said, celebrated ...', 'Climate change, Mr. Obama often says
    in speeches, is ...': a cue with a comma after it (past a few words of time or place) and,
    before it, a short noun phrase set off by a comma. Returns the phrase's head word (the
    speaker, whatever the parse made of it) and the index of the comma before the phrase."""
    k = verb.i + 1
    while k < min(len(doc), verb.i + 9) and doc[k].text != ",":
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or tok.is_punct or tok.lower_ == "that":
            return None
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX", "PART") and doc[k].lower_ != "'s":
        k -= 1  # "Mr. Obama often says", "he has said"
    end = k + 1
    while k >= max(0, end - 8):
        tok = doc[k]
        if tok.text in (",", "\u2014"):
            return _phrase_head(doc[k + 1 : end], k)
        if (
            tok.pos_ not in _PHRASE_POS
            and tok.pos_ != "ADP"
            and not (tok.is_punct and tok.text == ".")
        ):
            return None
        k -= 1
    return None


def _phrase_head(words: Span, comma: int) -> tuple[Token, int] | None:
    """The head of a short noun phrase: its last noun before any preposition ("advisers to
    Mr. Obama" -> advisers)."""
    head = None
    for tok in words:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in _NOMINALS and tok.lower_ not in _RELATIVES:
            head = tok
    return (head, comma) if head is not None else None


def parenthetical_subject(doc: Doc, verb: Token) -> Token | None:
    """The speaker of a parenthetical cue (see ``parenthetical_frame``), or None."""
    frame = parenthetical_frame(doc, verb)
    return frame[0] if frame is not None else None


def is_passive(verb: Token) -> bool:
    """A passive verb ("was told", "is said"): its subject is no source of what it reports."""
    return any(c.dep_ == "aux:pass" for c in verb.children)
