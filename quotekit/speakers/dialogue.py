"""Conversation: who speaks a quoted paragraph that no cue attributes, from the turns around it.

In dialogue, as novels and interviews write it, each speaker's turn is a paragraph of its own
and turns alternate between the two people talking:

    "Will you come to the fair?" asked Tom.
    "I cannot," said Anna.
    "Not even for an hour?"            <- Tom again
    "Not even for a minute."           <- Anna again

A paragraph that opens with a quotation and has no cue of its own therefore belongs to the
speaker of the turn before the last one, where the two turns before it are quotations of two
different speakers. News carries the speaker of a quotation forward to the quoted paragraph
that follows it instead (a "floating" quote, speakers.layout); that convention stays where no
exchange is under way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotekit.records import Attribution, QuoteCandidate
from quotekit.speakers.introductions import is_description

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span

    Beat = Callable[[int, bool], "tuple[Span, str | None] | None"]

# attributions read off the text next to the quotation: they name this turn's speaker
_OWN = frozenset({"cue", "cue-after", "colon", "dash", "line"})
# attributions a turn may replace: nothing next to the quotation says who speaks
_OPEN = frozenset({"floating", "none"})
_BREAK = re.compile(r"\n\s*")


@dataclass
class _Turn:
    """A paragraph that holds quotations: one speaker's turn."""

    paragraph: int
    members: list[int]  # the paragraph's quotations that no cue attributes (by index)
    speaker: Span | None = None  # named next to one of its quotations
    name: str | None = None
    given: _Turn | None = None  # the earlier or later turn of the same speaker, by alternation
    addressed: list[tuple[Span, str]] = field(default_factory=list)  # named in its quotations
    by_address: bool = False  # its speaker is the one a turn next to it addresses
    by_beat: bool = False  # its speaker is the one the narration before it is about
    own: list[int] = field(default_factory=list)  # its quotations a cue or layout attributes

    @property
    def key(self) -> str | None:
        source = self if self.given is None else self.given
        if source.speaker is None:
            return None
        return (source.name or source.speaker.text).lower()


def take_turns(
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    names: Sequence[str | None],
    beat: Beat | None = None,
    addressed: Sequence[Sequence[tuple[Span, str]]] | None = None,
) -> list[tuple[Attribution, str | None]]:
    """The attribution and speaker name of each quotation, with the turns of a conversation
    given to their speakers.

    Args:
        text: the document's text, as the rules read it.
        attributed: each candidate with the attribution the source rules gave it.
        names: the resolved name of each attribution's speaker (None where unresolved).
        beat: the person the narration before a quotation is about and its name, from the
            quotation's first character and whether the paragraph before counts
            (speakers.beats); a turn no cue and no exchange attributes takes it.
        addressed: for each candidate, the people its quotation addresses by name, each with
            its resolved name (speakers.vocatives).
    """
    out = [(attr, name) for (_, attr), name in zip(attributed, names, strict=True)]
    turns = _turns(text, attributed, out, addressed)
    conversation = _conversation(turns)
    runs = _runs(turns)
    if conversation:
        _answer_addressed(turns)
    for run in runs:
        _alternate(run, conversation)
    if beat is not None:
        _beats(turns, attributed, beat, conversation)
    if conversation:
        _kin_address(turns, text, attributed)
    if beat is not None or conversation:
        for run in runs:
            _alternate(run, conversation)
    if conversation:
        _reply(turns)
    _settle(turns, out, text, attributed, conversation)
    if conversation:
        _name_the_narrator(turns, out)
        _name_descriptions(turns, out)
    return out


def self_replies(
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    names: Sequence[str | None],
    addressed: Sequence[Sequence[tuple[Span, str]]] | None = None,
) -> list[int]:
    """In a conversation, the quotations whose cue's "he" or "she" resolved to the speaker of
    the quoted paragraph right before, closed: a new paragraph is another speaker's turn, so
    the pronoun stands for someone else of that sex ('"Where?" asked Tom. / "Here," she
    said.' after Ann's turn). Empty for text that is no conversation (news quotes one person
    paragraph after paragraph)."""
    out = [(attr, name) for (_, attr), name in zip(attributed, names, strict=True)]
    if not _conversation(_turns(text, attributed, out, addressed)):
        return []
    return [
        k
        for prev, k in _pronoun_for_the_last_speaker(attributed, names)
        if attributed[k][1].how == "cue"
        and _next_paragraph(text, attributed[prev][0], attributed[k][0])
    ]


