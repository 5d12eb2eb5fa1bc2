"""Command line: options and messages only; the work is done in runner, pipeline, evaluation.

One typer app (``_app``) with one module per group of commands: ``extract`` (extract, parse,
explain), ``evaluate``, ``annotate`` (export, import, report) and ``models``. Importing this
package must stay cheap (no stanza, torch, spaCy or textacy) so that ``quotekit --help`` starts
at once.
"""

from __future__ import annotations

import os
import sys

from quotekit.cli import annotate, evaluate, extract, models  # noqa: F401 (registers commands)
from quotekit.cli._app import app


def main() -> None:
    """Entry point: run the app; a closed pipe (`| head`) ends quietly."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


__all__ = ["app", "main"]
