"""Exporters: DocRecords -> the import formats of annotation tools.

- Label Studio: tasks with ``predictions`` (Quote, Speaker and Cue regions; relations
  speaker -> quote "said" and cue -> quote "cue_of"), plus the labeling config that matches.
- Prodigy: one relations task per document, with ``tokens``, ``spans`` and ``relations``.
- doccano: relation-extraction JSONL (``entities`` with ids, ``relations`` with from_id/to_id).
- brat standoff: ``DOC.txt`` + ``DOC.ann`` per document and ``annotation.conf`` (INCEpTION
  imports it with its brat format).
- UIMA CAS XMI (through dkpro-cassis): ``DOC.xmi`` per document and ``TypeSystem.xml``, with
  INCEpTION custom layers: spans ``webanno.custom.Quote`` (features quoteType, quoteId,
  speakerName, topic, confidence, rule), ``Speaker`` and ``Cue``, and relations ``Said`` and
  ``CueOf`` (``Governor`` -> ``Dependent``, the quote).

Every format keeps what it can of each quote: type, canonical speaker name, topic, confidence,
rule and quote id (as region meta, task meta, document metadata or annotator notes).
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from quotekit import __version__
from quotekit.errors import InputError, output_error
from quotekit.records import CharSpan, DocRecord, QuoteRecord

FORMATS = ("labelstudio", "prodigy", "doccano", "brat", "xmi")

LABEL_STUDIO_CONFIG = """<View>
  <Relations>
    <Relation value="said"/>
    <Relation value="cue_of"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Quote" background="#ffd166"/>
    <Label value="Speaker" background="#06d6a0"/>
    <Label value="Cue" background="#118ab2"/>
  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
</View>
"""

BRAT_CONF = """[entities]
Quote
Speaker
Cue

[relations]
Said\tArg1:Speaker, Arg2:Quote
CueOf\tArg1:Cue, Arg2:Quote
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteType\tArg:Quote, Value:direct|indirect|mixed
"""


def quote_attributes(q: QuoteRecord) -> dict[str, Any]:
    """The attributes of a quote that no span carries."""
    return {
        "quote_id": q.quote_id,
        "type": q.type,
        "speaker_name": q.speaker.name if q.speaker else None,
        "speaker_kind": q.speaker.kind if q.speaker else None,
        "cue_lemma": q.cue.lemma if q.cue else None,
        "topic": q.topic.text if q.topic else None,
        "confidence": q.confidence,
        "rule": q.rule,
    }


def _pieces(q: QuoteRecord) -> tuple[CharSpan, ...]:
    return q.fragments or (q.quote,)


# --------------------------------------------------------------------------- Label Studio


def to_label_studio(record: DocRecord) -> dict[str, Any]:
    """One Label Studio task with the document's quotes as a prediction."""
    results: list[dict[str, Any]] = []
    for n, q in enumerate(record.quotes, 1):
        attrs = quote_attributes(q)
        meta = [f"{k}={v}" for k, v in attrs.items() if v is not None]
        pieces = _pieces(q)
        # a quote in pieces is one region per piece, tied together by quote_id in the meta
        qids = [f"q{n}"] if len(pieces) == 1 else [f"q{n}-{k}" for k in range(1, len(pieces) + 1)]
        for qid, piece in zip(qids, pieces, strict=True):
            results.append(_ls_region(qid, piece, "Quote", score=q.confidence, meta=meta))
        for x, prefix, label, rel in (
            (q.speaker, "s", "Speaker", "said"),
            (q.cue, "c", "Cue", "cue_of"),
        ):
            if x is None:
                continue
            results.append(_ls_region(f"{prefix}{n}", x, label))
            for qid in qids:
                results.append(
                    {
                        "type": "relation",
                        "from_id": f"{prefix}{n}",
                        "to_id": qid,
                        "direction": "right",
                        "labels": [rel],
                    }
                )
    scores = [q.confidence for q in record.quotes]
    return {
        "data": {"text": record.text, "doc_id": record.doc_id},
        "predictions": [
            {
                "model_version": f"quotekit-{__version__}",
                "score": round(sum(scores) / len(scores), 3) if scores else 0.0,
                "result": results,
            }
        ],
    }


def _ls_region(
    rid: str, span: Any, label: str, *, score: float | None = None, meta: list[str] | None = None
) -> dict[str, Any]:
    value: dict[str, Any] = {
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "labels": [label],
    }
    region: dict[str, Any] = {
        "id": rid,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": value,
    }
    if score is not None:
        region["score"] = score
    if meta:
        region["meta"] = {"text": meta}
    return region


# --------------------------------------------------------------------------- Prodigy