def answers(
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    names: Sequence[str | None],
    addressed: Sequence[Sequence[tuple[Span, str]]],
) -> list[tuple[int, str]]:
    """The quotations whose cue's "he" or "she" answers the quotation of the paragraph before,
    which addressed one person by name: that person answers ('"You here, Adrian?" muttered
    Dorian. / "Where else?" he answered.'), not the one who asked or another man named
    nearer, whom the pronoun resolved to. Only with a verb of answering: after an address,
    "she said" is as often the one addressed thinking aloud. Each as (index, the name of the
    person addressed)."""
    found = []
    for prev, k in _pronoun_for_the_last_speaker(attributed, names, same=False):
        cue = attributed[k][1].cue
        if (
            cue is not None
            and cue.lemma_.lower() in _ANSWERING
            and _opens_next_paragraph(text, attributed[prev][0], attributed[k][0])
        ):
            to = {name for _, name in addressed[prev]} - {names[prev]}
            if len(to) == 1:
                found.append((k, to.pop()))
    return found


def same_turn(
    text: str, attributed: Sequence[tuple[QuoteCandidate, Attribution]]
) -> list[tuple[int, int]]:
    """Pairs (previous, k) where quotation k's cue has "he" or "she" and goes on the paragraph
    of quotation ``previous``, whose cue names its speaker, with no other name between
    and no other subject ('"No," said the Colonel. "And you," he went on, "..."'): a paragraph
    is one speaker's turn, so the pronoun is that speaker."""
    pairs = []
    for k in range(1, len(attributed)):
        (prev, before), (cand, attr) = attributed[k - 1], attributed[k]
        speaker, named = attr.speaker, before.speaker
        if (
            speaker is None
            or named is None
            or cand.kind != "direct"
            or prev.kind != "direct"
            or attr.how != "cue"
            or before.how != "cue"
            or speaker.text.lower() not in ("he", "she")
            or named.root.pos_ == "PRON"
            or "\n" in text[prev.end : cand.start]
        ):
            continue
        between = speaker.doc.char_span(prev.end, cand.start, alignment_mode="contract")
        if between is not None and all(
            named.start <= t.i < named.end or t.pos_ != "PROPN" and t.dep_ not in _SUBJECTS
            for t in between
        ):
            pairs.append((k - 1, k))
    return pairs


def _pronoun_for_the_last_speaker(
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    names: Sequence[str | None],
    same: bool = True,
) -> list[tuple[int, int]]:
    """Pairs (previous, k) of direct quotations one after the other where quotation k's
    speaker is "he" or "she" and resolved (if ``same``) to the speaker of the previous one."""
    pairs = []
    prev: int | None = None
    for k, (cand, attr) in enumerate(attributed):
        if cand.kind != "direct":
            continue
        if (
            prev is not None
            and attr.speaker is not None
            and attr.speaker.text.lower() in ("he", "she")
            and names[k] is not None
            and (names[k] == names[prev] or not same)
        ):
            pairs.append((prev, k))
        prev = k
    return pairs


_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})

# verbs of saying that answer ("he answered", "she replied")
_ANSWERING = frozenset({"answer", "reply", "rejoin", "respond", "retort", "return"})


def _opens_next_paragraph(text: str, before: QuoteCandidate, cand: QuoteCandidate) -> bool:
    """Whether ``cand`` opens the paragraph right after the one ``before`` ends in."""
    gap = text[before.end : cand.start]
    return len(_BREAK.findall(gap)) == 1 and not gap[gap.rfind("\n") + 1 :].strip()


def _next_paragraph(text: str, before: QuoteCandidate, cand: QuoteCandidate) -> bool:
    """Whether quotation ``before`` fills the end of its paragraph, closed, with no words
    after it (a turn no cue follows), and ``cand`` opens the next paragraph. (After '"No,"
    said Ann.' a 'she said' of the next paragraph is as often Ann thinking aloud.)"""
    if not before.end or text[before.end - 1] not in _CLOSING:
        return False
    return not text[before.end : cand.start].strip() and _opens_next_paragraph(text, before, cand)


_CLOSING = frozenset('"\u201d')


