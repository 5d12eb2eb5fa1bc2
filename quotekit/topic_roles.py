"""Topic roles: how a noun phrase stands in a quote's clauses, which says how likely it is what
the quote is about.

Part of the topics stage (``quotekit.topics`` gathers the candidates, weighs them by role and
chooses one; this module reads the quote's grammar): the heads of the quote's main clauses, the
role of each phrase head in them (the "subject" of the first clause, or its "agent" when the
clause acts on something else: "the council approved the plan" is about the plan; a phrase
"named" by a naming verb or a verb of commenting; an "argument" of a main clause; a
"description" of a person; another "np"), and the marks that lower a phrase (set aside by
"rather than") or replace it (a title beside a name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.cue_lexicon import cue_entry
from quotekit.lexicon import (
    DEMONSTRATIVES,
    LIGHT_VERBS,
    NAMING_VERBS,
    ORGANISATION_WORDS,
    OTHER_PEOPLE,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    RAISING_VERBS,
    VAGUE_HEADS,
    is_quote_mark,
)
from quotekit.subtrees import left_edge, right_edge
from quotekit.topic_bounds import singular
from quotekit.topic_cues import is_named, names_about, names_its_subject
from quotekit.topic_phrases import NOMINAL, case_of, noun_tagged_verb, set_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass"})
# what a noun that heads a phrase of its own hangs on
_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "ROOT", "conj", "xcomp", "ccomp"}
    | {"appos", "root", "dislocated", "obl:agent"}
)
_ABOUT = frozenset({"about", "regarding", "concerning"})
_REPORTING = frozenset({"say", "tell"})
# more nouns of people who act, by what they do ("campaigners have to address the concerns")
_ACTING_NOUNS = frozenset(
    """campaigner activist advocate critic protester lawmaker legislator politician strategist
    candidate nominee hopeful runner frontrunner challenger rival contender donor country
    nation""".split()  # ("runner" of "front-runner", which the tokenizer splits)
)
# anyone of a kind is what is said of the kind: "any candidate would have to ..."
_GENERIC = frozenset({"any", "every", "each", "no", "all"})
_HAVING = frozenset({"have", "get", "give"})  # light verbs of having, not of doing
# prepositions by which a light verb's object points at what it acts on ("measures against",
# "a deal with", "a stand on"), and objects that judge how the subject did ("a poor job")
_TARGET_PREPOSITIONS = frozenset("against on with for over about toward towards".split())
_JUDGED_DOINGS = frozenset({"job", "mistake", "hit", "comeback", "break", "fool"})
_FIRST_PERSON = frozenset({"i", "we", "my", "our"})  # the speaker, in what it speaks as
_OPENERS = frozenset({":", "-", "\u2013", "\u2014"})  # after which a capital opens a sentence
# verbs that move someone to feel: "it will annoy his critics that the plan worked"
_FEELING_VERBS = frozenset(
    "annoy anger bother concern disappoint disturb embarrass frighten frustrate gall irk "
    "offend outrage please sadden scare shock stun surprise trouble upset worry amaze "
    "astonish alarm delight dismay".split()
)
_POINTING_STEPS = 4  # how many nouns that only point a phrase's role is followed through
# nouns that a verb takes only to point at what follows them ("paying attention to the race",
# "had access to the server", "made a case for the levy"), with the prepositions that do
_POINTING_NOUNS = {
    "attention": {"to"},
    "access": {"to"},
    "case": {"for"},
    "end": {"to"},
    "look": {"at"},
    "commitment": {"to"},
    # and nouns that only frame what they are of: "the issue of immigration", "the prospect of
    # a tax rise", "the need for reform"
    "issue": {"of"},
    "question": {"of"},
    "topic": {"of"},
    "idea": {"of"},
    "notion": {"of"},
    "prospect": {"of"},
    "possibility": {"of"},
    "history": {"of"},
    "need": {"for"},
}
# subjects that only frame what their copula says: "the problem is the budget", "the truth is
# that ...", "the issue was not with the pier"
FRAME_NOUNS = frozenset("problem issue truth question reality trouble challenge danger".split())
# prepositions a parse may tag as conjunctions before a gerund ("justified in keeping")
_GERUND_PREPOSITIONS = frozenset("in by about of for on at from with without".split())
_NO_DOUBT = frozenset({"doubt", "question"})  # "there is no doubt that ...": the clause
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent"})


def main_heads(content: Span) -> list[Token]:
    """The heads of the quote's main clauses: the root of each sentence of it, the clauses
    joined to those ("X, and Y"), and a gerund a preposition hangs on one ("effective in
    cutting the fees")."""
    roots = {
        tok.i: tok
        for tok in content
        if tok.head.i == tok.i or not (content.start <= tok.head.i < content.end)
    }
    for tok in list(roots.values()):
        for c in tok.children:
            if c.dep_ == "conj" and content.start <= c.i < content.end:
                roots[c.i] = c
    if roots:
        # a quote that opens on a report of someone else's words ("The mayor said the levy
        # was unfair"), on "it is clear that" or on "there is no doubt that": what was said or
        # vouched for is its first clause
        first = roots[min(roots)]
        said = (
            _reported(first, content)
            or _extraposed(first, content)
            or _beyond_doubt(first, content, list(roots.values()))
        )
        if said is not None:
            del roots[first.i]
            roots[said.i] = said
    for tok in list(roots.values()):
        # what a gerund after the predicate does is what the clause is about: "effective in
        # cutting the fees", "succeeded by closing the pier"
        roots.update((c.i, c) for c in tok.children if _gerund_of(c, tok, content))
    return list(roots.values()) or [content.root]


def _gerund_of(tok: Token, pred: Token, content: Span) -> bool:
    """A gerund that a preposition hangs on a predicate after it: "effective in cutting"."""
    return (
        tok.dep_ in ("advcl", "obl")
        and tok.tag_ == "VBG"
        and tok.i > pred.i
        and content.start <= tok.i < content.end
        and any(
            c.dep_ in ("mark", "case") and (c.pos_ == "ADP" or c.lower_ in _GERUND_PREPOSITIONS)
            for c in tok.children
        )
    )


def _reports(tok: Token, mains: list[Token]) -> bool:
    """The subject of a report inside the quote whose clause stands as a main one (the report
    lies between the two, so inside the quote; not the cue outside it)."""
    verb = tok.head
    return (
        tok.dep_ in _SUBJ_DEPS
        and tok.i < verb.i
        and verb.lemma_.lower() in _REPORTING
        and any(m.dep_ == "ccomp" and m.head.i == verb.i and m.i > verb.i for m in mains)
    )


def _extraposed(pred: Token, content: Span) -> Token | None:
    """The clause an empty "it" stands in for ("it's important that we end the stigma", "it is
    clear that the hacking was done by ...", "it is time to fix the pier", "it will annoy his
    critics that the plan worked"): what the quote says
    is that clause, not the predicate; or None."""
    if not any(c.dep_ in ("expl", *_SUBJ_DEPS) and c.lower_ == "it" for c in pred.children):
        return None  # (not "there needs to be a law that ...": the law is what it is about)
    # a verb that moves someone to feel is about the clause too: "it will annoy his critics that
    # the plan worked", "it should shock every voter that the pier is closing"
    moves = pred.lemma_.lower() in _FEELING_VERBS and any(c.dep_ == "obj" for c in pred.children)
    if pred.pos_ not in ("ADJ", "NOUN") and pred.lemma_.lower() not in RAISING_VERBS and not moves:
        return None
    return next(
        (
            c
            for c in pred.children
            if c.i > pred.i
            and content.start <= c.i < content.end
            and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
            and (
                (c.dep_ in ("ccomp", "csubj") and not moves)
                or any(
                    m.dep_ == "mark" and m.lower_ in (("that",) if moves else ("that", "to"))
                    for m in c.children
                )
            )
        ),
        None,
    )


def _beyond_doubt(pred: Token, content: Span, roots: list[Token]) -> Token | None:
    """The clause that "there is no doubt" or "no question (in my mind)" vouches for ("there is
    no doubt that the levy will pass"): what the quote says is that clause; or None. (The parse
    may hang the clause on the noun or on a verb outside the quote.)"""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in pred.children):
        return None
    noun = next(
        (
            c
            for c in pred.children
            if c.dep_ in _SUBJ_DEPS
            and c.lemma_.lower() in _NO_DOUBT
            and any(d.lower_ == "no" for d in c.children)
        ),
        None,
    )
    if noun is None:
        return None
    return next(
        (
            c
            for c in (*noun.children, *_in_mind(noun), *pred.children, *roots)
            if c.i > noun.i
            and content.start <= c.i < content.end
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _in_mind(noun: Token) -> list[Token]:
    """What hangs on the phrase after "no doubt" ("no doubt in my mind that ...": on "mind")."""
    return [g for c in noun.children if c.dep_ == "nmod" for g in c.children]


def _reported(verb: Token, content: Span) -> Token | None:
    """The clause that "say" or "tell" with a subject of its own reports inside the quote
    ("the mayor said the levy was unfair": unfair), or None."""
    if verb.lemma_.lower() not in _REPORTING or not any(
        c.dep_ in _SUBJ_DEPS and c.lower_ not in ("i", "we") for c in verb.children
    ):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "ccomp" and content.start <= c.i < content.end),
        None,
    )


