"""Shared fixtures: hand-built parsed Docs (no model), the shared data, and the real parser."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import settings

from quotekit.conversion import make_vocab, stanza_to_spacy
from quotekit.pipeline import annotate
from quotekit.records import ExtractOptions, InputDoc

# property tests check behaviour, never time: a busy CI machine must not fail them
settings.register_profile("quotekit", deadline=None)
settings.load_profile("quotekit")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

_VOCAB = make_vocab()


def make_doc(text: str, *sentences: str, coref: list[list[tuple[int, int, int]]] | None = None) -> Any:
    """A parsed spaCy Doc built by hand, as the parsing stage builds it from Stanza.

    Each sentence is written ``word/UPOS/deprel/head[/lemma[/XPOS]]`` per word, separated by
    spaces, with ``head`` the 1-based index of the head word in the sentence (0 for the root).
    Words are found in ``text`` in order, so offsets are exact; lemmas default to the lowercased
    word, and Penn tags to a guess from the form.
    ``coref`` gives Stanza coreference chains, each a list of mentions (sentence, first word,
    end word), 0-based with the end exclusive, as Stanza's CorefMention has them.
    """
    cursor = 0
    ssents = []
    for sent in sentences:
        words = []
        tokens = []
        for k, item in enumerate(sent.split(), 1):
            parts = item.split("/")
            form, upos, dep, head = parts[0], parts[1], parts[2], int(parts[3])
            lemma = parts[4] if len(parts) > 4 and parts[4] else form.lower()
            xpos = parts[5] if len(parts) > 5 else _xpos(upos, form)
            start = text.index(form, cursor)
            end = start + len(form)
            cursor = end
            w = SimpleNamespace(id=k, text=form, lemma=lemma, upos=upos, xpos=xpos,
                                feats=None, head=head, deprel=dep.replace("ROOT", "root"),
                                start_char=start, end_char=end)
            words.append(w)
            tokens.append(SimpleNamespace(start_char=start, end_char=end, words=[w]))
        _check_tree(sent, [w.head for w in words])
        ssents.append(SimpleNamespace(words=words, tokens=tokens))
    chains = [
        SimpleNamespace(mentions=[SimpleNamespace(sentence=a, start_word=b, end_word=c)
                                  for a, b, c in chain])
        for chain in coref or ()
    ]
    return stanza_to_spacy(SimpleNamespace(sentences=ssents, coref=chains), text, _VOCAB)


def _check_tree(sent: str, heads: list[int]) -> None:
    """A hand-written tree must be one tree: one root, heads in range, no cycles."""
    assert heads.count(0) == 1, f"need exactly one root in: {sent}"
    for k in range(1, len(heads) + 1):
        seen, h = set(), k
        while h != 0:
            assert 1 <= h <= len(heads) and h not in seen, f"bad head chain from word {k} in: {sent}"
            seen.add(h)
            h = heads[h - 1]


_AUX_TAGS = {"was": "VBD", "were": "VBD", "had": "VBD", "did": "VBD", "is": "VBZ", "has": "VBZ",
             "does": "VBZ", "'s": "VBZ", "are": "VBP", "have": "VBP", "do": "VBP", "am": "VBP",
             "be": "VB", "been": "VBN", "being": "VBG"}


def _xpos(upos: str, form: str) -> str:
    low = form.lower()
    if upos == "AUX":
        return _AUX_TAGS.get(low, "MD")
    if upos != "VERB":
        return ""
    if low.endswith("ing"):
        return "VBG"
    if low.endswith("ed") or low in ("said", "told", "wrote"):
        return "VBD"
    if low.endswith("s"):
        return "VBZ"
    return "VB"


def records(doc: Any, options: ExtractOptions | None = None) -> list[tuple[Any, ...]]:
    """(type, quote, speaker, cue, rule) of each quote found, as plain strings: what a rule test
    asserts, the rule id naming the construction it specifies."""
    rec = annotate(doc, InputDoc("t", doc.text, "t"), options)
    return [(q.type, q.quote.text, q.speaker.text if q.speaker else None,
             q.cue.text if q.cue else None, q.rule) for q in rec.quotes]


def contents(doc: Any, options: ExtractOptions | None = None) -> list[tuple[str, str]]:
    """(quote, rule) of each quote found: for a test of where contents start and end."""
    return [(r[1], r[4]) for r in records(doc, options)]


def triples(doc: Any, options: ExtractOptions | None = None) -> list[tuple[Any, ...]]:
    """(type, quote, speaker, cue) of each quote found, as plain strings (``records`` without
    the rule: for what a test says is not found, whatever the rule)."""
    return [r[:4] for r in records(doc, options)]


def model_dir() -> Path | None:
    env = os.environ.get("QUOTEKIT_MODEL_DIR")
    if env and Path(env).is_dir():
        return Path(env)
    shared = SHARED / "models" / "stanza-en"
    return shared if shared.is_dir() else None


@pytest.fixture(scope="session")
def parser() -> Any:
    path = model_dir()
    if path is None:
        pytest.skip("no Stanza model directory: set QUOTEKIT_MODEL_DIR (or provide "
                    "../shared/models/stanza-en) to run the end-to-end tests")
    from quotekit.parsing import Parser

    p = Parser(model_dir=path, device="cpu")
    p.load()
    return p


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (development data is not shipped with quotekit)")
    return SHARED
