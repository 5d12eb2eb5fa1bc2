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
