"""Topics: Doc + a quote and its attribution -> what the quote is about, as an editor would tag it.

A topic is always a whole noun phrase taken verbatim from the text, with offsets
(``text[start:end] == topic.text``): compounds, hyphenated words and names are kept whole, and it
is never a pronoun, a vague head ("a point", "the only thing") or the whole quote (unless the
quote is itself a short noun phrase). Candidates, from the strongest:

1. the phrase an attribution line or the cue names as the subject: "Lavrov on China's approach
   to Ukraine", "commented on the ruling", "said of the plan", "asked about the border";
2. the quote itself, when it is a short noun phrase ("praised the new budget");
3. the subject of the reported clause, then its objects and the other noun phrases inside the
   quote, ranked by how central their words are to the whole document (textacy's TextRank key
   terms) and how near the start of the quote they stand; the speaker's own name is passed over.

The best candidate is the topic; the next ones are its ``alternatives``. ``key`` is a normal form
that groups the same subject across quotes and documents ("the Iran deal" and "the nuclear deal
with Iran" -> "deal (iran)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quotekit.lexicon import (
    ABOUT_PREPOSITIONS,
    ALL_MARKS,
    CUE_ABOUT_PREPOSITIONS,
    PERSON_TITLES,
    PRONOUN_WORDS,
    TIME_WORDS,
    VAGUE_HEADS,
)
from quotekit.records import (
    Attribution,
    QuoteCandidate,
    Topic,
    TopicSpan,
    doc_text,
    input_text,
)
from quotekit.subtrees import left_edge, right_edge

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MAX_WORDS = 8
_NOMINAL = frozenset({"NOUN", "PROPN"})
# what a noun phrase holds to the left of its head
_LEFT_DEPS = frozenset(
    {"det", "det:poss", "det:predet", "nmod:poss", "amod", "compound", "nummod", "flat"}
)
# what it holds to the right: the rest of a name, and prepositional phrases ("approach to
# Ukraine", "the restoration of the borders")
_RIGHT_DEPS = frozenset(
    {"flat", "flat:name", "compound", "fixed", "nmod", "nmod:poss", "appos", "conj"}
)
_ALTERNATIVES = 2
# the weight of a candidate's source: the phrase the attribution names beats the quote's own
_SOURCE_WEIGHT = {
    "line": 4.0,  # the attribution line names the subject: "Lavrov on China's approach"
    "about": 3.0,  # so does the cue: "said of the plan"
    "whole": 2.5,  # the quote is itself a short noun phrase
    "argument": 1.0,  # a subject, object or oblique of the quote's main clause
    "np": 0.6,  # another noun phrase inside the quote
    "earlier": 0.0,  # the quote names its subject only by a pronoun: the nearest mention before
}
# what a noun that heads a phrase of its own hangs on
_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "ROOT", "conj", "xcomp", "ccomp"}
    | {"appos", "root", "dislocated", "obl:agent"}
)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent"})
_THING_BONUS = 0.3  # a common noun says what about more often than a name says who
_POSITION_COST = 0.3  # a phrase at the end of a long quote is less likely what it is about
_EARLIER_SENTENCES = 2
SALIENCE_WEIGHT = 1.0


class _Candidate(NamedTuple):
    span: Span
    source: str
    score: float


class Salience:
    """How central each word is to a document: the scores of its TextRank key terms."""

    def __init__(self, doc: Doc) -> None:
        self.words: dict[str, float] = {}
        try:
            from textacy.extract.keyterms.textrank import textrank

            terms = textrank(doc, normalize="lemma", topn=20)
        except Exception:  # a document textacy cannot rank has no key terms
            terms = []
        top = terms[0][1] if terms else 1.0
        for term, score in terms:
            for word in term.lower().split():
                self.words[word] = max(self.words.get(word, 0.0), score / top)

    def of(self, span: Span) -> float:
        words = [t.lemma_.lower() for t in span if t.pos_ in _NOMINAL]
        return max((self.words.get(w, 0.0) for w in words), default=0.0)


def extract_topic(
    doc: Doc,
    cand: QuoteCandidate,
    attribution: Attribution,
    salience: Salience | None = None,
) -> Topic | None:
    """What a quote is about: a noun phrase of the text with offsets, or None."""
    salience = salience or Salience(doc)
    ranked: list[_Candidate] = []
    for span, source, prior in _candidates(doc, cand, attribution):
        phrase = _clean(doc, span)
        if phrase is None or _refuse(phrase, cand, attribution):
            continue
        if any(
            c.span.start_char == phrase.start_char and c.span.end_char == phrase.end_char
            for c in ranked
        ):
            continue
        score = prior + SALIENCE_WEIGHT * salience.of(phrase)
        ranked.append(_Candidate(phrase, source, score))
    if not ranked:
        return None
    # the strongest source wins outright; the quote's own phrases compete on salience
    ranked.sort(key=lambda c: -c.score)
    best, rest = ranked[0], ranked[1 : 1 + _ALTERNATIVES]
    text = input_text(doc)
    return Topic(
        text[best.span.start_char : best.span.end_char],
        best.span.start_char,
        best.span.end_char,
        key=topic_key(best.span),
        alternatives=tuple(
            TopicSpan(text[c.span.start_char : c.span.end_char], c.span.start_char, c.span.end_char)
            for c in rest
        ),
    )


# --------------------------------------------------------------------------- candidates


def _candidates(
    doc: Doc, cand: QuoteCandidate, attribution: Attribution
) -> list[tuple[Span, str, float]]:
    """Noun phrases that may say what the quote is about, each with its source and its prior
    score (the source's weight, a common noun's bonus, the cost of standing late in the quote)."""
    out: list[tuple[Span, str, float]] = []
    if attribution.how == "line" and attribution.speaker is not None:
        head = _head_after_on(doc, attribution.speaker)
        if head is not None:
            out.append((_noun_phrase(head), "line", _SOURCE_WEIGHT["line"]))
    cue = attribution.cue
    if cue is not None:
        for child in cue.root.children:
            if (
                child.dep_ in ("obl", "nmod")
                and _case(child) in CUE_ABOUT_PREPOSITIONS
                and child.i > cue.root.i
                and not (cand.start <= child.idx < cand.end)
            ):
                out.append((_noun_phrase(child), "about", _SOURCE_WEIGHT["about"]))
    content = _content(doc, cand)
    if content is None:
        return out
    if _is_noun_phrase(content):
        out.append((content, "whole", _SOURCE_WEIGHT["whole"]))
    root = content.root
    for tok in content:
        if not _heads_a_phrase(tok):
            continue
        argument = tok.head.i == root.i and tok.dep_ in _ARGUMENT_DEPS
        source = "argument" if argument else "np"
        prior = _SOURCE_WEIGHT[source] + (_THING_BONUS if tok.pos_ == "NOUN" else 0.0)
        prior -= _POSITION_COST * (tok.i - content.start) / max(1, len(content))
        out.append((_noun_phrase(tok, within=content), source, prior))
    if not any(source in ("whole", "argument", "np") for _, source, _ in out):
        out.extend((span, "earlier", _SOURCE_WEIGHT["earlier"]) for span in _earlier(doc, content))
    return out


def _heads_a_phrase(tok: Token) -> bool:
    """A noun that heads a phrase of its own, or a number with what it counts ("22 of the
    emails")."""
    if tok.dep_ not in _PHRASE_DEPS:
        return False
    if tok.pos_ == "NUM":
        return any(c.dep_ == "nmod" and c.pos_ in _NOMINAL for c in tok.children)
    return tok.pos_ in _NOMINAL


def _earlier(doc: Doc, content: Span) -> list[Span]:
    """A quote that names its subject only by pronouns ("We have to stop him", "she does
    not"): the noun phrases of the sentences before it, nearest first."""
    # (stepping back sentence by sentence: a quote's cost does not grow with the document)
    sents: list[Span] = []
    k = content.sent.start
    while k > 0 and len(sents) < _EARLIER_SENTENCES:
        sents.append(doc[k - 1].sent)
        k = sents[-1].start
    out = []
    for sent in sents:
        for tok in reversed(sent):
            if tok.pos_ in _NOMINAL and tok.dep_ in _ARGUMENT_DEPS:
                out.append(_noun_phrase(tok))
    return out


def _content(doc: Doc, cand: QuoteCandidate) -> Span | None:
    """The quote's first piece, without its quotation marks and its leading "that"."""
    start, end = cand.fragments[0] if cand.fragments else (cand.start, cand.end)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    s, e = span.start, span.end
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ == "that"):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return doc[s:e] if e > s else None


