"""Stanza -> spaCy conversion (no model): exact text, whitespace, multi-word tokens."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from quotekit.conversion import make_vocab, stanza_to_spacy
from quotekit.errors import AlignmentError
from quotekit.parsing import describe_models, locate_models


def _word(i, text, start, end, head=0, dep="root", upos="X"):  # type: ignore[no-untyped-def]
    return SimpleNamespace(id=i, text=text, lemma=text.lower(), upos=upos, xpos="", feats=None,
                           head=head, deprel=dep, start_char=start, end_char=end)


def test_whitespace_and_newlines_are_kept_exactly() -> None:
    text = "  Hello\n\n  world \t!  "
    w = [_word(1, "Hello", 2, 7), _word(2, "world", 11, 16, 1, "dep"), _word(3, "!", 18, 19, 1, "punct")]
    sdoc = SimpleNamespace(sentences=[SimpleNamespace(
        words=w, tokens=[SimpleNamespace(start_char=x.start_char, end_char=x.end_char, words=[x]) for x in w])])
    doc = stanza_to_spacy(sdoc, text, make_vocab())
    assert doc.text == text
    words = [t for t in doc if not t.is_space]
    assert [(t.text, t.idx) for t in words] == [("Hello", 2), ("world", 11), ("!", 18)]
    assert [t.dep_ for t in words] == ["ROOT", "dep", "punct"]


def test_multiword_token_without_word_offsets_is_split_by_length() -> None:
    text = "We don't."
    do = _word(2, "do", None, None, 4, "aux")
    nt = _word(3, "n't", None, None, 4, "advmod")
    w1, w4 = _word(1, "We", 0, 2, 4, "nsubj"), _word(4, "know", None, None)
    # "don't" -> do + n't, with "know" an invented extra word to test heads across tokens
    sdoc = SimpleNamespace(sentences=[SimpleNamespace(
        words=[w1, do, nt, _word(4, ".", 8, 9, 0, "root")],
        tokens=[SimpleNamespace(start_char=0, end_char=2, words=[w1]),
                SimpleNamespace(start_char=3, end_char=8, words=[do, nt]),
                SimpleNamespace(start_char=8, end_char=9, words=[_word(4, ".", 8, 9, 0, "root")])])])
    del w4
    doc = stanza_to_spacy(sdoc, text, make_vocab())
    assert [(t.text, t.idx) for t in doc if not t.is_space] == [("We", 0), ("do", 3), ("n't", 5), (".", 8)]


def test_multiword_token_that_cannot_be_split_becomes_one_token() -> None:
    text = "du pain"
    de = _word(1, "de", None, None, 3, "case")
    le = _word(2, "le", None, None, 3, "det")
    pain = _word(3, "pain", 3, 7, 0, "root")
    sdoc = SimpleNamespace(sentences=[SimpleNamespace(
        words=[de, le, pain],
        tokens=[SimpleNamespace(start_char=0, end_char=2, words=[de, le]),
                SimpleNamespace(start_char=3, end_char=7, words=[pain])])])
    doc = stanza_to_spacy(sdoc, text, make_vocab())
    assert doc.text == text
    assert [t.text for t in doc] == ["du", "pain"]


def test_words_outside_the_text_raise() -> None:
    w = [_word(1, "Hello", 0, 50)]
    sdoc = SimpleNamespace(sentences=[SimpleNamespace(
        words=w, tokens=[SimpleNamespace(start_char=0, end_char=50, words=w)])])
    with pytest.raises(AlignmentError):
        stanza_to_spacy(sdoc, "Hello", make_vocab())


def test_model_dir_search_order(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QUOTEKIT_MODEL_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza"))
    assert locate_models(tmp_path / "flag").source == "--model-dir"
    assert locate_models().path == tmp_path / "env"
    monkeypatch.delenv("QUOTEKIT_MODEL_DIR")
    monkeypatch.setattr("quotekit.parsing.checkout_models_dir", lambda: None)
    loc = locate_models()
    assert (loc.path, loc.source) == (tmp_path / "stanza", "stanza default")
    info = describe_models(tmp_path / "flag")
    assert info["usable"] is False and info["missing"] == ["tokenize", "mwt", "pos", "lemma", "depparse"]


def test_pieces_join_to_the_text_and_bound_unbroken_stretches() -> None:
    from quotekit.parsing import MAX_PIECE_CHARS, MAX_UNBROKEN_CHARS, split_pieces

    text = ("A sentence here. " * 400) + ("x" * 5000) + "\n\n" + ('"' * 3000) + " end."
    pieces = split_pieces(text)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= MAX_PIECE_CHARS
    for p in pieces:
        # no piece holds a stretch longer than the bound without a break
        longest = max(len(run) for run in p.replace("\n", ". ").split(". "))
        assert longest <= MAX_UNBROKEN_CHARS + 1
    assert split_pieces("short text") == ["short text"]
    five_mb = "Lavrov said the talks failed. " * 170_000
    assert "".join(split_pieces(five_mb)) == five_mb


class _FakeStanza:
    """Stands in for a Stanza pipeline with a coreference model: one sentence per piece, a
    word per whitespace-separated run, and one chain linking its first and last words."""

    def bulk_process(self, sdocs):  # type: ignore[no-untyped-def]
        import re

        out = []
        for sd in sdocs:
            spans = [m.span() for m in re.finditer(r"\S+", sd.text)]
            words = [_word(k + 1, sd.text[s:e], s, e, 0 if k == 0 else 1, "root" if k == 0 else "dep")
                     for k, (s, e) in enumerate(spans)]
            toks = [SimpleNamespace(start_char=w.start_char, end_char=w.end_char, words=[w]) for w in words]
            mention = SimpleNamespace
            chain = SimpleNamespace(mentions=[mention(sentence=0, start_word=0, end_word=1),
                                              mention(sentence=0, start_word=len(words) - 1,
                                                      end_word=len(words))])
            out.append(SimpleNamespace(sentences=[SimpleNamespace(words=words, tokens=toks)],
                                       coref=[chain]))
        return out


def test_coreference_chains_are_character_spans_across_pieces() -> None:
    import re

    from quotekit.parsing import Parser, split_pieces
    from quotekit.records import COREF_KEY

    parser = Parser(model_dir="unused", use_coref=True)
    parser._snlp = _FakeStanza()  # what load() would build, with a coref model
    first = "Lavrov spoke at length. " * 100 + "He"
    text = first + "\n\n" + "Wang answered briefly. " * 100 + "She"
    (doc,) = parser.parse_texts([text])
    # one chain per piece, from its first word to its last, at offsets in the whole text
    expected, offset = [], 0
    for piece in split_pieces(text):
        runs = [(m.start() + offset, m.end() + offset) for m in re.finditer(r"\S+", piece)]
        expected.append([runs[0], runs[-1]])
        offset += len(piece)
    assert len(expected) > 1
    assert doc.user_data[COREF_KEY] == expected
    (s0, e0), (s1, e1) = expected[0][0], expected[-1][-1]
    assert (text[s0:e0], text[s1:e1]) == ("Lavrov", "She")


def test_coref_needs_its_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotekit.errors import ParserUnavailable
    from quotekit.parsing import Parser

    d = model_dir_without_coref()
    if d is None:
        pytest.skip("no Stanza model directory without a coref model to test against")
    with pytest.raises(ParserUnavailable, match="quotekit models download --coref"):
        Parser(model_dir=d, use_coref=True).check_models()


def model_dir_without_coref():  # type: ignore[no-untyped-def]
    from conftest import model_dir

    from quotekit.parsing import installed_processors

    d = model_dir()
    return d if d is not None and "coref" not in installed_processors(d) else None
