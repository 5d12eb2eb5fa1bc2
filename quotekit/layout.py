"""Text layout: the input text -> the text the parser and the rules read, of the same length.

Plain-text feeds, e-mail and Project Gutenberg books are often hard-wrapped: every line is cut at
about 70 characters and paragraphs are separated by blank lines. Read as they stand, each single
line break looks like the end of a paragraph, so an open quotation seems to end at every line.
``prepare_text`` detects such a layout and turns the single line breaks inside its paragraphs
into spaces; it also turns the carriage return of a CRLF line end into a space. Nothing is
inserted or removed, so every offset into the prepared text is the same offset into the input,
and records still quote the input exactly.
"""

from __future__ import annotations

_MIN_LINES = 8  # fewer wrapped lines than this say little about a layout
_MIN_FEW_LINES = 2  # below it, all of them must look wrapped
_PROSE_SHARE = 0.3  # of a prose line's words, at least this many start in lowercase
_WRAP_MIN, _WRAP_MAX = 35, 100  # characters: the length of a wrapped line, before its break
_WRAPPED_SHARE = 0.6  # of the lines followed by another line, this many look wrapped
_ENDED_SHARE = 0.5  # of those, fewer than this end a sentence
_SENTENCE_ENDS = frozenset(".!?:\"'\u201d\u2019")


def prepare_text(text: str) -> str:
    """The text as the parser and the rules read it: the same length as ``text``, CRLF line
    ends as " \\n", and, where the text is hard-wrapped, single line breaks as spaces."""
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    if "\n" in text and is_hard_wrapped(text):
        text = _join_wrapped_lines(text)
    return text


def _join_wrapped_lines(text: str) -> str:
    """Each line break between two lines that are not blank becomes a space (a blank line,
    spaces only, still separates paragraphs)."""
    lines = text.split("\n")
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:], strict=False):
        out.append(" " if prev.strip() and line.strip() else "\n")
        out.append(line)
    return "".join(out)


def is_hard_wrapped(text: str) -> bool:
    """Whether most lines that another line follows are cut at a similar width, as a
    hard-wrapped text's are (text with one paragraph per line has few such lines, and long)."""
    lines = text.split("\n")
    followed = [a for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    if len(followed) < _MIN_FEW_LINES:
        return False
    wrapped = sum(1 for line in followed if _WRAP_MIN <= len(line.rstrip()) <= _WRAP_MAX)
    # a wrapped line mostly ends inside a sentence; a paragraph on a line of its own ends one
    ended = sum(1 for line in followed if line.rstrip()[-1:] in _SENTENCE_ENDS)
    if len(followed) < _MIN_LINES:
        # a short text (a news item of a few paragraphs) is wrapped when it separates its
        # paragraphs by blank lines and every line inside one is cut mid-sentence at a width
        # (not headlines in capitals stacked on lines of their own)
        blank_lines = any(not line.strip() for line in lines[1:-1])
        prose = all(_lowercase_share(line) >= _PROSE_SHARE for line in followed)
        return blank_lines and prose and wrapped == len(followed) and ended == 0
    return wrapped >= _WRAPPED_SHARE * len(followed) and ended < _ENDED_SHARE * len(followed)


def _lowercase_share(line: str) -> float:
    """The share of a line's words that start with a lowercase letter."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) / len(words) if words else 0.0
