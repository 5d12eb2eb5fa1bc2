"""Lexicon: the cue table, the word lists the rules read, and UD label sets (data only).

Every cue lemma, with its classes and the properties the rules read (object content,
prepositions, infinitive or bare-clause complement, parenthetical use ...), is one row of
``quotekit/data/lexicon.tsv``, so that users can read and extend it; this is the only module
that reads it. The lists were written for this project.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Protocol

CUE_CLASSES = (
    "speech",
    "manner",
    "social",
    "evaluation",
    "promise",
    "cognition",
    "nominal",
    "evidence",
    "stance",
    "dialogue",
)
# what counts unless asked otherwise: every class. "stance" and "evidence" ("opposes the
# deal", "a poll shows that ...") raise the F1 of all attributions on PolNeAR (dev 71.0 to
# 72.6, train 68.9 to 70.5) at a small cost on verbs of saying (dev 0.2, train 0.5);
# `--cues speech,...` narrows it
DEFAULT_CUE_CLASSES = frozenset(CUE_CLASSES)
SAYING_CLASSES = frozenset({"speech", "manner", "dialogue"})  # "said", "whispered", "returned"

# UD relations (Stanza emits UD v2 labels; the root is stored as spaCy's "ROOT").
SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubj:outer"})
SPEAKER_LEFT_DEPS = frozenset(
    {
        "compound",
        "flat",
        "flat:name",
        "det",
        "amod",
        "nummod",
        "nmod:poss",
        "case",
        "det:poss",
        "nmod:desc",
    }
)
SPEAKER_RIGHT_DEPS = frozenset({"flat", "flat:name"})

# parts of speech of a noun phrase's head
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})

# Words that mark a person in a title ("President Obama", "Sen. Warren").
PERSON_TITLES = frozenset(
    """
mr mrs ms miss dr sir dame lord lady president minister secretary senator sen rep representative
governor gov mayor chancellor premier prime chairman chairwoman chair spokesman spokeswoman
spokesperson ambassador general gen colonel col judge justice director ceo chief king queen prince
princess pope rev reverend father sheikh professor prof candidate nominee leader official adviser
advisor aide attorney lawyer economist analyst founder executive manager commissioner deputy
speaker inspector superintendent detective sergeant constable treasurer lieutenant lt captain capt
sheriff coach councilman councilwoman councillor councilor alderman congressman congresswoman
""".split()
)

# Names cried out, not people who speak: "Good God, no!", "Heavens, Harriet!", "My God," he thought.
EXCLAIMED_NAMES = frozenset("god lord heaven heavens jove christ jesus goodness".split())

# Titles of address before a name: "Mr. King" (a surname even when it is a title word).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})

# Words that make a title another office: "Deputy Prime Minister", "the former president".
ROLE_QUALIFIERS = frozenset(
    {"deputy", "vice", "former", "ex", "assistant", "associate", "acting", "shadow", "junior"}
)

# Words for times, which are never the source of a quote ("said this week", "Friday, he said").
TIME_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
morning afternoon evening night week weekend month year day hour minute time season
january february march april may june july august september october november december
""".split()
)

# Quotation mark characters.
DOUBLE_OPEN = frozenset('"\u201c\u201e\u201f')
DOUBLE_CLOSE = frozenset('"\u201d\u201f')
SINGLE_OPEN = frozenset("'\u2018\u201b")
SINGLE_CLOSE = frozenset("'\u2019")
GUILLEMET_OPEN = frozenset("\u00ab\u2039")
GUILLEMET_CLOSE = frozenset("\u00bb\u203a")
ALL_MARKS = (
    DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | GUILLEMET_OPEN | GUILLEMET_CLOSE
)


def is_quote_mark(text: str) -> bool:
    """Whether a token is a quotation mark, one character or a doubled one ("''", "``")."""
    return bool(text) and all(ch in ALL_MARKS or ch == "`" for ch in text)


# Elisions that begin with an apostrophe: "'90s", "'em", "'til", "'cause", "'n'".
ELISIONS = ("em", "til", "cause", "bout", "n'", "tis", "twas", "s ")


@dataclass(frozen=True)
class CueEntry:
    """One row of the lexicon table: a lemma as a verb or as a noun of saying."""

    lemma: str
    pos: str  # "verb" or "noun"
    classes: tuple[str, ...]  # in CUE_CLASSES order
    properties: frozenset[str]
    prepositions: frozenset[str]


