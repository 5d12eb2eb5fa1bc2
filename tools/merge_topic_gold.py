#!/usr/bin/env python3
"""Join the topic gold (document ids and offsets) with the PolNeAR gold files into a gold JSONL
that ``quotekit evaluate`` scores topics on.

    python tools/merge_topic_gold.py tests/data/topics/polnear-dev.topics.jsonl \\
        ../shared/data/polnear/polnear-dev.jsonl -o /tmp/topics-gold-dev.jsonl
    quotekit extract /tmp/topics-gold-dev.jsonl -o pred.jsonl
    quotekit evaluate /tmp/topics-gold-dev.jsonl pred.jsonl

Each output line is one PolNeAR gold document that the topic gold samples, with all its gold
quotes (so that quotes are paired with predictions as in any evaluation); the sampled quotes gain
a ``topics`` list of ``{"start", "end", "text"}`` spans. The article text is PolNeAR's and is
copyrighted: write the output outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def merge(
    topic_rows: Iterable[dict[str, Any]], gold_docs: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The gold documents the topic rows name, their sampled quotes with ``topics`` added.

    Raises:
        ValueError: a row names a document or a quote span that the gold does not have.
    """
    by_id = {d["id"]: d for d in gold_docs}
    out: dict[str, dict[str, Any]] = {}
    for row in topic_rows:
        doc_id = row["doc_id"]
        if doc_id not in by_id:
            raise ValueError(f"{doc_id}: not a document of the gold file")
        doc = out.setdefault(doc_id, json.loads(json.dumps(by_id[doc_id])))
        text = doc["text"]
        span = (row["quote"]["start"], row["quote"]["end"])
        quote = next((q for q in doc["quotes"] if (q["start"], q["end"]) == span), None)
        if quote is None:
            raise ValueError(f"{doc_id}: no gold quote at {span[0]}-{span[1]}")
        quote["topics"] = [
            {"start": t["start"], "end": t["end"], "text": text[t["start"] : t["end"]]}
            for t in row["topics"]
        ]
    return list(out.values())


def _read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("topics", type=Path, nargs="+", help="*.topics.jsonl files")
    ap.add_argument("gold", type=Path, help="the PolNeAR gold JSONL the topic files index")
    ap.add_argument("-o", "--output", type=Path, required=True, help="the merged gold JSONL")
    args = ap.parse_args(argv)
    rows = [r for p in args.topics for r in _read_jsonl(p)]
    try:
        docs = merge(rows, _read_jsonl(args.gold))
    except ValueError as e:
        print(f"merge_topic_gold: {e}", file=sys.stderr)
        return 1
    with args.output.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n = sum(1 for d in docs for q in d["quotes"] if "topics" in q)
    print(
        f"merge_topic_gold: {len(docs)} documents, {n} quotes with topics -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
