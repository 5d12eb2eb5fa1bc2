"""Source finding without a cue: the layout of the text says who speaks.

A quotation is attributed by a verb of saying just after it that the quote rules could not link,
a colon ("Lavrov: ..."), a dash ("— Sergei Lavrov"), an attribution line after a pull quote
("Lavrov on China's approach to Ukraine"), or, for a quoted paragraph that follows an attributed
quotation, by inheritance (a floating quote).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotekit.cue_lexicon import SAYING_CLASSES, load_cue_class, quotation_cue_lemmas, verb_lemma
from quotekit.lexicon import ALL_MARKS, DASHES
from quotekit.records import Attribution, QuoteCandidate, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from quotekit.speakers.cue import expand_speaker, speaker_of_cue


def attribute_without_cue(
    doc: Doc, cand: QuoteCandidate, previous: Sequence[tuple[QuoteCandidate, Attribution]]
) -> Attribution:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return Attribution(None, None, "none")
    # a verb of saying just after the quotation (its first piece, when it goes on after its
    # attribution) that the quote rule could not link (the parser ended the sentence at the
    # closing mark, or a long name stands between): '"...," said Marta Quiroga, who heads ...',
    # '"...," Dale Porter, the county attorney, said'
    first = doc.char_span(*cand.fragments[0], alignment_mode="expand") if cand.fragments else span
    cue = _speech_verb_after(doc, (first or span).end)
    if cue is not None:
        head = speaker_of_cue(cue, cand)
        if head is not None:
            return Attribution(expand_speaker(head), doc[cue.i : cue.i + 1], "cue-after")
    # colon introduction: 'Lavrov: "..."'; 'Then Cecil said with great emotion:' and 'Mrs
    # Smith, sighing over it, said--' before a quoted paragraph are the verb's
    before = _prev_word(doc, span.start)
    verb = _speech_verb_before(doc, before, span.start) if before is not None else None
    if verb is not None and before is not None:
        head = speaker_of_cue(verb, cand)
        if head is not None:
            return Attribution(expand_speaker(head), doc[verb.i : verb.i + 1], "colon")
    if before is not None and before.text == ":":
        head = _nominal_before(doc, before.i)
        if head is not None:
            return Attribution(expand_speaker(head), doc[before.i : before.i + 1], "colon")
    # '"...," was Lucy's reply.', 'Emma's remark was-- "..."'
    owner = _owner_of_words(doc, first or span, span)
    if owner is not None:
        return Attribution(expand_speaker(owner[0]), doc[owner[1] : owner[1] + 1], "cue")
    # dash attribution right after the quotation: '"..." — Sergei Lavrov'
    after = _next_word(doc, span.end)
    if after is not None and after.text in DASHES:
        head = _nominal_after(doc, after.i + 1, limit=4)
        if head is not None:
            return Attribution(expand_speaker(head), doc[after.i : after.i + 1], "dash")
    # pull quote and attribution line: a short verbless paragraph starting with a name
    line = _attribution_line(doc, span)
    if line is not None:
        return Attribution(expand_speaker(line), None, "line")
    # floating quote: a quoted paragraph right after an attributed quotation inherits it
    for prev, attr in reversed(previous[-20:]):  # the nearest quotes only
        if attr.speaker is None or prev.kind != "direct":
            continue
        if _paragraphs_between(doc_text(doc), prev.end, cand.start) <= 1:
            return Attribution(attr.speaker, attr.cue, "floating")
        break
    return Attribution(None, None, "none")


def _speech_verb_after(doc: Doc, i: int) -> Token | None:
    """The verb of saying after a quotation that ends at token i, past its speaker, the
    speaker's apposition and a relative clause set off by commas ('"...," an aide, who
    was not authorized to comment, told reporters.')."""
    speech = quotation_cue_lemmas(SAYING_CLASSES)
    relative = False
    for tok in doc[i : i + _SPEAKER_WINDOW]:
        if tok.is_space and "\n" in tok.text:
            return None
        if tok.text in (".", "!", "?", ";") or tok.text in ALL_MARKS:
            return None
        if tok.text == ",":
            relative = False
            continue
        if tok.lower_ in ("who", "which") and tok.i > 0 and doc[tok.i - 1].text == ",":
            relative = True
        if relative:
            continue
        if tok.pos_ in ("VERB", "AUX"):
            return tok if verb_lemma(tok.text, tok.lemma_, speech) in speech else None
    return None