@cache
def _table() -> dict[tuple[str, str], CueEntry]:
    raw = resources.files("quotekit").joinpath("data/lexicon.tsv").read_text("utf-8")
    rows: dict[tuple[str, str], CueEntry] = {}
    order = {c: i for i, c in enumerate(CUE_CLASSES)}
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(lines[1:], 2):  # the first line names the columns
        cells = line.split("\t")
        if len(cells) != 5 or cells[1] not in ("verb", "noun"):
            raise ValueError(f"data/lexicon.tsv: row {n} needs 5 cells, pos verb or noun: {line!r}")
        lemma, pos, classes, props, preps = (c.strip() for c in cells)
        named = [] if classes == "-" else classes.split(",")
        if any(c not in order for c in named):
            raise ValueError(f"data/lexicon.tsv: unknown class in row {n}: {classes!r}")
        rows[(lemma, pos)] = CueEntry(
            lemma,
            pos,
            tuple(sorted(named, key=order.__getitem__)),
            frozenset() if props == "-" else frozenset(props.split(",")),
            frozenset() if preps == "-" else frozenset(preps.split("|")),
        )
    return rows


def cue_entry(lemma: str, pos: str = "verb") -> CueEntry | None:
    """The lexicon's row for a lemma as a verb (or as a noun of saying)."""
    return _table().get((lemma, pos))


@cache
def load_cue_class(name: str) -> frozenset[str]:
    """Return the lemmas of one cue class."""
    if name not in CUE_CLASSES:
        raise ValueError(f"unknown cue class {name!r}; choose from {', '.join(CUE_CLASSES)}")
    return frozenset(e.lemma for e in _table().values() if name in e.classes)


@cache
def cue_lemmas(classes: frozenset[str]) -> frozenset[str]:
    """The verb lemmas of the given classes (the nominal class is kept apart, and so is the
    dialogue class, whose verbs are cues only beside a quotation: see quotation_cue_lemmas)."""
    out: set[str] = set()
    for name in classes:
        if name not in ("nominal", "dialogue"):
            out |= load_cue_class(name)
    return frozenset(out)


@cache
def quotation_cue_lemmas(classes: frozenset[str]) -> frozenset[str]:
    """The verbs that attribute a quotation beside them: cue_lemmas' and, if asked for, the
    dialogue verbs ('"Never," returned Anna'), which report no clause ("she returned home")."""
    out = cue_lemmas(classes)
    return out | load_cue_class("dialogue") if "dialogue" in classes else out


@cache
def cue_class_of(lemma: str) -> str | None:
    """A lemma's class: the first of its classes in CUE_CLASSES order, as verb or noun."""
    for name in CUE_CLASSES:
        if lemma in load_cue_class(name):
            return name
    return None


@cache
def lemmas_with(prop: str, pos: str = "verb") -> frozenset[str]:
    """The lemmas whose row has a property ("infinitive", "directive", ...)."""
    return frozenset(e.lemma for e in _table().values() if e.pos == pos and prop in e.properties)


def has_property(lemma: str, prop: str, pos: str = "verb") -> bool:
    return lemma in lemmas_with(prop, pos)


def prepositions(lemma: str, pos: str = "verb") -> frozenset[str]:
    """The prepositions that introduce a lemma's content ("insist" -> on, upon)."""
    entry = cue_entry(lemma, pos)
    return entry.prepositions if entry is not None else frozenset()


def takes_object_content(lemma: str, klass: str | None) -> bool:
    """Whether a cue's direct object is what was said ("praised the city's approach"): by its
    class or its own row; but what is offered is mostly a thing ("offered a window"), what is
    offered to be done the promise ("offered to resign")."""
    if has_property(lemma, "not-object"):
        return False
    return klass in OBJECT_CONTENT_CLASSES or has_property(lemma, "object")


# classes whose object is what was said: "praised X", "denied the report", "opposes the deal"
OBJECT_CONTENT_CLASSES = frozenset({"evaluation", "promise", "stance", "evidence"})


# Irregular forms of cue verbs, for when the lemmatizer leaves a form unlemmatized.
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "understood": "understand",
    "sang": "sing",
    "sung": "sing",
    "swore": "swear",
    "sworn": "swear",
    "forbade": "forbid",
    "taught": "teach",
}
_SUFFIXES = (
    ("ied", "y"),
    ("ies", "y"),
    ("ying", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)


def verb_lemma(form: str, lemma: str, known: frozenset[str]) -> str:
    """The lemma of a verb form that is in ``known``, trying the parser's lemma first, then
    regular and irregular inflections of the form; else the parser's lemma.

    >>> verb_lemma("reiterated", "reiterated", frozenset({"reiterate"}))
    'reiterate'
    """
    lemma = lemma.lower()
    if lemma in known:
        return lemma
    low = form.lower()
    if low in known:
        return low
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for suffix, rep in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)]
            if stem + rep in known:
                return stem + rep
            # doubled consonant: "submitted" -> "submit"
            if rep == "" and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
                return stem[:-1]
    return lemma


