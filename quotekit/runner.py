"""Runner: one extraction run over files, as ``quotekit extract`` does it, usable from Python.

    run_extract(paths, output, settings) -> RunSummary

It checks the models before reading anything, reads the inputs (quotekit.readers), takes saved
parses where they fit (quotekit.parses), runs the pipeline in this process or in worker
processes (quotekit.workers), writes each document's records as soon as they are made
(quotekit.writers; a resumable file for ``-o FILE``), shows progress on stderr, and returns the
counts that the closing summary line reports. ``run_ray`` does the same on Ray.

    >>> from quotekit.runner import RunSettings, run_extract
    >>> settings = RunSettings(workers=2)
    >>> summary = run_extract(["articles/"], "quotes.jsonl", settings)  # doctest: +SKIP
    >>> summary.line()  # doctest: +SKIP
    '12 documents read, 10 with quotes, 2 without, 0 failed; 41 quotes'

A Ctrl-C (KeyboardInterrupt) during a run to a file becomes ``RunInterrupted``, which is a
KeyboardInterrupt that carries the counts so far; the output's journal is kept for ``--resume``.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotekit.errors import OutputError
from quotekit.limits import DEFAULT_MAX_CHARS
from quotekit.records import DocRecord, ErrorInfo, ExtractOptions, InputDoc


@dataclass(frozen=True)
class RunSettings:
    """How to read, parse and write: everything of a run but its inputs and output."""

    per_doc: bool = False
    text_field: str = "text"
    id_field: str = "id"
    input_format: str = "auto"
    model_dir: Path | None = None
    device: str = "auto"
    batch_size: int = 16
    workers: int = 1
    coref: bool = False
    parses: Path | None = None
    options: ExtractOptions = field(default_factory=ExtractOptions)
    max_chars: int = DEFAULT_MAX_CHARS  # a longer document is refused or cut (too_long)
    too_long: str = "error"  # or "cut"

    def header(self, paths: list[str]) -> dict[str, Any]:
        """What a resumed run must share with the run it continues."""
        return {
            "inputs": [str(Path(p).resolve()) for p in paths],
            "per_doc": self.per_doc,
            "text_field": self.text_field,
            "id_field": self.id_field,
            "input_format": self.input_format,
            "cues": sorted(self.options.cue_classes),
            "coref": self.coref,
            "max_chars": self.max_chars,
            "too_long": self.too_long,
        }


@dataclass
class RunSummary:
    """Counts of a run; ``skipped`` documents were done by the run that this one resumed."""

    read: int = 0
    with_quotes: int = 0
    without_quotes: int = 0
    failed: int = 0
    quotes: int = 0
    warned: int = 0
    skipped: int = 0
    total: int | None = None

    def add(self, record: DocRecord) -> None:
        self.read += 1
        if record.error is not None:
            self.failed += 1
            return
        self.quotes += len(record.quotes)
        if record.quotes:
            self.with_quotes += 1
        else:
            self.without_quotes += 1
        if record.warnings:
            self.warned += 1

    def line(self) -> str:
        """The closing line: '3 documents read, 2 with quotes, 1 without, 0 failed; 5 quotes'."""
        resumed = f" (resumed after {self.skipped})" if self.skipped else ""
        return (
            f"{_plural(self.read, 'document')} read{resumed}, {self.with_quotes} with quotes, "
            f"{self.without_quotes} without, {self.failed} failed; {_plural(self.quotes, 'quote')}"
        )


class RunInterrupted(KeyboardInterrupt):
    """A run stopped by Ctrl-C; ``summary`` holds what it had done."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def record_messages(record: DocRecord, *, warnings: bool = True) -> Iterator[str]:
    """The lines a person reads about one document: its error, or its warnings (unless not
    ``warnings``).

    A message that already starts with the document's id or source is not prefixed again.
    """
    if record.error is not None:
        yield f"error: {_prefixed(record.doc_id, record.error.message)}"
        return
    for w in record.warnings if warnings else ():
        yield f"warning: {_prefixed(record.doc_id, w)}"


def _prefixed(doc_id: str, message: str) -> str:
    return message if message.startswith(doc_id) else f"{doc_id}: {message}"


def say_skipped_files(paths: list[str], input_format: str, say: Callable[[str], None]) -> None:
    """A warning for each input directory that holds files it does not read."""
    from quotekit.readers import skipped_note

    for path in paths:
        note = skipped_note(Path(path), input_format) if Path(path).is_dir() else None
        if note is not None:
            say(f"warning: {note}")


