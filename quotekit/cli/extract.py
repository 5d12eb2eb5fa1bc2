"""``quotekit extract``, ``parse`` and ``explain``: options and messages; the run is
quotekit.runner's."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from quotekit.cli._app import (
    MODEL_DIR_HELP,
    Arg,
    Command,
    Device,
    Engine,
    InputFormat,
    Opt,
    TooLong,
    app,
    check_input,
    check_output,
    fail,
)
from quotekit.errors import QuotekitError
from quotekit.limits import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from quotekit.records import ExtractOptions

INPUTS_HELP = ".txt files, directories of them, .jsonl files, or - for stdin [default: -]"
CUES_HELP = (
    "Cue classes that count, comma-separated, from: speech, manner, social, evaluation, "
    "promise, cognition, nominal, evidence, stance, dialogue; or 'all' [default: all]"
)
Inputs = Annotated[
    Optional[list[str]],  # noqa: UP045 (typer needs Optional here)
    Arg(help=INPUTS_HELP, metavar="INPUT", show_default=False),
]
ModelDir = Annotated[Optional[Path], Opt(help=MODEL_DIR_HELP, metavar="DIR")]  # noqa: UP045
TextField = Annotated[str, Opt(help="JSONL field holding the text", metavar="NAME")]
IdField = Annotated[str, Opt(help="JSONL field holding the document id", metavar="NAME")]
Formats = Annotated[
    InputFormat,
    Opt(help="auto (by file suffix; stdin is jsonl when it starts with '{'), txt or jsonl"),
]
DeviceOpt = Annotated[Device, Opt(help="auto: cuda when torch sees a GPU, else cpu")]
BatchSize = Annotated[int, Opt(help="Documents per Stanza call", min=1, metavar="N")]


Output = Annotated[str, Opt("-o", "--output", help="Output file, or - for stdout", metavar="FILE")]
PerDoc = Annotated[bool, Opt("--per-doc", help="One line per document instead of one per quote.")]
Workers = Annotated[
    int,
    Opt(
        help="Processes, each with its own parser; output stays in input order", min=1, metavar="N"
    ),
]
EngineOpt = Annotated[
    Engine,
    Opt(
        help="local, or ray: a Ray Data job on a local Ray or the cluster $RAY_ADDRESS "
        "names (JSONL input only)"
    ),
]
Actors = Annotated[int, Opt(help="With --engine ray: actors, one parser each", min=1, metavar="N")]
GpusPerActor = Annotated[
    float, Opt(help="With --engine ray: GPUs per actor, e.g. 1 or 0.5", min=0, metavar="GPUS")
]
Cues = Annotated[str, Opt(help=CUES_HELP, show_default=False, metavar="CLASSES")]
Coref = Annotated[
    bool,
    Opt(
        "--coref",
        help="Resolve pronouns with Stanza's coreference model (install it with "
        "'quotekit models download --coref'); without it, a heuristic resolves them.",
    ),
]
Parses = Annotated[
    Optional[Path],  # noqa: UP045
    Opt(
        help="Saved parses ('quotekit parse'): documents whose id and text are in it are "
        "not parsed again",
        metavar="FILE",
    ),
]
Force = Annotated[bool, Opt("--force", help="Overwrite the output file if it exists.")]
Resume = Annotated[
    bool,
    Opt(
        "--resume",
        help="Continue an interrupted run into the same -o FILE, with the same inputs and options.",
    ),
]
Strict = Annotated[bool, Opt("--strict", help="Exit with 1 when any document has a warning.")]
Quiet = Annotated[
    bool,
    Opt(
        "-q",
        "--quiet",
        help="No progress bar, warnings or summary (errors about documents are still shown).",
    ),
]
MaxChars = Annotated[
    int, Opt(help="Longest document read, in characters (see --too-long)", min=1, metavar="N")
]
TooLongOpt = Annotated[
    TooLong,
    Opt(
        help="A document over --max-chars: error (an error record in its place) or cut "
        "(read up to a sentence end before the limit, with a warning)"
    ),
]


@app.command(cls=Command)
def extract(
    inputs: Inputs = None,
    output: Output = "-",
    per_doc: PerDoc = False,
    text_field: TextField = "text",
    id_field: IdField = "id",
    input_format: Formats = InputFormat.auto,
    model_dir: ModelDir = None,
    device: DeviceOpt = Device.auto,
    batch_size: BatchSize = 16,
    workers: Workers = 1,
    engine: EngineOpt = Engine.local,
    actors: Actors = 2,
    gpus_per_actor: GpusPerActor = 0.0,
    cues: Cues = "default",
    coref: Coref = False,
    parses: Parses = None,
    force: Force = False,
    resume: Resume = False,
    strict: Strict = False,
    quiet: Quiet = False,
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    too_long: TooLongOpt = TooLong.error,
) -> None:
    """Find the quotes in news text and write them as JSON Lines.

    Example:

        \b
        echo '"We will respond," Lavrov said.' | quotekit extract -
    """
    from quotekit.runner import RunInterrupted, RunSettings, run_extract, run_ray

    paths = inputs or ["-"]
    classes = _cue_classes(cues)
    _check_run(paths, output, engine=engine, resume=resume, force=force)
    if parses is not None:
        check_input(parses, stdin=False)
    settings = RunSettings(
        per_doc=per_doc,
        text_field=text_field,
        id_field=id_field,
        input_format=input_format.value,
        model_dir=model_dir,
        device=device.value,
        batch_size=batch_size,
        workers=workers,
        coref=coref,
        parses=parses,
        options=_options(classes),
        max_chars=max_chars,
        too_long=too_long.value,
    )
    try:
        if engine is Engine.ray:
            ray = run_ray(
                paths, output, settings, actors=actors, gpus_per_actor=gpus_per_actor, quiet=quiet
            )
            if ray.failed:
                raise typer.Exit(code=1)
            return
        summary = run_extract(
            paths, output, settings, resume=resume, force=force, quiet=quiet
        )
    except QuotekitError as e:
        fail(str(e))
    except RunInterrupted as e:
        _say_interrupted(e.summary.read, e.summary.skipped, e.summary.total, output)
        raise typer.Exit(code=130) from None
    if summary.failed or (strict and summary.warned):
        raise typer.Exit(code=1)


def _cue_classes(cues: str) -> set[str]:
    from quotekit.cue_lexicon import CUE_CLASSES, DEFAULT_CUE_CLASSES

    named = {"all": set(CUE_CLASSES), "default": set(DEFAULT_CUE_CLASSES)}
    classes = named.get(cues) or {c.strip() for c in cues.split(",") if c.strip()}
    unknown = classes - set(CUE_CLASSES)
    if unknown:
        fail(
            f"unknown cue class {', '.join(sorted(unknown))}; choose from {', '.join(CUE_CLASSES)}",
            2,
        )
    return classes


def _options(classes: set[str]) -> ExtractOptions:
    from quotekit.records import ExtractOptions

    return ExtractOptions(cue_classes=frozenset(classes))


def _check_run(paths: list[str], output: str, *, engine: Engine, resume: bool, force: bool) -> None:
    """Usage errors and paths that cannot work, before any model is loaded."""
    if engine is Engine.ray and (resume or "-" in paths or any(Path(p).is_dir() for p in paths)):
        fail("--engine ray reads JSONL files (no stdin, directories or --resume)", 2)
    if resume and (output == "-" or "-" in paths):
        fail("--resume needs input files and an output file (-o FILE)", 2)
    for p in paths:
        check_input(p)
    check_output(
        output,
        force=force or resume,
        hint="use --force to overwrite it, or --resume to continue it",
    )


def _say_interrupted(done: int, skipped: int, total: int | None, output: str) -> None:
    of = f" of {total + skipped}" if total is not None else ""
    noun = "document" if done + skipped == 1 else "documents"
    typer.echo(f"quotekit: interrupted after {done + skipped}{of} {noun}", err=True)
    if output == "-":
        typer.echo("quotekit: output to stdout cannot be resumed; use -o FILE for that", err=True)
        return
    args = sys.argv[1:]
    if "--resume" not in args:
        args = [a for a in args if a != "--force"] + ["--resume"]
    typer.echo(f"quotekit: continue with: {shlex.join(['quotekit', *args])}", err=True)


@app.command(cls=Command)
def parse(
    output: Annotated[
        Path, Opt("-o", "--output", help="The parse file to write (.spacy)", metavar="FILE")
    ],
    inputs: Inputs = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    input_format: Formats = InputFormat.auto,
    model_dir: ModelDir = None,
    device: DeviceOpt = Device.auto,
    batch_size: BatchSize = 16,
    force: Force = False,
    quiet: Annotated[
        bool,
        Opt("-q", "--quiet", help="No progress bar or summary (errors about documents are shown)."),
    ] = False,
) -> None:
    """Parse documents once and save the parses, so that 'extract --parses' reruns the rules
    in seconds.

    Example:

        \b
        quotekit parse examples/ -o ex.spacy && quotekit extract examples/ --parses ex.spacy
    """
    from quotekit.runner import RunInterrupted, RunSettings, run_parse

    paths = inputs or ["-"]
    for p in paths:
        check_input(p)
    check_output(output, force=force)
    settings = RunSettings(
        text_field=text_field,
        id_field=id_field,
        input_format=input_format.value,
        model_dir=model_dir,
        device=device.value,
        batch_size=batch_size,
    )
    try:
        run_parse(paths, output, settings, quiet=quiet)
    except QuotekitError as e:
        fail(str(e))
    except RunInterrupted:
        typer.echo(f"quotekit: interrupted; {output} was not written", err=True)
        raise typer.Exit(code=130) from None


@app.command(cls=Command)
def explain(
    source: Annotated[
        str, Arg(help="A text, a file holding one (.txt), or - for stdin", metavar="TEXT|FILE|-")
    ],
    as_json: Annotated[bool, Opt("--json", help="Print the explanation as JSON.")] = False,
    cues: Cues = "default",
    model_dir: ModelDir = None,
    device: DeviceOpt = Device.auto,
) -> None:
    """Show, sentence by sentence, the cues considered, the rules tried and the records made.

    Example:

        \b
        quotekit explain 'The mayor said that the bridge would open in May.'
    """
    import json

    from quotekit.explain import explain_text, explanation_to_dict, format_explanation
    from quotekit.parsing import Parser

    doc_id, text = _explained_text(source)
    if not text.strip():
        fail(f"{doc_id}: empty document")
    options = _options(_cue_classes(cues))
    try:
        expl = explain_text(
            text, Parser(model_dir=model_dir, device=device.value), doc_id=doc_id, options=options
        )
    except QuotekitError as e:
        fail(str(e))
    if as_json:
        typer.echo(json.dumps(explanation_to_dict(expl), ensure_ascii=False, indent=1))
    else:
        typer.echo(format_explanation(expl))


# what an argument of explain that is not a text ends with: a file it names
_FILE_SUFFIX = re.compile(r"\.(txt|text|jsonl|json|md|csv|tsv|html?|xml|docx?|pdf)$", re.I)


def _explained_text(source: str) -> tuple[str, str]:
    """(document id, text) of explain's argument: stdin for "-", a text file's content, or the
    argument itself; an argument that names a directory, a JSONL file or a file that is not
    there is an error (not a text of no quotes)."""
    if source == "-":
        return "stdin", sys.stdin.read()
    if len(source) >= 4096 or "\n" in source:
        return "text", source
    path = Path(source)
    usage = "explain takes a text, a text file or - for stdin"
    if path.is_dir():
        fail(f"{source}: is a directory; {usage} (quotekit extract reads directories)")
    if path.is_file():
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            fail(f"{source}: is a JSONL file; {usage} (quotekit extract reads JSONL)")
        try:
            return source, path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            fail(f"{source}: cannot read it as UTF-8 text ({e})")
    one_word = not any(c.isspace() for c in source)
    if _FILE_SUFFIX.search(source) or (one_word and ("/" in source or "\\" in source)):
        fail(f"{source}: no such file or directory; {usage}")
    return "text", source
