"""Beats: the person a stretch of narration is about, next to a quotation that no cue
attributes.

Fiction sets a speech after a line of action instead of a verb of saying:

    Anna shook her head. "Not tonight."      <- Anna speaks
    Poirot tapped the table.

    "Observe the ashes."                     <- Poirot speaks

The subject of the last sentence of narration before the quotation (in its paragraph, or the
paragraph before where that one holds no quotation) is then its speaker, where that subject is
a person: a name, "he" or "she", or a description with a determiner ("the old lady").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotekit.lexicon import ALL_MARKS, DOUBLE_CLOSE, DOUBLE_OPEN, SUBJ_DEPS
from quotekit.names import lone_capital, opening_name
from quotekit.speakers.cue import expand_speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PERSON_PRONOUNS = frozenset({"he", "she", "i"})


def narration_subject(doc: Doc, start: int, *, previous_paragraph: bool) -> Span | None:
    """The speaker the narration before a quotation starting at character ``start`` gives it,
    or None.

    Args:
        doc: the parsed document (its text as the rules read it).
        start: the quotation's first character.
        previous_paragraph: whether narration in the paragraph before counts too (where the
            quotation opens its paragraph).
    """
    text = doc.text
    idx = [t.idx for t in doc]
    k = bisect.bisect_left(idx, start) - 1  # the last token before the quotation
    while k >= 0 and (doc[k].is_space or doc[k].text in ALL_MARKS):
        k -= 1
    if k < 0:
        return None
    gap = text[doc[k].idx + len(doc[k]) : start]
    breaks = gap.count("\n")
    if breaks and not previous_paragraph:
        return None
    if breaks and _paragraph_quoted(text, doc[k].idx):
        return None  # the paragraph before is a turn of its own
    last = doc[k]
    if last.text not in (".", "!", ";") and not breaks:
        return None  # 'Anna said, "..."' and its like are a cue's, not a beat's
    return _person_subject(last.sent)


def _paragraph_quoted(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    para = text[start : end if end >= 0 else len(text)]
    return any(m in para for m in DOUBLE_OPEN | DOUBLE_CLOSE)


def _person_subject(sent: Span) -> Span | None:
    root = sent.root
    subject: Token | None = next((c for c in root.children if c.dep_ in SUBJ_DEPS), None)
    if subject is None:
        return opening_name(sent)
    if subject.pos_ == "PRON":
        return expand_speaker(subject) if subject.lower_ in _PERSON_PRONOUNS else None
    if subject.pos_ == "PROPN":
        name = expand_speaker(subject)
        if len(name) == 1 and subject.i == sent.start and lone_capital(subject):
            return None  # "Coffee had been served."
        return name
    # "Sir Ernest's chin was shooting forward.", "Her voice shook.": the owner; a name
    # owns any subject ("But Sir Ernest's cross-examination was yet to come.")
    owner = next((c for c in subject.children if c.dep_ == "nmod:poss"), None)
    if owner is not None and (
        owner.pos_ == "PROPN" or subject.lemma_.lower() in _BODY and owner.lower_ in ("his", "her")
    ):
        return expand_speaker(owner)
    return None


# the parts and signs of a person that narration makes the subject of a beat
_BODY = frozenset(
    "face eye eyes voice lip lips mouth chin hand hands head brow cheek cheeks tone "
    "glance gaze look smile expression".split()
)
