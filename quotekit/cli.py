"""Command line: options and messages only; the work is done in pipeline, evaluation, parsing.

Importing this module must stay cheap (no stanza, torch, spaCy or textacy) so that
``quotekit --help`` starts at once.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from quotekit import __version__
from quotekit.errors import QuotekitError
from quotekit.limits import DEFAULT_MAX_CHARS

app = typer.Typer(
    name="quotekit",
    help="Who said what, about what: quote attribution for English news, as JSON Lines.\n\n"
    "Example:\n\n    echo 'The talks failed, Lavrov said.' | quotekit extract -",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
models_app = typer.Typer(
    help="Find or download the Stanza English models.\n\nExample:\n\n    quotekit models info",
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


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=code)


def _check_paths(source: Path, output: Path | None, force: bool) -> None:
    """Fail early: an input that is not there, or an output that would be overwritten."""
    if not source.exists():
        raise _fail(f"{source}: no such file or directory")
    if output is not None and output.exists() and not force:
        raise _fail(f"{output} exists; use --force to overwrite it")


def _write_file(path: Path, text: str) -> None:
    from quotekit.writers import write_text_file

    try:
        write_text_file(path, text)
    except QuotekitError as e:
        raise _fail(str(e)) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotekit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, Opt("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Who said what, about what: quote attribution for English news, as JSON Lines.

    Example:

        echo 'The talks failed, Lavrov said.' | quotekit extract -
    """


@app.command()
def extract(
    inputs: Annotated[
        Optional[list[str]],  # noqa: UP045 (typer needs Optional here)
        Arg(help=".txt files, directories of them, .jsonl files, or - for stdin [default: -]"),
    ] = None,
    output: Annotated[str, Opt("-o", "--output", help="Output file, or - for stdout")] = "-",
    per_doc: Annotated[
        bool, Opt("--per-doc", help="One line per document instead of one per quote.")
    ] = False,
    text_field: Annotated[str, Opt(help="JSONL field holding the text")] = "text",
    id_field: Annotated[str, Opt(help="JSONL field holding the document id")] = "id",
    input_format: Annotated[str, Opt(help="auto (by file suffix), txt or jsonl")] = "auto",
    model_dir: Annotated[Optional[Path], Opt(help=MODEL_DIR_HELP)] = None,  # noqa: UP045
    device: Annotated[str, Opt(help="cpu, cuda or auto (CUDA when available)")] = "auto",
    batch_size: Annotated[int, Opt(help="Documents per Stanza call", min=1)] = 16,
    workers: Annotated[
        int,
        Opt(
            help="Processes, each with its own parser; output stays in input order",
            min=1,
        ),
    ] = 1,
    engine: Annotated[
        str,
        Opt(
            help="local, or ray: a Ray Data job on a local Ray or the cluster $RAY_ADDRESS "
            "names (JSONL input only)"
        ),
    ] = "local",
    actors: Annotated[int, Opt(help="With --engine ray: actors, one parser each", min=1)] = 2,
    gpus_per_actor: Annotated[
        float, Opt(help="With --engine ray: GPUs per actor, e.g. 1 or 0.5", min=0)
    ] = 0.0,
    cues: Annotated[
        str,
        Opt(
            help="Cue classes that count, comma-separated, from: speech, manner, social, "
            "evaluation, promise, cognition, nominal, evidence, stance; or 'all' "
            "[default: all]",
            show_default=False,
        ),
    ] = "default",
    coref: Annotated[
        bool,
        Opt(
            "--coref",
            help="Resolve pronouns with Stanza's coreference model (install it with "
            "'quotekit models download --coref'); without it, a heuristic resolves them.",
        ),
    ] = False,
    force: Annotated[bool, Opt("--force", help="Overwrite the output file if it exists.")] = False,
    resume: Annotated[
        bool,
        Opt(
            "--resume",
            help="Continue an interrupted run into the same -o FILE, with the "
            "same inputs and options.",
        ),
    ] = False,
    strict: Annotated[
        bool, Opt("--strict", help="Exit with 1 when any document has a warning.")
    ] = False,
    quiet: Annotated[
        bool, Opt("-q", "--quiet", help="No progress bar, warnings or summary.")
    ] = False,
    max_chars: Annotated[
        int, Opt(help="Longest document read, in characters (see --too-long)", min=1)
    ] = DEFAULT_MAX_CHARS,
    too_long: Annotated[
        str, Opt(help="Past --max-chars: error (an error record) or cut (read its start, warn)")
    ] = "error",
) -> None:
    """Find the quotes in news text and write them as JSON Lines.

    Example:

        echo '"We will respond," Lavrov said.' | quotekit extract -
    """
    from quotekit.lexicon import CUE_CLASSES, DEFAULT_CUE_CLASSES
    from quotekit.records import ExtractOptions

    if device not in ("cpu", "cuda", "auto"):
        raise _fail(f"--device must be cpu, cuda or auto, not {device!r}", 2)
    if input_format not in ("auto", "txt", "jsonl"):
        raise _fail(f"--input-format must be auto, txt or jsonl, not {input_format!r}", 2)
    if too_long not in ("error", "cut"):
        raise _fail(f"--too-long must be error or cut, not {too_long!r}", 2)
    named = {"all": set(CUE_CLASSES), "default": set(DEFAULT_CUE_CLASSES)}
    classes = named.get(cues) or {c.strip() for c in cues.split(",") if c.strip()}
    unknown = classes - set(CUE_CLASSES)
    if unknown:
        raise _fail(
            f"unknown cue class {', '.join(sorted(unknown))}; choose from {', '.join(CUE_CLASSES)}",
            2,
        )
    paths = inputs or ["-"]
    if engine not in ("local", "ray"):
        raise _fail(f"--engine must be local or ray, not {engine!r}", 2)
    if engine == "ray" and (resume or "-" in paths or any(Path(p).is_dir() for p in paths)):
        raise _fail("--engine ray reads JSONL files (no stdin, directories or --resume)", 2)
    if resume and (output == "-" or "-" in paths):
        raise _fail("--resume needs input files and an output file (-o FILE)", 2)
    if output != "-" and Path(output).exists() and not (force or resume):
        raise _fail(f"{output} exists; use --force to overwrite it, or --resume to continue it")
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise _fail(f"{p}: no such file or directory")
    options = ExtractOptions(cue_classes=frozenset(classes))
    if engine == "ray":
        _run_ray(
            paths,
            output,
            text_field=text_field,
            id_field=id_field,
            model_dir=model_dir,
            device=device,
            batch_size=batch_size,
            actors=actors,
            gpus_per_actor=gpus_per_actor,
            per_doc=per_doc,
            options=options,
            quiet=quiet,
            coref=coref,
        )
        return
    try:
        summary = _run_extract(
            paths,
            output,
            per_doc=per_doc,
            text_field=text_field,
            id_field=id_field,
            input_format=input_format,
            model_dir=model_dir,
            device=device,
            batch_size=batch_size,
            options=options,
            quiet=quiet,
            resume=resume,
            workers=workers,
            coref=coref,
            limits=(max_chars, too_long),
            header={
                "inputs": [str(Path(p).resolve()) for p in paths],
                "per_doc": per_doc,
                "text_field": text_field,
                "id_field": id_field,
                "input_format": input_format,
                "cues": sorted(classes),
                "coref": coref,
                "max_chars": max_chars,
                "too_long": too_long,
            },
        )
    except QuotekitError as e:
        raise _fail(str(e)) from None
    if summary["failed"] or (strict and summary["warned"]):
        raise typer.Exit(code=1)


