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


@pytest.mark.issue(19)
def test_deep_nesting_and_huge_integers_fail_alone(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "text": ' + "[" * 10000 + "]" * 10000 + "}"
    huge = '{"id": ' + "7" * 5001 + ', "text": "Big id."}'
    p.write_text("\n".join(['{"id": "a", "text": "A."}', deep, huge, '{"id": "b", "text": "B."}']))
    got = _read([str(p)])
    assert got == [
        ("a", "A.", None),
        (f"{p}:2", "", f"{p}:2: JSON nested too deeply to read"),
        (f"{p}:3", "", f"{p}:3: unusable JSON: Exceeds the limit (4300 digits) for integer "
                       "string conversion: value has 5001 digits"),
        ("b", "B.", None),
    ]


@pytest.mark.issue(19)
def test_repeated_ids_are_renamed_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    rows = [{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}, {"id": "x~2", "text": "3."},
            {"id": "x", "text": "Four."}]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = list(read_inputs([str(p)]))
    assert [(d.doc_id, d.text) for d in docs] == [
        ("x", "One."), ("x~2", "Two."), ("x~2~2", "3."), ("x~3", "Four.")]
    assert docs[1].warnings == (f"id 'x' is already used by {p}:1; this document is 'x~2'",)
    assert docs[0].warnings == ()


@pytest.mark.issue(19)
def test_read_records_refuses_repeated_ids(tmp_path: Path) -> None:
    from quotekit.readers import read_records

    p = tmp_path / "docs.jsonl"
    line = {"schema": "quotekit.doc/1", "doc_id": "x", "text": "A.", "quotes": [], "warnings": []}
    p.write_text(json.dumps(line) + "\n" + json.dumps({**line, "text": "B."}) + "\n")
    with pytest.raises(InputError) as e:
        list(read_records(p))
    assert str(e.value) == (f"{p}:2: a second document id 'x'; ids must be unique (extract the "
                            "input again: quotekit renames a repeated document id)")


@pytest.mark.issue(19)
def test_broken_and_looping_symlinks_are_reported(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("A.")
    (d / "sub" / "b.txt").write_text("B.")
    (d / "broken.txt").symlink_to("nowhere.txt")
    (d / "loop1.txt").symlink_to("loop2.txt")
    (d / "loop2.txt").symlink_to("loop1.txt")
    (d / "sub" / "up").symlink_to("..")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "c.txt").write_text("C.")
    (d / "linked").symlink_to(tmp_path / "other")
    got = _read([str(d)])
    assert got == [
        (str(d / "a.txt"), "A.", None),
        (str(d / "broken.txt"), "",
         f"{d / 'broken.txt'}: broken symbolic link (to 'nowhere.txt', which does not exist)"),
        (str(d / "linked" / "c.txt"), "C.", None),
        (str(d / "loop1.txt"), "", f"{d / 'loop1.txt'}: symbolic link loop"),
        (str(d / "loop2.txt"), "", f"{d / 'loop2.txt'}: symbolic link loop"),
        (str(d / "sub" / "b.txt"), "B.", None),
        (str(d / "sub" / "up"), "", f"{d / 'sub' / 'up'}: symbolic link loop (it leads back to {d})"),
    ]



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


def test_invalid_json_messages_say_at_once(tmp_path: Path) -> None:
    # json's "Invalid control character at" / "Unterminated string starting at" end in "at"
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": "a", "text": "a\tb"}\n{"id": "b", "text": "open')  # no newline: the last line
    got = _read([str(p)])
    assert [g[2] for g in got] == [
        f"{p}:1: invalid JSON: Invalid control character at column 23",
        f"{p}:2: invalid JSON: Unterminated string starting at column 21",
    ]


def test_stdin_guessed_to_be_jsonl_says_why_when_it_is_not() -> None:
    text = b"{Braces} open this note, the mayor said.\n"
    guessed = _read(["-"], stdin=io.BytesIO(text))
    assert guessed[0][2] == (
        "stdin:1: invalid JSON: Expecting property name enclosed in double quotes at column 2"
        " (read as JSONL because it starts with '{'; use --input-format txt for plain text)")
    # asked for: no hint
    given = _read(["-"], stdin=io.BytesIO(text), input_format="jsonl")
    assert given[0][2] == (
        "stdin:1: invalid JSON: Expecting property name enclosed in double quotes at column 2")
    assert _read(["-"], stdin=io.BytesIO(text), input_format="txt")[0][2] is None


def test_a_directory_says_which_files_it_skips(tmp_path: Path) -> None:
    from quotekit.readers import skipped_note

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "B.TXT").write_text("Two.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c", "text": "Three."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "sub" / "data.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Hidden.", encoding="utf-8")
    assert [d[1] for d in _read([str(tmp_path)])] == ["Two.", "One.", "Three."]
    assert skipped_note(tmp_path, "auto") == (
        f"{tmp_path}: skipped 3 files that are hidden or not .txt, .text, .jsonl, .ndjson or "
        ".json: .draft.txt, notes.md, sub/data.csv")
    assert skipped_note(tmp_path, "txt") == (
        f"{tmp_path}: skipped 4 files that are hidden or not .txt or .text: .draft.txt, c.jsonl, "
        "notes.md, sub/data.csv")
    (tmp_path / "notes.md").unlink()
    (tmp_path / "sub" / "data.csv").unlink()
    (tmp_path / ".draft.txt").unlink()
    assert skipped_note(tmp_path, "auto") is None
