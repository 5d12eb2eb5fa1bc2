"""Headlines and titles: text -> the character spans of lines that are titles, not sentences.

A document often opens with its title on a line of its own: "Ministers pledge to defend steel
jobs", then a blank line and the article. A title is written in the style of a headline (no
final punctuation, a present tense for a past event) and reports nobody's words, so nothing on
it is a quote; nor is a subtitle written the same way under it, nor the same title where a
page repeats it further down. A title with final punctuation ("De Blasio says the blast was
intentional.") is read as a sentence: corpora such as PolNeAR annotate those.
"""

from __future__ import annotations

import re

from quotekit.contents.direct import SIGNATURE
from quotekit.contents.reported.colons import SPEAKER_LINE
from quotekit.lexicon import ALL_MARKS

_MAX_SUBTITLES = 2
_MAX_WORDS = 16  # a title is short: "Russia Aligns with China on Asian Issues, ..." has 10
# what closes a sentence, looked for before closing marks and brackets ("... 'act.'")
_FINAL = frozenset(".!?:;,")
_CLOSERS = "".join(sorted(ALL_MARKS)) + ")] \t\r"
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BLANK_THEN_TEXT = re.compile(r"[ \t\r]*\n[ \t\r]*\n\s*\S")
# a quotation signed with a dash and a name: '"We are ready." - Dana Fox' is no title
_SIGNED_QUOTATION = re.compile(r"\s*[\"\u201c\u2018'].*[\"\u201d\u2019']" + SIGNATURE.pattern)
_BLANK_BEFORE = re.compile(r"\n[ \t\r]*\n[ \t\r]*\Z")


def headline_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each title line: the document's first line when it is short, has
    no final punctuation and a blank line after it, up to two paragraphs after it written the
    same way, and any later paragraph that repeats it."""
    first = _LINE.search(text)
    if first is None or not _is_title(text, first.start(), first.end()):
        return []
    # (a transcript opens with a speaker line, not a title, when another one follows)
    if SPEAKER_LINE.match(first.group()) and SPEAKER_LINE.search(text, first.end()):
        return []
    title = first.group().strip()
    spans = [(first.start(), first.start() + len(first.group().rstrip()))]
    # a subtitle or a second headline under it, written the same way ("Port Authority Under
    # Fire" / "Ministers pledge to defend rail jobs"), is a title too
    end = first.end()
    for _ in range(_MAX_SUBTITLES):
        after = _LINE.search(text, end)
        if after is None or not _is_title(text, after.start(), after.end()):
            break
        spans.append((after.start(), after.start() + len(after.group().rstrip())))
        end = after.end()
    for m in _LINE.finditer(text, first.end()):
        if m.group().strip() == title and _BLANK_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            spans.append((m.start(), m.start() + len(m.group().rstrip())))
    return spans


def _is_title(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    core = line.rstrip(_CLOSERS)
    return (
        bool(core)
        and _SIGNED_QUOTATION.match(line) is None
        and core[-1] not in _FINAL
        and len(line.split()) <= _MAX_WORDS
        and _BLANK_THEN_TEXT.match(text, end) is not None
    )


def in_headline(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether an offset lies on one of the title lines."""
    return any(s <= start < e for s, e in spans)
