"""Topic scoring: the judgement of one topic, the share over matched quotes, the merge tool and
the evaluation table's topic line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotekit.evaluation import format_table, score
from quotekit.topic_scoring import judge_topic, score_topics, word_f1

TEXT = (
    "The mayor said the new bridge toll would hurt commuters. "
    "She added that it was a head-to-head race."
)


def _at(phrase: str, nth: int = 0) -> dict[str, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase)}


def _topic(phrase: str, nth: int = 0) -> dict[str, object]:
    return {"text": phrase, **_at(phrase, nth)}


BRIDGE = [_at("the new bridge toll")]


@pytest.mark.parametrize(
    "topic, gold, expected",
    [
        pytest.param(_topic("the new bridge toll"), BRIDGE, None, id="exact"),
        pytest.param(_topic("bridge toll"), BRIDGE, None, id="shorter-form"),
        pytest.param(_topic("new bridge"), BRIDGE, None, id="half-the-words"),
        pytest.param(_topic("toll"), BRIDGE, "partial", id="fragment"),
        pytest.param(_topic("commuters"), BRIDGE, "wrong_subject", id="other-object"),
        pytest.param(_topic("The mayor"), BRIDGE, "wrong_subject", id="speaker"),
        pytest.param(_topic("it"), BRIDGE, "vague", id="pronoun"),
        pytest.param(None, BRIDGE, "none", id="missing"),
        pytest.param(
            {"text": "bridge tolls", "start": None, "end": None},
            BRIDGE,
            "not_verbatim",
            id="no-offsets",
        ),
        pytest.param(
            {"text": "the new bridge tol", **_at("the new bridge toll")},
            BRIDGE,
            "not_verbatim",
            id="offsets-do-not-hold-text",
        ),
        pytest.param(None, [], None, id="no-topic-wanted"),
        pytest.param(_topic("commuters"), [], "wrong_subject", id="topic-where-none-wanted"),
    ],
)
def test_judge_topic(
    topic: dict[str, object] | None, gold: list[dict[str, int]], expected: str | None
) -> None:
    assert judge_topic(TEXT, topic, gold) == expected


def test_same_phrase_elsewhere_counts() -> None:
    text = "Tolls rose. The council said tolls hurt. Critics agreed that tolls hurt."
    first, last = text.index("tolls"), text.rindex("tolls")
    topic = {"text": "tolls", "start": first, "end": first + 5}
    assert judge_topic(text, topic, [{"start": last, "end": last + 5}]) is None


def test_word_f1() -> None:
    assert word_f1("the Iran deal", "the Iran deal") == 1.0
    assert word_f1("China's approach", "China's approach to Ukraine") == pytest.approx(2 / 3)
    assert word_f1("head", "head-to-head") == 0.0


GOLD_DOC = {
    "id": "d",
    "text": TEXT,
    "quotes": [
        {"start": 15, "end": 56, "text": TEXT[15:56], "topics": BRIDGE},
        {"start": 67, "end": 98, "text": TEXT[67:98], "topics": [_at("head-to-head race")]},
        {"start": 0, "end": 3, "text": TEXT[0:3]},  # no topic gold: never scored
    ],
}


def _pred(start: int, end: int, topic: dict[str, object] | None) -> dict[str, object]:
    return {
        "doc_id": "d",
        "quote": {"start": start, "end": end, "text": TEXT[start:end]},
        "topic": topic,
        "confidence": 0.5,
    }


def test_score_topics_counts_matched_quotes_only() -> None:
    preds = {"d": [_pred(15, 56, _topic("bridge toll")), _pred(0, 3, _topic("The mayor"))]}
    r = score_topics([GOLD_DOC], preds)
    assert (r["matched"], r["unmatched"], r["acceptable"]) == (1, 1, 1)
    assert r["acceptable_pct"] == 100.0
    preds = {"d": [_pred(15, 56, _topic("commuters")), _pred(67, 98, _topic("head"))]}
    r = score_topics([GOLD_DOC], preds)
    assert (r["matched"], r["acceptable"]) == (2, 0)
    assert r["failures"]["wrong_subject"] == 1 and r["failures"]["partial"] == 1


def test_evaluation_scores_topics_only_with_topic_gold() -> None:
    preds = {"d": [_pred(15, 56, _topic("the new bridge toll"))]}
    result = score([GOLD_DOC], preds)
    assert result["T0.3"]["topics"]["acceptable"] == 1
    assert "at 0.3, topics: 1 of 1 matched quotes acceptable (100.0 %)" in format_table(result)
    plain = {
        **GOLD_DOC,
        "quotes": [{k: v for k, v in q.items() if k != "topics"} for q in GOLD_DOC["quotes"]],
    }
    result = score([plain], preds)
    assert "topics" not in result["T0.3"]
    assert "topics:" not in format_table(result)


def test_merge_topic_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {k: v for k, v in GOLD_DOC.items() if k != "quotes"}
            | {"quotes": [{"start": 15, "end": 56}, {"start": 67, "end": 98}]}
        )
        + "\n",
        encoding="utf-8",
    )
    rows = tmp_path / "t.topics.jsonl"
    rows.write_text(
        json.dumps(
            {"doc_id": "d", "quote": {"start": 67, "end": 98}, "topics": [_at("head-to-head race")]}
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "merged.jsonl"
    tool = Path(__file__).parent.parent / "tools" / "merge_topic_gold.py"
    run = subprocess.run(
        [sys.executable, str(tool), str(rows), str(gold), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    (doc,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "topics" not in doc["quotes"][0]
    assert doc["quotes"][1]["topics"] == [{**_at("head-to-head race"), "text": "head-to-head race"}]
    rows.write_text(
        json.dumps({"doc_id": "d", "quote": {"start": 1, "end": 2}, "topics": []}) + "\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, str(tool), str(rows), str(gold), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert run.stderr.strip() == "merge_topic_gold: d: no gold quote at 1-2"


def test_evaluate_command_prints_topic_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quotekit.cli import app

    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD_DOC) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(_pred(15, 56, _topic("toll"))) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 0, result.output
    assert (
        "at 0.3, topics: 0 of 1 matched quotes acceptable (0.0 %); 1 with topic gold not "
        "matched; failures: none 0, not_verbatim 0, vague 0, partial 1, wrong_subject 0"
    ) in result.output


GOLD_FILES = sorted((Path(__file__).parent / "data" / "topics").glob("*.topics.jsonl"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_topic_gold_files_hold_offsets_that_name_noun_phrases(path: Path, shared: Path) -> None:
    # the checks tests/data/topics/README.md lists: ids and offsets only, every quote a gold
    # quote of its article, every topic 1 to 8 words of the article and no bare pronoun
    from quotekit.lexicon import PRONOUN_WORDS

    split = "dev" if "-dev" in path.name else "train"
    articles = {}
    with open(shared / "data" / "polnear" / f"polnear-{split}.jsonl", encoding="utf-8") as fp:
        for line in fp:
            doc = json.loads(line)
            articles[doc["id"]] = doc
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows
    for row in rows:
        assert set(row) == {"doc_id", "quote", "topics"}, row
        doc = articles[row["doc_id"]]
        quote = (row["quote"]["start"], row["quote"]["end"])
        assert quote in {(q["start"], q["end"]) for q in doc["quotes"]}, row
        spans = [(t["start"], t["end"]) for t in row["topics"]]
        assert len(spans) == len(set(spans)) <= 3, row
        for start, end in spans:
            phrase = doc["text"][start:end]
            assert 0 <= start < end <= len(doc["text"]) and phrase == phrase.strip(), row
            assert 1 <= len(phrase.split()) <= 8, phrase
            assert phrase.lower() not in PRONOUN_WORDS, phrase
