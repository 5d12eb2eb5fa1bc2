"""Quotation marks: raw text -> paired marks and warnings.

Runs on the exact input text before any rule, so that the rules see quotations whatever the
tokenizer did with the marks. Handles straight and curly double quotes, guillemets, and single
quotes where they are not apostrophes ("States' expanding", "'90s", "don't"). A quote that runs
over several paragraphs, with an opening mark on each paragraph and a closing mark only at the
end (the news convention), is one pair. An unbalanced mark gives a warning, never an exception.
"""

from __future__ import annotations

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


def pair_quote_marks(text: str) -> tuple[list[QuoteMarkPair], list[str]]:  # noqa: C901
    """Pair the quotation marks of a text.

    Args:
        text: the exact input text.

    Returns:
        The pairs, ordered by their opening mark, and warnings about unbalanced marks.
    """
    pairs: list[QuoteMarkPair] = []
    warnings: list[str] = []
    unbalanced = 0

    def warn(msg: str) -> None:
        nonlocal unbalanced
        unbalanced += 1
        if len(warnings) < _MAX_WARNINGS:
            warnings.append(msg)

    open_at: int | None = None
    open_style = ""
    paragraphs = 1
    n = len(text)
    doubled: set[int] = set()  # positions used by two-character marks ('' and ``)
    i = 0
    while i < n:
        ch = text[i]
        if text.startswith(("''", "``"), i) and not text.startswith("'''", i):
            # typewriter double quotes: ``like this'' or ''like this''
            doubled.update((i, i + 1))
            if ch == "`" or (open_at is None and _role_double(text, i, False) == "open"):
                if open_at is not None:
                    warn(f"unclosed quotation mark at offset {open_at}")
                open_at, open_style, paragraphs = i, "double", 1
            elif open_at is None:
                warn(f"closing quotation mark without an opening one at offset {i}")
            else:
                pairs.append(QuoteMarkPair(open_at, i + 1, open_style, paragraphs))
                open_at = None
            i += 2
            continue
        if ch == "\n" and open_at is not None:
            # a paragraph ends inside a quotation: it goes on only if the next paragraph
            # opens with a quotation mark (news convention), else the mark was unbalanced
            nxt = _next_paragraph_opens(text, i)
            if nxt is not None:
                paragraphs += 1
                i = nxt + 1
                continue
            warn(f"unclosed quotation mark at offset {open_at}")
            open_at = None
        elif (
            ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in GUILLEMET_OPEN or ch in GUILLEMET_CLOSE
        ):
            role = _role_double(text, i, open_at is not None)
            if role == "open":
                if open_at is not None:
                    warn(f"unclosed quotation mark at offset {open_at}")
                open_at, open_style, paragraphs = (
                    i,
                    ("guillemet" if ch in GUILLEMET_OPEN else "double"),
                    1,
                )
            elif open_at is None:
                warn(f"closing quotation mark without an opening one at offset {i}")
            else:
                pairs.append(QuoteMarkPair(open_at, i, open_style, paragraphs))
                open_at = None
        i += 1
    if open_at is not None:
        warn(f"unclosed quotation mark at offset {open_at}")
    if unbalanced > len(warnings):
        warnings.append(f"{unbalanced - len(warnings)} more unbalanced quotation marks")
    pairs.extend(
        p for p in _pair_single_quotes(text) if p.open not in doubled and p.close not in doubled
    )
    pairs.sort()
    return pairs, warnings


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
