"""Topics: Doc + a quote and its attribution -> a short topic phrase taken from the text.

In order of preference:
1. the complement of an attribution line's "on"/"about" ("Lavrov on China's approach to
   Ukraine" -> "China's approach to Ukraine");
2. the cue's about/on/of complement ("said of the plan" -> "the plan");
3. the subject of the reported clause ("Xi reiterated that Taiwan is ..." -> "Taiwan"), or the
   object that is the content ("praised China's approach");
4. the first noun chunk of the content that is not a pronoun (textacy's noun chunks, over the
   UD-aware chunker that ``quotekit.parsing`` installs).
No word is invented: the topic is a span of the text, or, where quotation marks and modifiers
are left out of a noun phrase, its remaining words in order (then without offsets).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotekit.lexicon import (
    ABOUT_PREPOSITIONS,
    ALL_MARKS,
    CUE_ABOUT_PREPOSITIONS,
    SUBJ_DEPS,
)
from quotekit.records import Attribution, QuoteCandidate, Topic, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MAX_WORDS = 8
_SKIP_HEADS = frozenset({"PRON", "NUM", "DET"})


def extract_topic(doc: Doc, cand: QuoteCandidate, attribution: Attribution) -> Topic | None:
    """A short phrase that says what a quote is about, or None."""
    if attribution.how == "line" and attribution.speaker is not None:
        topic = _topic_of_line(doc, attribution.speaker)
        if topic is not None:
            return topic
    cue = attribution.cue
    if cue is not None:
        for child in cue.root.children:
            if (
                child.dep_ in ("obl", "nmod")
                and _case(child) in CUE_ABOUT_PREPOSITIONS
                and child.i > cue.root.i
                and not (cand.start <= child.idx < cand.end)
            ):
                return _phrase(doc, child)
    # a quote in pieces: its first piece, not the attribution between the pieces
    start, end = cand.fragments[0] if cand.fragments else (cand.start, cand.end)
    content = doc.char_span(start, end, alignment_mode="expand")
    if content is None:
        return None
    head = _content_head(content)
    if head is not None:
        return _phrase(doc, head)
    return _first_chunk(content)


def _case(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ == "case" and c.i < tok.i:
            return c.lower_
    return ""


def _topic_of_line(doc: Doc, speaker: Span) -> Topic | None:
    """'Lavrov on China's approach to Ukraine' -> 'China's approach to Ukraine'."""
    text = doc_text(doc)
    line_end = text.find("\n", speaker.end_char)
    line_end = len(text) if line_end == -1 else line_end
    rest = doc.char_span(speaker.end_char, line_end, alignment_mode="expand")
    if rest is None:
        return None
    words = [t for t in rest if not t.is_space]
    if len(words) >= 2 and words[0].lower_ in ABOUT_PREPOSITIONS:
        start = words[1].idx
        end = words[-1].idx + len(words[-1].text)
        while end > start and text[end - 1] in ".:;,":
            end -= 1
        return Topic(text[start:end], start, end)
    return None


def _content_head(content: Span) -> Token | None:
    """The subject of the reported clause, or the content itself when it is a noun phrase."""
    root = content.root
    for child in root.children:
        if child.dep_ in SUBJ_DEPS and child.pos_ in ("NOUN", "PROPN") and child.i >= content.start:
            return child
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    for child in root.children:
        if (
            child.dep_ in ("obj", "obl")
            and child.pos_ in ("NOUN", "PROPN")
            and child.i >= content.start
        ):
            return child
    return None


def _phrase(doc: Doc, head: Token) -> Topic | None:
    """The noun phrase of ``head``: its determiners-free left modifiers and its of/to/on PPs,
    without quotation marks and the words inside them, at most a few words."""
    if head.pos_ in _SKIP_HEADS:
        return None
    keep: list[Token] = []
    for tok in head.subtree:
        if (
            tok.is_space
            or tok.text in ALL_MARKS
            or tok.dep_ in ("punct", "acl:relcl", "acl", "appos", "cc", "conj")
        ):
            continue
        if tok.head.i == head.i and tok.dep_ in ("case", "mark") and tok.i < head.i:
            continue  # the phrase's own preposition: "of the contract" -> "the contract"
        if _inside_relative_or_quote(tok, head):
            continue
        keep.append(tok)
    keep.sort(key=lambda t: t.i)
    if not keep:
        return None
    # cut at the first clause boundary past the head, keep it short
    words = [t for t in keep if t.i <= head.i or t.i - head.i <= _MAX_WORDS]
    words = words[: _MAX_WORDS + 4]
    if len(words) > 1 and words[-1].dep_ in ("case", "cc"):
        words = words[:-1]
    start = words[0].idx
    end = words[-1].idx + len(words[-1].text)
    text = doc_text(doc)
    contiguous = all(b.i == a.i + 1 for a, b in zip(words, words[1:], strict=False))
    if contiguous:
        return Topic(text[start:end], start, end)
    phrase = " ".join(t.text for t in words)
    phrase = re.sub(r"\s+('s|')\b", r"\1", phrase)  # "China 's" -> "China's"
    phrase = re.sub(r"\s+", " ", "".join(ch for ch in phrase if ch not in ALL_MARKS)).strip()
    return Topic(phrase)


def _inside_relative_or_quote(tok: Token, head: Token) -> bool:
    """True for words under a clause or a quoted modifier of the phrase's head."""
    t = tok
    while t.i != head.i:
        if t.dep_ in ("acl:relcl", "acl", "appos", "conj", "advcl"):
            return True
        if t.head.i == head.i and t.dep_ == "amod" and _quoted(t):
            return True
        t = t.head
    return False


def _quoted(tok: Token) -> bool:
    doc = tok.doc
    return any(
        doc[i].text in ALL_MARKS
        for i in (tok.left_edge.i - 1, tok.right_edge.i + 1)
        if 0 <= i < len(doc)
    )


def _first_chunk(content: Span) -> Topic | None:
    from textacy.extract.basics import noun_chunks

    # textacy's noun_chunks over a copy of the content: a Span's noun chunks would run the
    # chunker over the whole document on every call
    piece = content.as_doc()
    for chunk in noun_chunks(piece, drop_determiners=True):
        if chunk.root.pos_ in _SKIP_HEADS:
            continue
        start = content.start_char + chunk.start_char
        end = content.start_char + chunk.end_char
        return Topic(doc_text(content.doc)[start:end], start, end)
    return None