def _settle(
    turns: list[_Turn],
    out: list[tuple[Attribution, str | None]],
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    conversation: bool,
) -> None:
    """Write each turn's speaker into the attributions of its quotations."""
    for turn in turns:
        if turn.by_address and turn.speaker is not None:
            for k in turn.members:
                out[k] = (Attribution(turn.speaker, None, "addressed"), turn.name)
        elif turn.by_beat and turn.speaker is not None:
            for k in turn.members:
                out[k] = (Attribution(turn.speaker, None, "narration"), turn.name)
        elif turn.given is not None:
            given = turn.given
            for k in turn.members:
                out[k] = (Attribution(given.speaker, None, "turn"), given.name)
        elif conversation:
            # in dialogue a new paragraph is a new speaker's: the speaker of the quoted
            # paragraph before is not carried forward (news's floating quote)
            for k in turn.members:
                if out[k][0].how == "floating" and _after_a_closed_turn(text, attributed, k):
                    out[k] = (Attribution(None, None, "none"), None)
            _one_speaker_a_paragraph(turn, out)


def _one_speaker_a_paragraph(turn: _Turn, out: list[tuple[Attribution, str | None]]) -> None:
    """In dialogue a paragraph is one speaker's turn: its quotations that nothing attributes
    are those of the one person its cues name, wherever in the paragraph ('Tom turned to Ann.
    "Sit down." He paused. "I have news," said Tom.')."""
    if turn.speaker is None or len({(out[k][1] or "").lower() for k in turn.own}) != 1:
        return
    for k in turn.members:
        if out[k][0].how == "none" and out[k][0].speaker is None:
            out[k] = (Attribution(turn.speaker, None, "paragraph"), turn.name)


def _after_a_closed_turn(
    text: str, attributed: Sequence[tuple[QuoteCandidate, Attribution]], k: int
) -> bool:
    """Whether the quotation before quotation k closes its paragraph (a paragraph that opens a
    quotation after an unclosed one goes on with the same speaker)."""
    if k == 0:
        return False
    prev = attributed[k - 1][0]
    return "\n" in text[prev.end : attributed[k][0].start]


def _beats(
    turns: list[_Turn],
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    beat: Beat,
    conversation: bool,
) -> None:
    """The person the narration before a turn is about speaks it, where nothing next to it
    names a speaker; the turns of an exchange that follows alternate from there."""
    for turn in turns:
        if turn.key is None and turn.members:
            found = beat(attributed[turn.members[0]][0].start, conversation)
            if found is not None:
                turn.speaker, turn.name = found
                turn.by_beat = True


def _name_the_narrator(turns: list[_Turn], out: list[tuple[Attribution, str | None]]) -> None:
    """A first-person narrator's name, from what the others call them: the full name a turn
    next to one of the narrator's addresses ('"Mr. Hastings, you do not think ..."'), where nobody
    of that name speaks in the third person; it names every "I" who speaks."""

    def narrator(turn: _Turn) -> bool:
        source = turn.given or turn
        return source.speaker is not None and source.speaker.text.lower() in _FIRST_PERSON

    # (a turn given to the person the turn next to it addresses does not count: that may be
    # the narrator, answering to their name)
    third = {t.key for t in turns if t.key and not narrator(t) and not t.by_address}
    votes: Counter[str] = Counter()
    for i, turn in enumerate(turns):
        if not narrator(turn):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(turns) and abs(turns[j].paragraph - turn.paragraph) == 1:
                if not narrator(turns[j]):
                    # (a name of two words or with its title: "Mr. Hastings", "Alexis
                    # Ivanovitch"; a lone word may be a cry, "Bah!", or a servant's name)
                    votes.update(
                        n
                        for span, n in turns[j].addressed
                        if n.lower() not in third and len(span.text.split()) > 1
                    )
    if not votes:
        return
    name = votes.most_common(1)[0][0]
    for k, (attr, _) in enumerate(out):
        if attr.speaker is not None and attr.speaker.text.lower() in _FIRST_PERSON:
            out[k] = (attr, name)


_FIRST_PERSON = frozenset({"i", "me"})


