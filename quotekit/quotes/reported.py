"""Reported speech: the content a cue reports, read off the UD parse.

Indirect and mixed quotes come from the complements of cue words (that-clauses, bare
complements, infinitives, objects and obliques), from clauses a cue interrupts or closes, from
"according to" and from colon attributions. Each rule is a small function named after the
construction it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from quotekit.lexicon import (
    ADVERBIAL_OPENERS,
    ALL_MARKS,
    DEMONSTRATIVES,
    EDITORIAL_LABELS,
    EXPLETIVES,
    MANNER_MARKS,
    NOMINAL_POS,
    OBJECT_PRONOUNS,
    PRONOUN_OBJECTS,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    SUBJ_DEPS,
    TELLING_CUES,
    TERM_NOUNS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    WHEN_ADVERBS,
    all_cue_lemmas,
    cue_class_of,
    has_property,
    is_quote_mark,
    load_cue_class,
    object_content,
    prepositions,
)
from quotekit.quotes.base import (
    _FINITE_TAGS,
    _asks_if_or_whether,
    _has_infinitive_marker,
    _is_cue_verb,
    _QuotedText,
    _trim,
    _word_count,
    cue_lemma,
    cue_span,
)
from quotekit.quotes.bounds import (
    _before_comma_break,
    _before_coordinated_report,
    _before_main_clause,
    _before_speaker_tail,
    _clause_start,
    _closes_sentence,
    _content_span,
    _end_at_clause_break,
    _end_before_coordinated_cue,
    _has_subject,
    _within_line,
    before_main_clause_after_subordinate,
    relative_lead,
    report_after_comma,
)
from quotekit.records import QuoteCandidate, doc_text
from quotekit.syntax import (
    after_comma,
    agent_of,
    closing_frame,
    comma_before,
    inverted_attribution,
    is_passive,
    mark_after_comma,
    misread_relative,
    parenthetical_frame,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# complements that carry what was said: "said (that) ...", "vowed to ..."
_CLAUSE_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def _is_cue_noun(tok: Token, lemmas: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in lemmas and lemma in load_cue_class("nominal")


def _noun_complement(doc: Doc, noun: Token, quoted: _QuotedText) -> QuoteCandidate | None:
    """A noun of saying with its content clause: "the police's earlier claim that Crutcher had
    refused", "his pledge to cut taxes" (not a relative clause: "the statement that he
    issued"), or with what it is about ("calls for ...", see _noun_about)."""
    about = _noun_about(doc, noun)
    if about is not None:
        return _reported(doc, about, doc[noun.i : noun.i + 1], "noun-complement", quoted)
    for child in noun.rights:
        if child.dep_ not in ("acl", "ccomp"):
            continue
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if (that and any(c.dep_ in SUBJ_DEPS for c in child.children)) or (
            _has_infinitive_marker(child) and has_property(noun.lemma_.lower(), "pledge", "noun")
        ):
            content = _trim(doc, child.left_edge.i, _end_before_coordinated_cue(child))
            if content is not None and content.start > noun.i:
                return _reported(doc, content, doc[noun.i : noun.i + 1], "noun-complement", quoted)
    # "claims by intelligence agencies that some of her messages should be classified", where
    # the parse hung the that-clause elsewhere: a "that" the parser took for a complementizer,
    # past at most the noun's own phrase, opening a clause with a subject
    for tok in doc[noun.i + 1 : min(noun.sent.end, noun.i + _NOUN_THAT_WINDOW)]:
        if tok.lower_ == "that":
            head = tok.head
            if (
                tok.dep_ == "mark"
                and head.i > tok.i
                and any(tok.i < c.i < head.i and c.dep_ in SUBJ_DEPS for c in head.children)
            ):
                content = _trim(doc, tok.i, _end_before_coordinated_cue(head))
                if content is not None:
                    cue = doc[noun.i : noun.i + 1]
                    return _reported(doc, content, cue, "noun-complement", quoted)
            break
        if tok.pos_ not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"):
            break
    return None


def _noun_about(doc: Doc, noun: Token) -> Span | None:
    """What a noun of saying is about, after its preposition: "few calls for [Sanders to drop
    out]", "his call for [an end to sugar subsidies]", "questions about [her email habits]",
    "the question of [whether Trump was being managed]", "his comments on [Muslims]"."""
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
    if asked.head.i != noun.i or asked.i <= prep.i or _bare_time(asked):
        return None
    end = _end_before_coordinated_cue(asked)
    # "calls for Sanders [to drop out]", "sounded a call for the United States [to accept
    # more refugees]": an infinitive right after, that the parse hung on the noun or its verb
    if end == asked.right_edge.i + 1 and end < len(doc):
        inf = doc[end].head
        if (
            doc[end].lower_ == "to"
            and inf.left_edge.i == end
            and inf.head.i in (noun.i, noun.head.i)
            and _has_infinitive_marker(inf)
        ):
            end = _end_before_coordinated_cue(inf)
    content = _trim(doc, noun.i + 2, end, min_tokens=1)
    # "questions about her", "the question of what": a person or a lone pronoun is no content
    if content is None or (len(content) == 1 and content[0].pos_ == "PRON"):
        return None
    return content


_NOUN_THAT_WINDOW = 6  # tokens from a noun of saying to its "that": "claims by the agencies that"


# --------------------------------------------------------------------------- reported speech


def find_reported_speech(
    doc: Doc, quoted: _QuotedText, lemmas: frozenset[str]
) -> Iterator[QuoteCandidate]:
    """Indirect and mixed quotes: the complement of a cue, or the clause 'according to' X."""
    for tok in doc:
        if tok.text == ":" and not quoted.inside_long(tok):
            cand = _colon_attribution(doc, tok, quoted)
            if cand is not None:
                yield cand
            continue
        if quoted.inside_any(tok):
            # a cue inside a quotation belongs to the quoted speaker, not to the article
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cand = _according_to(doc, tok, quoted)
            if cand is not None:
                yield cand
            continue
        if tok.pos_ == "NOUN" and _is_cue_noun(tok, lemmas):
            cand = _noun_complement(doc, tok, quoted)
            if cand is not None:
                yield cand
            continue
        if not _is_cue_verb(tok, lemmas):
            continue
        # a bare participle is no cue: "officially known as", "a plan called" (but the root
        # of a sentence is a past tense the tagger took for a participle)
        if (
            tok.tag_ == "VBN"
            and tok.dep_ != "ROOT"
            and not any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass") for c in tok.children)
            # (a past tense the tagger took for a participle still has its that-clause:
            # "Lin, who will lead the project, explained that ...")
            and not _that_clause_child(tok)
            # (nor is a predicate coordinated with one that has them: "she has released her
            # returns and called on Sanders to do the same")
            and not _shares_a_finite_verb(tok)
            # (nor "as first reported by The Post": a passive report with its agent)
            and not _as_reported_by(tok)
            # (nor "when asked if it would be possible ...", "Asked about Trump, ...": a
            # question put to the speaker)
            and not _asked_a_question(tok)
            and not (tok.dep_ == "advcl" and cue_lemma(tok) == "ask" and _put_to_someone(tok))
        ):
            continue
        # "known as", "called on": a name or a role, not a report
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "as":
            continue
        # a relative clause misread as a complement: "initiatives that call for ..."
        if any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
            continue
        # "Having said that, ...": a connective, nothing said
        if _having_said_that(doc, tok):
            continue
        yield from _complements(doc, tok, quoted)


