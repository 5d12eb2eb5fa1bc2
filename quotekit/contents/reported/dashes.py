"""Dashes: an attribution set off from its content by a dash, after it or before it.

After: '"We had no warning" - that is how one supplier, Marco Bellini, described it', 'Prices
will rise - that was the message from economist Lena Park', '"..." - those were the words of
the mayor'. Before: 'Union boss Tom Price put it bluntly - "We will not give in."', 'The message
from the union was clear - no plant closes'. The words on the other side of the dash are the
content, the source is the one who described, put or sent it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quotekit.contents.reported.context import reported
from quotekit.cue_lexicon import all_cue_lemmas, cue_lemma, has_property, load_cue_class
from quotekit.lexicon import ALL_MARKS, DASH_FRAME_NOUNS, DEMONSTRATIVES, TIME_WORDS
from quotekit.records import QuoteCandidate, QuotedText
from quotekit.syntax import trim, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
_MIN_WORDS = 3  # a content of fewer words is no report: '"Never" - that is how ...'
_SOURCE_CASES = frozenset({"from", "of", "by"})
# verbs that hand over what is said: "had a blunt message", "sent a clear warning"
_HANDING_VERBS = frozenset({"have", "deliver", "send", "give", "offer", "issue"})


class DashFrame(NamedTuple):
    """An attribution across a dash: its cue, its source's head word, and the attribution's
    own words (token start, end), which report nothing themselves."""

    cue: Token
    source: Token
    start: int
    end: int


def dash_attributions(doc: Doc, quoted: QuotedText) -> list[tuple[DashFrame, QuoteCandidate]]:
    """The attributions across a dash in a document, each with its candidate."""
    out = []
    for tok in doc:
        if not _is_dash(doc, tok) or quoted.inside_any(tok):
            continue
        frame = _attribution_after(doc, tok)
        content = _content_before(doc, tok, quoted) if frame is not None else None
        if frame is None:
            frame = _attribution_before(doc, tok)
            content = _content_after(doc, tok, quoted) if frame is not None else None
        if frame is None or content is None or word_count(content) < _MIN_WORDS:
            continue
        cue = doc[frame.cue.i : frame.cue.i + 1]
        cand = reported(doc, content, cue, "dash-attribution", quoted)
        out.append((frame, cand._replace(subject=frame.source)))
    return out


def _is_dash(doc: Doc, tok: Token) -> bool:
    # (a hyphen between words is none: "job-loss")
    return tok.text in _DASHES and (
        tok.text != "-"
        or (tok.i > 0 and bool(doc[tok.i - 1].whitespace_) and bool(tok.whitespace_))
    )


# --------------------------------------------------------------------------- after the content


def _attribution_after(doc: Doc, dash: Token) -> DashFrame | None:
    """'- that is how X described it', '- that was the message from X', '- those were the
    words of X', '- that is what X told reporters': a demonstrative and "be" right after the
    dash, standing for what came before it."""
    end = _sentence_end(doc, dash)
    words = [t for t in doc[dash.i + 1 : end] if not t.is_space]
    if len(words) >= 3 and words[0].lower_ == "so" and _cue_verb(words[1]):
        # "- so said Mayor Rita Gomez"
        source = _source_head(words[2:])
        return DashFrame(words[1], source, dash.i, end) if source is not None else None
    if len(words) < 4 or words[0].lower_ not in DEMONSTRATIVES | {"such"}:
        return None
    if words[1].lemma_.lower() != "be":
        return None
    if words[2].lower_ in ("how", "what"):
        return _how_someone_said_it(words[3:], dash.i, end)
    return _the_words_of_someone(words[2:], dash.i, end)


def _how_someone_said_it(words: list[Token], start: int, end: int) -> DashFrame | None:
    """'how one supplier, Marco Bellini, described it': the first verb is the cue, the noun
    phrase before it the source; a verb that is no cue says how something was put when "it"
    is its object ("how Ada Lind summed it up")."""
    for k, tok in enumerate(words):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if not (_cue_verb(tok) or any(c.dep_ == "obj" and c.lower_ == "it" for c in tok.children)):
            return None
        source = _source_head(words[:k])
        return DashFrame(tok, source, start, end) if source is not None else None
    return None


def _the_words_of_someone(words: list[Token], start: int, end: int) -> DashFrame | None:
    """'the message from union boss Tom Price', "the mayor's verdict": a noun of saying and
    its source, after "from", "of" or "by", or its possessor."""
    for k, tok in enumerate(words[:4]):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _saying_noun(tok):
            return None
        after = words[k + 1 :]
        if after and after[0].lower_ in _SOURCE_CASES:
            source = _source_head(after[1:])
        else:
            source = _source_head([t for t in words[:k] if t.dep_ == "nmod:poss"])
        return DashFrame(tok, source, start, end) if source is not None else None
    return None


def _content_before(doc: Doc, dash: Token, quoted: QuotedText) -> Span | None:
    """What the dash follows: the quotation that closes right before it, or the words of its
    sentence (on its line) before it."""
    if dash.i == 0:
        return None
    quotation = _quotation_at(doc, doc[dash.i - 1], quoted)
    if quotation is not None:
        return quotation
    # (of the sentence before the dash, when the parser ended one there: "open. - That was")
    start = doc[dash.i - 1].sent.start
    # (on the dash's line)
    breaks = [
        t.i + 1
        for t in doc[start : dash.i]
        if "\n" in t.text or (t.i < dash.i - 1 and "\n" in t.whitespace_)
    ]
    return trim(doc, max(breaks, default=start), dash.i)


# --------------------------------------------------------------------------- before the content


def _attribution_before(doc: Doc, dash: Token) -> DashFrame | None:
    """'Price put it bluntly -', 'The message from the union was clear -', 'Price had a
    simple message for the company -': a cue before the dash that says nothing of its own."""
    start = dash.sent.start
    words = [t for t in doc[start : dash.i] if not t.is_space]
    # (the attribution is the whole sentence before the dash: not a clause after another
    # dash, "easy--or painful, as one chose to put it--in the path")
    if not words or words[-1].text in ALL_MARKS or any(_is_dash(doc, t) for t in words):
        return None
    # (nor the first of a pair of dashes around an aside: "is wrong - or flat out wrong - ...")
    if any(_is_dash(doc, t) for t in doc[dash.i + 1 : _sentence_end(doc, dash)]):
        return None
    for k in range(len(words) - 1, -1, -1):
        tok = words[k]
        if (
            tok.pos_ == "VERB"
            and _cue_verb(tok)
            and _says_nothing_after(words[k + 1 :])
            # a finite verb of the sentence, not "to put it", "as he put it"
            and tok.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ == "mark" for c in tok.children)
        ):
            # "put it bluntly", "said it best"
            source = _source_head(words[:k])
            return DashFrame(tok, source, start, dash.i) if source is not None else None
        if tok.pos_ == "NOUN" and _saying_noun(tok):
            return _message_before(words, k, start, dash.i)
    return None