def role(tok: Token, mains: list[Token], first: Token) -> str:
    """How a phrase head stands in the quote: the "subject" of its first clause (or the name a
    description is said to be: "the one who did well is Ortiz"), or its "agent" when the clause
    acts on something else; "named" by a naming verb or a verb of commenting inside it; an
    "argument" of a main clause; a "description" of a person ("I am a proven champion"); or
    another "np". What a noun is about takes the noun's place ("deep concern about the
    levy": the levy), and the noun steps back."""
    if any(_about(c) for c in tok.children) or _points(tok):
        return "np"
    # "paid attention to the race": the race; "the prospect of an end to the war": the war
    # (what it stands for is followed through every noun that only points or is about)
    place = tok
    for _ in range(_POINTING_STEPS):
        noun = pointing_noun(place)
        if noun is None and not _about(place):
            break
        place = noun if noun is not None else place.head
    return _place(place, mains, first)


def _about(tok: Token) -> bool:
    """What a noun is about: "concern about the levy", "questions regarding the audit"; or
    what a noun that makes a preposition holds: "in breach of the treaty", "on behalf of the
    port", "in love with the city"."""
    if tok.pos_ not in NOMINAL:  # not "a call about it"
        return False
    if tok.dep_ in ("nmod", "obl") and set_phrase(tok.head):
        return True
    return tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and case_of(tok) in _ABOUT


