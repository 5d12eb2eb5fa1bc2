"""The typer app, its shared option types and messages; commands live in the sibling modules.

Importing this package must stay cheap (no stanza, torch, spaCy or textacy) so that
``quotekit --help`` starts at once.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
import typer.core

from quotekit import __version__

TOP_HELP = (
    "Who said what, about what: quote attribution for English news, as JSON Lines.\n\n"
    "Example:\n\n\b\n    echo 'The talks failed, Lavrov said.' | quotekit extract -"
)


class Command(typer.core.TyperCommand):
    """A command whose help reads as a person writes it: an argument's metavar without the
    Python type typer adds (``INPUT``, not ``INPUT <list[str]>``), and a required argument as
    ``GOLD``, not ``{GOLD}``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                param.display_type_rich = _no_type  # type: ignore[method-assign]
                param._usage_display_name = _usage_name(param)  # type: ignore[method-assign]


def _no_type(ctx: Any) -> None:
    return None


def _usage_name(param: typer.core.TyperArgument) -> Any:
    def name() -> str:
        shown = param.display_name_raw if param.required else f"[{param.display_name_raw}]"
        return shown + ("..." if param.nargs != 1 else "")

    return name


app = typer.Typer(
    name="quotekit",
    help=TOP_HELP,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(
    help="Find or download the Stanza English models.\n\nExample:\n\n\b\n    quotekit models info",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(models_app, name="models")

Arg = typer.Argument
Opt = typer.Option

MODEL_DIR_HELP = (
    "Stanza resources directory [default: $QUOTEKIT_MODEL_DIR, else Stanza's default, "
    "downloaded on first use]"
)


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


class InputFormat(str, Enum):
    auto = "auto"
    txt = "txt"
    jsonl = "jsonl"


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class TooLong(str, Enum):
    error = "error"
    cut = "cut"


class ToolFormat(str, Enum):
    """An annotation tool's format; ``label-studio`` (the tool's package name) is
    ``labelstudio``."""

    labelstudio = "labelstudio"
    label_studio = "label-studio"
    prodigy = "prodigy"
    doccano = "doccano"
    brat = "brat"
    xmi = "xmi"

    @property
    def key(self) -> str:
        """The name quotekit.exporters and quotekit.importers know it by."""
        return "labelstudio" if self is ToolFormat.label_studio else self.value


def plural(n: int, word: str) -> str:
    """'1 document', '2 documents'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def fail(message: str, code: int = 1) -> NoReturn:
    """One ``Error: ...`` line on stderr, then exit (1: a runtime error, 2: a usage error)."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code=code)


def check_input(path: str | Path, *, stdin: bool = True) -> None:
    """An input that is not there: fail before anything is loaded ("-" is stdin, where
    ``stdin`` says a command reads it)."""
    if not (stdin and str(path) == "-") and not Path(path).exists():
        fail(f"{path}: no such file or directory")


def check_output(
    output: str | Path, *, force: bool, hint: str = "use --force to overwrite it"
) -> None:
    """An output that would be overwritten, or that cannot be written where it is asked for:
    fail before anything is loaded or read."""
    if str(output) == "-":
        return
    out = Path(output)
    if out.is_dir():
        fail(f"{output} is a directory; give a file name with -o")
    if out.exists() and not force:
        fail(f"{output} exists; {hint}")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        fail(f"cannot write {output}: there is no directory {parent}")
    if not os.access(parent, os.W_OK):
        fail(f"cannot write {output}: the directory {parent} is not writable")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotekit {__version__}")
        raise typer.Exit()


@app.callback(help=TOP_HELP)
def _main(
    version: Annotated[
        bool, Opt("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    pass
