"""Crash safety: a run killed at any moment resumes to the output of one clean run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import model_dir
from filelock import FileLock

from quotekit.errors import InputError
from quotekit.records import DocRecord
from quotekit.writers import JOURNAL_SUFFIX, ResumableOutput, encode_doc

HEADER = {"inputs": ["in.jsonl"], "per_doc": True}


def _doc(n: int) -> DocRecord:
    return DocRecord(f"d{n}", f"text {n}")


def test_torn_write_is_cut_back_on_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    w = ResumableOutput(out, HEADER, per_doc=True)
    for n in range(3):
        w.write(_doc(n))
    w.abandon()
    # a kill in the middle of the fourth document: half its line, half a journal entry
    with open(out, "ab") as f:
        f.write(encode_doc(_doc(3), per_doc=True)[:7])
    with open(str(out) + JOURNAL_SUFFIX, "ab") as f:
        f.write(b"4 99")
    r = ResumableOutput(out, HEADER, per_doc=True, resume=True)
    assert r.skip == 3
    for n in range(3, 5):
        r.write(_doc(n))
    r.finish()
    assert out.read_bytes() == b"".join(encode_doc(_doc(n), per_doc=True) for n in range(5))
    assert not Path(str(out) + JOURNAL_SUFFIX).exists()


@pytest.mark.issue(18)
def test_output_is_a_plain_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        w = ResumableOutput(out, HEADER, per_doc=True)
        w.write(_doc(1))
        w.finish()
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_resume_refuses_other_options(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ResumableOutput(out, HEADER, per_doc=True).abandon()
    with pytest.raises(InputError, match="other inputs or options"):
        ResumableOutput(out, {**HEADER, "per_doc": False}, per_doc=False, resume=True)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A folder all xdist workers of this session share (each has its own temporary folder
    under it), so that the corpus and the clean runs are made once, not once per worker."""
    root = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        root = root.parent
    folder = root / "resume-shared"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def corpus(shared: Path) -> Path:
    path = shared / "in.jsonl"
    lines = []
    for n in range(24):
        if n % 5 == 3:
            text = f"The council met on day {n}. Nothing was decided."  # no quotes
        else:
            text = f'"We will decide on item {n} soon," Mayor Moreno said. She said the vote was close.'
        lines.append(json.dumps({"id": f"doc{n}", "text": text}))
    lines.insert(10, "{not json")  # a bad line is part of the output too
    with FileLock(str(shared / "corpus.lock")):
        if not path.exists():
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "\n".join(lines) + "\n"
    return path


def _cmd(inp: Path, out: Path, *extra: str) -> list[str]:
    md = model_dir()
    if md is None:
        pytest.skip("no Stanza model directory")
    return [sys.executable, "-m", "quotekit", "extract", str(inp), "-o", str(out), "-q",
            "--batch-size", "2", "--device", "cpu", "--model-dir", str(md), *extra]


def _journal_docs(out: Path) -> int:
    try:
        return max(0, (Path(str(out) + JOURNAL_SUFFIX).read_bytes().count(b"\n")) - 1)
    except FileNotFoundError:
        return -1


@pytest.fixture(scope="module")
def clean_runs(corpus: Path, shared: Path) -> dict[str, bytes]:
    """One uninterrupted run per output kind, made by whichever worker comes first; two
    workers write what one process writes."""
    found = {}
    for kind, extra in (("per-quote", []), ("per-doc", ["--per-doc"])):
        out = shared / f"clean-{kind}.jsonl"
        with FileLock(str(shared / f"clean-{kind}.lock")):
            if not out.exists():
                part = shared / f"clean-{kind}.part.jsonl"
                done = subprocess.run(_cmd(corpus, part, *extra), check=False, timeout=300,
                                      capture_output=True, text=True)
                assert part.read_bytes().count(b"\n") >= 20, \
                    f"the clean run ended {done.returncode}: {done.stderr[-2000:]}"
                part.replace(out)
        found[kind] = out.read_bytes()
    return found


# a kill before the first document, in the middle and near the end, spread over the modes (each
# run loads the parser: every mode at every point took three minutes of CI for little more)
@pytest.mark.model
@pytest.mark.parametrize(
    ("kind", "mode", "kill_after"),
    [("per-quote", [], 0), ("per-quote", [], 19), ("per-doc", ["--per-doc"], 7),
     ("per-quote", ["--workers", "2"], 7)],
    ids=["per-quote-start", "per-quote-end", "per-doc-middle", "workers-middle"],
)
def test_kill_and_resume_equals_clean_run(corpus: Path, clean_runs: dict[str, bytes], tmp_path: Path,
                                          kind: str, mode: list[str], kill_after: int) -> None:
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(_cmd(corpus, out, *mode))
    deadline = time.time() + 300
    while _journal_docs(out) < kill_after and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the run finished before it could be killed"
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _assert_gone(workers)
    done = _journal_docs(out)
    assert done >= kill_after
    subprocess.run(_cmd(corpus, out, "--resume", *mode), check=False, timeout=300)
    assert out.read_bytes() == clean_runs[kind], f"killed after {done} documents"
    assert not Path(str(out) + JOURNAL_SUFFIX).exists()


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _assert_gone(pids: list[int], wait: float = 10.0) -> None:
    """Workers die with their parent: none is left running after a short while (issue 18)."""
    deadline = time.time() + wait
    alive = pids
    while alive and time.time() < deadline:
        time.sleep(0.1)
        alive = [p for p in alive if _running(p)]
    assert not alive, f"worker processes left running after their parent was killed: {alive}"


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.model
@pytest.mark.issue(18)
def test_ctrl_c_says_how_far_it_got_and_how_to_resume(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cmd = [c for c in _cmd(corpus, out) if c != "-q"]
    # Ctrl-C reaches the run as it does from a terminal: a test run started in the background
    # ("pytest &" from a script) has SIGINT ignored, and a child inherits that, so the run never
    # saw it and finished (exit 1 for the bad line) instead
    proc = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.time() + 300
    while _journal_docs(out) < 4 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    lines = err.strip().splitlines()
    done = _journal_docs(out)
    assert done >= 4
    assert lines[-2] == f"quotekit: interrupted after {done} of 25 documents"
    assert lines[-1].startswith("quotekit: continue with: quotekit extract ")
    assert lines[-1].endswith(" --resume")
    assert "Traceback" not in err
