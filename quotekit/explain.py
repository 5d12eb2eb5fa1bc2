"""Explain: why each quote was found, and why other words and quotations gave none.

``explain_text`` runs the pipeline over one document while recording the rules' decisions
(``quotekit.trace``) and lays them out sentence by sentence: the cues considered, the guards
that turned words or candidates down, the strategies tried for each cue and what each gave, the
quotations and the cue linked to each, the candidates dropped when contents were joined, and
the records made, with their rule ids. Users debugging a miss and engineers writing a rule both
start here (``quotekit explain``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from quotekit.pipeline import annotate
from quotekit.records import DocRecord, ExtractOptions, InputDoc, QuoteRecord
from quotekit.trace import Event, tracing

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotekit.parsing import Parser


class SentenceExplanation(NamedTuple):
    start: int
    end: int
    events: list[Event]
    records: list[QuoteRecord]


class Explanation(NamedTuple):
    record: DocRecord
    sentences: list[SentenceExplanation]


def explain_doc(doc: Doc, item: InputDoc, options: ExtractOptions | None = None) -> Explanation:
    """Annotate a parsed document while recording why, grouped by sentence."""
    with tracing() as trace:
        record = annotate(doc, item, options)
    bounds = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    sentences = [SentenceExplanation(s, e, [], []) for s, e in bounds]
    for event in trace.events:
        _sentence_at(sentences, event.start).events.append(event)
    for q in record.quotes:
        _sentence_at(sentences, q.quote.start).records.append(q)
    return Explanation(record, [s for s in sentences if s.events or s.records])


def explain_text(
    text: str, parser: Parser, *, doc_id: str = "text", options: ExtractOptions | None = None
) -> Explanation:
    """Parse one text and explain its quotes."""
    return explain_doc(parser.parse(text), InputDoc(doc_id, text, doc_id), options)


def _sentence_at(sentences: list[SentenceExplanation], offset: int) -> SentenceExplanation:
    """The sentence holding a character offset (the last one starting at or before it)."""
    best = sentences[0]
    for s in sentences:
        if s.start <= offset:
            best = s
        else:
            break
    return best


_LABELS = {
    "cue": "cue",
    "guard": "rejected",
    "strategy": "tried",
    "quotation": "quotation",
    "dropped": "dropped",
}


def format_explanation(expl: Explanation, *, width: int = 100) -> str:
    """The explanation as text, one block per sentence that holds a decision or a record."""
    text = expl.record.text
    n = len(expl.record.quotes)
    lines = [f"{expl.record.doc_id}: {n} {'quote' if n == 1 else 'quotes'}"]
    for n, sent in enumerate(expl.sentences, 1):
        shown = " ".join(text[sent.start : sent.end].split())
        if len(shown) > width:
            shown = shown[: width - 3] + "..."
        lines.append("")
        lines.append(f"sentence {n} [{sent.start}:{sent.end}] {shown}")
        lines.extend(f"  {line}" for line in _event_lines(sent.events, text))
        for q in sent.records:
            lines.append(f"  => {_describe_record(q)}")
    return "\n".join(lines)


def _event_lines(events: list[Event], text: str) -> list[str]:
    """One line per event, but the strategies tried on one cue share a line: those that gave
    nothing are listed together, then the one that decided."""
    out: list[str] = []
    k = 0
    while k < len(events):
        ev = events[k]
        if ev.kind != "strategy":
            out.append(_describe(ev, text))
            k += 1
            continue
        run = [ev]
        while k + len(run) < len(events):
            nxt = events[k + len(run)]
            if nxt.kind != "strategy" or (nxt.start, nxt.end) != (ev.start, ev.end):
                break
            run.append(nxt)
        k += len(run)
        tried = [e.name for e in run if e.detail == "no"]
        decided = [f"{e.name}: {e.detail}" for e in run if e.detail != "no"]
        parts = ([", ".join(tried) + ": no"] if tried else []) + decided
        out.append(f"tried on {_words(ev, text)}: " + "; ".join(parts))
    return out


def _words(ev: Event, text: str) -> str:
    words = " ".join(text[ev.start : ev.end].split())
    if len(words) > 50:
        words = words[:47] + "..."
    return f"{words!r} [{ev.start}:{ev.end}]"


def _describe(ev: Event, text: str) -> str:
    at = _words(ev, text)
    if ev.kind == "cue":
        article = "an" if ev.name[:1].lower() in "aeiou" else "a"
        return f"cue {at}: {article} {ev.name} cue"
    if ev.kind == "guard":
        return f"rejected {at} by guard {ev.name} ({ev.detail})"
    if ev.kind == "strategy":
        return f"tried {ev.name} on {at}: {ev.detail}"
    if ev.kind == "quotation":
        return f"quotation {at}: {ev.detail}"
    return f"dropped {ev.detail} candidate {at}: {ev.name}"


def _describe_record(q: QuoteRecord) -> str:
    speaker = f"{q.speaker.text!r}" if q.speaker else "no speaker"
    if q.speaker and q.speaker.name and q.speaker.name != q.speaker.text:
        speaker += f" ({q.speaker.name})"
    cue = f"{q.cue.text!r}" if q.cue else "no cue"
    return (
        f"{q.quote_id} {q.type} [{q.quote.start}:{q.quote.end}] rule {q.rule}, speaker "
        f"{speaker} ({q.attribution}), cue {cue}, confidence {q.confidence}"
    )


def explanation_to_dict(expl: Explanation) -> dict[str, Any]:
    """The explanation as plain data (``quotekit explain --json``)."""
    return {
        "doc_id": expl.record.doc_id,
        "sentences": [
            {
                "start": s.start,
                "end": s.end,
                "events": [
                    {"kind": _LABELS[e.kind], "start": e.start, "end": e.end, "name": e.name}
                    | ({"detail": e.detail} if e.detail else {})
                    for e in s.events
                ],
                "records": [q.to_dict() for q in s.records],
            }
            for s in expl.sentences
        ],
    }
