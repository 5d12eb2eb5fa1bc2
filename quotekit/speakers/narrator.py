"""A first-person narrator's name, from a quotation that speaks of them as present.

A novel told in the first person never names its narrator in the narration: they are "I"
there. The others may name them, though: by address ('"You are late, Mr. Hale"', which
the conversation reads, speakers.dialogue) or in the third person, as someone standing by:

    "I saw him go, as my friend Ned here will tell you."

A person whom a quotation shows to be present ("Ned here" as the subject of a verb) and
whom the narration never names is the one person of the scene the narration calls "I".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Doc, Token

    from quotekit.resolution import SpeakerResolver

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def present_person(
    doc: Doc,
    resolver: SpeakerResolver,
    speakers: Collection[str],
    narrators: Sequence[tuple[int, int]],
) -> str | None:
    """The one person that quotations show to be present ('my friend Ned here will tell you')
    and that the narration never names, nor any quotation gives as its speaker; None where
    there is no such person or more than one. ``narrators``: the character spans of the
    narrator's own quotations, where "X here" is someone else."""
    quoted_only: dict[str, bool] = {}
    for m in resolver.mentions:
        name = m.entity.name
        quoted_only[name] = quoted_only.get(name, True) and m.quoted
    found = set()
    for m in resolver.mentions:
        name = m.entity.name
        if not quoted_only[name] or name in speakers or m.end >= len(doc):
            continue
        start = doc[m.start].idx
        if any(s <= start < e for s, e in narrators):
            continue
        if _here_as_subject(doc[m.head], doc[m.end]):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _here_as_subject(head: Token, after: Token) -> bool:
    """Whether the name whose head is ``head`` and the word after it read 'X here' as the
    subject of a verb other than "be" ('Ned here will tell you'); not 'Is Tom here?', 'Tom was
    here', which say where someone is or was, nor one of two ('Tom here and I'),
    whose clause is about the speaker's own dealings with them."""
    if after.lower_ != "here" or after.dep_.lower() == "root" or after.head.lemma_ == "be":
        return False
    if any(child.dep_ == "cop" for child in after.children):
        return False
    if head.dep_ in ("flat", "appos", "compound"):
        head = head.head  # ('my old friend Ned here will tell you': the name beside the noun)
    return head.dep_ in _SUBJECTS and head.head.lemma_ != "be"
