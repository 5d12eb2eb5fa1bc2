"""Limits on one document: InputDoc -> InputDoc (cut, or refused as an error), and the batches
the parser reads, where a very long document stands alone.

A 30 MB document takes the parser hours and holds every document of its batch back with it;
past ``--max-chars`` it is an error record, or (``--too-long cut``) only its beginning is read,
with a warning. Below the limit, a long document is parsed in a batch of its own, so that the
documents before it are written first, and the parser reports its progress piece by piece.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from quotekit.records import ErrorInfo, InputDoc

# characters: about 2,500 pages of a novel; a longer document is most likely a mistake (a whole
# corpus in one field, a binary dump), and would take the parser hours
DEFAULT_MAX_CHARS = 5_000_000
TOO_LONG_CHOICES = ("error", "cut")
# characters: a document longer than this is parsed alone (about 30 of the parser's pieces)
LONE_CHARS = 100_000
# how far before the limit a cut looks for a paragraph break or a sentence end
_CUT_WINDOW = 5_000
_SENTENCE_END = re.compile(r"\n\s*\n|[.!?][\"'\u201d\u2019)]*\s")


def limit_length(
    items: Iterable[InputDoc], *, max_chars: int = DEFAULT_MAX_CHARS, too_long: str = "error"
) -> Iterator[InputDoc]:
    """The documents, each no longer than ``max_chars`` characters: a longer one becomes an
    error (``too_long="error"``) or is cut at a paragraph break, sentence end or space before
    the limit, with a warning (``too_long="cut"``); its offsets still index the input."""
    if too_long not in TOO_LONG_CHOICES:
        raise ValueError(f"too_long must be one of {TOO_LONG_CHOICES}, not {too_long!r}")
    for item in items:
        n = len(item.text)
        if item.error is not None or n <= max_chars:
            yield item
        elif too_long == "error":
            message = (
                f"{item.source}: {n:,} characters, more than --max-chars {max_chars:,} (raise "
                "--max-chars, or give --too-long cut to read only its beginning)"
            )
            yield replace(item, text="", error=ErrorInfo("InputError", message))
        else:
            end = cut_point(item.text, max_chars)
            warning = (
                f"{n:,} characters, more than --max-chars {max_chars:,}: only the first "
                f"{end:,} were read"
            )
            yield replace(item, text=item.text[:end], warnings=(*item.warnings, warning))


def cut_point(text: str, max_chars: int) -> int:
    """Where to cut a text to at most ``max_chars`` characters: after the last paragraph
    break or sentence end in the last few thousand characters, else after the last space,
    else at the limit."""
    lo = max(0, max_chars - _CUT_WINDOW)
    last = None
    for m in _SENTENCE_END.finditer(text, lo, max_chars):
        last = m
    if last is not None:
        return last.end()
    space = text.rfind(" ", lo, max_chars)
    return space + 1 if space >= 0 else max_chars


def parse_batches(items: Iterable[InputDoc], batch_size: int) -> Iterator[list[InputDoc]]:
    """Batches of at most ``batch_size`` documents, in order; a document longer than
    ``LONE_CHARS`` is a batch of its own (the documents before it go first)."""
    batch: list[InputDoc] = []
    for item in items:
        if len(item.text) > LONE_CHARS:
            if batch:
                yield batch
                batch = []
            yield [item]
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def piece_progress(*, quiet: bool = False) -> Callable[[int, int], None]:
    """A progress report for a long document the parser reads in many pieces, to stderr: a
    bar on a terminal, else one line when it starts. Called with (0, pieces in all) when the
    parser starts on it, then (pieces done, pieces in all) after each of its calls."""
    state: dict[str, object] = {}

    def report(done: int, total: int) -> None:
        if quiet or (done >= total and "bar" not in state):
            return  # (a document read in one call of the parser: nothing to show)
        from tqdm import tqdm

        bar = state.get("bar")
        if not isinstance(bar, tqdm) or bar.total != total or done < bar.n:
            if isinstance(bar, tqdm):
                bar.close()
            if not sys.stderr.isatty():
                print(f"quotekit: parsing a long document in {total:,} pieces", file=sys.stderr)
            bar = tqdm(
                total=total,
                unit="piece",
                desc="parsing",
                file=sys.stderr,
                leave=False,
                disable=None,
            )
            state["bar"] = bar
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
            state.pop("bar", None)

    return report
