"""Confidence: a candidate and its attribution -> a calibrated probability that it is right.

The probability is looked up in ``quotekit/data/confidence.json``: for each feature key (the
rule that found the quote, how its speaker was found, the speaker's kind), the share of such
predictions that matched a gold attribution (overlap 0.3) on the PolNeAR train set, smoothed
towards the rule's share. ``tools/calibrate.py`` rebuilds the
table; ``quotekit evaluate`` reports how well calibrated it is (expected calibration error).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from quotekit.records import Attribution, QuoteCandidate, Speaker


@cache
def _table() -> dict[str, Any]:
    raw = resources.files("quotekit").joinpath("data/confidence.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


def feature_key(rule: str, how: str, speaker_kind: str | None) -> str:
    """The calibration key of a prediction."""
    return f"{rule}|{how}|{speaker_kind or 'none'}"


def estimate_confidence(cand: QuoteCandidate, attr: Attribution, speaker: Speaker | None) -> float:
    """The calibrated confidence of one prediction, in [0, 1]."""
    table = _table()
    key = feature_key(cand.rule, attr.how, speaker.kind if speaker else None)
    for k in (key, cand.rule):
        if k in table["keys"]:
            return float(table["keys"][k])
    return float(table["default"])