def count_documents(paths: list[str], input_format: str = "auto") -> int | None:
    """How many documents the inputs hold, when that is cheap to know (None for stdin).

    A text file is one document; a JSONL file one per non-blank line; a directory its files as
    the reader walks them.
    """
    from quotekit.readers import JSONL_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for path in paths:
        if path == "-":
            return None
        p = Path(path)
        if p.is_dir():
            wanted = {"txt": TEXT_SUFFIXES, "jsonl": JSONL_SUFFIXES}.get(
                input_format, TEXT_SUFFIXES + JSONL_SUFFIXES
            )
            files = [
                f
                for f in sorted(p.rglob("*"))
                if f.is_file() and f.suffix.lower() in wanted and not f.name.startswith(".")
            ]
        else:
            files = [p]
        for f in files:
            is_jsonl = input_format == "jsonl" or (
                input_format == "auto" and f.suffix.lower() in JSONL_SUFFIXES
            )
            total += _count_lines(f) if is_jsonl else 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    try:
        with path.open("rb") as fp:
            n = sum(1 for line in fp if line.strip())
    except OSError:
        return 1  # the reader reports it, as one failed document
    return n


def _progress(total: int | None, quiet: bool, desc: str) -> Any:
    """A progress bar on stderr, shown only when it is a terminal: documents done, of
    ``total`` when known, redrawn for every document. Its time left comes from the average
    rate since the start: documents are parsed in batches and arrive together, so a rate
    smoothed over the last few swings from seconds to hours."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="doc",
        disable=True if quiet else None,
        file=sys.stderr,
        desc=desc,
        miniters=1,
        mininterval=0,
        smoothing=0,
    )


def _load(parser: Any, quiet: bool, say: Callable[[str], None], workers: int = 1) -> None:
    """Load the parser's models (with several workers, each loads its own: only check that
    they are there), saying so on a terminal: loading takes seconds before the progress bar
    can start, and a silent terminal looks stuck."""
    if not quiet and sys.stderr.isatty():
        where = f" in {workers} workers" if workers > 1 else ""
        say(f"quotekit: loading the parser models{where} ...")
    if workers > 1:
        parser.check_models()
    else:
        parser.load()


def _records(items: Iterable[InputDoc], settings: RunSettings, parser: Any) -> Iterator[DocRecord]:
    from quotekit.parses import SavedParses
    from quotekit.pipeline import extract
    from quotekit.workers import extract_parallel

    if settings.workers > 1:
        return extract_parallel(
            items,
            workers=settings.workers,
            model_dir=settings.model_dir,
            device=settings.device,
            batch_size=settings.batch_size,
            options=settings.options,
            coref=settings.coref,
            parses=settings.parses,
        )
    saved = SavedParses(settings.parses) if settings.parses is not None else None
    return extract(items, parser, settings.options, saved=saved)


# a finished run keeps no record of its inputs: what resuming can and cannot do
_RESUME_HINT = (
    " (resuming continues an interrupted run only; to extract other inputs, write another output"
    " or overwrite this one)"
)


def run_extract(
    paths: list[str],
    output: str,
    settings: RunSettings | None = None,
    *,
    resume: bool = False,
    force: bool = False,
    quiet: bool = False,
    echo: Callable[[str], None] | None = None,
) -> RunSummary:
    """Extract the quotes of ``paths`` (files, directories, "-" for stdin) into ``output``.

    Like ``quotekit extract``, it shows a progress bar, warnings and the summary line on
    stderr (``echo``) unless ``quiet``; errors about documents are shown even then. The
    returned summary holds the same counts.

    Args:
        output: a file (written resumably, with a journal until the run completes) or "-".
        resume: continue the interrupted run into ``output`` (same inputs and settings).
        force: overwrite ``output`` if it exists (else that is an OutputError, as the CLI
            refuses without --force).
        quiet: no progress bar, warnings or summary line (errors about documents still).
        echo: where people's messages go (default: stderr).

    Raises:
        OutputError: when ``output`` exists and neither ``force`` nor ``resume`` is given
            (before the models are loaded).
        ParserUnavailable: when there are no usable models (before anything is read).
        InputError: when asked to resume a run with other inputs or settings.
        RunInterrupted: on Ctrl-C, with the counts so far.
    """
    from quotekit.limits import limit_length, piece_progress
    from quotekit.parsing import Parser
    from quotekit.readers import read_inputs
    from quotekit.writers import JOURNAL_SUFFIX, JsonlWriter, ResumableOutput

    settings = settings or RunSettings()
    say = echo or (lambda line: print(line, file=sys.stderr, flush=True))
    summary = RunSummary()
    if resume and Path(output).exists() and not Path(output + JOURNAL_SUFFIX).exists():
        say(f"quotekit: {output} is complete; nothing to resume{_RESUME_HINT}")
        return summary
    if output != "-" and Path(output).exists() and not (force or resume):
        raise OutputError(f"{output} exists; pass force=True to overwrite it")
    parser = Parser(
        model_dir=settings.model_dir,
        device=settings.device,
        batch_size=settings.batch_size,
        use_coref=settings.coref,
    )
    # fail before reading input or touching the output when there are no models; with saved
    # parses, the models are loaded only for a document that is not in them
    if settings.parses is None:
        _load(parser, quiet, say, settings.workers)
    items: Iterator[InputDoc] = read_inputs(
        paths,
        text_field=settings.text_field,
        id_field=settings.id_field,
        input_format=settings.input_format,
    )
    if not quiet:
        say_skipped_files(paths, settings.input_format, say)
    # a document past max_chars is refused or cut; a long one is parsed alone, with progress
    items = limit_length(items, max_chars=settings.max_chars, too_long=settings.too_long)
    parser.progress = piece_progress(quiet=quiet)
    out: ResumableOutput | JsonlWriter
    if output == "-":
        out = JsonlWriter(sys.stdout, per_doc=settings.per_doc)
    else:
        out = ResumableOutput(
            output, settings.header(paths), per_doc=settings.per_doc, resume=resume
        )
        summary.skipped = out.skip
        items = itertools.islice(items, out.skip, None)
    if not quiet:
        total = count_documents(paths, settings.input_format)
        summary.total = None if total is None else max(0, total - summary.skipped)
    completed = False
    bar = _progress(summary.total, quiet, "quotekit")
    try:
        for record in _records(items, settings, parser):
            out.write(record)
            summary.add(record)
            bar.update(1)
            # an error about a document is shown even when quiet; its warnings are not
            for line in record_messages(record, warnings=not quiet):
                bar.write(line, file=sys.stderr)
        completed = True
    except KeyboardInterrupt:
        raise RunInterrupted(summary) from None
    finally:
        bar.close()
        if isinstance(out, ResumableOutput):
            out.finish() if completed else out.abandon()
    if not quiet:
        say(f"quotekit: {summary.line()}")
    return summary


def run_parse(
    paths: list[str],
    output: str | Path,
    settings: RunSettings | None = None,
    *,
    quiet: bool = False,
    echo: Callable[[str], None] | None = None,
) -> RunSummary:
    """Parse ``paths`` and save the parses to ``output`` (a spaCy DocBin, quotekit.parses),
    for ``run_extract`` with ``RunSettings(parses=output)``. Documents that cannot be read or
    parsed are reported and left out; the file is written once all are parsed.

    Raises:
        ParserUnavailable: when there are no usable models (before anything is read).
        RunInterrupted: on Ctrl-C (nothing is written).
    """
    from quotekit.parses import save_parses
    from quotekit.parsing import Parser
    from quotekit.pipeline import parse_docs
    from quotekit.readers import read_inputs

    settings = settings or RunSettings()
    say = echo or (lambda line: print(line, file=sys.stderr, flush=True))
    parser = Parser(
        model_dir=settings.model_dir, device=settings.device, batch_size=settings.batch_size
    )
    _load(parser, quiet, say)
    items = read_inputs(
        paths,
        text_field=settings.text_field,
        id_field=settings.id_field,
        input_format=settings.input_format,
    )
    if not quiet:
        say_skipped_files(paths, settings.input_format, say)
    summary = RunSummary(total=None if quiet else count_documents(paths, settings.input_format))
    bar = _progress(summary.total, quiet, "quotekit parse")
    parsed = []
    try:
        for item, result in parse_docs(items, parser):
            summary.read += 1
            bar.update(1)
            if isinstance(result, ErrorInfo):
                summary.failed += 1
                bar.write(f"error: {_prefixed(item.doc_id, result.message)}", file=sys.stderr)
                continue
            parsed.append((item.doc_id, result))
    except KeyboardInterrupt:
        raise RunInterrupted(summary) from None
    finally:
        bar.close()
    n = save_parses(parsed, output)
    if not quiet:
        say(f"quotekit: {_plural(n, 'parse')} saved to {output}, {summary.failed} failed")
    return summary


def run_ray(
    paths: list[str],
    output: str,
    settings: RunSettings | None = None,
    *,
    actors: int = 2,
    gpus_per_actor: float = 0.0,
    quiet: bool = False,
) -> RunSummary:
    """``run_extract`` as a Ray Data job (JSONL files only; records in no fixed order)."""
    from quotekit.parsing import Parser
    from quotekit.ray_engine import extract_with_ray
    from quotekit.writers import open_locked

    settings = settings or RunSettings()
    Parser(
        model_dir=settings.model_dir, device=settings.device, use_coref=settings.coref
    ).check_models()
    summary = RunSummary()
    fp = sys.stdout if output == "-" else open_locked(output)  # (quotekit.writers)
    try:
        for block in extract_with_ray(
            paths,
            text_field=settings.text_field,
            id_field=settings.id_field,
            model_dir=settings.model_dir,
            device=settings.device,
            batch_size=settings.batch_size,
            actors=actors,
            gpus_per_actor=gpus_per_actor,
            per_doc=settings.per_doc,
            options=settings.options,
            coref=settings.coref,
            limits=(settings.max_chars, settings.too_long),
        ):
            fp.write(block)
            fp.flush()
            summary.read += 1
            summary.failed += '"schema": "quotekit.error/1"' in block
    finally:
        if fp is not sys.stdout:
            fp.close()
    if not quiet:
        print(
            f"quotekit: {_plural(summary.read, 'document')} processed on Ray, "
            f"{summary.failed} failed",
            file=sys.stderr,
        )
    return summary
