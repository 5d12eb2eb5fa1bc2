"""Where a reported content starts and ends: the parse's subtree of the content's head,
mended where the parser hung words of the content on the cue, or words of the writer on the
content (a coordinated cue, a writer's aside, the main clause after an opening "Asked if ...").
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import TYPE_CHECKING

from quotekit.cue_lexicon import (
    ADDRESSEE_CUES,
    REPORTING_CLASSES,
    all_cue_lemmas,
    cue_class_of,
    cue_lemma,
)
from quotekit.lexicon import (
    CONTRAST_WORDS,
    DASHES,
    JOINING_WORDS,
    LEAD_PRONOUNS,
    NEGATIONS,
    QUESTION_OPENERS,
    RELATIVE_PRONOUNS,
    SUBJ_DEPS,
    SUBORDINATORS,
)
from quotekit.records import QuotedText
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    asks_if_or_whether,
    breaks_line,
    cue_span,
    cue_words_before_that,
    has_infinitive_marker,
    mark_after_comma,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def content_span(doc: Doc, head: Token, cue: Token) -> Span | None:
    """The content whose head is ``head``, a complement of ``cue``; None when the cue would
    stand inside it."""
    start, end = left_edge(head), end_before_coordinated_cue(head)
    if head.i > cue.i and start <= cue.i and all(t.is_punct for t in doc[start : cue.i]):
        start = cue_span(cue).end  # ", he says there is ...": the comma hung on the complement
    lead = relative_lead(doc, cue, head)
    if lead is not None and start == lead.i:
        # "which he said [had hurt the harbor]": the relative pronoun, hung on the content
        # as its subject, is the content's first piece (see relative_lead); the rest follows
        # the cue
        start = cue_span(cue).end
    if start <= cue.i < end:
        return None
    if head.i > cue.i:
        # "says [the mayor's outburst]obj was rash": a complement without a subject of its own
        # whose subject the parser hung on the cue as its object
        # (or, for a cue that names no addressee, hung the start of a long subject there:
        # "said [the council's acceptance of gifts from firms seeking] its approval was ...")
        # (but an embedded question is whole from its "if" or "whether": "asked the mayor [if
        # having tenants register would be fair]")
        question = asks_if_or_whether(head)
        if not question and (
            not any(c.dep_ in SUBJ_DEPS for c in head.children)
            or cue_lemma(cue) not in ADDRESSEE_CUES
        ):
            # (a second subject after a cue that has one before it is the content's too:
            # "Pryce said [the nominee Dana Holt] was a failure")
            has_subject_before = any(c.dep_ in SUBJ_DEPS and c.i < cue.i for c in cue.children)
            for c in cue.children:
                if not (cue.i < c.i < head.i and right_edge(c) < start):
                    continue
                if c.dep_ == "obj" or (c.dep_ in ("nsubj", "dep") and has_subject_before):
                    start = left_edge(c)
                # "said [selling the plan] was a challenge": a gerund subject the parser hung
                # on the cue as its complement, right before the content
                elif (
                    c.dep_ == "xcomp"
                    and c.tag_ == "VBG"
                    and right_edge(c) + 1 == start
                    and left_edge(c) == cue_span(cue).end
                ):
                    start = left_edge(c)
        start = _from_that(doc, head, start)
        # "vowed [not] to campaign for her": a negation the parse hung on the cue is what
        # was vowed
        if doc[start].lower_ == "to" and start > cue.i + 1 and doc[start - 1].lower_ in NEGATIONS:
            start -= 1
        end = _with_glued_infinitive(doc, cue, end)
        end = _extend_to_sentence_end(doc, cue, head, end)
        end = _with_coordinated_predicates(doc, cue, head, end)
        end = before_main_clause(doc, cue, start, end)
        end = before_comma_break(doc, head, end)
        end = before_coordinated_report(doc, head, end)
        end = _end_of_nonfinite(doc, head, end)
        end = before_main_clause_after_subordinate(doc, cue, end)
    # "Mayor Moreno, who chaired the meeting": a relative clause read as a complement
    first = start
    while first < end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if (
        first < end
        and doc[first].lower_ in RELATIVE_PRONOUNS
        and first > 0
        and doc[first - 1].text == ","
    ):
        return None
    return trim(doc, start, end)


def before_coordinated_report(doc: Doc, head: Token, end: int) -> int:
    """'that the country would leave the E.U. [and suggested that ...]': "and" or "but" and a
    finite verb of saying, with no subject of its own, that the parse hung inside the content
    is the speaker's next report."""
    for tok in doc[head.i + 1 : end - 1]:
        verb = doc[tok.i + 1]
        if (
            tok.lower_ in ("and", "but")
            and verb.pos_ == "VERB"
            and verb.tag_ in ("VBD", "VBZ")
            and cue_class_of(cue_lemma(verb)) in REPORTING_CLASSES
            # (a subject the parse put after the verb is the next clause's: "and asserted
            # that she ...")
            and not any(c.dep_ in SUBJ_DEPS and c.i < verb.i for c in verb.children)
        ):
            return tok.i
    return end


