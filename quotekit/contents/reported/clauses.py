"""Clause contents: the that-clause or bare clause a cue reports, after it or before it.

"The mayor said (that) the bridge is safe", "The bridge is safe, the mayor said", "vowed to
fight the cuts", and the same where the parse lost the clause: the words after "that", after
the cue, or after the one told ("told reporters [the bridge is safe]").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.contents.bounds import (
    after_dateline,
    before_comma_break,
    before_main_clause,
    before_main_clause_after_subordinate,
    before_speaker_tail,
    clause_start,
    closes_sentence,
    content_span,
    end_at_clause_break,
    has_subject,
    relative_lead,
    report_after_comma,
)
from quotekit.contents.reported.context import NO, STOP, CueContext, Outcome, found
from quotekit.contents.reported.questions import embedded_question, opens_with_question_put
from quotekit.cue_lexicon import TELLING_CUES, all_cue_lemmas, cue_lemma, has_property
from quotekit.lexicon import (
    ADVERBIAL_OPENERS,
    ALL_MARKS,
    DEMONSTRATIVES,
    MANNER_MARKS,
    NOMINAL_POS,
    OBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJ_DEPS,
    TIME_WORDS,
    WHEN_ADVERBS,
    is_quote_mark,
)
from quotekit.rules import RuleId
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    FINITE_TAGS,
    after_comma,
    closing_frame,
    comma_before,
    cue_span,
    has_infinitive_marker,
    inverted_attribution,
    is_cue_verb,
    mark_after_comma,
    misread_relative,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# complements that carry what was said: "said (that) ...", "vowed to ..."
_CLAUSE_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
# classes whose cue reads a "that" the parse lost: "noting that ..."
_THAT_CLASSES = frozenset({"speech", "cognition", "manner", "social"})
_THAT_WINDOW = 13  # tokens from the cue to its "that"
_CLAUSE_OPENERS = frozenset({"DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"})
# what the parser hangs on a cue before its content without being part of it
_LEAD_SKIP = frozenset({"punct", "cc", "mark"})
_ATTRIBUTION_RIGHTS = frozenset({"punct", "obl", "obl:tmod", "advmod", "nsubj", "iobj"})


# --------------------------------------------------------------------------- strategies


def borrowed(ctx: CueContext) -> Outcome:
    """'While one firm says [there are 40 stores], another says there are 30': the complement
    the parse hung, with this cue, on a later cue is this cue's."""
    clause = borrowed_complement(ctx.doc, ctx.cue)
    if clause is None:
        return NO
    content = trim(ctx.doc, left_edge(clause), right_edge(clause) + 1)
    return found(ctx.reported(content, "ccomp-complement")) if content is not None else NO


def complements(ctx: CueContext) -> Outcome:
    """The complements the parse hung on the cue (gathered by ``gather_complements``), as one
    content after the cue and one before it: "Xi reiterated [that Taiwan is part of China]",
    "says [hackers are taking aim ...], and [that one attempt was successful]"."""
    contents = gather_complements(ctx)
    if not contents:
        return NO
    cue, doc = ctx.cue, ctx.doc
    after = [c for c in contents if c[0].start > cue.i]
    # (what the parse hung on the cue before it, beside a content after it, is mostly a
    # phrase of the writer's or the speaker's apposition: "a talk show host at the radio
    # station, said that he noticed ...")
    before = [c for c in contents if c[0].start < cue.i and (not after or _has_a_clause(c[0]))]
    out = []
    for group in (after, before):
        if not group:
            continue
        g_start = min(c[0].start for c in group)
        g_end = max(c[0].end for c in group)
        if ctx.pronoun is not None and group is after:
            # "which he said [had hurt the harbor]": the relative pronoun is the content's
            # first piece
            rest = end_at_clause_break(doc, doc[g_start:g_end], ctx.quoted)
            first = doc[ctx.pronoun.i : ctx.pronoun.i + 1]
            out.append(ctx.in_two_pieces(first, rest, group[0][1]))
            continue
        out.append(ctx.reported(doc[g_start:g_end], group[0][1]))
    return found(*out)


