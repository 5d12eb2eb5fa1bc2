"""Direct quotes: quotations in marks, with the cue that introduces them where there is one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.cue_lexicon import (
    ADDRESSEE_CUES,
    SAYING_CLASSES,
    cue_lemma,
    cue_lemmas,
    quotation_cue_lemmas,
)
from quotekit.lexicon import ALL_MARKS, MINOR_WORDS, SUBJ_DEPS, TIME_WORDS
from quotekit.records import (
    CueFinding,
    ExtractOptions,
    QuoteCandidate,
    QuotedText,
    QuoteMarkPair,
    doc_text,
)
from quotekit.rules import RuleId
from quotekit.subtrees import right_edge
from quotekit.syntax import (
    ATTRIBUTION_SENTENCE,
    FINITE_TAGS,
    breaks_line,
    closed_by,
    cue_span,
    cue_words_before_that,
    is_cue_verb,
    word_count,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# --------------------------------------------------------------------------- direct quotes


def find_direct_quotes(
    doc: Doc,
    quoted: QuotedText,
    cues: CueFinding,
    lemmas: frozenset[str],
    options: ExtractOptions,
) -> Iterator[QuoteCandidate]:
    """Quotations in marks, with the cue that introduces them where there is one.

    A short quotation with no cue ('the "One China" policy') is a scare quote, title or term:
    it yields nothing here (it may still be a fragment of a mixed quote).
    """
    found = _quotations(doc, quoted, cues, lemmas, options)
    # a quotation interrupted by its own attribution ('"We will," he said, "and soon."'), or
    # going on later in the paragraph: one quote in pieces
    i = 0
    while i < len(found):
        j, cand = _joined(doc, found, i, lemmas)
        yield cand
        i = j


# a quotation found: token start, end, its marks, its cue, its rule (None: it goes on the
# quotation before it, whose speaker and cue it shares)
_Found = tuple[int, int, QuoteMarkPair, "Token | None", "RuleId | None"]


def _quotations(
    doc: Doc,
    quoted: QuotedText,
    cues: CueFinding,
    lemmas: frozenset[str],
    options: ExtractOptions,
) -> list[_Found]:
    found: list[_Found] = []
    outer_end = -1
    spans = sorted(quoted.spans, key=lambda x: (x[0], -x[1]))
    opens = [p.open for _, _, p in spans]
    for s, e, pair in spans:
        if e <= outer_end:
            # "His aides said, 'This will not be easy'": a quotation inside a quotation is
            # the quoted speaker quoting someone, part of the outer quote
            continue
        outer_end = e
        words = word_count(doc[s:e])
        if words == 0:
            continue
        cue, rule = cues.quotations.get((s, e), (None, None))
        if found and (
            cue is None
            and _continues_quote(doc, found[-1], s)
            or _attribution_goes_on(doc, found[-1], s, cue)
        ):
            # '"We will respond," he said. "And soon."': the quotation after the attribution
            # goes on with the same speaker, however short it is
            found.append((s, e, pair, found[-1][3], None))
            continue
        turn = (
            _own_paragraph(doc, s, e, pair)
            or _outcry(doc, s, e, pair)
            or _interrupted(doc, pair, opens)
            or _signed(doc, pair)
        )
        guard = None if turn else _not_speech(doc, s, e, cue, words, options)
        if guard is not None:
            trace.note("guard", doc[s].idx, pair.close + 1, guard, "no quote")
            continue
        if cue is None:
            # a quoted name or phrase with no cue; but after a colon ('Ortiz: "Never, ever
            # give up."') a quotation is introduced as said
            after_colon = s > 0 and doc[s - 1].text == ":"
            if not (_clause_like(doc[s:e]) or turn or after_colon and words >= 3):
                trace.note("guard", doc[s].idx, pair.close + 1, "phrase-without-cue", "no quote")
                continue
            rule = "direct-no-cue"
            if found and _goes_on(doc, found[-1], s, e, lemmas):
                found.append((s, e, pair, found[-1][3], None))
                continue
        found.append((s, e, pair, cue, rule))
    return found


# a dash and a name closing the line after a quotation: '"Ready." - Coach Dana Fox'
SIGNATURE = re.compile(
    r"[ \t]*(?:-{1,2}|\u2013|\u2014|\u2015)[ \t]*[A-Z][\w.'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w.'\u2019-]*){0,5}[ \t]*\.?[ \t]*(?:\r?\n|\Z)"
)


def _signed(doc: Doc, pair: QuoteMarkPair) -> bool:
    """A quotation signed with a dash and a name that closes its line ('"We are ready." -
    Dana Fox'): someone's words, however short."""
    return SIGNATURE.match(doc_text(doc), pair.close + 1) is not None


def _own_paragraph(doc: Doc, s: int, e: int, pair: QuoteMarkPair) -> bool:
    """Whether a quotation is a turn of dialogue, speech however short ('"Yes."', '"Well?"'):
    it fills its paragraph, a paragraph next to it opens with a quotation too, and it is no
    heading ('"Related:"', a title in capitals)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, pair.open) + 1
    end = text.find("\n", pair.close)
    end = len(text) if end < 0 else end
    if text[start : pair.open].strip() or text[pair.close + 1 : end].strip():
        return False
    if _title_case(doc[s:e], sentence=True) and not _exclaimed(doc, s, e):
        return False  # (but '"Miss Honeychurch!"' is a call)
    if text[pair.close - 1] == ":":
        return False
    before = text[:start].rstrip()
    previous = before[before.rfind("\n") + 1 :].lstrip()
    following = text[end:].lstrip()[:1]
    return previous[:1] in ALL_MARKS or following in ALL_MARKS


