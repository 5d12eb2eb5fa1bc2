"""Conversion: a Stanza Document -> a spaCy Doc whose text is exactly the input text.

Every gap between Stanza's words is kept, as a single trailing space or as a whitespace token
(POS ``SPACE``, relation ``dep``), so that ``tok.idx`` is an offset into the input and textacy's
utilities can run on the Doc. Labels are UD v2 relations as Stanza emits them, except that the
root's relation is spaCy's ``ROOT``. Used by parsing.py (live parses) and by the tests, which
build Stanza-shaped sentences by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from quotekit.errors import AlignmentError
from quotekit.records import COREF_KEY
from quotekit.subtrees import left_edge

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


def make_vocab() -> Vocab:
    """An English spaCy vocab whose noun chunks understand UD labels."""
    import spacy

    vocab = spacy.blank("en").vocab
    # spaCy annotates this hook as yielding Spans; at run time it takes (start, end, label)
    # triples, as its own English syntax iterator yields
    vocab.get_noun_chunks = ud_noun_chunks  # type: ignore[assignment]
    return vocab


_NP_DEPS = frozenset(
    {
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "nmod",
        "appos",
        "ROOT",
        "obl:agent",
        "obl:tmod",
        "nmod:tmod",
        "conj",
        "root",
        "dislocated",
    }
)
_NP_LEFT = frozenset(
    {"det", "amod", "compound", "nmod:poss", "nummod", "flat", "det:poss", "det:predet", "case"}
)


def ud_noun_chunks(doclike: Any) -> Iterator[tuple[int, int, int]]:
    """Base noun phrases over UD labels, in the shape spaCy's syntax iterators yield."""
    doc = doclike.doc
    np_label = doc.vocab.strings.add("NP")
    prev_end = -1
    for tok in doclike:
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ not in _NP_DEPS:
            continue
        if tok.dep_ == "conj" and tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        start = tok.i
        for child in tok.lefts:
            if child.dep_ in _NP_LEFT and child.dep_ != "case":
                start = min(start, left_edge(child))
        end = tok.i + 1
        for child in tok.rights:
            if child.dep_ in ("flat", "flat:name") and child.i == end:
                end = child.i + 1
        # a possessive's "'s" belongs to the possessor, not to the chunk's start
        while start < tok.i and doc[start].dep_ == "case":
            start += 1
        if start <= prev_end:
            continue
        prev_end = end - 1
        yield start, end, np_label


class _DocBuilder:
    """The columns of a spaCy Doc, filled word by word and gap by gap from the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.heads: list[int] = []
        self.deps: list[str] = []
        self.pos: list[str] = []
        self.tags: list[str] = []
        self.lemmas: list[str] = []
        self.morphs: list[str] = []
        self.cursor = 0

    def add_gap(self, upto: int, attach_to: int | None) -> None:
        """Copy the text between the cursor and ``upto``: a trailing space, or a SPACE token."""
        gap = self.text[self.cursor : upto]
        if not gap:
            return
        if self.words and gap[0] == " " and not self.spaces[-1]:
            self.spaces[-1] = True
            gap = gap[1:]
            self.cursor += 1
        if gap:
            i = len(self.words)
            self._append(gap, attach_to if attach_to is not None else i, "SPACE", "_SP")
            self.deps[-1] = "dep" if attach_to is not None else "ROOT"
        self.cursor = upto

    def _append(self, word: str, head: int, pos: str, tag: str) -> None:
        self.words.append(word)
        self.spaces.append(False)
        self.heads.append(head)
        self.deps.append("")
        self.pos.append(pos)
        self.tags.append(tag)
        self.lemmas.append(word)
        self.morphs.append("")

    def add_sentence(self, sent: Any, offsets: list[tuple[int, int]]) -> None:
        """Add one Stanza sentence's words (and the gaps before and between them)."""
        first = len(self.words)
        # whitespace before a sentence belongs to the previous sentence (or starts the doc)
        self.add_gap(offsets[0][0] if offsets else self.cursor, first - 1 if first else None)
        base = len(self.words)
        index_of: dict[int, int] = {}
        for k, (w, (start, end)) in enumerate(zip(sent.words, offsets, strict=False)):
            if start == -1:
                # a word of an unsplittable multi-word token: it shares the previous token
                index_of[w.id] = len(self.words) - 1
                continue
            if start < self.cursor or end > len(self.text) or start >= end:
                raise AlignmentError(
                    f"Stanza word {w.text!r} at {start}-{end} does not fit the text "
                    f"after offset {self.cursor}"
                )
            if k:
                self.add_gap(start, len(self.words) - 1)
            index_of[w.id] = len(self.words)
            surface = self.text[start:end]
            self._append(surface, w.head, w.upos or "X", w.xpos or "")  # head resolved below
            self.deps[-1] = w.deprel or "dep"
            self.lemmas[-1] = w.lemma or surface
            self.morphs[-1] = w.feats or ""
            self.cursor = end
        self._resolve_heads(sent, base, index_of)

    def _resolve_heads(self, sent: Any, base: int, index_of: dict[int, int]) -> None:
        """Stanza's 1-based word heads -> token indices; the root points at itself."""
        for i in range(base, len(self.words)):
            if self.pos[i] == "SPACE":
                continue
            h = self.heads[i]
            if h != 0 and index_of.get(h) == i:
                # head inside the same merged token: climb to a head outside it
                h = _head_outside(sent, h, index_of, i)
            if h == 0:
                self.heads[i] = i
                self.deps[i] = "ROOT"
            else:
                self.heads[i] = index_of.get(h, i)

    def to_doc(self, vocab: Vocab) -> Doc:
        from spacy.tokens import Doc

        self.add_gap(len(self.text), len(self.words) - 1 if self.words else None)
        if not self.words:
            return Doc(vocab, words=[])
        # every word is a slice of the text and every gap between them was copied, so the words
        # and spaces rebuild the text exactly when their lengths add up to it (Doc.text would
        # rebuild the whole string to compare)
        length = sum(map(len, self.words)) + sum(self.spaces)
        if length != len(self.text) or self.cursor != len(self.text):
            raise AlignmentError("the parsed document's text differs from the input text")
        return Doc(
            vocab,
            words=self.words,
            spaces=self.spaces,
            heads=self.heads,
            deps=self.deps,
            pos=self.pos,
            tags=self.tags,
            lemmas=self.lemmas,
            morphs=_valid_morphs(self.morphs),
        )


