"""Against a real Label Studio server on 127.0.0.1: our config, tasks and predictions import,
read back with the right offsets, and its own export imports back into the same quotes.

Needs the label-studio package, best in its own virtual environment (it brings Django):
LABEL_STUDIO_BIN names its ``label-studio`` program (.ci/run sets it up).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotekit.exporters import LABEL_STUDIO_CONFIG, to_label_studio
from quotekit.importers import from_label_studio
from quotekit.records import CharSpan, Cue, DocRecord, QuoteRecord, Speaker, Topic

pytestmark = pytest.mark.slow
TOKEN = "0123456789abcdef0123456789abcdef01234567"


def _bin() -> str | None:
    env = os.environ.get("LABEL_STUDIO_BIN")
    if env and Path(env).exists():
        return env
    return shutil.which("label-studio")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    program = _bin()
    if program is None:
        pytest.skip("Label Studio is not installed: set LABEL_STUDIO_BIN to its label-studio program")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("ls")
    env = {**os.environ, "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true"}
    log_path = data / "server.log"
    base = f"http://127.0.0.1:{port}"

    def said() -> str:
        lines = [line for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines()
                 if not line.startswith("WARNING: Location")]
        return "\n".join(lines[-15:])

    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [program, "start", "--no-browser", "--data-dir", str(data), "--internal-host", "127.0.0.1",
             "-p", str(port), "--username", "dev@quotekit.invalid", "--password", "quotekit-test-pw",
             "--user-token", TOKEN],
            env=env, stdout=log, stderr=subprocess.STDOUT)
    # (the server keeps its own copy of the log's file descriptor)
    try:
        # the first start creates its database: about a minute on two cores
        deadline = time.time() + 300
        while time.time() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"Label Studio exited with {proc.returncode} before it served; its last lines:\n{said()}")
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(1)
        else:
            pytest.fail(f"Label Studio did not start within 300 s; its last lines:\n{said()}")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def _call(base: str, method: str, path: str, body: Any = None) -> Any:
    req = urllib.request.Request(
        base + path, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        raw = r.read()
    return json.loads(raw) if raw else None


def _record() -> DocRecord:
    text = '"We will respond," Lavrov said, "and soon." Xi said the talks failed. \u201cNo.\u201d'

    def at(sub: str, after: int = 0) -> tuple[int, int]:
        start = text.index(sub, after)
        return start, start + len(sub)

    lav, said1 = at("Lavrov"), at("said")
    xi, said2 = at("Xi"), at("said", at("Xi")[1])
    first, second = at('"We will respond,"'), at('"and soon."')
    q1 = QuoteRecord("d", "d#q1", "direct", CharSpan.of(text, first[0], second[1]),
                     Speaker(*lav, "Lavrov", "Sergei Lavrov", "name"), Cue(*said1, "said", "say"),
                     Topic("talks"), 0.8, "direct-cue-inside",
                     (CharSpan.of(text, *first), CharSpan.of(text, *second)))
    q2 = QuoteRecord("d", "d#q2", "indirect", CharSpan.of(text, *at("the talks failed")),
                     Speaker(*xi, "Xi", "Xi Jinping", "name"), Cue(*said2, "said", "say"),
                     None, 0.7, "ccomp-complement")
    q3 = QuoteRecord("d", "d#q3", "direct", CharSpan.of(text, *at("\u201cNo.\u201d")), None, None, None,
                     0.4, "direct-no-cue", attribution="none")
    return DocRecord("d", text, (q1, q2, q3))


def test_tasks_import_into_label_studio_and_round_trip(server: str, tmp_path: Path) -> None:
    record = _record()
    task = to_label_studio(record)
    project = _call(server, "POST", "/api/projects", {"title": "quotekit", "label_config": LABEL_STUDIO_CONFIG})
    result = _call(server, "POST", f"/api/projects/{project['id']}/import", [task])
    assert result["task_count"] == 1 and result["prediction_count"] == 1
    listed = _call(server, "GET", f"/api/tasks?project={project['id']}")
    tasks = listed["tasks"] if isinstance(listed, dict) else listed
    stored = _call(server, "GET", f"/api/tasks/{tasks[0]['id']}")
    assert stored["data"]["text"] == record.text
    (prediction,) = stored["predictions"]
    regions = {r["id"]: r for r in prediction["result"] if r["type"] == "labels"}
    relations = [r for r in prediction["result"] if r["type"] == "relation"]
    sent = {r["id"]: r for r in task["predictions"][0]["result"] if r.get("type") == "labels"}
    assert set(regions) == set(sent)
    for rid, region in regions.items():
        v = region["value"]
        assert (v["start"], v["end"], v["labels"]) == (sent[rid]["value"]["start"], sent[rid]["value"]["end"],
                                                      sent[rid]["value"]["labels"])
        assert record.text[v["start"] : v["end"]] == v["text"]
    sent_relations = [r for r in task["predictions"][0]["result"] if r.get("type") == "relation"]
    assert len(sent_relations) == 6  # speaker and cue to both pieces of q1, and to q2
    assert sorted((r["from_id"], r["to_id"], r["labels"][0]) for r in relations) == sorted(
        (r["from_id"], r["to_id"], r["labels"][0]) for r in sent_relations)
    # an annotator accepts the prediction; Label Studio's own export is read back by quotekit
    _call(server, "POST", f"/api/tasks/{stored['id']}/annotations",
          {"result": prediction["result"], "was_cancelled": False})
    exported = _call(server, "GET", f"/api/projects/{project['id']}/export?exportType=JSON&download_all_tasks=true")
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    (gold,) = from_label_studio(path)
    assert [(q["start"], q["end"], q["type"], (q["speaker"] or {}).get("text"), (q["cue"] or {}).get("text"),
             [f["text"] for f in q.get("fragments", [])], q.get("speaker_name"))
            for q in gold["quotes"]] == [
        (q.quote.start, q.quote.end, q.type, q.speaker.text if q.speaker else None,
         q.cue.text if q.cue else None, [f.text for f in q.fragments], q.speaker.name if q.speaker else None)
        for q in record.quotes]
