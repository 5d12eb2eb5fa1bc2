"""Cue finding: Doc + quotations -> CueFinding (the cue words of reports, and the cue of each
quotation).

A cue is what signals an attribution: a verb of saying or thinking ("said", "vowed"), a noun of
saying ("his claim that ..."), "according to", or a name and a colon opening a line. This stage
decides which words are cues, and which cue introduces each quotation; where a report's content
starts and ends is ``quotekit.contents``'s, whose speaker ``quotekit.speakers``'s. Each guard that
turns a word down is named, so that ``quotekit explain`` can say why a word was no cue.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.cue_lexicon import cue_lemma, has_property, load_cue_class
from quotekit.lexicon import DOUBLE_CLOSE, QUESTION_WORDS, SUBJ_DEPS
from quotekit.records import CueFinding, CueKind, CueWord, QuotedText
from quotekit.rules import RuleId
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    ATTRIBUTION_SENTENCE,
    agent_of,
    answer_label,
    breaks_line,
    closed_by,
    has_infinitive_marker,
    is_cue_verb,
    put_to_someone,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def find_cues(
    doc: Doc,
    quoted: QuotedText,
    lemmas: frozenset[str],
    quotation_lemmas: frozenset[str] | None = None,
) -> CueFinding:
    """Find the cues of a document.

    Args:
        doc: a parsed spaCy Doc whose text is the input text.
        quoted: where its quotations are.
        lemmas: the cue lemmas that count (the classes asked for).
        quotation_lemmas: the lemmas that attribute a quotation beside them (``lemmas`` and
            the dialogue verbs); ``lemmas`` when None.

    Returns:
        The cue words of reports in text order, and for each quotation (token start, end)
        the cue that introduces it, with the direct rule that links them (or None, None).
    """
    words = list(_cue_words(doc, quoted, lemmas))
    beside = lemmas if quotation_lemmas is None else quotation_lemmas
    # the words that may link a quotation, found once: a quotation looks only at these
    candidates = [
        tok.i
        for tok in doc
        # (not a word of another quotation, however short: '"I say," rejoined Bolter')
        if (cue_lemma(tok) in beside or _went_on(tok)) and not quoted.inside_any(tok)
    ]
    quotations = {(s, e): _quotation_cue(doc, s, e, candidates, beside) for s, e, _ in quoted.spans}
    if trace.active():
        for s, e, pair in quoted.spans:
            cue, rule = quotations[(s, e)]
            how = f"{rule} {cue.text!r}" if cue is not None else "no cue"
            trace.note("quotation", pair.open, pair.close + 1, "linked", how)
    return CueFinding(words, quotations)


def _cue_words(doc: Doc, quoted: QuotedText, lemmas: frozenset[str]) -> Iterator[CueWord]:
    for tok in doc:
        kind = _kind(doc, tok, quoted, lemmas)
        if kind is None:
            continue
        guard = _guard(doc, tok) if kind == "verb" else None
        if guard is not None:
            trace.note("guard", tok.idx, tok.idx + len(tok), guard, "no cue")
            continue
        trace.note("cue", tok.idx, tok.idx + len(tok), kind)
        yield CueWord(tok, kind)


def _kind(doc: Doc, tok: Token, quoted: QuotedText, lemmas: frozenset[str]) -> CueKind | None:
    """What kind of cue a word can be, before the guards; None for none."""
    if tok.text == ":" and not quoted.inside_long(tok):
        return "colon"  # 'Lavrov: "..."', "WALLACE: Let's start with ..."
    if tok.text in ("A.", ".") and answer_label(doc, tok) is not None:
        return "colon"  # an interview's "A. We may have to close."
    if quoted.inside_any(tok):
        # a cue inside a quotation belongs to the quoted speaker, not to the article
        if trace.active() and is_cue_verb(tok, lemmas):
            trace.note("guard", tok.idx, tok.idx + len(tok), "inside-quotation", "no cue")
        return None
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return "according"
    if tok.pos_ == "NOUN" and _is_cue_noun(tok, lemmas):
        return "noun"
    return "verb" if is_cue_verb(tok, lemmas) or _closing_verb(doc, tok, lemmas) else None


def _closing_verb(doc: Doc, tok: Token, lemmas: frozenset[str]) -> bool:
    """'Car sales fell by a fifth, industry figures show/NOUN.': a cue word that closes its
    sentence after a comma and its subject, which the tagger took for a noun; its subject and
    its place say it is a verb."""
    if tok.pos_ not in ("NOUN", "PROPN") or cue_lemma(tok) not in lemmas:
        return False
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS and c.i < tok.i]
    if not subjects or any(c.dep_ in ("det", "case", "cop") for c in tok.children):
        return False
    left = left_edge(subjects[0])
    return (
        left > tok.sent.start
        and doc[left - 1].text == ","
        and all(t.is_punct or t.is_space for t in doc[tok.i + 1 : tok.sent.end])
    )


def _guard(doc: Doc, tok: Token) -> str | None:
    """The name of the guard that turns a verb of saying down as a cue, or None."""
    if _bare_participle(tok):
        # "officially known as", "a plan called": a participle modifying a noun
        return "bare-participle"
    # "known as", "called on": a name or a role, not a report
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "as":
        return "name-or-role-as"
    # a relative clause misread as a complement: "initiatives that call for ..."
    if any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
        return "relative-clause"
    # "Having said that, ...": a connective, nothing said
    if _having_said_that(doc, tok):
        return "having-said-that"
    return None


def _bare_participle(tok: Token) -> bool:
    """A participle with no auxiliary or subject (but the root of a sentence is a past tense
    the tagger took for a participle)."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ != "ROOT"
        and not any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass") for c in tok.children)
        # (a past tense the tagger took for a participle still has its that-clause:
        # "Lin, who will lead the project, explained that ...")
        and not _that_clause_child(tok)
        # (nor is a predicate coordinated with one that has them: "she has signed the letter
        # and called on others to do the same")
        and not _shares_a_finite_verb(tok)
        # (nor "as first reported by the Gazette": a passive report with its agent)
        and not _as_reported_by(tok)
        # (nor "when asked if the plan would pass ...", "Asked about the vote, ...": a
        # question put to the speaker)
        and not _asked_a_question(tok)
        and not (tok.dep_ == "advcl" and cue_lemma(tok) == "ask" and put_to_someone(tok))
    )


