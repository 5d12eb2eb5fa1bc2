"""Parentheticals and passives: a content around its cue.

"The bridge, the mayor said, will open in May" (a clause interrupted by its cue), "As the
engineer noted, the bridge is old" (an as-clause), "The minister is said to have resigned" and
"The plan was criticized by the union" (passives whose subject is part of what was reported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.contents.bounds import clause_start, end_before_coordinated_cue
from quotekit.contents.reported.clauses import gather_complements, that_after
from quotekit.contents.reported.context import NO, STOP, CueContext, Outcome, found, found_or_no
from quotekit.cue_lexicon import has_property, prepositions, takes_object_content
from quotekit.lexicon import ALL_MARKS, EXPLETIVES, PRONOUN_OBJECTS, RELATIVE_PRONOUNS, SUBJ_DEPS
from quotekit.records import QuoteCandidate
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    agent_of,
    case_of,
    has_infinitive_marker,
    is_passive,
    parenthetical_frame,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CONNECTIVE_POS = frozenset({"CCONJ", "ADV", "INTJ", "SCONJ"})


# --------------------------------------------------------------------------- strategies


def as_clause(ctx: CueContext) -> Outcome:
    """'As one adviser pointed out, the coast rarely gets two storms': in an as-clause with
    nothing said of its own, the cue vouches for the clause around it; "as he spoke", "as the
    talks continue" are times, not sources. (An as-clause with a content of its own, "as he
    noted that ...", is read on by the next strategies, and so is "was quoted as saying".)"""
    cue = ctx.cue
    if not (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and cue.head.i != cue.i
        and not has_property(cue.head.lemma_.lower(), "quoted-as")
    ):
        return NO
    own = (
        that_after(ctx.doc, cue) is not None
        or any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
        or _own_object_or_oblique(cue, ctx.lemma, ctx.klass)
    )
    if own:
        return NO
    if not has_property(ctx.lemma, "as-parenthetical"):
        return STOP
    return found(_around_parenthetical(ctx))


def passive(ctx: CueContext) -> Outcome:
    """'The minister is said to have rejected the plan', 'the plan was criticized by the
    union': the passive's subject is part of what was reported, not its source."""
    if not is_passive(ctx.cue):
        return NO
    return found_or_no(_passive_content(ctx))


def interrupted(ctx: CueContext) -> Outcome:
    """'Climate change, the minister says, is the greatest threat': a cue set off by commas
    inside what was said; the words before it are the first piece, the complement after it
    (or the words after its comma) the second."""
    contents = gather_complements(ctx)
    after = [c for c in contents if c[0].start > ctx.cue.i]
    if not ctx.framing or (contents and not after):
        return NO
    doc = ctx.doc
    second = doc[min(c[0].start for c in after) : max(c[0].end for c in after)] if after else None
    return found_or_no(_interrupted_content(ctx, second))


# --------------------------------------------------------------------------- helpers


def _interrupted_content(ctx: CueContext, second: Span | None) -> QuoteCandidate | None:
    """The content around a parenthetical cue (", the minister says,"), in two pieces: from the
    clause's start to the comma before the speaker, and from the comma after the cue on. A
    quotation on either side is a direct quote interrupted by its cue, found elsewhere, unless
    the words before the cue are the quotation's subject."""
    doc, cue = ctx.doc, ctx.cue
    frame = parenthetical_frame(doc, cue)
    if frame is None:
        return None
    first = trim(doc, _first_piece_start(ctx, frame[1]), frame[1], min_tokens=1)
    if second is None:
        comma = next((t.i for t in doc[cue.i : cue.sent.end] if t.text == ","), None)
        if comma is None:
            return None  # the parser ended the sentence at the comma after the cue
        second = trim(doc, comma + 1, cue.sent.end)
    if first is None or second is None or second.start <= cue.i:
        return None
    if doc[first.end - 1].text in ALL_MARKS:
        return None
    # a quotation after the cue is a direct quote interrupted by its cue, found elsewhere; but
    # the subject it lacks, before the cue, is its first piece: 'A sharp slump, he said,
    # "might be the right moment to buy"' (the parser makes it a second subject of the cue)
    if doc[second.start].text in ALL_MARKS and not _subject_of_quotation(first, second, cue):
        return None
    # "But, the minister added, he did not ...", "Still, he said, officials ...": a connective
    # before the cue is the writer's; what was said follows it
    words = [t for t in first if not (t.is_punct or t.is_space)]
    if len(words) <= 2 and all(t.pos_ in _CONNECTIVE_POS for t in words):
        return ctx.reported(second, "parenthetical-cue")
    return ctx.in_two_pieces(first, second, "parenthetical-cue")