def _is_noun_phrase(span: Span) -> bool:
    """A short quote that is itself a noun phrase: "the new budget", "a waste of money"."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not (0 < len(words) <= _MAX_WORDS and span.root.pos_ in _NOMINAL):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    # one phrase, not a name and what it is called ('the show "the best show in town"')
    return not any(
        c.dep_ in ("obj", "xcomp", "appos", "parataxis", "dep") for c in span.root.children
    )


def _head_after_on(doc: Doc, speaker: Span) -> Token | None:
    """'Lavrov on China's approach to Ukraine': the head of what follows "on" in the line."""
    text = doc_text(doc)
    line_end = text.find("\n", speaker.end_char)
    line_end = len(text) if line_end == -1 else line_end
    rest = doc.char_span(speaker.end_char, line_end, alignment_mode="expand")
    if rest is None:
        return None
    words = [t for t in rest if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in ABOUT_PREPOSITIONS:
        return None
    phrase = doc[words[1].i : words[-1].i + 1]
    nominal = [
        t for t in phrase if t.pos_ in _NOMINAL and not phrase.start <= t.head.i < phrase.end
    ]
    return nominal[0] if nominal else (phrase.root if phrase.root.pos_ in _NOMINAL else None)


def _case(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ == "case" and c.i < tok.i:
            return c.lower_
    return ""


# --------------------------------------------------------------------------- phrases


def _noun_phrase(head: Token, within: Span | None = None) -> Span:
    """The noun phrase of ``head``: its modifiers to the left, the rest of its name and its
    prepositional phrases to the right, contiguous, at most a few words, inside ``within``."""
    doc = head.doc
    lo, hi = (within.start, within.end) if within is not None else (head.sent.start, head.sent.end)
    start = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and left_edge(child) >= lo:
            start = min(start, left_edge(child))
    end = head.i + 1
    for child in head.rights:
        if left_edge(child) != end or child.dep_ not in _RIGHT_DEPS or right_edge(child) >= hi:
            break
        if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in child.subtree):
            break
        if _words(doc[start : right_edge(child) + 1]) > _MAX_WORDS:
            break
        end = right_edge(child) + 1
    # a preposition, a conjunction or a verb the parse hung there does not open a phrase
    while start < head.i and (
        (doc[start].dep_ in ("case", "cc") and doc[start].head.i == head.i)
        or doc[start].pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT")
    ):
        start += 1
    while _words(doc[start:end]) > _MAX_WORDS and start < head.i:
        start += 1
    return doc[start:end]


def _words(span: Span) -> int:
    """Words as a reader counts them: "post-Soviet" and "Ukraine's" are one each."""
    return len(span.text.split())


def _clean(doc: Doc, span: Span) -> Span | None:
    """The phrase without quotation marks or punctuation at its ends, grown to whole words
    where the tokenizer split one ("head-to-head"); None when nothing is left."""
    s, e = span.start, span.end
    while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].text in ALL_MARKS):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].text in ALL_MARKS):
        e -= 1
    if e <= s:
        return None
    # a quotation mark inside the phrase is closed in it: 'an "anti-Russian bridgehead"'
    marks = [t.i for t in doc[s:e] if t.text in ALL_MARKS]
    if len(marks) % 2:
        if e < len(doc) and doc[e].text in ALL_MARKS:
            e += 1
        else:
            s = marks[-1] + 1
            if e <= s:
                return None
    # a word the tokenizer split at a hyphen or an apostrophe stays whole
    while s > 0 and not doc[s - 1].whitespace_ and not doc[s - 1].is_space and _glued(doc[s - 1]):
        s -= 1
    while e < len(doc) and not doc[e - 1].whitespace_ and _glued(doc[e]):
        e += 1
    return doc[s:e]