def _run_extract(
    paths: list[str],
    output: str,
    *,
    per_doc: bool,
    text_field: str,
    id_field: str,
    input_format: str,
    model_dir: Path | None,
    device: str,
    batch_size: int,
    options: Any,
    quiet: bool,
    resume: bool = False,
    workers: int = 1,
    coref: bool = False,
    limits: tuple[int, str] = (DEFAULT_MAX_CHARS, "error"),
    header: dict[str, Any] | None = None,
) -> dict[str, int]:
    import itertools

    from tqdm import tqdm

    from quotekit.limits import limit_length, piece_progress
    from quotekit.parsing import Parser
    from quotekit.pipeline import extract as run
    from quotekit.readers import read_inputs
    from quotekit.workers import extract_parallel
    from quotekit.writers import JOURNAL_SUFFIX, JsonlWriter, ResumableOutput

    summary = {
        "read": 0,
        "with_quotes": 0,
        "without_quotes": 0,
        "failed": 0,
        "quotes": 0,
        "warned": 0,
        "skipped": 0,
    }
    if resume and Path(output).exists() and not Path(output + JOURNAL_SUFFIX).exists():
        typer.echo(f"quotekit: {output} is complete; nothing to resume", err=True)
        return summary
    parser = Parser(model_dir=model_dir, device=device, batch_size=batch_size, use_coref=coref)
    # fail before reading input or touching the output when there are no models
    if workers > 1:
        parser.check_models()
    else:
        parser.load()
    items = read_inputs(paths, text_field=text_field, id_field=id_field, input_format=input_format)
    # a document past --max-chars is refused or cut; a long one is parsed alone, with progress
    items = limit_length(items, max_chars=limits[0], too_long=limits[1])
    parser.progress = piece_progress(quiet=quiet)
    out: ResumableOutput | JsonlWriter
    if output == "-":
        out = JsonlWriter(sys.stdout, per_doc=per_doc)
    else:
        out = ResumableOutput(output, header or {}, per_doc=per_doc, resume=resume)
        summary["skipped"] = out.skip
        items = itertools.islice(items, out.skip, None)
    completed = False
    try:
        records = (
            extract_parallel(
                items,
                workers=workers,
                model_dir=model_dir,
                device=device,
                batch_size=batch_size,
                options=options,
                coref=coref,
            )
            if workers > 1
            else run(items, parser, options)
        )
        bar = tqdm(
            records,
            unit="doc",
            disable=True if quiet else None,
            file=sys.stderr,
            desc="quotekit",
        )
        for record in bar:
            out.write(record)
            summary["read"] += 1
            if record.error is not None:
                summary["failed"] += 1
                if not quiet:
                    bar.write(f"error: {record.doc_id}: {record.error.message}", file=sys.stderr)
                continue
            summary["quotes"] += len(record.quotes)
            summary["with_quotes" if record.quotes else "without_quotes"] += 1
            if record.warnings:
                summary["warned"] += 1
                if not quiet:
                    for w in record.warnings:
                        bar.write(f"warning: {record.doc_id}: {w}", file=sys.stderr)
        completed = True
    finally:
        if isinstance(out, ResumableOutput):
            out.finish() if completed else out.abandon()
    if not quiet:
        resumed = f" (resumed after {summary['skipped']})" if summary["skipped"] else ""
        typer.echo(
            f"quotekit: {summary['read']} documents read{resumed}, {summary['with_quotes']} with "
            f"quotes, {summary['without_quotes']} without, {summary['failed']} failed; "
            f"{summary['quotes']} quotes",
            err=True,
        )
    return summary


