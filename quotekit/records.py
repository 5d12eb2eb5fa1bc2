"""Record types: the frozen output records and the in-document intermediates.

Output records hold only plain data (str, int, float, tuple, None): they survive JSON,
pickling and ``==``. This module is the only place where parser objects (spaCy tokens and
spans) become character offsets into the input text.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from quotekit.cue_lexicon import DEFAULT_CUE_CLASSES
from quotekit.errors import InputError
from quotekit.rules import RuleId
from quotekit.syntax import word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SCHEMA_QUOTE = "quotekit.quote/1"
SCHEMA_DOC = "quotekit.doc/1"
SCHEMA_ERROR = "quotekit.error/1"

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["name", "pronoun", "nominal", "narrator", "other"]


@dataclass(frozen=True, slots=True)
class CharSpan:
    """A span of the input text: ``text == doc_text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CharSpan:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> CharSpan:
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    name: str | None
    kind: SpeakerKind

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        return cls(
            int(d["start"]), int(d["end"]), str(d["text"]), d.get("name"), d.get("kind") or "other"
        )


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cue:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]), str(d.get("lemma") or ""))


@dataclass(frozen=True, slots=True)
class TopicSpan:
    """A phrase of the text: its words and offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TopicSpan:
        return cls(str(d["text"]), int(d["start"]), int(d["end"]))


@dataclass(frozen=True, slots=True)
class Topic:
    """What a quote is about: a noun phrase of the text (offsets index the input; they are None
    only in records read from elsewhere), a key that groups the same subject across quotes and
    documents, and other phrases that may be meant."""

    text: str
    start: int | None = None
    end: int | None = None
    key: str | None = None
    alternatives: tuple[TopicSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.key is not None:
            d["key"] = self.key
        if self.alternatives:
            d["alternatives"] = [a.to_dict() for a in self.alternatives]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Topic:
        return cls(
            str(d["text"]),
            d.get("start"),
            d.get("end"),
            d.get("key"),
            tuple(TopicSpan.from_dict(a) for a in d.get("alternatives", ())),
        )


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One attribution: who (speaker) said what (quote) through which cue, about what."""

    doc_id: str
    quote_id: str
    type: QuoteType
    quote: CharSpan
    speaker: Speaker | None
    cue: Cue | None
    topic: Topic | None
    confidence: float
    rule: str = ""
    fragments: tuple[CharSpan, ...] = ()
    attribution: str = "cue"  # how the speaker was found: cue, line, floating, none

    def to_dict(self, *, with_doc: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if with_doc:
            d["schema"] = SCHEMA_QUOTE
            d["doc_id"] = self.doc_id
        d["quote_id"] = self.quote_id
        d["type"] = self.type
        d["quote"] = self.quote.to_dict()
        if self.fragments:
            d["quote"]["fragments"] = [f.to_dict() for f in self.fragments]
        d["speaker"] = self.speaker.to_dict() if self.speaker else None
        d["cue"] = self.cue.to_dict() if self.cue else None
        d["topic"] = self.topic.to_dict() if self.topic else None
        d["confidence"] = self.confidence
        d["rule"] = self.rule
        d["attribution"] = self.attribution
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, doc_id: str | None = None) -> QuoteRecord:
        q = d["quote"]
        return cls(
            doc_id=str(d.get("doc_id", doc_id)),
            quote_id=str(d["quote_id"]),
            type=d["type"],
            quote=CharSpan.from_dict(q),
            speaker=Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
            cue=Cue.from_dict(d["cue"]) if d.get("cue") else None,
            topic=Topic.from_dict(d["topic"]) if d.get("topic") else None,
            confidence=float(d.get("confidence", 0.0)),
            rule=str(d.get("rule", "")),
            fragments=tuple(CharSpan.from_dict(f) for f in q.get("fragments", ())),
            attribution=str(d.get("attribution", "cue")),
        )


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True)
class DocRecord:
    """Everything quotekit found in one document, or the error that stopped it."""

    doc_id: str
    text: str
    quotes: tuple[QuoteRecord, ...] = ()
    warnings: tuple[str, ...] = ()
    error: ErrorInfo | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"schema": SCHEMA_ERROR, "doc_id": self.doc_id, "error": self.error.to_dict()}
        return {
            "schema": SCHEMA_DOC,
            "doc_id": self.doc_id,
            "text": self.text,
            "quotes": [q.to_dict(with_doc=False) for q in self.quotes],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocRecord:
        doc_id = str(d["doc_id"])
        if d.get("schema") == SCHEMA_ERROR:
            e = d["error"]
            return cls(doc_id, "", error=ErrorInfo(str(e["type"]), str(e["message"])))
        return cls(
            doc_id=doc_id,
            text=str(d["text"]),
            quotes=tuple(QuoteRecord.from_dict(q, doc_id=doc_id) for q in d.get("quotes", ())),
            warnings=tuple(str(w) for w in d.get("warnings", ())),
        )


@dataclass(frozen=True, slots=True)
class InputDoc:
    """A document as read from the input, before parsing."""

    doc_id: str
    text: str
    source: str = ""  # file path and line, for messages
    error: ErrorInfo | None = None  # set when the input itself is unusable
    warnings: tuple[str, ...] = ()  # what the reading changed (a cut, a renamed id)


# Where the parsing stage leaves Stanza's coreference chains in a Doc's user_data (a list of
# entities, each a list of (start, end) character spans), for speaker resolution to read.
COREF_KEY = "quotekit.coref"


@dataclass(frozen=True)
class ExtractOptions:
    """Settings of one extraction run, passed explicitly to every stage that needs them.

    Attributes:
        cue_classes: which classes of the cue lexicon count as attribution cues
            (see ``quotekit.cue_lexicon.CUE_CLASSES``).
        min_direct_words: a quotation with fewer words than this, and no cue, is
            treated as a scare quote, title or term, not as a quote.
        speaker_required: drop quotes for which no speaker was found.
    """

    cue_classes: frozenset[str] = DEFAULT_CUE_CLASSES
    min_direct_words: int = 4
    speaker_required: bool = False


# ---------------------------------------------------------------------------
# In-document intermediates: they hold spaCy objects and live only while one
# document is processed.


class QuoteMarkPair(NamedTuple):
    """Paired quotation marks: ``text[open:close+1]`` is the quotation with its marks."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (inclusive)
    style: str  # "double", "single" or "guillemet"
    paragraphs: int = 1  # >1 when a quote runs over paragraphs (news convention)


class QuoteCandidate(NamedTuple):
    """A stretch of reported content and, where the rule found it, its cue."""

    kind: QuoteType
    start: int
    end: int
    cue: Span | None
    rule: RuleId
    fragments: tuple[tuple[int, int], ...] = ()
    subject: Token | None = None  # a speaker the rule itself identified


CueKind = Literal["verb", "noun", "according", "colon"]


class CueWord(NamedTuple):
    """A word the cue stage takes for the cue of a report: a verb or noun of saying, the
    "according" of "according to", or a colon after a name opening a line."""

    token: Token
    kind: CueKind


class CueFinding(NamedTuple):
    """What the cue stage found in a document: the cue words of reports, in text order, and
    for each quotation (by its token span) the cue that introduces it and how it stands."""

    words: list[CueWord]
    quotations: dict[tuple[int, int], tuple[Token | None, RuleId | None]]


_LONGEST_PAIR = 20000  # characters: quotations longer than this are not looked back for


class QuotedText:
    """Where the quotations of a document are, by token."""

    def __init__(self, doc: Doc, pairs: Sequence[QuoteMarkPair], min_words: int) -> None:
        self.doc = doc
        self.pairs = list(pairs)
        self.spans: list[tuple[int, int, QuoteMarkPair]] = []  # token start, end (exclusive)
        self.long_tok = [False] * len(doc)  # inside a quotation long enough to be speech
        self.quoted_tok = [False] * len(doc)  # inside any quotation
        self._pairs: list[QuoteMarkPair] = []
        self._opens: list[int] = []
        # token offsets from spaCy's arrays: iterating Token objects is slow on long documents
        starts = [int(x) for x in doc.to_array("IDX")] if len(doc) else []
        for p in pairs:
            s = _token_at(starts, p.open)
            e = _token_at(starts, p.close)
            if s is None or e is None or e < s:
                continue
            self.spans.append((s, e + 1, p))
            self._pairs.append(p)
            self._opens.append(p.open)
            for i in range(s, e + 1):
                self.quoted_tok[i] = True
            if word_count(doc[s : e + 1]) >= min_words:
                for i in range(s, e + 1):
                    self.long_tok[i] = True

    def pairs_near(self, start: int, end: int) -> list[QuoteMarkPair]:
        """The pairs that overlap the characters [start, end) (pairs are sorted, and a pair
        longer than a few paragraphs is rare, so a window before ``start`` suffices)."""
        lo = bisect.bisect_left(self._opens, start - _LONGEST_PAIR)
        hi = bisect.bisect_left(self._opens, end)
        return [p for p in self._pairs[lo:hi] if p.close >= start]

    def inside_long(self, tok: Token) -> bool:
        return self.long_tok[tok.i]

    def inside_any(self, tok: Token) -> bool:
        return self.quoted_tok[tok.i]


def _token_at(starts: list[int], char: int) -> int | None:
    """The token holding a character: the last token starting at or before it (a mark may be
    glued to a word, "'Hello")."""
    i = bisect.bisect_right(starts, char) - 1
    return i if i >= 0 else None


class Attribution(NamedTuple):
    """The speaker and cue found for one candidate."""

    speaker: Span | None
    cue: Span | None
    how: str  # cue, cue-after, colon, dash, line, floating, turn, narration, addressed,
    # paragraph, none


def iter_jsonl(path: Any) -> Iterator[tuple[int, Any]]:
    """(line number, object) for each non-empty line of a JSONL file.

    Raises:
        InputError: naming the file and line of the first line that is not JSON.
    """
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except (ValueError, RecursionError) as e:
                raise InputError(f"{path}:{n}: invalid JSON: {e}") from None


def doc_text(doc: Doc) -> str:
    """The document's text as the rules read it, built once (spaCy rebuilds ``Doc.text`` on
    every access): the input as laid out by quotekit.layout, of the same length."""
    text = doc.user_data.get("quotekit_text")
    if text is None:
        text = doc.text
        doc.user_data["quotekit_text"] = text
    return str(text)


def input_text(doc: Doc) -> str:
    """The input text itself, which every text field of a record is cut from (the laid-out
    ``doc_text`` has spaces where a hard-wrapped input has line breaks)."""
    text = doc.user_data.get("quotekit_input")
    return doc_text(doc) if text is None else str(text)
