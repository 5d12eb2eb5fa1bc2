"""Topic scoring: gold quotes with acceptable topic phrases vs predicted quotes -> share of
matched quotes with an acceptable topic, and the kinds of failure.

The judgement follows the shared annotation guidelines (TOPICS.md): a predicted topic is
acceptable when it overlaps an acceptable gold phrase and their lowercased words agree with an F1
of at least 0.5 (the same phrase written elsewhere in the document counts too: a quote that names
its subject by a pronoun may take any earlier mention of it). Only gold quotes that carry a
``topics`` list are scored; quotes are paired with predictions by the evaluation's matching, over
all the gold quotes of the document, at the lower overlap threshold. A quote whose gold list is
empty (no sensible topic) is right when no topic is predicted.

Failure kinds, in the order they are tested:

- ``none``: the matched prediction has no topic;
- ``not_verbatim``: the topic has no offsets, or ``text[start:end]`` is not its text;
- ``vague``: a pronoun or a vague head ("a point", "the only thing", "people");
- ``partial``: it overlaps an acceptable phrase but shares too few words with it (a fragment
  "head" of "head-to-head", or a phrase far longer than the subject);
- ``wrong_subject``: a sensible phrase about something else (or a topic where none was wanted).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from quotekit.evaluation import THRESHOLDS, match_document
from quotekit.lexicon import PRONOUN_WORDS, VAGUE_HEADS

FAILURE_KINDS = ("none", "not_verbatim", "vague", "partial", "wrong_subject")
MIN_F1 = 0.5
_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
# where a noun phrase's head ends and its modifiers to the right begin
_HEAD_END = frozenset({"of", "to", "for", "in", "on", "with", "about", "from", "that", "who"})
_DETERMINERS = frozenset({"a", "an", "the", "some", "any", "no", "every", "all", "his", "her"})


def words(text: str) -> list[str]:
    """The lowercased words of a phrase ("post-Soviet" and "China's" are one word each)."""
    return _WORD.findall(text.lower())


def word_f1(a: str, b: str) -> float:
    """Word-level F1 of two phrases (lowercased words, counted as multisets)."""
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def is_vague(text: str) -> bool:
    """A bare pronoun or a vague head: the phrase's head word (before its first preposition)."""
    ws = words(text)
    if not ws or all(w in PRONOUN_WORDS or w in _DETERMINERS for w in ws):
        return True
    head_words = ws
    for n, w in enumerate(ws):
        if n and w in _HEAD_END:
            head_words = ws[:n]
            break
    head = head_words[-1]
    return head in VAGUE_HEADS or head.rstrip("s") in VAGUE_HEADS


def judge_topic(
    text: str, topic: dict[str, Any] | None, gold_topics: list[dict[str, Any]]
) -> str | None:
    """None when ``topic`` is acceptable against the gold phrases, else its failure kind."""
    if not topic or not topic.get("text"):
        return None if not gold_topics else "none"
    start, end, said = topic.get("start"), topic.get("end"), str(topic["text"])
    if not isinstance(start, int) or not isinstance(end, int) or text[start:end] != said:
        return "not_verbatim"
    if not gold_topics:
        return "wrong_subject"
    overlapping = False
    for g in gold_topics:
        gs, ge = int(g["start"]), int(g["end"])
        overlaps = min(end, ge) > max(start, gs)
        overlapping = overlapping or overlaps
        same_words = words(said) == words(text[gs:ge])
        if same_words or (overlaps and word_f1(said, text[gs:ge]) >= MIN_F1):
            return None
    if is_vague(said):
        return "vague"
    return "partial" if overlapping else "wrong_subject"


def score_topics(
    gold_docs: Iterable[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]],
    *,
    threshold: float = THRESHOLDS[0],
) -> dict[str, Any]:
    """Share of matched gold quotes (those with a ``topics`` list) whose predicted topic is
    acceptable, with the counts of each failure kind and how many such quotes were not matched.

    Args:
        gold_docs: gold documents (``id``, ``text``, ``quotes``); a quote's ``topics`` lists its
            acceptable phrases as ``{"start", "end"}`` offsets into ``text``.
        preds: predicted quote records by document id (``evaluation.load_predictions``).
        threshold: the overlap ratio at which gold and predicted quotes are paired.
    """
    judged = ok = unmatched = 0
    failures: Counter[str] = Counter(dict.fromkeys(FAILURE_KINDS, 0))
    for doc in gold_docs:
        quotes = doc["quotes"]
        if not any("topics" in q for q in quotes):
            continue
        pred = preds.get(doc["id"], [])
        matched, _, _ = match_document(quotes, pred, threshold)
        by_gold = dict(matched)
        for i, q in enumerate(quotes):
            if "topics" not in q:
                continue
            if i not in by_gold:
                unmatched += 1
                continue
            judged += 1
            failure = judge_topic(doc["text"], pred[by_gold[i]].get("topic"), q["topics"])
            if failure is None:
                ok += 1
            else:
                failures[failure] += 1
    return {
        "matched": judged,
        "unmatched": unmatched,
        "acceptable": ok,
        "acceptable_pct": round(100 * ok / judged, 1) if judged else None,
        "failures": dict(failures),
    }


def has_topic_gold(gold_docs: Iterable[dict[str, Any]]) -> bool:
    """Whether any gold quote carries a ``topics`` list."""
    return any("topics" in q for doc in gold_docs for q in doc["quotes"])


def format_topic_line(result: dict[str, Any]) -> str:
    """One line for the evaluation table."""
    kinds = ", ".join(f"{k} {n}" for k, n in result["failures"].items())
    pct = "-" if result["acceptable_pct"] is None else f"{result['acceptable_pct']} %"
    return (
        f"topics: {result['acceptable']} of {result['matched']} matched quotes acceptable "
        f"({pct}); {result['unmatched']} with topic gold not matched; failures: {kinds}"
    )