def _run_ray(
    paths: list[str],
    output: str,
    *,
    text_field: str,
    id_field: str,
    model_dir: Path | None,
    device: str,
    batch_size: int,
    actors: int,
    gpus_per_actor: float,
    per_doc: bool,
    options: Any,
    quiet: bool,
    coref: bool = False,
) -> None:
    from quotekit.parsing import Parser
    from quotekit.ray_engine import extract_with_ray

    Parser(model_dir=model_dir, device=device, use_coref=coref).check_models()
    fp = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    docs = failed = 0
    try:
        for block in extract_with_ray(
            paths,
            text_field=text_field,
            id_field=id_field,
            model_dir=model_dir,
            device=device,
            batch_size=batch_size,
            actors=actors,
            gpus_per_actor=gpus_per_actor,
            per_doc=per_doc,
            options=options,
            coref=coref,
        ):
            fp.write(block)
            fp.flush()
            docs += 1
            failed += '"schema": "quotekit.error/1"' in block
    except QuotekitError as e:
        raise _fail(str(e)) from None
    finally:
        if fp is not sys.stdout:
            fp.close()
    if not quiet:
        typer.echo(f"quotekit: {docs} documents processed on Ray, {failed} failed", err=True)
    if failed:
        raise typer.Exit(code=1)


