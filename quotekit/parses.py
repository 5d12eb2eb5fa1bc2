"""Saved parses: parsed Docs <-> a spaCy DocBin file, so that rules re-run without the parser.

``quotekit parse`` writes one file per corpus; ``quotekit extract --parses FILE`` takes a
document's parse from it when the document's id and text are those that were parsed, and parses
the others. Parsing is most of a run's time, so rule work on a saved corpus takes seconds.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quotekit.errors import InputError, output_error

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quotekit.records import InputDoc

_ID_KEY = "quotekit.doc_id"
_HASH_KEY = "quotekit.text_sha1"


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def save_parses(parsed: Iterable[tuple[str, Doc]], path: str | os.PathLike[str]) -> int:
    """Write (doc_id, Doc) pairs to a DocBin file; returns how many were written.

    Raises:
        OutputError: when the file cannot be written (a full disk, no permission).
    """
    from spacy.tokens import DocBin

    store = DocBin(store_user_data=True)
    n = 0
    for doc_id, doc in parsed:
        doc.user_data[_ID_KEY] = doc_id
        doc.user_data[_HASH_KEY] = text_hash(doc.text)
        store.add(doc)
        n += 1
    try:
        with open(path, "wb") as fp:
            fp.write(store.to_bytes())
    except OSError as e:
        raise output_error(path, e) from None
    return n


class SavedParses:
    """The parses of a DocBin file, looked up by document id and text."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from spacy.tokens import DocBin

        from quotekit.conversion import make_vocab

        try:
            with open(path, "rb") as fp:
                store = DocBin(store_user_data=True).from_bytes(fp.read())
        except (OSError, ValueError, KeyError) as e:
            raise InputError(f"{path}: not a parse file written by 'quotekit parse' ({e})") from e
        self._docs: dict[tuple[str, str], Doc] = {}
        for doc in store.get_docs(make_vocab()):
            key = (str(doc.user_data.get(_ID_KEY)), str(doc.user_data.get(_HASH_KEY)))
            self._docs[key] = doc
        self.path = path

    def __len__(self) -> int:
        return len(self._docs)

    def get(self, item: InputDoc) -> Doc | None:
        """The saved parse of this document, or None when it was not saved or its text changed."""
        from quotekit.layout import prepare_text

        # the parser read the text as laid out (quotekit.layout), of the same length
        text = prepare_text(item.text)
        doc = self._docs.get((item.doc_id, text_hash(text)))
        if doc is None or doc.text != text:
            return None
        return doc
