"""Records: round trips through dicts, JSON and pickle; the JSON Schema."""

from __future__ import annotations

import json
import pickle
from importlib import resources

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.records import CharSpan, Cue, DocRecord, ErrorInfo, QuoteRecord, Speaker, Topic
from quotekit.rules import rule_ids

SCHEMA = json.loads(resources.files("quotekit").joinpath("data/quote.schema.json").read_text("utf-8"))


@st.composite
def quote_records(draw):  # type: ignore[no-untyped-def]
    text = draw(st.text(min_size=1, max_size=40))
    s = draw(st.integers(0, len(text) - 1))
    e = draw(st.integers(s + 1, len(text)))
    span = CharSpan.of(text, s, e)
    speaker = draw(st.none() | st.builds(
        lambda n, k: Speaker(s, e, text[s:e], n, k), st.none() | st.text(max_size=10),
        st.sampled_from(["name", "pronoun", "nominal", "other"])))
    cue = draw(st.none() | st.just(Cue(s, e, text[s:e], "say")))
    topic = draw(st.none() | st.just(Topic(text[s:e], s, e)) | st.just(Topic("x")))
    return QuoteRecord(
        doc_id="d", quote_id="d#q1", type=draw(st.sampled_from(["direct", "indirect", "mixed"])),
        quote=span, speaker=speaker, cue=cue, topic=topic,
        confidence=draw(st.floats(0, 1)), rule=draw(st.sampled_from(rule_ids())),
        attribution="cue")


@settings(deadline=None)  # schema validation is slow on a loaded machine; no timing here
@given(quote_records())
def test_quote_round_trip(q: QuoteRecord) -> None:
    d = q.to_dict()
    assert QuoteRecord.from_dict(json.loads(json.dumps(d))) == q
    assert pickle.loads(pickle.dumps(q)) == q
    jsonschema.validate(d, SCHEMA)


@settings(deadline=None)  # schema validation is slow on a loaded machine; no timing here
@given(st.lists(quote_records(), max_size=3))
def test_doc_round_trip(quotes: list[QuoteRecord]) -> None:
    doc = DocRecord("d", "some text", tuple(quotes), ("a warning",))
    d = doc.to_dict()
    jsonschema.validate(d, SCHEMA)
    assert DocRecord.from_dict(json.loads(json.dumps(d))) == doc


def test_error_record_shape() -> None:
    d = DocRecord("d", "", error=ErrorInfo("InputError", "bad")).to_dict()
    assert d == {"schema": "quotekit.error/1", "doc_id": "d",
                 "error": {"type": "InputError", "message": "bad"}}
    jsonschema.validate(d, SCHEMA)


def test_the_schema_names_every_attribution_the_code_gives() -> None:
    # each Attribution(...) made with a literal "how" in the package is allowed by the schema
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "quotekit"
    given = set()
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        given |= set(re.findall(r'Attribution\([^()]*(?:\([^()]*\)[^()]*)*"([a-z-]+)"\)', text))
    allowed = set(SCHEMA["$defs"]["quoteFields"]["properties"]["attribution"]["enum"])
    assert given and given <= allowed, given - allowed