@app.command()
def evaluate(
    gold: Annotated[Path, Arg(help="Gold JSONL: one document per line with a 'quotes' list")],
    pred: Annotated[Path, Arg(help="quotekit output (per quote or --per-doc)")],
    speech_only: Annotated[
        bool, Opt("--speech-only", help="Score only gold quotes whose cue is a verb of saying.")
    ] = False,
    as_json: Annotated[bool, Opt("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score predicted quotes against gold annotations (P/R/F1 at overlap 0.3 and 0.8).

    Example:

        quotekit extract gold.jsonl -o pred.jsonl && quotekit evaluate gold.jsonl pred.jsonl
    """
    from quotekit.evaluation import format_table, score_files

    for p in (gold, pred):
        if not p.exists():
            raise _fail(f"{p}: no such file")
    try:
        result = score_files(gold, pred, speech_only=speech_only)
    except QuotekitError as e:
        raise _fail(str(e)) from None
    if as_json:
        typer.echo(json.dumps(result, indent=1))
    else:
        typer.echo(format_table(result))


@app.command("export")
def export_cmd(
    quotes: Annotated[
        Path, Arg(help="quotekit output: per document (--per-doc), or per quote with --texts")
    ],
    to: Annotated[str, Opt("--to", help="labelstudio, prodigy, doccano, brat or xmi")],
    output: Annotated[Path, Opt("-o", "--output", help="Output file (a folder for brat)")],
    texts: Annotated[
        Optional[list[Path]],  # noqa: UP045
        Opt("--texts", help="The original input, for per-quote output (repeatable)"),
    ] = None,
    text_field: Annotated[str, Opt(help="JSONL field of the text in --texts")] = "text",
    id_field: Annotated[str, Opt(help="JSONL field of the id in --texts")] = "id",
    force: Annotated[bool, Opt("--force", help="Overwrite the output if it exists.")] = False,
) -> None:
    """Export quotes for an annotation tool (Label Studio, Prodigy, doccano, brat/INCEpTION).

    Example:

        quotekit export docs.jsonl --to labelstudio -o tasks.json
    """
    from quotekit.exporters import FORMATS, export
    from quotekit.readers import read_records

    if to not in FORMATS:
        raise _fail(f"--to must be one of {', '.join(FORMATS)}, not {to!r}", 2)
    _check_paths(quotes, output, force)
    try:
        records = read_records(
            quotes, texts=[str(t) for t in texts or []], text_field=text_field, id_field=id_field
        )
        n = export(records, to, output)
    except QuotekitError as e:
        raise _fail(str(e)) from None
    extra = f" (labeling config: {output}.config.xml)" if to == "labelstudio" else ""
    typer.echo(f"quotekit: {n} documents exported to {output}{extra}", err=True)


@app.command("import")
def import_cmd(
    source: Annotated[Path, Arg(help="The tool's export: a JSON/JSONL file, or a brat folder")],
    from_: Annotated[str, Opt("--from", help="labelstudio, doccano, prodigy, brat or xmi")],
    output: Annotated[str, Opt("-o", "--output", help="Gold JSONL file, or -")] = "-",
    force: Annotated[bool, Opt("--force", help="Overwrite the output if it exists.")] = False,
) -> None:
    """Turn corrected annotations back into gold JSONL for quotekit evaluate.

    Example:

        quotekit import export.json --from labelstudio -o gold.jsonl
    """
    from quotekit.importers import FORMATS, import_gold

    if from_ not in FORMATS:
        raise _fail(f"--from must be one of {', '.join(FORMATS)}, not {from_!r}", 2)
    _check_paths(source, None if output == "-" else Path(output), force)
    skipped: list[str] = []
    try:
        docs = list(import_gold(from_, source, skipped))
    except QuotekitError as e:
        raise _fail(str(e)) from None
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    if output == "-":
        sys.stdout.write(lines)
    else:
        _write_file(Path(output), lines)
    typer.echo(
        f"quotekit: {len(docs)} documents, {sum(len(d['quotes']) for d in docs)} quotes imported"
        + (f"; {len(skipped)} tasks without annotation left out" if skipped else ""),
        err=True,
    )


@app.command()
def report(
    quotes: Annotated[
        Path, Arg(help="quotekit output: per document (--per-doc), or per quote with --texts")
    ],
    output: Annotated[Path, Opt("-o", "--output", help="The HTML file to write")],
    texts: Annotated[
        Optional[list[Path]],  # noqa: UP045
        Opt("--texts", help="The original input, for per-quote output (repeatable)"),
    ] = None,
    title: Annotated[str, Opt(help="The page's title")] = "quotekit report",
    force: Annotated[bool, Opt("--force", help="Overwrite the output if it exists.")] = False,
) -> None:
    """Write one self-contained HTML page: quotes highlighted, who is quoted most, a speaker filter.

    Example:

        quotekit report docs.jsonl -o report.html
    """
    from quotekit.readers import read_records
    from quotekit.report import render_report

    _check_paths(quotes, output, force)
    try:
        page = render_report(read_records(quotes, texts=[str(t) for t in texts or []]), title=title)
    except QuotekitError as e:
        raise _fail(str(e)) from None
    _write_file(output, page)
    typer.echo(f"quotekit: report written to {output}", err=True)


@models_app.command("info")
def models_info(
    model_dir: Annotated[Optional[Path], Opt(help=MODEL_DIR_HELP)] = None,  # noqa: UP045
) -> None:
    """Say where models are looked for and what is found.

    Example:

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
    else:
        typer.echo("usable: yes" + ("" if info["coref"] else " (no coref model)"))


@models_app.command("download")
def models_download(
    model_dir: Annotated[Optional[Path], Opt(help=MODEL_DIR_HELP)] = None,  # noqa: UP045
    coref: Annotated[bool, Opt("--coref", help="Also fetch Stanza's coreference model.")] = False,
) -> None:
    """Download the official Stanza English models (with progress).

    Example:

        quotekit models download --model-dir ~/stanza_resources
    """
    from quotekit.parsing import download_models

    try:
        path = download_models(model_dir, with_coref=coref)
    except QuotekitError as e:
        raise _fail(str(e)) from None
    typer.echo(f"models ready in {path}", err=True)


def main() -> None:
    """Entry point: run the app; a closed pipe (`| head`) ends quietly."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
