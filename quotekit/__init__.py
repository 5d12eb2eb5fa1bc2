"""quotekit: who said what, about what, in English news text.

Importing this package is cheap: Stanza, torch and textacy are loaded only when a
document is parsed or a topic is extracted.
"""

from __future__ import annotations

__version__ = "0.1.0"

from quotekit.errors import AlignmentError, InputError, ParserUnavailable, QuotekitError
from quotekit.records import (
    SCHEMA_DOC,
    SCHEMA_ERROR,
    SCHEMA_QUOTE,
    CharSpan,
    Cue,
    DocRecord,
    ExtractOptions,
    QuoteRecord,
    Speaker,
    Topic,
)

__all__ = [
    "__version__",
    "AlignmentError",
    "CharSpan",
    "Cue",
    "DocRecord",
    "ExtractOptions",
    "InputError",
    "ParserUnavailable",
    "QuoteRecord",
    "QuotekitError",
    "SCHEMA_DOC",
    "SCHEMA_ERROR",
    "SCHEMA_QUOTE",
    "Speaker",
    "Topic",
]
