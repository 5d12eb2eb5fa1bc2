"""The rule book: every rule that makes a quote, declared once.

A record's ``rule`` field names the construction that found its content. Each rule has an id
(the value of that field), the family of constructions it belongs to (the module that holds
it), a one-line description and an example sentence. ``RuleId`` types the field; tests check
that every rule here has a test asserting its id and a key in the confidence table, and the
README's list of what is read as a quote is checked against ``FAMILIES``.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, get_args

RuleId = Literal[
    "direct-cue-after",
    "direct-cue-before",
    "direct-cue-inside",
    "direct-no-cue",
    "direct-complement",
    "mixed-lead",
    "ccomp-complement",
    "xcomp-complement",
    "complement-before",
    "that-clause",
    "clause-after",
    "parataxis-cue-after",
    "attribution-after",
    "object-content",
    "oblique-content",
    "parenthetical-cue",
    "as-parenthetical",
    "passive-report",
    "passive-object",
    "question-put",
    "embedded-question",
    "directive",
    "noun-complement",
    "according-to",
    "colon-line",
    "interview-answer",
    "dash-attribution",
]


class Rule(NamedTuple):
    id: RuleId
    family: str  # the module of quotekit.contents that holds it
    description: str
    example: str


# the families of constructions, in the order the README lists them
FAMILIES = {
    "direct": "quotations in marks, with the cue before, after or inside them",
    "clauses": "that-clauses and bare complements of a cue, before or after it",
    "objects": "objects and prepositional complements of judging and pointing verbs",
    "parentheticals": "clauses interrupted or closed by their cue, passives",
    "questions": "questions put to someone, and directives",
    "nouns": "nouns of saying with a content clause or a preposition",
    "according": '"according to" and its source',
    "colons": "a name and a colon opening a line, an interview's answer",
    "dashes": "an attribution set off from its content by a dash, after it or before it",
}

RULES: tuple[Rule, ...] = (
    Rule(
        "direct-cue-after",
        "direct",
        "a quotation with its cue after it",
        '"We will appeal," the coach said.',
    ),
    Rule(
        "direct-cue-before",
        "direct",
        "a quotation introduced by a cue before it",
        'The coach said: "We will appeal."',
    ),
    Rule(
        "direct-cue-inside",
        "direct",
        "a quotation interrupted by its own cue, or going on after it, in pieces",
        '"We will appeal," the coach said, "and we will win."',
    ),
    Rule(
        "direct-no-cue",
        "direct",
        "a quotation with no cue: after a colon, a dash, a pull quote's line, or floating",
        'Mayor Ortiz: "The bridge opens in May."',
    ),
    Rule(
        "direct-complement",
        "direct",
        "a quotation linked to no cue, whose cue a rule of reported speech found",
        'According to the coach: "We will appeal the ruling."',
    ),
    Rule(
        "mixed-lead",
        "direct",
        "reported words before a quotation that the same cue introduces",
        'The mayor called the plan "a waste of money."',
    ),
    Rule(
        "ccomp-complement",
        "clauses",
        "a that-clause or bare clause the parse hangs on the cue",
        "The mayor said that the bridge would open in May.",
    ),
    Rule(
        "xcomp-complement",
        "clauses",
        "a to-infinitive of a promising or refusing cue, or a gerund of proposing",
        "The union vowed to fight the cuts.",
    ),
    Rule(
        "complement-before",
        "clauses",
        "a clause before the cue that the parse makes its complement",
        "The bridge will open in May, the mayor said.",
    ),
    Rule(
        "that-clause",
        "clauses",
        'the clause after "that" where the parse lost the complement',
        "The mayor noted at a meeting on Tuesday that the bridge was safe.",
    ),
    Rule(
        "clause-after",
        "clauses",
        "a clause right after the cue (or its addressee) that the parse did not hang on it",
        "Engineers say the old bridge needs repairs.",
    ),
    Rule(
        "parataxis-cue-after",
        "clauses",
        "a clause closed by its cue after a comma (the parse hangs the cue on the clause)",
        "The repairs will take a year, the engineer added.",
    ),
    Rule(
        "attribution-after",
        "clauses",
        "a clause closed by a cue whose speaker stands between commas",
        "The bridge will close in June, its chief engineer, Ana Ruiz, told reporters.",
    ),
    Rule(
        "object-content",
        "objects",
        "the object of a judging, denying or promising cue",
        "The council praised the new budget.",
    ),
    Rule(
        "oblique-content",
        "objects",
        "a prepositional complement that carries content",
        "The union called for higher wages.",
    ),
    Rule(
        "parenthetical-cue",
        "parentheticals",
        "a clause interrupted by its cue and speaker set off by commas, in two pieces",
        "The bridge, the mayor said, will open in May.",
    ),
    Rule(
        "as-parenthetical",
        "parentheticals",
        "the clause around an as-clause cue",
        "As the engineer noted, the bridge is old.",
    ),
    Rule(
        "passive-report",
        "parentheticals",
        "a passive report: its subject and its infinitive, around the cue",
        "The minister is said to have resigned.",
    ),
    Rule(
        "passive-object",
        "parentheticals",
        "a passive judging cue with its agent: the subject is what was judged",
        "The plan was criticized by the union.",
    ),
    Rule(
        "question-put",
        "questions",
        "a question put to someone: the source is the asker",
        "Asked about the budget, the mayor smiled.",
    ),
    Rule(
        "embedded-question",
        "questions",
        "an if- or whether-question the parse hangs on the asking cue",
        "The reporter asked the mayor if the bridge was safe.",
    ),
    Rule(
        "directive",
        "questions",
        "what a directive cue tells its addressee to do",
        "The mayor urged residents to conserve water.",
    ),
    Rule(
        "noun-complement",
        "nouns",
        "a noun of saying with its content clause or its preposition",
        "The mayor's claim that the bridge was safe surprised engineers.",
    ),
    Rule(
        "according-to",
        "according",
        'the clause an "according to" phrase attributes',
        "According to the mayor, the bridge will open in May.",
    ),
    Rule(
        "colon-line",
        "colons",
        "a name and a colon opening a line: the rest of the line is the source's",
        "ORTIZ: We will open the bridge in May.",
    ),
    Rule(
        "interview-answer",
        "colons",
        "an interview's answer line: the words of the person named before the questions",
        "We spoke to Mayor Ortiz.\n\nQ: When will the bridge open?\n\nA: We will open it in May.",
    ),
    Rule(
        "dash-attribution",
        "dashes",
        "the words on the other side of a dash from their attribution",
        "The bridge opens in May - that was the message from Mayor Ortiz.",
    ),
)

BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def rule_ids() -> tuple[str, ...]:
    """Every rule id, in the order of ``RuleId``."""
    return get_args(RuleId)