@cache
def all_cue_lemmas() -> frozenset[str]:
    """The lemmas of the default classes: the words the rules treat as cues of another
    report when they decide where a content ends ("... and vowed to ...")."""
    return cue_lemmas(DEFAULT_CUE_CLASSES)


# --------------------------------------------------------------------------- word lists
# Closed-class words and short lists the rules read, each named once here.

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

PRONOUN_OBJECTS = frozenset(
    "it this that so something nothing anything everything what which them him her".split()
)

QUESTION_WORDS = frozenset({"if", "whether", "what", "which", "who", "why", "how", "when"})

TERM_NOUNS = frozenset({"term", "word", "phrase", "name", "concept", "label", "expression"})

TIME_PREPOSITIONS = frozenset({"since", "during", "after", "before", "until", "following"})

EXPLETIVES = frozenset({"it", "there"})

OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "nothing", "something", "so"})

MANNER_MARKS = frozenset({"by", "without"})

WHEN_ADVERBS = frozenset({"when", "whenever", "while"})

ADVERBIAL_OPENERS = frozenset(
    {"before", "after", "when", "because", "since", "until", "while", "although", "though"}
    | {"once", "unless", "whenever", "as"}
)

EDITORIAL_LABELS = frozenset(
    {
        "correction",
        "clarification",
        "update",
        "updated",
        "editor's note",
        "note",
        "related",
        "read more",
        "watch",
        "video",
        "photos",
        "exclusive",
        "analysis",
        "opinion",
        "breaking",
        "live",
        "transcript",
        "source",
        "sources",
        "credit",
        "disclosure",
        "advertisement",
    }
)

RELATIVE_PRONOUNS = frozenset({"who", "which", "whom", "whose"})

NEGATIONS = frozenset({"not", "never"})

LEAD_PRONOUNS = frozenset({"which", "that", "what", "who", "whom"})

SUBORDINATORS = frozenset(
    {"although", "though", "while", "whereas", "after", "before", "when", "as", "since"}
    | {"because", "if", "despite", "once", "until", "even"}
)

CONTRAST_WORDS = frozenset({"while", "whereas", "despite"})

JOINING_WORDS = frozenset({"though", "although", "but", "and", "while"})

QUESTION_OPENERS = frozenset({"when", "after", "if", "once", "while"})

REPORTING_CLASSES = frozenset({"speech", "manner", "social"})

DASHES = frozenset({"--", "\u2014", "\u2013", "\u2015", "-"})

MINOR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "and",
        "or",
        "for",
        "to",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "vs",
    }
)

RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})

PARTY_LETTERS = frozenset({"R", "D", "I"})

BREAKS_BEFORE_SUBJECT = frozenset({":", "\u2014", "\u2013", "--", "-"})

# last words of organisations' names: "president of the Washington Restaurant Association"
ORGANISATION_WORDS = frozenset(
    """association council center centre committee party university institute department
    foundation union commission agency bureau office board company corporation group
    network league society alliance coalition campaign fund trust bank court chamber
    ministry organization organisation""".split()
)

NAME_PARTICLES = frozenset({"de", "da", "di", "del", "der", "van", "von", "le", "la", "bin", "al"})

# a headline's verb of saying, capitalized: "Lindsey Graham Says ...", "Rick Perry Just
# Announced ..."
HEADLINE_SAYING = frozenset(
    "says said tells told asks asked warns warned claims claimed admits insists slams blasts "
    "urges calls reveals revealed explains explained announces announced declares declared "
    "responds responded just".split()
)

# what an unnamed source is said to be, by its first two words: "people familiar with the
# matter", "sources close to the talks", "a person with knowledge of the plans"
SOURCE_QUALIFIERS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("knowledgeable", "about"),
        ("privy", "to"),
        ("involved", "in"),
        ("aware", "of"),
        ("with", "knowledge"),
        ("with", "direct"),
    }
)

# nouns that name what someone said in an attribution across a dash: '"..." - those were the
# words of the mayor', '- that was the verdict from the judge'
DASH_FRAME_NOUNS = frozenset(
    """word message verdict view warning advice plea assessment reaction response argument
    conclusion answer promise sentiment point take""".split()
)

# titles that follow "Mr." or "Madam" in address, not as a surname: "Mr. President"
ADDRESSES = frozenset(
    "president speaker chairman chairwoman secretary mayor governor senator ambassador "
    "prime minister chief justice vice".split()
)

# documents that speak for whoever made them: "a count by The Associated Press"
DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "analysis",
        "study",
        "survey",
        "poll",
        "count",
        "tally",
        "estimate",
        "statement",
        "release",
        "letter",
        "email",
        "e-mail",
        "memo",
        "message",
        "tweet",
        "post",
        "review",
        "audit",
        "calculation",
        "projection",
        "forecast",
        "complaint",
    }
)

