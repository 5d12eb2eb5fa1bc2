"""Writers: DocRecord -> JSON Lines (one quote per line, or one document per line)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

import jsonlines

from quotekit.records import DocRecord


def doc_lines(record: DocRecord, *, per_doc: bool = False) -> Iterator[dict[str, Any]]:
    """The JSON objects one document contributes to the output."""
    if record.error is not None or per_doc:
        yield record.to_dict()
        return
    for q in record.quotes:
        yield q.to_dict()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class JsonlWriter:
    """Writes records to a stream, flushing after each document so that `| head` works."""

    def __init__(self, fp: IO[str], *, per_doc: bool = False) -> None:
        self._writer = jsonlines.Writer(fp, dumps=_dumps, flush=False)
        self._fp = fp
        self.per_doc = per_doc

    def write(self, record: DocRecord) -> None:
        for obj in doc_lines(record, per_doc=self.per_doc):
            self._writer.write(obj)
        self._fp.flush()

    def close(self) -> None:
        self._writer.close()


def write_jsonl(records: Any, fp: IO[str], *, per_doc: bool = False) -> None:
    """Write every record of an iterable of DocRecords."""
    writer = JsonlWriter(fp, per_doc=per_doc)
    for record in records:
        writer.write(record)