def _speech_verb_before(doc: Doc, mark: Token, start: int) -> Token | None:
    """The verb of saying of the clause a colon or a dash closes before a quotation ('Cecil
    said with great emotion:', 'she said--'), or a comma that ends its paragraph ('Emma
    smilingly said,'), within a few words of it."""
    ends_line = "\n" in doc.text[mark.idx : doc[start].idx]
    if mark.text != ":" and mark.text not in DASHES and not (mark.text == "," and ends_line):
        return None
    speech = quotation_cue_lemmas(SAYING_CLASSES)
    for k in range(mark.i - 1, max(mark.sent.start, mark.i - _VERB_WINDOW) - 1, -1):
        tok = doc[k]
        if tok.text in (".", "!", "?", ";", ",") or tok.text in ALL_MARKS:
            return None
        if tok.pos_ == "VERB" and verb_lemma(tok.text, tok.lemma_, speech) in speech:
            return tok
    return None


def _owner_of_words(doc: Doc, first: Span, span: Span) -> tuple[Token, int] | None:
    """The person whose words a possessive names beside a quotation: 'was Lucy's reply' after
    it, 'Emma's remark was--' before it; with the index of the noun of saying."""
    k = first.end
    limit = min(len(doc), k + _MARKS_BETWEEN)
    while k < limit and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in ".!?":
        k += 1
    if k + 3 < len(doc) and doc[k].lower_ in ("was", "were"):
        noun = _possessed_noun(doc, k + 1)
        if noun is not None:
            return noun
    if k + 4 < len(doc) and doc[k].lemma_ in _FROM_LIPS and doc[k + 1].lower_ == "from":
        # '"...!" came from Tom's thin lips.'
        lips = _possessed_noun(doc, k + 2, _MOUTH)
        if lips is not None:
            return lips[0], k
    k = span.start - 1
    limit = max(0, k - _MARKS_BETWEEN)
    while k > limit and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in ".!?":
        k -= 1
    if k > 2 and doc[k].lower_ in ("was", "were"):
        if doc[k - 1].lower_ in ("'s", "’s"):
            # ('Tom's remark was-- "..." Ann's was-- "..."': the noun left out)
            return (doc[k - 2], k) if doc[k - 2].pos_ == "PROPN" else None
        # ('Ann's only comment when she heard it was, "..."': a clause after the noun)
        n = next(
            (n for n in range(k - 1, max(0, k - _CLAUSE_BETWEEN), -1) if _saying_noun(doc[n])),
            None,
        )
        if n is None or any(t.is_punct for t in doc[n:k]):
            return None
        j = n - 1
        while j > max(0, n - _MARKS_BETWEEN) and _modifier(doc[j]):
            j -= 1
        if doc[j].lower_ in ("'s", "’s"):
            owner = doc[j - 1]
            return (owner, n) if owner.pos_ == "PROPN" else None
    return None


def _possessed_noun(
    doc: Doc, k: int, nouns: frozenset[str] | None = None
) -> tuple[Token, int] | None:
    """'Lucy's reply', 'Mrs Smith's answer' from token k: the owner's name and the noun (a
    noun of saying, or one of ``nouns``)."""
    j = k
    while j < min(len(doc), k + _MARKS_BETWEEN) and doc[j].pos_ == "PROPN":
        j += 1
    if j == k or j + 1 >= len(doc) or doc[j].lower_ not in ("'s", "’s") and doc[j].tag_ != "POS":
        return None
    n = j + 1
    while n < min(len(doc), j + _MARKS_BETWEEN) and _modifier(doc[n]):
        n += 1
    if n >= len(doc) or not (_saying_noun(doc[n]) if nouns is None else doc[n].lower_ in nouns):
        return None
    return doc[j - 1], n


