#!/usr/bin/env python3
"""How often a resolved speaker name agrees with a gold speaker that is itself a name.

    quotekit extract GOLD.jsonl -o PRED.jsonl
    python tools/name_agreement.py GOLD.jsonl PRED.jsonl

PolNeAR marks speaker spans but no canonical names, so `quotekit evaluate` cannot score
`speaker.name` on it. This is a proxy: among the speech attributions matched at overlap 0.3
whose gold speaker holds two capitalized words in a row ("Sen. Chris Murphy", "Donald Trump"),
the share whose predicted `speaker.name` ends in a whole word of the gold speaker (a party and
state label such as "(R-Ga.)" does not count). It catches a name
resolved to the wrong person ("Sen. Chris Murphy" -> "Patty Murray"), not a pronoun resolved
wrongly (the gold speaker is then the pronoun).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from quotekit.evaluation import SPEECH_CUES, cue_lemma, load_predictions, match_document, read_gold

_NAME = re.compile(r"\b[A-Z][\w.'\u2019-]+ [A-Z][\w'\u2019-]+")
_WORD = re.compile(r"[\w'\u2019-]+")


def _names_word(gold_speaker: str, word: str) -> bool:
    """Whether the word is a whole word of the gold speaker's name part: not a piece of one
    ("R" in "Rand"), nor the party and state label after it ("Ga." of "(R-Ga.)")."""
    text = _LABEL.sub(" ", gold_speaker)
    return (
        re.search(r"(?<![\w'\u2019])" + re.escape(word) + r"(?![\w'\u2019])", text, re.I)
        is not None
    )


_LABEL = re.compile(r"\([^)]*\)|,\s*[RDI]-[A-Z][\w.]*\s*,?")


def agreement(gold: Path, pred: Path) -> dict[str, int]:
    preds = load_predictions(pred)
    counts = {"agrees": 0, "disagrees": 0, "unresolved": 0}
    for g in read_gold(gold):
        quotes = [
            q for q in g["quotes"] if q.get("cue") and cue_lemma(q["cue"]["text"]) in SPEECH_CUES
        ]
        pq = preds.get(g["id"], [])
        pairs, _, _ = match_document(quotes, pq, 0.3)
        for gi, pj in pairs:
            gold_speaker = (quotes[gi].get("speaker") or {}).get("text") or ""
            if not _NAME.search(gold_speaker):
                continue
            name = (pq[pj].get("speaker") or {}).get("name") or ""
            words = _WORD.findall(name)
            if not words:
                counts["unresolved"] += 1
            elif _names_word(gold_speaker, words[-1]):
                counts["agrees"] += 1
            else:
                counts["disagrees"] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    args = ap.parse_args()
    c = agreement(args.gold, args.pred)
    total = sum(c.values())
    if not total:
        print("no matched attribution has a gold speaker that is a name")
        return
    print(
        f"{total} matched speech attributions with a named gold speaker: "
        + ", ".join(f"{k} {v} ({100 * v / total:.1f} %)" for k, v in c.items())
    )


if __name__ == "__main__":
    main()
