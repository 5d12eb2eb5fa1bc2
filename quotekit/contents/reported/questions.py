"""Questions and directives: what was asked of someone, and what someone was told to do.

"Asked about the budget, the mayor smiled" (the question put; its source is the asker, not the
mayor), "asked the mayor if the bridge was safe", "urged residents to conserve water".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.contents.bounds import end_before_coordinated_cue
from quotekit.contents.reported.context import NO, CueContext, Outcome, found
from quotekit.cue_lexicon import has_property
from quotekit.lexicon import QUESTION_WORDS
from quotekit.records import QuoteCandidate
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    agent_of,
    asks_if_or_whether,
    has_infinitive_marker,
    is_passive,
    misread_relative,
    put_to_someone,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PUT_DEPS = frozenset({"ccomp", "advcl", "xcomp", "obl", "obj", "nmod"})


# --------------------------------------------------------------------------- strategies


def question_put(ctx: CueContext) -> Outcome:
    """'When asked whether he would run, Smith smiled', 'The mayor was asked about the
    bridge': a question put to the one the sentence is about; it is what was asked."""
    if ctx.lemma != "ask" or not put_to_someone(ctx.cue):
        return NO
    cand = _question_put(ctx)
    return found(cand) if cand is not None else NO


def directive(ctx: CueContext) -> Outcome:
    """'urged the council to delay the vote', 'called on people to protest': the addressee and
    what they are to do."""
    if not has_property(ctx.lemma, "directive"):
        return NO
    doc, cue = ctx.doc, ctx.cue
    for child in cue.rights:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and has_infinitive_marker(child):
            start = left_edge(child)
            for other in cue.rights:
                if other.dep_ in ("obj", "obl", "iobj") and other.i < child.i:
                    start = min(start, left_edge(other))
            # "called on people": the preposition is part of the cue, not the content
            while doc[start].dep_ == "case" and doc[start].head.i != cue.i and start < child.i:
                start += 1
            content = trim(doc, start, end_before_coordinated_cue(child))
            if content is not None:
                return found(ctx.reported(content, "directive"))
    # "asked the station to publish ...": the parser may hang the infinitive on the addressee
    for obj in cue.rights:
        if obj.dep_ != "obj":
            continue
        inf = next((c for c in obj.rights if c.dep_ == "acl" and has_infinitive_marker(c)), None)
        if inf is not None and all(t.dep_ != "case" for t in obj.lefts):
            content = trim(doc, left_edge(obj), end_before_coordinated_cue(inf))
            if content is not None:
                return found(ctx.reported(content, "directive"))
    return NO


# --------------------------------------------------------------------------- helpers


def embedded_question(cue: Token, child: Token, lemma: str) -> bool:
    """'asked the contender [if she had been preparing ...]': a question put to someone, which
    the parser may hang on the cue as an adverbial clause."""
    return (
        has_property(lemma, "question")
        and child.dep_ == "advcl"
        and child.i > cue.i
        and asks_if_or_whether(child)
    )


def opens_with_question_put(span: Span) -> bool:
    """Whether the words open with "asked", or "when asked", put to someone."""
    for tok in span[:2]:
        if tok.lower_ == "asked" and put_to_someone(tok):
            return True
        if tok.lower_ != "when":
            break
    return False


def _question_put(ctx: CueContext) -> QuoteCandidate | None:
    """What was asked of someone: the question ("asked [whether he would run]"), the request
    ("asked by the host [to respond]") or the subject ("asked about [the border]"); the
    source is the asker, named in an agent or not at all."""
    doc, cue = ctx.doc, ctx.cue
    # the phrases after the cue, past the agent; the parse may split one question among
    # them ("Asked [what]obj [a firm commitment looks like]ccomp")
    agent = agent_of(cue)
    parts = [c for c in cue.rights if c.dep_ in _PUT_DEPS and not misread_relative(doc, c)]
    if agent is not None:
        # "asked [by the host] to respond", "asked about the border [by reporters]"
        parts = [c for c in parts if c.i > agent.i] or [c for c in parts if c.i < agent.i]
    if parts:
        first = doc[left_edge(parts[0])]
        end, asker = _question_end(doc, cue, parts, agent, first)
        content = None
        if first.lower_ == "about":
            content = trim(doc, first.i + 1, end, min_tokens=1)
        elif first.lower_ in QUESTION_WORDS or any(has_infinitive_marker(c) for c in parts):
            content = trim(doc, first.i, end)
        if content is not None:
            return ctx.reported(content, "question-put")._replace(subject=asker)
    # "When asked [whether the county should pay], he said ...": a question the parse hung on
    # the main clause
    if cue.i + 1 < len(doc):
        word = doc[cue.i + 1]
        head = word.head
        if word.lower_ in ("if", "whether") and word.dep_ == "mark" and head.i > word.i:
            if head.head.i != cue.i and right_edge(head) < head.head.i:
                content = trim(doc, word.i, right_edge(head) + 1)
                if content is not None:
                    return ctx.reported(content, "question-put")
    return None


def _question_end(
    doc: Doc, cue: Token, parts: list[Token], agent: Token | None, first: Token
) -> tuple[int, Token | None]:
    """Where the question ends, and the asker the parse hung inside it, if any."""
    end = end_before_coordinated_cue(parts[-1])
    if not is_passive(cue):
        # "When asked about the strike, the mayor laughed": a question set before the main
        # clause ends at its comma, wherever the parse hung the words after it
        return next((t.i for t in doc[first.i : end] if t.text == ","), end), None
    if agent is None:
        # "was asked about the border [by reporters]": the agent the parse hung on the
        # question's last noun closes it
        by = next(
            (
                t
                for t in doc[first.i + 1 : end]
                if t.lower_ == "by"
                and t.dep_ == "case"
                and right_edge(t.head) == end - 1
                and t.head.dep_ == "nmod"
                and t.head.head.i in {c.i for c in parts}
            ),
            None,
        )
        if by is not None:
            return by.i, by.head
    return end, None