def pointing_noun(tok: Token) -> Token | None:
    """The noun that only points at ``tok``: "attention" of "attention to the race", "access"
    of "access to the server", "a case for the levy", "a commitment to keeping the pier open";
    ``tok`` hung on the noun, or on the verb whose object the noun is ("paid attention to the
    race"); else None."""
    gerund = tok.pos_ == "VERB" and tok.tag_ == "VBG"
    if tok.pos_ not in NOMINAL and not gerund:
        return None
    case = case_of(tok, ("case", "mark"))
    # (a gerund the parse hung on the noun as a clause offers no phrase of its own to point at)
    nouns = [tok.head] if tok.dep_ in ("nmod", "advcl") else []
    if tok.dep_ in ("obl", "advcl"):
        nouns += [c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i]
    # (not a noun that is someone's own or of a kind: "America's commitment to Europe", "a
    # fraud case against the bank" are things of their own)
    for n in nouns:
        if (
            n.pos_ == "NOUN"
            and case in _POINTING_NOUNS.get(n.lemma_.lower(), ())
            and not any(c.dep_ in ("nmod:poss", "det:poss", "compound") for c in n.children)
        ):
            return n
    return None


def _points(noun: Token) -> bool:
    """A noun that points at something after it ("had access to the files")."""
    near = [*noun.children, *(noun.head.children if noun.dep_ == "obj" else ())]
    return any((n := pointing_noun(c)) is not None and n.i == noun.i for c in near)


