"""Syntax: small UD patterns that the rule stages (cues, contents, speakers, resolution) read
the same way.

Like the lexicon, this module is shared knowledge about English, not a stage: it imports nothing
of quotekit's but the lexicon, so that no stage imports another.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotekit.cue_lexicon import ADDRESSEE_CUES, TELLING_CUES, cue_lemma
from quotekit.lexicon import (
    ALL_MARKS,
    NOMINAL_POS,
    QUESTION_OPENERS_BEFORE_ASKED,
    RELATIVE_WORDS,
    SUBJ_DEPS,
    TIME_WORDS,
    TITLES_BEFORE_NAME,
    is_quote_mark,
)
from quotekit.subtrees import left_edge, right_edge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Penn tags of a finite verb or modal
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the parts of speech of a short noun phrase ("the Russian Foreign Minister", "Mr. Lund's")
PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON", "PART"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "obj"})


def comma_before(doc: Doc, cue: Token) -> int | None:
    """Where the content before an inverted attribution ends (exclusive): at the comma or dash
    right before the cue, or after the closing quotation mark ('...," says'); else None."""
    k = cue.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].text in (",", "\u2014"):
        return k
    if k >= 0 and doc[k].text in ALL_MARKS:
        return k + 1
    return None


def inverted_attribution(doc: Doc, cue: Token) -> Token | None:
    """The speaker of an attribution in inverted order (", says Nora Bexley", '," said the
    minister'): the noun right after a cue that follows a comma or a closing quotation mark
    and has no complement of its own to its right; else None."""
    if comma_before(doc, cue) is None:
        return None
    # ", told reporters": the noun after a telling cue is the one told
    if cue.lemma_.lower() in TELLING_CUES:
        return None
    if any(
        c.dep_ in _COMPLEMENTS
        and c.i > cue.i
        and c.pos_ in ("VERB", "AUX", "ADJ")
        and not misread_relative(doc, c)
        for c in cue.children
    ):
        return None  # "..., said the vote was delayed": the cue has its own content
    for tok in doc[cue.i + 1 : cue.i + 4]:
        if tok.pos_ in ("PROPN", "NOUN"):
            head = tok
            while (
                head.head.i != head.i
                and head.i < head.head.i <= cue.i + 5
                and head.head.pos_ in ("PROPN", "NOUN")
            ):
                head = head.head
            # only punctuation, or an apposition after a comma, may follow the speaker
            nxt = right_edge(head) + 1
            if nxt < len(doc) and not (doc[nxt].is_punct or doc[nxt].is_space):
                return None
            return head
        if tok.pos_ not in ("DET", "ADJ") and tok.lower_.rstrip(".") not in TITLES_BEFORE_NAME:
            return None
    return None


def parenthetical_frame(doc: Doc, verb: Token) -> tuple[Token, int] | None:
    """'The festival, Mr. Lund said, honored ...', 'Soil erosion, Mr. Ferreira often says
    in lectures, is ...': a cue with a comma after it (past a few words of time or place) and,
    before it, a short noun phrase set off by a comma. Returns the phrase's head word (the
    speaker, whatever the parse made of it) and the index of the comma before the phrase."""
    after = _after_cue(doc, verb)
    if after is None or doc[after].text != ",":
        return None
    return _phrase_before(doc, verb)


def closing_frame(
    doc: Doc, verb: Token, *, after_quotation: bool = False
) -> tuple[Token, int] | None:
    """'..., her top aide, Lena Vos, told the Herald.', '..., a source close to him
    said.': like ``parenthetical_frame``, for a cue whose phrase ends the sentence (with
    ``after_quotation``, also a phrase right after a quotation closed by a comma: '"...,"
    Nina Okoro, a top adviser, said')."""
    after = _after_cue(doc, verb)
    if after is None or doc[after].text not in (".", "!", "?"):
        return None
    return _phrase_before(doc, verb, after_quotation=after_quotation)


