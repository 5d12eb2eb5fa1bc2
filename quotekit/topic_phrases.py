"""Topic phrases: a head noun -> its whole noun phrase, cut from the text as a reader would cut
it, and the key that groups the same subject.

Part of the topics stage (``quotekit.topics`` chooses which phrase; this module decides where a
phrase begins and ends, and how it is counted): compounds, hyphenated words, names and lists are
kept whole, and a title runs on through the name after it ("Sen. Ana Ruiz"); relative clauses,
appositions in quotation marks, a leading adverb or verb the parse hung there, and a trailing
possessive or preposition are left out, as is a clause of purpose ("the money in order for the
pier to open"). A noun of doing keeps the to-infinitive that says what is done ("Lee's refusal to
pay the levy", "the right to bear arms"), and a noun that holds what is said or thought keeps
its "that" clause ("claims that the vote was rigged"); a time or a manner the parse hung on a
noun does not belong to it ("goods in the quarter": goods). A gerund used as a noun makes a
phrase of its own, the activity it names ("sending troops abroad").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.lexicon import (
    ALL_MARKS,
    DASHES,
    PERSON_TITLES,
    QUESTION_WORDS,
    RAISING_VERBS,
    TIME_WORDS,
    is_quote_mark,
)
from quotekit.subtrees import left_edge, right_edge
from quotekit.topic_bounds import content_clause, when_or_how

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_WORDS = 8
NOMINAL = frozenset({"NOUN", "PROPN"})  # what heads a topic phrase
# what never closes a phrase: "a defection among", "the plan of the"
_CLOSERS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON"})
# what ends a phrase to the left: the subject, copula or conjunction of a clause hung there
_CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "expl", "mark"})
# what a noun phrase holds to the left of its head
_LEFT_DEPS = frozenset(
    {"det", "det:poss", "det:predet", "nmod:poss", "amod", "compound", "nummod", "flat"}
)
# what it holds to the right: the rest of a name, and prepositional phrases ("approach to
# Ukraine", "the restoration of the borders")
_RIGHT_DEPS = frozenset(
    {"flat", "flat:name", "compound", "fixed", "nmod", "nmod:poss", "appos", "conj"}
)
# the words around a bare noun that make a preposition of it: "in breach of", "on behalf of",
# "in love with", "in addition to" (not "for": "a place in hell for cheats")
_SET_OPENERS = frozenset({"in", "on", "by"})
_SET_CLOSERS = frozenset({"of", "with", "to"})
# the arguments a "that" clause must keep to be whole (see ``_held_end``)
_CORE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "xcomp", "ccomp"})
# what ends a noun phrase to the right: "the levy, which ...", "the levy—a tax on boats—"
_BREAKS = frozenset({",", ";", ":"}) | (DASHES - {"-"})
_OPENING_BRACKETS = frozenset("([{")
_NOUNS_KEY = "quotekit.topic_nouns"  # Doc.user_data: the words the text uses as nouns
_CLOSING_BRACKETS = frozenset(")]}")
# nouns of a role that stand before a name as titles do ("rival Ana Ruiz", "front-runner Lee")
_ROLE_NOUNS = frozenset(
    "rival contender hopeful front-runner frontrunner challenger opponent".split()
)
_NAME_WORDS = 4  # the most words of a name a title is followed through
# prepositions that open what a noun is of or about ("a continuation of", "a problem with"),
# not where or when ("off the trail", "from Ohio", "during the debate")
_COMPLEMENT_PREPOSITIONS = frozenset("of with for as against about on over to".split())
# where a word with an article can only be a noun, and the articles that say so
_ARGUMENT_NOUN_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})
_ARTICLES = frozenset({"the", "a", "an"})
_VERB_ONLY_DEPS = frozenset(
    {"compound:prt", "obj", "iobj", "aux", "aux:pass", "ccomp", "xcomp", "nsubj", "mark", "cop"}
)
# gerunds that only lead to the verb after them
_NO_ACTIVITY = RAISING_VERBS | frozenset("try attempt be willing hope want".split())
# nouns of doing whose to-infinitive says what is done ("refusal to pay the levy")
_DOING_NOUNS = frozenset(
    "decision refusal plan proposal effort attempt bid ability inability failure willingness "
    "unwillingness reluctance hesitancy desire right promise pledge vow commitment push move "
    "action need chance opportunity intention determination threat request demand agreement "
    "quest readiness eagerness rationale step call offer authority permission freedom "
    "mandate".split()
)
# what a gerund holds to its right as part of the activity it names
_GERUND_DEPS = frozenset({"obj", "iobj", "obl", "compound:prt", "xcomp", "nmod"})


def noun_phrase(head: Token, within: Span | None = None) -> Span:
    """The noun phrase of ``head``: its modifiers to the left, the rest of its name and its
    prepositional phrases to the right, contiguous, at most a few words, inside ``within``."""
    doc = head.doc
    lo, hi = (within.start, within.end) if within is not None else (head.sent.start, head.sent.end)
    start = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS and left_edge(child) >= lo:
            start = min(start, left_edge(child))
    # a clause the parse hung before the head is no part of its phrase: "that he is a bright
    # man" (its subject, copula or conjunction ends it; cut first, so that it takes no room
    # from the words after the head)
    clause = [
        t.i for t in doc[start : head.i] if t.dep_ in _CLAUSE_DEPS and start <= t.head.i <= head.i
    ]  # (not a subject the parse split off the name: "the Mock/nsubj Turtle/nsubj drew")
    start = max(clause, default=start - 1) + 1
    end = head.i + 1
    list_start = 0  # where a list of conjuncts began
    for child in head.rights:
        held = _held_end(head, child, end, hi, start) if left_edge(child) == end else None
        if held is not None:
            end = held
            break
        if left_edge(child) != end or child.dep_ not in _RIGHT_DEPS or right_edge(child) >= hi:
            break
        if set_phrase(child) or in_order(child) or when_or_how(child):
            # "the levy in addition to the fee": a preposition, not a modifier; "goods in the
            # quarter", "the pier on Monday night": when, not which
            break
        if child.dep_ == "appos" and is_quote_mark(child.doc[left_edge(child)].text):
            break  # 'the show "the best show in town"': what it is called is no part of it
        if doc[left_edge(child)].text == "(":
            break  # "Sen. Ana Ruiz (D-Ore.)": an aside in brackets is no part of the name
            # (a writer's words in square brackets are: "[the mayor's] plan")
        # a clause or a comma inside it ends the phrase: "the Corps of Engineers, which ..."
        stops = [
            t.i
            for t in child.subtree
            if t.pos_ in ("VERB", "AUX")
            or t.dep_ == "mark"  # "the server while secretary of state": a clause
            # "landmarks with rainbow lights on Monday night": when, not which
            or (t.dep_ == "case" and t.head.i != child.i and when_or_how(t.head))
            or (t.text in _BREAKS and not (t.text == "," and child.dep_ == "conj"))
        ]  # but a list keeps its commas: "the focus, scope or targets of the inquiry"
        if stops and min(stops) <= child.i:
            break
        cut = min(stops) if stops else right_edge(child) + 1
        if _words(doc[start:cut]) > MAX_WORDS:
            end = _long_end(doc[start:end], child, list_start, hi, bool(stops))
            break
        if child.dep_ == "conj" and not list_start:
            list_start = end
        end = cut
        if stops:
            break
    start = _opening(head, start)
    while _words(doc[start:end]) > MAX_WORDS and start < head.i:
        start += 1
    # nor does a pronoun, an article, a preposition or a question word close one ("Clinton's
    # emails from her", "the name of the people that", "the host on Thursday how")
    while end - 1 > head.i and (
        doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON")
        or doc[end - 1].dep_ in ("nmod:poss", "det:poss")
        or doc[end - 1].lower_ in QUESTION_WORDS
    ):
        end -= 1
    return doc[start:end]


def _held_end(head: Token, child: Token, end: int, hi: int, start: int) -> int | None:
    """Where a noun's phrase ends when ``child`` says what the noun is: a to-infinitive ("Lee's
    refusal to pay the levy", "a plan to close the pier") or a "that" clause ("the possibility
    that he could run", "claims that the vote was rigged"), up to the verb's own arguments
    (not "after the vote" that follows them), when short; ``end`` when it is cut short ("the
    notion that there's"); None when ``child`` is neither."""
    if infinitive_of(head, child):
        return _arguments_end(child, end, hi, start)
    if not content_clause(head, child):
        return None
    stop = _arguments_end(child, end, hi, start)
    core = [c for c in child.children if c.dep_ in _CORE_DEPS]
    # (whole, inside the quote, and without a comma or a quotation mark: not through an
    # attribution that interrupts it, '"claims that the vote," Lee said, "was rigged"')
    inside = stop <= hi and not any(
        t.text in _BREAKS or is_quote_mark(t.text) for t in head.doc[end:stop]
    )
    return stop if inside and all(right_edge(c) < stop for c in core) else end


def in_order(tok: Token) -> bool:
    """The "order" of "in order to" or "in order for", a conjunction of purpose."""
    return tok.lower_ == "order" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "in"


def verb_tagged_noun(tok: Token) -> bool:
    """A verb the parse tagged as a noun: one with "to" or an auxiliary of its own and no
    copula ("planned to bus in supporters", "should the chance present itself"; but "to be a
    Democrat" and "would be president" are nouns)."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"  # a base form (not "lost people to guns", "lift restrictions")
        and any(
            (c.dep_ == "mark" and c.pos_ == "PART" and c.i == tok.i - 1) or c.dep_ == "aux"
            for c in tok.children
        )
        and not any(c.dep_ == "cop" for c in tok.children)
    )


def _opening(head: Token, start: int) -> int:
    """Where a phrase begins: a preposition, a conjunction, a verb or an adverb the parse hung
    there does not open it ("consistently reject voters"; but "well-known" stays whole)."""
    doc = head.doc
    while start < head.i and (
        (doc[start].dep_ in ("case", "cc") and doc[start].head.i == head.i)
        or (
            doc[start].pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT")
            and not _noun_taken_for_verb(doc[start])
        )
        or (doc[start].pos_ == "ADV" and doc[start].whitespace_)
    ):
        start += 1
    return start


def infinitive_of(head: Token, clause: Token) -> bool:
    """A to-infinitive that says what a noun of doing is ("refusal to pay the levy", "the right
    to bear arms", "a plan to close the pier"), not what something is there for ("delegates to
    win the nomination"), nor one with a subject of its own; not after a name that makes a
    clause of it ("Lee plans to visit": a verb the parse took for a noun)."""
    lefts = list(head.lefts)
    return (
        clause.dep_ == "acl"
        # a bare infinitive: not a gerund after "to" ("a commitment to cutting the levy")
        and clause.pos_ == "VERB"
        and clause.tag_ == "VB"
        # one of the nouns whose infinitive says what they are
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _DOING_NOUNS
        # not a verb the parse took for a noun after a name: "Lee plans to visit"
        and not (lefts and all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in lefts))
        # right after the noun, opened by "to"
        and clause.doc[left_edge(clause)].lower_ == "to"
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children)
        # not a clause with a subject of its own: "a plan for the town to buy the pier"
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in clause.children)
    )


def _arguments_end(verb: Token, end: int, hi: int, start: int) -> int:
    """Where a noun's to-infinitive ends: after the verb's arguments, short and without a
    comma; where it began (``end``) when it runs too long or is cut short."""
    stop = _verb_end(verb, hi, purpose=False)
    # a verb alone only when it has nothing to take ("no intention to run"), not one cut short
    # ("efforts to repeal")
    cut = stop == verb.i + 1 and any(c.dep_ in _GERUND_DEPS for c in verb.rights)
    if cut or _words(verb.doc[start:stop]) > MAX_WORDS:
        return end
    return stop


def _verb_end(verb: Token, hi: int, *, purpose: bool) -> int:
    """Where a verb with what it acts on ends: after its arguments to the right (and a
    to-clause of purpose, with ``purpose``), before ``hi`` and a comma, and not on a closing
    word or mark."""
    doc = verb.doc
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ not in _GERUND_DEPS and not (purpose and _purpose(child)):
            break
        stop = right_edge(child) + 1
        if stop > hi or any(t.text in _BREAKS for t in doc[end:stop]):
            break
        end = stop
    while end - 1 > verb.i and (doc[end - 1].is_punct or doc[end - 1].pos_ in _CLOSERS):
        end -= 1
    return end


def _long_end(phrase: Span, child: Token, list_start: int, hi: int, clause: bool) -> int:
    """Where ``phrase`` ends when taking all of its dependent ``child`` makes it too long: a
    list is taken whole or not at all (not "the focus, scope" of a longer one); a prepositional
    phrase without what makes it long ("a continuation of the council's harbour policies across
    the ten harbour districts": "a continuation of the council's harbour policies", not "a
    continuation"); else its end as it is."""
    doc = phrase.doc
    if child.dep_ == "conj" and list_start:
        return list_start
    if child.dep_ != "nmod" or clause:
        return phrase.end
    inner = noun_phrase(child, doc[left_edge(child) : hi])
    opening = doc[phrase.end : inner.start]
    # not part of a list: "the bombings in Paris" of "... in Paris and Nice" (a clause already
    # ends ``inner`` as it ends any noun phrase)
    listed = any(t.dep_ == "conj" and t.head.i < inner.end <= t.i for t in child.subtree)
    if (
        all(t.dep_ == "case" for t in opening)
        and {t.lower_ for t in opening} <= _COMPLEMENT_PREPOSITIONS
        and not listed
        and _words(doc[phrase.start : inner.end]) <= MAX_WORDS
    ):
        return inner.end
    return phrase.end


def gerund_phrase(verb: Token, within: Span | None = None) -> Span | None:
    """A gerund with what it acts on, as a reader names an activity ("sending troops abroad",
    "keeping her diagnosis private", "running against Ana Ruiz", "not paying the levy"): from
    the gerund to the end of its arguments, short, whole and without a comma; None for a
    gerund alone or one whose phrase runs long."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB" or verb.lemma_.lower() in _NO_ACTIVITY:
        return None  # (not "going to be the nominee", "trying to win": what they lead to)
    doc = verb.doc
    lo, hi = (within.start, within.end) if within is not None else (verb.sent.start, verb.sent.end)
    start = verb.i
    before = doc[start - 1] if start - 1 >= lo else None
    if before is not None and before.lower_ in ("not", "never") and before.head.i == verb.i:
        start -= 1
    end = _verb_end(verb, hi, purpose=True)
    if end == verb.i + 1 or _words(doc[start:end]) > MAX_WORDS:
        return None
    return doc[start:end]


def _purpose(clause: Token) -> bool:
    """A to-clause of purpose after a gerund's object: "sending troops to fight abroad"."""
    return clause.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in clause.children
    )


def gerund_marker(verb: Token) -> str:
    """The preposition before a gerund ("of" of "said of running"), however the parse hung it."""
    return case_of(verb, ("mark", "case"))


def _noun_taken_for_verb(tok: Token) -> bool:
    """A word the parse took for a verb in front of a noun as part of its compound: an "-ing"
    word ("parking fees", "mining jobs"; or an activity the parse cut short, "taxing carbon
    emissions"), or a base form ("to retirement plans", "to voter fraud") that the same text
    also uses as a noun: a base-form verb does not modify a noun, so it is a noun of the
    compound. A verb with its object ("to unseal the file") is used as a noun nowhere else."""
    if tok.dep_ != "compound" or tok.head.i < tok.i:
        return False
    if tok.tag_ == "VBG":
        return True  # "parking fees", "taxing carbon emissions": a noun, or an activity
    if tok.tag_ != "VB":
        return False
    nouns = tok.doc.user_data.get(_NOUNS_KEY)
    if nouns is None:
        nouns = frozenset(t.lower_ for t in tok.doc if t.pos_ in NOMINAL)
        tok.doc.user_data[_NOUNS_KEY] = nouns
    return tok.lower_ in nouns


def noun_tagged_verb(tok: Token) -> bool:
    """A noun the parse tagged as a verb where only a noun can stand: an argument with an
    article or a possessive of its own ("the crowd", "The Fox News results", "the budget cuts
    will")."""
    return (
        tok.pos_ == "VERB"
        # the present tense a plural noun looks like ("tax cuts", "returns"), not a participle
        # ("an ailing senator stumbling", "the man's caught")
        and tok.tag_ in ("VBZ", "VBP", "VB")
        and tok.dep_ in _ARGUMENT_NOUN_DEPS
        and any(
            (c.dep_ == "det" and c.lower_ in _ARTICLES) or c.dep_ in ("det:poss", "nmod:poss")
            for c in tok.lefts
        )
        # not a verb with what only a verb takes: "if the U.S. pulls back"
        and not any(c.dep_ in _VERB_ONLY_DEPS for c in tok.children)
    )


def set_phrase(tok: Token) -> bool:
    """A bare noun that makes a preposition with the words around it ("in breach of the
    treaty", "on behalf of the union", "in love with the city"): what it holds is the phrase,
    not the noun."""
    # one adjective may stand between: "in total support of", "in direct violation of"
    adjectives = [c for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1]
    first = tok.i - len(adjectives)
    if tok.pos_ != "NOUN" or first == 0 or tok.doc[first - 1].lower_ not in _SET_OPENERS:
        return False
    held = ("det", "nmod:poss", "amod", "nummod", "compound")
    if any(c.dep_ in held and c not in adjectives for c in tok.children):
        return False
    return any(
        c.dep_ in ("nmod", "obl") and c.i > tok.i and case_of(c) in _SET_CLOSERS
        for c in tok.children
    )


def case_of(tok: Token, deps: tuple[str, ...] = ("case",)) -> str:
    """The preposition a phrase's head carries before it ("on" of "on the plan")."""
    for c in tok.children:
        if c.dep_ in deps and c.i < tok.i:
            return c.lower_
    return ""


def _words(span: Span) -> int:
    """Words as a reader counts them: "post-Soviet" and "Ukraine's" are one each."""
    return len(span.text.split())


def clean_phrase(doc: Doc, span: Span) -> Span | None:
    """The phrase without quotation marks, punctuation or a preposition at its ends ("from the
    camp" is "the camp"), grown to whole words where the tokenizer split one ("head-to-head");
    None when nothing is left."""
    s, e = _trim(doc, span.start, span.end)
    if e <= s:
        return None
    # a quotation mark inside the phrase is closed in it: 'an "anti-Russian bridgehead"'
    # (a mark written as two tokens, "'" "'", is one mark)
    marks = [
        t.i
        for t in doc[s:e]
        if is_quote_mark(t.text) and not (t.i > s and is_quote_mark(doc[t.i - 1].text_with_ws))
    ]
    if len(marks) % 2:
        if e < len(doc) and is_quote_mark(doc[e].text):
            e += 1
        elif span.root.i < marks[-1] and s < marks[-1]:
            # 'half of the members "cowards': the phrase ends where what it is called begins
            e = marks[-1]
            while e > span.root.i + 1 and (
                doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].pos_ in _CLOSERS
            ):
                e -= 1
        else:
            # '"no" to the levy': what follows the mark, without its preposition
            s, e = _trim(doc, marks[-1] + 1, e)
            if e <= s:
                return None
    # a word the tokenizer split at a hyphen or an apostrophe stays whole
    while s > 0 and not doc[s - 1].whitespace_ and not doc[s - 1].is_space and _glued(doc[s - 1]):
        s -= 1
    # (but not the "'s" after a name that ends the phrase: "Carolina's going to win" is about
    # Carolina, "closer to CNN's" about CNN)
    while (
        e < len(doc)
        and not doc[e - 1].whitespace_
        and _glued(doc[e])
        and not _clitic(doc[e])
        and doc[e].tag_ != "POS"
    ):
        e += 1
    # a compound stays whole: "the well-known head-to-head budget fight", however it was parsed
    last = doc[e - 1]
    if last.dep_ == "compound" and e <= last.head.i < last.sent.end and last.head.i - e < 3:
        if all(t.pos_ in NOMINAL or t.dep_ == "compound" for t in doc[e : last.head.i + 1]):
            e = last.head.i + 1
    e = _through_name(doc, s, e)
    # a bracket opened in the phrase and not closed ends it: "Sen. Ana Ruiz (D-Ore."
    opened = [t.i for t in doc[s:e] if t.text in _OPENING_BRACKETS]
    closed = [t.i for t in doc[s:e] if t.text in _CLOSING_BRACKETS]
    if len(opened) > len(closed):
        s, e = _trim(doc, s, opened[-1])
    elif len(closed) > len(opened):
        s, e = _trim(doc, closed[0] + 1, e)
    return doc[s:e] if e > s else None


def _through_name(doc: Doc, s: int, e: int) -> int:
    """A phrase that ends on a title the name after it goes with ("Sen." of "Sen. Ana Ruiz",
    "the party's presidential nominee" of "... nominee Ana Ruiz", split by the parse): the
    phrase goes on through the name, if the whole stays short; a day or a month is no name."""
    last = doc[e - 1]
    if last.lower_.rstrip(".") not in PERSON_TITLES | _ROLE_NOUNS:
        return e
    end = e
    while (
        end < len(doc)
        and end - e < _NAME_WORDS
        and doc[end - 1].whitespace_
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].lower_ not in TIME_WORDS
    ):
        end += 1
    return end if _words(doc[s:end]) <= MAX_WORDS else e


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Tokens ``s`` to ``e`` without punctuation, quotation marks or spaces at either end, nor a
    preposition or conjunction at the start."""
    while s < e and (
        doc[s].is_punct
        or doc[s].is_space
        or is_quote_mark(doc[s].text)
        or (doc[s].dep_ in ("case", "mark", "cc") and doc[s].head.i > s and doc[s].whitespace_)
    ):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or is_quote_mark(doc[e - 1].text)):
        e -= 1
    return s, e


def char_bounds(text: str, span: Span) -> tuple[int, int]:
    """The span's offsets in ``text`` without an unpaired quotation mark the tokenizer glued
    to its first or last word ("mechanics''", but 'a "champion"' keeps its pair)."""
    start, end = span.start_char, span.end_char
    cut = end
    while cut > start + 1 and is_quote_mark(text[cut - 1]):
        cut -= 1
    if not any(is_quote_mark(ch) for ch in text[start:cut]):  # not 'a "champion"'
        end = cut
    cut = start
    while cut < end - 1 and is_quote_mark(text[cut]):
        cut += 1
    if not any(is_quote_mark(ch) for ch in text[cut:end]):
        start = cut
    return start, end


def _glued(tok: Token) -> bool:
    """A piece of a word written without spaces: "-", "to" in "head-to-head", "'s"."""
    return (
        not tok.is_space
        and not is_quote_mark(tok.text)
        and tok.text not in (",", ".", ";", ":", "!", "?", ")", "(")
        and (tok.text == "-" or tok.text not in DASHES)  # "embrace—such" are two words
    )


def _clitic(tok: Token) -> bool:
    """A verb written onto the word before it: the "'s" of "the levy's a disaster", which is
    "the levy is", not a possessive."""
    return tok.pos_ in ("AUX", "VERB") and tok.text[:1] in ("'", "\u2019")


# --------------------------------------------------------------------------- keys


def topic_key(span: Span) -> str:
    """A normal form of a topic that groups the same subject: the head noun's lemma with the
    compound nouns before it, then the names in the phrase ("the Iran deal", "the nuclear deal
    with Iran" -> "deal (iran)"); for a name, the name without titles ("Mr. Lavrov" ->
    "lavrov")."""
    head = span.root
    if head.pos_ == "PROPN":
        return " ".join(_name_words(span, head))
    nouns = [
        t.lemma_.lower()
        for t in span
        if t.head.i == head.i
        and t.dep_ == "compound"
        and t.pos_ == "NOUN"
        and (t.i == span.start or t.doc[t.i - 1].whitespace_)  # not "post" of "post-Soviet"
    ]
    names = sorted(
        {
            " ".join(_name_words(span, t))
            for t in span
            if t.pos_ == "PROPN"
            and t.dep_ not in ("flat", "flat:name")
            and not (t.dep_ == "compound" and t.head.pos_ == "PROPN")
        }
    )
    base = " ".join([*nouns, head.lemma_.lower().strip("".join(ALL_MARKS) + "`")])
    return f"{base} ({', '.join(names)})" if names else base


def _name_words(span: Span, head: Token) -> list[str]:
    """The words of the name a proper noun heads, lowercased, without titles."""
    words = [
        t
        for t in span
        if t.i == head.i
        or (
            t.head.i == head.i and t.dep_ in ("flat", "flat:name", "compound") and t.pos_ == "PROPN"
        )
    ]
    out = [t.lower_.rstrip(".") for t in words if t.lower_.rstrip(".") not in PERSON_TITLES]
    return out or [head.lower_]
