"""End to end on the real Stanza pipeline; skipped only where no model directory is found."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import EXAMPLES, model_dir
from typer.testing import CliRunner

from quotekit.cli import app
from quotekit.evaluation import score
from quotekit.pipeline import extract, extract_text
from quotekit.readers import read_inputs
from quotekit.records import DocRecord

pytestmark = pytest.mark.model
SCHEMA = json.loads(resources.files("quotekit").joinpath("data/quote.schema.json").read_text("utf-8"))


def assert_spans_exact(record: DocRecord) -> None:
    text = record.text
    for q in record.quotes:
        spans: list[Any] = [q.quote, *q.fragments]
        if q.speaker:
            spans.append(q.speaker)
        if q.cue:
            spans.append(q.cue)
        for s in spans:
            assert text[s.start : s.end] == s.text, (q.quote_id, s)
        if q.topic and q.topic.start is not None:
            assert text[q.topic.start : q.topic.end] == q.topic.text
        assert 0 <= q.quote.start < q.quote.end <= len(text)
        assert 0.0 <= q.confidence <= 1.0
        jsonschema.validate(q.to_dict(), SCHEMA)


@pytest.fixture(scope="module")
def seed(parser: Any, shared: Path) -> tuple[DocRecord, dict[str, Any]]:
    gold = json.loads((shared / "data" / "seed" / "lavrov-china.gold.jsonl").read_text("utf-8"))
    (record,) = extract(read_inputs([str(shared / "data" / "seed" / "lavrov-china.txt")]), parser)
    assert record.text == gold["text"]
    return record, gold


def test_seed_attributions(seed: tuple[DocRecord, dict[str, Any]]) -> None:
    record, gold = seed
    assert_spans_exact(record)
    preds = {gold["id"]: [q.to_dict() for q in record.quotes]}
    result = score([gold], preds)["T0.3"]
    required = sum(1 for q in gold["quotes"] if not q.get("optional"))
    assert required == 9
    # found, and with the right speaker mention
    assert result["tp"] >= 7
    assert result["speaker_span_acc"] is not None and result["speaker_span_acc"] >= 7 / 9 * 100


def test_seed_scare_quotes_give_no_record(seed: tuple[DocRecord, dict[str, Any]]) -> None:
    record, gold = seed
    for term in ('"One China"', '"Asian Century"'):
        start = gold["text"].index(term)
        end = start + len(term)
        overlapping = [q.quote.text for q in record.quotes if q.quote.start < end and start < q.quote.end]
        assert overlapping == [], term


def test_seed_pull_quote_speaker_and_topic(seed: tuple[DocRecord, dict[str, Any]]) -> None:
    record, _ = seed
    pull = [q for q in record.quotes if q.quote.text.startswith('"China\'s balanced')]
    assert len(pull) == 1
    (q,) = pull
    assert q.speaker is not None and q.speaker.text == "Lavrov" and q.speaker.name == "Sergei Lavrov"
    assert q.topic is not None and q.topic.text == "China's approach to Ukraine"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_examples(parser: Any, path: Path) -> None:
    (record,) = extract(read_inputs([str(path)]), parser)
    assert record.error is None
    assert record.quotes, f"no quotes found in {path.name}"
    assert_spans_exact(record)


def test_examples_show_every_type(parser: Any) -> None:
    types = {q.type for r in extract(read_inputs([str(EXAMPLES)]), parser) for q in r.quotes}
    assert types == {"direct", "indirect", "mixed"}


@pytest.fixture()
def model_args() -> list[str]:
    path = model_dir()
    if path is None:
        pytest.skip("no Stanza model directory")
    return ["--model-dir", str(path), "--device", "cpu"]


def test_cli_jsonl_with_bad_lines_goes_on(tmp_path: Path, model_args: list[str]) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join([
        json.dumps({"id": "a", "text": '"We will respond," Lavrov said.'}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "b", "text": "The minister said the talks had failed."}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), *model_args])
    assert result.exit_code == 1  # some documents failed
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(x["schema"], x["doc_id"]) for x in lines] == [
        ("quotekit.quote/1", "a"), ("quotekit.error/1", f"{inp}:2"),
        ("quotekit.error/1", "empty"), ("quotekit.quote/1", "b")]
    assert "quotekit: 4 documents read, 2 with quotes, 0 without, 2 failed; 2 quotes" in result.output
    for x in lines:
        jsonschema.validate(x, SCHEMA)


def test_cli_stdin_per_doc(model_args: list[str]) -> None:
    text = 'Lavrov said: "We will respond."'
    result = CliRunner().invoke(app, ["extract", "-", "--per-doc", "-q", *model_args], input=text)
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(x) for x in result.output.splitlines()]
    assert doc["schema"] == "quotekit.doc/1" and doc["text"] == text
    assert [(q["type"], q["quote"]["text"], q["speaker"]["text"]) for q in doc["quotes"]] == [
        ("direct", '"We will respond."', "Lavrov")]


def test_strict_counts_warnings(model_args: list[str]) -> None:
    text = 'He said "this mark is never closed.\n\nNext paragraph.'
    plain = CliRunner().invoke(app, ["extract", "-", *model_args], input=text)
    assert plain.exit_code == 0
    assert "warning: stdin: unclosed quotation mark at offset 8" in plain.output
    strict = CliRunner().invoke(app, ["extract", "-", "--strict", *model_args], input=text)
    assert strict.exit_code == 1


def test_resume_of_a_complete_file_does_nothing(tmp_path: Path, model_args: list[str]) -> None:
    inp = tmp_path / "a.txt"
    inp.write_text("Lavrov said the talks failed.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), *model_args]).exit_code == 0
    before = out.read_bytes()
    again = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), "--resume", *model_args])
    assert again.exit_code == 0
    assert f"quotekit: {out} is complete; nothing to resume" in again.output
    # a user resuming with other inputs learns that they were not read
    assert "to extract other inputs, write another output or overwrite this one" in again.output
    assert out.read_bytes() == before


def test_long_document_is_parsed_in_pieces_with_exact_offsets(parser: Any) -> None:
    para = ('"We will not rush a decision," Mayor Moreno said. Council member David Okafor said '
            "the delay would cost the city money.\n\n")
    text = para * 150 + "word " * 600  # about 40,000 characters, ending with no sentence break
    (record,) = extract(read_inputs(["-"], stdin=__import__("io").BytesIO(text.encode())), parser)
    assert record.error is None
    assert len(record.quotes) >= 280
    assert_spans_exact(record)


def test_two_workers_give_the_same_output_in_order(tmp_path: Path, model_args: list[str]) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(
        json.dumps({"id": f"d{n}", "text": f'"Item {n} will pass," Moreno said. Okafor said it would not.'})
        + "\n" for n in range(9)), encoding="utf-8")
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), "-q", "--batch-size", "2",
                                          "--workers", workers, *model_args])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [json.loads(x)["doc_id"] for x in outs[1].splitlines()][::2] == [f"d{n}" for n in range(9)]


def test_a_turn_that_calls_a_man_by_name_is_not_his(parser: Any) -> None:
    # the narration's last "He" is Victor, but the turn calls Victor by name: Tom speaks it
    text = (
        '"Will you stay for dinner tonight?" asked Tom.\n\n"I cannot stay," said Victor. '
        '"I must go home at once."\n\n"But why must you go so soon?" asked Tom.\n\n'
        '"I have my reasons," said Victor.\n\nTom stared at Victor. Victor was red in the '
        'face. He could not keep still.\n\n"Victor, what is the matter with you?"\n'
    )
    quote = extract_text(text, parser).quotes[-1]
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("He", "Tom")


def test_quiet_still_names_the_documents_that_failed(tmp_path: Path, model_args: list[str]) -> None:
    """-q drops the progress bar, warnings and summary, not the error about a document."""
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text('He said "this mark is never closed.\n\nNext one.', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "blank.txt"), str(tmp_path / "ok.txt"),
                                      "-o", str(out), "-q", *model_args])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {tmp_path / 'blank.txt'}: "), lines


def test_a_directory_run_warns_of_the_files_it_skips(tmp_path: Path, model_args: list[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The mayor said the bridge would open.", encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("# what to check", encoding="utf-8")
    args = ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), *model_args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert (f"warning: {tmp_path / 'in'}: skipped 1 file that is hidden or not .txt, .text, "
            ".jsonl, .ndjson or .json: notes.md") in result.output.splitlines()
    quiet = CliRunner().invoke(app, [*args, "--force", "-q"])
    assert quiet.exit_code == 0 and quiet.output == ""
