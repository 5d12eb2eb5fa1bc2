"""The sex of the people a document names, where no title says it: from first names and from the
narration's "he" and "she".

In a sentence outside quotations whose only named person is its subject, "he" or "she", "his"
or "her" mostly stand for that person ("Anna shook her head"); so do the subject pronouns of the
sentence after, when it names no one ("He did not try to see her."). A clear majority decides.
This is the gender half of speaker resolution (``resolution.py``), which passes its name
mentions here once per document.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Protocol

from quotekit.entities import Entity, institution
from quotekit.lexicon import PRONOUN_GENDER, SUBJ_DEPS
from quotekit.names import feminine_ending, first_name_sex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token


class NameMention(Protocol):
    """What gender learning reads of a name mention."""

    head: int  # token index of the name's head word
    entity: Entity
    subject: bool  # a subject in its sentence
    quoted: bool  # inside a quotation


def learn_gender(
    doc: Doc, mentions: Sequence[NameMention], quoted: Sequence[bool], sent_start: Sequence[int]
) -> None:
    """Set ``gender`` (and ``person`` where the narration speaks of one as he or she) on the
    entities of ``mentions``; ``quoted`` and ``sent_start`` are per token."""
    _Learner(doc, mentions, quoted, sent_start).learn()


class _Learner:
    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[NameMention],
        quoted: Sequence[bool],
        sent_start: Sequence[int],
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.quoted = quoted
        self.sent_start = sent_start

    def learn(self) -> None:
        """The gender of a person no title marks, from the narration: in a sentence (outside
        quotations) whose only named person is its subject, "he" or "she", "his" or "her"
        mostly stand for that person ("Anna shook her head"). A clear majority decides."""
        for entity in {id(m.entity): m.entity for m in self.mentions}.values():
            if entity.place:
                # ("New York was shocked ... her": a place the narration speaks of as a
                # person is still no one who speaks)
                entity.person = False
            # a first name most of whose bearers are of one sex ("Emma Hale", "Henry")
            single = all(len(n.split()) == 1 for n in entity.names)
            given = entity.given or (entity.name if single else "")
            if not entity.gender and given:
                entity.gender = first_name_sex(given)
        votes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        after: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        own: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        entities = self._gender_votes(votes, after, own)
        for key, (male, female) in votes.items():
            if _clear(own[key][0], own[key][1], 2):
                # the pronouns in the subject's own clause first ("Archer pressed his lips",
                # not "Archer listened, and she went on")
                male, female = own[key]
            if _clear(male, female, 2):
                # (only people are "he" or "she" in the narration)
                entities[key].gender = "m" if male > female else "f"
                entities[key].person = True
        for key, (male, female) in after.items():
            # (with the pronouns of the sentence after: a weaker sign, so more of them)
            male, female = male + votes[key][0], female + votes[key][1]
            if not entities[key].gender and _clear(male, female, 3):
                entities[key].gender = "m" if male > female else "f"
        for m in self.mentions:
            if m.subject and not m.entity.gender and feminine_ending(m.entity.given):
                # ("Polina Alexandrovna": a first name no list has, the narration no clear say;
                # a subject somewhere, not a name that only modifies, "the Boca Raton office")
                m.entity.gender = "f"

    def _gender_votes(
        self, votes: dict[int, list[int]], after: dict[int, list[int]], own: dict[int, list[int]]
    ) -> dict[int, Entity]:
        """Count the he's and she's of the sentences whose only named subject is a person of
        no known sex (``votes``), and of the sentences after them that name no one
        (``after``); return the entities counted, by id."""
        entities: dict[int, Entity] = {}
        by_sent: dict[int, list[NameMention]] = {}
        for m in self.mentions:
            if not m.quoted:
                by_sent.setdefault(self.sent_start[m.head], []).append(m)
        last: Entity | None = None  # the sole named subject of the sentence before
        for sent in self.doc.sents:
            mentions = by_sent.get(sent.start, [])
            subjects = {id(m.entity): m.entity for m in mentions if m.subject}
            others = {id(m.entity) for m in mentions if m.entity.person} - set(subjects)
            if not mentions and last is not None:
                # "Archer heard nothing from her. He did not try to see her.": the subject
                # pronoun of a sentence naming no one is the last one's subject
                g = self._subject_pronoun_gender(sent)
                if g:
                    after[id(last)][0 if g == "m" else 1] += 1
                    entities[id(last)] = last
            last = None
            if len(subjects) != 1:
                continue
            entity = next(iter(subjects.values()))
            if entity.gender or institution(entity) or entity.place:
                continue
            last = entity if entity.person else None
            if others:
                continue
            tally = votes[id(entity)]
            near = own[id(entity)]
            entities[id(entity)] = entity
            verb = next(self.doc[m.head] for m in mentions if m.subject).head
            for tok in sent:
                # "he", "she", "himself", "his" and a possessive "her": an object "him" or
                # "her" is more often someone else ("Tom asked her")
                low = tok.lower_
                if self.quoted[tok.i] or low in ("him", "her") and tok.dep_ != "nmod:poss":
                    continue
                g = PRONOUN_GENDER.get(low, "")
                if g:
                    tally[0 if g == "m" else 1] += 1
                    if _in_clause_of(tok, verb):
                        near[0 if g == "m" else 1] += 1
        return entities

    def _subject_pronoun_gender(self, sent: Span) -> str:
        """ "m" or "f" where the subject of the sentence's main verb is "he" or "she"."""
        root = sent.root
        for tok in root.children:
            if tok.dep_ in ("nsubj", "nsubj:pass") and not self.quoted[tok.i]:
                return PRONOUN_GENDER.get(tok.lower_, "") if tok.lower_ in ("he", "she") else ""
        return ""


def _clear(male: int, female: int, least: int) -> bool:
    """A clear majority of at least ``least`` votes, four to one."""
    return max(male, female) >= least and min(male, female) * 4 <= max(male, female)


def _in_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` stands in the clause of ``verb``, no other subject's clause between."""
    if tok.dep_ in SUBJ_DEPS and tok.head.i != verb.i:
        return False  # the subject of a clause of its own ("and she laughed")
    node = tok
    for _ in range(20):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i != verb.i and any(c.dep_ in SUBJ_DEPS and c.i != tok.i for c in node.children):
            return False
    return False