def that_clause(ctx: CueContext) -> Outcome:
    """'noting at a meeting on Tuesday that ...' where the parse lost the complement: the
    clause after "that"."""
    nxt = that_after(ctx.doc, ctx.cue)
    if nxt is None or ctx.klass not in _THAT_CLASSES:
        return NO
    end = before_main_clause_after_subordinate(ctx.doc, ctx.cue, ctx.cue.sent.end)
    content = trim(ctx.doc, nxt.i, _before_next_report(ctx.doc, nxt.i, end))
    if content is None or len(content) < 4:
        return NO
    return found(ctx.reported(content, "that-clause"))


def clause_after(ctx: CueContext) -> Outcome:
    """'experts say [the new rules ... would make filing harder]' where the parse took the
    clause's subject for the cue's object: the words after the cue up to the sentence end."""
    if not has_property(ctx.lemma, "bare-clause") or ctx.cue.i >= ctx.cue.sent.end - 1:
        return NO
    content = _clause_after(ctx.doc, ctx.cue)
    return found(ctx.reported(content, "clause-after")) if content is not None else NO


def told_clause_after(ctx: CueContext) -> Outcome:
    """'telling the Gazette [she had no part in it]': the same after the one told."""
    if ctx.lemma not in TELLING_CUES:
        return NO
    past = _past_addressee(ctx.doc, ctx.cue)
    content = _clause_after(ctx.doc, ctx.cue, past) if past is not None else None
    return found(ctx.reported(content, "clause-after")) if content is not None else NO


def cue_after(ctx: CueContext) -> Outcome:
    """The content before a cue that closes the sentence ("The talks failed, he said."), or
    that a parenthetical cue interrupts ('Reyes "got a deal," Ortiz said, and still "held
    out"'); the parser may hang the cue on the content as parataxis, complement or conjunct."""
    doc, cue = ctx.doc, ctx.cue
    if not (
        ctx.framing
        and cue.dep_ in ("parataxis", "ccomp", "conj")
        and cue.head.i < cue.i
        and has_subject(cue)
        and _bare_attribution(doc, cue)
    ):
        return NO
    start = clause_start(doc, cue)
    if opens_with_question_put(doc[start : cue.i]):
        return STOP
    if closes_sentence(doc, cue):
        end = before_speaker_tail(doc, start, left_edge(cue), ctx.quoted)
        content = trim(doc, start, end)
        if content is not None:
            return found(ctx.reported(content, "parataxis-cue-after"))
        return NO
    if cue.dep_ == "parataxis" and right_edge(cue.head) > right_edge(cue):
        first = trim(doc, start, left_edge(cue), min_tokens=1)
        second = trim(doc, right_edge(cue) + 1, right_edge(cue.head) + 1, min_tokens=1)
        if first is not None and second is not None:
            return found(ctx.in_two_pieces(first, second, "parenthetical-cue"))
    return NO


def attribution_after(ctx: CueContext) -> Outcome:
    """'..., her chief of staff, Dana Lee, told the Courier.': a cue closing the sentence after
    a speaker set off by commas, whom the parse did not make its subject."""
    frame = closing_frame(ctx.doc, ctx.cue) if ctx.framing else None
    if frame is None:
        return NO
    content = trim(ctx.doc, clause_start(ctx.doc, ctx.cue), frame[1], min_tokens=5)
    # a clause, not a fronted adverbial ("In her pursuit of the nomination, Clinton has
    # emphasized ...")
    if (
        content is not None
        and content[0].pos_ not in ("ADP", "SCONJ")
        and any(t.tag_ in FINITE_TAGS for t in content)
        # ('"...," Dana Lee, a top adviser, said': a quotation closed by a comma, with its
        # speaker after it, is a direct quote's)
        and not _closed_quotation_inside(content)
    ):
        return found(ctx.reported(content, "attribution-after"))
    return NO


# --------------------------------------------------------------------------- complements


