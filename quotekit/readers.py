"""Readers: paths (or "-" for stdin) -> Iterator[InputDoc].

Reads .txt files, directories of them (recursively), JSONL files and stdin. A document that
cannot be read becomes an ``InputDoc`` with ``error`` set, so that the run goes on and the
problem reaches the output as an error record.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
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

    A document whose id an earlier one has is renamed ``ID~2`` (``~3``, ...) with a warning,
    so that no output line, export or report can mistake one for the other.

    Raises:
        InputError: when a path does not exist (the run cannot mean it).
    """
    return unique_ids(_read_all(paths, text_field, id_field, input_format, stdin))


def unique_ids(items: Iterable[InputDoc]) -> Iterator[InputDoc]:
    """The documents, those whose id is taken renamed ``ID~N`` (the lowest free N from 2),
    with a warning naming the first holder's place."""
    first: dict[str, str] = {}  # id -> the source that holds it
    for item in items:
        doc_id = item.doc_id
        if doc_id in first:
            k = 2
            while f"{doc_id}~{k}" in first:
                k += 1
            new_id = f"{doc_id}~{k}"
            warning = (
                f"id {doc_id!r} is already used by {first[doc_id]}; this document is {new_id!r}"
            )
            item = replace(item, doc_id=new_id, warnings=(*item.warnings, warning))
        first[item.doc_id] = item.source
        yield item


def _read_all(
    paths: Iterable[str],
    text_field: str,
    id_field: str,
    input_format: str,
    stdin: IO[bytes] | None,
) -> Iterator[InputDoc]:
    for path in paths:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            fmt = input_format
            hint = ""
            if fmt == "auto":
                fmt = "jsonl" if data.lstrip()[:1] == b"{" else "txt"
                hint = GUESSED_JSONL
            if fmt == "jsonl":
                lines = data.splitlines()
                yield from _read_jsonl_lines(lines, STDIN, text_field, id_field, hint=hint)
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


GUESSED_JSONL = (
    " (read as JSONL because it starts with '{'; use --input-format txt for plain text)"
)


def directory_suffixes(fmt: str) -> tuple[str, ...]:
    """The suffixes (in any case) of the files read from a directory, for an input format."""
    return {"txt": TEXT_SUFFIXES, "jsonl": JSONL_SUFFIXES}.get(fmt, TEXT_SUFFIXES + JSONL_SUFFIXES)


def _is_read(p: Path, wanted: tuple[str, ...]) -> bool:
    return p.suffix.lower() in wanted and not p.name.startswith(".")


def _read_directory(root: Path, text_field: str, id_field: str, fmt: str) -> Iterator[InputDoc]:
    wanted = directory_suffixes(fmt)
    for p, problem in walk_directory(root):
        if problem is not None:
            yield _failed(str(p), str(p), f"{p}: {problem}")
        elif _is_read(p, wanted):
            yield from _read_file(p, text_field, id_field, fmt)


def skipped_note(root: Path, fmt: str, *, shown: int = 5) -> str | None:
    """The line that says which files of a directory are not read (another suffix, or hidden),
    so that none is left out silently; None when every file is read."""
    wanted = directory_suffixes(fmt)
    skipped = [p for p, bad in walk_directory(root) if bad is None and not _is_read(p, wanted)]
    if not skipped:
        return None
    names = [str(p.relative_to(root)) for p in skipped[:shown]]
    more = ", ..." if len(skipped) > shown else ""
    files = "file that is" if len(skipped) == 1 else "files that are"
    kinds = ", ".join(wanted[:-1]) + " or " + wanted[-1]
    return (
        f"{root}: skipped {len(skipped)} {files} hidden or not {kinds}: "
        + ", ".join(names)
        + more
    )


def walk_directory(root: Path) -> Iterator[tuple[Path, str | None]]:
    """The files under ``root``, in sorted path order, following symbolic links to
    directories; (path, what is wrong) for a symbolic link that is broken or leads back into
    a directory being walked, so that it can be reported (hidden ones are passed over)."""
    ancestors = [_dir_key(root)]
    stack = [iter(sorted(root.iterdir()))]
    while stack:
        p = next(stack[-1], None)
        if p is None:
            stack.pop()
            ancestors.pop()
            continue
        try:
            st = p.stat()
        except OSError as e:
            if p.is_symlink() and not p.name.startswith("."):
                yield p, _link_problem(p, e)
            continue
        if not stat.S_ISDIR(st.st_mode):
            if stat.S_ISREG(st.st_mode):
                yield p, None
            continue
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield p, f"symbolic link loop (it leads back to {p.resolve()})"
            continue
        try:
            children = sorted(p.iterdir())
        except OSError as e:
            yield p, f"cannot read the directory: {e.strerror or e}"
            continue
        ancestors.append(key)
        stack.append(iter(children))


def _dir_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _link_problem(p: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    try:
        target = os.readlink(p)
    except OSError:
        return "broken symbolic link"
    return f"broken symbolic link (to {target!r}, which does not exist)"


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
    lines: Iterable[bytes], name: str, text_field: str, id_field: str, *, hint: str = ""
) -> Iterator[InputDoc]:
    """The documents of JSONL lines; ``hint`` ends the message of a line that is not JSON
    (why the input was read as JSONL, when that was guessed)."""
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
            # json's "Invalid control character at" ends in "at" already
            what = e.msg.removesuffix(" at")
            message = f"{source}: invalid JSON: {what} at column {e.colno}{hint}"
            yield _failed(fallback_id, source, message)
            continue
        except RecursionError:
            yield _failed(fallback_id, source, f"{source}: JSON nested too deeply to read")
            continue
        except ValueError as e:  # an integer of thousands of digits (Python's limit)
            yield _failed(fallback_id, source, f"{source}: unusable JSON: {str(e).split(';')[0]}")
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
    failed: list[str] | None = None,
) -> Iterator[DocRecord]:
    """quotekit's own output (per quote or per document) as DocRecords.

    Per-quote output carries no document text: ``texts`` names the original inputs, whose
    documents are all returned (those without quotes too), in their order. The error records
    of documents the extraction could not read have nothing to return: their ids are added to
    ``failed``, for the caller to say so.

    Raises:
        InputError: for a line that is not a quotekit record, or text that is missing.
    """
    docs: dict[str, DocRecord] = {}
    quotes: dict[str, list[QuoteRecord]] = {}
    quote_ids: set[str] = set()
    for n, d in iter_jsonl(path):
        repeated = None
        try:
            schema = d.get("schema")
            if schema == SCHEMA_DOC:
                rec = DocRecord.from_dict(d)
                repeated = f"document id {rec.doc_id!r}" if rec.doc_id in docs else None
                docs[rec.doc_id] = rec
            elif schema == SCHEMA_QUOTE:
                q = QuoteRecord.from_dict(d)
                repeated = f"quote id {q.quote_id!r}" if q.quote_id in quote_ids else None
                quote_ids.add(q.quote_id)
                quotes.setdefault(q.doc_id, []).append(q)
            elif schema == SCHEMA_ERROR:
                if failed is not None:
                    failed.append(str(d["doc_id"]))
            else:
                raise ValueError(f"schema {schema!r}")
        except (ValueError, KeyError, TypeError, AttributeError) as e:
            raise InputError(f"{path}:{n}: not a quotekit record ({e})") from None
        if repeated is not None:
            # (one of the two would be lost; quotekit extract renames a repeated id ID~2)
            raise InputError(
                f"{path}:{n}: a second {repeated}; ids must be unique (extract the input "
                "again: quotekit renames a repeated document id)"
            )
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
