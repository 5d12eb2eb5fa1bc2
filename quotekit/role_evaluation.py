"""Evaluation by role and by rule: gold documents vs predicted quotes -> one score per part.

``quotekit evaluate --by-role`` scores each role of an attribution on its own, as BBC Citron
scores its components:

- cues: predicted cue spans against the gold quotes' cue spans, one-to-one by overlap,
  whatever the quote they belong to (precision, recall, F1);
- contents: among the quotes matched at overlap 0.3 (quotekit.evaluation's matching), how often
  the predicted start, end, or both are the gold's, after trimming spaces, punctuation and
  quotation marks at both ends of both spans;
- sources: among the same matched quotes whose gold has a speaker, how often the predicted
  speaker is right (its span overlaps the gold's, or it is the phrase a gold relative pronoun
  stands for), as quotekit.evaluation counts it.

``--by-rule`` gives the precision of each rule id: of the predictions a rule made, how many
match a gold quote at each overlap threshold.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from quotekit.evaluation import (
    SPEECH_CUES,
    THRESHOLDS,
    cue_lemma,
    match_document,
    overlap,
    span_of,
    speaker_right,
)

_TRIM = " \t\r\n.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb()-\u2014"
_LENIENT = THRESHOLDS[0]


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "P": _r(p), "R": _r(r), "F1": _r(f)}


def _r(x: float) -> float:
    return round(100 * x, 1)


def _pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


def _gold_quotes(doc: dict[str, Any], speech_only: bool) -> list[dict[str, Any]]:
    gq: list[dict[str, Any]] = doc["quotes"]
    if speech_only:
        gq = [q for q in gq if q.get("cue") and cue_lemma(q["cue"]["text"]) in SPEECH_CUES]
    return gq


def _ignored(doc: dict[str, Any], kept: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold quotes left out of scoring (optional, or not speech under speech_only): a
    prediction that overlaps one is neither right nor wrong."""
    kept_ids = {id(q) for q in kept if not q.get("optional")}
    return [q for q in doc["quotes"] if id(q) not in kept_ids]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _cue_counts(
    gold: list[dict[str, Any]], ignored: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[int, int, int]:
    """(tp, fp, fn) of cue spans in one document: one-to-one, by overlap."""
    gold_cues = {
        (int(q["cue"]["start"]), int(q["cue"]["end"]))
        for q in gold
        if q.get("cue") and not q.get("optional")
    }
    other_cues = [q["cue"] for q in ignored if q.get("cue")]
    pred_cues: set[tuple[int, int]] = set()
    for p in pred:
        c = p.get("cue")
        if not c or c.get("start") is None:
            continue
        span = {"start": int(c["start"]), "end": int(c["end"])}
        if any(overlap(span, o) > 0 for o in other_cues):
            continue
        pred_cues.add((span["start"], span["end"]))
    used: set[tuple[int, int]] = set()
    tp = 0
    for g in sorted(gold_cues):
        for pc in sorted(pred_cues - used):
            if min(g[1], pc[1]) > max(g[0], pc[0]):
                used.add(pc)
                tp += 1
                break
    return tp, len(pred_cues) - len(used), len(gold_cues) - tp


def score_by_role(
    gold_docs: list[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]],
    *,
    speech_only: bool = False,
) -> dict[str, Any]:
    """Cue P/R/F1, content boundary accuracy and source accuracy, each on its own."""
    cue = [0, 0, 0]
    matched = starts = ends = both = 0
    src_n = src_ok = 0
    for g in gold_docs:
        gq = _gold_quotes(g, speech_only)
        pq = preds.get(str(g["id"]), [])
        for k, n in enumerate(_cue_counts(gq, _ignored(g, gq), pq)):
            cue[k] += n
        text = str(g.get("text", ""))
        pairs, _, _ = match_document(gq, pq, _LENIENT)
        for i, j in pairs:
            q, p = gq[i], pq[j]
            if q.get("optional"):
                continue
            matched += 1
            gs, ge = _trimmed(text, int(q["start"]), int(q["end"]))
            ps = span_of(p)
            ps_, pe = _trimmed(text, ps["start"], ps["end"])
            starts += gs == ps_
            ends += ge == pe
            both += gs == ps_ and ge == pe
            if q.get("speaker"):
                src_n += 1
                src_ok += speaker_right(q["speaker"], p.get("speaker"))
    return {
        "docs": len(gold_docs),
        "cue": _prf(*cue),
        "content": {
            "matched": matched,
            "start_acc": _pct(starts, matched),
            "end_acc": _pct(ends, matched),
            "exact_acc": _pct(both, matched),
        },
        "source": {"scored": src_n, "acc": _pct(src_ok, src_n)},
    }