def _name_descriptions(turns: list[_Turn], out: list[tuple[Attribution, str | None]]) -> None:
    """A description no name resolved ("said the painter") speaks the turn that the turns
    next to it address by name ('"Tell me, Basil."' / '"Sit down, Dorian," said the painter.'):
    the other person of the exchange. Every quotation of that description ("the painter")
    takes the name, where the turns next to its own address it more than all others."""
    votes: dict[str, Counter[str]] = {}
    for i, turn in enumerate(turns):
        if turn.speaker is None or turn.name is not None or turn.given is not None:
            continue
        key = _description(turn.speaker)
        if key is None:
            continue
        own = {name.lower() for _, name in turn.addressed}
        for j in (i - 1, i + 1):
            if 0 <= j < len(turns) and abs(turns[j].paragraph - turn.paragraph) == 1:
                other = turns[j]
                votes.setdefault(key, Counter()).update(
                    name
                    for _, name in other.addressed
                    if name.lower() not in own and name.lower() != other.key
                )
    named = {}
    for key, c in votes.items():
        (top, n), *rest = c.most_common() or [("", 0)]
        if n > sum(m for _, m in rest):
            named[key] = top
    for k, (attr, name) in enumerate(out):
        if name is None and attr.speaker is not None:
            found = named.get(_description(attr.speaker) or "")
            if found is not None:
                out[k] = (attr, found)


def _kin_address(
    turns: list[_Turn],
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
) -> None:
    """A turn that calls someone by a kinship word ("Yes, papa.", "Mother, look!") is the
    turn of whoever else in the text calls them so, where one named speaker alone does: only
    the child says "papa" to the father."""
    words: list[set[str]] = []
    users: dict[str, set[str]] = {}
    source: dict[str, _Turn] = {}
    for turn in turns:
        said: set[str] = set()
        for k in turn.members + turn.own:
            cand = attributed[k][0]
            said.update(m.group(1).lower() for m in _KIN.finditer(text, cand.start, cand.end))
        words.append(said)
        if turn.key is not None and turn.given is None and said:
            for word in said:
                users.setdefault(word, set()).add(turn.key)
                source.setdefault(word, turn)
    for turn, said in zip(turns, words, strict=True):
        if turn.key is not None or not turn.members:
            continue
        known = [w for w in sorted(said) if len(users.get(w, ())) == 1]
        if known:
            turn.given = source[known[0]]
    _kin_addressed(turns, words, users)


def _kin_addressed(turns: list[_Turn], words: list[set[str]], users: dict[str, set[str]]) -> None:
    """The person a kinship word calls ("papa") is the named speaker of a turn next to one that
    says it, where one person alone is; a turn next to one that says it and that nobody names
    is theirs ('"Is it late, papa?"' / '"Not yet, my dear."')."""
    called: dict[str, dict[str, _Turn]] = {}
    for i, said in enumerate(words):
        for j in (i - 1, i + 1):
            if not said or not 0 <= j < len(turns) or not _next_to(turns[i], turns[j]):
                continue
            other = turns[j]
            if other.key is not None and not any(other.key in users.get(w, ()) for w in said):
                for word in said:
                    called.setdefault(word, {})[other.key] = other.given or other
    for i, said in enumerate(words):
        for word in sorted(said):
            if len(called.get(word, {})) != 1:
                continue
            (person,) = called[word].values()
            for j in (i - 1, i + 1):
                if 0 <= j < len(turns) and _next_to(turns[i], turns[j]):
                    if turns[j].key is None and turns[j].members:
                        turns[j].given = person


def _next_to(a: _Turn, b: _Turn) -> bool:
    return abs(a.paragraph - b.paragraph) == 1


# a kinship word set off as an address: after a mark or a quotation's opening, before a mark
_KIN = re.compile(
    r"(?:^|[\"\u201c,;.!?]\s*|--)"
    r"(papa|mamma|mama|mother|father|grandmamma|grandmama|grandpapa|uncle|aunt)"
    r"(?=\s*(?:[,;.!?\"\u201d]|--))",
    re.IGNORECASE,
)


def _description(span: Span) -> str | None:
    """'the painter', 'the young man': a definite description of one person, lowercased."""
    return span.text.lower() if is_description(span) else None


def _turns(
    text: str,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    out: Sequence[tuple[Attribution, str | None]],
    addressed: Sequence[Sequence[tuple[Span, str]]] | None,
) -> list[_Turn]:
    turns: list[_Turn] = []
    paragraph, pos = 0, 0
    for i, (cand, _) in enumerate(attributed):
        if cand.kind != "direct":
            continue
        paragraph += len(_BREAK.findall(text, pos, cand.start))
        pos = cand.start
        if not turns or turns[-1].paragraph != paragraph:
            turns.append(_Turn(paragraph, []))
        turn = turns[-1]
        if addressed is not None:
            turn.addressed.extend(addressed[i])
        attr, name = out[i]
        if attr.how in _OWN and attr.speaker is not None:
            if turn.speaker is None:
                turn.speaker, turn.name = attr.speaker, name
            turn.own.append(i)
        elif attr.how in _OPEN:
            turn.members.append(i)
    return turns


