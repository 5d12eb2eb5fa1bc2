"""Parsing: InputDoc -> spaCy Doc, through Stanza.

The only module that imports Stanza (lazily, so that ``quotekit --help`` starts fast). Stanza's
UD parse becomes a spaCy ``Doc`` whose text is *exactly* the input text: every gap between
Stanza's tokens is kept, as a single trailing space or as a whitespace token, so that
``tok.idx`` is an offset into the input and textacy's utilities can run on the Doc.

Labels: UD v2 relations as Stanza emits them (``nsubj:pass``, ``obj``, ``flat``), except that the
root's relation is spaCy's ``ROOT``; whitespace tokens get POS ``SPACE`` and relation ``dep``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotekit.errors import AlignmentError, ParserUnavailable
from quotekit.records import COREF_KEY
from quotekit.subtrees import left_edge

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

LANG = "en"
BASE_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
MODEL_DIR_ENV = "QUOTEKIT_MODEL_DIR"


# --------------------------------------------------------------------------- model location


@dataclass(frozen=True)
class ModelLocation:
    path: Path
    source: str  # "--model-dir", "QUOTEKIT_MODEL_DIR" or "stanza default"

    @property
    def explicit(self) -> bool:
        return self.source != "stanza default"


def stanza_default_dir() -> Path:
    """Stanza's own resources directory (honours STANZA_RESOURCES_DIR), without importing it."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path("~/stanza_resources").expanduser()


def locate_models(model_dir: str | os.PathLike[str] | None = None) -> ModelLocation:
    """Where models are looked for: ``model_dir``, $QUOTEKIT_MODEL_DIR, else Stanza's default."""
    if model_dir:
        return ModelLocation(Path(model_dir).expanduser(), "--model-dir")
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return ModelLocation(Path(env).expanduser(), MODEL_DIR_ENV)
    return ModelLocation(stanza_default_dir(), "stanza default")


