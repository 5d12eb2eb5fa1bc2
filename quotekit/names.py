"""Names in running text: which runs of capitalized words name someone.

Read by the resolution stage (quotekit.resolution) only: the words that may be part of a name
(capitalized, nominal, no title, no day of the week), where a phrase opens (a sentence, a
quotation, a dash), headings in capitals and headlines, the words and head of a run, and the
usual sex of a first name (``quotekit/data/first_names.tsv``, read here only).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from quotekit.lexicon import (
    ADDRESSES,
    HEADLINE_SAYING,
    HONORIFICS,
    NAME_PARTICLES,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    ROLE_QUALIFIERS,
    TITLE_GENDER,
)
from quotekit.syntax import hyphen_joins

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def opens_phrase(doc: Doc, i: int, starts: list[int]) -> bool:
    """Whether a word opens a sentence or a quotation, where every word is capitalized."""
    if starts[i] == i:
        return True
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k >= 0 and (doc[k].text in _OPENERS or doc[k].text.endswith(("--", "\u2014")))


def name_run_end(doc: Doc, i: int, starts: list[int]) -> int:
    """The last word of the run of name words that ``doc[i]`` opens."""
    j = i
    while j + 1 < len(doc):
        nxt = doc[j + 1]
        if name_word(nxt, opens_phrase(doc, j + 1, starts)) and not saying_word(nxt):
            j += 1
        # "Bill de Blasio", "Ursula von der Leyen": particles inside a name
        elif nxt.lower_ in NAME_PARTICLES and j + 2 < len(doc) and name_word(doc[j + 2], False):
            j += 1
        # "Office for National Statistics", "University of Michigan": an institution's name
        # goes on past "of" or "for"
        elif (
            doc[j].lower_ in ORGANISATION_WORDS
            and nxt.lower_ in ("of", "for")
            and j + 2 < len(doc)
            and name_word(doc[j + 2], False)
        ):
            j += 2
        # "Jean-Marc Ayrault", "Park Geun-hye": a hyphenated name the tokenizer split
        elif hyphen_joins(doc, j + 1):
            j += 2
        else:
            break
    return j


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)  # "on Wednesday Diana came": a day is no part of a name


_OPENERS = frozenset({'"', "\u201c", "'", "\u2018", "("})  # and a token ending in a dash


def name_word(tok: Token, sentence_initial: bool) -> bool:
    """A word that can be part of a name: capitalized, nominal, not a title or a month; where
    every word is capitalized, a proper noun ("Poor Harriet", "Now Mary": only the name)."""
    if tok.is_space or tok.is_punct or not tok.text[:1].isupper():
        return False
    if tok.lower_.rstrip(".") in PERSON_TITLES or tok.lower_ in _WEEKDAYS:
        return False
    if sentence_initial and tok.pos_ in ("NOUN", "ADJ"):
        return False
    if tok.pos_ in ("PROPN", "NOUN", "ADJ", "X"):
        return tok.lower_ != "i"
    # a capitalized word inside a sentence is a name whatever its tag ("Zelenskyy/ADV")
    return not sentence_initial and tok.pos_ not in _CLOSED_CLASS


def after_honorific(doc: Doc, i: int) -> bool:
    """A capitalized word after "Mr." or "Ms." is a name even when it is a title word:
    "Mr. King", "Ms. Judge"."""
    tok = doc[i]
    return (
        i > 0
        and doc[i - 1].lower_.rstrip(".") in HONORIFICS
        and tok.text[:1].isupper()
        and tok.pos_ in ("PROPN", "NOUN")
        and tok.lower_ not in ADDRESSES
    )


def saying_word(tok: Token) -> bool:
    return tok.lower_ in HEADLINE_SAYING


def is_initial(tok: Token) -> bool:
    """A middle initial: "F." of "John F. Doyle"."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def is_headline(sent: Span) -> bool:
    """A title-case line ("Storm Closes Harbor as Fleet Waits"): its capitals say nothing."""
    last = [t for t in sent if not t.is_space]
    if last and last[-1].text in (".", "!", "?", '"', "\u201d"):
        return False  # headlines carry no final stop
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(1 for t in words if t.text[0].isupper()) >= 0.85 * len(words)