def _asked_a_question(tok: Token) -> bool:
    """'When asked [if it would be possible ...], Gale said': "asked" with the question it
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
    """'As reported by Western Journalism, investigators found ...': an as-clause whose
    participle names its source with "by"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and (
        agent_of(tok) is not None
    )


def _own_object_or_oblique(cue: Token, lemma: str, klass: str | None) -> bool:
    """Whether a cue has a content of its own in its object ("praised the protests") or in
    its oblique ("called for the ratification")."""
    preps = prepositions(lemma)
    return any(
        c.i > cue.i
        and (
            (c.dep_ == "obj" and object_content(lemma, klass) and c.lower_ not in PRONOUN_OBJECTS)
            or (c.dep_ == "obl" and _case_of(c) in preps)
        )
        for c in cue.children
    )


def _has_a_clause(span: Span) -> bool:
    """Whether a finite verb with its subject stands in the span (the subject of an auxiliary
    or copula hangs on the word it serves)."""
    for t in span:
        if t.tag_ not in _FINITE_TAGS:
            continue
        verb = t.head if t.dep_ in ("aux", "aux:pass", "cop") else t
        if any(c.dep_ in SUBJ_DEPS and span.start <= c.i < span.end for c in verb.children):
            return True
    return False


def _embedded_question(cue: Token, child: Token, lemma: str) -> bool:
    """'asked the contender [if he had been preparing ...]': a question put to someone, which
    the parser may hang on the cue as an adverbial clause."""
    return (
        has_property(lemma, "question")
        and child.dep_ == "advcl"
        and child.i > cue.i
        and _asks_if_or_whether(child)
    )


def _shares_a_finite_verb(tok: Token) -> bool:
    """A participle coordinated with a verb that has its subject and auxiliary, which it
    shares: "she [has] released her returns and called on Sanders ..."; or a past tense the
    tagger took for a participle, coordinated with a past tense that has its subject ("the
    mayor praised the police and urged/VBN residents to stay calm") or hung on an infinitive,
    which no participle is coordinated with ("has called on police to release the videos and
    called/VBN on people to protest")."""
    head = tok.head
    if tok.dep_ != "conj" or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.tag_ == "VB" and _has_infinitive_marker(head):
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


