"""Lexicon: UD label sets and the cue lexicon (data only).

The cue lists live in ``quotekit/data/cues-<class>.txt``, one lemma per line, so that users
can read and extend them. They were written for this project.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

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
)
# what counts unless asked otherwise: every class. "stance" and "evidence" ("opposes the
# deal", "a poll shows that ...") raise the F1 of all attributions on PolNeAR (dev 71.0 to
# 72.6, train 68.9 to 70.5) at a small cost on verbs of saying (dev 0.2, train 0.5);
# `--cues speech,...` narrows it
DEFAULT_CUE_CLASSES = frozenset(CUE_CLASSES)

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

# cues whose object is the one told, not what was said: "told reporters she ...", 'told the
# crowd "..."'
ADDRESSEE_CUES = frozenset({"tell", "ask", "remind", "assure", "warn", "urge", "inform"})
# of those, the ones that tell: their object is the one told, a clause after it what was told
TELLING_CUES = frozenset({"tell", "remind", "assure", "inform"})
# parts of speech of a noun phrase's head
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "us"})

# Words that mark a person in a title ("President Obama", "Sen. Warren").
PERSON_TITLES = frozenset(
    """
mr mrs ms miss dr sir dame lord lady president minister secretary senator sen rep
representative governor gov mayor chancellor premier prime chairman chairwoman chair
spokesman spokeswoman spokesperson ambassador general gen colonel col judge justice
director ceo chief king queen prince princess pope rev reverend father sheikh
professor prof candidate nominee leader official adviser advisor aide attorney
lawyer economist analyst founder executive manager commissioner deputy speaker
""".split()
)

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


@cache
def load_cue_class(name: str) -> frozenset[str]:
    """Return the lemmas of one cue class."""
    if name not in CUE_CLASSES:
        raise ValueError(f"unknown cue class {name!r}; choose from {', '.join(CUE_CLASSES)}")
    raw = resources.files("quotekit").joinpath(f"data/cues-{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in raw.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@cache
def cue_lemmas(classes: frozenset[str]) -> frozenset[str]:
    """The verb lemmas of the given classes (the nominal class is kept apart)."""
    out: set[str] = set()
    for name in classes:
        if name != "nominal":
            out |= load_cue_class(name)
    return frozenset(out)


@cache
def cue_class_of(lemma: str) -> str | None:
    for name in CUE_CLASSES:
        if lemma in load_cue_class(name):
            return name
    return None


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