# people named by their tie to someone else: "Clinton's chief pollster", "Trump's supporters"
OTHER_PEOPLE = frozenset(
    {
        "supporter",
        "opponent",
        "adviser",
        "advisor",
        "aide",
        "ally",
        "associate",
        "manager",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pollster",
        "strategist",
        "lawyer",
        "attorney",
        "secretary",
        "director",
        "deputy",
        "assistant",
        "surrogate",
        "backer",
        "donor",
        "friend",
        "critic",
        "rival",
        "staffer",
        "official",
        "wife",
        "husband",
        "son",
        "daughter",
        "father",
        "mother",
        "sister",
        "brother",
    }
)

# words that open no description of a named speaker ("whose task ...", "many said")
NOT_APPOSITIONS = frozenset(
    {"whose", "which", "who", "many", "both", "some", "these", "those", "all", "most", "several"}
)

TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "brother"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister"), "f"),
}

PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}

TITLES_BEFORE_NAME = frozenset({"rep", "sen", "gov", "dr", "mr", "mrs", "ms", "gen", "lt"})

ABOUT_PREPOSITIONS = frozenset({"on", "about", "of", "regarding", "concerning", "over"})

# "said of the plan", "spoke about X"; not "on" or "over", which are mostly times ("on Monday")
CUE_ABOUT_PREPOSITIONS = frozenset({"about", "of", "regarding", "concerning"})

# noun heads too vague to say what a quote is about: "a point", "the other factor", "my hope"
VAGUE_HEADS = frozenset(
    """
thing point way lot people time one kind sort fact part priority intention something anything
everything nothing someone anyone everyone stuff bit example day week opportunity percentage
percent majority minority number like guy factor hope result capability demand weight question
promise following matter reason behalf end moment place folk folks
""".split()
)
# heads vague only in the singular ("no idea", "no doubt"; "their ideas" propose)
VAGUE_SINGULAR = frozenset({"idea", "notion", "doubt"})
# cues whose "on" phrase names what was spoken about ("commented on the ruling", "weighed in on
# X"); other cues' "on" is mostly a time ("said on Monday")
TOPIC_ON_CUES = frozenset(
    "comment remark speak talk elaborate weigh reflect testify report write focus touch "
    "brief update insist dwell expound muse opine".split()
)
# verbs that name or rate their object ("called the plan a failure", "deemed the emails secret"):
# the object is what the statement is about
NAMING_VERBS = frozenset(
    "call label brand dub deem term describe characterize characterise consider declare "
    "find judge rate pronounce".split()
)
# verbs whose object says little of its own ("has done an awful job", "made a mistake"): their
# subject stays what the clause is about
LIGHT_VERBS = frozenset("do make have get take give".split())
# nouns of people and bodies who act (with OTHER_PEOPLE and ORGANISATION_WORDS): "the team
# avoided taking her there" is about what the team did; "the attacks highlight the threat" is
# about the attacks
PEOPLE_NOUNS = frozenset(
    "team operative people official leader member voter person man woman group administration "
    "government staff police party family folk".split()
)
# verbs whose subject belongs to the verb after them ("the plan seems to work")
RAISING_VERBS = frozenset("seem appear tend continue begin start need go use".split())
# subjects of a predicate that describes a person ("I am a proven champion", "he's a nice guy")
PERSONAL_PRONOUNS = frozenset("i you he she we they".split())
# in a quotation, "he" or "she" is someone other than the speaker
THIRD_PERSON_SINGULAR = frozenset({"he", "she"})
# pronouns and determiners that never name a topic on their own
PRONOUN_WORDS = frozenset(
    """
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves this that these
those who whom whose what which there here one
""".split()
)
# what someone declined, refused or failed to do was not done ("declined to comment on ...")
NEGATED_DOING = frozenset({"decline", "refuse", "fail"})
# what may stand right before an "asked" put to someone: "when asked", "if asked"
QUESTION_OPENERS_BEFORE_ASKED = frozenset({"when", "if", "once", "after"})


# cues whose object is the one told, not what was said: "told reporters she ...", 'told the
# crowd "..."'
ADDRESSEE_CUES = lemmas_with("addressee")
# of those, the ones that tell: their object is the one told, a clause after it what was told
TELLING_CUES = lemmas_with("telling")


class _Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def lemma_(self) -> str: ...


def cue_lemma(tok: _Word) -> str:
    """The lemma of a possible cue word, robust to a lemmatizer that missed the form."""
    return verb_lemma(tok.text, tok.lemma_, all_cue_lemmas())
