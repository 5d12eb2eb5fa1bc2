"""Topics: what is never a topic. A pronoun, a vague head ("the only thing", "a point"), a time,
the one told or called on ('"Judge," Lee said', '"Friends, we will rebuild"'), the speaker's own
name, the one who speaks a quotation the quote holds; and, for the pronouns a quotation's topic
may stand behind, which names they cannot be.

Part of the topics stage: ``quotekit.topics`` gathers and ranks the candidates and asks this
module which to pass over.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from quotekit.cue_lexicon import ADDRESSEE_CUES, REPORTING_CLASSES, cue_class_of, cue_lemma
from quotekit.lexicon import (
    ALL_MARKS,
    EXCLAIMED_NAMES,
    OTHER_PEOPLE,
    PEOPLE_NOUNS,
    PERSON_TITLES,
    PRONOUN_WORDS,
    THIRD_PERSON_SINGULAR,
    TIME_WORDS,
    TITLE_GENDER,
    VAGUE_HEADS,
    VAGUE_SINGULAR,
    is_quote_mark,
)
from quotekit.names import first_name_sex
from quotekit.records import Attribution, QuoteCandidate, input_text
from quotekit.subtrees import left_edge
from quotekit.topic_cues import in_quote
from quotekit.topic_phrases import in_order, infinitive_of, noun_tagged_verb, verb_tagged_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_MARK_CHARS = "".join(sorted(ALL_MARKS)) + "'"
_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass"})
NAME_PARTS = frozenset({"flat", "flat:name", "compound"})
# adjectives that count or pick people out rather than say what they share
_COUNTING_ADJECTIVES = frozenset(
    "many few more most other several certain same different various some real good bad".split()
)
# the pronouns of a sentence spoken to or as someone, where a name after a comma calls on them
_SPOKEN_TO = frozenset("you your i me my we us our".split())
# people whom only a relative clause names: "people who are bullied", "those who backed Lee"
WHO_HEADS = frozenset({"people", "those"})
# what makes a name called on in a formula a name spoken of: "the God of the Bible"
_HELD = frozenset({"det", "amod", "nmod", "nmod:poss", "acl", "acl:relcl"})
_FORMULA_VERBS = frozenset({"forbid", "bless", "help", "know"})  # "God forbid", "God knows"
_CALLING = frozenset({"oh", "o", "my", "good"})  # "Oh my God", "Good Lord": the call itself
_CALLING_CUES = frozenset({"urge", "ask"})  # cues that call the one told to act


def plural(tok: Token) -> bool:
    """A plural noun, which a "they" may stand for: "the fees", "Ortiz and Lee"."""
    if tok.pos_ not in _NOMINAL or tok.lower_ in PRONOUN_WORDS:
        return False
    return tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" and c.pos_ in _NOMINAL for c in tok.children
    )


def marked_person(name: Token) -> bool:
    """A name that shows it is a person's: a title or an honorific on it ("Mr. Clinton",
    "Senator Ortiz") or a first name that is a man's or a woman's before a family name
    ("Emma Lee"; not a place that opens on one, "Virginia Beach")."""
    titled = [name, *(c for c in name.children if c.dep_ in (*NAME_PARTS, "nmod:desc"))]
    # (a title the parse made the head: "Mr./nsubj Clinton/flat")
    if name.head.i != name.i and name.dep_ in ("flat", "flat:name"):
        titled.append(name.head)
    if any(w.lower_.rstrip(".") in PERSON_TITLES for w in titled):
        return True
    # (a first name alone may be a place's as well: "Florida", "Georgia")
    words = [name, *(c for c in name.children if c.dep_ in ("flat", "flat:name"))]
    return len(words) > 1 and bool(first_name_sex(min(words, key=lambda w: w.i).text))


def own_name_words(words: list[str]) -> set[str]:
    """The words of a speaker's name, lowercased, without the titles before it: "Mr. Lee"
    names Lee, not every "Mr."; but a title word that ends the name is the name ("King" of
    "Steve King", "Senator King")."""
    kept = [w.lower() for w in words if w.strip(".,")]
    last = len(kept) - 1
    return {w for k, w in enumerate(kept) if k == last or w.rstrip(".") not in PERSON_TITLES}


def named_as(name: Token, own: AbstractSet[str], pronoun: str) -> bool:
    """A name that is the speaker's own ("Tom Lee" for a quote by Lee), whichever of
    its words the parse made its head, or, given a pronoun, whose title or first name is not
    a "he" or a "she" as the pronoun is ("Mrs. Lee" or "Tom Lee" for "he"), or a person's at
    all for "it", or, for a "he" or a "she", a name that takes "the" ("the FBI")."""
    # the words of one person's name, not a name it qualifies ("the Lee Foundation")
    words = [name, *(c for c in name.children if c.dep_ in ("flat", "flat:name"))]
    if any(w.lower_ in own for w in words):
        return True
    if not pronoun:
        return False
    given = min(words, key=lambda w: w.i)
    if pronoun == "it":
        return bool(first_name_sex(given.text))  # "it" is no person
    if pronoun in THIRD_PERSON_SINGULAR and _takes_the(name):
        return True  # "the United States", "the FBI": no person's name takes "the"
    want = "f" if pronoun == "she" else "m"
    # a title says it first ("Mrs. Clinton" is no "he", whatever her first name, and though a
    # "Bill Clinton" stands elsewhere); the title may be the word the parse made the head
    # ("Mr./nsubj Clinton/flat", where the name's words hang on it)
    titled = [c for c in name.children if c.dep_ in (*NAME_PARTS, "nmod:desc") and c.i < name.i]
    titled += [name, name.head] if name.dep_ in ("flat", "flat:name") else [name]
    sex = next(
        (TITLE_GENDER[t] for w in titled if (t := w.lower_.rstrip(".")) in TITLE_GENDER), ""
    )
    if sex:
        return sex != want
    if len(words) < 2 and any(t.lower_ == given.lower_ and t.dep_ in NAME_PARTS for t in name.doc):
        return False  # "Lee" alone, the family name of "Tom Lee" before, is anyone's
    sex = first_name_sex(given.text)
    return bool(sex) and sex != want


def _takes_the(name: Token) -> bool:
    """A name with "the" before it, on its head or on a word of its compound ("the FBI", "The
    Daily Ledger" parsed as "Ledger" with "the" on "Daily")."""
    holders = [name, *(c for c in name.children if c.dep_ == "compound")]
    return any(c.lower_ == "the" and c.dep_ == "det" for h in holders for c in h.children)


def _group(head: Token) -> bool:
    """People named by what they share ("white people", "wealthy people"), not by how many or
    which ("many people", "other people")."""
    if head.lemma_.lower() != "people" or _addressed(head):
        return False
    return any(
        c.dep_ == "amod" and c.lemma_.lower() not in _COUNTING_ADJECTIVES for c in head.children
    )


def _addressed(head: Token) -> bool:
    """People called on at the head of a sentence ('"Young people, we need you"'): an address,
    not what the sentence is about."""
    doc, after = head.doc, head.i + 1
    opening = all(t.is_punct or t.is_space for t in doc[head.sent.start : left_edge(head)])
    return opening and after < len(doc) and doc[after].text == ","


def _exclaimed(head: Token) -> bool:
    """A name called on in a formula ("Oh Lord", "Thank God", "God forbid", "God bless"): no
    one spoken of."""
    held = [c for c in head.children if c.dep_ in _HELD and c.lower_ not in _CALLING]
    if head.lower_ not in EXCLAIMED_NAMES or held:
        return False
    k = head.i - 1
    called = k >= head.sent.start and head.doc[k].lower_ in _CALLING
    verb = head.head.lemma_.lower()
    thanked = verb == "thank" and head.dep_ == "obj"
    return called or thanked or (verb in _FORMULA_VERBS and head.dep_ in _SUBJ_DEPS)


def _vocative(phrase: Span) -> bool:
    """Whom a sentence opens by calling on, before a comma ('"Ladies and gentlemen, does he
    know ..."', '"Voters, we hear you"'): parsed as an address, or as a subject of a verb whose
    own subject after the comma is a pronoun that cannot stand for it (not "Ana Ruiz, she is the
    best": that is what the sentence is about)."""
    head, doc = phrase.root, phrase.doc
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "neighbours" of "Friends and neighbours, ..."
    opening = all(
        t.is_punct or t.is_space for t in doc[head.sent.start : min(head.i, phrase.start)]
    )
    if not (opening and phrase.end < len(doc) and doc[phrase.end].text == ","):
        return False
    if head.dep_ == "vocative":
        return True
    if head.dep_ not in _SUBJ_DEPS:
        return False
    many = plural(head)
    # the pronoun opens the clause after the comma ("does he", "we"), not a later one: "The
    # plan, which was drafted in May, has failed, they say" is about the plan
    return any(
        c.i > phrase.end
        and all(t.pos_ in ("AUX", "PART", "ADV") for t in doc[phrase.end + 1 : c.i])
        and c.dep_ in _SUBJ_DEPS
        and (
            c.lower_ in ("i", "we", "you")
            or (c.lower_ in THIRD_PERSON_SINGULAR and many)
            or (c.lower_ == "they" and not many)
        )
        for c in head.head.children
    )


def _closing_vocative(phrase: Span) -> bool:
    """Whom a sentence ends by calling on, after a comma ('"Thank you, Mr. Chairman."', '"I
    have lived here forty years, Martha."', '"Are you OK, honey?"'), in a sentence that speaks
    to or as someone ("you", "I", "we"); not a name beside the noun of a person it stands for
    ("our senator, Bobby Scott!") nor a phrase with an article ("for us, the working class")."""
    doc, head = phrase.doc, phrase.root
    start = min(phrase.start, left_edge(head))  # "Mr." the parse may leave out of the phrase
    while start < head.i and doc[start].is_punct:
        start += 1  # (the comma itself may hang on the name)
    if start == 0 or doc[start - 1].text != "," or phrase.end - start > 3:
        return False
    if phrase.end >= len(doc) or doc[phrase.end].text not in (".", "?", "!"):
        return False
    if head.pos_ not in _NOMINAL or any(c.dep_ == "det" for c in head.children):
        return False
    if head.dep_ == "appos" and (head.head.pos_ == "PROPN" or _names_people(head.head)):
        return False
    return any(t.lower_ in _SPOKEN_TO for t in head.sent if t.pos_ == "PRON")


def _names_people(tok: Token) -> bool:
    """A noun of a person: a title or a noun of people ("our senator", "the new coach")."""
    lemma = tok.lemma_.lower()
    return lemma in PERSON_TITLES or lemma in PEOPLE_NOUNS or lemma in OTHER_PEOPLE


def _address_alone(phrase: Span, cand: QuoteCandidate) -> bool:
    """A first piece of a quotation in pieces that is only a name or a noun and a comma
    ('"Judge," Lee said, "..."'): whom the speaker turns to, not what the quote is about (a
    quotation of one piece, '"Denver,"', is what was said)."""
    if len(cand.fragments) < 2:
        return False
    first_start, first_end = cand.fragments[0]
    if not first_start <= phrase.start_char < first_end:
        return False
    text = input_text(phrase.doc)
    before = text[: phrase.start_char].rstrip()
    after = text[phrase.end_char : phrase.end_char + 3].replace(" ", "")
    return before[-1:] in ALL_MARKS and after[:1] == "," and after[1:2] in ALL_MARKS


def _called_to_act(told: Token, cue: Token) -> bool:
    """The one urged or asked to do something that names nothing itself, who the quotation is
    then about ("urged the industry to do more"; but "urged the candidates to focus on jobs" is
    about jobs): a to-infinitive of the cue's (a complement, or a clause as some parsers label
    it), or one the parse hung on the one told."""
    if cue_lemma(cue) not in _CALLING_CUES:
        return False
    return any(
        c.dep_ in ("xcomp", "acl", "advcl") and c.pos_ == "VERB" and c.i > told.i
        and any(m.dep_ == "mark" and m.lower_ == "to" for m in c.children)
        # (nor a pronoun, which stands for something named: "to consider voting for him")
        and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in c.subtree)
        for c in (*cue.children, *told.children)
    )