def installed_processors(path: Path) -> dict[str, str]:
    """The English processors present in a Stanza resources directory: name -> package."""
    try:
        resources = json.loads((path / "resources.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    lang = resources.get(LANG)
    if not isinstance(lang, dict):
        return {}
    defaults = lang.get("default_processors") or {}
    found: dict[str, str] = {}
    for proc, package in defaults.items():
        if not isinstance(package, str):
            continue
        if (path / LANG / proc / f"{package}.pt").exists():
            found[proc] = package
    return found


def describe_models(model_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """What ``quotekit models info`` prints: where models are looked for and what is there."""
    loc = locate_models(model_dir)
    procs = installed_processors(loc.path)
    missing = [p for p in BASE_PROCESSORS if p not in procs]
    return {
        "model_dir": str(loc.path),
        "source": loc.source,
        "search_order": ["--model-dir", MODEL_DIR_ENV, f"stanza default ({stanza_default_dir()})"],
        "processors": procs,
        "missing": missing,
        "usable": not missing,
        "coref": "coref" in procs,
        "ner": "ner" in procs,
    }


def download_models(
    model_dir: str | os.PathLike[str] | None = None, *, with_coref: bool = False
) -> Path:
    """Fetch the official Stanza English models into the model directory (with progress).

    Raises:
        ParserUnavailable: when the download fails (no network, disk full ...).
    """
    loc = locate_models(model_dir)
    import stanza

    processors = ",".join((*BASE_PROCESSORS, "ner", *(("coref",) if with_coref else ())))
    try:
        stanza.download(LANG, model_dir=str(loc.path), processors=processors, verbose=True)
    except Exception as e:  # stanza raises requests' and its own errors
        raise ParserUnavailable(
            f"could not download the Stanza English models into {loc.path}: {_one_line(e)}. "
            f"Without network, point --model-dir or {MODEL_DIR_ENV} at a Stanza resources "
            "directory copied from a machine that has one"
        ) from e
    return loc.path


def _one_line(e: BaseException) -> str:
    msg = str(e).strip().splitlines()
    return f"{type(e).__name__}: {msg[0] if msg else ''}"


# --------------------------------------------------------------------------- the parser


class Parser:
    """One Stanza pipeline, loaded once, that turns texts into spaCy Docs.

    Args:
        model_dir: a Stanza resources directory; None means $QUOTEKIT_MODEL_DIR, else
            Stanza's default directory (downloading the models there on first use).
        device: "cpu", "cuda" or "auto" (CUDA when available).
        batch_size: documents per Stanza call.
        download: allow the download on first use when the default directory is empty.
        use_ner: run Stanza's NER when its model is there (None: when present).
        use_coref: run Stanza's coreference model (it must be installed); its chains are kept
            in ``doc.user_data["quotekit.coref"]`` as character spans, for speaker resolution.
    """

    def __init__(
        self,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        device: str = "auto",
        batch_size: int = 16,
        download: bool = True,
        use_ner: bool | None = None,
        use_coref: bool = False,
    ) -> None:
        if device not in ("cpu", "cuda", "auto"):
            raise ValueError(f"device must be cpu, cuda or auto, not {device!r}")
        self.location = locate_models(model_dir)
        self.device = device
        self.batch_size = max(1, batch_size)
        self._download = download
        self._use_ner = use_ner
        self._use_coref = use_coref
        self._snlp: Any = None
        self._vocab: Vocab | None = None
        self.processors: tuple[str, ...] = ()
        self.progress: Callable[[int, int], None] = lambda done, total: None  # (pieces)

    # Loading is lazy so that building a Parser is free and errors come on first use.
    def check_models(self) -> dict[str, str]:
        """Make sure the models are there (downloading them into Stanza's default directory
        on first use); returns the installed processors, without loading anything.

        Raises:
            ParserUnavailable: when they are missing and cannot be had.
        """
        path = self.location.path
        procs = installed_processors(path)
        missing = [p for p in BASE_PROCESSORS if p not in procs]
        if missing and not self.location.explicit and self._download:
            download_models(path)
            procs = installed_processors(path)
            missing = [p for p in BASE_PROCESSORS if p not in procs]
        if missing:
            raise ParserUnavailable(
                f"no usable Stanza English models in {path} ({self.location.source}; missing: "
                f"{', '.join(missing)}): run 'quotekit models download', or set --model-dir / "
                f"{MODEL_DIR_ENV} to a Stanza resources directory"
            )
        if self._use_coref and "coref" not in procs:
            raise ParserUnavailable(
                f"coreference was asked for, but there is no Stanza coref model in {path}: "
                "run 'quotekit models download --coref', or leave out --coref"
            )
        return procs

    def load(self) -> None:
        if self._snlp is not None:
            return
        path = self.location.path
        procs = self.check_models()
        wanted = list(BASE_PROCESSORS)
        if "ner" in procs and self._use_ner is not False:
            wanted.append("ner")
        if self._use_coref:
            wanted.append("coref")
        import stanza
        import torch

        use_gpu = self.device != "cpu"
        if self.device == "cuda" and not torch.cuda.is_available():
            raise ParserUnavailable("--device cuda was asked for, but torch sees no CUDA device")
        try:
            self._snlp = stanza.Pipeline(
                LANG,
                dir=str(path),
                processors=",".join(wanted),
                download_method=None,
                use_gpu=use_gpu,
                verbose=False,
                tokenize_no_ssplit=False,
            )
        except Exception as e:
            raise ParserUnavailable(
                f"could not load the Stanza models in {path}: {_one_line(e)}"
            ) from e
        self.processors = tuple(wanted)
        self._vocab = make_vocab()

    @property
    def vocab(self) -> Vocab:
        if self._vocab is None:
            self._vocab = make_vocab()
        return self._vocab

    def parse_texts(self, texts: Sequence[str]) -> list[Doc]:
        """Parse a batch of texts with one Stanza call; returns one spaCy Doc per text.

        Long texts are parsed in pieces (see ``split_pieces``) and joined again, so that no
        sentence grows past what the parser handles and offsets still index the whole text.

        Raises:
            AlignmentError: when a parse cannot be mapped onto its text (never silently).
        """
        self.load()
        import stanza
        from spacy.tokens import Doc

        pieces = [split_pieces(t) for t in texts]
        flat = [p for ps in pieces for p in ps]
        docs = []
        # Stanza's objects for a chunk of pieces are converted and dropped before the next
        # chunk, so that a very long document does not hold them all at once
        for k in range(0, len(flat), _PIECES_PER_CALL):
            chunk = flat[k : k + _PIECES_PER_CALL]
            sdocs = self._snlp.bulk_process([stanza.Document([], text=p) for p in chunk])
            docs += [stanza_to_spacy(sd, p, self.vocab) for sd, p in zip(sdocs, chunk, strict=True)]
            self.progress(len(docs), len(flat))
        out: list[Doc] = []
        k = 0
        for text, ps in zip(texts, pieces, strict=True):
            part = docs[k : k + len(ps)]
            k += len(ps)
            if len(part) == 1:
                doc = part[0]
            else:
                # coreference is found within a piece; its spans move by the piece's offset
                chains, offset = [], 0
                for piece_doc in part:
                    chains += [
                        [(s + offset, e + offset) for s, e in chain]
                        for chain in piece_doc.user_data.pop(COREF_KEY, ())
                    ]
                    offset += len(piece_doc.text)
                doc = Doc.from_docs(part, ensure_whitespace=False)
                if chains:
                    doc.user_data[COREF_KEY] = chains
            if doc.text != text:
                raise AlignmentError("the joined pieces of a long document differ from its text")
            out.append(doc)
        return out

    def parse(self, text: str) -> Doc:
        return self.parse_texts([text])[0]


MAX_PIECE_CHARS = 3000
_PIECES_PER_CALL = 64
MAX_UNBROKEN_CHARS = 1000
_BREAK = re.compile(r"\n+|[.!?][\"'\u201d\u2019)]*\s+")


def split_pieces(text: str, max_chars: int = MAX_PIECE_CHARS) -> list[str]:
    """Cut a text into consecutive pieces for the parser; joined, they are the text.

    Pieces end at paragraph breaks or sentence ends and hold at most ``max_chars``
    characters. A stretch of more than ``MAX_UNBROKEN_CHARS`` characters with no such break
    (a list of names, a table, thousands of quotation marks) is cut at spaces into pieces of
    its own, because the parser's time and memory grow with the square of a sentence's
    length: one unbroken 5,000-token "sentence" needs more memory than a 24 GB machine has.
    """
    if len(text) <= MAX_UNBROKEN_CHARS:
        return [text]
    segments: list[str] = []
    start = 0
    for m in _BREAK.finditer(text):
        segments.append(text[start : m.end()])
        start = m.end()
    segments.append(text[start:])
    pieces: list[str] = []
    current = ""
    for seg in segments:
        if len(seg) > MAX_UNBROKEN_CHARS:
            if current:
                pieces.append(current)
                current = ""
            pieces.extend(_cut_unbroken(seg))
        elif len(current) + len(seg) > max_chars:
            pieces.append(current)
            current = seg
        else:
            current += seg
    if current:
        pieces.append(current)
    return [p for p in pieces if p]


def _cut_unbroken(seg: str) -> list[str]:
    out = []
    while len(seg) > MAX_UNBROKEN_CHARS:
        cut = seg.rfind(" ", 0, MAX_UNBROKEN_CHARS)
        cut = cut + 1 if cut > MAX_UNBROKEN_CHARS // 4 else MAX_UNBROKEN_CHARS
        out.append(seg[:cut])
        seg = seg[cut:]
    out.append(seg)
    return out


def parse_batch(parser: Parser, texts: list[str]) -> list[Doc | Exception]:
    """Parse texts with one Stanza call; if that call fails, each text on its own, so that one
    bad document costs only itself. Returns a Doc, or the error, per text."""
    try:
        return list(parser.parse_texts(texts))
    except ParserUnavailable:
        raise
    except Exception as e:
        if len(texts) == 1:
            return [e]
    out: list[Doc | Exception] = []
    for text in texts:
        try:
            out.append(parser.parse_texts([text])[0])
        except ParserUnavailable:
            raise
        except Exception as e:
            out.append(e)
    return out


# --------------------------------------------------------------------------- Stanza -> spaCy


def make_vocab() -> Vocab:
    """An English spaCy vocab whose noun chunks understand UD labels."""
    import spacy

    vocab = spacy.blank("en").vocab
    # spaCy annotates this hook as yielding Spans; at run time it takes (start, end, label)
    # triples, as its own English syntax iterator yields
    vocab.get_noun_chunks = ud_noun_chunks  # type: ignore[assignment]
    return vocab


_NP_DEPS = frozenset(
    {
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "nmod",
        "appos",
        "ROOT",
        "obl:agent",
        "obl:tmod",
        "nmod:tmod",
        "conj",
        "root",
        "dislocated",
    }
)
_NP_LEFT = frozenset(
    {"det", "amod", "compound", "nmod:poss", "nummod", "flat", "det:poss", "det:predet", "case"}
)


def ud_noun_chunks(doclike: Any) -> Iterator[tuple[int, int, int]]:
    """Base noun phrases over UD labels, in the shape spaCy's syntax iterators yield."""
    doc = doclike.doc
    np_label = doc.vocab.strings.add("NP")
    prev_end = -1
    for tok in doclike:
        if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ not in _NP_DEPS:
            continue
        if tok.dep_ == "conj" and tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        start = tok.i
        for child in tok.lefts:
            if child.dep_ in _NP_LEFT and child.dep_ != "case":
                start = min(start, left_edge(child))
        end = tok.i + 1
        for child in tok.rights:
            if child.dep_ in ("flat", "flat:name") and child.i == end:
                end = child.i + 1
        # a possessive's "'s" belongs to the possessor, not to the chunk's start
        while start < tok.i and doc[start].dep_ == "case":
            start += 1
        if start <= prev_end:
            continue
        prev_end = end - 1
        yield start, end, np_label


def stanza_to_spacy(sdoc: Any, text: str, vocab: Vocab) -> Doc:
    """Build a spaCy Doc from a Stanza Document, keeping ``doc.text == text``.

    Raises:
        AlignmentError: when Stanza's words overlap or fall outside the text.
    """
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    heads: list[int] = []
    deps: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    lemmas: list[str] = []
    morphs: list[str] = []
    sent_starts: list[bool] = []
    cursor = 0

    def add_gap(upto: int, attach_to: int | None) -> None:
        nonlocal cursor
        gap = text[cursor:upto]
        if not gap:
            return
        if words and gap[0] == " " and not spaces[-1]:
            spaces[-1] = True
            gap = gap[1:]
            cursor += 1
        if gap:
            i = len(words)
            words.append(gap)
            spaces.append(False)
            heads.append(attach_to if attach_to is not None else i)
            deps.append("dep" if attach_to is not None else "ROOT")
            pos.append("SPACE")
            tags.append("_SP")
            lemmas.append(gap)
            morphs.append("")
            sent_starts.append(attach_to is None)
        cursor = upto

    sent_offsets: list[list[tuple[int, int]]] = []
    for sent in sdoc.sentences:
        offsets = _word_offsets(sent, text)
        sent_offsets.append(offsets)
        first = len(words)
        # whitespace before a sentence belongs to the previous sentence (or starts the doc)
        add_gap(offsets[0][0] if offsets else cursor, first - 1 if first else None)
        base = len(words)
        index_of: dict[int, int] = {}
        for k, (w, (start, end)) in enumerate(zip(sent.words, offsets, strict=False)):
            if start == -1:
                # a word of an unsplittable multi-word token: it shares the previous token
                index_of[w.id] = len(words) - 1
                continue
            if start < cursor or end > len(text) or start >= end:
                raise AlignmentError(
                    f"Stanza word {w.text!r} at {start}-{end} does not fit the text "
                    f"after offset {cursor}"
                )
            if k:
                add_gap(start, len(words) - 1)
            index_of[w.id] = len(words)
            words.append(text[start:end])
            spaces.append(False)
            heads.append(w.head)  # resolved below
            deps.append(w.deprel or "dep")
            pos.append(w.upos or "X")
            tags.append(w.xpos or "")
            lemmas.append(w.lemma or text[start:end])
            morphs.append(w.feats or "")
            sent_starts.append(k == 0)
            cursor = end
        for i in range(base, len(words)):
            if pos[i] == "SPACE":
                continue
            h = heads[i]
            if h != 0 and index_of.get(h) == i:
                # head inside the same merged token: climb to a head outside it
                h = _head_outside(sent, h, index_of, i)
            if h == 0:
                heads[i] = i
                deps[i] = "ROOT"
            else:
                heads[i] = index_of.get(h, i)
    add_gap(len(text), len(words) - 1 if words else None)
    if not words:
        return Doc(vocab, words=[])
    # every word is a slice of the text and every gap between them was copied, so the words
    # and spaces rebuild the text exactly when their lengths add up to it (Doc.text would
    # rebuild the whole string to compare)
    if sum(map(len, words)) + sum(spaces) != len(text) or cursor != len(text):
        raise AlignmentError("the parsed document's text differs from the input text")
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        morphs=_valid_morphs(morphs),
    )
    chains = coref_spans(getattr(sdoc, "coref", None), sent_offsets)
    if chains:
        doc.user_data[COREF_KEY] = chains
    return doc


def coref_spans(
    chains: Any, sent_offsets: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """Stanza's coreference chains as lists of (start, end) character spans, one list per
    entity (mentions of dropped pronouns, which have no words, are left out)."""
    out = []
    for chain in chains or ():
        spans = []
        for m in chain.mentions:
            if not isinstance(m.start_word, int) or m.end_word <= m.start_word:
                continue
            offsets = sent_offsets[m.sentence]
            starts = [s for s, _ in offsets[m.start_word : m.end_word] if s >= 0]
            ends = [e for _, e in offsets[m.start_word : m.end_word] if e >= 0]
            if starts and ends:
                spans.append((min(starts), max(ends)))
        if len(spans) > 1:
            out.append(spans)
    return out


def _head_outside(sent: Any, h: int, index_of: dict[int, int], i: int) -> int:
    seen = set()
    while h and index_of.get(h) == i and h not in seen:
        seen.add(h)
        h = sent.words[h - 1].head
    return h


def _valid_morphs(morphs: list[str]) -> list[str]:
    return [m if m and "=" in m else "" for m in morphs]


def _word_offsets(sent: Any, text: str) -> list[tuple[int, int]]:
    """Character offsets of each Stanza word; words inside a multi-word token share its span."""
    out: list[tuple[int, int]] = []
    for tok in sent.tokens:
        t_start, t_end = tok.start_char, tok.end_char
        if len(tok.words) == 1:
            out.append((t_start, t_end))
            continue
        spans = [(w.start_char, w.end_char) for w in tok.words]
        if all(s is not None and e is not None and s < e for s, e in spans) and _contiguous(
            spans, t_start, t_end
        ):
            out.extend(spans)
            continue
        # split the token's surface by the words' lengths where they add up ("don't" -> do n't)
        surface = text[t_start:t_end]
        lengths = [len(w.text) for w in tok.words]
        if sum(lengths) == len(surface):
            pos = t_start
            for n in lengths:
                out.append((pos, pos + n))
                pos += n
            continue
        # no way to split it: the whole token stands for its words (see stanza_to_spacy)
        out.append((t_start, t_end))
        out.extend([(-1, -1)] * (len(tok.words) - 1))
    return out


def _contiguous(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    if spans[0][0] != start or spans[-1][1] != end:
        return False
    return all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
