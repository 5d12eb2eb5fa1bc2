"""Errors raised by quotekit. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InputError(QuotekitError):
    """An input (file, line or document) that cannot be read or used."""


class ParserUnavailable(QuotekitError):
    """No Stanza models could be found or loaded."""


class AlignmentError(QuotekitError):
    """Parser tokens that cannot be mapped back onto the exact input text."""
