"""Parsing: InputDoc -> spaCy Doc, through Stanza.

The only module that imports Stanza (lazily, so that ``quotekit --help`` starts fast): where
the models are, loading them, and parsing long documents in pieces. Stanza's UD parse becomes a
spaCy ``Doc`` whose text is *exactly* the input text in quotekit.conversion.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotekit.conversion import make_vocab, stanza_to_spacy
from quotekit.errors import AlignmentError, ParserUnavailable
from quotekit.limits import LONE_CHARS
from quotekit.records import COREF_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

LANG = "en"
BASE_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
MODEL_DIR_ENV = "QUOTEKIT_MODEL_DIR"
CHECKOUT_SOURCE = "../shared/models/stanza-en beside the checkout"


# --------------------------------------------------------------------------- model location


@dataclass(frozen=True)
class ModelLocation:
    path: Path
    source: str  # "--model-dir", "QUOTEKIT_MODEL_DIR", CHECKOUT_SOURCE or "stanza default"

    @property
    def explicit(self) -> bool:
        return self.source != "stanza default"


def stanza_default_dir() -> Path:
    """Stanza's own resources directory (honours STANZA_RESOURCES_DIR), without importing it."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path("~/stanza_resources").expanduser()


def checkout_models_dir() -> Path | None:
    """The development models beside a source checkout (``../shared/models/stanza-en``, where
    the tests find them too), when quotekit runs from one and they are there."""
    root = Path(__file__).resolve().parent.parent
    if not (root / "pyproject.toml").is_file():
        return None  # an installed quotekit, not a checkout
    shared = root.parent / "shared" / "models" / "stanza-en"
    return shared if shared.is_dir() else None


def locate_models(
    model_dir: str | os.PathLike[str] | None = None, *, checkout: bool = True
) -> ModelLocation:
    """Where models are looked for: ``model_dir``, $QUOTEKIT_MODEL_DIR, the development models
    beside a source checkout (unless ``checkout`` is False), else Stanza's default."""
    if model_dir:
        return ModelLocation(Path(model_dir).expanduser(), "--model-dir")
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return ModelLocation(Path(env).expanduser(), MODEL_DIR_ENV)
    dev = checkout_models_dir() if checkout else None
    if dev is not None:
        return ModelLocation(dev, CHECKOUT_SOURCE)
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
        "search_order": [
            "--model-dir",
            MODEL_DIR_ENV,
            CHECKOUT_SOURCE,
            f"stanza default ({stanza_default_dir()})",
        ],
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

    A download that fails leaves nothing behind that it made (no empty or half-filled
    resources directory).

    Raises:
        ParserUnavailable: when the download fails (no network, disk full ...), in one line
            that says what to do.
    """
    loc = locate_models(model_dir, checkout=False)
    processors = ",".join((*BASE_PROCESSORS, "ner", *(("coref",) if with_coref else ())))
    before = _existing(loc.path)
    try:
        _fetch(str(loc.path), processors)
    except Exception as e:  # stanza raises requests' and its own errors
        _remove_new(loc.path, before)
        raise ParserUnavailable(
            f"could not download the Stanza English models into {loc.path} ({_reason(e)}); "
            f"run 'quotekit models download' where there is network, or point --model-dir or "
            f"{MODEL_DIR_ENV} at a Stanza resources directory copied from a machine that has one"
        ) from None
    return loc.path


def _fetch(model_dir: str, processors: str) -> None:
    """Stanza's download (the tests replace it with one that fails)."""
    import stanza

    stanza.download(LANG, model_dir=model_dir, processors=processors, verbose=True)


def _existing(path: Path) -> set[Path] | None:
    """What is under ``path`` now (None: ``path`` itself is not there)."""
    if not path.exists():
        return None
    return set(path.rglob("*"))


def _remove_new(path: Path, before: set[Path] | None) -> None:
    """Remove what a failed download made under ``path`` (and ``path``, if it made it)."""
    if before is None:
        shutil.rmtree(path, ignore_errors=True)
        return
    made = sorted(set(path.rglob("*")) - before, key=lambda p: len(p.parts), reverse=True)
    for p in made:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def _reason(e: BaseException) -> str:
    """Why a download failed, in a few words."""
    chain: list[BaseException] = []
    cur: BaseException | None = e
    while cur is not None and len(chain) < 10:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    text = " ".join(f"{type(c).__name__} {c}" for c in chain)
    if re.search(r"NameResolution|ConnectionError|Failed to establish|Max retries|timed out", text):
        return "no network connection"
    if any(isinstance(c, OSError) and c.errno == errno.ENOSPC for c in chain):
        return "the disk is full"
    return _one_line(e)[:120]


def _one_line(e: BaseException) -> str:
    msg = str(e).strip().splitlines()
    return f"{type(e).__name__}: {msg[0] if msg else ''}"


# --------------------------------------------------------------------------- the parser


class Parser:
    """One Stanza pipeline, loaded once, that turns texts into spaCy Docs.

    Args:
        model_dir: a Stanza resources directory; None means $QUOTEKIT_MODEL_DIR, else the
            development models beside a source checkout, else Stanza's default directory
            (downloading the models there on first use).
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
        # (pieces done, pieces in all) of a long document: see quotekit.limits.piece_progress
        self.progress: Callable[[int, int], None] = lambda done, total: None

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
        # a document past LONE_CHARS comes alone (quotekit.limits): its pieces are reported
        # from the start, the first chunk of them included
        lone = len(texts) == 1 and len(texts[0]) > LONE_CHARS
        if lone:
            self.progress(0, len(flat))
        docs = []
        # Stanza's objects for a chunk of pieces are converted and dropped before the next
        # chunk, so that a very long document does not hold them all at once
        for k in range(0, len(flat), _PIECES_PER_CALL):
            chunk = flat[k : k + _PIECES_PER_CALL]
            sdocs = self._snlp.bulk_process([stanza.Document([], text=p) for p in chunk])
            docs += [stanza_to_spacy(sd, p, self.vocab) for sd, p in zip(sdocs, chunk, strict=True)]
            if lone:
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