def gather_complements(ctx: CueContext) -> list[tuple[Span, RuleId]]:
    """The contents of the clauses the parse hung on the cue, each with its rule, once per cue
    (kept on the context); a relative pronoun opening the content after the cue is noted."""
    if ctx.contents is not None:
        return ctx.contents
    ctx.contents = []
    cue = ctx.cue
    # complements the parse hung on this cue that belong to an earlier cue hung on it (see
    # borrowed_complement)
    borrowed_by_earlier = {
        b.i
        for v in cue.children
        if v.i < cue.i and (b := borrowed_complement(ctx.doc, v)) is not None
    }
    for child in cue.children:
        guard = _complement_guard(ctx, child)
        content = None if guard else _complement_content(ctx, child)
        if guard is None and child.i in borrowed_by_earlier:
            # "While one firm has said [that it expects losses], another said ...": the parse
            # hung the first report's complement on the second cue; it is the first's
            guard = "borrowed-by-earlier-cue"
        if guard is None and content is not None:
            guard = _content_guard(ctx, child, content)
        if guard is not None:
            if guard != "no-complement":
                trace.note("guard", child.idx, child.idx + len(child), guard, "no content")
            continue
        if content is None:
            continue
        rule: RuleId = "complement-before"
        if child.dep_ == "advcl":
            rule = "embedded-question"
        elif child.i > cue.i:
            rule = "ccomp-complement" if child.dep_ == "ccomp" else "xcomp-complement"
        ctx.contents.append((content, rule))
        if child.i > cue.i:
            ctx.pronoun = ctx.pronoun or relative_lead(ctx.doc, cue, child)
    return ctx.contents


def _complement_guard(ctx: CueContext, child: Token) -> str | None:
    """Why a child of the cue is not one of its complements, or None."""
    cue, doc = ctx.cue, ctx.doc
    # that-clause or bare complement: "Xi reiterated that Taiwan is ..."; "vowed to oppose"
    if child.dep_ not in _CLAUSE_COMPLEMENTS and not embedded_question(cue, child, ctx.lemma):
        return "no-complement"
    if misread_relative(doc, child):
        return "relative-clause"
    # "said Jo Park, a county official working for ...": after an inverted speaker, what
    # follows a comma describes the speaker
    if child.i > cue.i and _after_inverted_speaker(doc, cue, child):
        return "describes-inverted-speaker"
    # "proposes allowing parents to deduct ...": a gerund complement
    gerund = child.tag_ == "VBG" and has_property(ctx.lemma, "object")
    if (
        child.dep_ == "xcomp"
        and not gerund
        and not _finite_clause(cue, child)
        and (
            child.i < cue.i
            or not has_property(ctx.lemma, "infinitive")
            or not has_infinitive_marker(child)
        )
    ):
        return "infinitive-not-content"
    # "The talks failed, the minister said.": the complement stands before the cue
    if child.i < cue.i and not has_subject(cue):
        return "before-cue-without-subject"
    return None


def _finite_clause(cue: Token, child: Token) -> bool:
    """'Officials say [costs rose sharply]', 'figures show [exports fell]': a complement the
    parse labelled xcomp that has a subject of its own and a tensed verb is a clause, reported
    like a ccomp (an xcomp proper shares the cue's subject and has no tense: "vowed to go")."""
    if child.i < cue.i or child.tag_ not in FINITE_TAGS and not any(
        c.dep_ in ("aux", "cop") and c.tag_ in FINITE_TAGS for c in child.children
    ):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubj:pass", "expl")
        and c.i < child.i
        and c.lemma_.lower() not in TIME_WORDS
        for c in child.children
    )


def _complement_content(ctx: CueContext, child: Token) -> Span | None:
    """The content a complement of the cue heads, mended where the parse hung its words on the
    cue."""
    doc, cue = ctx.doc, ctx.cue
    content = content_span(doc, child, cue)
    if (
        content is None
        and right_edge(child) < cue.i
        and _speaker_after(cue, child)
        and not has_subject(child)
    ):
        # "The talks failed, Lavrov said.": the parse hung the content's subject on the cue,
        # leaving the complement one word; the lead below gives it back its subject
        content = trim(doc, left_edge(child), right_edge(child) + 1, min_tokens=1)
    if child.i < cue.i and inverted_attribution(doc, cue) is not None:
        # 'The answers are "far from enough," says the director': the parser took the
        # content's subject for the cue's; the content is the whole clause before the comma
        comma = comma_before(doc, cue)
        content = trim(doc, clause_start(doc, cue), comma) if comma is not None else content
    elif child.i < cue.i and content is not None and _speaker_after(cue, child):
        # "The plant had cut 300 jobs, the company said.": words of the content that the
        # parser hung on the cue (its subject, a fronted phrase) start it
        lead = [left_edge(c) for c in cue.children if c.i < child.i and c.dep_ not in _LEAD_SKIP]
        if lead and min(lead) < content.start:
            content = trim(doc, min(lead), content.end) or content
        content = _tail_hung_on_cue(doc, cue, child, content)
    if child.i < cue.i and content is not None:
        # '"... too late," Senate Majority Leader Jo Park, R-Ore., said': the speaker the parse
        # hung on the quotation is no part of it; nor is a dateline ("LONDON (Reuters) - ")
        start = content.start
        if start == content[0].sent.start:
            start = after_dateline(doc, start, child.i) or start
        end = before_speaker_tail(doc, start, content.end, ctx.quoted)
        content = trim(doc, start, end)
    return content if content is not None and len(content) > 1 else None


