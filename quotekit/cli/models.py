"""``quotekit models info`` and ``models download``."""

from __future__ import annotations

from typing import Annotated

import typer

from quotekit.cli._app import Command, Opt, fail, models_app
from quotekit.cli.extract import ModelDir
from quotekit.errors import QuotekitError


@models_app.command("info", cls=Command)
def models_info(model_dir: ModelDir = None) -> None:
    """Say where models are looked for and what is found; exit 1 when they are not usable.

    Example:

        \b
        quotekit models info --model-dir ~/stanza_resources
    """
    from quotekit.parsing import describe_models

    info = describe_models(model_dir)
    typer.echo(f"model directory: {info['model_dir']} (from {info['source']})")
    typer.echo(f"looked for in:   {', then '.join(info['search_order'])}")
    if info["processors"]:
        for proc, package in sorted(info["processors"].items()):
            typer.echo(f"  {proc:<10} {package}")
    else:
        typer.echo("  no Stanza English models found there")
    if info["missing"]:
        typer.echo(f"missing: {', '.join(info['missing'])} (run 'quotekit models download')")
        raise typer.Exit(code=1)
    typer.echo("usable: yes" + ("" if info["coref"] else " (no coref model)"))


@models_app.command("download", cls=Command)
def models_download(
    model_dir: ModelDir = None,
    coref: Annotated[bool, Opt("--coref", help="Also fetch Stanza's coreference model.")] = False,
) -> None:
    """Download the official Stanza English models (with progress).

    Example:

        \b
        quotekit models download --model-dir ~/stanza_resources
    """
    from quotekit.parsing import download_models

    try:
        path = download_models(model_dir, with_coref=coref)
    except QuotekitError as e:
        fail(str(e))
    typer.echo(f"models ready in {path}", err=True)
