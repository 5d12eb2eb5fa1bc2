#!/usr/bin/env python3
"""Won and lost gold attributions between two prediction files: what a rule change did.

    quotekit parse GOLD.jsonl -o GOLD.spacy                            # once: the parses
    quotekit extract GOLD.jsonl --parses GOLD.spacy -o before.jsonl    # before the change
    quotekit extract GOLD.jsonl --parses GOLD.spacy -o after.jsonl     # after it
    python tools/diff_predictions.py GOLD.jsonl before.jsonl after.jsonl --speech-only

A gold attribution is *won* when it is matched after the change and was not before, *lost* the
other way round; unmatched predictions (false positives) are counted too. Matching is
``quotekit evaluate``'s (and the shared scorer's): one-to-one by character overlap at each
threshold. The first line is the summary that commit messages quote; ``--list`` prints each won
and lost attribution with its document, offsets and the rule of the prediction that matched it.
``--identical`` only checks that the two files hold the same records (a refactoring's proof).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quotekit.evaluation import (
    SPEECH_CUES,
    THRESHOLDS,
    cue_lemma,
    load_predictions,
    match_document,
    read_gold,
)


def _matched(
    gold: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]], threshold: float
) -> tuple[dict[tuple[str, int], str], int]:
    """(doc id, gold index) -> rule of the matching prediction; and the unmatched predictions."""
    won: dict[tuple[str, int], str] = {}
    fp = 0
    for g in gold:
        pq = preds.get(g["id"], [])
        pairs, _, p_used = match_document(g["quotes"], pq, threshold)
        for i, j in pairs:
            won[(g["id"], i)] = str(pq[j].get("rule", ""))
        fp += len(pq) - len(p_used)
    return won, fp


def _identical(a: Path, b: Path) -> int:
    la = a.read_bytes().splitlines()
    lb = b.read_bytes().splitlines()
    if la == lb:
        print(f"identical: {len(la)} records")
        return 0
    diff = sum(1 for x, y in zip(la, lb, strict=False) if x != y) + abs(len(la) - len(lb))
    print(f"different: {diff} of {max(len(la), len(lb))} lines differ")
    return 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--speech-only", action="store_true", help="only gold with a verb of saying")
    ap.add_argument("--list", action="store_true", help="print each won and lost attribution")
    ap.add_argument("--identical", action="store_true", help="only compare the two files")
    args = ap.parse_args()
    if args.identical:
        return _identical(args.before, args.after)
    gold = list(read_gold(args.gold))
    if args.speech_only:
        for g in gold:
            g["quotes"] = [
                q
                for q in g["quotes"]
                if q.get("cue") and cue_lemma(q["cue"]["text"]) in SPEECH_CUES
            ]
    before, after = load_predictions(args.before), load_predictions(args.after)
    texts = {g["id"]: g for g in gold}
    lines = []
    summary = []
    for threshold in THRESHOLDS:
        old, old_fp = _matched(gold, before, threshold)
        new, new_fp = _matched(gold, after, threshold)
        won = sorted(set(new) - set(old))
        lost = sorted(set(old) - set(new))
        summary.append(
            f"@{threshold}: +{len(won)} won, -{len(lost)} lost, "
            f"unmatched predictions {old_fp} -> {new_fp}"
        )
        if args.list:
            for tag, keys, rules in (("won", won, new), ("lost", lost, old)):
                for doc_id, i in keys:
                    q = texts[doc_id]["quotes"][i]
                    lines.append(
                        json.dumps(
                            {
                                "at": threshold,
                                tag: doc_id,
                                "gold": [q["start"], q["end"]],
                                "rule": rules[(doc_id, i)],
                            }
                        )
                    )
    scope = "speech cues" if args.speech_only else "all attributions"
    print(f"{scope}: " + "; ".join(summary))
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