def _exclaimed(doc: Doc, s: int, e: int) -> bool:
    """Whether a quotation ends in an exclamation or a question inside its marks ('"Here he
    is!" bawled Giles'): with a cue, an utterance, not a term."""
    k = e - 1
    while k > s and doc[k].text in ALL_MARKS:
        k -= 1
    return doc[k].text in ("!", "?")


def _interrupted(doc: Doc, pair: QuoteMarkPair, opens: list[int]) -> bool:
    """The first piece of a quotation its attribution interrupts, however short ('"My
    advice," put in Mrs. Honeychurch, "is to leave it."'): it closes with a comma, and the next
    quotation, a few words on in the same sentence after a comma, goes on in lower case."""
    text = doc_text(doc)
    if text[pair.close - 1] != ",":
        return False
    k = bisect_right(opens, pair.close)
    if k >= len(opens):
        return False
    between = text[pair.close + 1 : opens[k]]
    after = text[opens[k] + 1 : opens[k] + 2]
    return (
        len(between) <= _INTERRUPTION_CHARS
        and between.rstrip().endswith(",")
        and not any(c in between for c in ".!?;\n")
        and after.islower()
    )


_INTERRUPTION_CHARS = 60


def _outcry(doc: Doc, s: int, e: int, pair: QuoteMarkPair) -> bool:
    """An exclamation or a question that opens its paragraph, or follows another quotation
    there, is said however short ('"Stop thief!" The crowd ran.', '"Stand aside!" "Give him
    air!"'); not one in title case (a slogan, a title)."""
    text = doc_text(doc)
    before = text[max(0, pair.open - 200) : pair.open].rstrip(" \t")
    opens = not before or before[-1] == "\n" or before[-1] in ALL_MARKS
    return opens and _exclaimed(doc, s, e) and not _title_case(doc[s:e], sentence=True)


def _not_speech(
    doc: Doc, s: int, e: int, cue: Token | None, words: int, options: ExtractOptions
) -> str | None:
    """Why the quotation at tokens [s, e) is no one's speech, or None."""
    if (
        words < options.min_direct_words
        and (cue is None or not _own_clause(doc[s:e]) or _in_a_phrase(doc[s:e]))
        and not (cue is not None and _answer_before_cue(doc, s, e, cue))
        and not (cue is not None and _exclaimed(doc, s, e))
    ):
        return "short-phrase"  # scare quote, title, nickname or term; or a mixed quote's piece
    said = cue is not None and (_finite(doc[s:e]) or _answer_before_cue(doc, s, e, cue))
    if _title_case(doc[s:e]) and not said:
        # (but '"Oh, Mr. Beebe," said Miss Alan' opens its sentence and its cue follows)
        return "title"  # a book, a show, a programme: ''Make Your Garden a Farm
    if _title_case(doc[s:e], sentence=True) and _in_a_phrase(doc[s:e]) and not _finite(doc[s:e]):
        return "title"  # one that closes the sentence: 'said on a show, "Meet the Mayor."'
    return None


def _joined(
    doc: Doc, found: list[_Found], i: int, lemmas: frozenset[str]
) -> tuple[int, QuoteCandidate]:
    """The quote that starts with found[i], with the pieces that go on with it; and where the
    next quote starts."""
    s, e, pair, cue, rule = found[i]
    frags = [(doc[s].idx, pair.close + 1)]
    j = i + 1
    while j < len(found) and (
        found[j][4] is None
        or (cue is not None and _same_token(found[j][3], cue) and found[j][0] > cue.i)
    ):
        # 'Ortiz said, mentioning the bridge is "in the home stretch."': a quotation after
        # another report is that report's
        other = _other_report_between(doc, cue, found[j - 1][1], found[j][0], lemmas)
        if other is not None and found[j][4] is not None:
            found[j] = (*found[j][:3], other, "direct-cue-before")
            break
        frags.append((doc[found[j][0]].idx, found[j][2].close + 1))
        j += 1
    if len(frags) > 1 and cue is not None:
        rule = "direct-cue-inside"
    assert rule is not None  # a quote that goes on another never opens a group
    lead = _reported_lead(doc, cue, s) if rule == "direct-cue-before" and cue else None
    if lead is not None and cue is not None:
        # 'described the plan during an interview as "a relic of another era."': the reported
        # words before the quotation are part of the (mixed) quote
        return j, QuoteCandidate("mixed", doc[lead].idx, frags[-1][1], cue_span(cue), "mixed-lead")
    return j, QuoteCandidate(
        "direct",
        frags[0][0],
        frags[-1][1],
        cue_span(cue) if cue is not None else None,
        rule,
        tuple(frags) if len(frags) > 1 else (),
    )