def _runs(turns: list[_Turn]) -> list[list[_Turn]]:
    """Turns in paragraphs that follow one another with no paragraph of narration between."""
    runs: list[list[_Turn]] = []
    for turn in turns:
        if runs and runs[-1][-1].paragraph == turn.paragraph - 1:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    return [run for run in runs if len(run) >= 3]


def _alternate(run: list[_Turn], conversation: bool = False) -> None:
    """Give each turn without a named speaker the speaker two turns away, where the turns
    between say that two people alternate; repeated, so that an exchange is followed through."""
    changed = True
    while changed:
        changed = False
        for i, turn in enumerate(run):
            if turn.key is not None or not turn.members:
                continue
            source = _partner(run, i, conversation)
            if source is not None:
                turn.given = source if source.given is None else source.given
                changed = True


def _conversation(turns: list[_Turn]) -> bool:
    """Whether the document is written as conversation (a novel, an interview): turns of
    different named speakers follow one another often. News quotes its people paragraphs
    apart, and a quoted paragraph after another goes on with the same speaker."""
    named = [t for t in turns if t.speaker is not None]
    exchanges = sum(
        1
        for a, b in zip(named, named[1:], strict=False)
        if b.paragraph == a.paragraph + 1 and a.key != b.key
    )
    if exchanges >= _MIN_EXCHANGES and exchanges >= _EXCHANGE_SHARE * (len(named) - 1):
        return True
    # a novel names few of its speakers but sets turn after turn in paragraphs of their own:
    # most quoted paragraphs follow another, and two named speakers take turns somewhere
    back_to_back = sum(
        1 for a, b in zip(turns, turns[1:], strict=False) if b.paragraph == a.paragraph + 1
    )
    return exchanges >= 1 and back_to_back >= max(_MIN_BACK_TO_BACK, len(turns) / 2)


_MIN_EXCHANGES = 3
_EXCHANGE_SHARE = 0.2
_MIN_BACK_TO_BACK = 8
_REPLY_WINDOW = 8  # turns back to the person a reply answers
_INTERLUDE = 2  # paragraphs of narration an exchange goes on over


def _reply(turns: list[_Turn]) -> None:
    """In conversation, a turn right after another that names nobody is the reply of the
    other person: the last speaker before it who is not the one it answers. A paragraph or two
    of narration that names no one between them does not end the exchange ('"I put it to you
    that you did." / The manner frightened the witness. / "I suppose I did."')."""
    for i, turn in enumerate(turns):
        if turn.key is not None or not turn.members or i == 0:
            continue
        prev = turns[i - 1]
        if turn.paragraph - prev.paragraph > 1 + _INTERLUDE or prev.key is None:
            continue
        for j in range(i - 2, max(-1, i - 2 - _REPLY_WINDOW), -1):
            other = turns[j]
            if other.key is not None and other.key != prev.key:
                turn.given = other if other.given is None else other.given
                break


def _answer_addressed(turns: list[_Turn]) -> None:
    """A turn that names nobody, next to a turn that addresses someone by name, is that
    person's ("Do sit down, Harriet." / "Thank you."), where the turn addressing them is not
    their own and this turn does not address them itself."""
    for i, turn in enumerate(turns):
        if turn.speaker is not None or not turn.members:
            continue
        own = {name.lower() for _, name in turn.addressed}
        found: dict[str, tuple[Span, str]] = {}
        for j in (i - 1, i + 1):
            if not 0 <= j < len(turns) or abs(turns[j].paragraph - turn.paragraph) != 1:
                continue
            other = turns[j]
            for span, name in other.addressed:
                key = name.lower()
                if key not in own and key != other.key:
                    found.setdefault(key, (span, name))
        if len(found) == 1:
            turn.speaker, turn.name = next(iter(found.values()))
            turn.by_address = True


def _partner(run: list[_Turn], i: int, conversation: bool = False) -> _Turn | None:
    """The turn two away whose speaker this turn's is: forward A, B, ? -> A; backward ?, B, A
    -> A. In a conversation, where turns alternate throughout, the turn between may be of a
    speaker not yet known (A, ?, ? -> A)."""

    def key(k: int) -> str | None:
        return run[k].key if 0 <= k < len(run) else None

    for two, one in ((i - 2, i - 1), (i + 2, i + 1)):
        a, b = key(two), key(one)
        if a is not None and a != b and (b is not None or conversation):
            return run[two]
    return None
