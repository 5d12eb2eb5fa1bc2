"""Quotation marks: raw text -> paired marks and warnings.

Runs on the exact input text before any rule, so that the rules see quotations whatever the
tokenizer did with the marks. Handles straight and curly double quotes, guillemets, and single
quotes where they are not apostrophes ("States' expanding", "'90s", "don't"). A quote that runs
over several paragraphs, with an opening mark on each paragraph and a closing mark only at the
end (the news convention), is one pair. An unbalanced mark gives a warning, never an exception.
"""

from __future__ import annotations

import re

from quotekit.lexicon import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    ELISIONS,
    GUILLEMET_CLOSE,
    GUILLEMET_OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from quotekit.records import QuoteMarkPair

_OPENERS_BEFORE = set("([{\u2014\u2013-/") | DOUBLE_OPEN | GUILLEMET_OPEN
_MAX_WARNINGS = 20


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_boundary_after(ch: str) -> bool:
    # what may follow a closing mark: space, end, punctuation
    return ch == "" or ch.isspace() or (not ch.isalnum() and ch not in DOUBLE_OPEN)


def _role_double(text: str, i: int, is_open: bool) -> str:
    """'open', 'close' for a double quotation mark at i, given whether one is open."""
    ch = text[i]
    if ch in "\u201c\u201e" or ch in GUILLEMET_OPEN:
        return "open"
    if ch == "\u201d" or ch in GUILLEMET_CLOSE:
        return "close"
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    open_like = _is_space(prev) or prev in _OPENERS_BEFORE
    close_like = _is_boundary_after(nxt) and not _is_space(prev)
    if open_like and not _is_space(nxt) and not close_like:
        return "open"
    if close_like and not open_like:
        return "close"
    return "close" if is_open else "open"


def _next_paragraph_opens(text: str, pos: int) -> int | None:
    """If the paragraph after ``pos`` starts with an opening double mark, the offset of its
    last character."""
    j = pos
    while j < len(text) and text[j].isspace():
        j += 1
    if text.startswith(("''", "``"), j):
        return j + 1
    if j < len(text) and (text[j] in DOUBLE_OPEN or text[j] in GUILLEMET_OPEN):
        return j
    return None


def pair_quote_marks(text: str) -> tuple[list[QuoteMarkPair], list[str]]:
    """Pair the quotation marks of a text.

    Args:
        text: the exact input text.

    Returns:
        The pairs, ordered by their opening mark, and warnings about unbalanced marks.
    """
    doubles = _DoublePairing(text)
    doubles.run()
    pairs = doubles.pairs
    warnings = doubles.warnings
    if doubles.unbalanced > len(warnings):
        warnings.append(f"{doubles.unbalanced - len(warnings)} more unbalanced quotation marks")
    pairs.extend(
        p
        for p in _pair_single_quotes(text)
        if p.open not in doubles.doubled and p.close not in doubles.doubled
    )
    pairs.sort()
    return pairs, warnings


_DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | GUILLEMET_OPEN | GUILLEMET_CLOSE
# what the pass over double marks stops at: typewriter double quotes (``like this'' or
# ''like this'', but not inside a run of three apostrophes or more), a line end, a double mark;
# the text between is skipped at the speed of the regex engine
_DOUBLE_STOPS = re.compile("''(?!')|``|\n|[" + re.escape("".join(sorted(_DOUBLE_MARKS))) + "]")


class _DoublePairing:
    """One pass over the double quotation marks of a text: the mark open, if any, its style,
    and how many paragraphs it has run over."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pairs: list[QuoteMarkPair] = []
        self.warnings: list[str] = []
        self.unbalanced = 0
        self.doubled: set[int] = set()  # positions used by two-character marks ('' and ``)
        self.open_at: int | None = None
        self.style = ""
        self.paragraphs = 1

    def run(self) -> None:
        text = self.text
        m = _DOUBLE_STOPS.search(text)
        while m is not None:
            i = m.start()
            if m.end() - i == 2:
                self.doubled.update((i, i + 1))
                if text[i] == "`" or (
                    self.open_at is None and _role_double(text, i, False) == "open"
                ):
                    self.open(i, "double")
                else:
                    self.close(i, i + 1)
                pos = i + 2
            elif text[i] == "\n":
                pos = self.paragraph_end(i)
            else:
                if _role_double(text, i, self.open_at is not None) == "open":
                    self.open(i, "guillemet" if text[i] in GUILLEMET_OPEN else "double")
                else:
                    self.close(i, i)
                pos = i + 1
            m = _DOUBLE_STOPS.search(text, pos)
        if self.open_at is not None:
            self.warn(f"unclosed quotation mark at offset {self.open_at}")

    def warn(self, msg: str) -> None:
        self.unbalanced += 1
        if len(self.warnings) < _MAX_WARNINGS:
            self.warnings.append(msg)

    def open(self, i: int, style: str) -> None:
        if self.open_at is not None:
            self.warn(f"unclosed quotation mark at offset {self.open_at}")
        self.open_at, self.style, self.paragraphs = i, style, 1

    def close(self, i: int, close: int) -> None:
        if self.open_at is None:
            self.warn(f"closing quotation mark without an opening one at offset {i}")
        else:
            self.pairs.append(QuoteMarkPair(self.open_at, close, self.style, self.paragraphs))
            self.open_at = None

    def paragraph_end(self, i: int) -> int:
        """Where to read on after the line end at i."""
        if self.open_at is None:
            return i + 1
        # a paragraph ends inside a quotation: it goes on only if the next paragraph opens
        # with a quotation mark (news convention), else the mark was unbalanced
        nxt = _next_paragraph_opens(self.text, i)
        if nxt is not None:
            self.paragraphs += 1
            return nxt + 1
        self.warn(f"unclosed quotation mark at offset {self.open_at}")
        self.open_at = None
        return i + 1


def _is_single_opener(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in SINGLE_OPEN:
        return False
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not (_is_space(prev) or prev in _OPENERS_BEFORE):
        return False
    if not (nxt.isalnum() or nxt in DOUBLE_OPEN):
        return False
    rest = text[i + 1 : i + 6].lower()
    # elisions: '90s, 'em, 'til, 'cause
    if rest[:1].isdigit() and rest[1:2].isdigit():
        return False
    return not any(rest.startswith(e) and not rest[len(e) : len(e) + 1].isalpha() for e in ELISIONS)


def _is_single_closer(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in SINGLE_CLOSE:
        return False
    prev = text[i - 1] if i else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if _is_space(prev):
        return False
    if nxt.isalnum():  # don't, Xi's, rock'n'roll
        return False
    # plural possessive ("the States' expanding influence"): a word follows after one space
    after = text[i + 2] if i + 2 < len(text) else ""
    return not (prev in "sS" and nxt == " " and after.isalpha() and after.islower())


def _pair_single_quotes(text: str) -> list[QuoteMarkPair]:
    pairs: list[QuoteMarkPair] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            open_at = None
        elif open_at is None:
            if _is_single_opener(text, i):
                open_at = i
        elif _is_single_closer(text, i):
            pairs.append(QuoteMarkPair(open_at, i, "single", 1))
            open_at = None
        elif _is_single_opener(text, i):
            open_at = i
    return pairs