def _inner_reporter(head: Token, cand: QuoteCandidate) -> bool:
    """The one who speaks a quotation the quote holds with its own attribution: '"Nothing
    prepares you for the job," the president will say' (in an "according to" report), '",
    said the mayor': who speaks, not what about. The reporting clause, inside the quote and its
    sentence, follows the quotation's closing mark and a comma (or a "?" or "!")."""
    verb = head.head
    if (
        head.dep_ not in _SUBJ_DEPS
        or cue_class_of(cue_lemma(verb)) not in REPORTING_CLASSES
        or not cand.start <= min(head.idx, verb.idx) < cand.end
    ):
        return False
    doc = head.doc
    first = min(left_edge(head), verb.i)  # "the president will say" / "said the president"
    before = [t for t in doc[max(first - 2, head.sent.start) : first] if not t.is_space]
    closing = [
        t for t in before if is_quote_mark(t.text) and t.idx and not doc.text[t.idx - 1].isspace()
    ]
    return (
        len(before) == 2
        and bool(closing)
        and any(t.text in (",", "?", "!") for t in before)
        and before[-1].text in (",", closing[-1].text)
    )


def refuse(
    phrase: Span,
    cand: QuoteCandidate,
    attribution: Attribution,
    own: frozenset[str] = frozenset(),
) -> bool:
    """A pronoun, a vague head, a time or a number, the one told or addressed, or the speaker's
    own name (``own``: the words of the speaker's mention and of the name it stands for)."""
    head = phrase.root
    # (a word the tokenizer glued to a quotation mark is the word: "''I" of "''I cannot ...''")
    words = [t.lower_.strip(_MARK_CHARS) for t in phrase if not (t.is_punct or t.is_space)]
    who = any(c.dep_ == "acl:relcl" and c.i < phrase.end for c in head.rights)
    # "no intention to run", "the opportunity to vote": what is done says what
    doing = any(infinitive_of(head, c) and c.i < phrase.end for c in head.rights)
    if not words or all(w in PRONOUN_WORDS for w in words):
        return True
    if head.lower_ == "own" and all(w in PRONOUN_WORDS or w == "own" for w in words):
        return True  # "on its own", "their own" point back as a pronoun does
    activity = head.tag_ == "VBG" and head.pos_ == "VERB" and len(words) > 1  # "raising fees"
    free = words[0] == "what" and head.pos_ in ("VERB", "AUX")  # "what we have in common"
    named = activity or free or (who and head.lower_ in WHO_HEADS)
    if head.pos_ not in (*_NOMINAL, "NUM") and not named and not noun_tagged_verb(head):
        return True
    if verb_tagged_noun(head) or in_order(head):
        return True  # "planned to bus in supporters", "in order for": no noun
    if _address_alone(phrase, cand) or _vocative(phrase) or _closing_vocative(phrase):
        return True  # '"Judge," Lee said, "...": the one spoken to, not what about
    if _exclaimed(head):
        return True  # '"Thank God the bridge held"': the bridge
    if who or doing:
        pass  # "people who are bullied" says who, "no intention to run" what
    elif head.lemma_.lower() in VAGUE_HEADS or head.lower_ in VAGUE_HEADS | VAGUE_SINGULAR:
        # "ethanol people", "the jobs number" say what; "the only thing", "a point" do not
        if not any(c.dep_ == "compound" for c in head.children) and not _group(head):
            return True
    if head.lemma_.lower() in TIME_WORDS or head.lower_ in TIME_WORDS:
        # "Cruz's big night" is about Cruz's night, "next week" about nothing
        if not any(c.dep_ == "nmod:poss" and c.pos_ == "PROPN" for c in head.children):
            return True
    cue = attribution.cue
    if (
        cue is not None
        and head.head.i == cue.root.i
        and head.i > cue.root.i
        and head.dep_ in ("obj", "iobj", "nsubj")
        and in_quote(cand, head.idx)
        and cue_lemma(cue.root) in ADDRESSEE_CUES
        and not _called_to_act(head, cue.root)
    ):
        # 'told reporters "..."' in a quote that took the one told in with it (or the parse took
        # the one told for a subject: 'told the host, Ann Cole, how ...')
        return True
    if _inner_reporter(head, cand):
        return True
    speaker = attribution.speaker
    if speaker is not None and (
        speaker.start <= head.i < speaker.end
        # "Ana Ruiz, the port's director, said": the description is the speaker too
        or (
            head.dep_ == "appos"
            and speaker.start <= head.head.i < speaker.end
            and not in_quote(cand, head.idx)
        )
        or (head.pos_ == "PROPN" and named_as(head, own_name_words([t.text for t in speaker]), ""))
    ):
        return True
    # outside the quote, the name a speaker's "he" stands for is the speaker too ('Ruiz spoke
    # next. She said she would run'); inside it, a name is someone spoken of
    return head.pos_ == "PROPN" and not in_quote(cand, head.idx) and named_as(head, own, "")
