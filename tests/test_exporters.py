"""Exports for annotation tools, and imports back: lossless round trips, documented fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotekit.cli import app
from quotekit.exporters import BRAT_CONF, export, to_doccano, to_label_studio, to_prodigy
from quotekit.importers import import_gold
from quotekit.records import CharSpan, Cue, DocRecord, ErrorInfo, QuoteRecord, Speaker, Topic

TEXT = ('"We will respond," Lavrov said, "and soon." Xi said the talks failed.\n\n'
        "\u201cNo comment.\u201d\n\nNothing else.")


def _at(sub: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(sub, after)
    return start, start + len(sub)


def record() -> DocRecord:
    first, second = _at('"We will respond,"'), _at('"and soon."')
    said2 = _at("said", _at("Xi")[1])
    q1 = QuoteRecord("news/1", "news/1#q1", "direct", CharSpan.of(TEXT, first[0], second[1]),
                     Speaker(*_at("Lavrov"), "Lavrov", "Sergei Lavrov", "name"),
                     Cue(*_at("said"), "said", "say"), Topic("the sanctions"), 0.81,
                     "direct-cue-inside", (CharSpan.of(TEXT, *first), CharSpan.of(TEXT, *second)))
    q2 = QuoteRecord("news/1", "news/1#q2", "indirect", CharSpan.of(TEXT, *_at("the talks failed")),
                     Speaker(*_at("Xi"), "Xi", "Xi Jinping", "name"), Cue(*said2, "said", "say"),
                     Topic("the talks", *_at("the talks")), 0.74, "ccomp-complement")
    q3 = QuoteRecord("news/1", "news/1#q3", "direct", CharSpan.of(TEXT, *_at("\u201cNo comment.\u201d")),
                     None, None, None, 0.41, "direct-no-cue", attribution="none")
    return DocRecord("news/1", TEXT, (q1, q2, q3))


def expected(rec: DocRecord) -> list[tuple[Any, ...]]:
    return [(q.quote.start, q.quote.end, q.type, q.speaker.text if q.speaker else None,
             q.cue.text if q.cue else None, [f.text for f in q.fragments],
             q.speaker.name if q.speaker else None) for q in rec.quotes]


def imported(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(q["start"], q["end"], q["type"], (q["speaker"] or {}).get("text"),
             (q["cue"] or {}).get("text"), [f["text"] for f in q.get("fragments", [])],
             q.get("speaker_name")) for q in doc["quotes"]]


@pytest.mark.parametrize("fmt", ["labelstudio", "prodigy", "doccano", "brat", "xmi"])
def test_round_trip_is_lossless(fmt: str, tmp_path: Path) -> None:
    rec = record()
    empty = DocRecord("news/2", "No quotes here.")
    out = tmp_path / (fmt if fmt in ("brat", "xmi") else "out")
    assert export([rec, empty], fmt, out) == 2
    if fmt == "labelstudio":
        _accept_predictions(out)
    docs = list(import_gold(fmt, out))
    assert [d["id"] for d in docs] == ["news/1", "news/2"]
    assert docs[0]["text"] == TEXT
    got = imported(docs[0])
    assert got == expected(rec)
    assert docs[1]["quotes"] == []
    for q in docs[0]["quotes"]:
        for span in [q, q["speaker"], q["cue"], *q.get("fragments", [])]:
            if span:
                assert TEXT[span["start"] : span["end"]] == span["text"]


def test_label_studio_task_fields() -> None:
    task = to_label_studio(record())
    assert set(task) == {"data", "predictions"}
    (pred,) = task["predictions"]
    assert pred["model_version"].startswith("quotekit-")
    ids = [r["id"] for r in pred["result"] if r["type"] == "labels"]
    assert len(ids) == len(set(ids)) and all(i.replace("-", "").isalnum() for i in ids)
    for r in pred["result"]:
        if r["type"] == "labels":
            assert (r["from_name"], r["to_name"]) == ("label", "text")
            v = r["value"]
            assert TEXT[v["start"] : v["end"]] == v["text"] and v["labels"][0] in ("Quote", "Speaker", "Cue")
        else:
            assert r["type"] == "relation" and r["direction"] == "right"
            assert r["from_id"] in ids and r["to_id"] in ids and r["labels"][0] in ("said", "cue_of")


def test_prodigy_task_fields() -> None:
    task = to_prodigy(record())
    tokens = task["tokens"]
    assert [t["id"] for t in tokens] == list(range(len(tokens)))
    for t in tokens:
        assert TEXT[t["start"] : t["end"]] == t["text"]
    for s in task["spans"]:
        # token_end is inclusive, and the tokens cover the span exactly
        assert tokens[s["token_start"]]["start"] == s["start"]
        assert tokens[s["token_end"]]["end"] == s["end"]
    for r in task["relations"]:
        assert r["head"] == r["head_span"]["token_end"] and r["child"] == r["child_span"]["token_end"]
        assert r["label"] in ("SAID", "CUE")


def test_doccano_line_fields() -> None:
    line = to_doccano(record())
    ids = {e["id"] for e in line["entities"]}
    for e in line["entities"]:
        assert e["start_offset"] < e["end_offset"] and e["label"] in ("QUOTE", "SPEAKER", "CUE")
    for r in line["relations"]:
        assert r["from_id"] in ids and r["to_id"] in ids and r["type"] in ("SAID", "CUE")


def test_brat_files(tmp_path: Path) -> None:
    export([record()], "brat", tmp_path / "b")
    assert (tmp_path / "b" / "annotation.conf").read_text() == BRAT_CONF
    (ann,) = (tmp_path / "b").glob("*.ann")
    assert ann.with_suffix(".txt").read_text(encoding="utf-8") == TEXT
    lines = ann.read_text(encoding="utf-8").splitlines()
    first, second = _at('"We will respond,"'), _at('"and soon."')
    assert lines[0] == f'T1\tQuote {first[0]} {first[1]};{second[0]} {second[1]}\t"We will respond," "and soon."'
    assert "A1\tQuoteType T1 direct" in lines
    assert any(line.startswith("R1\tSaid Arg1:T") and line.endswith("Arg2:T1") for line in lines)


def _accept_predictions(tasks_file: Path) -> None:
    """What an annotator who accepts every prediction leaves in Label Studio's export."""
    tasks = json.loads(tasks_file.read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"result": p["result"]} for p in task.get("predictions", [])]
        task["annotations"] = task["annotations"] or [{"result": []}]
    tasks_file.write_text(json.dumps(tasks), encoding="utf-8")


