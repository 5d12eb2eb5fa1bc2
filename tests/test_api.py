"""The public API: ``import quotekit; quotekit.extract(text)``, ``quotekit.Parser`` (issue 15)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

import quotekit


@pytest.mark.issue(15)
def test_public_api_is_reachable_and_import_stays_light() -> None:
    code = ("import sys, quotekit\n"
            "heavy = [m for m in ('stanza', 'torch', 'spacy', 'textacy', 'quotekit.parsing') if m in sys.modules]\n"
            "assert not heavy, heavy\n"
            "assert callable(quotekit.extract)\n"
            "from quotekit.parsing import Parser\n"
            "assert quotekit.Parser is Parser\n"
            "assert 'stanza' not in sys.modules and 'torch' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.model
def test_extract_a_text(parser: Any) -> None:
    record = quotekit.extract('"We will respond," the minister said.', parser=parser, doc_id="t")
    assert record.doc_id == "t"
    assert [(q.quote.text, q.speaker.text if q.speaker else None, q.rule) for q in record.quotes] == [
        ('"We will respond,"', "the minister", "direct-cue-after")
    ]


def test_run_extract_refuses_to_overwrite_an_output_unless_forced(tmp_path: Any) -> None:
    """As the CLI without --force: an existing output is an OutputError, before any model is
    loaded (the model directory here has none) and with the file untouched."""
    from quotekit.errors import OutputError
    from quotekit.runner import RunSettings, run_extract

    (tmp_path / "a.txt").write_text("The mayor said the bridge would open.", encoding="utf-8")
    out = tmp_path / "quotes.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    settings = RunSettings(model_dir=tmp_path / "no-models")
    with pytest.raises(OutputError, match="quotes.jsonl exists; pass force=True"):
        run_extract([str(tmp_path / "a.txt")], str(out), settings, quiet=True)
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert not (tmp_path / "quotes.jsonl.quotekit-resume").exists()
