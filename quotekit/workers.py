"""Workers: the pipeline in N processes, one Stanza pipeline each, output in input order.

Documents go to the workers in batches (``batch_size`` documents, one Stanza call each); at
most ``2 * workers`` batches are in flight, so memory stays flat however long the input is.
Each worker's torch uses its share of the machine's cores.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from quotekit.records import DocRecord, ExtractOptions, InputDoc

_STATE: dict[str, Any] = {}


def _init(
    parser_args: dict[str, Any],
    options: ExtractOptions | None,
    threads: int,
    parent: int,
    parses: str | None = None,
) -> None:
    _die_with(parent)
    # Ctrl-C is the parent's to handle (it reports and ends the workers), not each worker's
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import torch

    from quotekit.parses import SavedParses
    from quotekit.parsing import Parser

    torch.set_num_threads(threads)
    parser = Parser(**parser_args)
    if parses is None:
        parser.load()
    _STATE["parser"] = parser
    _STATE["options"] = options
    _STATE["saved"] = SavedParses(parses) if parses is not None else None


def _die_with(parent: int) -> None:
    """End this worker as soon as its parent is gone (killed with SIGKILL, say), so that no
    worker with a parser's memory is left running on its own."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="quotekit-parent-watch", daemon=True).start()


def _run(batch: list[InputDoc]) -> list[DocRecord]:
    from quotekit.pipeline import extract

    return list(extract(batch, _STATE["parser"], _STATE["options"], saved=_STATE["saved"]))


def extract_parallel(
    items: Iterable[InputDoc],
    *,
    workers: int,
    model_dir: Any = None,
    device: str = "auto",
    batch_size: int = 16,
    options: ExtractOptions | None = None,
    coref: bool = False,
    parses: str | os.PathLike[str] | None = None,
) -> Iterator[DocRecord]:
    """Extract with ``workers`` processes; yields one DocRecord per document, in input order.

    Each worker ends when the process that started it is gone. With ``parses`` (a file written
    by ``quotekit parse``), documents parsed before take their saved parse.

    Raises:
        ParserUnavailable: when the models cannot be loaded (from the first worker).
    """
    parser_args = {
        "model_dir": model_dir,
        "device": device,
        "batch_size": batch_size,
        "use_coref": coref,
    }
    if workers <= 1:
        from quotekit.parses import SavedParses
        from quotekit.parsing import Parser
        from quotekit.pipeline import extract

        parser = Parser(**parser_args)
        saved = SavedParses(parses) if parses is not None else None
        yield from extract(items, parser, options, saved=saved)
        return
    threads = max(1, (os.cpu_count() or workers) // workers)
    it = iter(items)
    batches = iter(lambda: list(itertools.islice(it, batch_size)), [])
    import multiprocessing

    # spawn, not fork: torch and its threads do not survive a fork
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        workers,
        mp_context=ctx,
        initializer=_init,
        initargs=(
            parser_args,
            options,
            threads,
            os.getpid(),
            None if parses is None else os.fspath(parses),
        ),
    )
    completed = False
    try:
        pending: deque[Future[list[DocRecord]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_run, batch))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        completed = True
    finally:
        if not completed:
            _stop(pool)
        pool.shutdown(wait=completed, cancel_futures=not completed)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers of a run that stops early (Ctrl-C, an error, a closed output) now,
    rather than after the batches they are parsing."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        proc.terminate()