def _after_cue(doc: Doc, verb: Token) -> int | None:
    """The punctuation that ends a cue's phrase, past a few words of time, place or
    addressee ("said in a statement,", "told the Herald.")."""
    k = verb.i + 1
    while k < min(len(doc), verb.i + 9):
        tok = doc[k]
        if tok.text in (",", ".", "!", "?"):
            return k
        if tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or tok.is_punct or tok.lower_ == "that":
            return None
        # "attacked the mayor, ...", "called Ortiz, his rival, ...": an object is what the
        # cue is about, not a frame around someone's words (but "told reporters," is)
        if (
            tok.dep_ == "obj"
            and tok.head.i == verb.i
            and verb.lemma_.lower() not in ADDRESSEE_CUES
            and tok.lemma_.lower() not in TIME_WORDS
        ):
            return None
        k += 1
    return None


def _phrase_before(
    doc: Doc, verb: Token, *, after_quotation: bool = False
) -> tuple[Token, int] | None:
    """A short noun phrase right before a cue, set off by a comma (or a dash): its head, and
    the comma; an apposition before it belongs to it ("her top aide, Lena Vos, told"). With
    ``after_quotation``, a quotation closed by a comma opens the phrase, and a name before an
    apposition is its head ('"...," Nina Okoro, a top adviser, said')."""
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX", "PART") and doc[k].lower_ != "'s":
        k -= 1  # "Mr. Ferreira often says", "he has said"
    if k > 0 and doc[k].text == ",":
        k -= 1  # the comma that closes an apposition: "her top aide, Lena Vos, told"
    end = k + 1
    found = None
    while k >= max(0, end - 8):
        tok = doc[k]
        closed = after_quotation and mark_after_comma(doc, k)
        if tok.text in (",", "\u2014") or closed:
            phrase = _phrase_head(doc[k + 1 : end], k)
            if phrase is None:
                return found
            if found is None:
                found = phrase
            elif after_quotation and phrase[0].pos_ == "PROPN" and found[0].pos_ != "PROPN":
                found = phrase
            else:
                found = (found[0], k)  # the apposition's comma opens the phrase
            if closed:
                return found
            end = k
            k -= 1
            continue
        if (
            tok.pos_ not in PHRASE_POS
            and tok.pos_ != "ADP"
            and not (tok.is_punct and tok.text == ".")
        ):
            return found
        k -= 1
    return found


def _phrase_head(words: Span, comma: int) -> tuple[Token, int] | None:
    """The head of a short noun phrase: its last noun before any preposition ("aides to
    Mr. Ferreira" -> aides)."""
    if not len(words):
        return None
    nouns = []
    for tok in words:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in NOMINAL_POS and tok.lower_ not in RELATIVE_WORDS:
            nouns.append(tok)
    if not nouns:
        return None
    # the word the parse hangs outside the phrase ("Lena" of "Lena Vos"), else the last noun
    outside = [t for t in nouns if not (words.start <= t.head.i < words.end) or t.head.i == t.i]
    return (outside[0] if outside else nouns[-1]), comma


def mark_after_comma(doc: Doc, k: int) -> bool:
    """Whether the token at k is a quotation mark right after a comma: the close of a quotation
    that American style ends with the comma inside ('"... a decade ago," adding')."""
    return 0 < k < len(doc) and is_quote_mark(doc[k].text) and doc[k - 1].text == ","


def hyphen_joins(doc: Doc, k: int) -> bool:
    """Whether the token at k is a hyphen inside a word the tokenizer split ("Lopez-Vidal",
    "Jean-Marc")."""
    return (
        0 < k < len(doc) - 1
        and doc[k].text == "-"
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
    )


def parenthetical_subject(doc: Doc, verb: Token) -> Token | None:
    """The speaker of a cue set off by commas (``parenthetical_frame``, ``closing_frame``)."""
    frame = parenthetical_frame(doc, verb)
    if frame is None:
        # '"...," Nina Okoro, a top adviser, said', where the parse gave the cue no subject:
        # the name after the quotation
        own = any(c.dep_ in SUBJ_DEPS for c in verb.children)
        frame = closing_frame(doc, verb, after_quotation=not own)
    return frame[0] if frame is not None else None


