#!/usr/bin/env python3
"""How much a sentence pre-filter could save: the ceiling, before building one.

    python benchmarks/prefilter_ceiling.py --model-dir DIR [--corpus FILE.jsonl] [--docs 40]

A pre-filter would tokenize every text, keep the sentences that can hold or attribute a quote
(a quotation mark, or a word form of a cue verb or "according"), and run the expensive
processors (pos, lemma, depparse) on those only. This script times each Stanza processor over
the corpus (PolNeAR dev where present) and counts the share of characters in kept sentences;
the best end-to-end speed-up such a filter allows is then

    total / (tokenize + mwt + kept share * (pos + lemma + depparse))

with no recall lost only if nothing outside the kept sentences mattered (speaker resolution
reads names in other sentences too, so the real filter would keep more).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotekit.cue_lexicon import DEFAULT_CUE_CLASSES, cue_lemmas, verb_lemma  # noqa: E402
from quotekit.lexicon import ALL_MARKS  # noqa: E402
from quotekit.parsing import locate_models  # noqa: E402

SHARED_DEV = ROOT.parent / "shared" / "data" / "polnear" / "polnear-dev.jsonl"
STAGES = ("tokenize", "mwt", "pos", "lemma", "depparse")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", type=Path)
    ap.add_argument("--corpus", type=Path, default=SHARED_DEV)
    ap.add_argument("--docs", type=int, default=40)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such corpus (give --corpus FILE.jsonl with a text field)")
    with args.corpus.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.docs), f, strict=False)]
    import stanza

    nlp = stanza.Pipeline(
        "en",
        dir=str(locate_models(args.model_dir).path),
        processors=",".join(STAGES),
        download_method=None,
        logging_level="WARN",
    )
    docs = [stanza.Document([], text=t) for t in texts]
    seconds = {}
    for name in STAGES:
        t0 = time.perf_counter()
        docs = nlp.processors[name].bulk_process(docs)
        seconds[name] = time.perf_counter() - t0
    lemmas = cue_lemmas(DEFAULT_CUE_CLASSES)
    kept = total = 0
    for d in docs:
        for sent in d.sentences:
            chars = sent.tokens[-1].end_char - sent.tokens[0].start_char
            total += chars
            words = [w.text for w in sent.words]
            if any(ch in ALL_MARKS for w in words for ch in w) or any(
                w.lower() == "according" or verb_lemma(w.lower(), w.lower(), lemmas) in lemmas
                for w in words
            ):
                kept += chars
    share = kept / total
    cheap = seconds["tokenize"] + seconds["mwt"]
    costly = seconds["pos"] + seconds["lemma"] + seconds["depparse"]
    ceiling = (cheap + costly) / (cheap + share * costly)
    print(
        json.dumps(
            {
                "corpus": f"{args.corpus.name} (first {len(texts)} documents)",
                "stage_s": {k: round(v, 2) for k, v in seconds.items()},
                "kept_share_of_characters": round(share, 3),
                "ceiling_speedup": round(ceiling, 2),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
