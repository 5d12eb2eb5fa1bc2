"""Readers: every kind of input, and bad input that must not stop the run."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotekit.errors import InputError
from quotekit.readers import check_text, read_inputs, read_records


def _read(paths, **kw):  # type: ignore[no-untyped-def]
    return [(d.doc_id, d.text, d.error.message if d.error else None) for d in read_inputs(paths, **kw)]


def test_text_file_and_directory_recursive(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "sub" / "notes.md").write_text("ignored", encoding="utf-8")
    assert _read([str(tmp_path)]) == [(str(tmp_path / "a.txt"), "One.", None),
                                      (str(tmp_path / "sub" / "b.txt"), "Two.", None)]


def test_jsonl_fields_and_fallback_ids(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "x1", "body": "Hi."}) + "\n\n" + json.dumps({"body": "Yo."}) + "\n",
                 encoding="utf-8")
    assert _read([str(p)], text_field="body") == [("x1", "Hi.", None), (f"{p}:3", "Yo.", None)]


def test_bad_jsonl_lines_become_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": "a", "text": "ok"}\n{broken\n[1, 2]\n{"id": "b"}\n'
                  b'{"id": "c", "text": 5}\n\xff\xfe\n{"id": "d", "text": "fine"}\n')
    got = _read([str(p)])
    assert [g[0] for g in got] == ["a", f"{p}:2", f"{p}:3", "b", "c", f"{p}:6", "d"]
    assert got[1][2].startswith(f"{p}:2: invalid JSON")
    assert got[2][2] == f"{p}:3: expected a JSON object, got list"
    assert got[3][2] == f"{p}:4: no 'text' field (use --text-field to name it)"
    assert got[4][2] == f"{p}:5: field 'text' is int, not a string"
    assert got[5][2] == f"{p}:6: not valid UTF-8 (byte 0)"
    assert got[6] == ("d", "fine", None)


def test_binary_and_invalid_utf8_files(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("caf\u00e9".encode("latin-1"))
    got = _read([str(tmp_path)])
    assert got[0][2] == f"{tmp_path / 'bin.txt'}: looks like a binary file, not text"
    assert got[1][2].startswith(f"{tmp_path / 'latin.txt'}: not valid UTF-8")


def test_stdin_text_and_jsonl() -> None:
    assert _read(["-"], stdin=io.BytesIO(b"He said so.")) == [("stdin", "He said so.", None)]
    assert _read(["-"], stdin=io.BytesIO(b'{"id": 1, "text": "A."}\n')) == [("1", "A.", None)]


def test_missing_path_raises() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs(["/nonexistent/file.txt"]))


def test_empty_document_is_an_error() -> None:
    (item,) = read_inputs(["-"], stdin=io.BytesIO(b"  \n\t "))
    checked = check_text(item)
    assert checked.error is not None and checked.error.message == "stdin: empty document"


@pytest.mark.issue(18)
def test_stdin_has_one_name() -> None:
    (text,) = read_inputs(["-"], stdin=io.BytesIO(b"He said so."))
    assert (text.doc_id, text.source) == ("stdin", "stdin")
    (line,) = read_inputs(["-"], stdin=io.BytesIO(b'{"text": "He said so."}\n'))
    assert (line.doc_id, line.source) == ("stdin:1", "stdin:1")


@pytest.mark.issue(18)
def test_export_finds_texts_typed_from_another_directory(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from quotekit.records import CharSpan, QuoteRecord

    news = tmp_path / "news"
    news.mkdir()
    text = '"Soon," she said.'
    (news / "a.txt").write_text(text)
    q = QuoteRecord("news/a.txt", "news/a.txt#q1", "direct", CharSpan.of(text, 0, 7), None, None,
                    None, 0.9, "direct-no-cue")
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_text(json.dumps(q.to_dict()) + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    (doc,) = read_records(quotes, texts=["../news"])
    assert (doc.doc_id, doc.text, len(doc.quotes)) == ("news/a.txt", text, 1)
