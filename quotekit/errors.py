"""Errors raised by quotekit. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InputError(QuotekitError):
    """An input (file, line or document) that cannot be read or used."""


class ParserUnavailable(QuotekitError):
    """No Stanza models could be found or loaded."""


class ParseError(QuotekitError):
    """A parse the rules cannot read (heads that are not a tree)."""


class AlignmentError(QuotekitError):
    """Parser tokens that cannot be mapped back onto the exact input text."""


class OutputError(QuotekitError):
    """An output that cannot be written: a full disk, no permission, another writer."""


def output_error(path: object, e: OSError) -> OutputError:
    """The one-line error for an output that failed to be written."""
    import errno

    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(
            f"{path}: the disk is full ({e.strerror}); free some space and run again"
        )
    return OutputError(f"{path}: cannot write: {e.strerror or e}")
