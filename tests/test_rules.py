"""The rule book as a specification: one construction per rule id, on a hand-built parse.

Every rule in ``quotekit.rules`` has a case here whose expected records name its id, so that a
rule cannot be added without a test that asserts it; and every rule has a confidence key, is in
the output schema's list of rule ids, and is described in the README by its family.
"""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest
from conftest import ROOT, make_doc

from quotekit.confidence import _table, feature_key
from quotekit.pipeline import annotate
from quotekit.records import InputDoc
from quotekit.rules import BY_ID, FAMILIES, RULES, rule_ids

_spec = importlib.util.spec_from_file_location("readme_rules", ROOT / "tools" / "readme_rules.py")
assert _spec is not None and _spec.loader is not None
readme_rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readme_rules)

SPEC = [
    pytest.param(
        '"We will appeal," the coach said.',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4//MD appeal/VERB/ccomp/9//VB ,/PUNCT/punct/9 "/PUNCT/punct/4 the/DET/det/8 coach/NOUN/nsubj/9 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/9'],
        [('direct', '"We will appeal,"', 'the coach', 'said', 'direct-cue-after')],
        id='direct-cue-after',
    ),
    pytest.param(
        'The coach said: "We will appeal."',
        ['The/DET/det/2 coach/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD :/PUNCT/punct/8 "/PUNCT/punct/8 We/PRON/nsubj/8 will/AUX/aux/8//MD appeal/VERB/ccomp/3//VB ./PUNCT/punct/3 "/PUNCT/punct/3'],
        [('direct', '"We will appeal."', 'The coach', 'said', 'direct-cue-before')],
        id='direct-cue-before',
    ),
    pytest.param(
        '"We will appeal," the coach said, "and we will win."',
        ['"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4//MD appeal/VERB/ccomp/9//VB ,/PUNCT/punct/9 "/PUNCT/punct/9 the/DET/det/8 coach/NOUN/nsubj/9 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/15 "/PUNCT/punct/15 and/CCONJ/cc/15 we/PRON/nsubj/15 will/AUX/aux/15//MD win/VERB/conj/9//VB ./PUNCT/punct/9 "/PUNCT/punct/9'],
        [('direct', '"We will appeal," the coach said, "and we will win."', 'the coach', 'said', 'direct-cue-inside')],
        id='direct-cue-inside',
    ),
    pytest.param(
        'Mayor Ortiz: "The bridge opens in May."',
        ['Mayor/PROPN/ROOT/0/Mayor Ortiz/PROPN/flat/1/Ortiz :/PUNCT/punct/7 "/PUNCT/punct/7 The/DET/det/6 bridge/NOUN/nsubj/7 opens/VERB/parataxis/1/open/VBZ in/ADP/case/9 May/PROPN/obl/7/May ./PUNCT/punct/1 "/PUNCT/punct/1'],
        [('direct', '"The bridge opens in May."', 'Mayor Ortiz', ':', 'direct-no-cue')],
        id='direct-no-cue',
    ),
    pytest.param(
        'According to the coach: "We will appeal the ruling."',
        ['According/VERB/case/4/accord/VBG to/ADP/fixed/1 the/DET/det/4 coach/NOUN/obl/9 :/PUNCT/punct/9 "/PUNCT/punct/4 We/PRON/nsubj/9 will/AUX/aux/9//MD appeal/VERB/ROOT/0//VB the/DET/det/11 ruling/NOUN/obj/9 ./PUNCT/punct/9 "/PUNCT/punct/9'],
        [('direct', '"We will appeal the ruling."', 'the coach', 'According to', 'direct-complement')],
        id='direct-complement',
    ),
    pytest.param(
        'The mayor called the plan "a waste of money."',
        ['The/DET/det/2 mayor/NOUN/nsubj/3 called/VERB/ROOT/0/call/VBD the/DET/det/5 plan/NOUN/obj/3 "/PUNCT/punct/8 a/DET/det/8 waste/NOUN/obj/3 of/ADP/case/10 money/NOUN/nmod/8 ./PUNCT/punct/3 "/PUNCT/punct/3'],
        [('mixed', 'the plan "a waste of money."', 'The mayor', 'called', 'mixed-lead')],
        id='mixed-lead',
    ),
    pytest.param(
        'The mayor said that the bridge would open in May.',
        ['The/DET/det/2 mayor/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/8 the/DET/det/6 bridge/NOUN/nsubj/8 would/AUX/aux/8//MD open/VERB/ccomp/3//VB in/ADP/case/10 May/PROPN/obl/8/May ./PUNCT/punct/3'],
        [('indirect', 'that the bridge would open in May', 'The mayor', 'said', 'ccomp-complement')],
        id='ccomp-complement',
    ),
    pytest.param(
        'The union vowed to fight the cuts.',
        ['The/DET/det/2 union/NOUN/nsubj/3 vowed/VERB/ROOT/0/vow/VBD to/PART/mark/5 fight/VERB/xcomp/3//VB the/DET/det/7 cuts/NOUN/obj/5/cut ./PUNCT/punct/3'],
        [('indirect', 'to fight the cuts', 'The union', 'vowed', 'xcomp-complement')],
        id='xcomp-complement',
    ),
    pytest.param(
        'The bridge will open in May, the mayor said.',
        ['The/DET/det/2 bridge/NOUN/nsubj/4 will/AUX/aux/4//MD open/VERB/ccomp/10//VB in/ADP/case/6 May/PROPN/obl/4/May ,/PUNCT/punct/4 the/DET/det/9 mayor/NOUN/nsubj/10 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/10'],
        [('indirect', 'The bridge will open in May', 'the mayor', 'said', 'complement-before')],
        id='complement-before',
    ),
    pytest.param(
        'The mayor noted at a meeting on Tuesday that the bridge was safe.',
        ['The/DET/det/2 mayor/NOUN/nsubj/3 noted/VERB/ROOT/0/note/VBD at/ADP/case/6 a/DET/det/6 meeting/NOUN/obl/3 on/ADP/case/8 Tuesday/PROPN/nmod/6/Tuesday that/SCONJ/mark/13 the/DET/det/11 bridge/NOUN/nsubj/13 was/AUX/cop/13/be/VBD safe/ADJ/parataxis/3 ./PUNCT/punct/3'],
        [('indirect', 'that the bridge was safe', 'The mayor', 'noted', 'that-clause')],
        id='that-clause',
    ),
    pytest.param(
        'Engineers say the old bridge needs repairs.',
        # the parse took the clause's subject for the cue's object
        ['Engineers/NOUN/nsubj/2/engineer say/VERB/ROOT/0//VBP the/DET/det/5 old/ADJ/amod/5 bridge/NOUN/obj/2 needs/VERB/parataxis/2/need/VBZ repairs/NOUN/obj/6/repair ./PUNCT/punct/2'],
        [('indirect', 'the old bridge needs repairs', 'Engineers', 'say', 'clause-after')],
        id='clause-after',
    ),
    pytest.param(
        'The repairs will take a year, the engineer added.',
        ['The/DET/det/2 repairs/NOUN/nsubj/4/repair will/AUX/aux/4//MD take/VERB/ROOT/0//VB a/DET/det/6 year/NOUN/obj/4 ,/PUNCT/punct/10 the/DET/det/9 engineer/NOUN/nsubj/10 added/VERB/conj/4/add/VBN ./PUNCT/punct/4'],
        [('indirect', 'The repairs will take a year', 'the engineer', 'added', 'parataxis-cue-after')],
        id='parataxis-cue-after',
    ),
    pytest.param(
        'The bridge will close in June, its chief engineer, Ana Ruiz, told reporters.',
        ['The/DET/det/2 bridge/NOUN/nsubj/4 will/AUX/aux/4//MD close/VERB/ccomp/15//VB in/ADP/case/6 June/PROPN/obl/4/June ,/PUNCT/punct/10 its/PRON/nmod:poss/10 chief/NOUN/compound/10 engineer/NOUN/conj/6 ,/PUNCT/punct/12 Ana/PROPN/conj/6/Ana Ruiz/PROPN/flat/12/Ruiz ,/PUNCT/punct/12 told/VERB/ROOT/0/tell/VBD reporters/NOUN/iobj/15/reporter ./PUNCT/punct/15'],
        [('indirect', 'The bridge will close in June', 'Ana Ruiz', 'told', 'attribution-after')],
        id='attribution-after',
    ),
    pytest.param(
        'The council praised the new budget.',
        ['The/DET/det/2 council/NOUN/nsubj/3 praised/VERB/ROOT/0//VBD the/DET/det/6 new/ADJ/amod/6 budget/NOUN/obj/3 ./PUNCT/punct/3'],
        [('indirect', 'the new budget', 'The council', 'praised', 'object-content')],
        id='object-content',
    ),
    pytest.param(
        'The union called for higher wages.',
        ['The/DET/det/2 union/NOUN/nsubj/3 called/VERB/ROOT/0/call/VBD for/ADP/case/6 higher/ADJ/amod/6/high wages/NOUN/obl/3 ./PUNCT/punct/3'],
        [('indirect', 'higher wages', 'The union', 'called', 'oblique-content')],
        id='oblique-content',
    ),
    pytest.param(
        'The bridge, the mayor said, will open in May.',
        ['The/DET/det/2 bridge/NOUN/nsubj/6 ,/PUNCT/punct/2 the/DET/det/5 mayor/NOUN/nsubj/6 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/9 will/AUX/aux/9//MD open/VERB/ccomp/6//VB in/ADP/case/11 May/PROPN/obl/9/May ./PUNCT/punct/6'],
        [('indirect', 'The bridge, the mayor said, will open in May', 'the mayor', 'said', 'parenthetical-cue')],
        id='parenthetical-cue',
    ),
    pytest.param(
        'As the engineer noted, the bridge is old.',
        ['As/ADP/mark/4 the/DET/det/3 engineer/NOUN/nsubj/4 noted/VERB/advcl/9/note/VBN ,/PUNCT/punct/4 the/DET/det/7 bridge/NOUN/nsubj/9 is/AUX/cop/9/be/VBZ old/ADJ/ROOT/0 ./PUNCT/punct/9'],
        [('indirect', 'the bridge is old', 'the engineer', 'noted', 'as-parenthetical')],
        id='as-parenthetical',
    ),
    pytest.param(
        'The minister is said to have resigned.',
        ['The/DET/det/2 minister/NOUN/nsubj:pass/4 is/AUX/aux:pass/4/be/VBZ said/VERB/ROOT/0/say/VBN to/PART/mark/7 have/AUX/aux/7//VB resigned/VERB/xcomp/4/resign/VBN ./PUNCT/punct/4'],
        [('indirect', 'The minister is said to have resigned', None, 'said', 'passive-report')],
        id='passive-report',
    ),
    pytest.param(
        'The plan was criticized by the union.',
        ['The/DET/det/2 plan/NOUN/nsubj:pass/4 was/AUX/aux:pass/4/be/VBD criticized/VERB/ROOT/0/criticize/VBN by/ADP/case/7 the/DET/det/7 union/NOUN/obl/4 ./PUNCT/punct/4'],
        [('indirect', 'The plan', 'the union', 'criticized', 'passive-object')],
        id='passive-object',
    ),
    pytest.param(
        'Asked about the budget, the mayor smiled.',
        ['Asked/VERB/ROOT/0/ask/VBD about/ADP/case/4 the/DET/det/4 budget/NOUN/obl/1 ,/PUNCT/punct/8 the/DET/det/7 mayor/NOUN/nsubj/8 smiled/VERB/parataxis/1//VBN ./PUNCT/punct/1'],
        [('indirect', 'the budget', None, 'Asked', 'question-put')],
        id='question-put',
    ),
    pytest.param(
        'The reporter asked the mayor if the bridge was safe.',
        ['The/DET/det/2 reporter/NOUN/nsubj/3 asked/VERB/ROOT/0/ask/VBD the/DET/det/5 mayor/NOUN/obj/3 if/SCONJ/mark/10 the/DET/det/8 bridge/NOUN/nsubj/10 was/AUX/cop/10/be/VBD safe/ADJ/advcl/3 ./PUNCT/punct/3'],
        [('indirect', 'if the bridge was safe', 'The reporter', 'asked', 'embedded-question')],
        id='embedded-question',
    ),
    pytest.param(
        'The mayor urged residents to conserve water.',
        ['The/DET/det/2 mayor/NOUN/nsubj/3 urged/VERB/ROOT/0/urge/VBD residents/NOUN/obj/3/resident to/PART/mark/6 conserve/VERB/xcomp/3//VB water/NOUN/obj/6 ./PUNCT/punct/3'],
        [('indirect', 'residents to conserve water', 'The mayor', 'urged', 'directive')],
        id='directive',
    ),
    pytest.param(
        "The mayor's claim that the bridge was safe surprised engineers.",
        ["The/DET/det/2 mayor/NOUN/nmod:poss/4 's/PART/case/2 claim/NOUN/nsubj/10 that/SCONJ/mark/9 the/DET/det/7 bridge/NOUN/nsubj/9 was/AUX/cop/9/be/VBD safe/ADJ/acl/4 surprised/VERB/ROOT/0/surprise/VBD engineers/NOUN/obj/10/engineer ./PUNCT/punct/10"],
        [('indirect', 'that the bridge was safe', "The mayor", 'claim', 'noun-complement')],
        id='noun-complement',
    ),
    pytest.param(
        'According to the mayor, the bridge will open in May.',
        ['According/VERB/case/4/accord/VBG to/ADP/fixed/1 the/DET/det/4 mayor/NOUN/obl/9 ,/PUNCT/punct/4 the/DET/det/7 bridge/NOUN/nsubj/9 will/AUX/aux/9//MD open/VERB/ROOT/0//VB in/ADP/case/11 May/PROPN/obl/9/May ./PUNCT/punct/9'],
        [('indirect', 'the bridge will open in May', 'the mayor', 'According to', 'according-to')],
        id='according-to',
    ),
    pytest.param(
        'ORTIZ: We will open the bridge in May.',
        ['ORTIZ/PROPN/nsubj/5/ORTIZ :/PUNCT/punct/5 We/PRON/nsubj/5 will/AUX/aux/5//MD open/VERB/ROOT/0//VB the/DET/det/7 bridge/NOUN/obj/5 in/ADP/case/9 May/PROPN/obl/5/May ./PUNCT/punct/1'],
        [('indirect', 'We will open the bridge in May', 'ORTIZ', ':', 'colon-line')],
        id='colon-line',
    ),
    pytest.param(
        'We spoke to Mayor Ortiz.\n\nQ: When will the bridge open?\n\nA: We will open it in May.',
        ['We/PRON/nsubj/2 spoke/VERB/ROOT/0/speak/VBD to/ADP/case/5 Mayor/PROPN/compound/5/Mayor Ortiz/PROPN/obl/2/Ortiz ./PUNCT/punct/2',
         'Q/NOUN/ROOT/0/Q :/PUNCT/punct/1 When/ADV/advmod/7 will/AUX/aux/7//MD the/DET/det/6 bridge/NOUN/nsubj/7 open/VERB/parataxis/1//VB ?/PUNCT/punct/1',
         'A/NOUN/ROOT/0/A :/PUNCT/punct/1 We/PRON/nsubj/5 will/AUX/aux/5//MD open/VERB/parataxis/1//VB it/PRON/obj/5 in/ADP/case/8 May/PROPN/obl/5/May ./PUNCT/punct/1'],
        [('direct', 'We will open it in May.', 'Mayor Ortiz', ':', 'interview-answer')],
        id='interview-answer',
    ),
    pytest.param(
        'The bridge opens in May - that was the message from Mayor Ortiz.',
        ['The/DET/det/2 bridge/NOUN/nsubj/3 opens/VERB/ROOT/0/open/VBZ in/ADP/case/5 May/PROPN/obl/3/May -/PUNCT/punct/10 that/PRON/nsubj/10 was/AUX/cop/10/be the/DET/det/10 message/NOUN/parataxis/3 from/ADP/case/13 Mayor/PROPN/compound/13/Mayor Ortiz/PROPN/nmod/10/Ortiz ./PUNCT/punct/3'],
        [('indirect', 'The bridge opens in May', 'Mayor Ortiz', 'message', 'dash-attribution')],
        id='dash-attribution',
    ),
]