def is_passive(verb: Token) -> bool:
    """A passive verb ("was told", "is said"): its subject is no source of what it reports."""
    return any(c.dep_ == "aux:pass" for c in verb.children)


def misread_relative(doc: Doc, tok: Token) -> bool:
    """A relative clause the parse hung on a cue as its complement: '..., said DeSantis, who
    was elected in 2012' (its subject is "who" or "which", after a comma)."""
    return after_comma(doc, tok) is not None and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("who", "which") for c in tok.children
    )


def after_comma(doc: Doc, tok: Token) -> int | None:
    """The index of the comma right before the phrase a word heads (the comma may hang on the
    word itself), or None."""
    left = left_edge(tok)
    while left < tok.i and doc[left].is_punct:
        left += 1
    return left - 1 if left > 0 and doc[left - 1].text == "," else None


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: "was criticized [by the minister]"."""
    for child in verb.rights:
        by = any(c.dep_ == "case" and c.lower_ == "by" for c in child.children)
        if child.dep_ == "obl:agent" or (child.dep_ == "obl" and by):
            return child
    return None


def word_count(span: Span) -> int:
    """Words in a span, leaving out punctuation, spaces and quotation marks."""
    return sum(1 for t in span if not t.is_punct and not t.is_space and t.text not in ALL_MARKS)


def is_cue_verb(tok: Token, lemmas: frozenset[str]) -> bool:
    """Whether a word is a verb whose lemma is one of the cue lemmas."""
    if cue_lemma(tok) not in lemmas:
        return False
    if tok.pos_ == "VERB" or tok.tag_.startswith("VB"):
        return True
    # "Ortiz notes/NOUN they were appointed": a verb the tagger took for a noun still has a
    # subject and a clause of its own
    return (
        tok.pos_ in ("NOUN", "PROPN", "ADJ")
        and any(c.dep_ in SUBJ_DEPS for c in tok.children)
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


def cue_span(tok: Token) -> Span:
    """The cue word with its particle ("pointed out", "called for" keeps only the verb)."""
    doc = tok.doc
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "compound:prt" and child.i == end:
            end = child.i + 1
    return doc[tok.i : end]


def breaks_line(tokens: Span) -> bool:
    """Whether a line break stands among these tokens or right after one of them."""
    return any("\n" in t.text_with_ws for t in tokens)


def cue_words_before_that(words: Span) -> bool:
    """Whether the words between a cue and the "that" of its clause can all be the cue's (a
    time, a place, an addressee: 'said Friday that ...'): no subject, copula or verb among
    them ('said the problem is that ...')."""
    return not any(t.dep_ in SUBJ_DEPS or t.dep_ == "cop" or t.pos_ == "VERB" for t in words)


def trim(doc: Doc, start: int, end: int, *, min_tokens: int = 2) -> Span | None:
    """Strip spaces and punctuation at both ends; None when fewer than ``min_tokens`` remain."""
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and doc[start].text not in ALL_MARKS)
    ):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or (
            doc[end - 1].is_punct
            and doc[end - 1].text not in ALL_MARKS
            and doc[end - 1].text not in ".?!"
        )
    ):
        end -= 1
    if end - start < min_tokens:
        return None
    return doc[start:end]


def has_infinitive_marker(tok: Token) -> bool:
    """Whether "to" marks the word as an infinitive: "vowed [to] oppose"."""
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children)


def asks_if_or_whether(tok: Token) -> bool:
    """Whether the clause the word heads opens with "if" or "whether": a yes-no question."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children)


