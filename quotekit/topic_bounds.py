"""Topics: which clause or prepositional phrase after a noun belongs to its phrase. A "that"
clause does after a noun that holds what is said or thought ("claims that the vote was
rigged"); a time or a manner the parse hung on the noun does not ("goods in the quarter",
"our town in any way").

Part of the topics stage: ``quotekit.topic_phrases`` cuts the phrases and asks this module
where a clause or a prepositional phrase after the head ends them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lexicon import TIME_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# what says when or how (see ``when_or_how``): the prepositions, the spans of time, the edges
# of a time ("the end of the year") and the determiners of a manner ("in any way")
_WHEN_CASES = frozenset("at on in during since until through over".split())
_TIME_SPANS = frozenset({"quarter", "decade", "century"})
_TIME_EDGES = frozenset({"beginning", "end", "start", "middle"})
_ANY = frozenset({"any", "no", "some", "every"})
# nouns that hold what a "that" clause says: "the claim that the vote was rigged"
_CONTENT_NOUNS = frozenset(
    """accusation allegation claim charge possibility concern fear hope belief idea notion
    suggestion assertion rumor rumour speculation assurance promise warning evidence proof
    prospect likelihood risk threat expectation assumption insistence demand""".split()
)


def when_or_how(child: Token) -> bool:
    """A prepositional phrase of time or manner after a noun, which the parse may hang on it
    though it says when or how the clause happened: "in the quarter", "on Monday night", "at
    the beginning of March", "in any way"."""
    case = next((c.lower_ for c in child.children if c.dep_ == "case" and c.i < child.i), "")
    if child.dep_ != "nmod" or case not in _WHEN_CASES:
        return False
    lemma = child.lemma_.lower()
    if lemma in TIME_WORDS:
        return True
    if lemma == "way":  # "in any way", not "in the way of reform"
        return not any(c.dep_ == "nmod" for c in child.children) and any(
            c.lower_ in _ANY for c in child.children if c.dep_ == "det"
        )
    if lemma in _TIME_SPANS:  # "in the quarter", not "the French Quarter" nor "a book on"
        return child.pos_ == "NOUN" and case in ("in", "during", "since", "through")
    # "at the beginning of March", "at the end of the year"
    return lemma in _TIME_EDGES and any(
        c.dep_ == "nmod" and c.lemma_.lower() in TIME_WORDS for c in child.children
    )


def content_clause(head: Token, clause: Token) -> bool:
    """A clause that says what a noun holds ("the claim that the vote was rigged"): "that" as
    its conjunction and a subject of its own (however the parse labelled it), after a noun
    that holds what is said or thought; not a relative clause ("the plan that failed") nor a
    noun that only frames ("the fact that ...")."""
    if head.pos_ != "NOUN" or clause.dep_ not in ("acl", "acl:relcl", "ccomp") or clause.i < head.i:
        return False
    # (by its lemma or its plural: the lemma of "accusations" may be itself)
    if not {head.lemma_.lower(), singular(head.lower_)} & _CONTENT_NOUNS:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubj:pass", "expl") for c in clause.children
    )


def singular(word: str) -> str:
    """A plural's singular, for where the lemmatizer left a plural as it was ("accusations",
    "countries"); another word as it is."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
