"""What the quote rules share: the quoted stretches of a document, cue words, spans."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.lexicon import (
    ALL_MARKS,
    SUBJ_DEPS,
    all_cue_lemmas,
    verb_lemma,
)
from quotekit.records import QuoteCandidate, QuoteMarkPair

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_VERB_POS = frozenset({"VERB"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


_LONGEST_PAIR = 20000  # characters: quotations longer than this are not looked back for


class _QuotedText:
    """Where the quotations are, by token."""

    def __init__(self, doc: Doc, pairs: Sequence[QuoteMarkPair], min_words: int) -> None:
        self.doc = doc
        self.pairs = list(pairs)
        self.spans: list[tuple[int, int, QuoteMarkPair]] = []  # token start, end (exclusive)
        self.long_tok = [False] * len(doc)  # inside a quotation long enough to be speech
        self.quoted_tok = [False] * len(doc)  # inside any quotation
        self._pairs: list[QuoteMarkPair] = []
        self._open_cache: list[int] = []
        # token offsets from spaCy's arrays: iterating Token objects is slow on long documents
        starts = [int(x) for x in doc.to_array("IDX")] if len(doc) else []
        for p in pairs:
            s = _token_at(starts, p.open)
            e = _token_at(starts, p.close)
            if s is None or e is None or e < s:
                continue
            self.spans.append((s, e + 1, p))
            self._pairs.append(p)
            for i in range(s, e + 1):
                self.quoted_tok[i] = True
            if _word_count(doc[s : e + 1]) >= min_words:
                for i in range(s, e + 1):
                    self.long_tok[i] = True

    def pairs_near(self, start: int, end: int) -> list[QuoteMarkPair]:
        """The pairs that overlap the characters [start, end) (pairs are sorted, and a pair
        longer than a few paragraphs is rare, so a window before ``start`` suffices)."""
        lo = bisect.bisect_left(self._opens, start - _LONGEST_PAIR)
        hi = bisect.bisect_left(self._opens, end)
        return [p for p in self._pairs[lo:hi] if p.close >= start]

    def inside_long(self, tok: Token) -> bool:
        return self.long_tok[tok.i]

    @property
    def _opens(self) -> list[int]:
        if len(self._open_cache) != len(self._pairs):
            self._open_cache = [p.open for p in self._pairs]
        return self._open_cache

    def inside_any(self, tok: Token) -> bool:
        return self.quoted_tok[tok.i]


def _token_at(starts: list[int], char: int) -> int | None:
    """The token holding a character: the last token starting at or before it (a mark may be
    glued to a word, "'Hello")."""
    i = bisect.bisect_right(starts, char) - 1
    return i if i >= 0 else None


def _word_count(span: Span) -> int:
    return sum(1 for t in span if not t.is_punct and not t.is_space and t.text not in ALL_MARKS)


def cue_lemma(tok: Token) -> str:
    """The lemma of a possible cue word, robust to a lemmatizer that missed the form."""
    return verb_lemma(tok.text, tok.lemma_, all_cue_lemmas())


def _is_cue_verb(tok: Token, lemmas: frozenset[str]) -> bool:
    if cue_lemma(tok) not in lemmas:
        return False
    if tok.pos_ in _VERB_POS or tok.tag_.startswith("VB"):
        return True
    # "Lynch notes/NOUN they were appointed": a verb the tagger took for a noun still has a
    # subject and a clause of its own
    return (
        tok.pos_ in ("NOUN", "PROPN", "ADJ")
        and any(c.dep_ in SUBJ_DEPS for c in tok.children)
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


def _verb_after_quotation(tok: Token, end: int, lemmas: frozenset[str]) -> bool:
    """'"...," Cross wrote/NOUN.': a cue word right after a quotation, behind only its subject,
    that the tagger took for a noun or adjective; its subject and its place say it is a verb."""
    if tok.i <= end or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or cue_lemma(tok) not in lemmas:
        return False
    if any(c.dep_ in ("det", "cop", "case") for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS and end <= c.i < tok.i]
    doc = tok.doc
    return bool(subjects) and all(
        t.is_punct or t.is_space or subjects[0].left_edge.i <= t.i <= subjects[0].right_edge.i
        for t in doc[end : tok.i]
    )


def _breaks_line(tokens: Span) -> bool:
    """Whether a line break stands among these tokens or right after one of them."""
    return any("\n" in t.text_with_ws for t in tokens)


def _cue_words_before_that(words: Span) -> bool:
    """Whether the words between a cue and the "that" of its clause can all be the cue's (a
    time, a place, an addressee: 'said Friday that ...'): no subject, copula or verb among
    them ('said the problem is that ...')."""
    return not any(t.dep_ in SUBJ_DEPS or t.dep_ == "cop" or t.pos_ == "VERB" for t in words)


def cue_span(tok: Token) -> Span:
    """The cue word with its particle ("pointed out", "called for" keeps only the verb)."""
    doc = tok.doc
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "compound:prt" and child.i == end:
            end = child.i + 1
    return doc[tok.i : end]


def _trim(doc: Doc, start: int, end: int, *, min_tokens: int = 2) -> Span | None:
    """Strip spaces and punctuation at both ends; None when fewer than ``min_tokens`` remain."""
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and doc[start].text not in ALL_MARKS)
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or (
            doc[end - 1].is_punct
            and doc[end - 1].text not in ALL_MARKS
            and doc[end - 1].text not in ".?!"
        )
    ):
        end -= 1
    if end - start < min_tokens:
        return None
    return doc[start:end]


class _Intervals:
    """Candidates by start offset, to find those that contain, or lie within, a span."""

    def __init__(self, cands: list[QuoteCandidate]) -> None:
        self.cands = sorted(cands, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.cands]

    def any_containing(self, start: int, end: int) -> bool:
        return bool(self.containing(start, end))

    def containing(self, start: int, end: int) -> list[QuoteCandidate]:
        hi = bisect.bisect_right(self.starts, start)
        lo = bisect.bisect_left(self.starts, start - _LONGEST_PAIR)
        return [c for c in self.cands[lo:hi] if c.end >= end]

    def within(self, start: int, end: int) -> list[QuoteCandidate]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return [c for c in self.cands[lo:hi] if c.end <= end]


def _has_infinitive_marker(tok: Token) -> bool:
    """Whether "to" marks the word as an infinitive: "vowed [to] oppose"."""
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children)


def _asks_if_or_whether(tok: Token) -> bool:
    """Whether the clause the word heads opens with "if" or "whether": a yes-no question."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children)
