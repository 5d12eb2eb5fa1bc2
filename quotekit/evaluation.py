"""Evaluation: gold documents vs predicted quotes -> precision, recall, F1 and accuracies.

Matching (the definition PolNeAR-style attribution scoring uses): gold and predicted quotes of a
document are paired one-to-one, greedily by overlap ratio, where the ratio is the overlap
divided by the longer of the two spans; a pair counts at threshold T when its ratio is >= T. A
gold quote left unmatched also counts when two or more unpaired predictions lying mostly inside
it together cover >= T of it (a quote reported in pieces). Optional gold quotes are neither
required nor false positives. Speaker accuracy: the predicted speaker overlaps the gold speaker,
or is the phrase a gold relative pronoun stands for (span), or names the gold speaker's last
word (name). Cue accuracy: the predicted cue overlaps
the gold cue. With ``speech_only``, only gold quotes whose cue is a verb of saying count, and
predictions overlapping the others are ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotekit.errors import InputError
from quotekit.records import iter_jsonl

THRESHOLDS = (0.3, 0.8)

# lemmas of verbs of saying (with "according" and ":"), for --speech-only
SPEECH_CUES = frozenset(
    """
say tell add accord according ask answer argue assert announce acknowledge admit agree allege
charge claim comment complain concede conclude confirm contend declare deny describe disclose
emphasize emphasise estimate explain insist maintain mention note observe point predict promise
recall remark reply report respond reiterate stress suggest testify warn write vow urge caution
criticize criticise praise accuse propose call quote state highlight tweet post recount reveal
question wonder joke boast
""".split()
)
# Note: like the PolNeAR scorer this agrees with, a bare colon cue is not counted as speech.
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
}
_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", ""))


def cue_lemma(text: str) -> str:
    """A rough lemma of a gold cue's text, enough to tell verbs of saying.

    Deliberately not ``cue_lexicon.verb_lemma``: which gold quotes count as speech must be decided
    exactly as the PolNeAR scorer decides it, so that the figures agree with it.
    """
    t = text.lower().strip()
    if t in (":", "\u2014", "-"):
        return ":"
    if t.startswith("according"):
        return "according"
    words: list[str] = re.findall(r"[a-z]+", t)
    if not words:
        return t
    for word in words:
        for suffix, rep in _SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] + rep in SPEECH_CUES:
                return word[: -len(suffix)] + rep
        if word in SPEECH_CUES:
            return word
    for word in words:
        if word in _IRREGULAR:
            return _IRREGULAR[word]
    return words[0]


def overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Characters shared by two spans ({"start", "end"})."""
    return max(0, min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"])))


def span_of(q: dict[str, Any]) -> dict[str, int]:
    """The quote span of a predicted record (per-quote output) or of a gold quote."""
    s = q.get("quote", q)
    return {"start": int(s["start"]), "end": int(s["end"])}


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Predicted quotes by document id, from per-quote or per-document JSONL."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n, rec in iter_jsonl(path):
        if isinstance(rec.get("quotes"), list):
            doc_id = rec.get("doc_id", rec.get("id"))
            for q in rec["quotes"]:
                by_doc[str(q.get("doc_id", doc_id))].append(q)
        elif "error" in rec and "quote" not in rec:
            continue
        elif "quote" in rec:
            by_doc[str(rec["doc_id"])].append(rec)
        else:
            raise InputError(f"{path}:{n}: neither a quote record nor a document record")
    return by_doc


def read_gold(path: Path) -> Iterable[dict[str, Any]]:
    for n, doc in iter_jsonl(path):
        if "quotes" not in doc or "id" not in doc:
            raise InputError(f"{path}:{n}: a gold document needs 'id' and 'quotes'")
        yield doc


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    spk_n: int = 0
    spk_span: int = 0
    spk_name: int = 0
    cue_n: int = 0
    cue_ok: int = 0
    res_n: int = 0
    res_ok: int = 0


def match_document(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], threshold: float
) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """Pair gold and predicted quotes; returns pairs (gold index, first pred index) and the
    used gold and prediction indices."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ps = span_of(p)
            ov = overlap(g, ps)
            if ov <= 0:
                continue
            ratio = ov / max(g["end"] - g["start"], ps["end"] - ps["start"], 1)
            if ratio >= threshold:
                pairs.append((ratio, i, j))
    pairs.sort(reverse=True)
    g_used: set[int] = set()
    p_used: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in g_used or j in p_used:
            continue
        g_used.add(i)
        p_used.add(j)
        matched.append((i, j))
    # a gold quote reported in pieces
    for i, g in enumerate(gold):
        if i in g_used:
            continue
        parts = [
            j
            for j, p in enumerate(pred)
            if j not in p_used
            and overlap(g, span_of(p)) >= 0.5 * max(1, span_of(p)["end"] - span_of(p)["start"])
        ]
        if len(parts) < 2:
            continue
        covered: set[int] = set()
        for j in parts:
            ps = span_of(pred[j])
            covered.update(range(max(ps["start"], g["start"]), min(ps["end"], g["end"])))
        if len(covered) / max(1, g["end"] - g["start"]) >= threshold:
            g_used.add(i)
            p_used.update(parts)
            parts.sort(key=lambda j: span_of(pred[j])["start"])
            matched.append((i, parts[0]))
    return matched, g_used, p_used


def score(
    gold_docs: Iterable[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]],
    *,
    speech_only: bool = False,
) -> dict[str, Any]:
    """Scores at each threshold, with recall by type and the confidence calibration."""
    from quotekit.topic_scoring import has_topic_gold, score_topics  # it imports this module

    gold_docs = list(gold_docs)
    with_topics = has_topic_gold(gold_docs)
    result: dict[str, Any] = {}
    for threshold in THRESHOLDS:
        c = _Counts()
        by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        outcomes: list[tuple[float, bool]] = []
        for g in gold_docs:
            gq = g["quotes"]
            if speech_only:
                gq = [q for q in gq if q.get("cue") and cue_lemma(q["cue"]["text"]) in SPEECH_CUES]
            required = [q for q in gq if not q.get("optional")]
            required_ids = {id(q) for q in required}
            pq = preds.get(g["id"], [])
            matched, g_used, p_used = match_document(gq, pq, threshold)
            c.tp += sum(1 for i, _ in matched if id(gq[i]) in required_ids)
            c.fn += sum(1 for i, q in enumerate(gq) if not q.get("optional") and i not in g_used)
            ignored = [q for q in g["quotes"] if id(q) not in required_ids]
            for j, p in enumerate(pq):
                if j in p_used:
                    outcomes.append((_conf(p), True))
                    continue
                if (speech_only or ignored) and any(overlap(q, span_of(p)) > 0 for q in ignored):
                    continue
                c.fp += 1
                outcomes.append((_conf(p), False))
            for q in required:
                by_type[q.get("type") or "none"][1] += 1
            for i, j in matched:
                q, p = gq[i], pq[j]
                if q.get("optional"):
                    continue
                by_type[q.get("type") or "none"][0] += 1
                _score_pair(c, q, p)
        result[f"T{threshold}"] = _summary(len(gold_docs), c, by_type, outcomes)
        if with_topics:  # the gold names acceptable topics: score the matched quotes' topics
            result[f"T{threshold}"]["topics"] = score_topics(gold_docs, preds, threshold=threshold)
    return result


def _conf(p: dict[str, Any]) -> float:
    try:
        return float(p.get("confidence", 0.0))
    except (TypeError, ValueError):
        return 0.0


RELATIVE = frozenset({"who", "whom", "which", "that"})


def speaker_right(gold: dict[str, Any], pred: dict[str, Any] | None) -> bool:
    """The predicted speaker span is the gold one: they overlap, or the gold speaker is a
    relative pronoun and the prediction is the phrase it stands for, ending at most three
    characters before it ("officials, who said": "officials")."""
    if not pred or pred.get("start") is None:
        return False
    if overlap(gold, pred) > 0:
        return True
    if str(gold.get("text", "")).strip().lower() not in RELATIVE:
        return False
    return 0 <= int(gold["start"]) - int(pred["end"]) <= 3


def _score_pair(c: _Counts, q: dict[str, Any], p: dict[str, Any]) -> None:
    ps = p.get("speaker")
    if q.get("speaker"):
        c.spk_n += 1
        if speaker_right(q["speaker"], ps):
            c.spk_span += 1
        words = re.findall(r"\w+", q["speaker"]["text"].lower())
        head = words[-1] if words else ""
        ptxt = " ".join(str((ps or {}).get(k) or "") for k in ("text", "name")).lower()
        if (
            head
            and ps
            and (re.search(r"\b" + re.escape(head) + r"\b", ptxt) or overlap(q["speaker"], ps) > 0)
        ):
            c.spk_name += 1
    if q.get("speaker_name"):
        c.res_n += 1
        last = q["speaker_name"].split()[-1].lower()
        if last in str((ps or {}).get("name") or (ps or {}).get("text") or "").lower():
            c.res_ok += 1
    if q.get("cue"):
        c.cue_n += 1
        pc = p.get("cue")
        if pc and pc.get("start") is not None and overlap(q["cue"], pc) > 0:
            c.cue_ok += 1


def _pct(a: int, b: int) -> float | None:
    return round(100 * a / b, 1) if b else None


def _summary(
    docs: int, c: _Counts, by_type: dict[str, list[int]], outcomes: list[tuple[float, bool]]
) -> dict[str, Any]:
    p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0
    r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "docs": docs,
        "tp": c.tp,
        "fp": c.fp,
        "fn": c.fn,
        "P": round(100 * p, 1),
        "R": round(100 * r, 1),
        "F1": round(100 * f, 1),
        "speaker_span_acc": _pct(c.spk_span, c.spk_n),
        "speaker_name_acc": _pct(c.spk_name, c.spk_n),
        "resolved_name_acc": _pct(c.res_ok, c.res_n),
        "cue_acc": _pct(c.cue_ok, c.cue_n),
        "recall_by_type": {
            k: round(100 * v[0] / v[1], 1) for k, v in sorted(by_type.items()) if v[1]
        },
        "ece": expected_calibration_error(outcomes),
    }


def expected_calibration_error(outcomes: list[tuple[float, bool]], bins: int = 10) -> float | None:
    """ECE in percentage points: the gap between confidence and accuracy, averaged over
    equal-width confidence bins weighted by their size."""
    if not outcomes:
        return None
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        in_bin = [(c, ok) for c, ok in outcomes if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not in_bin:
            continue
        conf = sum(c for c, _ in in_bin) / len(in_bin)
        acc = sum(1 for _, ok in in_bin if ok) / len(in_bin)
        total += len(in_bin) * abs(conf - acc)
    return round(100 * total / len(outcomes), 1)


def score_files(gold: Path, pred: Path, *, speech_only: bool = False) -> dict[str, Any]:
    """Score a predictions file against a gold file."""
    return score(read_gold(gold), load_predictions(pred), speech_only=speech_only)


def format_table(result: dict[str, Any]) -> str:
    """The scores as a plain-text table."""
    from quotekit.topic_scoring import format_topic_line

    rows: list[tuple[str, ...]] = [
        ("overlap", "P", "R", "F1", "tp", "fp", "fn", "speaker", "cue", "resolved", "ECE")
    ]
    for key, r in result.items():
        rows.append(
            (
                key[1:],
                *(str(r[k]) for k in ("P", "R", "F1", "tp", "fp", "fn")),
                *(
                    ("-" if r[k] is None else f"{r[k]}")
                    for k in ("speaker_span_acc", "cue_acc", "resolved_name_acc", "ece")
                ),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=False)) for row in rows]
    for key, r in result.items():
        types = ", ".join(f"{k} {v}" for k, v in r["recall_by_type"].items())
        lines.append(f"recall by type at {key[1:]}: {types}")
    for key, r in result.items():
        if "topics" in r:
            lines.append(f"at {key[1:]}, " + format_topic_line(r["topics"]))
    lines.append(
        "speaker: speaker span accuracy (%); cue: cue accuracy (%); resolved: resolved "
        "name accuracy (%); ECE: expected calibration error (points)"
    )
    return "\n".join(lines)