def name_run(run: Span) -> Span | None:
    """The words of a run of capitalized words that name someone, or None."""
    found = _without_headline_capitals(run)
    if found is None:
        return None
    run = found
    doc = run.doc
    # "Dearest Diana", "Poor Harriet": a word of address or pity before a name is no part of it
    while len(run) > 1 and run[0].lower_ in _ADDRESS_WORDS:
        run = run[1:]
    # "Secretary of State Maria Olsen": the words after the title's "of" name the office; the
    # person is the last two words (three with an initial)
    if (
        run.start >= 2
        and doc[run.start - 1].lower_ == "of"
        and doc[run.start - 2].lower_.rstrip(".") in PERSON_TITLES
        and len(run) >= 3
        and run[-1].lower_ not in ORGANISATION_WORDS
    ):
        size = 3 if is_initial(doc[run.end - 2]) and len(run) >= 4 else 2
        run = doc[run.end - size : run.end]
    return run


_ADDRESS_WORDS = frozenset({"dear", "dearest", "darling", "poor", "sweet"})


def _without_headline_capitals(run: Span) -> Span | None:
    """A run of capitalized words without the words of a heading set in capitals ("CHAPTER
    X. OLIVER BECOMES ...", "POIROT INVESTIGATES"; "WHEN Marilla ..." is Marilla): two words
    of four capital letters or more are a heading, not a name, and one opening a name is the
    heading's. Acronyms ("FBI", "RT America", "USA TODAY", "G.K. Butterfield") stay."""
    caps = [_heading_word(t) for t in run]
    if not any(caps) or len(run) == 1:
        return run
    if sum(caps) >= 2:
        return None
    return run[1:] if caps[0] else run


def _heading_word(tok: Token) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def run_words(run: Span) -> list[str]:
    """The words of a name, hyphenated parts joined: ["Douglas", "Holtz-Eakin"]."""
    words: list[str] = []
    doc = run.doc
    for tok in run:
        if words and (hyphen_joins(doc, tok.i) or hyphen_joins(doc, tok.i - 1)):
            words[-1] += tok.text
        else:
            words.append(tok.text)
    return words


def run_head(run: Span) -> Token:
    for tok in run:
        if not (run.start <= tok.head.i < run.end) or tok.head.i == tok.i:
            return tok
    return run[-1]