def _other_report_between(
    doc: Doc, cue: Token | None, a: int, b: int, lemmas: frozenset[str]
) -> Token | None:
    """The last verb of saying other than ``cue`` between tokens a and b, if any."""
    others = [
        t
        for t in doc[a:b]
        if (cue is None or t.i != cue.i) and t.pos_ == "VERB" and is_cue_verb(t, lemmas)
    ]
    return others[-1] if others else None


def _answer_before_cue(doc: Doc, s: int, e: int, cue: Token) -> bool:
    """'"In a way," he said.': a short quotation that opens its sentence, closed by a comma,
    with its cue right after, is something said, not a phrase in quotation marks."""
    opens = all(t.is_punct or t.is_space for t in doc[doc[s].sent.start : s])
    return opens and closed_by(doc, s, e) in (",", "?", "!") and e <= cue.i <= e + 2


_ATTRIBUTION_GAP = 40  # tokens: "said Marta Quiroga, who heads the Institute of Studies ... Fe."


def _reported_lead(doc: Doc, cue: Token, s: int) -> int | None:
    """Where reported words start between a cue and the quotation it introduces: an object,
    a subject or a verb there ('called the plan "a ploy"', 'said the plan "will fail"'); not
    an addressee, a time or a colon ('told reporters: "..."')."""
    start = cue_span(cue).end
    words = [t for t in doc[start:s] if not (t.is_punct or t.is_space)]
    if not words or any(t.text == ":" for t in doc[start:s]):
        return None
    # 'urged the mayor to soften his stance, saying, "..."': a clause of its own ends at the comma
    # before the quotation, which it introduces
    if doc[s - 1].text == "," and any(
        t.pos_ == "VERB" and t.dep_ in ("advcl", "conj", "parataxis") and right_edge(t) >= s - 2
        for t in words
    ):
        return None
    addressee = cue_lemma(cue) in ADDRESSEE_CUES  # "told the crowd", "asked him"
    if any(
        (t.dep_ in ("obj", "nsubj", "nsubj:pass") and not addressee) or t.lower_ == "as"
        for t in words
    ):
        # 'said on Saturday evening that she was "becoming the best recruiter"': the cue's
        # own adverbials before the reported words are not part of them
        first = words[0].i
        while first < s:
            top = doc[first]
            if top.is_punct or top.is_space:
                first += 1
                continue
            while top.head.i != cue.i and top.head.i != top.i and top.head.i >= start:
                top = top.head
            if top.head.i != cue.i or top.dep_ not in _CUE_ADVERBIALS or right_edge(top) >= s:
                break
            first = max(first, right_edge(top)) + 1  # (always forward)
        # 'said Monday night that the plan "didn't cost a single job"': what the parser
        # hung on the clause before its "that" is the cue's
        that = next((t for t in doc[first:s] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if that is not None and cue_words_before_that(doc[first : that.i]):
            return that.i
        return first if first < s else words[0].i
    return None


_CUE_ADVERBIALS = frozenset({"obl", "obl:tmod", "obl:unmarked", "advmod", "nmod:tmod"})


def _continues_quote(doc: Doc, prev: _Found, s: int) -> bool:
    """A quotation that follows, in the same paragraph, a quotation attributed after it
    ('"...," he said. "..."'), with nothing but that attribution in between."""
    ps, pe, _, cue, _ = prev
    if cue is None or cue.i < ps or s - pe > _ATTRIBUTION_GAP:
        return False
    between = doc[pe:s]
    if breaks_line(between):
        return False
    # the attribution's sentence ends before the new quotation
    return any(t.text in (".", ",", ";", ":") for t in between) and all(
        t.is_punct or t.is_space or t.sent.start == cue.sent.start for t in between
    )


def _attribution_goes_on(doc: Doc, prev: _Found, s: int, own: Token | None) -> bool:
    """A quotation after another's attribution that goes on with words about the speaker up
    to a comma before it ('"Well," said Marilla, unable to find an excuse, "I suppose ..."'):
    the same speaker's, where no verb of saying there is its own cue ('..." Trump said,
    adding later, "..."'), nor a sentence ends before it."""
    _, pe, _, cue, _ = prev
    if cue is None or not pe <= cue.i < s or s - pe > _EXTENDED_GAP:
        return False
    if (
        own is not None
        and own.i != cue.i
        and cue_lemma(own) in quotation_cue_lemmas(SAYING_CLASSES)
        # ('said Emma, as they proceeded, "...": a verb of a clause of time is no new report)
        and not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in own.children)
    ):
        return False
    if breaks_line(doc[pe:s]):
        return False
    k = s - 1
    while k > cue.i and doc[k].is_space:
        k -= 1
    reporting = cue_lemmas(_REPORTING)
    return doc[k].text in (",", ";", ":") and not any(
        t.text in (".", "!", "?")
        or t.text in ALL_MARKS
        or t.i > cue.i
        and t.pos_ == "VERB"
        and cue_lemma(t) in reporting
        for t in doc[cue.i : k]
    )


# the classes of verbs that make the words after an attribution a report of their own
# ("adding", "suggesting", "referring to")
_REPORTING = frozenset({"speech", "manner", "stance"})


_EXTENDED_GAP = 30  # tokens: the quotation, its cue and the words about the speaker


def _goes_on(
    doc: Doc,
    prev: _Found,
    s: int,
    e: int,
    lemmas: frozenset[str],
) -> bool:
    """A quotation with no cue of its own that follows another quotation in the same paragraph
    ('"...," said Ana Ferreira, chief economist at a Lisbon bank. "And the board ..."') goes on
    with it: one speaker's words, in pieces. Not where the first is introduced by a cue before
    it (it may be the quoted end of reported speech), where another report stands between
    them, or where the second has an attribution of its own after it. (A quotation right after
    the first one's attribution, whatever its length, is ``_continues_quote``'s.)"""
    _, pe, _, cue, rule = prev
    if rule == "direct-cue-before" or s - pe > _ATTRIBUTION_GAP:
        return False
    if breaks_line(doc[pe - 1 : s]):
        return False
    # what stands between is the first quotation's attribution, and nothing else that reports
    ended = False
    for tok in doc[pe:s]:
        if is_cue_verb(tok, lemmas) and not _same_token(cue, tok) and (ended or cue is not None):
            return False
        ended = ended or tok.text in (".", "!", "?")
    # an attribution of its own, which the parse did not link: '"...," Cross wrote.'
    for tok in doc[e : e + ATTRIBUTION_SENTENCE]:
        if tok.text in (".", "!", "?", ";") or tok.text in ALL_MARKS or "\n" in tok.text:
            break
        if cue_lemma(tok) in lemmas:
            return False
    return True


def _title_case(span: Span, *, sentence: bool = False) -> bool:
    """Whether every major word is capitalized; a span that ends like a sentence counts only
    with ``sentence``."""
    words = [t for t in span if t.is_alpha]
    # (a date is no title: '"Tuesday, the 24th of July."', but "Sunday Morning Futures" is)
    dated = any(t.text[:1].isdigit() for t in span)
    major = [
        t for t in words if t.lower_ not in MINOR_WORDS and not (dated and t.lower_ in TIME_WORDS)
    ]
    return (
        len(words) >= 2
        and len(major) >= 2
        and all(t.text[0].isupper() for t in major)
        and (sentence or span[-2].text not in (".", "!", "?"))
    )


def _finite(span: Span) -> bool:
    """Whether a finite verb stands in the span: "''Delgado is Big Oil,'' Mr. Pryce said" is a
    sentence in capitals, not a title."""
    return any(t.tag_ in FINITE_TAGS for t in span)


def _in_a_phrase(span: Span) -> bool:
    """A short quotation that is a name inside a phrase: 'aired on "Early Edition."'."""
    root = span.root
    return root.dep_ in ("obl", "nmod", "compound", "appos", "nmod:poss") and any(
        c.dep_ == "case" for c in root.children
    )


def _own_clause(span: Span) -> bool:
    """A short quotation that is a sentence of its own: "We will respond," / "No."."""
    if any(t.dep_ in SUBJ_DEPS for t in span):
        return True
    if len(span) < 2:
        return False
    # American style puts a comma inside the marks of any quoted phrase ('"Friends of the Park,"'):
    # with a comma, only a quotation with a verb is speech
    if span[-2].text == ",":
        return any(t.pos_ in ("VERB", "AUX") for t in span)
    return span[-2].text in (".", "!", "?")


def _same_token(a: Token | None, b: Token) -> bool:
    # spaCy tokens are views: compare positions, never identities
    return a is not None and a.i == b.i


def _clause_like(span: Span) -> bool:
    # a quotation with a verb, or a long one, is speech rather than a term
    return any(t.pos_ in ("VERB", "AUX") for t in span) or word_count(span) >= 8