def score_by_rule(
    gold_docs: list[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]],
    *,
    speech_only: bool = False,
) -> dict[str, Any]:
    """For each rule id: its predictions, and the precision of them at each threshold.

    A prediction is right when it matches a required gold quote (alone or as a piece of one),
    wrong when it matches none; one that matches or overlaps a gold quote left out of scoring
    (optional, or not speech under ``speech_only``) is neither, as in ``evaluation.score``.
    ``n`` counts the predictions scored at the lower threshold.
    """
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in gold_docs:
        gq = _gold_quotes(g, speech_only)
        ignored = _ignored(g, gq)
        pq = preds.get(str(g["id"]), [])
        for threshold in THRESHOLDS:
            for j, outcome in enumerate(_outcomes(gq, ignored, pq, threshold)):
                if outcome is None:
                    continue
                rule = str(pq[j].get("rule") or "-")
                counts[rule][f"n{threshold}"] += 1
                counts[rule][f"tp{threshold}"] += outcome
    out: dict[str, Any] = {}
    for rule in sorted(counts, key=lambda r: (-counts[r][f"n{_LENIENT}"], r)):
        c = counts[rule]
        out[rule] = {"n": c[f"n{_LENIENT}"]} | {
            f"P{t}": _pct(c[f"tp{t}"], c[f"n{t}"]) for t in THRESHOLDS
        }
    return out


def _outcomes(
    gold: list[dict[str, Any]],
    ignored: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    threshold: float,
) -> list[bool | None]:
    """For each prediction: right (True), wrong (False) or not scored (None)."""
    pairs, _, p_used = match_document(gold, pred, threshold)
    gold_of = {j: gold[i] for i, j in pairs}
    for j in p_used - set(gold_of):
        # a piece of a quote reported in pieces: the matched gold quote it lies most inside
        ps = span_of(pred[j])
        gold_of[j] = max((gold[i] for i, _ in pairs), key=lambda q: overlap(q, ps))
    out: list[bool | None] = []
    for j, p in enumerate(pred):
        if j in gold_of:
            out.append(None if gold_of[j].get("optional") else True)
        elif any(overlap(q, span_of(p)) > 0 for q in ignored):
            out.append(None)
        else:
            out.append(False)
    return out


def format_by_role(result: dict[str, Any]) -> str:
    """The role scores as plain text."""
    c, t, s = result["cue"], result["content"], result["source"]
    return "\n".join(
        [
            f"cue      P {c['P']}  R {c['R']}  F1 {c['F1']}  (tp {c['tp']}, fp {c['fp']}, "
            f"fn {c['fn']})",
            f"content  exact {_show(t['exact_acc'])}  start {_show(t['start_acc'])}  "
            f"end {_show(t['end_acc'])}  (of {t['matched']} quotes matched at {_LENIENT})",
            f"source   {_show(s['acc'])}  (of {s['scored']} matched quotes with a gold speaker)",
            "content: boundaries equal to the gold's after trimming spaces, punctuation and "
            "quotation marks (%); source: speaker accuracy (%)",
        ]
    )


def format_by_rule(result: dict[str, Any]) -> str:
    """The per-rule precision as a plain-text table."""
    rows = [("rule", "n", *(f"P@{t}" for t in THRESHOLDS))]
    for rule, r in result.items():
        rows.append((rule, str(r["n"]), *(_show(r[f"P{t}"]) for t in THRESHOLDS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if k == 0 else cell.rjust(w)
            for k, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def _show(value: float | None) -> str:
    return "-" if value is None else str(value)
