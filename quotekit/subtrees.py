"""Subtree bounds computed from the heads: where a token's subtree starts and ends.

spaCy's ``Token.left_edge`` and ``Token.right_edge`` are filled in by a fixed number of passes
over the heads, which is not enough for every non-projective parse: in a long sentence the
parser ran together, a token's ``right_edge`` may stop before the last token of its subtree
(27 of 7,168 tokens in one 40,000-character parse, 14 of 81,724 on PolNeAR dev). A rule that
steps from a token past its ``right_edge`` then never moves, and one that cuts a phrase at it
cuts the phrase short. These functions read the heads themselves, once per document (linear
time), and are what the rules use instead. Like ``syntax``, this module is shared knowledge,
not a stage: it imports nothing of quotekit's but its errors.

``index_sentences`` does the same for ``Token.sent`` and ``Span.sent``, which spaCy answers by
first checking the whole document for sentence starts: a rule asking for a word's sentence
once per word made a document of 200,000 quotation marks quadratic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.errors import ParseError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the bounds of the last document asked about: rules ask many times about one document, then
# move on to the next (the Doc is held so that its identity cannot be reused)
_last: tuple[Doc | None, list[int], list[int]] = (None, [], [])


def check_tree(doc: Doc) -> None:
    """Raise when the parse's heads are not trees: a rule that climbs from a word to its
    head would climb a cycle forever.

    Raises:
        ParseError: naming a word that is its own ancestor.
    """
    heads = _heads(doc)
    state = [0] * len(heads)  # 0: not seen, 1: on the path being climbed, 2: leads to a root
    for i in range(len(heads)):
        path = []
        j = i
        while state[j] == 0:
            state[j] = 1
            path.append(j)
            if heads[j] == j:
                break
            j = heads[j]
        else:
            if state[j] == 1:
                raise ParseError(
                    f"the parse is not a tree: word {j} ({doc[j].text!r}) is its own ancestor"
                )
        for k in path:
            state[k] = 2


def left_edge(tok: Token) -> int:
    """The index of the first token of ``tok``'s subtree."""
    return _bounds(tok.doc)[0][tok.i]


def right_edge(tok: Token) -> int:
    """The index of the last token of ``tok``'s subtree (inclusive, like spaCy's)."""
    return _bounds(tok.doc)[1][tok.i]


def _bounds(doc: Doc) -> tuple[list[int], list[int]]:
    global _last
    if _last[0] is not doc or len(_last[1]) != len(doc):
        _last = (doc, *subtree_bounds(_heads(doc)))
    return _last[1], _last[2]


def _heads(doc: Doc) -> list[int]:
    from spacy.attrs import HEAD

    # HEAD is stored as an unsigned offset from the token: cast back to a signed one
    offsets = doc.to_array([HEAD]).astype("int64").reshape(-1)
    return [i + int(off) for i, off in enumerate(offsets)]


def subtree_bounds(heads: list[int]) -> tuple[list[int], list[int]]:
    """The first and last index of every token's subtree, given each token's head index (a
    root is its own head). A head out of range or a cycle (which no parser should give) makes
    the token where it shows a root, so that every token still gets bounds."""
    n = len(heads)
    depth = [-1] * n
    for i in range(n):
        path: list[int] = []
        j = i
        while depth[j] == -1:
            depth[j] = -2  # on the path being walked
            path.append(j)
            h = heads[j]
            if h == j or not 0 <= h < n:
                break
            j = h
        # from a known ancestor's depth, or from 0 where the path ended at a root or a cycle
        d = depth[j] + 1 if depth[j] >= 0 else 0
        for k in reversed(path):
            depth[k] = d
            d += 1
    lo = list(range(n))
    hi = list(range(n))
    # deepest first, so that a token's bounds are complete before they reach its head
    for k in sorted(range(n), key=depth.__getitem__, reverse=True):
        h = heads[k]
        if h != k and 0 <= h < n and depth[h] == depth[k] - 1:
            lo[h] = min(lo[h], lo[k])
            hi[h] = max(hi[h], hi[k])
    return lo, hi


def index_sentences(doc: Doc) -> None:
    """Make ``Token.sent`` and ``Span.sent`` of ``doc`` constant-time, with the same answers
    as spaCy's: the sentence holding the token, or the span's first token."""
    from spacy.attrs import SENT_START

    n = len(doc)
    if n == 0:
        return
    flags = doc.to_array([SENT_START]).astype("int64").reshape(-1)
    starts = [0] * n
    ends = [n] * n
    start = 0
    for i in range(1, n):
        if flags[i] == 1:
            for k in range(start, i):
                ends[k] = i
            start = i
        starts[i] = start

    def token_sent(tok: Token) -> Span:
        return tok.doc[starts[tok.i] : ends[tok.i]]

    def span_sent(span: Span) -> Span:
        i = min(span.start, n - 1)
        return span.doc[starts[i] : ends[i]]

    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
