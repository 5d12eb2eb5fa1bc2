"""Readers: paths (or "-" for stdin) -> Iterator[InputDoc].

Reads .txt files, directories of them (recursively), JSONL files and stdin. A document that
cannot be read becomes an ``InputDoc`` with ``error`` set, so that the run goes on and the
problem reaches the output as an error record.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, Any

from quotekit.errors import InputError
from quotekit.records import (
    SCHEMA_DOC,
    SCHEMA_ERROR,
    SCHEMA_QUOTE,
    DocRecord,
    ErrorInfo,
    InputDoc,
    QuoteRecord,
    iter_jsonl,
)

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


# the id and source of a text read from stdin, and the start of its JSONL lines' ids
STDIN = "stdin"


def read_inputs(
    paths: Iterable[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    input_format: str = "auto",
    stdin: IO[bytes] | None = None,
) -> Iterator[InputDoc]:
    """Yield the documents of every input, in order.

    Args:
        paths: files, directories or "-" (stdin).
        text_field: the JSONL field that holds the text.
        id_field: the JSONL field that holds the document id.
        input_format: "auto" (by suffix; stdin is JSONL when its first character is "{"),
            "txt" or "jsonl".
        stdin: the stream to read for "-" (default: ``sys.stdin.buffer``).

    Raises:
        InputError: when a path does not exist (the run cannot mean it).
    """
    for path in paths:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            fmt = input_format
            if fmt == "auto":
                fmt = "jsonl" if data.lstrip()[:1] == b"{" else "txt"
            if fmt == "jsonl":
                yield from _read_jsonl_lines(data.splitlines(), STDIN, text_field, id_field)
            else:
                yield _decode_text(data, STDIN, STDIN)
            continue
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file or directory")
        if p.is_dir():
            yield from _read_directory(p, text_field, id_field, input_format)
        else:
            yield from _read_file(p, text_field, id_field, input_format)


def _read_directory(root: Path, text_field: str, id_field: str, fmt: str) -> Iterator[InputDoc]:
    wanted = {"txt": TEXT_SUFFIXES, "jsonl": JSONL_SUFFIXES}.get(
        fmt, TEXT_SUFFIXES + JSONL_SUFFIXES
    )
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix.lower() in wanted and not p.name.startswith("."):
            yield from _read_file(p, text_field, id_field, fmt)


def _read_file(p: Path, text_field: str, id_field: str, fmt: str) -> Iterator[InputDoc]:
    if fmt == "auto":
        fmt = "jsonl" if p.suffix.lower() in JSONL_SUFFIXES else "txt"
    try:
        if fmt == "jsonl":
            with p.open("rb") as f:
                yield from _read_jsonl_lines(f, str(p), text_field, id_field)
            return
        data = p.read_bytes()
    except OSError as e:
        yield _failed(str(p), str(p), f"{p}: cannot read: {e}")
        return
    yield _decode_text(data, str(p), str(p))


def _decode_text(data: bytes, doc_id: str, source: str) -> InputDoc:
    if b"\x00" in data[:8192]:
        return _failed(doc_id, source, f"{source}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return _failed(
            doc_id,
            source,
            f"{source}: not valid UTF-8 (byte {e.start}: {data[e.start : e.start + 1]!r})",
        )
    return InputDoc(doc_id, text, source)


def _read_jsonl_lines(
    lines: Iterable[bytes], name: str, text_field: str, id_field: str
) -> Iterator[InputDoc]:
    for n, raw in enumerate(lines, 1):
        source = f"{name}:{n}"
        if not raw.strip():
            continue
        fallback_id = source
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield _failed(fallback_id, source, f"{source}: not valid UTF-8 (byte {e.start})")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield _failed(
                fallback_id, source, f"{source}: invalid JSON: {e.msg} at column {e.colno}"
            )
            continue
        if not isinstance(obj, dict):
            yield _failed(
                fallback_id, source, f"{source}: expected a JSON object, got {type(obj).__name__}"
            )
            continue
        yield row_to_doc(obj, source, fallback_id, text_field, id_field)


def _failed(doc_id: str, source: str, message: str) -> InputDoc:
    """An input that cannot be used, with the reason, so that it reaches the output."""
    return InputDoc(doc_id, "", source, ErrorInfo("InputError", message))


def row_to_doc(
    obj: dict[str, Any], source: str, fallback_id: str, text_field: str, id_field: str
) -> InputDoc:
    """One JSON object as a document, or as the error that says what is wrong with it."""
    doc_id = obj.get(id_field)
    doc_id = str(doc_id) if doc_id is not None and doc_id != "" else fallback_id
    text = obj.get(text_field)
    if text is None:
        return _failed(
            doc_id, source, f"{source}: no {text_field!r} field (use --text-field to name it)"
        )
    if not isinstance(text, str):
        return _failed(
            doc_id, source, f"{source}: field {text_field!r} is {type(text).__name__}, not a string"
        )
    return InputDoc(doc_id, text, source)


def read_records(
    path: str | Path,
    *,
    texts: list[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[DocRecord]:
    """quotekit's own output (per quote or per document) as DocRecords.

    Per-quote output carries no document text: ``texts`` names the original inputs, whose
    documents are all returned (those without quotes too), in their order.

    Raises:
        InputError: for a line that is not a quotekit record, or text that is missing.
    """
    docs: dict[str, DocRecord] = {}
    quotes: dict[str, list[QuoteRecord]] = {}
    for n, d in iter_jsonl(path):
        try:
            schema = d.get("schema")
            if schema == SCHEMA_DOC:
                rec = DocRecord.from_dict(d)
                docs[rec.doc_id] = rec
            elif schema == SCHEMA_QUOTE:
                q = QuoteRecord.from_dict(d)
                quotes.setdefault(q.doc_id, []).append(q)
            elif schema != SCHEMA_ERROR:
                raise ValueError(f"schema {schema!r}")
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise InputError(f"{path}:{n}: not a quotekit record ({e})") from None
    if texts:
        for item in read_inputs(texts, text_field=text_field, id_field=id_field):
            if item.error is None:
                doc_id = _same_document(item.doc_id, docs.keys() | quotes.keys())
                if doc_id in docs:
                    yield docs.pop(doc_id)
                else:
                    yield DocRecord(doc_id, item.text, tuple(quotes.pop(doc_id, ())))
        missing = [d for d in quotes if d not in docs]
        if missing:
            raise InputError(f"{path}: no text for document {missing[0]!r} in --texts")
    elif quotes and not docs:
        raise InputError(
            f"{path} holds quotes without document texts: give the original "
            "input with --texts, or extract with --per-doc"
        )
    yield from docs.values()


def _same_document(doc_id: str, known: Iterable[str]) -> str:
    """The id among ``known`` that names the document ``doc_id`` names: itself, or else the one
    path of a file that is the same file as typed from another directory
    ("../news/a.txt" and "news/a.txt", "news/b.jsonl:3" and "/data/news/b.jsonl:3")."""
    known = set(known)
    if doc_id in known:
        return doc_id
    parts = PurePath(doc_id).parts
    found = [k for k in known if _suffix_of(PurePath(k).parts, parts)]
    return found[0] if len(found) == 1 else doc_id


def _suffix_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One path's parts end the other's, beyond its leading ".." and "." parts."""
    a = tuple(p for p in a if p not in ("..", "."))
    b = tuple(p for p in b if p not in ("..", "."))
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[-len(short) :] == short


def check_text(item: InputDoc) -> InputDoc:
    """Return ``item`` with an error set when its text cannot be processed at all."""
    if item.error is not None:
        return item
    if not item.text.strip():
        return _failed(item.doc_id, item.source, f"{item.source}: empty document")
    return item


__all__ = ["InputError", "read_inputs", "check_text"]