def _complements(doc: Doc, cue: Token, quoted: _QuotedText) -> Iterator[QuoteCandidate]:
    lemma = cue_lemma(cue)
    klass = cue_class_of(lemma)
    span = cue_span(cue)
    # a stance ("backed Mr. Trump", "refused to comment") is reported of its holder through
    # its object or complement; it is never an attribution set around someone's words
    framing = klass != "stance"
    # "as one adviser pointed out": the clause the as-clause hangs on is what was said (but
    # "was quoted as saying ..." is a report like any other)
    if (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
        and cue.head.i != cue.i
        and not has_property(cue.head.lemma_.lower(), "quoted-as")
    ):
        # "as he noted that ...", "as officials praised the protests", "as she called for the
        # ratification": the as-clause says what was said, read on below
        own = (
            _that_after(doc, cue) is not None
            or any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
            or _own_object_or_oblique(cue, lemma, klass)
        )
        # "as he spoke", "as the talks continue": a time, not a source
        if not own and not has_property(lemma, "as-parenthetical"):
            return
        if not own:
            cand = _around_parenthetical(doc, cue, span, quoted)
            if cand is not None:
                yield cand
            return
    # "When asked whether he would run, Smith smiled", "Clinton was asked about the border":
    # a question put to the one the sentence is about; it is what was asked
    if lemma == "ask" and _put_to_someone(cue):
        cand = _question_put(doc, cue, span, quoted)
        if cand is not None:
            yield cand
            return
    # "urged North Korea to resume talks", "called on people to protest": the addressee and
    # what they are to do
    if has_property(lemma, "directive"):
        cand = _directive(doc, cue, span, quoted)
        if cand is not None:
            yield cand
            return
    # "Lavrov is said to have rejected the plan", "the plan was criticized by the minister":
    # the passive's subject is part of what was reported, not its source
    if is_passive(cue):
        cand = _passive_content(doc, cue, span, quoted, lemma, klass)
        if cand is not None:
            yield cand
            return
    borrowed = _borrowed_complement(doc, cue)
    if borrowed is not None:
        content = _trim(doc, borrowed.left_edge.i, borrowed.right_edge.i + 1)
        if content is not None:
            yield _reported(doc, content, span, "ccomp-complement", quoted)
            return
    contents: list[tuple[Span, str]] = []
    pronoun: Token | None = None
    # complements the parse hung on this cue that belong to an earlier cue hung on it (see
    # _borrowed_complement)
    borrowed_by_earlier = {
        b.i for v in cue.children if v.i < cue.i and (b := _borrowed_complement(doc, v)) is not None
    }
    for child in cue.children:
        # that-clause or bare complement: "Xi reiterated that Taiwan is ..."; "vowed to oppose"
        if (
            child.dep_ not in _CLAUSE_COMPLEMENTS and not _embedded_question(cue, child, lemma)
        ) or misread_relative(doc, child):
            continue
        # "said Steve Grubbs, an Iowa operative working for ...": after an inverted speaker,
        # what follows a comma describes the speaker
        if child.i > cue.i and _after_inverted_speaker(doc, cue, child):
            continue
        # "proposes allowing parents to deduct ...": a gerund complement
        gerund = child.tag_ == "VBG" and has_property(lemma, "object")
        if (
            child.dep_ == "xcomp"
            and not gerund
            and (
                child.i < cue.i
                or not has_property(lemma, "infinitive")
                or not _has_infinitive_marker(child)
            )
        ):
            continue
        # "The talks failed, the minister said.": the complement stands before the cue
        if child.i < cue.i and not _has_subject(cue):
            continue
        content = _content_span(doc, child, cue)
        if child.i < cue.i and inverted_attribution(doc, cue) is not None:
            # '"The answers are "not meeting the demand," says Rieckhoff': the parser took the
            # content's subject for the cue's; the content is the whole clause before the comma
            comma = comma_before(doc, cue)
            content = _trim(doc, _clause_start(doc, cue), comma) if comma is not None else content
        elif child.i < cue.i and content is not None and _speaker_after(cue, child):
            # "Assem had logged 2,766 hours, the airline said.": words of the content that the
            # parser hung on the cue (its subject, a fronted phrase) start it
            lead = [
                c.left_edge.i for c in cue.children if c.i < child.i and c.dep_ not in _LEAD_SKIP
            ]
            if lead and min(lead) < content.start:
                content = _trim(doc, min(lead), content.end) or content
        if child.i in borrowed_by_earlier:
            # "While Comey has said [that he makes recommendations], Lewandowski said ...": the
            # parse hung the first report's complement on the second cue; it is the first's
            continue
        if child.i < cue.i and content is not None:
            # '"... overridden," Senate Majority Leader Mitch McConnell, R-Ky., said': the
            # speaker the parse hung on the quotation is no part of it
            content = _trim(
                doc, content.start, _before_speaker_tail(doc, content.start, content.end, quoted)
            )
        # "[before cops could accompany her], the Secret Service whisked ...": an adverbial
        # clause the parse hung on a later cue as its complement says when, not what
        # (so is one after it, with no main clause of its own: "as Eric Garner said [before
        # he died]")
        if (
            content is not None
            and (child.i < cue.i or not any(t.text == "," for t in content))
            and any(
                c.dep_ == "mark" and c.i == content.start and c.lower_ in ADVERBIAL_OPENERS
                for c in child.children
            )
        ):
            continue
        # "When asked whether ..., he said": the question put to the speaker is no part of
        # what the speaker said
        if content is not None and child.i < cue.i and _opens_with_question_put(content):
            continue
        if content is not None:
            rule = f"{child.dep_}-complement" if child.i > cue.i else "complement-before"
            if child.dep_ == "advcl":
                rule = "embedded-question"
            contents.append((content, rule))
            if child.i > cue.i:
                pronoun = pronoun or relative_lead(doc, cue, child)
    after = [c for c in contents if c[0].start > cue.i]
    # "Climate change, Mr. Obama says, is the greatest threat": a cue set off by commas inside
    # what was said; the words before it are the first piece
    if framing and (after or not contents):
        second = (
            doc[min(c[0].start for c in after) : max(c[0].end for c in after)] if after else None
        )
        cand = _interrupted_content(doc, cue, span, second, quoted)
        if cand is not None:
            yield cand
            return
    if contents:
        # "says hackers are taking aim ..., and that one attempt was successful": the parser
        # may hang coordinated complements on the cue; they are one content
        # (what the parse hung on the cue before it, beside a content after it, is mostly a
        # phrase of the writer's or the speaker's apposition: "a talk show host at the radio
        # station, said that he noticed ...")
        before = [c for c in contents if c[0].start < cue.i and (not after or _has_a_clause(c[0]))]
        for group in (after, before):
            if group:
                g_start = min(c[0].start for c in group)
                g_end = max(c[0].end for c in group)
                if pronoun is not None and group is after:
                    # "which he said [had harmed the economy]": the relative pronoun is the
                    # content's first piece
                    rest = _end_at_clause_break(doc, doc[g_start:g_end], quoted)
                    yield _in_two_pieces(
                        doc, doc[pronoun.i : pronoun.i + 1], rest, span, group[0][1], quoted
                    )
                    continue
                yield _reported(doc, doc[g_start:g_end], span, group[0][1], quoted)
        return
    # "noting that ..." where the parse lost the complement: the clause after "that"
    nxt = _that_after(doc, cue)
    if nxt is not None and klass in ("speech", "cognition", "manner", "social"):
        sent = cue.sent
        end = before_main_clause_after_subordinate(doc, cue, sent.end)
        content = _trim(doc, nxt.i, _before_next_report(doc, nxt.i, end))
        if content is not None and len(content) >= 4:
            yield _reported(doc, content, span, "that-clause", quoted)
            return
    # "experts say [her plans ... would make the code more complicated]" where the parse took
    # the clause's subject for the cue's object: the words after the cue up to the sentence end
    if has_property(lemma, "bare-clause") and cue.i < cue.sent.end - 1:
        content = _clause_after(doc, cue)
        if content is not None:
            yield _reported(doc, content, span, "clause-after", quoted)
            return
    # "telling USA TODAY [he had nothing to do with it]": the same after the addressee
    if lemma in TELLING_CUES:
        past = _past_addressee(doc, cue)
        content = _clause_after(doc, cue, past) if past is not None else None
        if content is not None:
            yield _reported(doc, content, span, "clause-after", quoted)
            return
    # the content before the cue, which closes the sentence: "The talks failed, he said.";
    # the parser may hang the cue on the content as parataxis, complement or conjunct
    if (
        framing
        and cue.dep_ in ("parataxis", "ccomp", "conj")
        and cue.head.i < cue.i
        and _has_subject(cue)
        and _bare_attribution(doc, cue)
    ):
        start = _clause_start(doc, cue)
        if _opens_with_question_put(doc[start : cue.i]):
            return
        if _closes_sentence(doc, cue):
            content = _trim(doc, start, _before_speaker_tail(doc, start, cue.left_edge.i, quoted))
            if content is not None:
                yield _reported(doc, content, span, "parataxis-cue-after", quoted)
                return
        elif cue.dep_ == "parataxis" and cue.head.right_edge.i > cue.right_edge.i:
            # a parenthetical cue: 'Mills "got immunity," Jordan said, and still "sat in"'
            first = _trim(doc, start, cue.left_edge.i, min_tokens=1)
            second = _trim(doc, cue.right_edge.i + 1, cue.head.right_edge.i + 1, min_tokens=1)
            if first is not None and second is not None:
                yield _in_two_pieces(doc, first, second, span, "parenthetical-cue", quoted)
                return
    # "..., his top aide, Tad Devine, told The Huffington Post.": a cue closing the sentence
    # after a speaker set off by commas, whom the parse did not make its subject
    frame = closing_frame(doc, cue) if framing and not contents else None
    if frame is not None:
        content = _trim(doc, _clause_start(doc, cue), frame[1], min_tokens=5)
        # a clause, not a fronted adverbial ("In her pursuit of the nomination, Clinton has
        # emphasized ...")
        if (
            content is not None
            and content[0].pos_ not in ("ADP", "SCONJ")
            and any(t.tag_ in _FINITE_TAGS for t in content)
            # ('"...," Gene Sperling, a top adviser, said': a quotation closed by a comma,
            # with its speaker after it, is a direct quote's)
            and not _closed_quotation_inside(content)
        ):
            yield _reported(doc, content, span, "attribution-after", quoted)
            return
    # the object as content: "praised China's approach", "accusing the U.S. of ..."
    if object_content(lemma, klass) or _pointed_out(cue):
        naming = has_property(lemma, "naming")
        # "polls show Clinton up by 10 points": what the object is shown to be belongs to it
        small_clause = naming or klass == "evidence"
        for child in cue.children:
            if (
                child.dep_ == "obj"
                and child.i > cue.i
                # "the Associated Press reported Friday": a time is no content
                and not _bare_time(child)
                and (child.lower_ not in PRONOUN_OBJECTS or (naming and _predicated(cue, child)))
                # "found ways to ...", "found the movement": finding is evidence only of what
                # the object was found to be ("found the plan unworkable")
                and (klass != "evidence" or lemma == "show" or _predicated(cue, child))
                and not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in child.children)
            ):
                start, end = child.left_edge.i, _end_before_coordinated_cue(child)
                # "acknowledged the reality of climate change, which makes him ...": the
                # relative clause after a comma is the writer's, not the source's
                for rel in child.subtree:
                    if (
                        rel.dep_ == "acl:relcl"
                        and rel.left_edge.i > 0
                        and doc[rel.left_edge.i - 1].text == ","
                    ):
                        end = min(end, rel.left_edge.i - 1)
                    elif rel.dep_ == "acl:relcl" and doc[rel.left_edge.i].text == ",":
                        end = min(end, rel.left_edge.i)
                # "accused X of Y": the oblique belongs to the content; so does what X is
                # called ("called the plan a ploy", "described Obama as an evangelist")
                cases = prepositions(lemma) | {"of", "for"}
                if naming:
                    cases = cases | {"as"}
                for other in cue.children:
                    if other.i <= child.i:
                        continue
                    if (
                        (other.dep_ in ("obl", "advcl") and _case_of(other) in cases)
                        or (small_clause and other.dep_ in ("xcomp", "obj"))
                        # 'called Mr. Trump's comments ''racially toxic''': a quoted name the
                        # parse set beside the sentence, right after the object
                        or (
                            naming
                            and other.dep_ == "parataxis"
                            and other.left_edge.i == end
                            and is_quote_mark(doc[end].text)
                        )
                        # what the parser hung on the cue right after the object: "never
                        # mentioned Trump by name", "announced his candidacy last year", "polls
                        # show Clinton up by ten points" (parsed as "show up")
                        or (
                            other.dep_ in _OBJECT_TRAILERS
                            and other.left_edge.i == end
                            and other.lemma_.lower() not in TIME_WORDS
                            # ("has not mentioned Machado [since the debate]": when, not what)
                            and _case_of(other) not in TIME_PREPOSITIONS
                        )
                        # or a phrase it hung there, glued to the object: "praised the
                        # efforts of Kerry [to end the war]", "accused Priebus [and his
                        # allies]"
                        or _glued_to_object(doc, other, end)
                    ):
                        end = max(end, other.right_edge.i + 1)
                # "praised Obama's accomplishments[, citing statistics ...]": the speaker's
                # next report, or the writer's aside, ends it
                end = _before_comma_break(doc, child, end, asides=not naming)
                end = _before_coordinated_report(doc, child, end)
                # "endorsed Trump": a name is a whole content
                one_word = 1 if child.pos_ == "PROPN" else 2
                content = _trim(doc, start, end, min_tokens=one_word)
                if content is not None:
                    yield _reported(doc, content, span, "object-content", quoted)
                    return
    # a prepositional complement: "insisting on the restoration of ..."
    preps: frozenset[str] | None = prepositions(lemma)
    if has_property(lemma, "answer") and _not_done(cue):
        # "did not respond to a request for comment", "declined to comment on the reports":
        # nothing was said
        preps = None
    if preps and not _defines_a_term(cue):
        for child in cue.children:
            if (
                child.dep_ in ("obl", "advcl")
                and child.i > cue.i
                and _leading_case(child) in preps
                and not _bare_time(child)
            ):
                begin = child.left_edge.i
                if doc[begin].dep_ == "case" and doc[begin].lower_ in preps:
                    begin += 1  # "insisting on [the restoration ...]": what was insisted on
                end = child.right_edge.i + 1
                # "pointed to Britain's decision [to leave the EU]": an infinitive the parse
                # hung on the cue right after the oblique
                for inf in cue.rights:
                    if (
                        inf.left_edge.i == end
                        and inf.dep_ in ("advcl", "xcomp")
                        and _has_infinitive_marker(inf)
                    ):
                        end = inf.right_edge.i + 1
                end = _before_coordinated_report(doc, child, _before_comma_break(doc, child, end))
                content = _trim(doc, begin, end, min_tokens=1)
                # "pointed to her": a person pointed at, not a content
                if content is not None and not (
                    len(content) == 1 and content[0].lower_ in PRONOUN_OBJECTS
                ):
                    yield _reported(doc, content, span, "oblique-content", quoted)
                    return