def _records(doc: Any) -> list[tuple[Any, ...]]:
    rec = annotate(doc, InputDoc("t", doc.text, "t"))
    return [
        (q.type, q.quote.text, q.speaker.text if q.speaker else None,
         q.cue.text if q.cue else None, q.rule)
        for q in rec.quotes
    ]


@pytest.mark.parametrize("text, sentences, expected", SPEC)
def test_rule(text: str, sentences: list[str], expected: list[tuple[Any, ...]]) -> None:
    assert _records(make_doc(text, *sentences)) == expected


def test_every_rule_has_a_case_that_asserts_its_id() -> None:
    asserted = {rule for case in SPEC for *_, rule in case.values[2]}
    assert asserted == set(rule_ids())
    assert {case.id for case in SPEC} == set(rule_ids())


def test_every_case_is_its_rules_example() -> None:
    for case in SPEC:
        assert case.values[0] == BY_ID[case.id].example, case.id


def test_registry_declares_each_rule_once() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert tuple(ids) == rule_ids()
    assert {r.family for r in RULES} == set(FAMILIES)
    for r in RULES:
        assert r.description and r.example.endswith((".", '."')), r.id


def test_every_rule_has_a_confidence_key() -> None:
    keys = _table()["keys"]
    missing = [r.id for r in RULES if r.id not in keys]
    assert not missing