def _first_piece_start(ctx: CueContext, frame_start: int) -> int:
    doc = ctx.doc
    start = clause_start(doc, ctx.cue)
    # "The city resisted the levy, but the deficit had grown so large, the mayor noted, that
    # ...": the piece starts after the coordination
    for tok in doc[start : frame_start - 1]:
        if tok.text == "," and doc[tok.i + 1].pos_ == "CCONJ":
            start = tok.i + 2
    # "... is near the harbour, which, the guide said, is usually full": a relative pronoun
    # right before the cue opens the content (it stands for what the speaker spoke of)
    # (or opens the clause it interrupts: "Ms. Vance, [who works for the port and], the
    # manager said, has recently ...")
    for lead in doc[start + 1 : frame_start]:
        if lead.lower_ in RELATIVE_PRONOUNS and doc[lead.i - 1].text == ",":
            start = lead.i
    # (a fronted adverbial, "During his years in office, the mayor said, ...", stays in the
    # first piece: leaving it out was measured worse on PolNeAR train)
    return start


def _subject_of_quotation(first: Span, second: Span, cue: Token) -> bool:
    """A noun phrase (not a name, a pronoun or a participle: those are speakers and
    adverbials) that is the subject of the quoted clause after the cue, or of the cue itself."""
    return any(
        t.dep_ in SUBJ_DEPS
        and t.pos_ not in ("PROPN", "PRON", "VERB")
        and (second.start <= t.head.i < second.end or t.head.i == cue.i)
        for t in first
    )


def _passive_content(ctx: CueContext) -> QuoteCandidate | None:
    doc, cue = ctx.doc, ctx.cue
    subj = next((c for c in cue.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
    if subj is None or subj.lower_ in EXPLETIVES or subj.i > cue.i:
        return None
    first = trim(doc, left_edge(subj), right_edge(subj) + 1, min_tokens=1)
    if first is None:
        return None
    for child in cue.rights:
        # "is said to have rejected", "was reported to have resigned": the subject and the
        # infinitive, around the cue
        if child.dep_ == "xcomp" and has_infinitive_marker(child):
            second = trim(doc, left_edge(child), end_before_coordinated_cue(child))
            if second is None:
                return None
            return ctx.in_two_pieces(first, second, "passive-report")
    # "the plan was criticized by the minister": what is judged, with the judge as agent
    if takes_object_content(ctx.lemma, ctx.klass) and agent_of(cue) is not None:
        return ctx.reported(first, "passive-object")
    return None


def _around_parenthetical(ctx: CueContext) -> QuoteCandidate | None:
    """'The coast, as one adviser pointed out, rarely gets two storms': the clause around an
    as-clause, in two pieces when the as-clause interrupts it."""
    doc, cue = ctx.doc, ctx.cue
    head = cue.head
    start, end = left_edge(head), end_before_coordinated_cue(head)
    first = trim(doc, start, left_edge(cue), min_tokens=1)
    second = trim(doc, right_edge(cue) + 1, end, min_tokens=1)
    if first is not None and second is not None:
        return ctx.in_two_pieces(first, second, "as-parenthetical")
    piece = first or second
    if piece is None:
        return None
    return ctx.reported(piece, "as-parenthetical")


def _own_object_or_oblique(cue: Token, lemma: str, klass: str | None) -> bool:
    """Whether a cue has a content of its own in its object ("praised the protests") or in
    its oblique ("called for the ratification")."""
    preps = prepositions(lemma)
    return any(
        c.i > cue.i
        and (
            (
                c.dep_ == "obj"
                and takes_object_content(lemma, klass)
                and c.lower_ not in PRONOUN_OBJECTS
            )
            or (c.dep_ == "obl" and case_of(c) in preps)
        )
        for c in cue.children
    )