def _bare_time(tok: Token) -> bool:
    """A time word standing alone ("reported Friday", "talked about today")."""
    words = [t for t in tok.subtree if not (t.is_punct or t.dep_ == "case")]
    return len(words) == 1 and tok.lemma_.lower() in TIME_WORDS


def _glued_to_object(doc: Doc, other: Token, end: int) -> bool:
    """A phrase the parser hung on the cue that goes on from the object's last word with no
    comma: an infinitive or participle with no subject or conjunction of its own, not itself a
    cue, a coordinated noun, or the rest of a name split into two objects."""
    if other.left_edge.i != end or doc[end].is_punct:
        return False
    if other.dep_ == "conj":
        return other.pos_ in ("NOUN", "PROPN", "PRON")
    # "mentions Percy Walton": a name the parse split into two objects
    if other.dep_ == "obj" and other.pos_ == "PROPN" and doc[end - 1].pos_ == "PROPN":
        return True
    return (
        other.dep_ in ("advcl", "xcomp", "acl")
        and not any(
            c.dep_ in SUBJ_DEPS or (c.dep_ == "mark" and c.lower_ != "to") for c in other.children
        )
        and cue_lemma(other) not in all_cue_lemmas()
    )


def _defines_a_term(cue: Token) -> bool:
    """'The concept of a "military bridgehead" refers to ...': a definition, not a report."""
    return any(
        c.dep_ in SUBJ_DEPS
        and (c.lemma_.lower() in TERM_NOUNS or any(t.text in ALL_MARKS for t in c.subtree))
        for c in cue.children
    )