def test_confidence_keys_name_known_rules() -> None:
    keys = _table()["keys"]
    unknown = {k.split("|")[0] for k in keys} - set(rule_ids())
    assert not unknown


def test_schema_lists_the_rule_ids() -> None:
    schema = json.loads((ROOT / "quotekit" / "data" / "quote.schema.json").read_text())
    rule = schema["$defs"]["quoteFields"]["properties"]["rule"]
    assert set(rule["enum"]) == set(rule_ids()) | {""}


def test_readme_lists_the_rules_as_the_registry_declares_them() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_rules.updated(readme) == readme, "run python tools/readme_rules.py"
    for rule in RULES:
        assert f"`{rule.id}`" in readme


@pytest.mark.parametrize("text, sentences, expected", SPEC[:6])
def test_confidence_is_the_calibrated_share_of_the_records_kind(
    text: str, sentences: list[str], expected: list[tuple[Any, ...]]
) -> None:
    # the confidence of a record is the table's value for its rule, how its speaker was found
    # and the speaker's kind, not a constant
    table = _table()["keys"]
    rec = annotate(make_doc(text, *sentences), InputDoc("t", text, "t"))
    for q in rec.quotes:
        key = feature_key(q.rule, q.attribution, q.speaker.kind if q.speaker else None)
        assert q.confidence == table.get(key, table[q.rule])


def test_confidence_tells_kinds_apart() -> None:
    values = {v for k, v in _table()["keys"].items() if "|" not in k}
    assert len(values) > len(RULES) // 2
