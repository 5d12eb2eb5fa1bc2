"""Object and oblique contents: what a judging, denying, promising or pointing cue is about.

"The council praised the new budget", "accused the firm of fraud", "called the plan a ploy",
"polls show the mayor ahead", and prepositional complements: "called for higher wages",
"insisted on a recount", "pointed to the new figures".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit import trace
from quotekit.contents.bounds import (
    before_comma_break,
    before_coordinated_report,
    end_before_coordinated_cue,
)
from quotekit.contents.reported.context import NO, STOP, CueContext, Outcome, found
from quotekit.cue_lexicon import (
    all_cue_lemmas,
    cue_lemma,
    has_property,
    prepositions,
    takes_object_content,
)
from quotekit.lexicon import (
    ALL_MARKS,
    DEMONSTRATIVES,
    MINOR_WORDS,
    NEGATED_DOING,
    PERSON_PRONOUNS,
    PRONOUN_OBJECTS,
    SUBJ_DEPS,
    TERM_NOUNS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    is_quote_mark,
)
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import FINITE_TAGS, bare_time, case_of, has_infinitive_marker, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_OBJECT_TRAILERS = frozenset({"compound:prt", "obl", "advmod", "obl:tmod", "obl:npmod"})


# --------------------------------------------------------------------------- strategies


def object_content(ctx: CueContext) -> Outcome:
    """The object as content: "praised the city's approach", "accusing the firm of ..."."""
    if not (takes_object_content(ctx.lemma, ctx.klass) or _pointed_out(ctx.cue)):
        return NO
    for child in ctx.cue.children:
        if not _is_object_content(ctx, child):
            continue
        content = _object_span(ctx, child)
        if (
            content is not None
            and has_property(ctx.lemma, "naming")
            and _names_a_thing(ctx, content)
        ):
            # 'what residents have called the "Riverton Loop" plan': a name in marks after a
            # naming verb is what something is called, nobody's words
            trace.note("guard", content.start_char, content.end_char, "quoted-name", "no content")
            return STOP
        if content is not None:
            return found(ctx.reported(content, "object-content"))
    return NO


def oblique_content(ctx: CueContext) -> Outcome:
    """A prepositional complement: "insisting on the restoration of ...", "called for higher
    wages"; but "did not respond to a request for comment", "declined to comment on the
    reports": nothing was said."""
    preps = prepositions(ctx.lemma)
    if not preps or (has_property(ctx.lemma, "answer") and _not_done(ctx.cue)):
        return NO
    if _defines_a_term(ctx.cue) or _interview_intro(ctx.cue):
        return NO
    doc, cue = ctx.doc, ctx.cue
    named = _named_as(ctx)
    if named is not None:
        # 'referred to the junction as "Dead Man's Corner"': what something is called
        trace.note("guard", named.start_char, named.end_char, "quoted-name", "no content")
        return STOP
    for child in cue.children:
        if not (
            child.dep_ in ("obl", "advcl")
            and child.i > cue.i
            and _leading_case(child) in preps
            and not bare_time(child)
        ):
            continue
        begin = left_edge(child)
        if doc[begin].dep_ == "case" and doc[begin].lower_ in preps:
            begin += 1  # "insisting on [the restoration ...]": what was insisted on
        end = right_edge(child) + 1
        # "pointed to the county's decision [to close the clinic]": an infinitive the parse
        # hung on the cue right after the oblique
        for inf in cue.rights:
            if (
                left_edge(inf) == end
                and inf.dep_ in ("advcl", "xcomp")
                and has_infinitive_marker(inf)
            ):
                end = right_edge(inf) + 1
        end = before_coordinated_report(doc, child, before_comma_break(doc, child, end))
        content = trim(doc, begin, end, min_tokens=1)
        # "pointed to her": a person pointed at, not a content
        if content is not None and not (len(content) == 1 and content[0].lower_ in PRONOUN_OBJECTS):
            return found(ctx.reported(content, "oblique-content"))
    return NO


# --------------------------------------------------------------------------- helpers