def _content_guard(ctx: CueContext, child: Token, content: Span) -> str | None:
    """Why a complement's content is no report after all, or None."""
    cue = ctx.cue
    # "[before the police could arrive], the guards led her out ...": an adverbial clause the
    # parse hung on a later cue as its complement says when, not what (so is one after it,
    # with no main clause of its own: "as his neighbour said [before he moved]")
    if (child.i < cue.i or not any(t.text == "," for t in content)) and any(
        c.dep_ == "mark" and c.i == content.start and c.lower_ in ADVERBIAL_OPENERS
        for c in child.children
    ):
        return "adverbial-clause"
    # "When asked whether ..., he said": the question put to the speaker is no part of what
    # the speaker said
    if child.i < cue.i and opens_with_question_put(content):
        return "question-put-to-speaker"
    return None


# --------------------------------------------------------------------------- helpers


def borrowed_complement(doc: Doc, cue: Token) -> Token | None:
    """The complement of a cue with a subject of its own that the parse hung, with the cue, on
    a later cue ("While one firm says [there are 40 stores], another says there are 30":
    "are" on the second "says"): the clause between the two cues."""
    head = cue.head
    if (
        cue.dep_ != "advcl"
        or head.i <= cue.i
        or not any(c.dep_ in SUBJ_DEPS for c in cue.children)
        or any(c.dep_ in ("ccomp", "xcomp", "obj") for c in cue.children)
        or not is_cue_verb(cue, all_cue_lemmas())
        or not is_cue_verb(head, all_cue_lemmas())
    ):
        return None
    for child in head.children:
        if child.dep_ == "ccomp" and cue.i < left_edge(child) and right_edge(child) < head.i:
            return child
    return None


def _has_a_clause(span: Span) -> bool:
    """Whether a finite verb with its subject stands in the span (the subject of an auxiliary
    or copula hangs on the word it serves)."""
    for t in span:
        if t.tag_ not in FINITE_TAGS:
            continue
        verb = t.head if t.dep_ in ("aux", "aux:pass", "cop") else t
        if any(c.dep_ in SUBJ_DEPS and span.start <= c.i < span.end for c in verb.children):
            return True
    return False


def that_after(doc: Doc, cue: Token) -> Token | None:
    """The "that" opening a complement right after the cue, or after its object
    ("told the local paper that ...") or its adverbials ("says at a stop in Dayton, Ohio,
    that ..."); not a relative "that" ("on the show that aired Monday")."""
    end = min(cue.sent.end, cue.i + _THAT_WINDOW)
    for tok in doc[cue.i + 1 : end]:
        if tok.lower_ == "that":
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is None or (nxt.pos_ in ("VERB", "AUX") and tok.i > cue.i + 1):
                return None
            return tok
        # (a participle inside the object is no verb of its own: "told cheering supporters")
        if tok.pos_ == "VERB" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
            continue
        if (tok.is_punct and tok.text != ",") or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return None
    return None


