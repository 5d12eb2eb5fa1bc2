"""``quotekit evaluate``: scores of predictions against gold, overall, by role or by rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from quotekit.cli._app import Arg, Command, Opt, app, check_input, fail, plural
from quotekit.errors import QuotekitError


@app.command(cls=Command)
def evaluate(
    gold: Annotated[
        Path,
        Arg(
            help="Gold JSONL: one document per line with a 'quotes' list",
            show_default=False,
            metavar="GOLD",
        ),
    ],
    pred: Annotated[
        Path,
        Arg(help="quotekit output (per quote or --per-doc)", show_default=False, metavar="PRED"),
    ],
    speech_only: Annotated[
        bool, Opt("--speech-only", help="Score only gold quotes whose cue is a verb of saying.")
    ] = False,
    by_role: Annotated[
        bool,
        Opt(
            "--by-role",
            help="Score each role on its own: cues (P/R/F1), content boundaries, sources.",
        ),
    ] = False,
    by_rule: Annotated[
        bool, Opt("--by-rule", help="The precision of each rule id against the gold.")
    ] = False,
    as_json: Annotated[bool, Opt("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score predicted quotes against gold annotations (P/R/F1 at overlap 0.3 and 0.8).

    Documents are matched by id; those of the gold file that the predictions lack are
    counted as misses, with a warning, and nothing matching at all is an error (as is a gold
    file without documents or quotes).

    Example:

        \b
        quotekit extract gold.jsonl -o pred.jsonl && quotekit evaluate gold.jsonl pred.jsonl
    """
    from quotekit.evaluation import format_table, load_predictions, read_gold, score
    from quotekit.role_evaluation import (
        format_by_role,
        format_by_rule,
        score_by_role,
        score_by_rule,
    )

    for p in (gold, pred):
        check_input(p, stdin=False)
    try:
        gold_docs = list(read_gold(gold))
        preds = load_predictions(pred)
    except QuotekitError as e:
        fail(str(e))
    if not gold_docs:
        fail(f"{gold}: no gold documents (one JSON object a line, with 'id' and 'quotes')")
    if not any(g["quotes"] for g in gold_docs):
        docs = plural(len(gold_docs), "document")
        fail(f"{gold}: no gold quotes in its {docs}; nothing to score")
    _check_ids(gold, pred, [str(g["id"]) for g in gold_docs], *_predicted_ids(pred))
    if by_role:
        result = score_by_role(gold_docs, preds, speech_only=speech_only)
        text = format_by_role(result)
    elif by_rule:
        result = score_by_rule(gold_docs, preds, speech_only=speech_only)
        text = format_by_rule(result)
    else:
        result = score(gold_docs, preds, speech_only=speech_only)
        text = format_table(result)
    typer.echo(json.dumps(result, indent=1) if as_json else text)


def _predicted_ids(pred: Path) -> tuple[set[str], bool]:
    """The document ids of a predictions file, and whether it lists every document (per-doc
    output, with error records) or only those with quotes (per-quote output)."""
    from quotekit.records import iter_jsonl

    ids: set[str] = set()
    every_doc = False
    for _, rec in iter_jsonl(pred):
        if not isinstance(rec, dict):
            continue
        if "quote" in rec and "doc_id" in rec:
            ids.add(str(rec["doc_id"]))
        elif "doc_id" in rec or "id" in rec:
            every_doc = True
            ids.add(str(rec.get("doc_id", rec.get("id"))))
    return ids, every_doc


def _check_ids(
    gold: Path, pred: Path, gold_ids: list[str], pred_ids: set[str], every_doc: bool
) -> None:
    """Warn when the two files' documents differ; fail when none is shared."""
    shared = [i for i in gold_ids if i in pred_ids]
    if gold_ids and not shared:
        example = f" (gold: {gold_ids[0]!r}" + (
            f", predicted: {sorted(pred_ids)[0]!r})" if pred_ids else ")"
        )
        fail(f"no document of {pred} is in {gold}: their document ids differ{example}")
    missing = len(gold_ids) - len(shared)
    extra = len(pred_ids - set(gold_ids))
    if missing:
        absent = "no record" if every_doc else "no predicted quote (absent or without quotes)"
        typer.echo(
            f"warning: {missing} of {len(gold_ids)} gold documents have {absent} in "
            f"{pred}; their gold quotes count as misses",
            err=True,
        )
    if extra:
        verb = "is" if extra == 1 else "are"
        typer.echo(
            f"warning: {plural(extra, 'predicted document')} {verb} not in {gold} and "
            f"{verb} not scored",
            err=True,
        )
