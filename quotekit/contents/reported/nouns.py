"""Nouns of saying: a noun with the content clause or the phrase that says what was said.

"The mayor's claim that the bridge was safe", "his pledge to cut taxes", "calls for the mayor
to resign", "questions about the contract", "her comments on the budget".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.contents.bounds import end_before_coordinated_cue
from quotekit.contents.reported.context import reported
from quotekit.cue_lexicon import has_property, prepositions
from quotekit.lexicon import QUESTION_WORDS, SUBJ_DEPS
from quotekit.records import QuoteCandidate, QuotedText
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import bare_time, has_infinitive_marker, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ASKING = frozenset({"request", "ask", "seek", "plea", "call"})  # "a request for comment"
_NOUN_THAT_WINDOW = 6  # tokens from a noun of saying to its "that": "claims by the agencies that"


def noun_complement(doc: Doc, noun: Token, quoted: QuotedText) -> QuoteCandidate | None:
    """A noun of saying with its content clause: "the agency's earlier claim that the driver had
    fled", "his pledge to cut taxes" (not a relative clause: "the statement that he issued"),
    or with what it is about ("calls for ...", see _noun_about)."""
    if _asked_for(noun):
        return None
    about = _noun_about(doc, noun)
    if about is not None:
        return reported(doc, about, doc[noun.i : noun.i + 1], "noun-complement", quoted)
    for child in noun.rights:
        if child.dep_ not in ("acl", "ccomp"):
            continue
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if (that and any(c.dep_ in SUBJ_DEPS for c in child.children)) or (
            has_infinitive_marker(child) and has_property(noun.lemma_.lower(), "pledge", "noun")
        ):
            content = trim(doc, left_edge(child), end_before_coordinated_cue(child))
            if content is not None and content.start > noun.i:
                return reported(doc, content, doc[noun.i : noun.i + 1], "noun-complement", quoted)
    # "claims by two auditors that some of the invoices had been altered", where the parse
    # hung the that-clause elsewhere: a "that" the parser took for a complementizer,
    # past at most the noun's own phrase, opening a clause with a subject
    for tok in doc[noun.i + 1 : min(noun.sent.end, noun.i + _NOUN_THAT_WINDOW)]:
        if tok.lower_ == "that":
            head = tok.head
            if (
                tok.dep_ == "mark"
                and head.i > tok.i
                and any(tok.i < c.i < head.i and c.dep_ in SUBJ_DEPS for c in head.children)
            ):
                content = trim(doc, tok.i, end_before_coordinated_cue(head))
                if content is not None:
                    cue = doc[noun.i : noun.i + 1]
                    return reported(doc, content, cue, "noun-complement", quoted)
            break
        if tok.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"):
            break
    return None


def _asked_for(noun: Token) -> bool:
    """A bare noun of saying that was asked for, not said: "a request for comment on the
    audit", "asked for comment about the plan"."""
    bare = not any(c.dep_ in ("det", "nmod:poss") for c in noun.children)
    after_for = any(c.dep_ == "case" and c.lower_ == "for" for c in noun.children)
    return bare and after_for and noun.head.lemma_.lower() in _ASKING


def _noun_about(doc: Doc, noun: Token) -> Span | None:
    """What a noun of saying is about, after its preposition: "few calls for [the chair to step
    down]", "his call for [an end to farm subsidies]", "questions about [her travel costs]",
    "the question of [whether the mayor was told]", "his comments on [the strike]"."""
    preps = prepositions(noun.lemma_.lower(), "noun")
    if not preps or noun.i + 2 >= len(doc):
        return None
    prep = doc[noun.i + 1]
    if prep.lower_ not in preps:
        return None
    # "the question of time" is none; "the question of whether ..." is
    if prep.lower_ == "of" and doc[noun.i + 2].lower_ not in QUESTION_WORDS:
        return None
    asked = prep.head
    if asked.head.i != noun.i or asked.i <= prep.i or bare_time(asked):
        return None
    end = end_before_coordinated_cue(asked)
    # "calls for the chair [to step down]", "sounded a call for the county [to hire more
    # nurses]": an infinitive right after, that the parse hung on the noun or its verb
    if end == right_edge(asked) + 1 and end < len(doc):
        inf = doc[end].head
        if (
            doc[end].lower_ == "to"
            and left_edge(inf) == end
            and inf.head.i in (noun.i, noun.head.i)
            and has_infinitive_marker(inf)
        ):
            end = end_before_coordinated_cue(inf)
    content = trim(doc, noun.i + 2, end, min_tokens=1)
    # "questions about her", "the question of what": a person or a lone pronoun is no content
    if content is None or (len(content) == 1 and content[0].pos_ == "PRON"):
        return None
    return content