def _is_cue_noun(tok: Token, lemmas: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lemmas and lemma in load_cue_class("nominal")


def _asked_a_question(tok: Token) -> bool:
    """'When asked [if the plan would pass], the senator said': "asked" with the question it
    puts, an if/whether or wh-clause."""
    return has_property(cue_lemma(tok), "question") and any(
        c.i > tok.i
        and c.dep_ in ("ccomp", "advcl")
        and any(
            m.dep_ in ("mark", "advmod", "nsubj", "obj") and m.lower_ in QUESTION_WORDS
            for m in c.children
        )
        for c in tok.children
    )


def _as_reported_by(tok: Token) -> bool:
    """'As reported by the Gazette, inspectors found ...': an as-clause whose participle names
    its source with "by"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and (
        agent_of(tok) is not None
    )


def _shares_a_finite_verb(tok: Token) -> bool:
    """A participle coordinated with a verb that has its subject and auxiliary, which it
    shares: "she [has] signed the letter and called on others ..."; or a past tense the tagger
    took for a participle, coordinated with a past tense that has its subject ("the mayor
    praised the firefighters and urged/VBN residents to stay calm") or hung on an infinitive,
    which no participle is coordinated with ("has asked the board to publish the minutes and
    called/VBN on members to vote")."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.tag_ == "VB" and has_infinitive_marker(head):
        return True
    return (
        head.tag_ == "VBD" or any(c.dep_ in ("aux", "aux:pass") for c in head.children)
    ) and any(c.dep_ in ("nsubj", "nsubj:pass") for c in head.children)


def _that_clause_child(tok: Token) -> bool:
    return any(
        c.dep_ == "ccomp"
        and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children
    )


def _having_said_that(doc: Doc, cue: Token) -> bool:
    """'Having said that, there are economists who ...': the idiom links two thoughts of the
    writer's."""
    i = cue.i
    return (
        0 < i < len(doc) - 2
        and doc[i - 1].lower_ == "having"
        and doc[i + 1].lower_ in ("that", "this")
        and doc[i + 2].text == ","
    )


def record_lemma(cue: Span) -> str:
    """The lemma a record gives its cue: ":" for a colon (or an interview's "A."), "according
    to" for the phrase (the lemmatizer's "accord" names another verb), else the lemma of the
    cue's word."""
    root = cue.root
    if root.text == ":" or answer_label(cue.doc, cue[-1]) is not None:
        return ":"  # (an interview's "A." is a colon's kin)
    if root.lower_ == "according" and any(t.lower_ == "to" for t in cue):
        return "according to"
    return cue_lemma(root)


# --------------------------------------------------------------------------- quotations


def _quotation_cue(
    doc: Doc, s: int, e: int, candidates: list[int], lemmas: frozenset[str]
) -> tuple[Token | None, RuleId | None]:
    """The cue verb attributing the quotation at tokens [s, e), nearest first, and whether it
    stands before ("direct-cue-before") or after it ("direct-cue-after"). ``candidates`` are
    the indices of the words outside long quotations whose lemma is a cue lemma, in order."""
    best: tuple[int, tuple[int, int], Token] | None = None
    for dist, i in _nearest_first(doc, s, e, candidates):
        if best is not None and dist > best[0]:
            break  # (a word's key is never below its distance: none further can win)
        tok = doc[i]
        if not (is_cue_verb(tok, lemmas) or _went_on(tok) or _verb_after_quotation(tok, e, lemmas)):
            continue
        key = _link_distance(doc, tok, s, e)
        # (the lowest key; between equals, the first in text order before the quotation,
        # then the first after it)
        order = (0 if i < s else 1, i)
        if key is not None and (best is None or (key, order) < best[:2]):
            best = (key, order, tok)
    if best is None:
        return None, None
    tok = best[2]
    return tok, "direct-cue-before" if tok.i < s else "direct-cue-after"


def _went_on(tok: Token) -> bool:
    """ "went on" with nothing after it but a pause or a manner ('"... a song?" the Gryphon
    went on.', 'Alice went on eagerly, "..."'): speaking on, beside a quotation; not "went
    on a trip", nor "go" alone ("Rubio going"). So too "put in", also before its speaker
    right after a quotation ('"My advice," put in Mrs. Lane, "..."'), not "put in a word"."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if tok.i + 2 >= len(doc) or (lemma, doc[tok.i + 1].lower_) not in (("go", "on"), ("put", "in")):
        return False
    after = doc[tok.i + 2]
    if after.is_punct or after.pos_ == "ADV" and after.lower_.endswith("ly"):
        return True
    # (right after the closing mark: '," put in the General')
    return lemma == "put" and tok.i >= 1 and doc[tok.i - 1].text in DOUBLE_CLOSE


# a word further than this from its quotation is not its cue: the bound on the work for one
# quotation in a sentence the parser ran over thousands of words
_MAX_CUE_DISTANCE = 120


def _nearest_first(doc: Doc, s: int, e: int, candidates: list[int]) -> Iterator[tuple[int, int]]:
    """(distance, index) of the candidates among the words around the quotation at [s, e),
    nearest first: before it, from its first sentence's start; after it, to its last
    sentence's end or the end of a short sentence after it."""
    lo, hi = _around(doc, s, e)
    lo, hi = max(lo, s - _MAX_CUE_DISTANCE), min(hi, e - 1 + _MAX_CUE_DISTANCE + 1)
    before = candidates[bisect_left(candidates, lo) : bisect_left(candidates, s)]
    after = candidates[bisect_left(candidates, e) : bisect_left(candidates, hi)]
    return heapq.merge(((s - i, i) for i in reversed(before)), ((i - e + 1, i) for i in after))


def _around(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """The words of the quotation's sentences outside it, and of a short sentence after it:
    [start, s) and [e, end)."""
    first_sent = doc[s].sent
    last_sent = doc[e - 1].sent
    end = last_sent.end
    if last_sent.end <= e + 1 and last_sent.end < len(doc):
        # '"How many times ...?" the senator said.': the parser may end the sentence at the
        # quotation's "?" or "!" and give the attribution a sentence of its own
        after = doc[last_sent.end].sent
        # (not across a paragraph break: "Howard continued his remarks." opens the next one)
        new_paragraph = breaks_line(doc[e - 1 : after.start + 1])
        if (
            after.start == last_sent.end
            and len(after) <= ATTRIBUTION_SENTENCE
            and not new_paragraph
        ):
            end = after.end
    return first_sent.start, end


def _link_distance(doc: Doc, tok: Token, s: int, e: int) -> int | None:
    """How near a cue word stands to the quotation at tokens [s, e) (lower is nearer), or None
    when it cannot be the quotation's cue."""
    last_sent = doc[e - 1].sent
    # '"... in the valley." The council insisted that the mill "close ..."': a cue in the next
    # sentence that has a content of its own is not this quotation's
    if tok.i >= last_sent.end and _says_more(tok):
        return None
    # cue and quotation must be linked in the parse, or stand right beside each other
    # (through the words of the quotation: the parse hangs its closing comma and mark on
    # whatever follows)
    linked = (
        any(tok.is_ancestor(doc[k]) for k in range(s, e) if not doc[k].is_punct)
        or s <= tok.head.i < e
    )
    dist = s - tok.i if tok.i < s else tok.i - e + 1
    if not linked and dist > 3:
        return None
    # '"Donald is ... a leader," said the 46-year-old', '"How savage!" exclaimed Alice': a
    # quotation closed by a comma (or an exclamation, a question) with the cue right after
    # it is attributed by that cue, whatever subject the parse gave it
    comma_closed = tok.i == e and closed_by(doc, s, e) in (",", "!", "?")
    if _subject_inside(tok, s, e) and not comma_closed:
        return None
    gap = doc[tok.i + 1 : s] if tok.i < s else doc[e : tok.i]
    # '"a question of public trust" and called on the board to ...': a verb after the
    # quotation and a conjunction is coordinated with one before it, no attribution
    if tok.i >= e and _conjunction_between(gap):
        return None
    # 'that the plan "had no chance," adding, "It never ..."', '"...," adding that ...': a
    # participle after the quotation introduces what follows it
    if tok.i >= e and tok.tag_ == "VBG" and (not linked or _says_more(tok)):
        return None
    # 'posted a comment of her own, saying, "..."': a cue with only punctuation between it
    # and the quotation introduces it, whatever the parser linked
    adjacent = all(t.is_punct or t.is_space for t in gap)
    return dist if linked or adjacent else dist + 10


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
        t.is_punct or t.is_space or left_edge(subjects[0]) <= t.i <= right_edge(subjects[0])
        for t in doc[end : tok.i]
    )


def _says_more(cue: Token) -> bool:
    """Whether a cue has a clause or an object of its own after it."""
    return any(c.dep_ in ("ccomp", "obj", "parataxis") and c.i > cue.i for c in cue.children)


def _conjunction_between(gap: Span) -> bool:
    """Whether the words between a quotation and a verb after it are only punctuation, a
    conjunction and adverbs ('" and then called on ...')."""
    words = [t for t in gap if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].pos_ == "CCONJ" and all(t.pos_ == "ADV" for t in words[1:])


def _subject_inside(cue: Token, s: int, e: int) -> bool:
    """The cue's subject is in the quotation ('the "Asian Century" will say ...'), and the
    parse gives it none outside ('"The kind of plan ...," she said': "kind" and "she" both)."""
    subjects = [c for c in cue.children if c.dep_ in SUBJ_DEPS]
    return any(s <= c.i < e for c in subjects) and all(s <= c.i < e for c in subjects)
