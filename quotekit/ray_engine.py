"""Ray engine: the same extraction as a Ray Data job, for many machines.

    read JSONL (Ray Data) -> map_batches(QuoteActor, one pipeline per actor) -> JSONL lines

``ray.init()`` starts a local Ray, or joins the cluster that ``RAY_ADDRESS`` names. Each actor
loads one Stanza pipeline and processes batches of documents exactly as ``quotekit extract``
does, so the records are the same, record for record; their order across actors is not kept
unless ``preserve_order`` is asked for.

Input rows need a text field; documents are identified by the id field (rows without one get
``<file>:<row>``, counted within the file as Ray reads it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotekit.errors import QuotekitError
from quotekit.limits import DEFAULT_MAX_CHARS
from quotekit.records import ExtractOptions, InputDoc


class QuoteActor:
    """A Ray actor holding one quotekit pipeline."""

    def __init__(
        self,
        parser_args: dict[str, Any],
        options: ExtractOptions | None,
        text_field: str,
        id_field: str,
        per_doc: bool,
        limits: tuple[int, str] = (DEFAULT_MAX_CHARS, "error"),
    ) -> None:
        from quotekit.parsing import Parser

        self.parser = Parser(**parser_args)
        self.parser.load()
        self.options = options
        self.text_field = text_field
        self.id_field = id_field
        self.per_doc = per_doc
        self.limits = limits

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from quotekit.limits import limit_length
        from quotekit.pipeline import extract
        from quotekit.writers import encode_doc

        items = [self._item(batch, k) for k in range(len(batch["__row"]))]
        # (a document past --max-chars is refused or cut, as in a local run: quotekit.limits)
        max_chars, too_long = self.limits
        items = list(limit_length(items, max_chars=max_chars, too_long=too_long))
        lines = []
        for record in extract(items, self.parser, self.options):
            lines.append(encode_doc(record, per_doc=self.per_doc).decode("utf-8"))
        return {"lines": lines}

    def _item(self, batch: dict[str, Any], k: int) -> InputDoc:
        from quotekit.readers import row_to_doc

        source = str(batch["__row"][k])
        row = {
            key: _plain(batch[key][k]) for key in (self.id_field, self.text_field) if key in batch
        }
        return row_to_doc(row, source, source, self.text_field, self.id_field)


def _plain(value: Any) -> Any:
    # numpy scalars as Python values, so that a number is reported as an int, not int64
    return value.item() if hasattr(value, "item") and not isinstance(value, str) else value


def extract_with_ray(
    paths: list[str],
    *,
    text_field: str = "text",
    id_field: str = "id",
    model_dir: Any = None,
    device: str = "auto",
    batch_size: int = 16,
    actors: int = 2,
    gpus_per_actor: float = 0.0,
    per_doc: bool = False,
    options: ExtractOptions | None = None,
    preserve_order: bool = False,
    coref: bool = False,
    limits: tuple[int, str] = (DEFAULT_MAX_CHARS, "error"),
) -> Iterator[str]:
    """Run the extraction as a Ray Data job; yields the output, one JSONL block per document.

    Raises:
        QuotekitError: when Ray is not installed (``pip install 'quotekit[ray]'``).
    """
    try:
        import numpy as np
        import ray
    except ImportError as e:
        raise QuotekitError("the Ray engine needs Ray: pip install 'quotekit[ray]'") from e
    if not ray.is_initialized():
        ray.init(log_to_driver=False)  # joins $RAY_ADDRESS when it is set
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = preserve_order
    ctx.enable_progress_bars = False
    files = [str(Path(p).resolve()) for p in paths]
    # reading and numbering are light: a small CPU share each, so that they can run beside
    # actors that hold every core (a read task asking for a whole CPU would wait forever)
    light: dict[str, Any] = {"num_cpus": 0.1}
    ds = ray.data.read_json(files, lines=True, include_paths=True, **light)

    def number(batch: dict[str, Any]) -> dict[str, Any]:
        # a source for messages and for rows without an id
        batch["__row"] = np.array([f"{p}:row" for p in batch["path"]], dtype=object)
        return batch

    ds = ds.map_batches(number, batch_format="numpy", **light)
    parser_args = {
        "model_dir": str(model_dir) if model_dir else None,
        "device": device,
        "batch_size": batch_size,
        "use_coref": coref,
    }
    ds = ds.map_batches(
        QuoteActor,
        fn_constructor_args=(parser_args, options, text_field, id_field, per_doc, limits),
        batch_size=batch_size,
        batch_format="numpy",
        concurrency=actors,
        num_cpus=0.9,
        num_gpus=gpus_per_actor,
    )
    for row in ds.iter_rows():
        yield str(row["lines"])
