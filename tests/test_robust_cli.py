"""quotekit extract under hostile conditions (issue 19): repeated ids, a second writer, a full
disk; with a model-free stand-in parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fuzzing import NaiveParser
from typer.testing import CliRunner

from quotekit.cli import app

pytestmark = pytest.mark.issue(19)


@pytest.fixture
def naive_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotekit.parsing.Parser", NaiveParser)


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_repeated_ids_are_both_written(naive_parser: Any, tmp_path: Path) -> None:
    text = 'Lavrov said "we will respond to this in kind".'
    inp = _jsonl(tmp_path / "in.jsonl", [{"id": "x", "text": text}, {"id": "x", "text": text}])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), "--per-doc"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc_id"] for d in docs] == ["x", "x~2"]
    assert docs[1]["warnings"][0] == f"id 'x' is already used by {inp}:1; this document is 'x~2'"
    assert f"warning: x~2: id 'x' is already used by {inp}:1" in result.output


_TEXT = 'Lavrov said "we will respond to this in kind".'


def _two_docs(tmp_path: Path) -> Path:
    return _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": _TEXT}, {"id": "b", "text": _TEXT}])


def test_a_second_writer_gets_one_clear_error(naive_parser: Any, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out.jsonl"
    out.write_text("the first run's line\n")
    with open(out, "rb+") as held:  # another run holds the file
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        result = CliRunner().invoke(
            app, ["extract", str(_two_docs(tmp_path)), "-o", str(out), "--force"]
        )
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out} is being written by another quotekit run; wait for it "
        "to end, or write to another file\n"
    )
    assert out.read_text() == "the first run's line\n"
    assert not Path(str(out) + ".quotekit-resume").exists()


def test_the_lock_is_released_when_a_run_ends(tmp_path: Path) -> None:
    from quotekit.errors import OutputError
    from quotekit.writers import ResumableOutput

    out = tmp_path / "out.jsonl"
    first = ResumableOutput(out, {}, per_doc=False)
    with pytest.raises(OutputError):
        ResumableOutput(out, {}, per_doc=False)
    first.finish()
    ResumableOutput(out, {}, per_doc=False).finish()


def test_a_full_disk_is_one_line_and_resume_completes(
    naive_parser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from quotekit import writers

    inp = _two_docs(tmp_path)
    clean = tmp_path / "clean.jsonl"
    assert CliRunner().invoke(app, ["extract", str(inp), "-o", str(clean)]).exit_code == 0
    real = writers._write_all
    calls = []

    def fills_up(fd: int, data: bytes) -> None:
        calls.append(fd)
        if len(calls) > 1:
            real(fd, data[:10])  # half a line, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(writers, "_write_all", fills_up)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: {out}: the disk is full (No space left on device); free some space and run "
        "again (after 1 documents; --resume goes on from there)"
    )
    assert out.read_text() == clean.read_text().splitlines(keepends=True)[0]
    monkeypatch.setattr(writers, "_write_all", real)
    result = CliRunner().invoke(app, ["extract", str(inp), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == clean.read_bytes()


def test_a_full_disk_on_stdout_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from fuzzing import NaiveParser\n"
        "import quotekit.parsing; quotekit.parsing.Parser = NaiveParser\n"
        "from quotekit.cli import main; sys.argv = ['quotekit', 'extract', '-', '-q']; main()\n"
    )
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-c", script],
            input=_TEXT.encode(),
            stdout=full,
            stderr=subprocess.PIPE,
            cwd=Path(__file__).parent.parent,
        )
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        "Error: <stdout>: the disk is full (No space left on device); free some space and run "
        "again\n"
    )


def test_export_force_never_removes_a_folder_quotekit_did_not_write(tmp_path: Path) -> None:
    from quotekit.exporters import export
    from quotekit.records import DocRecord

    docs = _jsonl(tmp_path / "docs.jsonl", [DocRecord("a", _TEXT).to_dict()])
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("precious")
    for fmt in ("labelstudio", "brat"):
        result = CliRunner().invoke(
            app, ["export", str(docs), "--to", fmt, "-o", str(mine), "--force"]
        )
        assert result.exit_code == 1
        assert (mine / "thesis.tex").read_text() == "precious"
    assert result.output == (
        f"Error: {mine} is a folder that quotekit did not write (it holds "
        "'thesis.tex'); --force replaces only quotekit's own output: give "
        "another -o\n"
    )
    # a folder of quotekit's own is replaced
    brat = tmp_path / "brat"
    export([DocRecord("a", _TEXT)], "brat", brat)
    result = CliRunner().invoke(
        app, ["export", str(docs), "--to", "brat", "-o", str(brat), "--force"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in brat.iterdir()) == [
        "00001_a.ann",
        "00001_a.txt",
        "annotation.conf",
        "doc_ids.tsv",
    ]
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


def test_export_on_a_full_disk_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from quotekit import exporters
    from quotekit.records import DocRecord

    def full(*args: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporters, "_write", full)
    docs = _jsonl(tmp_path / "docs.jsonl", [DocRecord("a", _TEXT).to_dict()])
    out = tmp_path / "tasks.json"
    result = CliRunner().invoke(app, ["export", str(docs), "--to", "labelstudio", "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out}: the disk is full (No space left on device); free some space and run again\n"
    )
    assert list(tmp_path.iterdir()) == [docs]


def test_import_to_a_full_disk_is_one_line(tmp_path: Path) -> None:
    from quotekit.exporters import export
    from quotekit.records import DocRecord

    tasks = tmp_path / "tasks.json"
    export([DocRecord("a", _TEXT)], "labelstudio", tasks)
    # an annotated task (predictions alone are no gold and would import nothing)
    annotated = [{**t, "annotations": [{"result": []}]} for t in json.loads(tasks.read_text())]
    tasks.write_text(json.dumps(annotated))
    result = CliRunner().invoke(
        app, ["import", str(tasks), "--from", "labelstudio", "-o", "/dev/full", "--force"]
    )
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "Error: /dev/full: the disk is full (No space left on device); free some space and run "
        "again"
    )


def test_saving_parses_to_a_full_disk_is_one_error() -> None:
    from quotekit.errors import OutputError
    from quotekit.parses import save_parses

    with pytest.raises(OutputError) as e:
        save_parses([], "/dev/full")
    assert str(e.value) == (
        "/dev/full: the disk is full (No space left on device); free some space and run again"
    )


def test_an_output_opened_by_open_locked_is_held(tmp_path: Path) -> None:
    from quotekit.errors import OutputError
    from quotekit.writers import open_locked

    out = tmp_path / "ray.jsonl"
    with open_locked(out) as fp:
        fp.write("first\n")
        fp.flush()
        with pytest.raises(OutputError, match="is being written by another quotekit run"):
            open_locked(out)
    assert out.read_text() == "first\n"
    with open_locked(out) as fp:  # (released when closed)
        fp.write("second\n")
    assert out.read_text() == "second\n"
