"""The people and institutions one document names: which names belong to one entity.

Names that share a last word belong to one entity ("Lavrov", "Sergei Lavrov"), unless the
first names or the titles say they are two people of one family ("Mary Cavendish", "John
Cavendish"; "Mrs. Archer", "Newland Archer"). The entity's name is its longest name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotekit.lexicon import ORGANISATION_WORDS
from quotekit.names import RANK_GENDER, first_name_sex

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc

# the titles of a wife, a mother or a daughter of a family ("Mrs. Archer", "Miss Archer")
KIN_TITLES = frozenset({"mrs", "miss"})


@dataclass
class Entity:
    """A person or an institution the document names, with all its names."""

    names: list[str] = field(default_factory=list)
    person: bool = False
    name: str = ""  # the longest name, kept as names are added
    gender: str = ""  # "m" or "f" where titles say so ("Mr Smith", "Ms Reeves"); "?" if both
    named_outside: bool = False  # a mention outside quotations gave its name
    given: str = ""  # the first word of its first name of two words or more ("mary")
    located: bool = False  # named after "in" or "into": a place ("in New York")
    vouched: bool = False  # titled or the subject of a verb of saying: a person

    @property
    def place(self) -> bool:
        """Named as a place and never vouched for as a person."""
        return self.located and not self.vouched

    def add(self, name: str, quoted: bool = False) -> None:
        """Add a mention's name; the entity's name is its longest, taken from the narration
        where the narration names it (inside quotations people are addressed and spoken of
        in other ways: "O Mouse", "Now Mary")."""
        self.names.append(name)
        if quoted and self.named_outside:
            return
        longer = (len(name.split()), len(name)) > (len(self.name.split()), len(self.name))
        if longer or not quoted and not self.named_outside:
            self.name = name
        self.named_outside = self.named_outside or not quoted


class Registry:
    """The entities of one document, found by the words of their names."""

    def __init__(self) -> None:
        self.by_last: dict[str, Entity] = {}
        self.by_word: dict[str, Entity] = {}
        self.by_whole: dict[str, Entity] = {}
        self.family: dict[str, list[Entity]] = {}  # the people who share a last word

    def titled(self, word: str, titles: Collection[str]) -> Entity | None:
        """The one entity a title or rank in small letters stands for ("said the duchess",
        where "the Duchess" or "Duchess Varga" is a name of the text), or None."""
        named = self.by_whole.get(word) or self.by_last.get(word) or self.by_word.get(word)
        if (
            (word in titles or word in RANKS)
            and named is not None
            and (word in single_words(named) or _opens_a_name(word, named))
        ):
            return named
        return None

    def entity_for(self, words: list[str], gender: str = "", kin: bool = False) -> Entity:
        """The entity this name belongs to: one sharing its last word ("Lavrov", "Sergei
        Lavrov"), or, for surname-first names, one whose name holds it ("Xi", "Xi Jinping")."""
        low = [w.lower() for w in words]
        if "of" in low or "for" in low:
            # an institution ("Campaign for Ortiz") is not the person it names: it is one
            # entity with its whole name
            return self.by_whole.setdefault(" ".join(low), Entity())
        entity = self.by_last.get(low[-1])
        if entity is None and len(low) == 1:
            entity = self.by_word.get(low[0])  # "Xi" after "Xi Jinping"
        if entity is None and len(low) > 1:
            # "Xi Jinping" after "Xi": an entity known by one word only, which this name holds
            for w in low:
                e = self.by_word.get(w)
                if e is not None and all(len(n.split()) == 1 for n in e.names):
                    if w == low[0] and first_name_sex(w):
                        # ("Charles" before "Charles Hayter": a first name that may be
                        # another man's; "Xi" before "Xi Jinping" is a surname)
                        break
                    entity = e
                    break
        entity = self._relative(low, gender, entity, kin)
        if entity is None:
            entity = Entity()
        if len(low) > 1 and not entity.given and low[0].rstrip(".") not in RANK_GENDER:
            entity.given = low[0]
            # (known now, so that "Mr. Beebe" does not join "Minnie Beebe")
            entity.gender = entity.gender or first_name_sex(low[0])
        family = self.family.setdefault(low[-1], [])
        if entity not in family:
            family.append(entity)
        self.by_last.setdefault(low[-1], entity)
        for w in low:
            self.by_word[w] = entity
        return entity

    def _relative(
        self, low: list[str], gender: str, entity: Entity | None, kin: bool = False
    ) -> Entity | None:
        """Another person of the family where the name says so: "Mary Cavendish" is not
        "John Cavendish", nor "Mrs. Archer" the "Newland Archer" known as a man. None for a
        new person. ``kin``: the name follows "Mrs." or "Miss", the titles of a wife, a
        mother or a daughter of the family."""
        if entity is None or any(w in ORGANISATION_WORDS for w in low):
            return entity
        family = self.family.get(low[-1], [])
        if len(low) > 1 and entity.given and not same_person(entity, low):
            return next((e for e in family if e.given and same_person(e, low)), None)
        if len(low) > 1 and not gender:
            # "Minnie Beebe" after "Mr. Beebe"; "Newland Archer" after "Mrs. Archer", a
            # first name of no known sex after a woman's title (a man's full name follows his
            # title in news: "Mr. Putin", "Vladimir V. Putin")
            sex = first_name_sex(low[0])
            if sex and entity.gender not in ("", "?", sex):
                return next((e for e in family if e.gender == sex), None)
            if not sex and not entity.given and entity.gender == "f":
                return next((e for e in family if e.given and same_person(e, low)), None)
        if len(low) == 1 and gender and entity.gender not in ("", "?", gender):
            return next((e for e in family if e.gender in ("", gender)), None)
        if len(low) == 1 and kin and entity.given and not entity.gender:
            # "Mrs. Archer" after "Newland Archer", a first name of no known sex: his mother
            # or wife, the woman of the family known already or a new one where he is its
            # only member ("Ms. Moore" after "Minyon Moore" is the same woman in news)
            woman = next((e for e in family if e.gender == "f"), None)
            if woman is not None or len(family) == 1:
                return woman
        if len(low) == 1 and not gender and not entity.given:
            # a bare surname is the one of the family called by a full name ("Archer")
            return next((e for e in reversed(family) if e.given), entity)
        return entity


def same_person(entity: Entity, low: list[str]) -> bool:
    """Whether a name of two words or more may be the entity's: its first name is among the
    entity's words ("Pena Nieto", "Enrique Pena Nieto"), or theirs among its own, or the two
    share an initial ("J. Smith", "John Smith")."""
    words = {w.lower() for n in entity.names for w in n.split()}
    if low[0] in words or entity.given in low:
        return True
    a, b = entity.given, low[0]
    return (a.endswith(".") or b.endswith(".")) and a[0] == b[0]


def _opens_a_name(rank: str, entity: Entity) -> bool:
    """Whether a rank opens one of the entity's names ("Countess Varga")."""
    return rank in RANKS and any(n.lower().startswith(rank + " ") for n in entity.names)


RANKS = frozenset("duke duchess count countess earl baron baroness marquis emperor".split())


def single_words(entity: Entity) -> set[str]:
    return {w.lower() for n in entity.names if len(n.split()) == 1 for w in n.split()}


def located(doc: Doc, start: int, end: int) -> bool:
    """Whether the name between tokens ``start`` and ``end`` is a place's: it ends in a word
    for a place ("Summer Street") or follows "in" or "into" ("in New York"; not "in Anne's
    room")."""
    if doc[end - 1].lower_ in _PLACE_WORDS:
        return True
    if start == 0 or doc[start - 1].lower_ not in ("in", "into"):
        return False
    return end >= len(doc) or doc[end].lower_ not in ("'s", "\u2019s")


_PLACE_WORDS = frozenset(
    "street square road lane avenue terrace crescent gardens church cathedral station abbey".split()
)


def institution(entity: Entity) -> bool:
    return any(w.lower() in ORGANISATION_WORDS for n in entity.names for w in n.split())