def stanza_to_spacy(sdoc: Any, text: str, vocab: Vocab) -> Doc:
    """Build a spaCy Doc from a Stanza Document, keeping ``doc.text == text``.

    Raises:
        AlignmentError: when Stanza's words overlap or fall outside the text.
    """
    builder = _DocBuilder(text)
    sent_offsets: list[list[tuple[int, int]]] = []
    for sent in sdoc.sentences:
        offsets = _word_offsets(sent, text)
        sent_offsets.append(offsets)
        builder.add_sentence(sent, offsets)
    doc = builder.to_doc(vocab)
    if not builder.words:
        return doc
    chains = coref_spans(getattr(sdoc, "coref", None), sent_offsets)
    if chains:
        doc.user_data[COREF_KEY] = chains
    return doc


def coref_spans(
    chains: Any, sent_offsets: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """Stanza's coreference chains as lists of (start, end) character spans, one list per
    entity (mentions of dropped pronouns, which have no words, are left out)."""
    out = []
    for chain in chains or ():
        spans = []
        for m in chain.mentions:
            if not isinstance(m.start_word, int) or m.end_word <= m.start_word:
                continue
            offsets = sent_offsets[m.sentence]
            starts = [s for s, _ in offsets[m.start_word : m.end_word] if s >= 0]
            ends = [e for _, e in offsets[m.start_word : m.end_word] if e >= 0]
            if starts and ends:
                spans.append((min(starts), max(ends)))
        if len(spans) > 1:
            out.append(spans)
    return out


def _head_outside(sent: Any, h: int, index_of: dict[int, int], i: int) -> int:
    seen = set()
    while h and index_of.get(h) == i and h not in seen:
        seen.add(h)
        h = sent.words[h - 1].head
    return h


def _valid_morphs(morphs: list[str]) -> list[str]:
    return [m if m and "=" in m else "" for m in morphs]


def _word_offsets(sent: Any, text: str) -> list[tuple[int, int]]:
    """Character offsets of each Stanza word; words inside a multi-word token share its span."""
    out: list[tuple[int, int]] = []
    for tok in sent.tokens:
        t_start, t_end = tok.start_char, tok.end_char
        if len(tok.words) == 1:
            out.append((t_start, t_end))
            continue
        spans = [(w.start_char, w.end_char) for w in tok.words]
        if all(s is not None and e is not None and s < e for s, e in spans) and _contiguous(
            spans, t_start, t_end
        ):
            out.extend(spans)
            continue
        # split the token's surface by the words' lengths where they add up ("don't" -> do n't)
        surface = text[t_start:t_end]
        lengths = [len(w.text) for w in tok.words]
        if sum(lengths) == len(surface):
            pos = t_start
            for n in lengths:
                out.append((pos, pos + n))
                pos += n
            continue
        # no way to split it: the whole token stands for its words (see stanza_to_spacy)
        out.append((t_start, t_end))
        out.extend([(-1, -1)] * (len(tok.words) - 1))
    return out


def _contiguous(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if spans[0][0] != start or spans[-1][1] != end:
        return False
    return all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