def _place(tok: Token, mains: list[Token], first: Token) -> str:
    """The role a phrase head has by its own place in the quote (see ``role``)."""
    if _reports(tok, mains):
        return "agent"  # who said what the quote reports: "the mayor said ..."
    if tok.dep_ in _SUBJ_DEPS and tok.head.i == first.i and _frames(tok):
        return "np"  # "the problem is the budget": the budget
    if tok.dep_ in _SUBJ_DEPS and tok.head.i == first.i:
        # "the one candidate he likes is Ortiz": the name, not the description; "the council
        # approved the deal"; "the agency has not commented on the audit": what was done or
        # spoken about, not who did it
        agent = _is_name_predicate(first) or acts_on(first)
        # but a thing or an event that acts is still what it is about: "the attacks highlight
        # the threat"
        agent = agent and (_is_name_predicate(first) or _animate(tok))
        # one person acting on another: "only Cruz can beat Trump" is about Cruz
        agent = agent and not (
            _full_name(tok) and any(_full_name(c) for c in first.children if c.dep_ == "obj")
        )
        return "agent" if agent else "subject"
    if tok.i == first.i and (_is_name_predicate(tok) or _after_vague_subject(tok)):
        return "subject"
    if tok.dep_ == "obj" and tok.head.i == first.i and _subjectless(first):
        # "Really hate this parking fee", "Vote for the levy": with no subject, the object
        return "subject"
    if is_named(tok):
        return "named"
    if _called(tok):
        return "description"  # "the victims would be considered a group": what they are called
    if _describes_name(tok):
        return "description"
    if tok.dep_ in ("obl", "nmod") and tok.head.pos_ == "VERB" and names_about(tok.head, tok):
        return "named"
    main = {m.i for m in mains}
    if tok.head.i in main and tok.dep_ in ARGUMENT_DEPS:
        # an adjunct after the object says where or how, the object what: "invoked his
        # rights in a closed session"
        after_object = tok.dep_ == "obl" and any(
            c.dep_ == "obj" and c.i < tok.i for c in tok.head.children
        )
        return "np" if after_object else "argument"
    if tok.i in main:
        # a nominal predicate: "it's forced deportation"; but "I am a proven champion" says
        # who someone is, not what the quote is about
        personal = any(c.dep_ in _SUBJ_DEPS and c.lower_ in PERSONAL_PRONOUNS for c in tok.children)
        return "description" if personal or _said_of_a_subject(tok) else "argument"
    return "np"


def _called(tok: Token) -> bool:
    """What a passive naming verb calls its subject ("the levy was deemed a tax", "the victims
    would be considered a distinct group"), however the parse hung it."""
    verb = tok.head
    return (
        tok.dep_ in ("obj", "xcomp")
        and verb.lemma_.lower() in NAMING_VERBS
        and any(c.dep_ == "aux:pass" for c in verb.children)
        and names_its_subject(verb)
    )


def _said_of_a_subject(pred: Token) -> bool:
    """A noun said to be what a subject that names a thing is: "guns have been a public health
    crisis", "the levy is a tax on the poor": the subject is what it is about, the predicate
    what is said of it (not after a pronoun, a vague head, a name or a noun of saying, "the
    message is that ...", which the ranking weighs as it stands)."""
    if set_phrase(pred) or not any(c.dep_ == "cop" for c in pred.children):
        return False  # (not "the city is in breach of the treaty": the treaty is an argument)
    return any(
        c.dep_ in _SUBJ_DEPS
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in VAGUE_HEADS
        and cue_entry(c.lemma_.lower(), "noun") is None
        and not _animate(c)
        for c in pred.children
    )


def _full_name(tok: Token) -> bool:
    """A person's name in full, first name and surname ("Ana Ruiz"), not a body's ("the
    Harbour Board") nor a headline's capitals ("Council Approves Levy")."""
    return (
        tok.pos_ == "PROPN"
        and not any(c.dep_ in ("det", "compound") for c in tok.children)
        and any(c.dep_ in ("flat", "flat:name") and c.pos_ == "PROPN" for c in tok.children)
    )


def _subjectless(verb: Token) -> bool:
    """A finite verb with no subject of its own: an order or a clipped first person ("Love
    this plan"); not a participle ("Lee talking about the plan") or an infinitive ("to raise
    the levy", "is expected to raise the levy")."""
    return verb.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl", "mark") for c in verb.children
    )


def _describes_name(tok: Token) -> bool:
    """A second object after a comma behind a name, which the parser took for an object of its
    own: "backs Ms. Ortiz, the party's favorite" describes the name, which says who."""
    if tok.dep_ != "obj" or tok.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "obj"
        and c.pos_ == "PROPN"
        and c.i < tok.i
        and tok.doc[right_edge(c) + 1].text == ","
        for c in tok.head.children
    )


