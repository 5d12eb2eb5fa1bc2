"""Writers: DocRecord -> JSON Lines (one quote per line, or one document per line).

Output to a file is crash-safe and resumable: each document's lines are written with one
``write`` call, and a journal beside the file (``OUT.quotekit-resume``) records, after each
document, how many documents are done and where the file ends. A run killed at any moment
leaves a file whose complete part the journal describes; ``ResumableOutput(resume=True)``
cuts the file back to it and says how many input documents to skip.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import jsonlines

from quotekit.errors import InputError, OutputError, output_error
from quotekit.records import DocRecord

JOURNAL_SUFFIX = ".quotekit-resume"


def doc_lines(record: DocRecord, *, per_doc: bool = False) -> Iterator[dict[str, Any]]:
    """The JSON objects one document contributes to the output."""
    if record.error is not None or per_doc:
        yield record.to_dict()
        return
    for q in record.quotes:
        yield q.to_dict()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def encode_doc(record: DocRecord, *, per_doc: bool = False) -> bytes:
    """A document's output lines as one UTF-8 block."""
    buf = io.StringIO()
    with jsonlines.Writer(buf, dumps=_dumps) as writer:
        writer.write_all(doc_lines(record, per_doc=per_doc))
    return buf.getvalue().encode("utf-8")


class JsonlWriter:
    """Writes records to a text stream, flushing after each document so that `| head` works."""

    def __init__(self, fp: IO[str], *, per_doc: bool = False) -> None:
        self._fp = fp
        self.per_doc = per_doc

    def write(self, record: DocRecord) -> None:
        try:
            self._fp.write(encode_doc(record, per_doc=self.per_doc).decode("utf-8"))
            self._fp.flush()
        except BrokenPipeError:
            raise  # (`| head` closed the pipe: the CLI ends quietly)
        except OSError as e:
            if self._fp is sys.stdout:
                _discard_stdout()
            raise output_error(getattr(self._fp, "name", "the output"), e) from None

    def close(self) -> None:
        self._fp.flush()


def open_locked(path: str | Path) -> IO[str]:
    """An output file opened for writing from its start (UTF-8), locked like a
    ``ResumableOutput`` so that a second writer stops with an error before truncating it.

    Raises:
        OutputError: when another process writes the file, or it cannot be opened.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    except OSError as e:
        raise output_error(path, e) from None
    _lock(fd, Path(path))
    _truncate(fd, 0)
    return open(fd, "w", encoding="utf-8")  # noqa: SIM115 (closed by the caller)


def write_text_file(path: Path, text: str) -> None:
    """Write a whole output file (UTF-8).

    Raises:
        OutputError: when it cannot be written (a full disk, no permission).
    """
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise output_error(path, e) from None


def _discard_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail again."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _lock(fd: int, path: Path) -> None:
    """Hold an exclusive lock on the open output file, or say who holds it."""
    try:
        import fcntl
    except ImportError:  # (not on Windows: no lock there)
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputError(
            f"{path} is being written by another quotekit run; wait for it to end, or write "
            "to another file"
        ) from None
    except OSError:
        pass  # a file system without locks (some network shares): go on unlocked


def _truncate(fd: int, length: int) -> None:
    # (not a device such as /dev/null, which cannot be truncated)
    if stat.S_ISREG(os.fstat(fd).st_mode):
        os.ftruncate(fd, length)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class ResumableOutput:
    """A JSONL output file with a journal, so that an interrupted run can be resumed.

    Args:
        path: the output file.
        header: what identifies the run (inputs and options); a resume must match it.
        per_doc: one line per document instead of one per quote.
        resume: continue an interrupted run instead of starting a new file.

    Attributes:
        skip: how many input documents the interrupted run finished (0 for a new run).

    The file is locked (``flock``) while it is written, so that a second run writing to it
    stops with an error before it touches the file or its journal; the lock goes with the
    process, however it ends.

    Raises:
        InputError: when asked to resume a run with other inputs or options.
        OutputError: when another process writes the file, or it cannot be written.
    """

    def __init__(
        self, path: str | Path, header: dict[str, Any], *, per_doc: bool, resume: bool = False
    ) -> None:
        self.path = Path(path)
        self.journal_path = Path(str(path) + JOURNAL_SUFFIX)
        self.per_doc = per_doc
        self.skip = 0
        header_line = json.dumps(header, sort_keys=True)
        try:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o666)  # less umask
        except OSError as e:
            raise output_error(self.path, e) from None
        _lock(self._fd, self.path)
        try:
            self._open(header_line, resume)
        except OSError as e:
            os.close(self._fd)
            raise output_error(self.journal_path, e) from None
        except BaseException:
            os.close(self._fd)
            raise

    def _open(self, header_line: str, resume: bool) -> None:
        offset = 0
        if resume and self.journal_path.exists():
            lines = self.journal_path.read_bytes().split(b"\n")
            if lines[0].decode("utf-8", "replace") != header_line:
                raise InputError(
                    f"{self.path} was started with other inputs or options; run it again "
                    "without --resume (and with --force) or with the same arguments"
                )
            for raw in lines[1:-1]:  # the last element is empty or an unfinished line
                parts = raw.split()
                if len(parts) == 2:
                    self.skip, offset = int(parts[0]), int(parts[1])
            _truncate(self._fd, offset)
            os.lseek(self._fd, offset, os.SEEK_SET)
            self._journal = open(self.journal_path, "ab")  # noqa: SIM115
            if not lines[-1] == b"":
                self._journal.write(b"\n")  # end the unfinished line
        else:
            _truncate(self._fd, 0)
            self._journal = open(self.journal_path, "wb")  # noqa: SIM115
            self._journal.write(header_line.encode("utf-8") + b"\n")
            self._journal.flush()
        self.offset = offset
        self.done = self.skip

    def write(self, record: DocRecord) -> None:
        data = encode_doc(record, per_doc=self.per_doc)
        try:
            _write_all(self._fd, data)
            self._journal.write(f"{self.done + 1} {self.offset + len(data)}\n".encode())
            self._journal.flush()
        except OSError as e:
            # (the file is cut back to its last whole document, where --resume goes on)
            with contextlib.suppress(OSError):
                _truncate(self._fd, self.offset)
            raise OutputError(
                f"{output_error(self.path, e)} (after {self.done} documents; --resume goes "
                "on from there)"
            ) from None
        self.offset += len(data)
        self.done += 1

    def finish(self) -> None:
        """Close the file after a complete run; the journal is no longer needed."""
        with contextlib.suppress(OSError):  # (the output is whole: only the journal is cut)
            self._journal.close()
        self.journal_path.unlink(missing_ok=True)
        os.close(self._fd)  # (last: the lock holds until the journal is gone)

    def abandon(self) -> None:
        """Close after an interrupted run, keeping the journal for --resume."""
        with contextlib.suppress(OSError):  # (a full disk: the journal's last line may be cut)
            self._journal.close()
        os.close(self._fd)
