"""Exports and imports back are exact for any text and any document id (issue 19): CRLF line
ends, tabs and newlines in ids, characters outside the BMP."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotekit.errors import InputError
from quotekit.exporters import XML_INCOMPATIBLE, export
from quotekit.importers import import_gold
from quotekit.records import CharSpan, DocRecord, QuoteRecord

pytestmark = pytest.mark.issue(19)

# any character a UTF-8 file can hold (no lone surrogates)
_chars = st.characters(blacklist_categories=("Cs",))
_pieces = st.text(_chars, max_size=30) | st.sampled_from(["\r\n", "\r", "\n\n", "\t", "\u2028"])
texts = st.lists(_pieces, max_size=6).map("".join)
ids = st.text(_chars, min_size=1, max_size=20) | st.sampled_from(["a\nb", "a\tb", "x\r\ny", "\\t"])


def _accept_predictions(path: Path) -> None:
    """A person who accepts quotekit's predictions in Label Studio makes them annotations;
    tasks holding predictions only are no gold (issue 18)."""
    tasks = json.loads(path.read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"result": p["result"]} for p in task.get("predictions", [])]
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")


def _record(doc_id: str, before: str, quoted: str, after: str) -> DocRecord:
    text = f'{before}"{quoted}"{after}'
    start, end = len(before), len(before) + len(quoted) + 2
    q = QuoteRecord(
        doc_id,
        f"{doc_id}#q1",
        "direct",
        CharSpan.of(text, start, end),
        None,
        None,
        None,
        0.5,
        "direct-no-cue",
        attribution="none",
    )
    return DocRecord(doc_id, text, (q,))


@pytest.mark.parametrize("fmt", ["labelstudio", "prodigy", "doccano", "brat", "xmi"])
@given(doc_id=ids, before=texts, quoted=texts, after=texts)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_and_id_round_trip(
    fmt: str, doc_id: str, before: str, quoted: str, after: str
) -> None:
    rec = _record(doc_id, before, quoted, after)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        if fmt == "xmi" and XML_INCOMPATIBLE.search(doc_id + rec.text):
            # XML cannot hold these characters at all: refused, never changed
            with pytest.raises(InputError, match="which XML cannot hold"):
                export([rec], fmt, out)
            assert not out.exists()
            return
        export([rec, DocRecord("other", "Plain.")], fmt, out)
        if fmt == "labelstudio":
            _accept_predictions(out)
        docs = list(import_gold(fmt, out))
    assert [d["id"] for d in docs] == [doc_id, "other"]
    assert docs[0]["text"] == rec.text
    assert [(q["start"], q["end"]) for q in docs[0]["quotes"]] == [
        (rec.quotes[0].quote.start, rec.quotes[0].quote.end)
    ]