def _after_vague_subject(tok: Token) -> bool:
    """A noun said to be what a vague subject stands for: "the result has been a movement
    against trade", "the problem is the budget"."""
    return any(c.dep_ == "cop" for c in tok.children) and any(
        c.dep_ in _SUBJ_DEPS and (c.lemma_.lower() in VAGUE_HEADS or _frames(c))
        for c in tok.children
    )


def _frames(subject: Token) -> bool:
    """A subject that only frames what its copula says ("the problem is the budget", "the
    truth is that ...", "the issue was not with the pier"), not what the quote is about."""
    if subject.lemma_.lower() not in FRAME_NOUNS or subject.head.pos_ == "ADJ":
        return False  # (not "the issue will be moot": what is said of it is no subject)
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subject.children):
        return False  # "this issue" points back to a subject named before
    return any(c.dep_ == "cop" for c in subject.head.children)


def acts_on(clause: Token) -> bool:
    """A clause whose subject does something to an object, speaks about something or acts
    through a verb complement: the object says what, the subject only who (not an object that
    names nothing: a pronoun or a vague head, "misled the people"); or who is in a
    relation a noun that makes a preposition names ("the council is in breach of the treaty",
    "officials are in possession of the files")."""
    if set_phrase(clause) and any(c.dep_ == "cop" for c in clause.children):
        return True
    return any(
        # (after a light verb, an object that points at something: "had access to the files")
        (
            c.dep_ == "obj"
            and (clause.lemma_.lower() not in LIGHT_VERBS or _points(c) or _qualified(clause, c))
            and _says_what(c)
        )
        or (c.dep_ == "obl" and names_about(clause, c))
        or _acts_through(clause, c)
        or _acts_by_gerund(clause, c)
        for c in clause.children
    )


def _qualified(verb: Token, obj: Token) -> bool:
    """An object of a light verb of doing that a prepositional phrase points at a target
    ("taking additional measures against the group", "made a deal with the port", "took a
    stand on the levy"); not one that says how or where it went ("did a poor job with the
    rollout", "took a hit in the polls", "made a mistake of historic proportions": the subject
    stays what it is about); nor what someone has or gives ("Lee has a conflict of interest",
    "the South gave them a lock on the college" are about Lee and the South)."""
    if verb.lemma_.lower() in _HAVING or obj.lemma_.lower() in _JUDGED_DOINGS:
        return False
    return any(
        c.dep_ == "nmod" and c.pos_ in NOMINAL and case_of(c) in _TARGET_PREPOSITIONS
        for c in obj.children
    )


def _acts_by_gerund(pred: Token, child: Token) -> bool:
    """A gerund after the predicate that acts on something ("the group is focused on ending
    gun violence", "effective in cutting the fees"): the subject is who, what the gerund acts
    on is what; not after a passive ("they should be barred from entering the port": they are
    what it is about)."""
    if any(c.dep_ == "aux:pass" for c in pred.children):
        return False
    sentence = pred.doc[pred.sent.start : pred.sent.end]
    return _gerund_of(child, pred, sentence) and acts_on(child)


def _says_what(obj: Token) -> bool:
    """An object that can say what a clause is about: not a pronoun or a vague head ("is
    asking the people to ...", "what Obama said": the subject says more)."""
    return obj.pos_ != "PRON" and obj.lemma_.lower() not in VAGUE_HEADS


def _acts_through(verb: Token, child: Token) -> bool:
    """A verb complement that says what the subject did or decided ("the team decided to
    change course", "an aide avoided taking her there"); after a verb that only raises its
    subject or a light verb, only when the infinitive acts on something ("has to close the
    pier", not "the plan seems to work", "has got to go"); not after a passive ("they are
    tied heading into the debate": they are what it is about)."""
    if child.dep_ != "xcomp" or child.pos_ != "VERB" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in RAISING_VERBS | LIGHT_VERBS:
        # the subject belongs to the verb after: who acts when that verb acts on something
        # ("the campaigners have to address the concerns"), not when it does not ("the plan
        # seems to work")
        to = any(c.dep_ == "mark" and c.lower_ == "to" for c in child.children)
        return to and child.i > verb.i and acts_on(child)
    return not any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_ == "be" for c in verb.children)