def _predicated(cue: Token, obj: Token) -> bool:
    """Whether the cue says what its object is: 'called her "third-rate"', 'calling it a
    ploy', 'found the plan unworkable'; not what is done with it ('found ways to make the tax
    code work', where the parser hung the infinitive on the cue)."""
    return any(
        c.i > obj.i
        and (c.dep_ in ("xcomp", "obj") or (c.dep_ == "obl" and _case_of(c) == "as"))
        and not (_has_infinitive_marker(c) and c.lemma_.lower() != "be")
        for c in cue.children
    )


_OBJECT_TRAILERS = frozenset({"compound:prt", "obl", "advmod", "obl:tmod", "obl:npmod"})
_CONNECTIVE_POS = frozenset({"CCONJ", "ADV", "INTJ", "SCONJ"})


def _interrupted_content(
    doc: Doc, cue: Token, span: Span, second: Span | None, quoted: _QuotedText
) -> QuoteCandidate | None:
    """The content around a parenthetical cue (", Mr. Obama says,"), in two pieces: from the
    clause's start to the comma before the speaker, and from the comma after the cue on. A
    quotation on either side is a direct quote interrupted by its cue, found elsewhere, unless
    the words before the cue are the quotation's subject."""
    frame = parenthetical_frame(doc, cue)
    if frame is None:
        return None
    start = _clause_start(doc, cue)
    # "China resisted such deals, but the air pollution there had become so bad, Mr. Obama
    # noted, that ...": the piece starts after the coordination
    for tok in doc[start : frame[1] - 1]:
        if tok.text == "," and doc[tok.i + 1].pos_ == "CCONJ":
            start = tok.i + 2
    # "... is near the stadium, which, Tompkins said, is usually full": a relative pronoun
    # right before the cue opens the content (it stands for what the speaker spoke of)
    # (or opens the clause it interrupts: "Mr. Schultz, [who works for RT and], Mr. King said,
    # has recently ...")
    for lead in doc[start + 1 : frame[1]]:
        if lead.lower_ in RELATIVE_PRONOUNS and doc[lead.i - 1].text == ",":
            start = lead.i
    # (a fronted adverbial, "During his years in office, Mr. Obama said, ...", stays in the
    # first piece: leaving it out was measured worse on PolNeAR train)
    first = _trim(doc, start, frame[1], min_tokens=1)
    if second is None:
        comma = next((t.i for t in doc[cue.i : cue.sent.end] if t.text == ","), None)
        if comma is None:
            return None  # the parser ended the sentence at the comma after the cue
        second = _trim(doc, comma + 1, cue.sent.end)
    if first is None or second is None or second.start <= cue.i:
        return None
    if doc[first.end - 1].text in ALL_MARKS:
        return None
    # a quotation after the cue is a direct quote interrupted by its cue, found elsewhere; but
    # the subject it lacks, before the cue, is its first piece: 'An economic downturn, he
    # said, "could be a good time to borrow"' (the parser makes it a second subject of the cue)
    if doc[second.start].text in ALL_MARKS and not _subject_of_quotation(first, second, cue):
        return None
    # "But, Carson added, he did not ...", "Still, he said, officials ...": a connective
    # before the cue is the writer's; what was said follows it
    words = [t for t in first if not (t.is_punct or t.is_space)]
    if len(words) <= 2 and all(t.pos_ in _CONNECTIVE_POS for t in words):
        return _reported(doc, second, span, "parenthetical-cue", quoted)
    return _in_two_pieces(doc, first, second, span, "parenthetical-cue", quoted)


def _subject_of_quotation(first: Span, second: Span, cue: Token) -> bool:
    """A noun phrase (not a name, a pronoun or a participle: those are speakers and
    adverbials) that is the subject of the quoted clause after the cue, or of the cue itself."""
    return any(
        t.dep_ in SUBJ_DEPS
        and t.pos_ not in ("PROPN", "PRON", "VERB")
        and (second.start <= t.head.i < second.end or t.head.i == cue.i)
        for t in first
    )


