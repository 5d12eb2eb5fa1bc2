"""Saved parses on the command line: ``quotekit parse`` writes them, ``extract --parses`` reads
them where a document's id and text match and parses the rest (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_doc, model_dir
from typer.testing import CliRunner

from quotekit.cli import app
from quotekit.parses import save_parses

runner = CliRunner()
TEXT = "The mayor said that the bridge would open."
SENTENCE = (
    "The/DET/det/2 mayor/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/8 the/DET/det/6 "
    "bridge/NOUN/nsubj/8 would/AUX/aux/8//MD open/VERB/ccomp/3//VB ./PUNCT/punct/3"
)


def _inputs(tmp_path: Path, *docs: tuple[str, str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs))
    return path


def test_extract_takes_saved_parses_without_a_model(tmp_path: Path) -> None:
    parses = tmp_path / "p.spacy"
    save_parses([("d1", make_doc(TEXT, SENTENCE))], parses)
    no_models = tmp_path / "no-models"
    no_models.mkdir()
    inp = _inputs(tmp_path, ("d1", TEXT))
    result = runner.invoke(
        app, ["extract", str(inp), "--parses", str(parses), "--model-dir", str(no_models), "-q"]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["quote"]["text"], r["rule"]) for r in records] == [
        ("d1", "that the bridge would open", "ccomp-complement")
    ]


@pytest.mark.parametrize(
    "doc", [("d2", TEXT), ("d1", TEXT.replace("mayor", "Mayor"))], ids=["other-id", "other-text"]
)
def test_a_document_not_saved_is_parsed(tmp_path: Path, doc: tuple[str, str]) -> None:
    parses = tmp_path / "p.spacy"
    save_parses([("d1", make_doc(TEXT, SENTENCE))], parses)
    no_models = tmp_path / "no-models"
    no_models.mkdir()
    inp = _inputs(tmp_path, doc)
    result = runner.invoke(
        app, ["extract", str(inp), "--parses", str(parses), "--model-dir", str(no_models), "-q"]
    )
    # it needs the parser, which has no models here
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no usable Stanza English models in {no_models}")


def test_a_file_that_is_no_parse_file_is_one_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.spacy"
    bad.write_text("not a DocBin")
    inp = _inputs(tmp_path, ("d1", TEXT))
    result = runner.invoke(app, ["extract", str(inp), "--parses", str(bad), "-q"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {bad}: not a parse file written by 'quotekit parse'")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.model
def test_parse_then_extract_equals_extract(tmp_path: Path) -> None:
    md = model_dir()
    if md is None:
        pytest.skip("no Stanza model directory")
    examples = Path(__file__).parent.parent / "examples"
    common = ["--model-dir", str(md), "--device", "cpu", "-q"]
    parses = tmp_path / "ex.spacy"
    result = runner.invoke(app, ["parse", str(examples), "-o", str(parses), *common])
    assert result.exit_code == 0, result.output
    plain = runner.invoke(app, ["extract", str(examples), *common])
    saved = runner.invoke(app, ["extract", str(examples), "--parses", str(parses), *common])
    assert plain.exit_code == saved.exit_code == 0
    assert plain.stdout.count("\n") > 5
    assert saved.stdout == plain.stdout


def test_workers_take_saved_parses_too(tmp_path: Path) -> None:
    parses = tmp_path / "p.spacy"
    save_parses([(f"d{n}", make_doc(TEXT, SENTENCE)) for n in range(3)], parses)
    no_models = tmp_path / "no-models"
    no_models.mkdir()
    inp = _inputs(tmp_path, *[(f"d{n}", TEXT) for n in range(3)])
    common = [str(inp), "--parses", str(parses), "--model-dir", str(no_models), "-q"]
    one = runner.invoke(app, ["extract", *common])
    two = runner.invoke(app, ["extract", *common, "--workers", "2", "--batch-size", "1"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert one.stdout.count("\n") == 3
    assert two.stdout == one.stdout
