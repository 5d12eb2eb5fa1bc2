"""Colons: a name and a colon opening a line ("Ortiz: The bridge opens in May.", transcripts'
"WALLACE: Let's start with ..."), and an interview's "Q:" and "A:" lines; the rest of the line
is the named source's, or the interviewee's.

A transcript (two speaker lines or more) gives each speaker's words
verbatim: its lines are direct quotes, though no quotation marks stand around them. An
interview's answers ("A: We may have to close.") are direct quotes of the interviewee, the
person the text names before the first question (the subject of a sentence there, else the
last name); its questions are left out: they are the interviewer's, mostly the publication's
own, and report nobody's views.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotekit.contents.reported.context import reported
from quotekit.lexicon import (
    ALL_MARKS,
    EDITORIAL_LABELS,
    OTHER_PEOPLE,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    SUBJ_DEPS,
    TIME_WORDS,
)
from quotekit.records import QuoteCandidate, QuotedText, doc_text
from quotekit.syntax import answer_label, trim, word_count

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# a speaker line: "SMITH: ...", "Dr. Patel: ..."
SPEAKER_LINE = re.compile(r"(?m)^[ \t]*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}:[ \t]")
# an interview's question and answer lines
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*Q[:.][ \t]")
_MIN_WORDS = 3


def colon_attribution(doc: Doc, colon: Token, quoted: QuotedText) -> QuoteCandidate | None:
    """A name and a colon opening a line: headlines ("Ortiz: Bridge Will Open in May") and
    transcripts ("WALLACE: Let's start with ..."), and an interview's answer ("A: ..."). The
    words after the colon, to the end of the line, are the source's."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    # what stands before the colon on its line: at most four words, all capitalized
    before = [
        t for t in doc[max(0, colon.i - 6) : colon.i] if t.idx >= line_start and not t.is_space
    ]
    if answer_label(doc, colon) is not None or (
        len(before) == 1 and before[0].text == "A" and colon.text == ":"
    ):
        return _interview_answer(doc, colon, quoted)
    if not before or len(before) > 4 or before[0].idx - line_start > 1:
        return None
    if not all(
        t.text == "." or (t.text[:1].isupper() and (t.is_alpha or t.text[-1] == "."))
        for t in before
    ):
        return None
    if any(t.pos_ in ("VERB", "AUX") and not t.is_upper for t in before):
        return None
    # a name, not a section label ("The Latest:", "Correction:", "Health:")
    names = " ".join(t.lower_ for t in before)
    if before[0].lower_ == "the" or names in EDITORIAL_LABELS or names == "q":
        return None
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1) for t in before):
        return None
    # a transcript's turn is the speaker's however short ("REYES: Go ahead.")
    transcript = _transcript(doc)
    content = _rest_of_line(doc, colon, 1 if transcript else _MIN_WORDS)
    # a quotation right after the colon ('Lavrov: "..."') is a direct quote, found there
    if content is None or content[0].text in ALL_MARKS:
        return None
    speaker = next((t for t in reversed(before) if t.is_alpha), before[-1])
    if transcript:
        # a transcript's line is the speaker's own words
        cue = doc[colon.i : colon.i + 1]
        return QuoteCandidate(
            "direct", content.start_char, content.end_char, cue, "colon-line", subject=speaker
        )
    cand = reported(doc, content, doc[colon.i : colon.i + 1], "colon-line", quoted)
    return cand._replace(subject=speaker)


def _rest_of_line(doc: Doc, colon: Token, min_words: int = _MIN_WORDS) -> Span | None:
    """The words after the colon to the end of its line, when there are ``min_words``."""
    text = doc_text(doc)
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end == -1 else line_end
    after = doc.char_span(colon.idx + len(colon.text), line_end, alignment_mode="expand")
    if after is None:
        return None
    content = trim(doc, after.start, after.end)
    if content is None or word_count(content) < min_words:
        return None
    if not any(t.is_alpha for t in content):
        return None  # a tally ("Ruiz: 1,769."), not words
    return content