def _past_addressee(doc: Doc, cue: Token) -> int | None:
    """Where the words after a telling cue's addressee start: "told [The Gazette]", "told
    [reporters] [Monday]"; None when no addressee follows the cue."""
    k = cue_span(cue).end
    if k >= cue.sent.end:
        return None
    obj = doc[k]
    while obj.head.i != cue.i and obj.head.i != obj.i and k <= obj.head.i < cue.sent.end:
        obj = obj.head
    if obj.head.i != cue.i or obj.dep_ not in ("obj", "iobj") or obj.pos_ not in NOMINAL_POS:
        return None
    end = right_edge(obj) + 1
    # what the parse split off the addressee's name ("Radio [FOUR]") or a time ("Monday", "on
    # Thursday")
    while end < cue.sent.end:
        top = doc[end]
        while top.head.i != cue.i and top.head.i != top.i and end <= top.head.i < cue.sent.end:
            top = top.head
        if top.head.i != cue.i or left_edge(top) != end:
            break
        if not (
            top.lemma_.lower() in TIME_WORDS
            or (top.dep_ in ("obl:unmarked", "flat", "compound") and top.text[0].isupper())
        ):
            break
        end = max(end, right_edge(top)) + 1  # (always forward)
    return end


def _clause_after(doc: Doc, cue: Token, start: int | None = None) -> Span | None:
    """A clause that follows the cue directly (or from ``start``) and that the parse did not
    hang on it: it opens with a noun phrase and reaches a finite verb with no comma or
    relative pronoun between ("said Lavrov, who heads ..." is no content)."""
    if any(c.dep_ == "mark" and c.lower_ in MANNER_MARKS for c in cue.children):
        return None  # "by adding a few communities": how something was done, not a report
    start = _clause_opening(doc, cue, cue_span(cue).end if start is None else start)
    if start is None:
        return None
    finite = _first_finite_verb(doc, cue, start)
    if finite is None:
        return None
    end = _before_coordinated_verb(doc, cue, start, finite)
    # "Claiming the critics are biased, the mayor told the Gazette ...": after
    # an opening participle, the clause ends before the main one
    end = before_main_clause(doc, cue, start, end)
    # '..., though the senator said ...', '... and welcomed the board to visit': the
    # speaker's next report, or the writer's aside, ends it
    end = before_comma_break(doc, doc[start], _before_next_report(doc, start, end))
    content = trim(doc, start, end)
    if content is None or len(content) < 4:
        return None
    return content


def _clause_opening(doc: Doc, cue: Token, start: int) -> int | None:
    """Where a clause after the cue opens, past adverbs, when it opens with a noun phrase."""
    sent_end = cue.sent.end
    while start < sent_end and doc[start].pos_ == "ADV":
        if doc[start].lower_ in WHEN_ADVERBS:
            return None  # "tell the office [when] someone moves": a time, not a content
        start += 1
    if start >= sent_end:
        return None
    first = doc[start]
    # 'said ["new rules" and lower fees] would help': a clause may open
    # with a quoted phrase
    if first.text in ALL_MARKS and start + 1 < sent_end:
        first = doc[start + 1]
    if first.pos_ not in _CLAUSE_OPENERS:
        return None
    if first.lower_ in OBJECT_PRONOUNS and first.dep_ != "nmod:poss":
        return None  # "told him", "said nothing"; "her plans" opens a clause
    if first.lower_ in RELATIVE_PRONOUNS or first.lower_ in DEMONSTRATIVES:
        return None  # "I write this because ..."
    return start


def _first_finite_verb(doc: Doc, cue: Token, start: int) -> Token | None:
    """The clause's finite verb, within 25 words, with no relative pronoun or colon before it;
    past a comma ("comments from the chair, the treasurer and the clerk were consistent"),
    only when the parse itself hangs that verb, or the word it serves, on the cue."""
    finite = None
    comma = False
    for tok in doc[start : min(cue.sent.end, start + 25)]:
        if tok.text in (";", ":", "\u2014", "--") or tok.lower_ in RELATIVE_PRONOUNS:
            return None
        comma = comma or tok.text == ","
        if tok.tag_ in FINITE_TAGS and tok.i > start:
            finite = tok
            break
    if finite is None or (comma and cue.i not in (finite.head.i, finite.head.head.i)):
        return None
    return finite


