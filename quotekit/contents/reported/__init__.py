"""Reported speech: the content each cue reports, read off the UD parse.

Indirect and mixed quotes come from the cue words the cue stage found. A colon, "according to"
and a noun of saying each have one rule (``colons``, ``according``, ``nouns``), and so has an
attribution set off from its content by a dash (``dashes``); a verb of saying
is read by the strategies of ``VERB_STRATEGIES``, tried in order until one finds the content or
says the cue reports nothing. Each strategy is a small function of one construction family:
``clauses`` (that-clauses and bare complements), ``objects`` (objects and prepositional
complements), ``parentheticals`` (clauses around their cue, passives) and ``questions``
(questions put to someone, directives). ``bounds`` decides where a content starts and ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.contents.reported import (
    clauses,
    objects,
    parentheticals,
    questions,
)
from quotekit.contents.reported.according import according_to
from quotekit.contents.reported.colons import colon_attribution
from quotekit.contents.reported.context import CueContext, Strategy
from quotekit.contents.reported.dashes import dash_attributions
from quotekit.contents.reported.nouns import noun_complement
from quotekit.records import CueWord, QuoteCandidate, QuotedText

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The strategies for a verb of saying, in the order they are tried; the first that finds the
# content (or stops) ends the search. The order is part of the rules: a question put or a
# directive is read before the clause a parse may also hang on the cue, a complement before
# the words the parse left beside the cue, an object before a prepositional complement.
VERB_STRATEGIES: tuple[tuple[str, Strategy], ...] = (
    ("as-clause", parentheticals.as_clause),
    ("question-put", questions.question_put),
    ("directive", questions.directive),
    ("passive", parentheticals.passive),
    ("borrowed-complement", clauses.borrowed),
    ("interrupted", parentheticals.interrupted),
    ("complements", clauses.complements),
    ("that-clause", clauses.that_clause),
    ("clause-after", clauses.clause_after),
    ("told-clause-after", clauses.told_clause_after),
    ("cue-after", clauses.cue_after),
    ("attribution-after", clauses.attribution_after),
    ("object", objects.object_content),
    ("oblique", objects.oblique_content),
)


def find_reported_speech(
    doc: Doc, quoted: QuotedText, cues: list[CueWord]
) -> Iterator[QuoteCandidate]:
    """Indirect and mixed quotes: the content of each cue word, in text order; a cue in an
    attribution across a dash reports only what stands on the dash's other side."""
    frames = dash_attributions(doc, quoted)
    for frame, framed_cand in frames:
        trace.note("strategy", frame.cue.idx, frame.cue.idx + len(frame.cue), "dash", "found")
        yield framed_cand
    framed = {i for frame, _ in frames for i in range(frame.start, frame.end)}
    for word in cues:
        tok = word.token
        if tok.i in framed:
            continue
        if word.kind == "verb":
            yield from contents_of_verb(CueContext(doc, tok, quoted))
            continue
        if word.kind == "colon":
            cand = colon_attribution(doc, tok, quoted)
        elif word.kind == "according":
            cand = according_to(doc, tok, quoted)
        else:
            cand = noun_complement(doc, tok, quoted)
        label = f"found {cand.rule}" if cand is not None else "no"
        trace.note("strategy", tok.idx, tok.idx + len(tok), word.kind, label)
        if cand is not None:
            yield cand


def contents_of_verb(ctx: CueContext) -> Iterator[QuoteCandidate]:
    """Try the strategies in order until one finds the cue's content or stops."""
    tracing = trace.active()
    for name, strategy in VERB_STRATEGIES:
        outcome = strategy(ctx)
        if tracing:
            rules = " ".join(c.rule for c in outcome.candidates)
            start = ctx.cue.idx
            detail = f"{outcome.label} {rules}".strip()
            trace.note("strategy", start, start + len(ctx.cue), name, detail)
        yield from outcome.candidates
        if outcome.stop:
            return
