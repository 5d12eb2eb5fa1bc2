#!/usr/bin/env python3
"""Speed: quotekit against a plain Stanza parse of the same texts, in the same run.

    python benchmarks/speed.py --model-dir DIR [--docs 100] [--corpus FILE.jsonl] [--workers 2]
        [--device cpu|cuda|auto]

The corpus is PolNeAR train (../shared/data/polnear/polnear-train.jsonl) where present, else
generated news-like text. Reported as ratios, so that the figures hold on a noisy machine:
- quotekit end to end / plain Stanza parse (the same processors, the same batches);
- everything after the parse (conversion to spaCy, rules, writing) / the parse;
- with --workers N: the speed-up of N worker processes over one.
Also documents/s, tokens/s and peak RSS.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotekit.conversion import stanza_to_spacy  # noqa: E402
from quotekit.parsing import Parser, split_pieces  # noqa: E402
from quotekit.pipeline import annotate, extract  # noqa: E402
from quotekit.records import InputDoc  # noqa: E402
from quotekit.writers import encode_doc  # noqa: E402

SHARED_TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "polnear-train.jsonl"


def load_corpus(path: Path | None, n: int) -> tuple[list[InputDoc], str]:
    if path is None and SHARED_TRAIN.exists():
        path = SHARED_TRAIN
    if path is not None:
        docs = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                docs.append(InputDoc(str(d.get("id", len(docs))), d["text"], str(path)))
                if len(docs) >= n:
                    break
        return docs, f"{path.name} (first {len(docs)} documents)"
    return generated(n), f"generated news-like text ({n} documents)"


def generated(n: int) -> list[InputDoc]:
    rng = random.Random(0)
    names = ["Sergei Lavrov", "Alicia Moreno", "David Okafor", "Mei Lin", "Tomas Brekke"]
    verbs = ["said", "told reporters", "added", "warned", "insisted"]
    docs = []
    for k in range(n):
        paras = []
        for _ in range(rng.randint(6, 14)):
            who, verb = rng.choice(names), rng.choice(verbs)
            paras.append(
                rng.choice(
                    [
                        f'"The council will vote on the plan next week," {who} {verb}.',
                        f"{who} {verb} that the budget had grown by {rng.randint(2, 30)} percent.",
                        f"The city spent {rng.randint(1, 90)} million dollars on roads last year, "
                        "according to the finance office.",
                        "Residents gathered outside the hall on Tuesday evening "
                        "as the session ran late.",
                    ]
                )
            )
        docs.append(InputDoc(f"gen{k}", "\n\n".join(paras), "generated"))
    return docs


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", required=True)
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--device", default="cpu", help="cpu, cuda or auto (both runs use it)")
    ap.add_argument("--workers", type=int, default=0, help="also time N worker processes")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args()
    docs, corpus = load_corpus(args.corpus, args.docs)
    chars = sum(len(d.text) for d in docs)

    t = time.perf_counter()
    parser = Parser(model_dir=args.model_dir, device=args.device, batch_size=args.batch_size)
    parser.load()
    import textacy.extract  # noqa: F401  (loaded once, on the first topic; part of loading)

    load_s = time.perf_counter() - t
    import stanza

    snlp = parser._snlp
    batches = [docs[i : i + args.batch_size] for i in range(0, len(docs), args.batch_size)]

    # 1. a plain Stanza parse of the same texts, the same batches
    t = time.perf_counter()
    tokens = 0
    for batch in batches:
        for sdoc in snlp.bulk_process([stanza.Document([], text=d.text) for d in batch]):
            tokens += sum(len(s.words) for s in sdoc.sentences)
    plain_s = time.perf_counter() - t

    # 2. quotekit, stage by stage: parse (pieces, as the parser cuts them), conversion, rules,
    #    writing
    stage = {"parse": 0.0, "convert": 0.0, "rules": 0.0, "write": 0.0}
    quotes = 0
    sink = io.BytesIO()
    for batch in batches:
        t0 = time.perf_counter()
        pieces = [split_pieces(d.text) for d in batch]
        flat = [p for ps in pieces for p in ps]
        sdocs = snlp.bulk_process([stanza.Document([], text=p) for p in flat])
        t1 = time.perf_counter()
        spacy_docs = [stanza_to_spacy(s, p, parser.vocab) for s, p in zip(sdocs, flat, strict=True)]
        from spacy.tokens import Doc

        joined, k = [], 0
        for ps in pieces:
            part = spacy_docs[k : k + len(ps)]
            k += len(ps)
            joined.append(
                part[0] if len(part) == 1 else Doc.from_docs(part, ensure_whitespace=False)
            )
        t2 = time.perf_counter()
        records = [annotate(doc, d) for doc, d in zip(joined, batch, strict=True)]
        t3 = time.perf_counter()
        for r in records:
            sink.write(encode_doc(r))
            quotes += len(r.quotes)
        t4 = time.perf_counter()
        stage["parse"] += t1 - t0
        stage["convert"] += t2 - t1
        stage["rules"] += t3 - t2
        stage["write"] += t4 - t3

    # 3. quotekit end to end, as the CLI runs it
    t = time.perf_counter()
    for r in extract(iter(docs), parser):
        encode_doc(r)
    e2e_s = time.perf_counter() - t
    after = stage["convert"] + stage["rules"] + stage["write"]
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "corpus": corpus,
        "documents": len(docs),
        "characters": chars,
        "tokens": tokens,
        "quotes": quotes,
        "load_s": round(load_s, 2),
        "plain_stanza_s": round(plain_s, 2),
        "quotekit_end_to_end_s": round(e2e_s, 2),
        "ratio_end_to_end_vs_plain_stanza": round(e2e_s / plain_s, 3),
        "stage_s": {k: round(v, 3) for k, v in stage.items()},
        "after_parse_share_of_parse_pct": round(100 * after / stage["parse"], 2),
        "docs_per_s": round(len(docs) / e2e_s, 2),
        "tokens_per_s": round(tokens / e2e_s, 1),
        "peak_rss_mb": round(rss_mb(), 1),
    }
    if args.workers > 1:
        result["workers"] = time_workers(docs, args)
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


def time_workers(docs: list[InputDoc], args: argparse.Namespace) -> dict[str, float]:
    from quotekit.workers import extract_parallel

    out = {}
    for n in (1, args.workers):
        t = time.perf_counter()
        for _ in extract_parallel(
            iter(docs),
            workers=n,
            model_dir=args.model_dir,
            device=args.device,
            batch_size=args.batch_size,
        ):
            pass
        out[f"{n}_workers_s"] = round(time.perf_counter() - t, 2)
    out["speedup"] = round(out["1_workers_s"] / out[f"{args.workers}_workers_s"], 3)
    return out


if __name__ == "__main__":
    main()