_NONFINITE_TAGS = frozenset({"VB", "VBG"})


def _end_of_nonfinite(doc: Doc, head: Token, end: int) -> int:
    """'agreed [to pick up the bill], and he's even springing for ...', 'proposed [paying for
    the cuts by raising taxes], but the Republicans refused': an infinitive or gerund content
    has no subject; "and" or "but" before a clause with one starts something else."""
    if head.tag_ not in _NONFINITE_TAGS or any(c.dep_ in SUBJ_DEPS for c in head.children):
        return end
    for tok in doc[head.i + 1 : end - 1]:
        if tok.lower_ not in ("and", "but"):
            continue
        verb = tok.head
        if (
            verb.i > tok.i
            and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ in SUBJ_DEPS for c in verb.children)
        ):
            return tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
    return end


def before_main_clause_after_subordinate(doc: Doc, cue: Token, end: int) -> int:
    """'While the mayor announced that the works would go on, crews closed the road': a cue
    in an opening subordinate clause reports up to the comma before the main clause, whatever
    the parse hung on it."""
    sent = cue.sent
    root = sent.root
    if root.i <= cue.i or doc[sent.start].lower_ not in SUBORDINATORS:
        return end
    subjects = [c for c in root.children if c.dep_ in SUBJ_DEPS and cue.i < c.i < root.i]
    stop = left_edge(subjects[0]) if subjects else left_edge(root)
    comma = stop - 1
    if cue.i < comma < end and doc[comma].text == ",":
        return comma
    return end


def _with_glued_infinitive(doc: Doc, cue: Token, end: int) -> int:
    """'said he planned [to sell the house]': an infinitive the parser hung on the cue
    right where the content stops is the content's (a cue like "vowed to" has it as its own
    complement, read before this)."""
    for child in cue.children:
        if child.dep_ == "xcomp" and left_edge(child) == end and has_infinitive_marker(child):
            return right_edge(child) + 1
    return end


def relative_lead(doc: Doc, cue: Token, head: Token) -> Token | None:
    """The relative pronoun that opens a content interrupted by its own attribution:
    "a fee [which] he said [had hurt the harbor]", "the files [that] inspectors said
    [they found]": the pronoun stands for a gap in the content (its subject, or, after a
    verb like "want", its object) and comes right before the cue's subject. A pronoun that
    is an oblique of the cue ("the day on which he said ...") or a content with a subject of
    its own ("which he says [he will present soon]") has none."""
    if head.i < cue.i:
        return None
    subjects = [c for c in cue.children if c.dep_ in SUBJ_DEPS and c.i < cue.i]
    if not subjects or left_edge(subjects[0]) == 0:
        return None
    pronoun = doc[left_edge(subjects[0]) - 1]
    if pronoun.lower_ not in LEAD_PRONOUNS or pronoun.sent.start != cue.sent.start:
        return None
    if pronoun.head.i == head.i:
        return pronoun if pronoun.dep_ in SUBJ_DEPS or pronoun.dep_ == "obj" else None
    if pronoun.head.i != cue.i or pronoun.dep_ not in ("obj", "mark", "dep"):
        return None
    if head.dep_ != "xcomp" and any(
        c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in head.children if c.i > cue.i
    ):
        return None
    return pronoun


