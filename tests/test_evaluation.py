"""Evaluation: the matching rules, and agreement with the shared scorer on the same files."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from quotekit.evaluation import expected_calibration_error, score, score_files
from quotekit.role_evaluation import format_by_role, format_by_rule, score_by_role, score_by_rule

TEXT = "Lavrov said the talks failed. He added that more talks would follow soon."
GOLD = {"id": "d", "text": TEXT, "quotes": [
    {"start": 12, "end": 28, "text": TEXT[12:28], "type": "indirect",
     "speaker": {"start": 0, "end": 6, "text": "Lavrov"}, "cue": {"start": 7, "end": 11, "text": "said"}},
    {"start": 39, "end": 72, "text": TEXT[39:72], "type": "indirect",
     "speaker": {"start": 30, "end": 32, "text": "He"}, "cue": {"start": 33, "end": 38, "text": "added"}},
]}


def _pred(start: int, end: int, speaker=None, cue=None, conf=0.9):  # type: ignore[no-untyped-def]
    return {"doc_id": "d", "quote": {"start": start, "end": end, "text": TEXT[start:end]},
            "speaker": speaker, "cue": cue, "type": "indirect", "confidence": conf}


def test_match_thresholds_and_accuracies() -> None:
    preds = {"d": [_pred(12, 28, {"start": 0, "end": 6, "text": "Lavrov"}, {"start": 7, "end": 11, "text": "said"}),
                   _pred(44, 60, {"start": 30, "end": 32, "text": "He", "name": "Lavrov"}),
                   _pred(0, 5)]}
    r = score([GOLD], preds)
    assert (r["T0.3"]["tp"], r["T0.3"]["fp"], r["T0.3"]["fn"]) == (2, 1, 0)
    assert (r["T0.8"]["tp"], r["T0.8"]["fp"], r["T0.8"]["fn"]) == (1, 2, 1)
    assert r["T0.3"]["speaker_span_acc"] == 100.0
    assert r["T0.3"]["cue_acc"] == 50.0


def test_quote_in_pieces_matches() -> None:
    preds = {"d": [_pred(39, 55), _pred(56, 72)]}
    r = score([GOLD], preds)
    # at 0.3 the first piece matches alone; at 0.8 only the pieces together do
    assert (r["T0.3"]["tp"], r["T0.3"]["fp"]) == (1, 1)
    assert (r["T0.8"]["tp"], r["T0.8"]["fp"]) == (1, 0)


def test_ece() -> None:
    assert expected_calibration_error([(0.8, True)] * 8 + [(0.8, False)] * 2) == 0.0
    assert expected_calibration_error([(1.0, False)]) == 100.0
    assert expected_calibration_error([]) is None


def _perturb(gold_path: Path, out: Path, seed: int = 7) -> None:
    """Predictions made from gold by shifting, dropping, splitting and adding spans."""
    rng = random.Random(seed)
    with open(gold_path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            g = json.loads(line)
            text = g["text"]
            for q in g["quotes"]:
                roll = rng.random()
                if roll < 0.15:
                    continue
                s, e = q["start"], q["end"]
                if roll < 0.3:
                    s = min(e - 1, s + rng.randint(0, (e - s) // 2))
                spans = [(s, e)]
                if roll > 0.9 and e - s > 10:
                    mid = (s + e) // 2
                    spans = [(s, mid), (mid + 1, e)]
                for a, b in spans:
                    sp = q["speaker"] if rng.random() < 0.7 else None
                    rec = {"doc_id": g["id"], "quote": {"start": a, "end": b, "text": text[a:b]},
                           "speaker": sp, "cue": q["cue"] if rng.random() < 0.8 else None,
                           "type": q["type"], "confidence": round(rng.random(), 2)}
                    o.write(json.dumps(rec) + "\n")
            for _ in range(3):
                a = rng.randint(0, max(0, len(text) - 40))
                o.write(json.dumps({"doc_id": g["id"], "quote": {"start": a, "end": a + 30, "text": text[a:a + 30]},
                                    "speaker": None, "cue": None, "type": "direct"}) + "\n")


def test_agrees_with_shared_scorer(shared: Path, tmp_path: Path) -> None:
    gold = shared / "data" / "polnear" / "polnear-dev.jsonl"
    pred = tmp_path / "pred.jsonl"
    _perturb(gold, pred)
    for extra in ([], ["--speech-only"]):
        out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(gold), str(pred), *extra],
                             capture_output=True, text=True, check=True).stdout
        theirs = json.loads(out)
        ours = score_files(gold, pred, speech_only=bool(extra))
        for key in ("T0.3", "T0.8"):
            mine = {k: v for k, v in ours[key].items() if k != "ece"}
            assert mine == theirs[key], (extra, key)


def test_name_agreement_proxy_counts_named_gold_speakers_only(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "name_agreement", Path(__file__).parent.parent / "tools" / "name_agreement.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text = "Sen. Chris Murphy said the talks failed. He added that more talks would follow."
    gold = {"id": "d", "text": text, "quotes": [
        {"start": 23, "end": 39, "text": text[23:39], "type": "indirect",
         "speaker": {"start": 0, "end": 17, "text": text[0:17]},
         "cue": {"start": 18, "end": 22, "text": "said"}},
        {"start": 50, "end": 78, "text": text[50:78], "type": "indirect",
         "speaker": {"start": 41, "end": 43, "text": "He"},
         "cue": {"start": 44, "end": 49, "text": "added"}},
    ]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")

    def pred(name: str) -> str:
        return json.dumps({"doc_id": "d", "quote": {"start": 23, "end": 39, "text": text[23:39]},
                           "speaker": {"start": 0, "end": 17, "text": text[0:17], "name": name},
                           "cue": None, "type": "indirect", "confidence": 0.9}) + "\n" + json.dumps(
            {"doc_id": "d", "quote": {"start": 50, "end": 78, "text": text[50:78]},
             "speaker": {"start": 41, "end": 43, "text": "He", "name": "Patty Murray"},
             "cue": None, "type": "indirect", "confidence": 0.9}) + "\n"

    (tmp_path / "pred.jsonl").write_text(pred("Chris Murphy"))
    counts = tool.agreement(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")
    assert counts == {"agrees": 1, "disagrees": 0, "unresolved": 0}
    (tmp_path / "pred.jsonl").write_text(pred("Patty Murray"))
    counts = tool.agreement(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")
    assert counts == {"agrees": 0, "disagrees": 1, "unresolved": 0}
    # a whole word of the name, not a piece of one nor the party and state label
    assert tool._names_word("Sen. David Perdue (R-Ga.)", "Perdue")
    assert not tool._names_word("Sen. David Perdue (R-Ga.)", "Ga.")
    assert not tool._names_word("Sen. Mitch McConnell, R-Ky., who", "Ky.")
    assert not tool._names_word("Sen. Rand Paul", "R")


REL_TEXT = "Two officials, who declined to be named, said the vote would slip. Parks staff, that said it."
REL_GOLD = {"id": "r", "text": REL_TEXT, "quotes": [
    # the gold speaker is the relative pronoun; the phrase it stands for is right too
    {"start": 46, "end": 65, "text": REL_TEXT[46:65], "type": "indirect",
     "speaker": {"start": 15, "end": 18, "text": "who"}, "cue": {"start": 41, "end": 45, "text": "said"}},
    {"start": 90, "end": 92, "text": REL_TEXT[90:92], "type": "indirect",
     "speaker": {"start": 80, "end": 84, "text": "that"}, "cue": {"start": 85, "end": 89, "text": "said"}},
]}


def _rel_pred(start: int, end: int, s: int, e: int) -> dict:  # type: ignore[type-arg]
    return {"doc_id": "r", "quote": {"start": start, "end": end, "text": REL_TEXT[start:end]},
            "speaker": {"start": s, "end": e, "text": REL_TEXT[s:e]}, "cue": None, "type": "indirect"}


@pytest.mark.issue(15)
def test_relative_pronoun_credit_agrees_with_shared_scorer(shared: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(REL_GOLD) + "\n")
    pred = tmp_path / "pred.jsonl"
    # "Two officials" ends 2 characters before "who": right; "Parks" ends 8 before "that": wrong
    pred.write_text(json.dumps(_rel_pred(46, 65, 0, 13)) + "\n" + json.dumps(_rel_pred(90, 92, 67, 72)) + "\n")
    out = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out)
    ours = score_files(gold, pred)
    for key in ("T0.3", "T0.8"):
        assert {k: v for k, v in ours[key].items() if k != "ece"} == theirs[key]
    assert ours["T0.3"]["speaker_span_acc"] == 50.0


def test_by_role_scores_each_role_on_its_own() -> None:
    preds = {"d": [
        # content exact but speaker wrong, cue right
        _pred(12, 28, {"start": 30, "end": 32, "text": "He"}, {"start": 7, "end": 11, "text": "said"}),
        # content a little long (takes "that"), speaker right, cue missing
        _pred(34, 72, {"start": 30, "end": 32, "text": "He"}),
        # a cue with no gold
        _pred(0, 5, None, {"start": 0, "end": 6, "text": "Lavrov"}),
    ]}
    r = score_by_role([GOLD], preds)
    assert (r["cue"]["tp"], r["cue"]["fp"], r["cue"]["fn"]) == (1, 1, 1)
    assert r["content"] == {"matched": 2, "start_acc": 50.0, "end_acc": 100.0, "exact_acc": 50.0}
    assert r["source"] == {"scored": 2, "acc": 50.0}
    assert format_by_role(r).splitlines()[0].startswith("cue      P 50.0  R 50.0  F1 50.0")


def test_by_rule_gives_each_rules_precision() -> None:
    preds = {"d": [
        {**_pred(12, 28), "rule": "ccomp-complement"},
        {**_pred(39, 72), "rule": "ccomp-complement"},
        {**_pred(0, 5), "rule": "direct-no-cue"},
    ]}
    r = score_by_rule([GOLD], preds)
    assert r == {"ccomp-complement": {"n": 2, "P0.3": 100.0, "P0.8": 100.0},
                 "direct-no-cue": {"n": 1, "P0.3": 0.0, "P0.8": 0.0}}
    lines = format_by_rule(r).splitlines()
    assert lines[0].split() == ["rule", "n", "P@0.3", "P@0.8"]
    assert lines[1].split() == ["ccomp-complement", "2", "100.0", "100.0"]


def test_by_rule_leaves_out_what_matches_an_optional_quote() -> None:
    gold = {**GOLD, "quotes": [GOLD["quotes"][0], {**GOLD["quotes"][1], "optional": True}]}
    preds = {"d": [{**_pred(12, 28), "rule": "ccomp-complement"},
                   {**_pred(39, 72), "rule": "that-clause"}]}
    # as the overall score counts it: one true positive, and the optional quote neither way
    assert (score([gold], preds)["T0.3"]["tp"], score([gold], preds)["T0.3"]["fp"]) == (1, 0)
    assert score_by_rule([gold], preds) == {"ccomp-complement": {"n": 1, "P0.3": 100.0, "P0.8": 100.0}}
