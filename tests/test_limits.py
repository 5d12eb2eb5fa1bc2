"""Long documents (issue 19): --max-chars refuses or cuts a document, a long one is parsed in a
batch of its own, and the parser's progress reaches the user."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fuzzing import NaiveParser
from typer.testing import CliRunner

from quotekit.cli import app
from quotekit.limits import LONE_CHARS, cut_point, limit_length, parse_batches
from quotekit.pipeline import extract
from quotekit.records import InputDoc

pytestmark = pytest.mark.issue(19)


def _doc(doc_id: str, n: int) -> InputDoc:
    sentence = "The council met. "
    return InputDoc(doc_id, (sentence * (n // len(sentence) + 1))[:n], doc_id)


def test_a_document_over_the_limit_is_an_error_record() -> None:
    items = [_doc("a", 100), _doc("big", 1000), _doc("b", 100)]
    out = list(limit_length(items, max_chars=500))
    assert [(d.doc_id, d.error is None) for d in out] == [("a", True), ("big", False), ("b", True)]
    assert out[1].error is not None and out[1].error.message == (
        "big: 1,000 characters, more than --max-chars 500 (raise --max-chars, or give "
        "--too-long cut to read only its beginning)"
    )


def test_a_cut_document_ends_at_a_sentence_and_says_so() -> None:
    (item,) = limit_length([_doc("big", 1000)], max_chars=500, too_long="cut")
    assert item.text == _doc("big", 1000).text[: len(item.text)]  # a prefix: offsets hold
    assert 480 <= len(item.text) <= 500 and item.text.endswith("met. ")
    assert item.warnings == (
        f"1,000 characters, more than --max-chars 500: only the first {len(item.text)} were read",
    )


def test_cut_point_without_sentence_ends_or_spaces() -> None:
    assert cut_point("word " * 100, 52) == 50
    assert cut_point("x" * 100, 52) == 52


def test_a_long_document_is_a_batch_of_its_own() -> None:
    items = [_doc("a", 10), _doc("big", LONE_CHARS + 1), _doc("b", 10), _doc("c", 10)]
    assert [[d.doc_id for d in b] for b in parse_batches(items, 3)] == [["a"], ["big"], ["b", "c"]]


def test_extract_parses_a_long_document_alone_and_keeps_its_warnings() -> None:
    parser = NaiveParser(batch_size=8)
    big = _doc("big", LONE_CHARS + 5000)
    items = [_doc("a", 30), big, _doc("b", 30)]
    items = list(limit_length(items, max_chars=LONE_CHARS + 2000, too_long="cut"))
    records = list(extract(items, parser))  # type: ignore[arg-type]
    assert [r.doc_id for r in records] == ["a", "big", "b"]
    assert [len(c) for c in parser.calls] == [1, 1, 1]
    assert records[1].warnings[0].startswith(f"{LONE_CHARS + 5000:,} characters, more than")


@pytest.fixture
def naive_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotekit.parsing.Parser", NaiveParser)


def test_max_chars_on_the_command_line(naive_parser: Any, tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "He said so."}, {"id": "b", "text": "x" * 80 + ". Then more."}]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(inp), "-o", str(out), "--per-doc", "--max-chars", "40"]
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(d["doc_id"], d["schema"]) for d in lines] == [
        ("a", "quotekit.doc/1"),
        ("b", "quotekit.error/1"),
    ]
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(inp),
            "-o",
            str(out),
            "--per-doc",
            "--max-chars",
            "40",
            "--too-long",
            "cut",
            "--force",
        ],
    )
    assert result.exit_code == 0, result.output
    cut = json.loads(out.read_text().splitlines()[1])
    assert cut["text"] == "x" * 40
    assert "warning: b: 92 characters, more than --max-chars 40: only the first 40 were read" in (
        result.output
    )


def test_too_long_takes_error_or_cut() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--too-long", "skip"], input="x")
    assert result.exit_code == 2
    assert "'skip' is not one of 'error', 'cut'" in result.output


def test_progress_reports_each_chunk_of_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotekit import parsing

    class FakeStanza:
        def bulk_process(self, docs: list[Any]) -> list[Any]:
            return docs

    seen: list[tuple[int, int]] = []
    parser = parsing.Parser(model_dir="/nonexistent", device="cpu")
    parser._snlp = FakeStanza()
    monkeypatch.setattr(parser, "load", lambda: None)
    monkeypatch.setattr(parsing, "stanza_to_spacy", _fake_doc)
    monkeypatch.setattr(parsing, "_PIECES_PER_CALL", 4)
    parser.progress = lambda done, total: seen.append((done, total))
    text = "One sentence here. " * 6000  # past LONE_CHARS: a document parsed alone
    pieces = len(parsing.split_pieces(text))
    parser.parse_texts([text])
    assert seen[0] == (0, pieces)  # said when it starts, before the first chunk
    assert seen[-1] == (pieces, pieces) and len(seen) == 1 + -(-pieces // 4)


def test_progress_is_reported_for_a_long_document_of_one_call(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: a document of over 100,000 characters shows its progress, on a stderr that is
    no terminal one line when it starts, even when the parser reads it in one call; a batch of
    shorter documents shows none."""
    from quotekit import parsing
    from quotekit.limits import piece_progress

    class FakeStanza:
        def bulk_process(self, docs: list[Any]) -> list[Any]:
            return docs

    parser = parsing.Parser(model_dir="/nonexistent", device="cpu")
    parser._snlp = FakeStanza()
    monkeypatch.setattr(parser, "load", lambda: None)
    monkeypatch.setattr(parsing, "stanza_to_spacy", _fake_doc)
    parser.progress = piece_progress()
    text = "The harbour wall held through the night. " * 2500  # 105,000 characters
    pieces = len(parsing.split_pieces(text))
    assert pieces < parsing._PIECES_PER_CALL
    parser.parse_texts([text])
    assert capsys.readouterr().err == f"quotekit: parsing a long document in {pieces} pieces\n"
    parser.parse_texts([text[:60_000], text[:70_000]])
    assert capsys.readouterr().err == ""


def _fake_doc(sdoc: Any, text: str, vocab: Any) -> Any:
    import spacy

    return spacy.blank("en", vocab=vocab).make_doc(text)


def test_piece_progress_speaks_only_for_a_document_of_many_calls(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quotekit.limits import piece_progress

    report = piece_progress()
    report(10, 10)  # one call of the parser: nothing to show
    assert capsys.readouterr().err == ""
    for done in (64, 128, 150):
        report(done, 150)
    assert capsys.readouterr().err == "quotekit: parsing a long document in 150 pieces\n"
    quiet = piece_progress(quiet=True)
    quiet(64, 150)
    assert capsys.readouterr().err == ""


def test_the_ray_actor_keeps_the_limit(naive_parser: Any) -> None:
    from quotekit.ray_engine import QuoteActor

    actor = QuoteActor({}, None, "text", "id", True, (40, "error"))
    batch = {"__row": ["f:1", "f:2"], "id": ["a", "b"], "text": ["He said so.", "x" * 80]}
    lines = [json.loads(line) for line in actor(batch)["lines"]]
    assert [(d["doc_id"], d["schema"]) for d in lines] == [
        ("a", "quotekit.doc/1"),
        ("b", "quotekit.error/1"),
    ]