def _interview_intro(cue: Token) -> bool:
    """The writer's "we" or "I" who spoke with someone ("We spoke with Dr. Ana Ruiz about the
    telescope"): an interview introduced, not the writer's views on the telescope."""
    writer = any(c.dep_ in SUBJ_DEPS and c.lower_ in ("we", "i") for c in cue.children)
    return writer and any(
        c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ in ("with", "to") for k in c.children)
        for c in cue.children
    )


def _is_object_content(ctx: CueContext, child: Token) -> bool:
    naming = has_property(ctx.lemma, "naming")
    return (
        child.dep_ == "obj"
        and child.i > ctx.cue.i
        # "the Gazette reported Friday": a time is no content
        and not bare_time(child)
        and (child.lower_ not in PRONOUN_OBJECTS or (naming and _predicated(ctx.cue, child)))
        # "found ways to ...", "found the site": finding is evidence only of what the object
        # was found to be ("found the plan unworkable")
        and (ctx.klass != "evidence" or ctx.lemma == "show" or _predicated(ctx.cue, child))
        and not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in child.children)
    )


def _object_span(ctx: CueContext, child: Token) -> Span | None:
    doc = ctx.doc
    naming = has_property(ctx.lemma, "naming")
    start, end = left_edge(child), end_before_coordinated_cue(child)
    # "acknowledged the cost of the repairs, which makes him ...": the relative clause after a
    # comma is the writer's, not the source's
    for rel in child.subtree:
        if rel.dep_ == "acl:relcl" and left_edge(rel) > 0 and doc[left_edge(rel) - 1].text == ",":
            end = min(end, left_edge(rel) - 1)
        elif rel.dep_ == "acl:relcl" and doc[left_edge(rel)].text == ",":
            end = min(end, left_edge(rel))
    end = _with_object_complements(ctx, child, end)
    # "praised the team's results[, citing figures ...]": the speaker's next report, or the
    # writer's aside, ends it
    end = before_comma_break(doc, child, end, asides=not naming)
    end = before_coordinated_report(doc, child, end)
    # "endorsed Ortiz": a name is a whole content
    one_word = 1 if child.pos_ == "PROPN" else 2
    return trim(doc, start, end, min_tokens=one_word)


def _with_object_complements(ctx: CueContext, child: Token, end: int) -> int:
    """Where the object's content ends with what the cue says of it: "accused X [of Y]",
    "called the plan [a ploy]", "described the mayor [as a builder]", "polls show the mayor
    [ahead]"."""
    naming = has_property(ctx.lemma, "naming")
    # "polls show the mayor up by 10 points": what the object is shown to be belongs to it
    small_clause = naming or ctx.klass == "evidence"
    cases = prepositions(ctx.lemma) | {"of", "for"}
    if naming:
        cases = cases | {"as"}
    for other in ctx.cue.children:
        if other.i <= child.i:
            continue
        if (
            (other.dep_ in ("obl", "advcl") and case_of(other) in cases)
            or (small_clause and other.dep_ in ("xcomp", "obj"))
            or (naming and _quoted_name_beside(ctx.doc, other, end))
            or _trails_object(other, end)
            or _glued_to_object(ctx.doc, other, end)
        ):
            end = max(end, right_edge(other) + 1)
    return end


def _quoted_name_beside(doc: Doc, other: Token, end: int) -> bool:
    """'called the mayor's remarks ''deeply unfair''': a quoted name the parse set beside the
    sentence, right after the object."""
    return other.dep_ == "parataxis" and left_edge(other) == end and is_quote_mark(doc[end].text)


def _trails_object(other: Token, end: int) -> bool:
    """What the parser hung on the cue right after the object: "never mentioned the mayor by
    name", "announced her candidacy last year", "polls show the mayor up by ten points" (parsed
    as "show up"); not a time ("has not mentioned the levy [since the vote]")."""
    return (
        other.dep_ in _OBJECT_TRAILERS
        and left_edge(other) == end
        and other.lemma_.lower() not in TIME_WORDS
        and case_of(other) not in TIME_PREPOSITIONS
    )