@pytest.mark.issue(18)
def test_our_own_label_studio_tasks_are_no_gold(tmp_path: Path) -> None:
    out = tmp_path / "tasks.json"
    export([record(), DocRecord("news/2", "No quotes here.")], "labelstudio", out)
    skipped: list[str] = []
    assert list(import_gold("labelstudio", out, skipped)) == []
    assert skipped == ["news/1", "news/2"]
    result = CliRunner().invoke(app, ["import", str(out), "--from", "label-studio"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "quotekit: 0 documents, 0 quotes imported; 2 tasks without annotation left out")


def test_cli_export_per_quote_needs_texts_and_import(tmp_path: Path) -> None:
    rec = record()
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_text("".join(json.dumps(q.to_dict()) + "\n" for q in rec.quotes), encoding="utf-8")
    texts = tmp_path / "in.jsonl"
    texts.write_text(json.dumps({"id": "news/1", "text": TEXT}) + "\n", encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(app, ["export", str(quotes), "--to", "doccano", "-o", str(tmp_path / "d.jsonl")])
    assert bad.exit_code == 1
    assert bad.output.strip() == (f"Error: {quotes} holds quotes without document texts: give the "
                                  "original input with --texts, or extract with --per-doc")
    ok = runner.invoke(app, ["export", str(quotes), "--texts", str(texts), "--to", "doccano",
                             "-o", str(tmp_path / "d.jsonl")])
    assert ok.exit_code == 0, ok.output
    back = runner.invoke(app, ["import", str(tmp_path / "d.jsonl"), "--from", "doccano", "-o",
                               str(tmp_path / "gold.jsonl")])
    assert back.exit_code == 0, back.output
    (doc,) = [json.loads(x) for x in (tmp_path / "gold.jsonl").read_text().splitlines()]
    assert imported(doc) == expected(rec)
    # and the gold file scores the original predictions perfectly
    ev = runner.invoke(app, ["evaluate", str(tmp_path / "gold.jsonl"), str(quotes), "--json"])
    assert json.loads(ev.output)["T0.8"]["F1"] == 100.0


def test_xmi_layers_and_utf16_offsets(tmp_path: Path) -> None:
    from cassis import load_cas_from_xmi, load_typesystem

    text = "\U0001f600 Lavrov said \u201cno.\u201d"  # an emoji: UTF-16 offsets differ from Python's
    q = QuoteRecord("e", "e#q1", "direct", CharSpan.of(text, *_at_in(text, "\u201cno.\u201d")),
                    Speaker(*_at_in(text, "Lavrov"), "Lavrov", "Lavrov", "name"),
                    Cue(*_at_in(text, "said"), "said", "say"), None, 0.9, "direct-cue-before")
    export([DocRecord("e", text, (q,))], "xmi", tmp_path / "x")
    ts = load_typesystem((tmp_path / "x" / "TypeSystem.xml").read_text(encoding="utf-8"))
    (xmi,) = (tmp_path / "x").glob("*.xmi")
    cas = load_cas_from_xmi(xmi.read_text(encoding="utf-8"), typesystem=ts)
    (quote,) = cas.select("webanno.custom.Quote")
    assert quote.get_covered_text() == "\u201cno.\u201d" and quote.quoteType == "direct"
    (said,) = cas.select("webanno.custom.Said")
    assert said.Governor.get_covered_text() == "Lavrov" and said.Dependent.xmiID == quote.xmiID
    start = q.quote.start
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    assert utf16 == start + 1  # the emoji is two UTF-16 code units
    assert f'begin="{utf16}"' in xmi.read_text(encoding="utf-8")


def _at_in(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


@pytest.mark.issue(18)
def test_brat_files_are_named_without_a_second_txt(tmp_path: Path) -> None:
    rec = DocRecord("articles/storm.txt", "No quotes here.")
    result = CliRunner().invoke(app, ["export", "-", "--to", "brat", "-o", str(tmp_path / "b")])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: -: no such file or directory"
    export([rec], "brat", tmp_path / "b")
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "00001_articles_storm.ann", "00001_articles_storm.txt", "annotation.conf", "doc_ids.tsv"]


@pytest.mark.issue(18)
def test_export_takes_label_studio_by_its_package_name(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(record().to_dict()) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["export", str(docs), "--to", "label-studio", "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == (
        f"quotekit: 1 document exported to {tmp_path / 't.json'} (labeling config: {tmp_path / 't.json'}.config.xml)")


def test_export_names_the_failed_documents_it_leaves_out(tmp_path: Path) -> None:
    # a document the extraction could not read has no export: the run says so
    docs = tmp_path / "docs.jsonl"
    failed = DocRecord("empty-one", "", error=ErrorInfo("InputError", "empty text"))
    docs.write_text(
        json.dumps(record().to_dict()) + "\n" + json.dumps(failed.to_dict()) + "\n", encoding="utf-8"
    )
    out = tmp_path / "p.jsonl"
    result = CliRunner().invoke(app, ["export", str(docs), "--to", "prodigy", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"quotekit: 1 document exported to {out}",
        f"warning: {docs}: 1 document failed in the extraction and is left out: empty-one",
    ]