_CLOSED_CLASS = frozenset(
    {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX", "NUM", "PART", "SPACE", "SYM"}
)


def first_name_sex(word: str) -> str:
    """ "m" or "f" for a first name most of whose bearers are men or women ("Emma", "Henry"),
    else ""."""
    return _first_names().get(word.lower(), "")


def lone_capital(tok: Token) -> bool:
    """'Hush', 'Coffee' opening a sentence: a capitalized word that is no first name and that
    the text uses nowhere else, which a parse took for a name but which names nobody."""
    word = tok.lower_
    return not first_name_sex(word) and _words(tok.doc)[0][word] == 1


def written(doc: Doc, form: str) -> bool:
    """Whether the text has a word written exactly so ("hush" in small letters)."""
    return form in _words(doc)[1]


_WORDS_KEY = "quotekit.words"  # Doc.user_data: how often each word stands, and its forms


def _words(doc: Doc) -> tuple[Counter[str], frozenset[str]]:
    """How often each word of the text stands (lowercased), and the forms it is written in;
    counted once per document."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = (Counter(t.lower_ for t in doc), frozenset(t.text for t in doc))
        doc.user_data[_WORDS_KEY] = words
    return words


def feminine_ending(word: str) -> bool:
    """Whether a first name no list holds ends as women's names do: in "a" (1,748 of the 1,752
    names in the list that end so are women's: "Polina", "Marilla")."""
    low = word.lower()
    return len(low) >= 4 and low.isalpha() and low.endswith("a") and not first_name_sex(low)


@cache
def _first_names() -> dict[str, str]:
    raw = resources.files("quotekit").joinpath("data/first_names.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {name: sex.strip() for name, sex in rows}


def roles_around(doc: Doc, start: int, end: int) -> tuple[set[str], bool]:
    """Title words next to a name: "Foreign Minister Lavrov", "Lavrov, Russia's Foreign
    Minister since 2004" (read from the words, not the parse). A qualifier makes another
    office ("Deputy Prime Minister Rayner" is "the deputy", not "the Prime Minister";
    "Rayner, the former president" is "the former president"). Also whether any title stands
    there (a person)."""
    before: list[tuple[Token, bool]] = []
    k = start - 1
    bounded = True  # "the King and the White Rabbit": the King's title is no other's role
    while k >= 0 and start - k <= 3 and not doc[k].is_punct and not doc[k].is_space:
        bounded = bounded and doc[k].pos_ not in ("DET", "CCONJ")
        before.append((doc[k], bounded))
        k -= 1
    after: list[Token] = []
    if end < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1 : end + 9]:
            if tok.text in (",", ".", ";", ":") or tok.is_space or tok.pos_ == "VERB":
                break
            if tok.lower_ in ("'s", "\u2019s"):
                # "Nibs, the King's herald": the King is someone else, the role is what follows
                after.clear()
                continue
            after.append(tok)
    roles: set[str] = set()
    titled = False
    for phrase in (list(reversed(before)), [(t, True) for t in after]):
        qualifier = ""
        for tok, own in phrase:
            # (after the comma, "Mr." opens another name: "Ortiz, Mr. Lund said")
            word = tok.lower_.rstrip(".") if tok.i < start else tok.lower_
            titled = titled or word in PERSON_TITLES
            if not own:
                continue
            if word in ROLE_QUALIFIERS:
                qualifier = qualifier or word
                if word in PERSON_TITLES:
                    roles.add(word)
            elif word in PERSON_TITLES:
                # "former secretary" is a role of its own: "the former secretary said"
                roles.add(f"{qualifier} {word}" if qualifier else word)
    return roles, titled


def title_gender(doc: Doc, start: int, first: str = "") -> str:
    """ "m" or "f" where the word before a name is a title that says so ("Mr", "Ms"), or the
    name's ``first`` word is a rank or a form of address that does ("the Countess Olenska",
    "the Duke", "Madame Merle")."""
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    return TITLE_GENDER.get(before, "") or RANK_GENDER.get(first.lower().rstrip("."), "")


# ranks and forms of address that open a name and say its bearer's sex; never a first name
RANK_GENDER = {
    **dict.fromkeys("count duke earl baron marquis marquess emperor monsieur uncle".split(), "m"),
    **dict.fromkeys(
        "countess duchess baroness marchioness marquise empress madame mademoiselle mme mlle aunt"
        .split(),
        "f",
    ),
    **TITLE_GENDER,
}


def opening_name(sent: Span) -> Span | None:
    """A sentence the parser gave no subject that opens with a name and a verb in the past
    ("Sir Ernest bowed.", parsed with "Sir" as a word of its own; "Sir Ernest fairly
    shot ...", an adverb between): the name."""
    doc = sent.doc
    k = sent.start
    while k < sent.end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    end = k
    if k < sent.end and doc[k].tag_ == "RB":
        k += 1
    if end == sent.start or k >= sent.end:
        return None
    if doc[k].tag_ not in ("VBD", "VBN") and not _short_action(sent, end):
        return None
    return doc[sent.start : end]


def _short_action(sent: Span, end: int) -> bool:
    """'Sir Ernest rose ponderously.', which the parse made a name with a noun after it: the
    name is the root and two words or fewer in small letters follow it to the full stop."""
    rest = [t for t in sent.doc[end : sent.end] if not t.is_space]
    return (
        sent.start <= sent.root.i < end
        and 2 <= len(rest) <= 3
        and rest[-1].text == "."
        and all(t.is_lower and t.is_alpha for t in rest[:-1])
    )
