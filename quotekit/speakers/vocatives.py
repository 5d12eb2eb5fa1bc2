"""Vocatives: the people a quotation speaks to by name.

    "Come and sit by the fire, Harriet."
    "Mr. Elton, you are too kind."
    "Oh, my dear Emma, what a day!"

A name set off at the edge of a phrase (after an opening mark, a comma or a full stop, before a
comma, a stop or a closing mark) is the person addressed. In a conversation of two, the person
one turn addresses speaks the turn next to it (speakers.dialogue), and is not the speaker of
the quotation that addresses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lexicon import ALL_MARKS, DOUBLE_OPEN, EXCLAIMED_NAMES, PERSON_TITLES
from quotekit.names import lone_capital, written

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "my dear Emma", "O Mouse", "dear Mrs. Weston": words between the edge and the name
_LEAD_INS = frozenset({"my", "dear", "dearest", "o", "oh", "poor"})


def vocatives(doc: Doc, start: int, end: int) -> list[Span]:
    """The names a quotation between characters ``start`` and ``end`` addresses, with any
    title before them ("Mr. Elton"), in text order."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    found: list[Span] = []
    i = span.start
    while i < span.end:
        if not _name_word(doc[i]):
            i += 1
            continue
        j = i
        while j < span.end and _name_word(doc[j]):
            j += 1
        k = i
        while k > span.start and doc[k - 1].lower_.rstrip(".") in PERSON_TITLES:
            k -= 1
        if (
            _at_edges(doc, span, k, j)
            and doc[i].lower_ not in EXCLAIMED_NAMES
            and not _spoken_of(doc, j)
            and not _common_word(doc, k, j)
        ):
            found.append(doc[k:j])
        i = j
    return found


def _common_word(doc: Doc, start: int, end: int) -> bool:
    """'"Hush, dear."', '"Stake, please."': a lone capitalized word that opens its sentence,
    which the text writes in small letters elsewhere ("you must stake it"), is a word the
    parse took for a name, not a name."""
    if end - start != 1 or (start > 0 and doc[start - 1].text not in _OPENS):
        return False
    if written(doc, doc[start].lower_):
        return True
    # ('"Humph! tell him so."', '"Hush, dear."'): a word that is no first name the text
    # uses nowhere else is a cry, not a person addressed
    return lone_capital(doc[start])


def _echoed(doc: Doc, start: int, end: int) -> bool:
    """'"... and then Major Hale called."' / '"Major Hale! you know him?"': a name cried out
    that the turn before spoke of is taken up in surprise, not addressed."""
    text = doc.text
    before = text.rfind("\n", 0, doc[start].idx)
    if before < 0:
        return False
    paragraph = text[: before + 1].rstrip()
    paragraph = paragraph[paragraph.rfind("\n") + 1 :]
    return doc[start:end].text in paragraph and any(m in paragraph for m in DOUBLE_OPEN)


def _spoken_of(doc: Doc, end: int) -> bool:
    """'My poor Emily! She was so kind.': a cry about someone the next sentence calls "she"
    or "he", not an address."""
    return (
        end + 1 < len(doc) and doc[end].text in ("!", ".") and doc[end + 1].lower_ in ("she", "he")
    )


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ != "i"


def _at_edges(doc: Doc, span: Span, start: int, end: int) -> bool:
    """Whether the name between tokens ``start`` and ``end`` is set off as a vocative: it
    opens a sentence of the quotation and a comma or an exclamation follows ("Harriet, come
    here"; not an apposition, "Mr. Trump, the developer"), or a comma sets it off at the end
    of a sentence ("I would, Donald."), or between commas where the sentence goes on ("Yes,
    Mr. Knightley, I do"), not in a list ("Tom, Ann and Bea")."""
    b = start - 1
    while b >= span.start and doc[b].lower_ in _LEAD_INS:
        b -= 1
    before = doc[b].text if b >= span.start else "\u201c"
    after = doc[end].text if end < span.end else "\u201d"
    if before in _OPENS:
        if after == ",":
            # ("My dear Mary, recollect ...": after "dear" an address, whatever the parse
            # made of the next word)
            dear = b + 1 < start and doc[start - 1].lower_ in ("dear", "dearest")
            return (
                end + 1 < span.end
                and (dear or _not_apposition(doc[end + 1]))
                and not _dislocated(doc, end + 1, span.end)
            )
        return after in ("!", "?") and not _echoed(doc, start, end)
    if before != "," or b == 0 or doc[b - 1].pos_ == "PROPN" or doc[b - 1].lower_ in _JOINS:
        return False  # "Williamsburg, Virginia", "Buckley, Goldwater and Reagan"
    if after in _ENDS:
        return True
    if after != "," or end + 1 >= span.end:
        return False
    # between commas, the sentence goes on past the name ("I dare say, Miss Fairfax, that he
    # ..."), not a description ("my adviser, Tom Varga, often says")
    nxt = doc[end + 1]
    if nxt.text in ALL_MARKS:
        return True  # ('"No, Harry," he said': the quotation breaks for its cue after the name)
    if doc[b - 1].pos_ == "NOUN":
        return nxt.pos_ == "PRON"
    return nxt.pos_ in ("PRON", "SCONJ", "INTJ") or nxt.lower_ in ("pray", "do", "don't")


def _dislocated(doc: Doc, start: int, end: int) -> bool:
    """'Dr. Bauerstein, now, what was he doing?': a name set before its sentence that the
    sentence goes on to call "he" or "she", with no "you" in it, is spoken of, not to."""
    third = False
    for tok in doc[start:end]:
        if tok.text in _SENTENCE_ENDS:
            break
        word = tok.lower_.strip("_*")  # '_he_': emphasis marked up in plain text
        if word in _SECOND_PERSON:
            return False
        third = third or word in _THIRD_PERSON
    return third


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "thou", "thee", "thy", "ye"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his"})


def _not_apposition(tok: Token) -> bool:
    """Whether the word after "Name," goes on as a sentence addressed to them ("Harriet, you
    must"), not as a description of them ("Tom Varga, the host", "Ana Reyes, 52")."""
    return tok.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN") and tok.tag_ != "VBG"


# an edge that opens a sentence of the quotation, and one that ends it
_OPENS = frozenset({".", "!", "?", ";", ":", "--", "\u2014", "\u2013"}) | ALL_MARKS
_JOINS = frozenset({"and", "or", "nor"})
_ENDS = frozenset({".", "!", "?", ";", "--", "\u2014", "\u2013"}) | ALL_MARKS
