"""The Ray engine: a local Ray with 2 actors gives the single-process output, order aside."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import model_dir
from typer.testing import CliRunner

from quotekit.cli import app

pytestmark = [pytest.mark.slow, pytest.mark.model]


@pytest.fixture(autouse=True)
def _no_cluster_left() -> Iterator[None]:
    """The engine starts a local Ray inside this test process, and it would outlive the test:
    its object store and workers held memory that the later tests' quotekit runs need."""
    yield
    ray = sys.modules.get("ray")
    if ray is not None and ray.is_initialized():
        ray.shutdown()


def test_ray_equals_local(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="Ray is not installed: pip install 'quotekit[ray]'")
    md = model_dir()
    if md is None:
        pytest.skip("no Stanza model directory")
    inp = tmp_path / "in.jsonl"
    rows = []
    for n in range(30):
        if n % 7 == 3:
            rows.append({"id": f"d{n}", "text": f"The council met on day {n}."})
        else:
            rows.append({"id": f"d{n}", "text": f'"Item {n} will pass," Mayor Moreno said. '
                                                f"Okafor said item {n} would cost too much."})
    rows.append({"id": "bad", "text": 42})
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    args = ["--model-dir", str(md), "--device", "cpu", "-q", "--batch-size", "4"]
    local, ray_out = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    r1 = CliRunner().invoke(app, ["extract", str(inp), "-o", str(local), *args])
    r2 = CliRunner().invoke(app, ["extract", str(inp), "-o", str(ray_out), "--engine", "ray",
                                  "--actors", "2", *args])
    assert (r1.exit_code, r2.exit_code) == (1, 1), (r1.output, r2.output)  # the bad row fails
    a = local.read_text(encoding="utf-8").splitlines()
    b = ray_out.read_text(encoding="utf-8").splitlines()
    assert len(a) > 30

    def comparable(line: str) -> str:
        d = json.loads(line)
        if "error" in d:  # messages name the source, which differs by reader
            d["error"]["message"] = d["error"]["message"].split(": ", 1)[-1]
        return json.dumps(d, sort_keys=True)

    assert sorted(map(comparable, a)) == sorted(map(comparable, b))
