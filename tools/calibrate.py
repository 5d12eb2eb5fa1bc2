#!/usr/bin/env python3
"""Rebuild quotekit/data/confidence.json from a gold file and quotekit's predictions on it.

    quotekit extract GOLD.jsonl -o PRED.jsonl
    python tools/calibrate.py GOLD.jsonl PRED.jsonl -o quotekit/data/confidence.json

For every feature key (rule | how the speaker was found | speaker kind) the confidence is the
share of predictions with that key that match a gold attribution at overlap 0.3, smoothed
towards the share of the rule, which is smoothed towards the share of all predictions.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from quotekit.confidence import feature_key
from quotekit.evaluation import load_predictions, match_document, read_gold

SMOOTHING = 5.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    preds = load_predictions(args.pred)
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for g in read_gold(args.gold):
        pq = preds.get(g["id"], [])
        _, _, used = match_document(g["quotes"], pq, 0.3)
        for j, p in enumerate(pq):
            ok = int(j in used)
            kind = (p.get("speaker") or {}).get("kind")
            for table, key in (
                (hits, feature_key(p.get("rule", ""), p.get("attribution", ""), kind)),
                (rules, p.get("rule", "")),
            ):
                table[key][0] += ok
                table[key][1] += 1
            total[0] += ok
            total[1] += 1
    base = total[0] / total[1] if total[1] else 0.5
    rule_rate = {r: (h + SMOOTHING * base) / (n + SMOOTHING) for r, (h, n) in rules.items()}
    keys = {}
    for key, (h, n) in sorted(hits.items()):
        prior = rule_rate[key.split("|")[0]]
        keys[key] = round((h + SMOOTHING * prior) / (n + SMOOTHING), 3)
    for r, rate in rule_rate.items():
        keys.setdefault(r, round(rate, 3))
    out = {
        "about": f"share of predictions matching gold at overlap 0.3, measured on {args.gold.name} "
        f"({total[1]} predictions); rebuilt by tools/calibrate.py",
        "default": round(base, 3),
        "keys": keys,
        "counts": dict(sorted(hits.items())),
    }
    args.output.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{len(keys)} keys, base rate {base:.3f}, from {total[1]} predictions")


if __name__ == "__main__":
    main()
