"""Speaker resolution: Doc + speaker mentions -> one canonical name per entity.

A heuristic in the tradition of rule-based coreference (Lee et al. 2013, "Deterministic
coreference resolution based on entity-centric, precision-ranked rules"), kept to what quote
attribution needs:

1. Name mentions (runs of proper nouns) that share a last word belong to one entity; its name
   is its longest mention ("Lavrov" -> "Sergei Lavrov"). An institution's name runs past "of"
   or "for" ("Bureau of Labor Statistics") and is an entity of its own; a title's office is
   no part of a name ("Secretary of State John Kerry" -> "John Kerry").
2. Role words seen with a name ("Foreign Minister Lavrov", "Sergei Lavrov, Russia's Foreign
   Minister") let a description ("the Russian Foreign Minister") resolve to that name.
3. A pronoun resolves to the most recent person-like entity before it, preferring subjects
   (salience and recency); "it" and "they" prefer entities that are not people; "he" and
   "she" skip a person whose title ("Mr", "Ms", "Sir", "Dame") says otherwise (agreement).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotekit.cue_lexicon import SAYING_CLASSES, quotation_cue_lemmas, verb_lemma
from quotekit.entities import KIN_TITLES, RANKS, Entity, Registry, institution, located
from quotekit.gender import learn_gender
from quotekit.lexicon import (
    DOCUMENT_NOUNS,
    EXCLAIMED_NAMES,
    NOT_APPOSITIONS,
    ORGANISATION_WORDS,
    OTHER_PEOPLE,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    ROLE_QUALIFIERS,
    SUBJ_DEPS,
)
from quotekit.names import (
    RANK_GENDER,
    after_honorific,
    is_headline,
    name_run,
    name_run_end,
    name_word,
    opening_name,
    opens_phrase,
    roles_around,
    run_head,
    run_words,
    saying_word,
    title_gender,
)
from quotekit.records import COREF_KEY
from quotekit.syntax import first_relative, last_main_subject, noun_before_relative

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from spacy.tokens import Doc, Span, Token

_SENTENCE_WINDOW = 4
_BREAKS = re.compile(r"\n\s*")
_QUOTED_WINDOW = 30  # sentences, quoted ones included
_CATAPHORA = 40  # name mentions after a pronoun that opens a text


@dataclass
class _Mention:
    start: int  # token index of the first word
    end: int
    head: int
    entity: Entity
    subject: bool
    quoted: bool = False  # inside a quotation: someone spoken of or to, not a speaker nearby


class SpeakerResolver:
    """Resolves speaker mentions in one document to canonical names."""

    def __init__(self, doc: Doc, quoted: Sequence[bool] | None = None) -> None:
        """``quoted``: for each token, whether it stands inside a quotation (names there are
        passed over by pronouns: "'Go home, Tom,' she said" is not Tom speaking)."""
        self.doc = doc
        self.quoted = quoted if quoted is not None else [False] * len(doc)
        self.mentions: list[_Mention] = []
        self.roles: dict[str, list[tuple[int, Entity]]] = {}
        self.entities = Registry()
        self.sent_start: list[int] = []
        self._collect()
        self._rank_mentions()
        learn_gender(doc, self.mentions, self.quoted, self.sent_start)
        self._starts = [m.start for m in self.mentions]
        # coreference chains from Stanza's model, when it ran: token -> the chain's mentions
        self._chain_of: dict[int, list[Span]] = {}
        for chain in doc.user_data.get(COREF_KEY, ()):
            spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in chain]
            mentions = [m for m in spans if m is not None]
            for m in mentions:
                self._chain_of.setdefault(m.root.i, mentions)

    # ----------------------------------------------------------------- collection
    def _collect(self) -> None:
        """Name mentions are runs of capitalized words holding a proper noun; the parse is
        used only for the subject role, so that a weak parser costs little here."""
        doc = self.doc
        # sentence starts by token, computed once (Token.sent walks the document each time)
        self.sent_start = [0] * len(doc)
        headline_tok = [False] * len(doc)
        for sent in doc.sents:
            in_headline = is_headline(sent)
            for k in range(sent.start, sent.end):
                self.sent_start[k] = sent.start
                headline_tok[k] = in_headline
        starts = self.sent_start
        i = 0
        while i < len(doc):
            if (
                headline_tok[i]
                or saying_word(doc[i])
                or not (name_word(doc[i], opens_phrase(doc, i, starts)) or after_honorific(doc, i))
            ):
                i += 1
                continue
            j = name_run_end(doc, i, starts)
            run = name_run(doc[i : j + 1])
            i = j + 1
            if run is None:
                continue
            if not any(t.pos_ == "PROPN" or starts[t.i] != t.i for t in run):
                continue
            words = run_words(run)
            if all(w.lower() in EXCLAIMED_NAMES for w in words):
                continue  # '"My God," he thought': a cry, no one who speaks
            head = run_head(run)
            gender = title_gender(doc, run.start, words[0])
            kin = run.start > 0 and doc[run.start - 1].lower_.rstrip(".") in KIN_TITLES
            entity = self.entities.entity_for(words, gender, kin)
            entity.add(" ".join(words), self.quoted[head.i])
            roles, titled = roles_around(doc, run.start, run.end)
            # (an institution is no person, subject or not: "The University of Northfield
            # has received ...", so "she" passes over it)
            institution = any(w.lower() in ORGANISATION_WORDS for w in words)
            vouched = titled or _speaker_subject(head)
            entity.vouched = entity.vouched or vouched
            entity.located = entity.located or located(doc, run.start, run.end)
            if not institution and (vouched or (len(words) >= 2 and head.dep_ in SUBJ_DEPS)):
                entity.person = True
            if gender:
                # (one surname for two people, "Mr. Khan" and "Mrs. Khan": no agreement then)
                entity.gender = gender if entity.gender in ("", gender) else "?"
            for role in roles:
                self.roles.setdefault(role, []).append((head.i, entity))
            self.mentions.append(
                _Mention(
                    run.start,
                    run.end,
                    head.i,
                    entity,
                    any(t.dep_ in SUBJ_DEPS for t in run),
                    self.quoted[head.i],
                )
            )

    def _rank_mentions(self) -> None:
        """'The duchess frowned.': a rank in small letters after "the" in the narration, where
        a name of the text bears it ("the Duchess of Ely"), is a mention of that person, whom
        a "she" after it may stand for."""
        doc, found = self.doc, []
        for tok in doc[1:]:
            if tok.lower_ not in RANKS or not tok.is_lower or doc[tok.i - 1].lower_ != "the":
                continue
            entity = self.entities.titled(tok.lower_, ())
            if entity is not None and not self.quoted[tok.i]:
                entity.person = True
                entity.gender = entity.gender or RANK_GENDER.get(tok.lower_, "")
                found.append(_Mention(tok.i - 1, tok.i + 1, tok.i, entity, tok.dep_ in SUBJ_DEPS))
        self.mentions = sorted(self.mentions + found, key=lambda m: m.start)

    # ----------------------------------------------------------------- resolution
    def known_person(self, name: str) -> bool:
        """Whether the resolved name is someone's the text shows to be a person: one who
        speaks, is titled or is spoken of as he or she, or bears a first name of known sex."""
        return any(
            m.entity.name == name and (m.entity.person or m.entity.gender in ("m", "f"))
            for m in self.mentions
        )

    def gender(self, name: str) -> str:
        """ "m" or "f" for the person of that resolved name where known, else ""."""
        for m in self.mentions:
            if m.entity.name == name and m.entity.gender in ("m", "f"):
                return m.entity.gender
        return ""

    def resolve(
        self, span: Span, addressed: Collection[str] = (), speakers: Sequence[str] = ()
    ) -> str | None:
        """The canonical name for a speaker mention, or None. With coreference chains, a
        mention in a chain takes the name of the chain's first mention that has one; without,
        or when none has, the heuristic below decides. ``addressed``: the names of the people
        the quotation speaks to, whom a pronoun ("'Go home, Tom,' she said") does not stand
        for. ``speakers``: the people who spoke the quotations just before, latest first, whom
        a "he" or "she" with nobody of that sex named near stands for first."""
        chain = self._chain_of.get(span.root.i)
        if chain is not None:
            for mention in chain:
                if mention.root.pos_ != "PRON":
                    name = self._resolve_heuristic(mention)
                    if name is not None:
                        return name
        return self._resolve_heuristic(span, addressed, speakers)

    def _resolve_heuristic(
        self, span: Span, addressed: Collection[str] = (), speakers: Sequence[str] = ()
    ) -> str | None:
        root = span.root
        if root.pos_ == "PRON":
            return self._narration_subject(root, addressed) or self._resolve_pronoun(
                root, avoid=addressed, speakers=speakers
            )
        # mentions are in text order and do not overlap: find them by position
        k = bisect.bisect_right(self._starts, root.i) - 1
        if k >= 0 and self.mentions[k].start <= root.i < self.mentions[k].end:
            return self.mentions[k].entity.name
        # "Tom Varga, a radio host, said", "the bureau's director, Ana M.
        # Reyes, said": a name set off by a comma right beside the mention is its apposition
        apposed = self._apposed(span)
        if apposed is not None:
            return apposed.entity.name
        # "a tally by The Northern Courier", "a report from the Harbor Research Group": a
        # document speaks for its author
        author = self._author(root)
        if author is not None:
            return author.entity.name
        # "Secretary of State Maria Olsen", "Union Director of Government Affairs Ed Mayo":
        # a name after the title is the speaker's
        lo = bisect.bisect_left(self._starts, root.i + 1)
        hi = bisect.bisect_left(self._starts, span.end)
        after = [m for m in self.mentions[lo:hi] if m.end <= span.end]
        if after and root.lower_.rstrip(".") in PERSON_TITLES:
            return after[-1].entity.name
        # "the Russian Foreign Minister": the name last seen with that title
        if (
            root.pos_ == "NOUN"
            or root.lower_.rstrip(".") in PERSON_TITLES
            or span[0].lower_ in ("the", "a", "an")
        ):
            role = root.lemma_.lower().rstrip(".")
            cands = self.roles.get(role) or self.roles.get(root.lower_)
            # "the deputy prime minister": the qualified office, not the minister's
            qualifiers = [t.lower_ for t in span if t.i < root.i and t.lower_ in ROLE_QUALIFIERS]
            if qualifiers:
                cands = self.roles.get(f"{qualifiers[0]} {role}")
                if cands is None and qualifiers[0] in PERSON_TITLES:
                    cands = self.roles.get(qualifiers[0])
            if cands:
                k = bisect.bisect_left([i for i, _ in cands], root.i)
                return (cands[k - 1][1] if k > 0 else cands[0][1]).name
        # "Council member David Okafor": the name inside the mention
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        inside = [m for m in self.mentions[lo:hi] if m.end <= span.end]
        # (but "Clinton's chief pollster", "Trump's supporters" are other people than the
        # possessor; "Clinton's campaign", "Trump's comments" speak for it)
        if inside and root.lemma_.lower() in OTHER_PEOPLE:
            inside = [m for m in inside if self.doc[m.head].dep_ != "nmod:poss"]
        if inside:
            return inside[-1].entity.name
        if root.pos_ == "PROPN":
            entity = self.entities.by_last.get(root.lower_)
            return entity.name if entity is not None else span.text
        # "said the duchess", where "the Duchess" is a name of the text
        # (or "said the countess" after "Countess Varga")
        named = self.entities.titled(root.lower_, PERSON_TITLES)
        if span[0].lower_ == "the" and named is not None:
            return named.name
        # "said the old gentleman": a person the scene has named, as "he" would be
        gender = _PERSON_NOUN_GENDER.get(root.lemma_.lower(), "")
        if gender and span[0].lower_ == "the" and not inside and root.tag_ != "NNS":
            return self._resolve_pronoun(root, gender, addressed, speakers)
        return None

    def _apposed(self, span: Span) -> _Mention | None:
        """The name a description stands in apposition to, set off by commas at the start of
        its clause: "[Tom Varga], a radio host in Bay County, said", "The bureau's
        director, [Ana M. Reyes], said" (not "Mrs. Ruiz, analysts said, ...", nor
        "events in Ohio, the campaign announced"); after the verb the name may end the sentence
        ('"...," said the club's coach, Ana Reyes.', a subject the parser may take for an
        object)."""
        doc, root = self.doc, span.root
        if root.pos_ != "NOUN" or span[0].lower_ in NOT_APPOSITIONS or span[0].pos_ == "NUM":
            return None
        # a name inside the mention is its own ("Ortiz spokesman Dan Lowe"), unless it
        # only modifies it ("Holt's press secretary, Dale Price, ...")
        lo = bisect.bisect_left(self._starts, span.start)
        for inside in self.mentions[lo:]:
            if inside.start >= span.end:
                break
            if doc[inside.head].dep_ not in ("nmod:poss", "compound", "amod"):
                return None

        def opens_clause(i: int) -> bool:
            return i == self.sent_start[i] or doc[i - 1].is_punct

        if span.start >= 2 and doc[span.start - 1].text == ",":
            k = bisect.bisect_right(self._starts, span.start - 2) - 1
            follows = doc[span.end] if span.end < len(doc) else None
            if (
                k >= 0
                and self.mentions[k].end == span.start - 1
                and opens_clause(self.mentions[k].start)
                and (follows is None or follows.pos_ not in ("VERB", "AUX"))
            ):
                return self.mentions[k]
        inverted = root.dep_ in ("nsubj", "nsubj:pass", "obj") and root.head.i == span.start - 1
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            k = bisect.bisect_left(self._starts, span.end + 1)
            after = self.mentions[k] if k < len(self.mentions) else None
            closers = (",", ".", "!", "?") if inverted else (",",)
            if after is not None and after.start == span.end + 1 and after.end < len(doc):
                if doc[after.end].text in closers and (inverted or opens_clause(span.start)):
                    return after
        return None

    def _author(self, root: Token) -> _Mention | None:
        """The name after "by" or "from" on a document noun ("an analysis by Lee Marsh")."""
        if root.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        for child in root.rights:
            if child.dep_ == "nmod" and any(
                c.dep_ == "case" and c.lower_ in ("by", "from") for c in child.children
            ):
                k = bisect.bisect_right(self._starts, child.i) - 1
                if k >= 0 and self.mentions[k].start <= child.i < self.mentions[k].end:
                    return self.mentions[k]
        return None

    def _resolve_pronoun(
        self,
        pron: Token,
        gender: str = "",
        avoid: Collection[str] = (),
        speakers: Sequence[str] = (),
    ) -> str | None:
        """The name a pronoun stands for; ``gender`` for a description of a person that
        stands in for a name like a pronoun ("the old lady")."""
        low = "she" if gender == "f" else "he" if gender else pron.lower_
        if low in ("who", "which", "that"):
            # "Professor Mei Lin, who will lead the project, explained": the relative pronoun
            # stands for the noun before its comma
            # ("Ann Cole, who had come early, and who remarked": the first "who"'s)
            antecedent = noun_before_relative(pron) or noun_before_relative(first_relative(pron))
            if antecedent is None:
                return None
            return self._resolve_heuristic(self.doc[antecedent.i : antecedent.i + 1])
        if low in ("i", "me", "we", "us", "you"):
            return None
        want_person = (
            low in PERSON_PRONOUNS or low not in ("it", "its") and low not in PLURAL_PRONOUNS
        )
        # "Mr Smith told the BBC ... The Prime Minister said ... She added": not Mr Smith
        own_gender = PRONOUN_GENDER.get(low, "")
        other_gender = {"m": "f", "f": "m"}.get(own_gender, "")
        sent_start = self.sent_start[pron.i]
        window_start = self._window_start(pron)
        best: tuple[int, _Mention] | None = None
        unsure: _Mention | None = None
        before = bisect.bisect_left(self._starts, pron.i)
        for m in reversed(self.mentions[max(0, before - 400) : before]):
            if m.head >= pron.i:
                continue
            if m.start < window_start:
                break
            if m.quoted and not self.quoted[pron.i]:
                continue
            if want_person != m.entity.person:
                if unsure is None and own_gender and self._maybe_person(m, other_gender):
                    unsure = m
                continue
            if other_gender and m.entity.gender == other_gender or m.entity.name in avoid:
                continue
            # prefer a person known to agree ("she": a woman by title or narration), then
            # subjects, then recency (a same-sentence mention is nearest)
            agrees = bool(own_gender) and m.entity.gender == own_gender
            score = (3 if agrees else 0) + (2 if m.subject else 0)
            score += 1 if m.head >= sent_start else 0
            if best is None or score > best[0]:
                best = (score, m)
            if m.subject and (agrees or not own_gender):
                break
        if best is None and unsure is not None:
            # ("Inspector Japp was called ... he proceeded": a name the narration made the
            # subject, not yet known to be a person)
            return unsure.entity.name
        if best is None and own_gender:
            return self._known_gender_before(pron, before, own_gender, avoid, speakers)
        return best[1].entity.name if best else None

    def _narration_subject(self, pron: Token, avoid: Collection[str], depth: int = 0) -> str | None:
        """'The countess frowned. "How dull!" she cried.': a "he" or "she" that speaks a quotation
        stands for the one subject of the sentence of narration right before, a person of its
        sex, over people that sentence names otherwise ("Quill looked at Mr. Grey. ... he said");
        not where that sentence has a second subject ("Ann grew so fast that Mary was
        astonished"), nor after narration in the pronoun's own sentence, nor from a question,
        nor from further back than the paragraph before ('Tom waited.' / '"Well?" he said')."""
        gender = PRONOUN_GENDER.get(pron.lower_, "")
        i = self.sent_start[pron.i]
        if pron.lower_ not in ("he", "she") or self.quoted[pron.i] or self._subject_in(i, pron.i):
            return None
        for _ in range(_QUOTED_WINDOW):
            if i == 0:
                return None
            end, i = i, self.sent_start[i - 1]
            narration = [t for t in self.doc[i:end] if not self.quoted[t.i] and t.is_alpha]
            if narration:
                break  # (sentences all quoted are passed over: the turns of the scene)
        else:
            return None
        subjects = [t for t in narration if self._narration_subject_word(t)]
        if self.doc[end - 1].text == "?" or self.doc[end - 2].text == "?":
            return None  # (a question of the narration's is no beat: 'But what if she wins?')
        # ('Sir Tom frowned.', parsed as one name with no subject: its last word)
        opening = None if subjects else opening_name(self.doc[i:end])
        subject = last_main_subject(subjects) if opening is None else opening[-1]
        # (in the quotation's paragraph or the one before)
        if subject is None or len(_BREAKS.findall(self.doc[subject.i : pron.i].text)) > 1:
            return None
        if subject.lower_ == pron.lower_ and depth < 3:
            # ('She sighed. "Dull!" she cried.': the "she" before stands for the same woman)
            found = self._narration_subject(subject, avoid, depth + 1)
            if found is None and subject.head.dep_ == "conj":
                # ('A smile crossed Ann's face, and she looked up.': the "she" of a clause set
                # beside another stands for the woman its sentence names before it)
                found = self._resolve_pronoun(subject, avoid=avoid)
                if found not in self._names_in(self.sent_start[subject.i], subject.i):
                    found = None
            return found
        return self._person_subject(subject, gender, avoid)

    def _names_in(self, start: int, end: int) -> set[str]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return {m.entity.name for m in self.mentions[lo:hi]}

    def _subject_in(self, start: int, end: int) -> bool:
        return any(self._narration_subject_word(t) for t in self.doc[start:end])

    def _narration_subject_word(self, tok: Token) -> bool:
        return tok.dep_ in ("nsubj", "nsubj:pass") and not self.quoted[tok.i]

    def _person_subject(self, subject: Token, gender: str, avoid: Collection[str]) -> str | None:
        """The name of a subject that is a person of sex ``gender`` (or of no known sex); not a
        plural ("Republicans") nor a description set beside a name ("Ann Cole, a Democrat")."""
        if subject.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children
        ):
            return None
        k = bisect.bisect_right(self._starts, subject.i) - 1
        if k >= 0 and self.mentions[k].start <= subject.i < self.mentions[k].end:
            entity = self.mentions[k].entity
            if (
                entity.person
                and entity.gender in ("", gender)
                and not entity.located
                and not institution(entity)
                and entity.name not in avoid
            ):
                return entity.name
            return None
        noun = subject.lemma_.lower()
        noun_gender = _PERSON_NOUN_GENDER.get(noun) or RANK_GENDER.get(noun)
        if subject.pos_ != "NOUN" or noun_gender != gender:
            return None
        first = min(t.i for t in subject.subtree if t.i <= subject.i)
        name = self._resolve_heuristic(self.doc[first : subject.i + 1])
        return name if name not in avoid else None

    def _maybe_person(self, m: _Mention, other_gender: str = "") -> bool:
        """A name the narration made a subject that may be a person's: a proper noun, not in
        capitals (a dateline), not an institution, not a word named once at a sentence start."""
        head = self.doc[m.head]
        return (
            m.subject
            and head.pos_ == "PROPN"
            and not head.is_upper
            and not institution(m.entity)
            and not m.entity.located
            and (not other_gender or m.entity.gender != other_gender)
            and (len(m.entity.names) > 1 or self.sent_start[m.start] != m.start)
        )

    def _known_gender_before(
        self,
        pron: Token,
        before: int,
        gender: str,
        avoid: Collection[str],
        speakers: Sequence[str] = (),
    ) -> str | None:
        """Beyond the window, "she" with nobody named near: the last of the scene's
        ``speakers`` who is a woman ('"Yes," she answered' with only a man named since), else
        the last person named in the narration who is known to be a woman (by title or
        narration), if the text has one; in a text that opens in the middle of a scene, with
        nobody of that sex named before, the first one named after."""
        for name in speakers:
            if name not in avoid and self.gender(name) == gender:
                return name
        for m in reversed(self.mentions[max(0, before - 400) : before]):
            if m.head >= pron.i or m.quoted or not m.entity.person or m.entity.name in avoid:
                continue
            if m.entity.gender == gender:
                return m.entity.name
        if before > 400 or any(
            # (a lone word not known as a person, "Ada", has only its first name's sex)
            m.entity.gender == gender and (m.entity.person or m.entity.given)
            for m in self.mentions[:before]
        ):
            return None
        for m in self.mentions[before : before + _CATAPHORA]:
            if not m.quoted and m.entity.person and m.entity.gender == gender:
                return m.entity.name if m.entity.name not in avoid else None
        return None

    def _window_start(self, tok: Token) -> int:
        """The first token of the sentences a pronoun looks back over: a few sentences of
        narration; sentences inside quotations are not counted (in dialogue the person a
        pronoun stands for was last named before the speeches), up to a limit."""
        sents = seen = 0
        i = self.sent_start[tok.i]
        while i > 0 and sents < _SENTENCE_WINDOW and seen < _QUOTED_WINDOW:
            i = self.sent_start[i - 1]
            seen += 1
            if not self.quoted[i]:
                sents += 1
        return i


# ranks that name their holder, as titles do ("the Duchess", "the Earl")
_PERSON_NOUN_GENDER = {
    **dict.fromkeys("gentleman lad boy fellow husband father son brother uncle".split(), "m"),
    **dict.fromkeys("lady girl wife mother daughter sister aunt".split(), "f"),
}


def _speaker_subject(tok: Token) -> bool:
    # the subject of a verb of saying is a person or an organisation that speaks
    speech = quotation_cue_lemmas(SAYING_CLASSES)
    return tok.dep_ in SUBJ_DEPS and verb_lemma(tok.head.text, tok.head.lemma_, speech) in speech