def _message_before(words: list[Token], k: int, start: int, end: int) -> DashFrame | None:
    """'The message from X was clear', 'X had a simple message for Y': the noun's source
    after "from" or "of", or the subject of the verb that hands it over."""
    noun = words[k]
    after = words[k + 1 :]
    opening = all(t.pos_ in ("DET", "ADJ", "NUM") or t.dep_ == "nmod:poss" for t in words[:k])
    if opening and _judged(after):
        # "The message from the union was clear", "Her verdict on the plan was blunt": the
        # noun opens the sentence (not "half of his advice is wrong - ...")
        if after[0].lower_ in _SOURCE_CASES:
            source = _source_head(after[1:])
        else:
            source = next((c for c in noun.children if c.dep_ == "nmod:poss"), None)
        return DashFrame(noun, source, start, end) if source is not None else None
    verb = next((t for t in reversed(words[:k]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _HANDING_VERBS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in after):
        return None  # "had a message that said ...": the content is the clause
    source = _source_head(words[: words.index(verb)])
    return DashFrame(noun, source, start, end) if source is not None else None


def _content_after(doc: Doc, dash: Token, quoted: QuotedText) -> Span | None:
    """What follows the dash: the quotation that opens right after it, or the rest of its
    sentence."""
    if dash.i + 1 >= len(doc):
        return None
    if doc[dash.i + 1].text in ALL_MARKS:
        return _quotation_at(doc, doc[dash.i + 1], quoted)
    return trim(doc, dash.i + 1, _sentence_end(doc, dash))


def _quotation_at(doc: Doc, mark: Token, quoted: QuotedText) -> Span | None:
    """The quotation that a mark opens or closes, with its marks."""
    if mark.text not in ALL_MARKS:
        return None
    for p in quoted.pairs_near(mark.idx, mark.idx + 1):
        if mark.idx in (p.open, p.close):
            return doc.char_span(p.open, p.close + 1, alignment_mode="expand")
    return None


# --------------------------------------------------------------------------- helpers


def _cue_verb(tok: Token) -> bool:
    lemma = cue_lemma(tok)
    return lemma in all_cue_lemmas() or has_property(lemma, "as-parenthetical")


def _saying_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in DASH_FRAME_NOUNS or lemma in load_cue_class("nominal")


def _source_head(words: list[Token]) -> Token | None:
    """The head of the source among the words of its noun phrase: the last word of a name
    when there is one ("one supplier, Marco Bellini," -> Bellini; "union boss Tom Price" ->
    Price), else the last noun or pronoun."""
    run: list[Token] = []
    for tok in words:
        if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.text in (".", ";", ":"):
            break
        # (a phrase after the source is none of it: "Jane Moss, at the meeting", "on Sunday")
        if tok.pos_ == "ADP" and any(t.pos_ in ("NOUN", "PROPN") for t in run):
            break
        run.append(tok)
    names = _last_name(run)
    if names:
        # the word of the name the parse hangs outside it ("Marco" of "Marco Bellini")
        inside = {t.i for t in names}
        outside = [t for t in names if t.head.i not in inside or t.head.i == t.i]
        return outside[0] if outside else names[-1]
    nouns = [t for t in run if t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ != "it"]
    return nouns[-1] if nouns else None


def _last_name(words: list[Token]) -> list[Token]:
    """The last run of capitalized nouns among the words."""
    names: list[Token] = []
    for tok in words:
        if (
            tok.pos_ in ("PROPN", "NOUN")
            and tok.text[:1].isupper()
            and tok.lower_ not in TIME_WORDS
        ):
            if names and names[-1].i != tok.i - 1:
                names = []
            names.append(tok)
    return names


def _says_nothing_after(words: list[Token]) -> bool:
    """Only "it" or "this" and adverbs between the cue and the dash: "put it bluntly"."""
    return bool(words) and all(t.lower_ in ("it", "this", "so") or t.pos_ == "ADV" for t in words)


def _judged(after: list[Token]) -> bool:
    """'[from X] was clear', '[on the plan] was blunt': after a noun, a phrase and "be" with
    one word, and no other verb."""
    rest = [t for t in after if not t.is_punct]
    return (
        len(rest) >= 2
        and rest[-2].lemma_.lower() == "be"
        and not any(t.pos_ in ("VERB", "AUX") for t in rest[:-2])
    )


def _sentence_end(doc: Doc, dash: Token) -> int:
    """The end of the sentence after the dash (the parser may end one at the dash), or of
    its line."""
    end = doc[dash.i + 1].sent.end if dash.i + 1 < len(doc) else dash.sent.end
    for tok in doc[dash.i + 1 : end]:
        if "\n" in tok.text:
            return tok.i
    return end