def _from_that(doc: Doc, head: Token, start: int) -> int:
    """'said Friday that the mayor will meet ...': a that-clause starts at its "that"; what the
    parser hung on the clause before it (a time, a place) is the cue's. Not where a subject or
    a verb stands before it ('the problem is that ...')."""
    that = next((c for c in head.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i <= start:
        return start
    return that.i if cue_words_before_that(doc[start : that.i]) else start


def before_comma_break(doc: Doc, head: Token, end: int, *, asides: bool = True) -> int:
    """The content ends at a comma after which someone else speaks or the writer comments:
    a participle cue starts a report of its own (', adding: ...'), which the parser may have
    hung inside the content; an appositive noun phrase or a contrast is the writer's aside
    (', a view few share', ', while Democrats disagree'; PolNeAR train, speech cues: 20 more
    contents matched at overlap 0.8). Without ``asides``, a noun phrase after a comma stays
    (what a naming cue calls its object: 'called Yanukovych, a convicted man, an outstanding
    leader')."""
    for tok in doc[head.i + 1 : end - 1]:
        nxt = doc[tok.i + 1]
        if mark_after_comma(doc, tok.i):
            # '"... a decade ago," adding that ...', '"... as president," while 73 percent
            # said ...': the comma inside the closing mark
            if (nxt.tag_ == "VBG" and cue_lemma(nxt) in all_cue_lemmas()) or (
                nxt.lower_ in CONTRAST_WORDS
            ):
                return tok.i + 1
            continue
        if tok.text != ",":
            continue
        if nxt.tag_ == "VBG" and cue_lemma(nxt) in all_cue_lemmas():
            return tok.i
        # ', engaging in what analysts said was ...': a participle of the writer's that
        # carries someone else's report
        if nxt.tag_ == "VBG" and any(
            t.pos_ == "VERB"
            and cue_class_of(cue_lemma(t)) in REPORTING_CLASSES
            and any(c.dep_ in SUBJ_DEPS and c.i < t.i for c in t.children)
            for t in nxt.subtree
            if t.i > nxt.i
        ):
            return tok.i
        if report_after_comma(doc, tok):
            return tok.i
        if nxt.lower_ in CONTRAST_WORDS:
            return tok.i
        if asides and nxt.lower_ in ("a", "an") and nxt.head.dep_ in _ASIDE_DEPS:
            return tok.i
        # ', who held a rally on Monday': who a named person or place is, closing
        # the content, is the writer's background
        if (
            nxt.lower_ in ("who", "which")
            and nxt.head.dep_ == "acl:relcl"
            and nxt.head.head.pos_ == "PROPN"
            and right_edge(nxt.head) >= end - 1
        ):
            return tok.i
    return end


def report_after_comma(doc: Doc, comma: Token) -> bool:
    """Whether a report of its own follows the comma: a subject and a finite cue that has a
    complement after it (', Mark Barabak noted that ...', ', though she noted she has ...');
    not a cue set off by commas inside the content (', he said, ...')."""
    k = comma.i + 1
    if k < len(doc) and doc[k].lower_ in JOINING_WORDS:
        k += 1
    for verb in doc[k : min(len(doc), k + 8)]:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if cue_class_of(cue_lemma(verb)) not in REPORTING_CLASSES:
            return False  # (a thought is often the speaker's own: ', he realized he had ...')
        subject = [c for c in verb.children if c.dep_ in SUBJ_DEPS and k <= c.i < verb.i]
        said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        return bool(subject) and left_edge(subject[0]) == k and bool(said)
    return False


_ASIDE_DEPS = frozenset({"appos", "parataxis", "dep", "obl:npmod", "conj"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _with_coordinated_predicates(doc: Doc, cue: Token, head: Token, end: int) -> int:
    """'said he'd build a wall and make Mexicans pay', 'said she appreciated the apology and
    that she wanted to move on': the parser may coordinate the content's second predicate
    with the cue; it belongs to the content when it is a that-clause, when its form cannot go
    with the cue's (a base or present form after a past cue), or when a bare "and" joins it
    ('said he was familiar with the book and had not seen the movie': on PolNeAR train such a
    predicate was part of the content 19 times in 19; after ", and" or "but", 9 in 15)."""
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.i < end or conj.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        that = any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in conj.children)
        # (a verb of saying is a report of its own, but not after "and that": "said neighbours
        # saw a ladder and that one was found outside")
        if (cue_lemma(conj) in all_cue_lemmas() and not that) or (
            not that and any(c.dep_ in SUBJ_DEPS for c in conj.children)
        ):
            continue
        gap = [t for t in doc[end : left_edge(conj)] if not (t.is_punct or t.is_space)]
        if gap:
            break
        mismatch = (
            cue.tag_ in _PAST_TAGS
            and (
                conj.tag_ in _PRESENT_TAGS
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
            )
        ) or (cue.tag_ in ("VBZ", "VBP") and conj.tag_ == "VBD")
        joined_by_and = any(
            c.dep_ == "cc" and c.lower_ == "and" for c in conj.children
        ) and not any(t.text == "," for t in doc[end : conj.i])
        if not (that or mismatch or joined_by_and):
            break
        end = right_edge(conj) + 1
    return end


def before_main_clause(doc: Doc, cue: Token, start: int, end: int) -> int:
    """'Asked if the new fees were fair, most tenants said no': a cue without a subject that
    opens its sentence is an adverbial; what was asked ends at the comma before the main
    clause, whatever the parser hung on it."""
    sent = cue.sent
    lead = [t for t in doc[sent.start : cue.i] if not (t.is_punct or t.is_space)]
    if has_subject(cue) or any(t.lower_ not in QUESTION_OPENERS for t in lead):
        return end
    for tok in doc[start:end]:
        if tok.text == "," and tok.i > start + 1:
            return tok.i
    return end


_TRAILING_DEPS = frozenset({"advcl", "obl", "advmod", "obl:tmod", "punct", "dep"})


def _extend_to_sentence_end(doc: Doc, cue: Token, head: Token, end: int) -> int:
    """Run the content on to the end of the sentence over what the parser hung on the cue
    instead ("said the guards stopped him [because they were searching ...]")."""
    sent_end = cue.sent.end
    while sent_end > end and (doc[sent_end - 1].is_punct or doc[sent_end - 1].is_space):
        sent_end -= 1
    if sent_end <= end:
        return end
    k = end
    while k < sent_end:
        top = doc[k]
        while top.head.i != cue.i and top.head.i != top.i:
            top = top.head
        if top.head.i != cue.i or top.i == head.i or not _continues_content(top):
            return end  # a new clause ("and added ..."): the content stops
        # (past the whole subtree, and always forward)
        k = max(k, right_edge(top)) + 1
    return sent_end


def _continues_content(tok: Token) -> bool:
    """Whether a dependent of the cue, after its content, is more of what was said."""
    if tok.dep_ in _TRAILING_DEPS or tok.dep_ in ("ccomp", "parataxis") or tok.dep_ == "cc":
        return True
    # "said the mayor respects the police [and his comment was ...]": a coordinated clause with
    # a subject of its own continues the content; "said X [and left]" does not
    return (
        tok.dep_ == "conj"
        and any(c.dep_ in SUBJ_DEPS for c in tok.children)
        and cue_lemma(tok) not in all_cue_lemmas()
    )


def end_before_coordinated_cue(head: Token) -> int:
    """The end of a phrase, stopping before a coordinated verb that is itself a cue
    ("that Taiwan is ... and vowed to ...": the vow is a quote of its own)."""
    end = right_edge(head) + 1
    for child in head.rights:
        # (not a second that-clause: "saw a ladder and that one was found outside")
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            continue
        if child.dep_ == "conj" and child.pos_ == "VERB" and cue_lemma(child) in all_cue_lemmas():
            cut = min([c.i for c in child.lefts if c.dep_ == "cc"] + [left_edge(child)])
            end = min(end, cut)
    return end


def before_speaker_tail(doc: Doc, start: int, end: int, quoted: QuotedText) -> int:
    """'"If the board wanted ... a new vote," Rep. Dana Pruitt (D-Ore.), a panel member,
    said.': when the clause before a sentence-final cue opens with a quotation and goes on with
    a few verbless words (the speaker, split off by the parse), the quotation is the content."""
    # (the spans are in text order: only those opening at the clause's start are read)
    spans = quoted.spans
    for k in range(bisect_left(spans, start - 1, key=itemgetter(0)), len(spans)):
        s, e, _ = spans[k]
        if s > start + 1:
            break
        # (a quotation closed by a comma: '"...," Name said'; words after '"..." at the
        # convention' go on with it)
        closed_by_comma = doc[e - 2].text == "," or (e < len(doc) and doc[e].text == ",")
        if e < end and closed_by_comma:
            tail = doc[e:end]
            if len(tail) <= 12 and not any(t.pos_ in ("VERB", "AUX") for t in tail):
                return e
    return end


def closes_sentence(doc: Doc, cue: Token) -> bool:
    """Only punctuation follows the cue's phrase in its sentence."""
    return all(t.is_punct or t.is_space for t in doc[right_edge(cue) + 1 : cue.sent.end])


def clause_start(doc: Doc, cue: Token) -> int:
    """Where the content before a sentence-final cue starts: the sentence's start, or just
    after a colon or semicolon that opens the clause."""
    sent = cue.sent
    start = sent.start
    for tok in doc[sent.start : left_edge(cue)]:
        if tok.text in (":", ";"):
            start = tok.i + 1
    if start == sent.start:
        return after_dateline(doc, sent.start, left_edge(cue)) or start
    return start


def after_dateline(doc: Doc, start: int, limit: int) -> int | None:
    """Where the words after a dateline opening a sentence at ``start`` begin ("WASHINGTON --
    ...", "SALEM, Ore., May 2 (UPI) -- ...", "LONDON (Reuters) - ..."), or None."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return None
    for tok in doc[start : min(limit, start + 12)]:
        if tok.text in DASHES:
            return tok.i + 1
    return None


def end_at_clause_break(doc: Doc, content: Span, quoted: QuotedText) -> Span:
    """Where the writer takes over again in a sentence the parse ran together: a semicolon or
    an opening parenthesis ('... this decade; the county puts the figure at ...').
    Words inside quotation marks are the source's and never cut. (Cutting before ", but" or
    ", and <new clause>" was measured too: it lost as much on PolNeAR train as it won on dev.)"""
    for tok in content[1:]:
        if tok.text in (";", "(") and not quoted.inside_any(tok):
            trimmed = trim(doc, content.start, tok.i)
            return trimmed if trimmed is not None else content
    return content


def within_line(doc: Doc, content: Span, cue: Span) -> Span:
    """A content stays on its cue's side of a line break: a headline or a liveblog line that
    the parser ran into the next sentence ('... Over Zika Virus\nChris Christie said ...')."""
    if content.start >= cue.end:
        for tok in content[:-1]:
            if breaks_line(doc[tok.i : tok.i + 1]):
                return trim(doc, content.start, tok.i + 1) or content
    elif content.end <= cue.start:
        for tok in reversed(content[1:]):
            if breaks_line(doc[tok.i - 1 : tok.i]):
                return trim(doc, tok.i, content.end) or content
    return content


def has_subject(cue: Token) -> bool:
    return any(
        c.dep_ in SUBJ_DEPS or (c.dep_ in ("obj", "iobj") and c.pos_ in ("PROPN", "PRON"))
        for c in cue.children
    )