def _before_coordinated_verb(doc: Doc, cue: Token, start: int, finite: Token) -> int:
    """'said X ... and left': a verb coordinated with the cue ends the content, unless it is
    the content's own verb ("say her plans [would] make ..." read as "say ... and make")."""
    sent_end = cue.sent.end
    for tok in doc[finite.i : sent_end]:
        # ("said [he and I drove ...]": a verb whose subject opens the clause is the
        # content's own, whatever the parse made of it)
        own = tok.i == finite.i and any(
            c.dep_ in SUBJ_DEPS and left_edge(c) == start for c in tok.children
        )
        if tok.head.i == cue.i and tok.dep_ == "conj" and tok.i != finite.head.i and not own:
            return min([c.i for c in tok.lefts if c.dep_ == "cc"] + [left_edge(tok)])
    return sent_end


def _after_inverted_speaker(doc: Doc, cue: Token, child: Token) -> bool:
    comma = after_comma(doc, child)
    return comma is not None and any(
        c.dep_ in SUBJ_DEPS and cue.i < c.i < comma for c in cue.children
    )


def _tail_hung_on_cue(doc: Doc, cue: Token, child: Token, content: Span) -> Span:
    """The content before a closing attribution taken on to the comma before the speaker,
    where the parser hung its last words on the cue ("Some districts will close [schools
    early], the ministry said.": the object taken for a second subject)."""
    subjects = [c for c in cue.children if c.dep_ in SUBJ_DEPS and child.i < c.i < cue.i]
    if not subjects:
        return content
    comma = left_edge(subjects[-1]) - 1
    while comma > content.end and doc[comma].is_space:
        comma -= 1
    if comma <= content.end or doc[comma].text != ",":
        return content
    gap = range(content.end, comma)
    inside = range(content.start, comma)
    if any(
        doc[k].text in ALL_MARKS or doc[k].head.i not in inside and doc[k].head != cue for k in gap
    ):
        return content
    return trim(doc, content.start, comma) or content


def _speaker_after(cue: Token, content: Token) -> bool:
    """The cue has a subject between the content before it and itself ('..., the airline
    said')."""
    return any(c.dep_ in SUBJ_DEPS and content.i < c.i < cue.i for c in cue.children)


def _before_next_report(doc: Doc, start: int, end: int) -> int:
    """Where a content taken up to the sentence end stops for the speaker's next report: a
    participle cue after a comma ('..., saying that ...') or a finite cue after "and" or "but"
    ('that the fleet is "too old" and says she will replace it')."""
    for tok in doc[start + 2 : end - 1]:
        nxt = doc[tok.i + 1]
        if tok.text == "," and report_after_comma(doc, tok):
            return tok.i
        # ('..., while 60 percent said the same of the governor': a contrast of the writer's,
        # also after a comma inside a closing mark)
        if nxt.lower_ in ("while", "whereas"):
            if tok.text == ",":
                return tok.i
            if mark_after_comma(doc, tok.i):
                return tok.i + 1
        if nxt.pos_ != "VERB" or cue_lemma(nxt) not in all_cue_lemmas():
            continue
        if tok.text == "," and nxt.tag_ == "VBG":
            return tok.i
        if tok.lower_ in ("and", "but") and nxt.tag_ in ("VBD", "VBZ", "VBP"):
            return tok.i
    return end


def _bare_attribution(doc: Doc, cue: Token) -> bool:
    """A cue set off by a comma that carries nothing said of its own: ', the source added'."""
    left = left_edge(cue)
    while left < cue.i and doc[left].is_punct:
        left += 1  # the comma may hang on the cue itself
    if left == 0 or doc[left - 1].text not in (",", "\u2014", "--", "-"):
        return False
    return all(
        c.dep_ in _ATTRIBUTION_RIGHTS
        or misread_relative(doc, c)
        or _after_inverted_speaker(doc, cue, c)
        for c in cue.rights
    ) and not any(c.dep_ == "cc" for c in cue.children)


def _closed_quotation_inside(content: Span) -> bool:
    """Whether the words open with a quotation (its mark may have been trimmed off) that a
    comma closes before their last."""
    doc = content.doc
    opens = is_quote_mark(content[0].text) or (
        content.start > 0 and is_quote_mark(doc[content.start - 1].text)
    )
    return opens and any(mark_after_comma(doc, t.i) for t in content[1:-1])