def _glued(tok: Token) -> bool:
    """A piece of a word written without spaces: "-", "to" in "head-to-head", "'s"."""
    return (
        not tok.is_space
        and tok.text not in ALL_MARKS
        and tok.text not in (",", ".", ";", ":", "!", "?", ")", "(")
    )


def _refuse(phrase: Span, cand: QuoteCandidate, attribution: Attribution) -> bool:
    """A pronoun, a vague head, a time or a number, or the speaker's own name."""
    head = phrase.root
    words = [t.lower_ for t in phrase if not (t.is_punct or t.is_space)]
    if not words or head.pos_ not in (*_NOMINAL, "NUM") or all(w in PRONOUN_WORDS for w in words):
        return True
    if head.lemma_.lower() in VAGUE_HEADS or head.lemma_.lower() in TIME_WORDS:
        return True
    speaker = attribution.speaker
    if speaker is not None and (
        speaker.start <= head.i < speaker.end
        or (head.pos_ == "PROPN" and head.lower_ in {t.lower_ for t in speaker})
    ):
        return True
    return False


# --------------------------------------------------------------------------- keys


def topic_key(span: Span) -> str:
    """A normal form of a topic that groups the same subject: the head noun's lemma with the
    compound nouns before it, then the names in the phrase ("the Iran deal", "the nuclear deal
    with Iran" -> "deal (iran)"); for a name, the name without titles ("Mr. Lavrov" ->
    "lavrov")."""
    head = span.root
    if head.pos_ == "PROPN":
        return " ".join(_name_words(span, head))
    nouns = [
        t.lemma_.lower()
        for t in span
        if t.head.i == head.i
        and t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and (t.i == span.start or t.doc[t.i - 1].whitespace_)  # not "post" of "post-Soviet"
    ]
    names = sorted(
        {
            " ".join(_name_words(span, t))
            for t in span
            if t.pos_ == "PROPN"
            and t.dep_ not in ("flat", "flat:name")
            and not (t.dep_ == "compound" and t.head.pos_ == "PROPN")
        }
    )
    base = " ".join([*nouns, head.lemma_.lower()])
    return f"{base} ({', '.join(names)})" if names else base


def _name_words(span: Span, head: Token) -> list[str]:
    """The words of the name a proper noun heads, lowercased, without titles."""
    words = [
        t
        for t in span
        if t.i == head.i
        or (
            t.head.i == head.i and t.dep_ in ("flat", "flat:name", "compound") and t.pos_ == "PROPN"
        )
    ]
    out = [t.lower_.rstrip(".") for t in words if t.lower_.rstrip(".") not in PERSON_TITLES]
    return out or [head.lower_]