def _not_done(verb: Token) -> bool:
    """Whether the verb is negated ("did not respond", "never commented") or what someone
    declined, refused or failed to do."""
    if any(c.dep_ == "advmod" and c.lower_ in ("not", "n't", "never") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse", "fail")


def _closed_quotation_inside(content: Span) -> bool:
    """Whether the words open with a quotation (its mark may have been trimmed off) that a
    comma closes before their last."""
    doc = content.doc
    opens = is_quote_mark(content[0].text) or (
        content.start > 0 and is_quote_mark(doc[content.start - 1].text)
    )
    return opens and any(mark_after_comma(doc, t.i) for t in content[1:-1])


def _pointed_out(cue: Token) -> bool:
    """ "pointed out the progress he has made": with its particle, "point" takes what was
    said as its object (not so "pointed the finger at")."""
    return cue_lemma(cue) == "point" and any(
        c.dep_ == "compound:prt" and c.lower_ == "out" for c in cue.children
    )


def _passive_content(
    doc: Doc, cue: Token, span: Span, quoted: _QuotedText, lemma: str, klass: str | None
) -> QuoteCandidate | None:
    subj = next((c for c in cue.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
    if subj is None or subj.lower_ in EXPLETIVES or subj.i > cue.i:
        return None
    first = _trim(doc, subj.left_edge.i, subj.right_edge.i + 1, min_tokens=1)
    if first is None:
        return None
    for child in cue.rights:
        # "is said to have rejected", "was reported to have resigned": the subject and the
        # infinitive, around the cue
        if child.dep_ == "xcomp" and _has_infinitive_marker(child):
            second = _trim(doc, child.left_edge.i, _end_before_coordinated_cue(child))
            if second is None:
                return None
            return _in_two_pieces(doc, first, second, span, "passive-report", quoted)
    # "the plan was criticized by the minister": what is judged, with the judge as agent
    if object_content(lemma, klass) and agent_of(cue) is not None:
        return _reported(doc, first, span, "passive-object", quoted)
    return None


def _around_parenthetical(
    doc: Doc, cue: Token, span: Span, quoted: _QuotedText
) -> QuoteCandidate | None:
    """'Hawaii, as one adviser pointed out, normally does not get ...': the clause around an
    as-clause, in two pieces when the as-clause interrupts it."""
    head = cue.head
    start, end = head.left_edge.i, _end_before_coordinated_cue(head)
    first = _trim(doc, start, cue.left_edge.i, min_tokens=1)
    second = _trim(doc, cue.right_edge.i + 1, end, min_tokens=1)
    if first is not None and second is not None:
        return _in_two_pieces(doc, first, second, span, "as-parenthetical", quoted)
    piece = first or second
    if piece is None:
        return None
    return _reported(doc, piece, span, "as-parenthetical", quoted)


def _put_to_someone(cue: Token) -> bool:
    """A passive "asked" ("Clinton was asked about ..."), or one with no subject or auxiliary
    that opens its sentence or follows "when" ("Asked if ...", "when asked whether ...")."""
    if is_passive(cue):
        return True
    if any(c.dep_ in SUBJ_DEPS or c.dep_.startswith("aux") for c in cue.children):
        return False
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > cue.sent.start else None
    return cue.tag_ in ("VBN", "VBD") and (
        before is None or before.is_punct or before.lower_ in ("when", "if", "once", "after")
    )


def _question_put(doc: Doc, cue: Token, span: Span, quoted: _QuotedText) -> QuoteCandidate | None:
    """What was asked of someone: the question ("asked [whether he would run]"), the request
    ("asked by Stephanopoulos [to respond]") or the subject ("asked about [the border]"); the
    source is the asker, named in an agent or not at all."""
    # the phrases after the cue, past the agent; the parse may split one question among
    # them ("Asked [what]obj [a firm commitment looks like]ccomp")
    agent = agent_of(cue)
    parts = [c for c in cue.rights if c.dep_ in _PUT_DEPS and not misread_relative(doc, c)]
    if agent is not None:
        # "asked [by Stephanopoulos] to respond", "asked about the border [by reporters]"
        parts = [c for c in parts if c.i > agent.i] or [c for c in parts if c.i < agent.i]
    if parts:
        first = doc[parts[0].left_edge.i]
        end = _end_before_coordinated_cue(parts[-1])
        asker = None
        if not is_passive(cue):
            # "When asked about Donald Trump, President Obama laughed": a question set before
            # the main clause ends at its comma, wherever the parse hung the words after it
            end = next((t.i for t in doc[first.i : end] if t.text == ","), end)
        elif agent is None:
            # "was asked about the border [by reporters]": the agent the parse hung on the
            # question's last noun closes it
            by = next(
                (
                    t
                    for t in doc[first.i + 1 : end]
                    if t.lower_ == "by"
                    and t.dep_ == "case"
                    and t.head.right_edge.i == end - 1
                    and t.head.dep_ == "nmod"
                    and t.head.head.i in {c.i for c in parts}
                ),
                None,
            )
            if by is not None:
                asker, end = by.head, by.i
        content = None
        if first.lower_ == "about":
            content = _trim(doc, first.i + 1, end, min_tokens=1)
        elif first.lower_ in QUESTION_WORDS or any(_has_infinitive_marker(c) for c in parts):
            content = _trim(doc, first.i, end)
        if content is not None:
            return _reported(doc, content, span, "question-put", quoted)._replace(subject=asker)
    # "When asked [whether D.C. should have a vote], he said ...": a question the parse hung
    # on the main clause
    if cue.i + 1 < len(doc):
        word = doc[cue.i + 1]
        head = word.head
        if word.lower_ in ("if", "whether") and word.dep_ == "mark" and head.i > word.i:
            if head.head.i != cue.i and head.right_edge.i < head.head.i:
                content = _trim(doc, word.i, head.right_edge.i + 1)
                if content is not None:
                    return _reported(doc, content, span, "question-put", quoted)
    return None


def _opens_with_question_put(span: Span) -> bool:
    """Whether the words open with "asked", or "when asked", put to someone."""
    for tok in span[:2]:
        if tok.lower_ == "asked" and _put_to_someone(tok):
            return True
        if tok.lower_ != "when":
            break
    return False


_PUT_DEPS = frozenset({"ccomp", "advcl", "xcomp", "obl", "obj", "nmod"})


def _directive(doc: Doc, cue: Token, span: Span, quoted: _QuotedText) -> QuoteCandidate | None:
    for child in cue.rights:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and _has_infinitive_marker(child):
            start = child.left_edge.i
            for other in cue.rights:
                if other.dep_ in ("obj", "obl", "iobj") and other.i < child.i:
                    start = min(start, other.left_edge.i)
            # "called on people": the preposition is part of the cue, not the content
            while doc[start].dep_ == "case" and doc[start].head.i != cue.i and start < child.i:
                start += 1
            content = _trim(doc, start, _end_before_coordinated_cue(child))
            if content is not None:
                return _reported(doc, content, span, "directive", quoted)
    # "asked the network to donate ...": the parser may hang the infinitive on the addressee
    for obj in cue.rights:
        if obj.dep_ != "obj":
            continue
        inf = next((c for c in obj.rights if c.dep_ == "acl" and _has_infinitive_marker(c)), None)
        if inf is not None and all(t.dep_ != "case" for t in obj.lefts):
            content = _trim(doc, obj.left_edge.i, _end_before_coordinated_cue(inf))
            if content is not None:
                return _reported(doc, content, span, "directive", quoted)
    return None


def _that_after(doc: Doc, cue: Token) -> Token | None:
    """The "that" opening a complement right after the cue, or after its object
    ("told the local paper that ...") or its adverbials ("says at a stop in Toledo, Ohio,
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


_THAT_WINDOW = 13  # tokens from the cue to its "that"


_CLAUSE_OPENERS = frozenset({"DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"})


def _past_addressee(doc: Doc, cue: Token) -> int | None:
    """Where the words after a telling cue's addressee start: "told [The Washington Post]",
    "told [reporters] [Monday]"; None when no addressee follows the cue."""
    k = cue_span(cue).end
    if k >= cue.sent.end:
        return None
    obj = doc[k]
    while obj.head.i != cue.i and obj.head.i != obj.i and k <= obj.head.i < cue.sent.end:
        obj = obj.head
    if obj.head.i != cue.i or obj.dep_ not in ("obj", "iobj") or obj.pos_ not in NOMINAL_POS:
        return None
    end = obj.right_edge.i + 1
    # what the parse split off the addressee's name ("USA [TODAY]") or a time ("Monday", "on
    # Thursday")
    while end < cue.sent.end:
        top = doc[end]
        while top.head.i != cue.i and top.head.i != top.i and end <= top.head.i < cue.sent.end:
            top = top.head
        if top.head.i != cue.i or top.left_edge.i != end:
            break
        if not (
            top.lemma_.lower() in TIME_WORDS
            or (top.dep_ in ("obl:unmarked", "flat", "compound") and top.text[0].isupper())
        ):
            break
        end = top.right_edge.i + 1
    return end


def _clause_after(doc: Doc, cue: Token, start: int | None = None) -> Span | None:
    """A clause that follows the cue directly (or from ``start``) and that the parse did not
    hang on it: it opens with a noun phrase and reaches a finite verb with no comma or
    relative pronoun between ("said Lavrov, who heads ..." is no content)."""
    if any(c.dep_ == "mark" and c.lower_ in MANNER_MARKS for c in cue.children):
        return None  # "by adding a few communities": how something was done, not a report
    sent_end = cue.sent.end
    start = cue_span(cue).end if start is None else start
    while start < sent_end and doc[start].pos_ == "ADV":
        if doc[start].lower_ in WHEN_ADVERBS:
            return None  # "tell the government [when] someone dies": a time, not a content
        start += 1
    if start >= sent_end:
        return None
    first = doc[start]
    # 'said ["budget reforms" and the collection of taxes] would help': a clause may open
    # with a quoted phrase
    if first.text in ALL_MARKS and start + 1 < sent_end:
        first = doc[start + 1]
    if first.pos_ not in _CLAUSE_OPENERS:
        return None
    if first.lower_ in OBJECT_PRONOUNS and first.dep_ != "nmod:poss":
        return None  # "told him", "said nothing"; "her plans" opens a clause
    if first.lower_ in RELATIVE_PRONOUNS or first.lower_ in DEMONSTRATIVES:
        return None  # "I write this because ..."
    finite = None
    comma = False
    for tok in doc[start : min(sent_end, start + 25)]:
        if tok.text in (";", ":", "\u2014", "--") or tok.lower_ in RELATIVE_PRONOUNS:
            return None
        comma = comma or tok.text == ","
        if tok.tag_ in _FINITE_TAGS and tok.i > start:
            finite = tok
            break
    # past a comma ("comments from Rice, Rhodes and Petraeus were consistent"), only when the
    # parse itself hangs that verb, or the word it serves, on the cue
    if finite is None or (comma and cue.i not in (finite.head.i, finite.head.head.i)):
        return None
    # "said X ... and left": a verb coordinated with the cue ends the content, unless it is
    # the content's own verb ("say her plans [would] make ..." read as "say ... and make")
    end = sent_end
    for tok in doc[finite.i : sent_end]:
        # ("said [he and his father drove ...]": a verb whose subject opens the clause is
        # the content's own, whatever the parse made of it)
        own = tok.i == finite.i and any(
            c.dep_ in SUBJ_DEPS and c.left_edge.i == start for c in tok.children
        )
        if tok.head.i == cue.i and tok.dep_ == "conj" and tok.i != finite.head.i and not own:
            end = min([c.i for c in tok.lefts if c.dep_ == "cc"] + [tok.left_edge.i])
            break
    # "Claiming the criticism is designed to pressure moderators, Trump told Fox ...": after
    # an opening participle, the clause ends before the main one
    end = _before_main_clause(doc, cue, start, end)
    # '..., though Mrs. Fiorina said ...', '... and welcomed Trump to visit': the speaker's
    # next report, or the writer's aside, ends it
    end = _before_comma_break(doc, doc[start], _before_next_report(doc, start, end))
    content = _trim(doc, start, end)
    if content is None or len(content) < 4:
        return None
    return content


def _after_inverted_speaker(doc: Doc, cue: Token, child: Token) -> bool:
    comma = after_comma(doc, child)
    return comma is not None and any(
        c.dep_ in SUBJ_DEPS and cue.i < c.i < comma for c in cue.children
    )


# what the parser hangs on a cue before its content without being part of it
_LEAD_SKIP = frozenset({"punct", "cc", "mark"})


def _speaker_after(cue: Token, content: Token) -> bool:
    """The cue has a subject between the content before it and itself ('..., the airline
    said')."""
    return any(c.dep_ in SUBJ_DEPS and content.i < c.i < cue.i for c in cue.children)


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


def _borrowed_complement(doc: Doc, cue: Token) -> Token | None:
    """The complement of a cue with a subject of its own that the parse hung, with the cue, on
    a later cue ("While one company says [there are 2,400 billionaires], another says there
    are 1,800": "are" on the second "says"): the clause between the two cues."""
    head = cue.head
    if (
        cue.dep_ != "advcl"
        or head.i <= cue.i
        or not any(c.dep_ in SUBJ_DEPS for c in cue.children)
        or any(c.dep_ in ("ccomp", "xcomp", "obj") for c in cue.children)
        or not _is_cue_verb(cue, all_cue_lemmas())
        or not _is_cue_verb(head, all_cue_lemmas())
    ):
        return None
    for child in head.children:
        if child.dep_ == "ccomp" and cue.i < child.left_edge.i and child.right_edge.i < head.i:
            return child
    return None


def _before_next_report(doc: Doc, start: int, end: int) -> int:
    """Where a content taken up to the sentence end stops for the speaker's next report: a
    participle cue after a comma ('..., saying that ...') or a finite cue after "and" or "but"
    ('that the military is "depleted" and says he will expand it')."""
    for tok in doc[start + 2 : end - 1]:
        nxt = doc[tok.i + 1]
        if tok.text == "," and report_after_comma(doc, tok):
            return tok.i
        # ('..., while 73 percent said the same of Trump': a contrast of the writer's, also
        # after a comma inside a closing mark)
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


def _leading_case(tok: Token) -> str:
    """The preposition a phrase opens with, hung on its head or, by a weak parse, on a word
    before the head ("called [for] increased defense spending": "for" hung on "defense")."""
    first = tok.doc[tok.left_edge.i]
    if first.dep_ == "case" and first.i < tok.i:
        return first.lower_
    return _case_of(tok)


def _case_of(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.i < tok.i:
            return c.lower_
    return ""


_ATTRIBUTION_RIGHTS = frozenset({"punct", "obl", "obl:tmod", "advmod", "nsubj", "iobj"})


def _bare_attribution(doc: Doc, cue: Token) -> bool:
    """A cue set off by a comma that carries nothing said of its own: ', the source added'."""
    left = cue.left_edge.i
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


def _reported(doc: Doc, content: Span, cue: Span, rule: str, quoted: _QuotedText) -> QuoteCandidate:
    content = _within_line(doc, content, cue)
    if content.start >= cue.end:
        content = _end_at_clause_break(doc, content, quoted)
    start, end = content.start_char, content.end_char
    # a quotation that starts or ends inside the content belongs to it whole
    for p in quoted.pairs_near(start, end):
        if start <= p.open < end < p.close + 1 and not (p.open < cue.start_char < p.close):
            end = p.close + 1
        elif p.open < start < p.close + 1 <= end:
            start = p.open
    inside = [p for p in quoted.pairs_near(start, end) if start <= p.open and p.close < end]
    kind: Literal["direct", "indirect", "mixed"] = "mixed" if inside else "indirect"
    if inside and all(p.open <= start and end <= p.close + 1 for p in inside):
        kind = "direct"
    # the full stop closes the writer's sentence, not what was reported
    text = doc_text(doc)
    while kind != "direct" and end - start > 1 and text[end - 1] in ".!?" and text[end - 2] != ".":
        end -= 1
    return QuoteCandidate(kind, start, end, cue, rule)


def _in_two_pieces(
    doc: Doc, first: Span, second: Span, cue: Span, rule: str, quoted: _QuotedText
) -> QuoteCandidate:
    """One content in two pieces around the words that interrupt it (the cue, its speaker,
    "according to X"): the span runs from the first piece to the second, with both pieces
    as its fragments."""
    whole = _reported(doc, doc[first.start : second.end], cue, rule, quoted)
    return whole._replace(
        fragments=((first.start_char, first.end_char), (second.start_char, whole.end))
    )


def _colon_attribution(doc: Doc, colon: Token, quoted: _QuotedText) -> QuoteCandidate | None:
    """A name and a colon opening a line: headlines ("Pence: Flowers Won't Be at Debate") and
    transcripts ("WALLACE: Let's start with ..."). The words after the colon, to the end of the
    line, are the source's."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    # what stands before the colon on its line: at most four words, all capitalized
    before = [
        t for t in doc[max(0, colon.i - 6) : colon.i] if t.idx >= line_start and not t.is_space
    ]
    if not before or len(before) > 4 or before[0].idx - line_start > 1:
        return None
    if not all(t.text[:1].isupper() and (t.is_alpha or t.text in ".-'") for t in before):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.is_upper for t in before):
        return None
    # a name, not a section label ("The Latest:", "Correction:", "Health:")
    if before[0].lower_ == "the" or " ".join(t.lower_ for t in before) in EDITORIAL_LABELS:
        return None
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1) for t in before):
        return None
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end == -1 else line_end
    after = doc.char_span(colon.idx + 1, line_end, alignment_mode="expand")
    if after is None:
        return None
    content = _trim(doc, after.start, after.end)
    if content is None or _word_count(content) < 3:
        return None
    # a quotation right after the colon ('Lavrov: "..."') is a direct quote, found there
    if content[0].text in ALL_MARKS:
        return None
    cand = _reported(doc, content, doc[colon.i : colon.i + 1], "colon-line", quoted)
    return cand._replace(subject=before[-1])


def _end_of_source(doc: Doc, end: int, sent_end: int) -> int:
    """'According to conservative [radio host Rush Limbaugh], the move ...', 'According to a
    lawsuit [filed by the SEC], the developers ...': words the parse left out of the source's
    phrase, up to the comma that closes it, are the source's when they hold no clause."""
    if doc[end].is_punct or doc[end - 1].is_punct:
        return end
    comma = next((t.i for t in doc[end:sent_end] if t.text == ","), None)
    if comma is None or any(t.tag_ in _FINITE_TAGS for t in doc[end:comma]):
        return end
    return comma + 1


def _according_to(doc: Doc, according: Token, quoted: _QuotedText) -> QuoteCandidate | None:
    """'According to X, Y': content Y (the clause), speaker X."""
    to = doc[according.i + 1]
    # UD: "according to X" is a case (fixed) of X; Stanza also makes "according" a VERB
    source = according.head if according.dep_ in ("case", "mark") else None
    if source is None or source.i < according.i:
        source = to.head if to.head.i > to.i else None
    if source is None:
        for tok in doc[to.i + 1 : to.i + 8]:
            if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                source = tok
                break
    if source is None:
        return None
    clause = source.head if source.head.i != source.i else source
    sent = according.sent
    src_start, src_end = according.i, source.right_edge.i + 1
    if clause is source or clause.i < sent.start or clause.i >= sent.end:
        clause = sent.root
    # the clause without the "according to X" phrase, on whichever side it stands, or on both
    # ("Trump gave his blessing, according to court documents, becoming a 93 percent owner")
    cue = doc[according.i : according.i + 2]
    before = _trim(doc, sent.start, src_start) if src_start > sent.start + 1 else None
    if before is None:
        src_end = _end_of_source(doc, src_end, sent.end)
    after = _trim(doc, src_end, sent.end)
    if (
        before is not None
        and after is not None
        and not doc[src_end].is_punct
        and not doc[src_end - 1].is_punct
    ):
        # "..., according to ouest-france[.fr]", "according to court documents [reported by
        # The Post], becoming ...": words the parse left out of the source's phrase go on
        # with no break; the content resumes after the next comma, if any
        comma = next((t.i for t in doc[src_end : sent.end] if t.text == ","), None)
        after = _trim(doc, comma + 1, sent.end) if comma is not None else None
    if before is None or after is None:
        content = before or after
        if content is None:
            return None
        return _reported(doc, content, cue, "according-to", quoted)._replace(subject=source)
    return _in_two_pieces(doc, before, after, cue, "according-to", quoted)._replace(subject=source)