def _glued_to_object(doc: Doc, other: Token, end: int) -> bool:
    """A phrase the parser hung on the cue that goes on from the object's last word with no
    comma ("praised the efforts of the envoy [to end the strike]", "accused the board [and its
    allies]"): an infinitive or participle with no subject or conjunction of its own, not
    itself a cue, a coordinated noun, or the rest of a name split into two objects."""
    if left_edge(other) != end or doc[end].is_punct:
        return False
    if other.dep_ == "conj":
        return other.pos_ in ("NOUN", "PROPN", "PRON")
    # "mentions Maria Lopez": a name the parse split into two objects
    if other.dep_ == "obj" and other.pos_ == "PROPN" and doc[end - 1].pos_ == "PROPN":
        return True
    return (
        other.dep_ in ("advcl", "xcomp", "acl")
        and not any(
            c.dep_ in SUBJ_DEPS or (c.dep_ == "mark" and c.lower_ != "to") for c in other.children
        )
        and cue_lemma(other) not in all_cue_lemmas()
    )


def _names_a_thing(ctx: CueContext, content: Span) -> bool:
    """Whether the quotations in a content are all names: a few words in title case, with
    no finite verb ("the Ghost Bridge", "Silence Act"); not a judgment ("a reckless gamble")."""
    doc = ctx.doc
    pairs = ctx.quoted.pairs_near(content.start_char, content.end_char)
    if not pairs:
        return False
    # (in a sentence written in title case, a headline's, a name and a judgment look alike:
    # "Mayor Now Calling Rival The 'Worst Planner' In Town")
    outside = [
        t for t in ctx.cue.sent if t.is_alpha and not any(p.open < t.idx < p.close for p in pairs)
    ]
    if sum(t.text[0].isupper() for t in outside) >= _TITLE_SHARE * len(outside):
        return False
    # 'calling Ortiz "the Valley's Worst Neighbor"': a person so called is judged
    if any(
        c.dep_ in ("obj", "iobj") and (c.pos_ == "PROPN" or c.lower_ in PERSON_PRONOUNS)
        for c in ctx.cue.children
        if not any(p.open < c.idx < p.close for p in pairs)
    ):
        return False
    for p in pairs:
        inner = doc.char_span(p.open + 1, p.close, alignment_mode="expand")
        if inner is None:
            return False
        words = [t for t in inner if t.is_alpha]
        major = [t for t in words if t.lower_ not in MINOR_WORDS]
        if (
            not major
            or len(words) > _NAME_WORDS
            or not all(t.text[0].isupper() for t in major)
            or any(t.tag_ in FINITE_TAGS for t in inner)
        ):
            return False
    return True


def _named_as(ctx: CueContext) -> Span | None:
    """The "as" phrase of the cue that is a name in marks ("referred to X as "Dead Man's
    Corner""), or None."""
    for child in ctx.cue.children:
        if child.dep_ in ("obl", "advcl", "xcomp") and case_of(child) == "as":
            phrase = ctx.doc[left_edge(child) : right_edge(child) + 1]
            if _names_a_thing(ctx, phrase):
                return phrase
    return None


_NAME_WORDS = 6  # a name in marks is short: "the Riverton Loop", "Silence Act"
_TITLE_SHARE = 0.8  # of a sentence's words capitalized: written in title case


def _defines_a_term(cue: Token) -> bool:
    """'The concept of a "buffer zone" refers to ...': a definition, not a report."""
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
        and (c.dep_ in ("xcomp", "obj") or (c.dep_ == "obl" and case_of(c) == "as"))
        and not (has_infinitive_marker(c) and c.lemma_.lower() != "be")
        for c in cue.children
    )


def _not_done(verb: Token) -> bool:
    """Whether the verb is negated ("did not respond", "never commented") or what someone
    declined, refused or failed to do."""
    if any(c.dep_ == "advmod" and c.lower_ in ("not", "n't", "never") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATED_DOING


def _pointed_out(cue: Token) -> bool:
    """ "pointed out the progress he has made": with its particle, "point" takes what was
    said as its object (not so "pointed the finger at")."""
    return cue_lemma(cue) == "point" and any(
        c.dep_ == "compound:prt" and c.lower_ == "out" for c in cue.children
    )


def _leading_case(tok: Token) -> str:
    """The preposition a phrase opens with, hung on its head or, by a weak parse, on a word
    before the head ("called [for] increased defense spending": "for" hung on "defense")."""
    first = tok.doc[left_edge(tok)]
    if first.dep_ == "case" and first.i < tok.i:
        return first.lower_
    return case_of(tok)