_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenize_for_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    """Tokens in Prodigy's shape whose boundaries include every span boundary, so that each
    span maps onto whole tokens (the offsets are the ones quotekit's parse produced)."""
    cuts = sorted({b for s, e in spans for b in (s, e)})
    out: list[dict[str, Any]] = []
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        inner = [c for c in cuts if start < c < end]
        for a, b in zip([start, *inner], [*inner, end], strict=True):
            out.append({"text": text[a:b], "start": a, "end": b, "id": len(out), "ws": False})
    for tok, nxt in zip(out, out[1:], strict=False):
        tok["ws"] = nxt["start"] > tok["end"] and text[tok["end"]].isspace()
    if out:
        out[-1]["ws"] = out[-1]["end"] < len(text) and text[out[-1]["end"]].isspace()
    return out


def to_prodigy(record: DocRecord) -> dict[str, Any]:
    """One Prodigy relations task: tokens, QUOTE/SPEAKER/CUE spans, SAID/CUE relations."""
    spans_needed = []
    for q in record.quotes:
        spans_needed += [(p.start, p.end) for p in _pieces(q)]
        spans_needed += [(x.start, x.end) for x in (q.speaker, q.cue) if x is not None]
    tokens = tokenize_for_spans(record.text, spans_needed)
    by_start = {t["start"]: t["id"] for t in tokens}
    by_end = {t["end"]: t["id"] for t in tokens}

    def span(x: Any, label: str) -> dict[str, Any]:
        return {
            "start": x.start,
            "end": x.end,
            "token_start": by_start[x.start],
            "token_end": by_end[x.end],
            "label": label,
        }

    spans: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    quotes_meta = []
    for q in record.quotes:
        pieces = [span(p, "QUOTE") for p in _pieces(q)]
        spans += pieces
        quotes_meta.append(
            {**quote_attributes(q), "pieces": [[p.start, p.end] for p in _pieces(q)]}
        )
        for x, label, rel in ((q.speaker, "SPEAKER", "SAID"), (q.cue, "CUE", "CUE")):
            if x is None:
                continue
            head = span(x, label)
            spans.append(head)
            for child in pieces:
                relations.append(
                    {
                        "head": head["token_end"],
                        "child": child["token_end"],
                        "head_span": head,
                        "child_span": child,
                        "label": rel,
                    }
                )
    uniq = {(s["start"], s["end"], s["label"]): s for s in spans}
    return {
        "text": record.text,
        "tokens": tokens,
        "spans": sorted(uniq.values(), key=lambda s: (s["start"], s["end"])),
        "relations": relations,
        "meta": {"doc_id": record.doc_id, "quotes": quotes_meta},
    }


# --------------------------------------------------------------------------- doccano


def to_doccano(record: DocRecord) -> dict[str, Any]:
    """One line of doccano's relation-extraction JSONL."""
    entities: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    ids: dict[tuple[int, int, str], int] = {}

    def entity(x: Any, label: str) -> int:
        key = (x.start, x.end, label)
        if key not in ids:
            ids[key] = len(entities)
            entities.append(
                {"id": ids[key], "start_offset": x.start, "end_offset": x.end, "label": label}
            )
        return ids[key]

    quotes_meta = []
    for q in record.quotes:
        pieces = [entity(p, "QUOTE") for p in _pieces(q)]
        meta = quote_attributes(q)
        meta["quote_entities"] = pieces
        quotes_meta.append(meta)
        for x, label, rel in ((q.speaker, "SPEAKER", "SAID"), (q.cue, "CUE", "CUE")):
            if x is None:
                continue
            head = entity(x, label)
            for child in pieces:
                relations.append(
                    {"id": len(relations), "from_id": head, "to_id": child, "type": rel}
                )
    return {
        "text": record.text,
        "entities": entities,
        "relations": relations,
        "doc_id": record.doc_id,
        "quotekit": quotes_meta,
    }


# --------------------------------------------------------------------------- brat


def encode_doc_id(doc_id: str) -> str:
    """A document id as the second column of ``doc_ids.tsv``: a JSON string, so that a tab,
    a newline or a CR in it stays in its line and comes back exactly."""
    return json.dumps(doc_id, ensure_ascii=False)


def decode_doc_id(value: str) -> str:
    """The id from ``doc_ids.tsv`` (a JSON string; a raw id in files written before)."""
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        if isinstance(decoded, str):
            return decoded
    return value


def brat_name(doc_id: str, n: int) -> str:
    """A file name for a document: its id made safe (without the .txt of a text file's id,
    which brat's own .txt follows), numbered to stay unique."""
    stem = re.sub(r"\.(txt|text)$", "", doc_id, flags=re.IGNORECASE)
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._")[:80] or "doc"
    return f"{n:05d}_{safe}"


