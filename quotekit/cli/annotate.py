"""``quotekit export``, ``import`` and ``report``: quotekit's output to annotation tools and
back, and as one HTML page."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from quotekit.cli._app import (
    Arg,
    Command,
    Opt,
    ToolFormat,
    app,
    check_input,
    check_output,
    fail,
    plural,
)
from quotekit.cli.extract import IdField, TextField
from quotekit.errors import QuotekitError

QUOTES_HELP = "quotekit output: per document (--per-doc), or per quote with --texts"
Texts = Annotated[
    Optional[list[Path]],  # noqa: UP045
    Opt("--texts", help="The original input, for per-quote output (repeatable)", metavar="PATH"),
]
Force = Annotated[bool, Opt("--force", help="Overwrite the output if it exists.")]


@app.command("export", cls=Command)
def export_cmd(
    quotes: Annotated[Path, Arg(help=QUOTES_HELP, show_default=False, metavar="QUOTES")],
    to: Annotated[ToolFormat, Opt("--to", help="The annotation tool's format")],
    output: Annotated[
        Path, Opt("-o", "--output", help="Output file (a folder for brat and xmi)", metavar="PATH")
    ],
    texts: Texts = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    force: Force = False,
) -> None:
    """Export quotes for an annotation tool (Label Studio, Prodigy, doccano, brat/INCEpTION).

    Example:

        \b
        quotekit export docs.jsonl --to label-studio -o tasks.json
    """
    from quotekit.exporters import export
    from quotekit.readers import read_records

    check_input(quotes, stdin=False)
    for t in texts or []:
        check_input(t, stdin=False)
    if to.key in ("brat", "xmi"):
        _check_folder(output, force)
    else:
        check_output(output, force=force)
    failed: list[str] = []
    try:
        records = read_records(
            quotes,
            texts=[str(t) for t in texts or []],
            text_field=text_field,
            id_field=id_field,
            failed=failed,
        )
        n = export(records, to.key, output)
    except QuotekitError as e:
        fail(str(e))
    extra = f" (labeling config: {output}.config.xml)" if to.key == "labelstudio" else ""
    typer.echo(f"quotekit: {_documents(n)} exported to {output}{extra}", err=True)
    if failed:
        # nothing is left out silently: the documents quotekit could not read have no export
        named = ", ".join(failed[:5]) + (", ..." if len(failed) > 5 else "")
        typer.echo(
            f"warning: {quotes}: {_documents(len(failed))} failed in the extraction and "
            f"{'is' if len(failed) == 1 else 'are'} left out: {named}",
            err=True,
        )



def _check_folder(output: Path, force: bool) -> None:
    if output.exists() and not force:
        fail(f"{output} exists; use --force to overwrite it")
    if not output.parent.is_dir():
        fail(f"cannot write {output}: there is no directory {output.parent}")


def _documents(n: int) -> str:
    return plural(n, "document")


@app.command("import", cls=Command)
def import_cmd(
    source: Annotated[
        Path,
        Arg(
            help="The tool's export: a JSON/JSONL file, or a brat folder",
            show_default=False,
            metavar="SOURCE",
        ),
    ],
    from_: Annotated[ToolFormat, Opt("--from", help="The annotation tool's format")],
    output: Annotated[
        str, Opt("-o", "--output", help="Gold JSONL file, or -", metavar="FILE")
    ] = "-",
    force: Force = False,
) -> None:
    """Turn corrected annotations back into gold JSONL for quotekit evaluate.

    Example:

        \b
        quotekit import export.json --from label-studio -o gold.jsonl
    """
    from quotekit.importers import import_gold

    check_input(source, stdin=False)
    check_output(output, force=force)
    skipped: list[str] = []
    try:
        docs = list(import_gold(from_.key, source, skipped))
    except QuotekitError as e:
        fail(str(e))
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if output == "-":
        sys.stdout.write(lines)
    else:
        _write_file(Path(output), lines)
    n_quotes = sum(len(d["quotes"]) for d in docs)
    typer.echo(
        f"quotekit: {_documents(len(docs))}, {plural(n_quotes, 'quote')} imported"
        + (f"; {plural(len(skipped), 'task')} without annotation left out" if skipped else ""),
        err=True,
    )


@app.command(cls=Command)
def report(
    quotes: Annotated[Path, Arg(help=QUOTES_HELP, show_default=False, metavar="QUOTES")],
    output: Annotated[Path, Opt("-o", "--output", help="The HTML file to write", metavar="FILE")],
    texts: Texts = None,
    title: Annotated[str, Opt(help="The page's title", metavar="TEXT")] = "quotekit report",
    force: Force = False,
) -> None:
    """Write one self-contained HTML page: quotes highlighted, who is quoted most, a speaker filter.

    Example:

        \b
        quotekit report docs.jsonl -o report.html
    """
    from quotekit.readers import read_records
    from quotekit.report import render_report

    check_input(quotes, stdin=False)
    check_output(output, force=force)
    try:
        page = render_report(read_records(quotes, texts=[str(t) for t in texts or []]), title=title)
    except QuotekitError as e:
        fail(str(e))
    _write_file(output, page)
    typer.echo(f"quotekit: report written to {output}", err=True)


def _write_file(path: Path, text: str) -> None:
    """Write an output file; a full disk or a missing permission is one Error: line."""
    from quotekit.writers import write_text_file

    try:
        write_text_file(path, text)
    except QuotekitError as e:
        fail(str(e))
