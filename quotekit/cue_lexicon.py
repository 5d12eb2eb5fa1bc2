"""Cue lexicon: the table of verbs and nouns of saying and what the rules read from it (data only).

Every cue lemma, with its classes and the properties the rules read (object content,
prepositions, infinitive or bare-clause complement, parenthetical use ...), is one row of
``quotekit/data/lexicon.tsv``, so that users can read and extend it; this is the only module
that reads it. The word lists and label sets the rules read are in ``quotekit.lexicon``.
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


# cues whose object is the one told, not what was said: "told reporters she ...", 'told the
# crowd "..."'
ADDRESSEE_CUES = lemmas_with("addressee")
# of those, the ones that tell: their object is the one told, a clause after it what was told
TELLING_CUES = lemmas_with("telling")

# the classes whose verbs report speech: "said", "whispered", "met with"
REPORTING_CLASSES = frozenset({"speech", "manner", "social"})


class _Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def lemma_(self) -> str: ...


def cue_lemma(tok: _Word) -> str:
    """The lemma of a possible cue word, robust to a lemmatizer that missed the form."""
    return verb_lemma(tok.text, tok.lemma_, all_cue_lemmas())
