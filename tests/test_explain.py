"""Explain: the rules' decisions, sentence by sentence, on hand-built parses."""

from __future__ import annotations

from conftest import make_doc

from quotekit.explain import explain_doc, explanation_to_dict, format_explanation
from quotekit.records import InputDoc
from quotekit.trace import active, note, tracing

TEXT = "The mayor said that the bridge would open. The plan, known as Bridge, failed."
SENTENCES = [
    "The/DET/det/2 mayor/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/8 the/DET/det/6 "
    "bridge/NOUN/nsubj/8 would/AUX/aux/8//MD open/VERB/ccomp/3//VB ./PUNCT/punct/3",
    "The/DET/det/2 plan/NOUN/nsubj/8 ,/PUNCT/punct/4 known/VERB/acl/2/know/VBN as/ADP/case/6 "
    "Bridge/PROPN/obl/4 ,/PUNCT/punct/4 failed/VERB/ROOT/0/fail/VBD ./PUNCT/punct/8",
]


def _explain():  # type: ignore[no-untyped-def]
    doc = make_doc(TEXT, *SENTENCES)
    return explain_doc(doc, InputDoc("t", TEXT, "t"))


def test_names_the_rule_of_each_record_and_the_strategy_that_found_it() -> None:
    expl = _explain()
    first = expl.sentences[0]
    assert [q.rule for q in first.records] == ["ccomp-complement"]
    tried = [(e.name, e.detail) for e in first.events if e.kind == "strategy"]
    # the strategies before the one that decided gave nothing; none after it was tried
    assert tried[-1] == ("complements", "found ccomp-complement")
    assert all(detail == "no" for _, detail in tried[:-1])
    assert [e.name for e in first.events if e.kind == "cue"] == ["verb"]


def test_names_the_guard_that_turned_a_word_down() -> None:
    second = _explain().sentences[1]
    guards = [(TEXT[e.start : e.end], e.name) for e in second.events if e.kind == "guard"]
    assert guards == [("known", "bare-participle")]
    assert second.records == []


def test_text_and_json_forms() -> None:
    expl = _explain()
    text = format_explanation(expl)
    assert text.startswith("t: 1 quote\n")  # one quote, not "1 quotes"
    assert "rule ccomp-complement, speaker 'The mayor'" in text
    assert "rejected 'known' [53:58] by guard bare-participle" in text
    data = explanation_to_dict(expl)
    assert data["sentences"][0]["records"][0]["rule"] == "ccomp-complement"
    assert {e["kind"] for s in data["sentences"] for e in s["events"]} >= {"cue", "tried"}


def test_notes_cost_nothing_and_go_nowhere_outside_a_trace() -> None:
    assert not active()
    note("cue", 0, 1, "verb")  # no trace: nothing recorded, nothing raised
    with tracing() as trace:
        assert active()
        note("cue", 0, 1, "verb")
    assert not active()
    assert len(trace.events) == 1


def test_an_according_cue_takes_an() -> None:
    text = "According to the ministry, the talks failed."
    doc = make_doc(
        text,
        "According/VERB/case/4/accord to/ADP/fixed/1 the/DET/det/4 ministry/NOUN/obl/8 "
        ",/PUNCT/punct/4 the/DET/det/7 talks/NOUN/nsubj/8/talk failed/VERB/ROOT/0/fail "
        "./PUNCT/punct/8",
    )
    shown = format_explanation(explain_doc(doc, InputDoc("t", text, "t")))
    assert "cue 'According' [0:9]: an according cue" in shown