def _animate(tok: Token) -> bool:
    """Someone who can act: a name, a pronoun, or a noun of people or bodies ("the council",
    "a campaign operative", "voters", "campaigners", "countries"); not anyone of a kind ("any
    candidate", "no country": what is said of the kind)."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ in ("PROPN", "PRON")
        or _capitalised_noun(tok)
        or lemma in PEOPLE_NOUNS
        or lemma in OTHER_PEOPLE
        or lemma in ORGANISATION_WORDS
        or (
            (lemma in _ACTING_NOUNS or (tok.tag_ == "NNS" and singular(lemma) in _ACTING_NOUNS))
            and not any(c.dep_ == "det" and c.lower_ in _GENERIC for c in tok.children)
        )
    )


def _capitalised_noun(tok: Token) -> bool:
    """A body the parse tagged as a common noun though the writer capitalised it ("the Fed was
    overstating the risk"): not first in its sentence or after an opening quotation mark, a
    colon or a dash, and not in a headline's title case."""
    if tok.pos_ != "NOUN" or not tok.text[:1].isupper():
        return False
    words = [t for t in tok.sent if t.is_alpha]
    if not words or words[0].i == tok.i:
        return False
    start = left_edge(tok)
    opener = tok.doc[start - 1].text if start > 0 else ""
    if is_quote_mark(opener) or opener in _OPENERS:
        return False
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)


def _is_name_predicate(tok: Token) -> bool:
    """A name said to be someone: "the best candidate is Ortiz"."""
    # not a place or a side: "the vote is against Trump"; not a kind: "he is a true
    # Republican" (a name with "a" before it says what someone is, not who)
    return (
        tok.pos_ == "PROPN"
        and any(c.dep_ == "cop" for c in tok.children)
        and not any(c.dep_ == "case" for c in tok.children)
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def heads_a_phrase(tok: Token) -> bool:
    """A noun that heads a phrase of its own, or a number with what it counts ("22 of the
    emails")."""
    if tok.dep_ not in _PHRASE_DEPS or set_phrase(tok):
        return False  # (not "addition" of "in addition to the fee": a preposition)
    if tok.pos_ == "NUM":
        return any(c.dep_ == "nmod" and c.pos_ in NOMINAL for c in tok.children)
    return tok.pos_ in NOMINAL or noun_tagged_verb(tok)


def set_aside(tok: Token) -> bool:
    """A phrase after "rather than" or "instead of": what the quote sets aside."""
    doc = tok.doc
    pairs = (("rather", "than"), ("instead", "of"))
    for c in tok.children:
        # "rather" hung on "than", or "than" fixed to "rather"
        if c.dep_ == "case" and 0 < c.i < tok.i:
            if (doc[c.i - 1].lower_, c.lower_) in pairs or (c.lower_, doc[c.i + 1].lower_) in pairs:
                return True
    return False


def in_own_capacity(tok: Token) -> bool:
    """What the speaker speaks as ("as a Republican, I don't want that", "our power, as
    journalists"): who is talking, not what about. Set apart before what it goes with or
    after a comma: not what something is called ("I would describe it as a hate"), nor a
    degree ("throw as many wrenches as possible"), nor "as for" or "as to", which bring in
    what the quote is about ("As for the levy, we support the plan")."""
    doc = tok.doc
    cases = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    if [c.lower_ for c in cases] != ["as"] or any(c.dep_ == "fixed" for c in cases[0].children):
        return False
    as_ = cases[0]
    if tok.dep_ not in ("obl", "nmod", "advcl", "appos") or doc[as_.i + 1].lower_ in ("for", "to"):
        return False
    governor = tok.head
    if not (tok.i < governor.i or (as_.i > 0 and doc[as_.i - 1].text == ",")):
        return False
    persons = {c.lower_ for c in governor.children if c.dep_ in (*_SUBJ_DEPS, "nmod:poss")}
    return bool(persons & _FIRST_PERSON)


def name_beside(tok: Token) -> Token:
    """The name a title or a description stands beside ("the party's candidate, Gov. Ana
    Ruiz of Ohio"): the name says who more exactly, and keeps the phrase short."""
    if tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