def _transcript(doc: Doc) -> bool:
    """Whether the speaker lines are a transcript's: two or more in the document, not counting
    section labels ("Correction:"); a headline's "Ortiz:" stands alone. (Decided once per
    document.)"""
    known = doc.user_data.get(_TRANSCRIPT_KEY)
    if known is None:
        known = doc.user_data[_TRANSCRIPT_KEY] = _two_speaker_lines(doc_text(doc))
    return bool(known)


_TRANSCRIPT_KEY = "quotekit_transcript"


def _two_speaker_lines(text: str) -> bool:
    lines = 0
    for m in SPEAKER_LINE.finditer(text):
        label = m.group().strip().rstrip(":").lower()
        if label not in EDITORIAL_LABELS and label != "q":
            lines += 1
            if lines == 2:
                return True
    return False


# --------------------------------------------------------------------------- interviews


def _interview_answer(doc: Doc, colon: Token, quoted: QuotedText) -> QuoteCandidate | None:
    """'A: We may have to close.' (or "A."): in an interview (a "Q:" or "Q." line before it),
    the interviewee's words."""
    text = doc_text(doc)
    question = _QUESTION_LINE.search(text, 0, colon.idx)
    if question is None:
        return None
    content = _rest_of_line(doc, colon)
    if content is None:
        return None
    # (the same for every answer of the document)
    if _INTERVIEWEE_KEY not in doc.user_data:
        found = _interviewee(doc, question.start())
        doc.user_data[_INTERVIEWEE_KEY] = found.i if found is not None else None
    index = doc.user_data[_INTERVIEWEE_KEY]
    interviewee = doc[index] if index is not None else None
    cue = answer_label(doc, colon) or doc[colon.i : colon.i + 1]
    return QuoteCandidate(
        "direct", content.start_char, content.end_char, cue, "interview-answer", subject=interviewee
    )


_INTERVIEWEE_KEY = "quotekit_interviewee"


def _interviewee(doc: Doc, first_question: int) -> Token | None:
    """The person the text names before its first question: the first name that is the
    subject of its clause ("Maria Lopez has run the bakery ..."), else the last name; not a
    publication ("The Courier spoke to ...") nor a byline's name ("Interview by Jane Okoro").
    Where nobody is named before, the person named after the last answer ("The interview was
    with port director Anna Kowal.")."""
    found = _interviewee_among(doc, lambda t: t.idx < first_question)
    if found is None:
        text = doc_text(doc)
        last = [m.end() for m in _ANSWER_LINE.finditer(text)]
        after = text.find("\n", last[-1]) if last else -1
        if after >= 0:
            end = _paragraph_end(text, after)
            found = _interviewee_among(doc, lambda t: after < t.idx < end)
    return found


_ANSWER_LINE = re.compile(r"(?m)^[ \t]*A[:.][ \t]")


def _paragraph_end(text: str, pos: int) -> int:
    """The end of the first paragraph with words after ``pos`` (a line break)."""
    start = pos
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _interviewee_among(doc: Doc, where: Callable[[Token], bool]) -> Token | None:
    """The name a stretch of the text gives the interviewee (see ``_interviewee``): not a day
    or a month ("We spoke to Mayor Ines Duarte on Friday"); where it names nobody, a title or
    a noun of a person ("The mayor spoke to us on Friday")."""
    names = [
        t
        for t in doc
        if where(t)
        and t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.lower_ not in TIME_WORDS
        and t.dep_ not in ("flat", "compound", "flat:name")
        and not (t.i == t.sent.start and t.is_upper)
        and not any(c.lower_ in ("the", "by") for c in t.children)
    ]
    if not names:
        names = [
            t
            for t in doc
            if where(t) and t.pos_ == "NOUN" and t.tag_ != "NNS" and t.lemma_.lower() in _PERSONS
        ]
    subjects = [t for t in names if t.dep_ in SUBJ_DEPS]
    if subjects:
        return subjects[0]
    return names[-1] if names else None


# nouns that name one person: "the mayor", "the director", "a teacher"
_PERSONS = PERSON_TITLES | PEOPLE_NOUNS | OTHER_PEOPLE
