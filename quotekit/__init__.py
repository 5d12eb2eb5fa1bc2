"""quotekit: who said what, about what, in English news text.

    >>> import quotekit
    >>> record = quotekit.extract('"We will respond," Lavrov said.')  # doctest: +SKIP
    >>> [(q.quote.text, q.speaker.text) for q in record.quotes]  # doctest: +SKIP
    [('"We will respond,"', 'Lavrov')]

``quotekit.extract`` parses with one Stanza pipeline, loaded on first use and kept; pass a
``quotekit.Parser`` to choose its models and device. Runs over files, with workers, resume
and progress, are quotekit.runner's (what ``quotekit extract`` uses).

Importing this package is cheap: Stanza, torch and textacy are loaded only when a
document is parsed or a topic is extracted; ``Parser`` is imported on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from quotekit.parsing import Parser

_DEFAULT_PARSER: list[Parser] = []


def extract(
    text: str,
    *,
    doc_id: str = "text",
    parser: Parser | None = None,
    options: ExtractOptions | None = None,
) -> DocRecord:
    """The quotes of one text, as a DocRecord (its ``quotes``, ``warnings`` and ``error``).

    Args:
        text: the document.
        doc_id: its id in the records.
        parser: the parser to use; by default one Parser() (models found as ``quotekit
            extract`` finds them), loaded on the first call and kept for the next.
        options: which cue classes count and other settings (``ExtractOptions``).

    Raises:
        ParserUnavailable: when there are no usable models.
    """
    from quotekit.pipeline import extract_text

    if parser is None:
        if not _DEFAULT_PARSER:
            from quotekit.parsing import Parser

            _DEFAULT_PARSER.append(Parser())
        parser = _DEFAULT_PARSER[0]
    return extract_text(text, parser, doc_id=doc_id, options=options)


def __getattr__(name: str) -> Any:
    # Parser lives with Stanza's loading code; importing it only when asked keeps
    # ``import quotekit`` light
    if name == "Parser":
        from quotekit.parsing import Parser

        return Parser
    raise AttributeError(f"module 'quotekit' has no attribute {name!r}")


__all__ = [
    "__version__",
    "extract",
    "Parser",
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