def to_brat(record: DocRecord) -> str:
    """The .ann file of one document (its .txt is the document's text)."""
    lines: list[str] = []
    t = r = a = 0
    seen: dict[tuple[int, int, str], str] = {}

    def entity(x: Any, label: str) -> str:
        nonlocal t
        key = (x.start, x.end, label)
        if key not in seen:
            t += 1
            seen[key] = f"T{t}"
            lines.append(f"T{t}\t{label} {x.start} {x.end}\t{_one_line(x.text)}")
        return seen[key]

    for n, q in enumerate(record.quotes, 1):
        t += 1
        qid = f"T{t}"
        frags = ";".join(f"{p.start} {p.end}" for p in _pieces(q))
        text = " ".join(_one_line(p.text) for p in _pieces(q))
        lines.append(f"{qid}\tQuote {frags}\t{text}")
        a += 1
        lines.append(f"A{a}\tQuoteType {qid} {q.type}")
        for x, label, rel in ((q.speaker, "Speaker", "Said"), (q.cue, "Cue", "CueOf")):
            if x is None:
                continue
            head = entity(x, label)
            r += 1
            lines.append(f"R{r}\t{rel} Arg1:{head} Arg2:{qid}")
        lines.append(
            f"#{n}\tAnnotatorNotes {qid}\t{json.dumps(quote_attributes(q), ensure_ascii=False)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def _one_line(text: str) -> str:
    # brat's reference text must stay on one line; offsets, not this text, are authoritative
    return re.sub(r"\s", " ", text)


# --------------------------------------------------------------------------- UIMA CAS XMI

XMI_PREFIX = "webanno.custom."


def xmi_typesystem() -> Any:
    """The type system of quotekit's INCEpTION layers (needs dkpro-cassis)."""
    try:
        from cassis import TypeSystem
    except ImportError as e:
        raise ValueError("the xmi format needs dkpro-cassis: pip install 'quotekit[xmi]'") from e
    ts = TypeSystem()
    quote = ts.create_type(XMI_PREFIX + "Quote", supertypeName="uima.tcas.Annotation")
    for name in ("quoteType", "quoteId", "speakerName", "topic", "rule"):
        ts.create_feature(quote, name, "uima.cas.String")
    ts.create_feature(quote, "confidence", "uima.cas.Double")
    speaker = ts.create_type(XMI_PREFIX + "Speaker", supertypeName="uima.tcas.Annotation")
    cue = ts.create_type(XMI_PREFIX + "Cue", supertypeName="uima.tcas.Annotation")
    ts.create_feature(cue, "lemma", "uima.cas.String")
    for rel, governor in (("Said", speaker), ("CueOf", cue)):
        t = ts.create_type(XMI_PREFIX + rel, supertypeName="uima.tcas.Annotation")
        ts.create_feature(t, "Governor", governor)
        ts.create_feature(t, "Dependent", quote)
    return ts


def to_xmi(record: DocRecord, typesystem: Any) -> str:
    """One document as UIMA CAS XMI (offsets converted to UTF-16 by cassis)."""
    from cassis import Cas

    _check_xml_chars(record)
    cas = Cas(typesystem=typesystem)
    cas.sofa_string = record.text
    quote_t = typesystem.get_type(XMI_PREFIX + "Quote")
    speaker_t = typesystem.get_type(XMI_PREFIX + "Speaker")
    cue_t = typesystem.get_type(XMI_PREFIX + "Cue")
    said_t = typesystem.get_type(XMI_PREFIX + "Said")
    cue_of_t = typesystem.get_type(XMI_PREFIX + "CueOf")
    for q in record.quotes:
        pieces = [
            quote_t(
                begin=p.start,
                end=p.end,
                quoteType=q.type,
                quoteId=q.quote_id,
                speakerName=q.speaker.name if q.speaker else None,
                topic=q.topic.text if q.topic else None,
                rule=q.rule,
                confidence=q.confidence,
            )
            for p in _pieces(q)
        ]
        cas.add_all(pieces)
        if q.speaker:
            spk = speaker_t(begin=q.speaker.start, end=q.speaker.end)
            cas.add(spk)
            for p in pieces:
                cas.add(said_t(begin=p.begin, end=p.end, Governor=spk, Dependent=p))
        if q.cue:
            cue = cue_t(begin=q.cue.start, end=q.cue.end, lemma=q.cue.lemma)
            cas.add(cue)
            for p in pieces:
                cas.add(cue_of_t(begin=p.begin, end=p.end, Governor=cue, Dependent=p))
    return str(cas.to_xmi())


# what XML 1.0 cannot hold, even written as a character reference
XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _check_xml_chars(record: DocRecord) -> None:
    """Refuse a document that XMI cannot carry exactly, rather than change it."""
    texts = [record.doc_id, record.text]
    for q in record.quotes:
        texts += [q.speaker.name or "" if q.speaker else "", q.topic.text if q.topic else ""]
    for text in texts:
        m = XML_INCOMPATIBLE.search(text)
        if m:
            raise InputError(
                f"document {record.doc_id!r} holds U+{ord(m.group()):04X}, which XML cannot "
                "hold: export it in another format (brat, labelstudio, prodigy, doccano)"
            )


# --------------------------------------------------------------------------- writing


def export(records: Iterable[DocRecord], fmt: str, out: Path) -> int:
    """Write the records in a tool's format to ``out`` (a file, or a directory for brat);
    returns the number of documents written. Label Studio also gets ``OUT.config.xml``.

    The output appears whole or not at all: it is written in a new folder beside ``out`` and
    renamed into place at the end, so a failure half-way leaves nothing behind. An existing
    ``out`` is replaced only if it is a file, or a folder that quotekit wrote (nothing in it
    but an export's files): quotekit never removes a folder of someone else's.

    Raises:
        InputError: when ``out`` is a folder that quotekit did not write.
        OutputError: when the output cannot be written (a full disk, no permission).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    _check_replaceable(out, fmt)
    try:
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    except OSError as e:
        raise output_error(out, e) from None
    try:
        n = _write(records, fmt, work / "out")
        _remove(out)
        (work / "out").rename(out)
        if fmt == "labelstudio":
            Path(str(out) + ".config.xml").write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    except OSError as e:
        raise output_error(out, e) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return n


# the files an export to a folder holds (brat, xmi)
_OWN_FILES = re.compile(
    r"\d{5}_[A-Za-z0-9._-]*\.(txt|ann|xmi)|annotation\.conf|doc_ids\.tsv|TypeSystem\.xml"
)


def _check_replaceable(out: Path, fmt: str) -> None:
    if out.is_symlink() or not out.is_dir():
        return  # nothing there, a file, or a link: replacing it removes no one's folder
    if fmt not in ("brat", "xmi"):
        raise InputError(f"{out} is a folder; --to {fmt} writes a file: give a file name")
    others = sorted(
        p.name for p in out.iterdir() if not (_OWN_FILES.fullmatch(p.name) and p.is_file())
    )
    if others or not (out / "doc_ids.tsv").is_file():
        what = f"it holds {others[0]!r}" if others else "it has no doc_ids.tsv"
        raise InputError(
            f"{out} is a folder that quotekit did not write ({what}); --force replaces only "
            "quotekit's own output: give another -o"
        )


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)  # (a folder of quotekit's own: see _check_replaceable)


def _write(records: Iterable[DocRecord], fmt: str, out: Path) -> int:
    n = 0
    if fmt == "brat":
        out.mkdir(parents=True)
        (out / "annotation.conf").write_text(BRAT_CONF, encoding="utf-8")
        names = []
        for n, record in enumerate(_docs(records), 1):
            name = brat_name(record.doc_id, n)
            names.append(f"{name}\t{encode_doc_id(record.doc_id)}\n")
            (out / f"{name}.txt").write_text(record.text, encoding="utf-8", newline="")
            (out / f"{name}.ann").write_text(to_brat(record), encoding="utf-8", newline="")
        # brat has no place for a document id: keep the mapping beside the files
        (out / "doc_ids.tsv").write_text("".join(names), encoding="utf-8")
        return n
    if fmt == "xmi":
        ts = xmi_typesystem()
        out.mkdir(parents=True)
        (out / "TypeSystem.xml").write_text(ts.to_xml(), encoding="utf-8")
        names = []
        for n, record in enumerate(_docs(records), 1):
            name = brat_name(record.doc_id, n)
            names.append(f"{name}\t{encode_doc_id(record.doc_id)}\n")
            (out / f"{name}.xmi").write_text(to_xmi(record, ts), encoding="utf-8")
        (out / "doc_ids.tsv").write_text("".join(names), encoding="utf-8")
        return n
    with open(out, "w", encoding="utf-8") as f:
        if fmt == "labelstudio":
            # a JSON list, written task by task so that memory stays flat
            f.write("[")
            for n, record in enumerate(_docs(records), 1):
                f.write(
                    ("\n" if n == 1 else ",\n")
                    + json.dumps(to_label_studio(record), ensure_ascii=False)
                )
            f.write("\n]\n")
            return n
        convert = to_prodigy if fmt == "prodigy" else to_doccano
        for record in _docs(records):
            f.write(json.dumps(convert(record), ensure_ascii=False) + "\n")
            n += 1
    return n


def _docs(records: Iterable[DocRecord]) -> Iterator[DocRecord]:
    for r in records:
        if r.error is None:
            yield r