def put_to_someone(cue: Token) -> bool:
    """A passive "asked" ("Clinton was asked about ..."), or one with no subject or auxiliary
    that opens its sentence or follows "when" ("Asked if ...", "when asked whether ...")."""
    if is_passive(cue):
        return True
    if any(c.dep_ in SUBJ_DEPS or c.dep_.startswith("aux") for c in cue.children):
        return False
    doc = cue.doc
    before = doc[cue.i - 1] if cue.i > cue.sent.start else None
    return cue.tag_ in ("VBN", "VBD") and (
        before is None or before.is_punct or before.lower_ in QUESTION_OPENERS_BEFORE_ASKED
    )


def case_of(tok: Token) -> str:
    """The preposition or marker a phrase's head carries before it ("on" of "on the plan")."""
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.i < tok.i:
            return c.lower_
    return ""


def bare_time(tok: Token) -> bool:
    """A time word standing alone ("reported Friday", "talked about today")."""
    words = [t for t in tok.subtree if not (t.is_punct or t.dep_ == "case")]
    return len(words) == 1 and tok.lemma_.lower() in TIME_WORDS


# tokens: the longest sentence read as a quotation's attribution ("said Sen. John Smith, D-Mass.")
ATTRIBUTION_SENTENCE = 12


def closed_by(doc: Doc, s: int, e: int) -> str:
    """The punctuation just inside the closing mark of the quotation at tokens [s, e):
    '"We will respond," he said' -> ","."""
    return doc[e - 2].text if e - s > 2 else ""


_QUESTION_DOT_LINE = re.compile(r"(?m)^[ \t]*Q\.[ \t]")


def answer_label(doc: Doc, tok: Token) -> Span | None:
    """The label "A." opening an interview's answer line (one token, or "A" and "."), when
    the document has "Q." question lines; the token is the label's last."""
    if tok.text == "A.":
        label = doc[tok.i : tok.i + 1]
    elif tok.text == "." and tok.i > 0 and doc[tok.i - 1].text == "A":
        label = doc[tok.i - 1 : tok.i + 1]
    else:
        return None
    from quotekit.records import doc_text  # (records reads this module)

    text = doc_text(doc)
    start = label.start_char
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return None  # not at the start of its line
    return label if _QUESTION_DOT_LINE.search(text, 0, start) else None


_RELATIVE_REACH = 4  # heads up from an "and who" clause to the clause it is joined to


def last_main_subject(subjects: list[Token]) -> Token | None:
    """The subject of the last main clause of a sentence ("Ann waited, but Tom spoke": Tom),
    where no subordinate clause after it has a subject of its own ("Ann grew so fast that
    Mary stared": none)."""
    found = None
    for tok in subjects:
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if verb.head.i == verb.i or verb.dep_ == "root":
            found = tok
        elif found is None or tok.i > found.i:
            return None
    return found


def first_relative(pronoun: Token) -> Token:
    """The relative pronoun of the clause an "and who" clause is joined to ("Ann, who sat
    there, and who said"), found up the heads of its verb; else the pronoun itself."""
    if pronoun.head.dep_ != "conj" or pronoun.i < 1 or pronoun.doc[pronoun.i - 1].lower_ != "and":
        return pronoun
    for head in list(pronoun.head.ancestors)[:_RELATIVE_REACH]:
        for c in head.children:
            if c.lower_ == pronoun.lower_ and c.i < pronoun.i:
                return c
    return pronoun


def noun_before_relative(pronoun: Token) -> Token | None:
    """The name or noun right before a relative pronoun and its comma or dash ("Mei Lin, who",
    "Mei Lin--who")."""
    doc = pronoun.doc
    k = pronoun.i - 1
    if k < 1 or doc[k].text not in (",", "--", "\u2014"):
        return None
    noun = doc[k - 1]
    # "Senator Ana Reyes of Ohio, who": the place names the senator (not "a word from Ann,
    # who", where Ann is no place)
    if noun.head.pos_ == "PROPN" and any(
        c.dep_ == "case" and c.lower_ in ("of", "from") for c in noun.children
    ):
        noun = noun.head
    return noun if noun.pos_ in ("PROPN", "NOUN") else None