def _modifier(tok: Token) -> bool:
    """An adjective before a noun of saying ("amiable", which the parse may take for a noun
    of a compound: "Marilla's amiable rejoinder")."""
    return tok.pos_ == "ADJ" or tok.dep_ in ("amod", "compound") and not _saying_noun(tok)


def _saying_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in _SAYING_NOUNS or tok.lemma_.lower() in load_cue_class("nominal")


_MARKS_BETWEEN = 5  # tokens: marks and dashes between a quotation and "was Lucy's reply"
_SAYING_NOUNS = frozenset(
    "reply answer response retort rejoinder language words exclamation cry observation "
    "declaration greeting advice verdict reproach".split()
)
# a quotation that "came from" or "broke from" someone's lips
_FROM_LIPS = frozenset({"come", "break", "burst", "escape", "fall"})
_MOUTH = frozenset({"lips", "lip", "mouth", "tongue"})
_CLAUSE_BETWEEN = 10  # tokens: 'comment when she heard the story was'
_VERB_WINDOW = 8  # tokens: 'said with lips which quivered with anger:'
_SPEAKER_WINDOW = 25  # tokens: '"...," Ana Lopez-Vidal, a budget adviser to ..., wrote'


def _prev_word(doc: Doc, i: int) -> Token | None:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _nominal_before(doc: Doc, i: int) -> Token | None:
    sent = doc[i].sent
    for k in range(i - 1, max(sent.start, i - 6) - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            # the head of the name the colon follows
            while tok.dep_ in ("flat", "compound") and tok.head.i < i and tok.head.i != tok.i:
                tok = tok.head
            return tok
        if tok.is_space or tok.text in "\n":
            break
    return None


def _nominal_after(doc: Doc, i: int, *, limit: int) -> Token | None:
    for tok in doc[i : i + limit]:
        if tok.is_space and "\n" in tok.text:
            return None
        if tok.pos_ in ("PROPN", "NOUN"):
            # climb from a first name to the head of the name
            head = tok
            while head.dep_ in ("flat", "compound") and head.head.i > head.i:
                head = head.head
            return head
    return None


def _attribution_line(doc: Doc, span: Span) -> Token | None:
    """The name that opens a short line right after a quotation standing on its own."""
    text = doc_text(doc)
    para_end = text.find("\n", span.end_char)
    if para_end == -1 or text[span.end_char : para_end].strip():
        return None  # the quotation does not end its paragraph
    line_start = para_end
    while line_start < len(text) and text[line_start].isspace():
        line_start += 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end == -1 else line_end
    line = doc.char_span(line_start, line_end, alignment_mode="expand")
    if line is None or not 1 <= len(line) <= 12:
        return None
    if any(t.pos_ == "VERB" and t.dep_ == "ROOT" for t in line) and line[0].text not in DASHES:
        return None
    if line[0].lower_ in _DIVISIONS:
        return None  # a heading: "Book II", "Chapter 3"
    for tok in line[:4]:
        if tok.pos_ == "PROPN":
            head = tok
            while (
                head.dep_ in ("flat", "compound")
                and line.start <= head.head.i < line.end
                and head.head.i > head.i
            ):
                head = head.head
            return head
        if tok.text not in DASHES:
            return None
    return None


_DIVISIONS = frozenset("book chapter part volume act scene section canto".split())


def _paragraphs_between(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (runs of line breaks) lie between two offsets."""
    if end <= start:
        return 0
    return len(_BREAKS.findall(text, start, end))


_BREAKS = re.compile(r"\n\s*")
