"""What every strategy for a cue's content works with: the cue and its lexicon entry, the
quotations of the document, and what earlier strategies found; and how candidates are made.

A strategy takes a ``CueContext`` and returns an ``Outcome``: candidates and "stop" (the cue's
content is found), ``NO`` (try the next strategy) or ``STOP`` (the cue reports nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

from quotekit.contents.bounds import end_at_clause_break, within_line
from quotekit.cue_lexicon import cue_class_of, cue_lemma, has_property
from quotekit.records import QuoteCandidate, QuotedText, doc_text
from quotekit.rules import RuleId
from quotekit.syntax import cue_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class CueContext:
    """One cue verb of a document, as the strategies see it."""

    doc: Doc
    cue: Token
    quoted: QuotedText
    lemma: str = ""
    klass: str | None = None
    span: Span = field(init=False)
    # the complements the parse hung on the cue, with their rule, gathered once when a
    # strategy first asks (clauses.gather_complements); and a relative pronoun that opens the
    # content after the cue ("which he said [had hurt the harbor]")
    contents: list[tuple[Span, RuleId]] | None = None
    pronoun: Token | None = None

    def __post_init__(self) -> None:
        self.lemma = cue_lemma(self.cue)
        self.klass = cue_class_of(self.lemma)
        self.span = cue_span(self.cue)

    @property
    def framing(self) -> bool:
        """Whether the cue can be set around someone's words. A stance ("backed the mayor",
        "refused to comment") is reported of its holder through its object or complement,
        never as an attribution around a quotation."""
        return self.klass != "stance"

    def reported(self, content: Span, rule: RuleId) -> QuoteCandidate:
        return reported(self.doc, content, self.span, rule, self.quoted)

    def in_two_pieces(self, first: Span, second: Span, rule: RuleId) -> QuoteCandidate:
        return in_two_pieces(self.doc, first, second, self.span, rule, self.quoted)


class Outcome(NamedTuple):
    """What a strategy gave: candidates, and whether the cue is done with."""

    candidates: tuple[QuoteCandidate, ...]
    stop: bool

    @property
    def label(self) -> Literal["found", "no", "stop"]:
        if self.candidates:
            return "found"
        return "stop" if self.stop else "no"


NO = Outcome((), False)  # nothing here: try the next strategy
STOP = Outcome((), True)  # the cue reports nothing


def found(*candidates: QuoteCandidate | None) -> Outcome:
    """The cue's content is found (a None among the candidates is left out)."""
    return Outcome(tuple(c for c in candidates if c is not None), True)


def found_or_no(candidate: QuoteCandidate | None) -> Outcome:
    """Found when there is a candidate, else try the next strategy."""
    return found(candidate) if candidate is not None else NO


Strategy = Callable[[CueContext], Outcome]


def reported(
    doc: Doc, content: Span, cue: Span, rule: RuleId, quoted: QuotedText
) -> QuoteCandidate:
    """A candidate for a reported content: indirect, or mixed when quotations stand in it
    (a quotation that starts or ends inside it belongs to it whole), or direct when it is all
    one quotation."""
    content = within_line(doc, content, cue)
    if content.start >= cue.end:
        content = end_at_clause_break(doc, content, quoted)
    start, end = content.start_char, content.end_char
    for p in quoted.pairs_near(start, end):
        if start <= p.open < end < p.close + 1 and not (p.open < cue.start_char < p.close):
            end = p.close + 1
        elif p.open < start < p.close + 1 <= end:
            start = p.open
    inside = [p for p in quoted.pairs_near(start, end) if start <= p.open and p.close < end]
    kind: Literal["direct", "indirect", "mixed"] = "mixed" if inside else "indirect"
    if inside and all(_name_in_marks(doc, p.open, p.close) for p in inside):
        kind = "indirect"  # 'backed what locals call the "Harbour Link" plan': nobody's words
    if inside and all(p.open <= start and end <= p.close + 1 for p in inside):
        kind = "direct"
    # the full stop closes the writer's sentence, not what was reported
    text = doc_text(doc)
    while kind != "direct" and end - start > 1 and text[end - 1] in ".!?" and text[end - 2] != ".":
        end -= 1
    return QuoteCandidate(kind, start, end, cue, rule)


# what a name in marks follows: 'called the "Harbour Link" plan', 'the so-called "Gap"'
_NAMING_WORDS = frozenset({"so-called", "dubbed", "nicknamed", "named", "titled", "entitled"})
_NAME_MAX_WORDS = 4


def _name_in_marks(doc: Doc, open_char: int, close_char: int) -> bool:
    """A short name in capitals in marks right after a verb of naming (skipping an article):
    what something is called, not anyone's words ('what locals have called the "Harbour Link"
    plan', 'nicknamed "King James"')."""
    inner = doc.char_span(open_char + 1, close_char, alignment_mode="expand")
    if inner is None or len(inner) == 0 or len(inner.text.split()) > _NAME_MAX_WORDS:
        return False
    words = [t for t in inner if t.is_alpha]
    if not words or any(t.pos_ in ("VERB", "AUX") or not t.text[0].isupper() for t in words):
        return False  # (not 'what he called a "brazen breach"': his words, a mixed quote)
    k = inner.start - 2  # the word before the opening mark
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    return before.lower_ in _NAMING_WORDS or (
        before.pos_ == "VERB" and has_property(before.lemma_.lower(), "naming")
    )


def in_two_pieces(
    doc: Doc, first: Span, second: Span, cue: Span, rule: RuleId, quoted: QuotedText
) -> QuoteCandidate:
    """One content in two pieces around the words that interrupt it (the cue, its speaker,
    "according to X"): the span runs from the first piece to the second, with both pieces
    as its fragments."""
    whole = reported(doc, doc[first.start : second.end], cue, rule, quoted)
    return whole._replace(
        fragments=((first.start_char, first.end_char), (second.start_char, whole.end))
    )
