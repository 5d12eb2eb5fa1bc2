"""The command line: help, errors and exit codes (no model needed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotekit import __version__
from quotekit.cli import app

runner = CliRunner()
COMMANDS = [["extract"], ["evaluate"], ["models"], ["models", "info"], ["models", "download"]]


def test_help_does_not_import_heavy_libraries() -> None:
    code = ("import sys\nfrom quotekit.cli import app\nfrom typer.testing import CliRunner\n"
            "r = CliRunner().invoke(app, ['extract', '--help'])\nassert r.exit_code == 0\n"
            "heavy = [m for m in ('stanza', 'torch', 'spacy', 'textacy') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("cmd", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(cmd: list[str]) -> None:
    result = runner.invoke(app, [*cmd, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


HELP_COMMANDS = [*COMMANDS, ["export"], ["import"], ["report"]]


@pytest.mark.parametrize("cmd", HELP_COMMANDS, ids=[" ".join(c) for c in HELP_COMMANDS])
def test_help_states_each_default_once(cmd: list[str]) -> None:
    # typer prints an option's default itself; the help text must not say it again
    text = " ".join(runner.invoke(app, [*cmd, "--help"]).output.split())
    assert not re.search(r"\[default: [^\]]*\] \[default:", text), text


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.output.strip() == f"quotekit {__version__}"


def test_missing_models_is_one_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "--model-dir", str(tmp_path)], input="He said so.")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no usable Stanza English models in {tmp_path} (--model-dir; missing: tokenize, "
        "mwt, pos, lemma, depparse): run 'quotekit models download', or set --model-dir / "
        "QUOTEKIT_MODEL_DIR to a Stanza resources directory")


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep\n")
    result = runner.invoke(app, ["extract", "-", "-o", str(out)], input="x")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {out} exists; use --force to overwrite it, or --resume to continue it")
    assert out.read_text() == "keep\n"


@pytest.mark.parametrize("args, message", [
    (["--device", "tpu"], "Invalid value for '--device': | 'tpu' is not one of 'auto', 'cpu', 'cuda'."),
    (["--cues", "speech,gossip"], "Error: unknown cue class gossip; choose from speech, manner, "
                                  "social, evaluation, promise, cognition, nominal, evidence, "
                                  "stance, dialogue"),
    (["--input-format", "xml"], "Invalid value for '--input-format': | 'xml' is not one of 'auto', 'txt', 'jsonl'."),
    (["--engine", "spark"], "Invalid value for '--engine': | 'spark' is not one of 'local', 'ray'."),
])
def test_bad_options_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["extract", "-", *args], input="x")
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert all(part in output for part in message.split(" | ")), output


def test_resume_needs_files(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "--resume", "-o", str(tmp_path / "o.jsonl")], input="x")
    assert result.exit_code == 2
    assert result.output.strip() == "Error: --resume needs input files and an output file (-o FILE)"


def test_missing_input_file() -> None:
    result = runner.invoke(app, ["extract", "/no/such/file.txt"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: /no/such/file.txt: no such file or directory"


def test_evaluate_table_and_json(tmp_path: Path) -> None:
    text = "Lavrov said the talks failed."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d", "text": text, "quotes": [
        {"start": 12, "end": 28, "text": text[12:28], "type": "indirect", "speaker": None, "cue": None}]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "d", "quote": {"start": 12, "end": 28, "text": text[12:28]},
                                "speaker": None, "cue": None, "type": "indirect", "confidence": 1.0}) + "\n")
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["T0.3"]["F1"] == 100.0
    table = runner.invoke(app, ["evaluate", str(gold), str(pred)]).output
    assert table.splitlines()[1].split()[:4] == ["0.3", "100.0", "100.0", "100.0"]


@pytest.mark.issue(18)
def test_models_info_without_models_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["models", "info", "--model-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert f"model directory: {tmp_path} (from --model-dir)" in result.output
    assert "missing: tokenize, mwt, pos, lemma, depparse" in result.output


def _eval_files(tmp_path: Path, gold_ids: list[str], pred_ids: list[str]) -> tuple[Path, Path]:
    text = "Lavrov said the talks failed."
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": i, "text": text, "quotes": [
        {"start": 12, "end": 28, "text": text[12:28], "type": "indirect", "speaker": None,
         "cue": {"start": 7, "end": 11, "text": "said"}}]}) + "\n" for i in gold_ids))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps({"doc_id": i, "quote": {"start": 12, "end": 28, "text": text[12:28]},
                                        "speaker": None, "cue": {"start": 7, "end": 11, "text": "said"},
                                        "type": "indirect", "confidence": 1.0, "rule": "ccomp-complement"}) + "\n"
                            for i in pred_ids))
    return gold, pred


@pytest.mark.issue(18)
def test_evaluate_fails_when_no_document_matches(tmp_path: Path) -> None:
    gold, pred = _eval_files(tmp_path, ["a", "b"], ["x.txt"])
    result = runner.invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: no document of {pred} is in {gold}: their document ids differ "
        "(gold: 'a', predicted: 'x.txt')")


@pytest.mark.issue(18)
def test_evaluate_warns_about_documents_without_predictions(tmp_path: Path) -> None:
    gold, pred = _eval_files(tmp_path, ["a", "b", "c"], ["a", "z"])
    result = runner.invoke(app, ["evaluate", str(gold), str(pred), "--json"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: 2 of 3 gold documents have no predicted quote (absent or without quotes) in "
        f"{pred}; their gold quotes count as misses",
        f"warning: 1 predicted document is not in {gold} and is not scored",
    ]
    assert json.loads(result.stdout)["T0.3"]["R"] == 33.3


@pytest.mark.issue(15)
def test_evaluate_by_role_and_by_rule(tmp_path: Path) -> None:
    gold, pred = _eval_files(tmp_path, ["a"], ["a"])
    by_role = runner.invoke(app, ["evaluate", str(gold), str(pred), "--by-role", "--json"])
    assert by_role.exit_code == 0
    assert json.loads(by_role.stdout)["cue"]["F1"] == 100.0
    by_rule = runner.invoke(app, ["evaluate", str(gold), str(pred), "--by-rule"])
    assert by_rule.stdout.splitlines()[1].split() == ["ccomp-complement", "1", "100.0", "100.0"]



@pytest.mark.issue(18)
def test_output_path_is_checked_before_the_model(tmp_path: Path) -> None:
    out = tmp_path / "no-such-dir" / "out.jsonl"
    # an empty model directory: the path error must come first, before any model is looked at
    result = runner.invoke(app, ["extract", "-", "-o", str(out), "--model-dir", str(tmp_path)],
                           input="He said so.")
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: cannot write {out}: there is no directory {out.parent}"


@pytest.mark.issue(18)
@pytest.mark.parametrize("cmd", [*HELP_COMMANDS, ["parse"], ["explain"]], ids=lambda c: " ".join(c))
def test_help_shows_plain_metavars(cmd: list[str]) -> None:
    text = runner.invoke(app, [*cmd, "--help"]).output
    assert not re.search(r"<(list|path|str|int|float)\b|\{\w+\}|<[a-z]+ range>", text), text


@pytest.mark.issue(18)
def test_messages_name_a_document_once() -> None:
    from quotekit.records import DocRecord, ErrorInfo
    from quotekit.runner import RunSummary, record_messages

    failed = DocRecord("bindir/empty.txt", "", error=ErrorInfo("InputError", "bindir/empty.txt: empty document"))
    assert list(record_messages(failed)) == ["error: bindir/empty.txt: empty document"]
    warned = DocRecord("d7", "x", warnings=("an unbalanced quotation mark",))
    assert list(record_messages(warned)) == ["warning: d7: an unbalanced quotation mark"]
    summary = RunSummary()
    summary.add(DocRecord("d1", "x"))
    assert summary.line() == "1 document read, 0 with quotes, 1 without, 0 failed; 0 quotes"


@pytest.mark.issue(18)
def test_documents_are_counted_for_the_progress_bar(tmp_path: Path) -> None:
    from quotekit.runner import count_documents

    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{broken\n')
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.txt").write_text("x")
    (tmp_path / "dir" / ".hidden.txt").write_text("x")
    paths = [str(tmp_path / "a.jsonl"), str(tmp_path / "dir")]
    assert count_documents(paths) == 4
    assert count_documents([*paths, "-"]) is None


def test_explain_reads_stdin_for_a_dash(tmp_path: Path) -> None:
    # "-" is standard input, as for extract and parse, not the one-character text "-"
    result = runner.invoke(app, ["explain", "-", "--model-dir", str(tmp_path)], input="  \n")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: stdin: empty document"


@pytest.mark.parametrize("arg, what", [
    ("nosuchfile.txt", "no such file or directory"),
    ("notes/draft", "no such file or directory"),
    ("DIR", "is a directory"),
    ("DIR/corpus.jsonl", "is a JSONL file"),
])
def test_explain_refuses_a_path_that_is_no_text(tmp_path: Path, arg: str, what: str) -> None:
    # a file name or a directory is not a text of no quotes: one error line, before any model
    (tmp_path / "corpus.jsonl").write_text('{"id": "a", "text": "He said no."}\n', encoding="utf-8")
    arg = arg.replace("DIR", str(tmp_path))
    result = runner.invoke(app, ["explain", arg, "--model-dir", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {arg}: {what}; explain takes a text, a text file or - for stdin"
        + (" (quotekit extract reads directories)" if what == "is a directory" else "")
        + (" (quotekit extract reads JSONL)" if what == "is a JSONL file" else "")]


@pytest.mark.parametrize("gold_text, what", [
    ("", "no gold documents (one JSON object a line, with 'id' and 'quotes')"),
    ('{"id": "a", "text": "No quote here.", "quotes": []}\n',
     "no gold quotes in its 1 document; nothing to score"),
])
def test_evaluate_fails_on_a_gold_file_with_nothing_to_score(
        tmp_path: Path, gold_text: str, what: str) -> None:
    _, pred = _eval_files(tmp_path, [], ["a"])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(gold_text, encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {gold}: {what}"


def test_loading_the_models_is_said_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # the models take seconds to load before the progress bar starts; a terminal is told,
    # a pipe or a quiet run is not
    from quotekit import runner as run_module

    said: list[str] = []

    class Models:
        def load(self) -> None:
            said.append("loaded")

        def check_models(self) -> None:
            said.append("checked")

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    run_module._load(Models(), False, said.append)
    assert said == ["quotekit: loading the parser models ...", "loaded"]
    said.clear()
    run_module._load(Models(), True, said.append)
    assert said == ["loaded"]
    said.clear()
    run_module._load(Models(), False, said.append, workers=2)  # each worker loads its own
    assert said == ["quotekit: loading the parser models in 2 workers ...", "checked"]
    # and the bar's time left is the average since the start, not a swinging recent rate
    bar = run_module._progress(3, False, "t")
    assert bar.smoothing == 0
    bar.close()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    said.clear()
    run_module._load(Models(), False, said.append)
    assert said == ["loaded"]
