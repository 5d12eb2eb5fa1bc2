"""Topic phrases."""

from __future__ import annotations

import pytest
from conftest import make_doc

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def _topics(doc):  # type: ignore[no-untyped-def]
    return [q.topic.text if q.topic else None for q in annotate(doc, InputDoc("t", doc.text, "t")).quotes]


def test_subject_of_reported_clause() -> None:
    text = "Xi reiterated that Taiwan is part of China."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
                   "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2")
    assert _topics(doc) == ["Taiwan"]


def test_cue_about_complement() -> None:
    text = "Okafor said of the contract that it was too expensive."
    doc = make_doc(text, "Okafor/PROPN/nsubj/2 said/VERB/ROOT/0/say of/ADP/case/5 the/DET/det/5 "
                   "contract/NOUN/obl/2 that/SCONJ/mark/10 it/PRON/nsubj/10 was/AUX/cop/10/be "
                   "too/ADV/advmod/10 expensive/ADJ/ccomp/2 ./PUNCT/punct/2")
    assert _topics(doc) == ["the contract"]


def test_topic_offsets_index_the_text() -> None:
    text = "Xi reiterated that Taiwan is part of China."
    doc = make_doc(text, "Xi/PROPN/nsubj/2 reiterated/VERB/ROOT/0 that/SCONJ/mark/6 Taiwan/PROPN/nsubj/6 "
                   "is/AUX/cop/6/be part/NOUN/ccomp/2 of/ADP/case/8 China/PROPN/nmod/6 ./PUNCT/punct/2")
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None and q.topic.start is not None and q.topic.end is not None
    assert text[q.topic.start : q.topic.end] == q.topic.text


def _topic(text: str, *sentences: str):  # type: ignore[no-untyped-def]
    (q,) = annotate(make_doc(text, *sentences), InputDoc("t", text, "t")).quotes
    assert q.topic is not None
    assert q.topic.start is not None and text[q.topic.start : q.topic.end] == q.topic.text
    for alt in q.topic.alternatives:
        assert text[alt.start : alt.end] == alt.text
    return q.topic


def _refused(span) -> bool:  # type: ignore[no-untyped-def]
    """Whether the topic refusals pass over ``span`` in an indirect quote that is the whole
    text, with no speaker or cue."""
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topic_refusals import refuse

    cand = QuoteCandidate("indirect", 0, len(span.doc.text), None, "clause-after")
    return bool(refuse(span, cand, Attribution(None, None, "none")))


def test_same_subject_same_key() -> None:
    # "the nuclear deal with Iran" and "the Iran deal" are counted as one subject
    first = _topic(
        "The minister praised the nuclear deal with Iran.",
        "The/DET/det/2 minister/NOUN/nsubj/3 praised/VERB/ROOT/0/praise/VBD the/DET/det/6 "
        "nuclear/ADJ/amod/6 deal/NOUN/obj/3 with/ADP/case/8 Iran/PROPN/nmod/6 ./PUNCT/punct/3",
    )
    second = _topic(
        "The council approved the Iran deal, the mayor said.",
        "The/DET/det/2 council/NOUN/nsubj/3 approved/VERB/ccomp/10/approve/VBD the/DET/det/6 "
        "Iran/PROPN/compound/6 deal/NOUN/obj/3 ,/PUNCT/punct/3 the/DET/det/9 mayor/NOUN/nsubj/10 "
        "said/VERB/ROOT/0/say/VBD ./PUNCT/punct/10",
    )
    assert first.text == "the nuclear deal with Iran"
    assert second.text == "the Iran deal"
    assert first.key == second.key == "deal (iran)"
    # what else it may be about is kept as an alternative
    assert [a.text for a in second.alternatives] == ["The council"]


def test_hyphenated_words_stay_whole() -> None:
    text = "Ms. Diaz said the well-known head-to-head debate was unfair."
    topic = _topic(
        text,
        "Ms./PROPN/nsubj/3 Diaz/PROPN/flat/1 said/VERB/ROOT/0/say/VBD the/DET/det/13 "
        "well/ADV/advmod/7 -/PUNCT/punct/7 known/VERB/amod/13/know/VBN head/NOUN/compound/13 "
        "-/PUNCT/punct/12 to/ADP/case/12 -/PUNCT/punct/12 head/NOUN/nmod/8 debate/NOUN/nsubj/15 "
        "was/AUX/cop/15/be/VBD unfair/ADJ/ccomp/3 ./PUNCT/punct/3",
    )
    assert topic.text == "the well-known head-to-head debate"


def test_pronoun_quote_takes_the_nearest_mention_before() -> None:
    text = "The levy passed on Monday. The senator said she would oppose it."
    topic = _topic(
        text,
        "The/DET/det/2 levy/NOUN/nsubj/3 passed/VERB/ROOT/0/pass/VBD on/ADP/case/5 "
        "Monday/PROPN/obl/3 ./PUNCT/punct/3",
        "The/DET/det/2 senator/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/6 "
        "would/AUX/aux/6//MD oppose/VERB/ccomp/3//VB it/PRON/obj/6 ./PUNCT/punct/3",
    )
    assert topic.text == "The levy"


def test_quote_with_only_vague_words_takes_the_mention_before() -> None:
    text = "The levy passed on Monday. The senator said she would not answer questions."
    topic = _topic(
        text,
        "The/DET/det/2 levy/NOUN/nsubj/3 passed/VERB/ROOT/0/pass/VBD on/ADP/case/5 "
        "Monday/PROPN/obl/3 ./PUNCT/punct/3",
        "The/DET/det/2 senator/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/7 "
        "would/AUX/aux/7//MD not/PART/advmod/7 answer/VERB/ccomp/3//VB "
        "questions/NOUN/obj/7/question ./PUNCT/punct/3",
    )
    assert topic.text == "The levy"


def test_quote_about_speaker_and_listener_takes_nothing_from_before() -> None:
    # "we" and "you" are the speaker and the one spoken to, not something named before
    text = "The levy passed on Monday. \u201cWe did our best, you know,\u201d Lee said."
    doc = make_doc(
        text,
        "The/DET/det/2 levy/NOUN/nsubj/3 passed/VERB/ROOT/0/pass/VBD on/ADP/case/5 "
        "Monday/PROPN/obl/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/3 We/PRON/nsubj/3/we did/VERB/ccomp/12/do/VBD our/PRON/nmod:poss/5 "
        "best/ADJ/obj/3 ,/PUNCT/punct/8 you/PRON/nsubj/8 know/VERB/parataxis/3/know/VBP "
        ",/PUNCT/punct/3 \u201d/PUNCT/punct/3 Lee/PROPN/nsubj/12 said/VERB/ROOT/0/say/VBD "
        "./PUNCT/punct/12",
    )
    assert _topics(doc) == [None]


def test_object_of_a_clause_with_no_subject_stands_first() -> None:
    # "Really hate this parking fee": a clipped first person (or an order) has no subject, so
    # its object stands where the subject would; not the object of an infinitive
    from quotekit.topic_roles import main_heads, role

    text = "Really hate this parking fee. Lee wants to raise the fee."
    doc = make_doc(
        text,
        "Really/ADV/advmod/2 hate/VERB/ROOT/0/hate/VBP this/DET/det/5 "
        "parking/NOUN/compound/5 fee/NOUN/obj/2 ./PUNCT/punct/2",
        "Lee/PROPN/nsubj/2 wants/VERB/ROOT/0/want/VBZ to/PART/mark/4 raise/VERB/xcomp/2/raise/VB "
        "the/DET/det/6 fee/NOUN/obj/4 ./PUNCT/punct/2",
    )
    clipped = doc[0:5]
    mains = main_heads(clipped)
    assert role(doc[4], mains, mains[0]) == "subject"
    infinitive = doc[8:12]  # "to raise the fee"
    mains = main_heads(infinitive)
    assert role(doc[11], mains, mains[0]) == "argument"


def test_a_verb_written_onto_a_word_is_no_part_of_the_phrase() -> None:
    # "the levy's a disaster" is "the levy is": the topic is "the levy", not "the levy's"
    text = "Lee said the levy\u2019s a disaster."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 levy/NOUN/nsubj/7 "
        "\u2019s/AUX/cop/7/be/VBZ a/DET/det/7 disaster/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "the levy"


def test_a_notion_is_vague_but_ideas_are_not() -> None:
    # "the notion that the levy would pass" is about the levy; "their ideas" are proposals
    text = "Lee said the notion that the levy would pass was absurd."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 notion/NOUN/nsubj/11 "
        "that/SCONJ/mark/9 the/DET/det/7 levy/NOUN/nsubj/9 would/AUX/aux/9//MD "
        "pass/VERB/acl/4/pass/VB was/AUX/cop/11/be/VBD absurd/ADJ/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "the levy"
    text = "Lee said their ideas were absurd."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD their/PRON/nmod:poss/4 "
        "ideas/NOUN/nsubj/6/idea were/AUX/cop/6/be/VBD absurd/ADJ/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "their ideas"


def test_a_report_inside_the_quote_is_about_what_was_said() -> None:
    # a quote that opens on someone else's words: the director said it, the levy is what it
    # is about
    text = "\u201cThe director said the levy was unfair,\u201d Lee said."
    topic = _topic(
        text,
        "\u201c/PUNCT/punct/4 The/DET/det/3 director/NOUN/nsubj/4 said/VERB/ccomp/12/say/VBD "
        "the/DET/det/6 levy/NOUN/nsubj/8 was/AUX/cop/8/be/VBD unfair/ADJ/ccomp/4 "
        ",/PUNCT/punct/4 \u201d/PUNCT/punct/4 Lee/PROPN/nsubj/12 said/VERB/ROOT/0/say/VBD "
        "./PUNCT/punct/12",
    )
    assert topic.text == "the levy"


def test_what_a_noun_is_about_takes_its_place() -> None:
    # "serious concern about the harbour levy": the concern is about the levy
    text = "Lee said there is serious concern about the harbour levy."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD there/PRON/expl/4 is/VERB/ccomp/2/be/VBZ "
        "serious/ADJ/amod/6 concern/NOUN/nsubj/4 about/ADP/case/10 the/DET/det/10 "
        "harbour/NOUN/compound/10 levy/NOUN/nmod/6 ./PUNCT/punct/2",
    )
    assert topic.text == "the harbour levy"


def test_what_a_set_phrase_with_in_holds_takes_its_place() -> None:
    # "in breach of the treaty" says what was done to the treaty: the treaty is the argument
    from quotekit.topic_roles import main_heads, role

    text = "Lee said the city was in breach of the harbour treaty."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 city/NOUN/nsubj/7 "
        "was/AUX/cop/7/be/VBD in/ADP/case/7 breach/NOUN/ccomp/2 of/ADP/case/11 "
        "the/DET/det/11 harbour/NOUN/compound/11 treaty/NOUN/nmod/7 ./PUNCT/punct/2",
    )
    content = doc[2:11]
    mains = main_heads(content)
    roles = {doc[k].text: role(doc[k], mains, mains[0]) for k in (6, 10)}
    assert roles == {"breach": "np", "treaty": "argument"}


@pytest.mark.issue(16)
def test_what_a_gerund_after_the_predicate_does_is_an_argument() -> None:
    # "it was useful in cutting the harbour fees": the fees are what the clause is about, as
    # the object of its own verb would be
    from quotekit.topic_roles import main_heads, role

    text = "Lee said it was useful in cutting the harbour fees."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD it/PRON/expl/5/it was/AUX/cop/5/be/VBD "
        "useful/ADJ/ccomp/2 in/ADP/mark/7 cutting/VERB/advcl/5/cut/VBG the/DET/det/10 "
        "harbour/NOUN/compound/10 fees/NOUN/obj/7/fee/NNS ./PUNCT/punct/2",
    )
    content = doc[2:10]
    mains = main_heads(content)
    assert role(doc[9], mains, min(mains, key=lambda t: t.i)) == "argument"


def _phrases_of(
    text: str, parse: str, start: int, *, speaker: int, pieces: tuple[tuple[int, int], ...] = ()
) -> list[str]:
    """The candidate phrases of a reported quote from ``start`` to the final stop (or of its
    ``pieces``), said by the word ``speaker`` with the cue just after it."""
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topics import _candidates

    doc = make_doc(text, parse)
    cue = doc[speaker + 1 : speaker + 2]
    cand = QuoteCandidate("indirect", start, len(text) - 1, cue, "ccomp", fragments=pieces)
    found = _candidates(doc, cand, Attribution(doc[speaker : speaker + 1], cue, "cue"))
    return [span.text for span, _, _ in found]


_LEVY_UNFAIR = "The levy, Lee said, is unfair."
_AT_THE_HEARING = "At the hearing, Lee said the levy was unfair."
_PUTTING = "Lee said the levy would pass, putting the pier at risk."
_WHILE = "Lee said the levy would pass, while critics called it a tax."


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text, parse, start, speaker, pieces, kept, dropped",
    [
        # an opening of the attribution's sentence: when Lee spoke, not what about
        (
            _AT_THE_HEARING,
            "At/ADP/case/3 the/DET/det/3 hearing/NOUN/obl/6 ,/PUNCT/punct/3 Lee/PROPN/nsubj/6 "
            "said/VERB/ROOT/0/say/VBD the/DET/det/8 levy/NOUN/nsubj/10 was/AUX/cop/10/be/VBD "
            "unfair/ADJ/ccomp/6 ./PUNCT/punct/6",
            0,
            4,
            ((0, _AT_THE_HEARING.index(",")), (_AT_THE_HEARING.index("the levy"), 44)),
            "the levy",
            "the hearing",
        ),
        # the attribution between commas inside what was said: the levy is the quote's
        (
            _LEVY_UNFAIR,
            "The/DET/det/2 levy/NOUN/nsubj/8 ,/PUNCT/punct/5 Lee/PROPN/nsubj/5 "
            "said/VERB/parataxis/8/say/VBD ,/PUNCT/punct/5 is/AUX/cop/8/be/VBZ unfair/ADJ/ROOT/0 "
            "./PUNCT/punct/8",
            0,
            3,
            ((0, _LEVY_UNFAIR.index(",")), (_LEVY_UNFAIR.index("is"), 29)),
            "The levy",
            None,
        ),
        # a participle the writer adds after reported speech
        (
            _PUTTING,
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 levy/NOUN/nsubj/6 "
            "would/AUX/aux/6 pass/VERB/ccomp/2/pass/VB ,/PUNCT/punct/8 "
            "putting/VERB/advcl/6/put/VBG the/DET/det/10 pier/NOUN/obj/8 at/ADP/case/12 "
            "risk/NOUN/obl/8 ./PUNCT/punct/2",
            _PUTTING.index("the levy"),
            0,
            (),
            "the levy",
            "the pier",
        ),
        # "..., while critics called it a tax", the parse hanging it on the cue
        (
            _WHILE,
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 levy/NOUN/nsubj/6 "
            "would/AUX/aux/6 pass/VERB/ccomp/2/pass/VB ,/PUNCT/punct/10 while/SCONJ/mark/10 "
            "critics/NOUN/nsubj/10/critic/NNS called/VERB/ccomp/2/call/VBD it/PRON/obj/10 "
            "a/DET/det/13 tax/NOUN/xcomp/10 ./PUNCT/punct/2",
            _WHILE.index("the levy"),
            0,
            (),
            "the levy",
            "critics",
        ),
    ],
    ids=["opening-of-attribution", "attribution-between-commas", "participle-after", "while"],
)
def test_words_the_writer_adds_to_a_quote_are_no_part_of_it(
    text: str,
    parse: str,
    start: int,
    speaker: int,
    pieces: tuple[tuple[int, int], ...],
    kept: str,
    dropped: str | None,
) -> None:
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topics import _candidates

    doc = make_doc(text, parse)
    cue = doc[speaker + 1 : speaker + 2]
    cand = QuoteCandidate("indirect", start, len(text) - 1, cue, "ccomp", fragments=pieces)
    found = [
        span.text
        for span, _, _ in _candidates(doc, cand, Attribution(doc[speaker : speaker + 1], cue, "cue"))
    ]
    assert kept in found and dropped not in found


def test_a_clause_of_punctuation_alone_ends_no_piece() -> None:
    # a parse can hang a lone comma as a clause: the piece stays whole, and nothing fails
    from quotekit.topic_cues import narration_after

    doc = make_doc("Lee said , said", "Lee/PROPN/nsubj/2 said/VERB/ROOT/0 ,/PUNCT/advcl/2 said/VERB/conj/2")
    assert narration_after(doc[1:4]) == 4


@pytest.mark.issue(16)
def test_who_is_in_a_relation_a_preposition_names_is_an_agent() -> None:
    # "the council is in charge of the harbour": as "the council runs the harbour", who holds
    # the relation says who, what it holds says what
    from quotekit.topic_roles import main_heads, role

    text = "Lee said the council is in charge of the harbour."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 council/NOUN/nsubj/7 "
        "is/AUX/cop/7/be/VBZ in/ADP/case/7 charge/NOUN/ccomp/2 of/ADP/case/10 the/DET/det/10 "
        "harbour/NOUN/nmod/7 ./PUNCT/punct/2",
    )
    content = doc[2:10]
    mains = main_heads(content)
    assert role(doc[3], mains, mains[0]) == "agent"
    assert role(doc[9], mains, mains[0]) == "argument"


@pytest.mark.issue(16)
def test_a_noun_that_makes_a_preposition_gives_way_to_what_it_holds() -> None:
    # "in love with this harbour": "love" is part of a preposition, the harbour the topic
    text = "Lee said she walked away more in love with this harbour."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/4 walked/VERB/ccomp/2/walk/VBD "
        "away/ADV/advmod/4 more/ADV/advmod/4 in/ADP/case/8 love/NOUN/obl/4 with/ADP/case/11 "
        "this/DET/det/11 harbour/NOUN/obl/8 ./PUNCT/punct/2",
    )
    assert topic.text == "this harbour"


@pytest.mark.issue(16)
def test_a_phrase_ends_before_a_preposition_made_of_a_noun() -> None:
    # "the levy in addition to the fee" is two phrases, not one
    from quotekit.topic_phrases import noun_phrase

    doc = make_doc(
        "Lee opposed the levy in addition to the fee.",
        "Lee/PROPN/nsubj/2 opposed/VERB/ROOT/0/oppose/VBD the/DET/det/4 levy/NOUN/obj/2 "
        "in/ADP/case/6 addition/NOUN/nmod/4 to/ADP/case/9 the/DET/det/9 fee/NOUN/nmod/6 "
        "./PUNCT/punct/2",
    )
    assert noun_phrase(doc[3]).text == "the levy"


def test_quote_with_no_pronoun_takes_its_own_sentence() -> None:
    # "never again" names nothing: its own sentence says what it is about
    text = "On the harbour levy, Lee said \u201cnever again.\u201d"
    topic = _topic(
        text,
        "On/ADP/case/4 the/DET/det/4 harbour/NOUN/compound/4 levy/NOUN/obl/7 ,/PUNCT/punct/4 "
        "Lee/PROPN/nsubj/7 said/VERB/ROOT/0/say/VBD \u201c/PUNCT/punct/10 never/ADV/advmod/10 "
        "again/ADV/ccomp/7 ./PUNCT/punct/7 \u201d/PUNCT/punct/10",
    )
    assert topic.text == "the harbour levy"


def test_he_in_a_quotation_is_the_name_before_it() -> None:
    # in a quotation "he" is never the speaker: the subject named just before is meant
    text = "Mayor Lee visited the harbour on Monday. \u201cHe has fixed it,\u201d Ruiz said."
    topic = _topic(
        text,
        "Mayor/PROPN/compound/2 Lee/PROPN/nsubj/3 visited/VERB/ROOT/0/visit/VBD "
        "the/DET/det/5 harbour/NOUN/obj/3 on/ADP/case/7 Monday/PROPN/obl/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/4 He/PRON/nsubj/4/he has/AUX/aux/4/have/VBZ fixed/VERB/ROOT/0/fix/VBN "
        "it/PRON/obj/4 ,/PUNCT/punct/4 \u201d/PUNCT/punct/4 Ruiz/PROPN/nsubj/9 "
        "said/VERB/parataxis/4/say/VBD ./PUNCT/punct/4",
    )
    assert topic.text == "Mayor Lee"


def test_she_in_a_quotation_is_not_a_man_named_before_it() -> None:
    # "she" is Maria Ruiz, not the man who met her, though he was the subject
    text = "Tom Lee met Maria Ruiz. \u201cShe fixed the harbour,\u201d Ortiz said."
    topic = _topic(
        text,
        "Tom/PROPN/nsubj/3 Lee/PROPN/flat/1 met/VERB/ROOT/0/meet/VBD Maria/PROPN/obj/3 "
        "Ruiz/PROPN/flat/4 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/3 She/PRON/nsubj/3/she fixed/VERB/ROOT/0/fix/VBD the/DET/det/5 "
        "harbour/NOUN/obj/3 ,/PUNCT/punct/3 \u201d/PUNCT/punct/3 Ortiz/PROPN/nsubj/9 "
        "said/VERB/parataxis/3/say/VBD ./PUNCT/punct/3",
    )
    assert "Maria Ruiz" in [topic.text, *(a.text for a in topic.alternatives)]
    assert "Tom Lee" not in [topic.text, *(a.text for a in topic.alternatives)]


def test_the_speakers_own_full_name_is_not_the_topic() -> None:
    # "Tom Lee" is the speaker "Lee", though the parse made "Tom" the head of the name
    text = "Tom Lee met the mayor on Monday. \u201cHe was late,\u201d Lee said."
    doc = make_doc(
        text,
        "Tom/PROPN/nsubj/3 Lee/PROPN/flat/1 met/VERB/ROOT/0/meet/VBD the/DET/det/5 "
        "mayor/NOUN/obj/3 on/ADP/case/7 Monday/PROPN/obl/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/4 He/PRON/nsubj/4/he was/AUX/cop/4/be/VBD late/ADJ/ROOT/0 "
        ",/PUNCT/punct/4 \u201d/PUNCT/punct/4 Lee/PROPN/nsubj/8 said/VERB/parataxis/4/say/VBD "
        "./PUNCT/punct/4",
    )
    assert _topics(doc) != ["Tom Lee"]


def test_they_in_a_quotation_is_the_plural_named_before_it() -> None:
    # "they" are the fees named just before, not the boats the quotation mentions on the way
    text = "The harbour fees rose again. \u201cThey are too high for small boats,\u201d Lee said."
    topic = _topic(
        text,
        "The/DET/det/3 harbour/NOUN/compound/3 fees/NOUN/nsubj/4/fee/NNS rose/VERB/ROOT/0/rise/VBD "
        "again/ADV/advmod/4 ./PUNCT/punct/4",
        "\u201c/PUNCT/punct/5 They/PRON/nsubj/5/they are/AUX/cop/5/be/VBP too/ADV/advmod/5 "
        "high/ADJ/ROOT/0 for/ADP/case/8 small/ADJ/amod/8 boats/NOUN/obl/5/boat/NNS "
        ",/PUNCT/punct/5 \u201d/PUNCT/punct/5 Lee/PROPN/nsubj/12 said/VERB/parataxis/5/say/VBD "
        "./PUNCT/punct/5",
    )
    assert topic.text == "The harbour fees"


@pytest.mark.issue(16)
def test_she_reported_by_her_lawyer_is_the_name_before() -> None:
    # "Her lawyer said she would appeal": "she" is whose lawyer it is, named before, as in a
    # quotation; a candidate of the quote's own, not only a mention found by falling back
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topics import _candidates

    text = "The council fined Ann Ortiz over the levy. Her lawyer said she would appeal."
    doc = make_doc(
        text,
        "The/DET/det/2 council/NOUN/nsubj/3 fined/VERB/ROOT/0/fine/VBD Ann/PROPN/obj/3 "
        "Ortiz/PROPN/flat/4 over/ADP/case/8 the/DET/det/8 levy/NOUN/obl/3 ./PUNCT/punct/3",
        "Her/PRON/nmod:poss/2/her lawyer/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD "
        "she/PRON/nsubj/6/she would/AUX/aux/6 appeal/VERB/ccomp/3/appeal/VB ./PUNCT/punct/3",
    )
    cand = QuoteCandidate("indirect", text.index("she"), len(text) - 1, doc[11:12], "ccomp")
    found = _candidates(doc, cand, Attribution(doc[9:11], doc[11:12], "cue"))
    assert ("Ann Ortiz", "subject") in [(span.text, source) for span, source, _ in found]
    # no person's name takes "the": not who a "he" or a "she" is
    from quotekit.topic_refusals import named_as

    place = make_doc("Lee met the FBI.", "Lee/PROPN/nsubj/2 met/VERB/ROOT/0/meet/VBD "
                     "the/DET/det/4 FBI/PROPN/obj/2 ./PUNCT/punct/2")
    assert named_as(place[3], set(), "she") and not named_as(place[0], set(), "she")


@pytest.mark.issue(16)
def test_a_name_inside_another_phrase_is_the_last_a_pronoun_stands_for() -> None:
    # "fined Ann Ortiz in the name of Acme": after the subject, the object is who "she" is,
    # before a name held inside another phrase, however near the quotation it stands
    from quotekit.records import Attribution
    from quotekit.topics import _referents

    text = "The city fined Ann Ortiz in the name of Acme. \u201cShe will appeal,\u201d Lee said."
    doc = make_doc(
        text,
        "The/DET/det/2 city/NOUN/nsubj/3 fined/VERB/ROOT/0/fine/VBD Ann/PROPN/obj/3 "
        "Ortiz/PROPN/flat/4 in/ADP/case/8 the/DET/det/8 name/NOUN/obl/3 of/ADP/case/10 "
        "Acme/PROPN/nmod/8 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/4 She/PRON/nsubj/4/she will/AUX/aux/4 appeal/VERB/ROOT/0/appeal/VB "
        ",/PUNCT/punct/4 \u201d/PUNCT/punct/4 Lee/PROPN/nsubj/8 said/VERB/parataxis/4/say/VBD "
        "./PUNCT/punct/4",
    )
    found = _referents(doc, doc[12:15], Attribution(doc[17:18], doc[18:19], "cue"))
    assert [span.text for span, _, _ in found] == ["Ann Ortiz"]


def _stayed_referent(first: str, parse: str, pronoun: str) -> list[str]:
    """What _referents finds for "he" or "she" in '"He stayed all night," Ortiz said.' after
    the sentence ``first`` (``parse`` its hand-built parse)."""
    from quotekit.records import Attribution
    from quotekit.topics import _referents

    text = f"{first} \u201c{pronoun} stayed all night,\u201d Ortiz said."
    doc = make_doc(
        text,
        parse,
        f"\u201c/PUNCT/punct/3 {pronoun}/PRON/nsubj/3/{pronoun.lower()} "
        "stayed/VERB/ROOT/0/stay/VBD all/DET/det/5 night/NOUN/obl:tmod/3 ,/PUNCT/punct/3 "
        "\u201d/PUNCT/punct/3 Ortiz/PROPN/nsubj/10 said/VERB/parataxis/3/say/VBD "
        "./PUNCT/punct/3",
    )
    n = len(parse.split())  # (one token for each word of the parse)
    speaker, cue = doc[n + 8 : n + 9], doc[n + 9 : n + 10]
    found = _referents(doc, doc[n + 1 : n + 6], Attribution(speaker, cue, "cue"))
    return [span.text for span, _, _ in found]


@pytest.mark.issue(16)
def test_a_title_says_whether_a_name_can_be_he_or_she() -> None:
    # "Mrs. Ruiz" is no "he", though she is the subject and first: the man after her is
    def referent(title: str, pronoun: str) -> list[str]:
        return _stayed_referent(
            f"{title} Ruiz met Tom Lee.",
            f"{title}/PROPN/nmod:desc/2 Ruiz/PROPN/nsubj/3 met/VERB/ROOT/0/meet/VBD "
            "Tom/PROPN/obj/3 Lee/PROPN/flat/4 ./PUNCT/punct/3",
            pronoun,
        )

    assert referent("Mrs.", "He") == ["Tom Lee"]
    assert referent("Mrs.", "She") == ["Ruiz"]
    assert referent("Mr.", "He") == ["Ruiz"]
    # the title decides, though the family name is another's too ("Bill Clinton" is anyone's
    # "Clinton"), and where the parse made the title the head of the name
    assert _stayed_referent(
        "Mrs. Clinton met Bill Clinton.",
        "Mrs./PROPN/nmod:desc/2 Clinton/PROPN/nsubj/3 met/VERB/ROOT/0/meet/VBD "
        "Bill/PROPN/obj/3 Clinton/PROPN/flat/4 ./PUNCT/punct/3",
        "He",
    ) == ["Bill Clinton"]
    assert _stayed_referent(
        "Mrs. Ruiz met Tom Lee.",
        "Mrs./PROPN/nsubj/3 Ruiz/PROPN/flat/1 met/VERB/ROOT/0/meet/VBD "
        "Tom/PROPN/obj/3 Lee/PROPN/flat/4 ./PUNCT/punct/3",
        "He",
    ) == ["Tom Lee"]


@pytest.mark.issue(16)
def test_a_title_is_no_part_of_the_speakers_own_name() -> None:
    # "Mr. Ortiz" is not the speaker "Mr. Lee": the two share a title, not a name
    text = "Mr. Ortiz met the council. \u201cHe fixed the harbour,\u201d Mr. Lee said."
    topic = _topic(
        text,
        "Mr./PROPN/nsubj/3 Ortiz/PROPN/flat/1 met/VERB/ROOT/0/meet/VBD the/DET/det/5 "
        "council/NOUN/obj/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/3 He/PRON/nsubj/3/he fixed/VERB/ROOT/0/fix/VBD the/DET/det/5 "
        "harbour/NOUN/obj/3 ,/PUNCT/punct/3 \u201d/PUNCT/punct/3 Mr./PROPN/nsubj/10 "
        "Lee/PROPN/flat/8 said/VERB/parataxis/3/say/VBD ./PUNCT/punct/3",
    )
    assert "Mr. Ortiz" in [topic.text, *(a.text for a in topic.alternatives)]


@pytest.mark.issue(16)
def test_he_in_a_quotation_is_a_person_before_a_place() -> None:
    # "he" is the one whose title or first name shows a person, though a place is the subject;
    # a title stands for its name, so not a title whose name cannot be a "she"
    def referent(pronoun: str) -> list[str]:
        return _stayed_referent(
            "Ohio welcomed Dr. Tom Lee.",
            "Ohio/PROPN/nsubj/2 welcomed/VERB/ROOT/0/welcome/VBD Dr./PROPN/nmod:desc/4 "
            "Tom/PROPN/obj/2 Lee/PROPN/flat/4 ./PUNCT/punct/2",
            pronoun,
        )

    assert referent("He") == ["Tom Lee"]
    assert referent("She") == ["Ohio"]
    # a first name alone is no mark of a person: "Georgia", "Florida" are places as well
    from quotekit.topic_refusals import marked_person

    doc = make_doc("Georgia met Emma Lee.", "Georgia/PROPN/nsubj/2 met/VERB/ROOT/0/meet/VBD "
                   "Emma/PROPN/obj/2 Lee/PROPN/flat/3 ./PUNCT/punct/2")
    assert marked_person(doc[2]) and not marked_person(doc[0])


@pytest.mark.issue(16)
def test_it_acting_in_a_quotation_is_the_name_before_it() -> None:
    # an "it" that does something to something stands for what was named before ("Acme Corp"),
    # as "he" stands for a person; an "it" with no object ("it is time") may stand for nothing
    text = "Acme Corp bought the old pier. \u201cIt will close the gate,\u201d Lee said."
    topic = _topic(
        text,
        "Acme/PROPN/compound/2 Corp/PROPN/nsubj/3 bought/VERB/ROOT/0/buy/VBD the/DET/det/6 "
        "old/ADJ/amod/6 pier/NOUN/obj/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/4 It/PRON/nsubj/4/it will/AUX/aux/4 close/VERB/ROOT/0/close/VB "
        "the/DET/det/6 gate/NOUN/obj/4 ,/PUNCT/punct/4 \u201d/PUNCT/punct/4 Lee/PROPN/nsubj/10 "
        "said/VERB/parataxis/4/say/VBD ./PUNCT/punct/4",
    )
    assert "Acme Corp" in [topic.text, *(a.text for a in topic.alternatives)]


def test_no_vague_head_or_pronoun() -> None:
    text = "Ortiz said things were going well."
    doc = make_doc(
        text,
        "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD things/NOUN/nsubj/5/thing "
        "were/AUX/aux/5/be/VBD going/VERB/ccomp/2/go/VBG well/ADV/advmod/5 ./PUNCT/punct/2",
    )
    assert _topics(doc) == [None]


@pytest.mark.issue(16)
@pytest.mark.parametrize("word", ["folk", "folks"])
def test_folks_are_as_vague_as_people(word: str) -> None:
    # "folk(s)" says no more than "people" (the word as written, lemmatized as itself)
    text = f"Ortiz said {word} were going home."
    doc = make_doc(
        text,
        f"Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD {word}/NOUN/nsubj/5/{word} "
        "were/AUX/aux/5/be/VBD going/VERB/ccomp/2/go/VBG home/ADV/advmod/5 ./PUNCT/punct/2",
    )
    assert _topics(doc) == [None]


@pytest.mark.parametrize(
    "text, parse, expected",
    [
        pytest.param(
            # 'called the levy "a disgrace"': the levy is what it is about, not its name
            "Ruiz called the levy \u201ca disgrace.\u201d",
            "Ruiz/PROPN/nsubj/2 called/VERB/ROOT/0/call/VBD the/DET/det/4 levy/NOUN/obj/2 "
            "\u201c/PUNCT/punct/7 a/DET/det/7 disgrace/NOUN/xcomp/2 ./PUNCT/punct/2 "
            "\u201d/PUNCT/punct/2",
            ("the levy", ["a disgrace"]),
            id="naming-cue",
        ),
        pytest.param(
            # the subject of a transitive clause is who acted; it is about what was acted on
            "Ortiz said the council approved the harbour plan.",
            "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 council/NOUN/nsubj/5 "
            "approved/VERB/ccomp/2/approve/VBD the/DET/det/8 harbour/NOUN/compound/8 "
            "plan/NOUN/obj/5 ./PUNCT/punct/2",
            ("the harbour plan", ["the council"]),
            id="agent-gives-way",
        ),
        pytest.param(
            # but a thing or an event that acts is what the clause is about
            "Ortiz said the storms damaged the harbour wall.",
            "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 storms/NOUN/nsubj/5/storm "
            "damaged/VERB/ccomp/2/damage/VBD the/DET/det/8 harbour/NOUN/compound/8 "
            "wall/NOUN/obj/5 ./PUNCT/punct/2",
            ("the storms", ["the harbour wall"]),
            id="inanimate-agent-stays",
        ),
        pytest.param(
            # an object that says nothing of what ("the people", "it") leaves the subject what
            # the clause is about
            "Ortiz said the council misled the people at the harbour.",
            "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 council/NOUN/nsubj/5 "
            "misled/VERB/ccomp/2/mislead/VBD the/DET/det/7 people/NOUN/obj/5/people "
            "at/ADP/case/10 the/DET/det/10 harbour/NOUN/obl/5 ./PUNCT/punct/2",
            ("the council", ["the harbour"]),
            id="agent-of-a-vague-object-stays",
        ),
        pytest.param(
            # one person named in full acting on another: the quote is about who acts
            "Ortiz said Ana Ruiz can beat Tom Lee.",
            "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD Ana/PROPN/nsubj/6 Ruiz/PROPN/flat/3 "
            "can/AUX/aux/6 beat/VERB/ccomp/2/beat/VB Tom/PROPN/obj/6 Lee/PROPN/flat/7 "
            "./PUNCT/punct/2",
            ("Ana Ruiz", ["Tom Lee"]),
            id="person-acting-on-a-person-stays",
        ),
        pytest.param(
            # people named only by a relative clause: the clause says who, "people" alone is vague
            "Lee said people who fish at the pier will pay more.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD people/NOUN/nsubj/10/people "
            "who/PRON/nsubj/5 fish/VERB/acl:relcl/3/fish/VBP at/ADP/case/8 the/DET/det/8 "
            "pier/NOUN/obl/5 will/AUX/aux/10 pay/VERB/ccomp/2/pay/VB more/ADV/advmod/10 "
            "./PUNCT/punct/2",
            ("people who fish at the pier", ["the pier"]),
            id="people-a-relative-clause-names",
        ),
        pytest.param(
            # a thing said to be or to happen is what the clause is about
            "Ortiz said the harbour plan would fail within a year.",
            "Ortiz/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "plan/NOUN/nsubj/7 would/AUX/aux/7//MD fail/VERB/ccomp/2/fail/VB within/ADP/case/10 "
            "a/DET/det/10 year/NOUN/obl/7 ./PUNCT/punct/2",
            ("the harbour plan", []),
            id="intransitive-subject",
        ),
        pytest.param(
            # "has not commented on X": X is what the statement is about
            "Lee said the agency has not commented on the audit.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/7 "
            "has/AUX/aux/7/have/VBZ not/PART/advmod/7 commented/VERB/ccomp/2/comment/VBN "
            "on/ADP/case/10 the/DET/det/10 audit/NOUN/obl/7 ./PUNCT/punct/2",
            ("the audit", ["the agency"]),
            id="commented-on-inside",
        ),
        pytest.param(
            # the quote names its subject only by a pronoun: a phrase of its own sentence
            "Okafor told voters she was with them.",
            "Okafor/PROPN/nsubj/2 told/VERB/ROOT/0/tell/VBD voters/NOUN/obj/2/voter "
            "she/PRON/nsubj/7 was/AUX/cop/7/be/VBD with/ADP/case/7 them/PRON/ccomp/2/they "
            "./PUNCT/punct/2",
            ("voters", []),
            id="pronoun-quote-own-sentence",
        ),
        pytest.param(
            # "people" says nothing; "ethanol people" does
            "Lee said ethanol people work hard.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD ethanol/NOUN/compound/4 "
            "people/NOUN/nsubj/5/person work/VERB/ccomp/2/work/VBP hard/ADV/advmod/5 "
            "./PUNCT/punct/2",
            ("ethanol people", []),
            id="vague-head-with-compound",
        ),
        pytest.param(
            # a dash ends a phrase and is no part of a word
            "Lee said the new levy\u2014a tax on boats\u2014was fair.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 new/ADJ/amod/5 "
            "levy/NOUN/nsubj/13 \u2014/PUNCT/punct/8 a/DET/det/8 tax/NOUN/appos/5 "
            "on/ADP/case/10 boats/NOUN/nmod/8/boat \u2014/PUNCT/punct/8 was/AUX/cop/13/be/VBD "
            "fair/ADJ/ccomp/2 ./PUNCT/punct/2",
            ("the new levy", ["a tax on boats", "boats"]),
            id="dash",
        ),
        pytest.param(
            # "I am a champion of X" says who the speaker is; X is what it is about
            "\u201cI am a loyal champion of lower fares,\u201d Reyes said.",
            "\u201c/PUNCT/punct/6 I/PRON/nsubj/6/I am/AUX/cop/6/be/VBP a/DET/det/6 "
            "loyal/ADJ/amod/6 champion/NOUN/ROOT/0 of/ADP/case/9 lower/ADJ/amod/9 "
            "fares/NOUN/nmod/6/fare ,/PUNCT/punct/6 \u201d/PUNCT/punct/6 "
            "Reyes/PROPN/nsubj/13 said/VERB/parataxis/6/say/VBD ./PUNCT/punct/6",
            ("lower fares", ["a loyal champion of lower fares"]),
            id="predicate-about-the-speaker",
        ),
        pytest.param(
            # where the parse hangs an adverb and a verb before a noun, they are left out
            "Lee said openly mock city planners.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD openly/ADV/advmod/4 "
            "mock/VERB/compound/6/mock/VB city/NOUN/compound/6 planners/NOUN/ccomp/2/planner "
            "./PUNCT/punct/2",
            ("city planners", []),
            id="no-adverb-first",
        ),
        pytest.param(
            # and a possessive it hangs on a noun to the right does not end the phrase
            "Lee said the port\u2019s plans for her town were unfair.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 port/NOUN/nmod:poss/6 "
            "\u2019s/PART/case/4 plans/NOUN/nsubj/12/plan for/ADP/case/8 her/PRON/nmod:poss/6/she "
            "town/NOUN/obl/12 were/AUX/cop/12/be/VBD unfair/ADJ/ccomp/2 ./PUNCT/punct/2",
            ("the port\u2019s plans", ["town"]),
            id="no-possessive-last",
        ),
        pytest.param(
            # a list is one phrase, commas and all
            "Lee said the agency has not commented on the focus, scope or cost of the audit.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/7 "
            "has/AUX/aux/7/have/VBZ not/PART/advmod/7 commented/VERB/ccomp/2/comment/VBN "
            "on/ADP/case/10 the/DET/det/10 focus/NOUN/obl/7 ,/PUNCT/punct/12 scope/NOUN/conj/10 "
            "or/CCONJ/cc/14 cost/NOUN/conj/10 of/ADP/case/17 the/DET/det/17 audit/NOUN/nmod/14 "
            "./PUNCT/punct/2",
            ("the focus, scope or cost of the audit", ["scope", "cost of the audit"]),
            id="list-whole",
        ),
        pytest.param(
            # after a light verb the subject stays what the clause is about
            "Lee said the agency has done a poor job.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/6 "
            "has/AUX/aux/6/have/VBZ done/VERB/ccomp/2/do/VBN a/DET/det/9 poor/ADJ/amod/9 "
            "job/NOUN/obj/6 ./PUNCT/punct/2",
            ("the agency", ["a poor job"]),
            id="light-verb",
        ),
        pytest.param(
            # but an object a prepositional phrase says more of is what the agency acts on
            "Lee said the agency should take new measures against smugglers.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/6 "
            "should/AUX/aux/6/should/MD take/VERB/ccomp/2/take/VB new/ADJ/amod/8 "
            "measures/NOUN/obj/6/measure against/ADP/case/10 smugglers/NOUN/nmod/8/smuggler "
            "./PUNCT/punct/2",
            ("new measures against smugglers", ["smugglers", "the agency"]),
            id="light-verb-with-a-qualified-object",
        ),
        pytest.param(
            # campaigners act: what they must address is what it is about (the plural the
            # lemmatizer left as it is, too)
            "Lee said campaigners must address the fee rise.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD campaigners/NOUN/nsubj/5/campaigners/NNS "
            "must/AUX/aux/5/must/MD address/VERB/ccomp/2/address/VB the/DET/det/8 "
            "fee/NOUN/compound/8 rise/NOUN/obj/5 ./PUNCT/punct/2",
            ("the fee rise", ["campaigners"]),
            id="acting-plural",
        ),
        pytest.param(
            # a deal with someone is what the agency made; a deal it has says what the agency has
            "Lee said the agency made a deal with the port.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/5 "
            "made/VERB/ccomp/2/make/VBD a/DET/det/7 deal/NOUN/obj/5 with/ADP/case/10 "
            "the/DET/det/10 port/NOUN/nmod/7 ./PUNCT/punct/2",
            ("a deal with the port", ["the port", "the agency"]),
            id="light-verb-target",
        ),
        pytest.param(
            "Lee said the agency had a deal with the port.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/5 "
            "had/VERB/ccomp/2/have/VBD a/DET/det/7 deal/NOUN/obj/5 with/ADP/case/10 "
            "the/DET/det/10 port/NOUN/nmod/7 ./PUNCT/punct/2",
            ("the agency", ["a deal with the port", "the port"]),
            id="having-is-no-doing",
        ),
        pytest.param(
            # how the agency did, not what it acted on
            "Lee said the agency did a poor job with the rollout.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 agency/NOUN/nsubj/5 "
            "did/VERB/ccomp/2/do/VBD a/DET/det/8 poor/ADJ/amod/8 job/NOUN/obj/5 "
            "with/ADP/case/11 the/DET/det/11 rollout/NOUN/nmod/8 ./PUNCT/punct/2",
            ("the agency", ["a poor job with the rollout", "the rollout"]),
            id="light-verb-judged",
        ),
        pytest.param(
            # countries act ("countries" as the lemmatizer may leave it) ...
            "Lee said countries must cut the levy.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD countries/NOUN/nsubj/5/countries/NNS "
            "must/AUX/aux/5/must/MD cut/VERB/ccomp/2/cut/VB the/DET/det/7 levy/NOUN/obj/5 "
            "./PUNCT/punct/2",
            ("the levy", ["countries"]),
            id="acting-countries",
        ),
        pytest.param(
            # ... but what no country can do is said of countries
            "Lee said no country can cut the levy.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD no/DET/det/4 country/NOUN/nsubj/6 "
            "can/AUX/aux/6/can/MD cut/VERB/ccomp/2/cut/VB the/DET/det/8 levy/NOUN/obj/6 "
            "./PUNCT/punct/2",
            ("no country", ["the levy"]),
            id="generic-subject",
        ),
        pytest.param(
            # a name in quotation marks hung inside the named phrase is no part of it
            "Ruiz called half of the board members \u201ccowards.\u201d",
            "Ruiz/PROPN/nsubj/2 called/VERB/ROOT/0/call/VBD half/NUM/obj/2 of/ADP/case/7 "
            "the/DET/det/7 board/NOUN/compound/7 members/NOUN/nmod/3/member \u201c/PUNCT/punct/9 "
            "cowards/NOUN/appos/7/coward ./PUNCT/punct/2 \u201d/PUNCT/punct/2",
            ("half of the board members", ["the board members", "cowards"]),
            id="unclosed-mark-keeps-the-head",
        ),
        pytest.param(
            # "the other factor" says nothing; what it is said to be does
            "Lee said the other factor was the harbour tax.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 other/ADJ/amod/5 "
            "factor/NOUN/nsubj/9 was/AUX/cop/9/be/VBD the/DET/det/9 harbour/NOUN/compound/9 "
            "tax/NOUN/ccomp/2 ./PUNCT/punct/2",
            ("the harbour tax", []),
            id="vague-subject",
        ),
        pytest.param(
            # "of" names what was spoken about after a verb of saying, not after "died"
            "Lee said the mayor died of cancer.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 mayor/NOUN/nsubj/5 "
            "died/VERB/ccomp/2/die/VBD of/ADP/case/7 cancer/NOUN/obl/5 ./PUNCT/punct/2",
            ("the mayor", ["cancer"]),
            id="of-after-other-verbs",
        ),
        pytest.param(
            # the one asked is no part of what was asked, though the quote holds it
            "Lee asked the board to delay the harbour vote.",
            "Lee/PROPN/nsubj/2 asked/VERB/ROOT/0/ask/VBD the/DET/det/4 board/NOUN/obj/2 "
            "to/PART/mark/6 delay/VERB/xcomp/2/delay/VB the/DET/det/9 harbour/NOUN/compound/9 "
            "vote/NOUN/obj/6 ./PUNCT/punct/2",
            ("the harbour vote", []),
            id="addressee-inside-the-quote",
        ),
        pytest.param(
            # but one urged to act on nothing named is what the urging is about
            "Lee urged the harbour board to act quickly.",
            "Lee/PROPN/nsubj/2 urged/VERB/ROOT/0/urge/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "board/NOUN/obj/2 to/PART/mark/7 act/VERB/xcomp/2/act/VB "
            "quickly/ADV/advmod/7 ./PUNCT/punct/2",
            ("the harbour board", []),
            id="urged-to-act",
        ),
        pytest.param(
            # the same where the parse hangs the infinitive on the one urged
            "Lee urged the harbour board to act quickly.",
            "Lee/PROPN/nsubj/2 urged/VERB/ROOT/0/urge/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "board/NOUN/obj/2 to/PART/mark/7 act/VERB/acl/5/act/VB "
            "quickly/ADV/advmod/7 ./PUNCT/punct/2",
            ("the harbour board", []),
            id="urged-to-act-on-the-noun",
        ),
        pytest.param(
            # the same where the parse makes the infinitive a clause of the cue's
            "Lee urged the harbour board to act quickly.",
            "Lee/PROPN/nsubj/2 urged/VERB/ROOT/0/urge/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "board/NOUN/obj/2 to/PART/mark/7 act/VERB/advcl/2/act/VB "
            "quickly/ADV/advmod/7 ./PUNCT/punct/2",
            ("the harbour board", []),
            id="urged-to-act-as-a-clause",
        ),
        pytest.param(
            # what the speaker speaks as says who is talking, not what about
            '"As a farmer, I will vote for him at the fair," Lee said.',
            '"/PUNCT/punct/8 As/ADP/case/4 a/DET/det/4 farmer/NOUN/obl/8 ,/PUNCT/punct/4 '
            "I/PRON/nsubj/8 will/AUX/aux/8 vote/VERB/ccomp/17/vote/VB for/ADP/case/10 "
            "him/PRON/obl/8 at/ADP/case/13 the/DET/det/13 fair/NOUN/obl/8 ,/PUNCT/punct/8 "
            '"/PUNCT/punct/8 Lee/PROPN/nsubj/17 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/17',
            ("the fair", ["a farmer"]),
            id="what-the-speaker-speaks-as",
        ),
        pytest.param(
            # a body the parse tagged as a common noun, capitalised, acts as a name does
            "Lee said the Fed was overstating the risk of floods.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 Fed/NOUN/nsubj/6 "
            "was/AUX/aux/6/be/VBD overstating/VERB/ccomp/2/overstate/VBG the/DET/det/8 "
            "risk/NOUN/obj/6 of/ADP/case/10 floods/NOUN/nmod/8/flood/NNS ./PUNCT/punct/2",
            ("the risk of floods", ["floods", "the Fed"]),
            id="capitalised-body-acts",
        ),
        pytest.param(
            # a capital after an opening quotation mark (or a colon) opens a sentence
            'Lee said: "Taxes hurt families across the county."',
            'Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD :/PUNCT/punct/2 "/PUNCT/punct/6 '
            "Taxes/NOUN/nsubj/6/tax/NNS hurt/VERB/ccomp/2/hurt/VBP families/NOUN/obj/6/family/NNS "
            'across/ADP/case/10 the/DET/det/10 county/NOUN/nmod/7 ./PUNCT/punct/6 "/PUNCT/punct/6',
            ("Taxes", ["families across the county", "the county"]),
            id="capital-after-a-quotation-mark",
        ),
        pytest.param(
            # "as for" brings in what the quote is about, not what the speaker speaks as
            '"As for the levy, we support the plan," Lee said.',
            '"/PUNCT/punct/8 As/ADP/case/5 for/ADP/fixed/2 the/DET/det/5 levy/NOUN/obl/8 '
            ",/PUNCT/punct/5 we/PRON/nsubj/8 support/VERB/ccomp/14/support/VBP the/DET/det/10 "
            'plan/NOUN/obj/8 ,/PUNCT/punct/8 "/PUNCT/punct/8 Lee/PROPN/nsubj/14 '
            "said/VERB/ROOT/0/say/VBD ./PUNCT/punct/14",
            ("the levy", ["the plan"]),
            id="as-for-brings-in-the-topic",
        ),
        pytest.param(
            # a long title beside a name: the name says who
            "Lee said the governing party\u2019s vice presidential candidate Ana Ruiz of Dover "
            "was the clear winner.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 governing/VERB/amod/5 "
            "party/NOUN/nmod:poss/9 \u2019s/PART/case/5 vice/ADJ/compound/9 "
            "presidential/ADJ/amod/9 candidate/NOUN/nsubj/17 Ana/PROPN/appos/9 "
            "Ruiz/PROPN/flat/10 of/ADP/case/13 Dover/PROPN/nmod/10 was/AUX/cop/17/be/VBD "
            "the/DET/det/17 clear/ADJ/amod/17 winner/NOUN/ccomp/2 ./PUNCT/punct/2",
            ("Ana Ruiz of Dover", ["the clear winner", "Dover"]),
            id="name-beside-a-title",
        ),
        pytest.param(
            # who decided to act is not what it is about; what they act on is
            "Lee said the harbour board decided to close the old pier.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "board/NOUN/nsubj/6 decided/VERB/ccomp/2/decide/VBD to/PART/mark/8 "
            "close/VERB/xcomp/6/close/VB the/DET/det/11 old/ADJ/amod/11 pier/NOUN/obj/8 "
            "./PUNCT/punct/2",
            ("the old pier", ["the harbour board"]),
            id="agent-of-a-verb-complement",
        ),
        pytest.param(
            # but the subject of a verb that only raises it is what it is about
            "Lee said the harbour plan seems to work well.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 harbour/NOUN/compound/5 "
            "plan/NOUN/nsubj/6 seems/VERB/ccomp/2/seem/VBZ to/PART/mark/8 "
            "work/VERB/xcomp/6/work/VB well/ADV/advmod/8 ./PUNCT/punct/2",
            ("the harbour plan", []),
            id="raising-verb-subject",
        ),
    ],
)
def test_topic_by_construction(text: str, parse: str, expected: tuple[str, list[str]]) -> None:
    topic = _topic(text, parse)
    assert (topic.text, [a.text for a in topic.alternatives]) == expected


# A text of our own with what tends to break offsets: curly quotes and apostrophes, hyphenated
# and dashed words, no-break spaces, CRLF line ends, a pull quote and quotes in pieces.
VERBATIM_TEXT = (
    "Mayor Ana Ruiz on the city\u2019s post-flood rebuilding plan\r\n\r\n"
    "\u201cThe well-known head-to-head budget fight is over,\u201d Ruiz said on Monday. "
    "\u201cWe will rebuild the river\u2014and the old harbour\u2014by 2030.\u201d\r\n"
    "Council member Tom O\u2019Brien called the plan \u201ca half-baked, feel-good "
    "wish list.\u201d He said of the bridge tolls that they were \u201cunfair to\u00a0commuters.\u201d\r\n"
    "Ruiz told reporters she would not back down. The U.S. Army Corps of Engineers, "
    "which reviewed the levees, said the work could start in spring, according to a "
    "spokeswoman."
)


@pytest.mark.model
def test_every_topic_of_a_real_run_is_verbatim(parser) -> None:  # type: ignore[no-untyped-def]
    from quotekit.pipeline import extract_text

    record = extract_text(VERBATIM_TEXT, parser)
    assert record.error is None
    topics = [q.topic for q in record.quotes if q.topic is not None]
    assert len(topics) >= 4
    for topic in topics:
        for span in (topic, *topic.alternatives):
            assert span.start is not None and span.end is not None
            assert VERBATIM_TEXT[span.start : span.end] == span.text, span
            # a whole phrase: it neither starts nor ends inside a word
            assert span.start == 0 or not VERBATIM_TEXT[span.start - 1].isalnum(), span
            assert span.end == len(VERBATIM_TEXT) or not VERBATIM_TEXT[span.end].isalnum(), span


def test_clean_phrase_drops_a_leading_preposition_and_keeps_words_whole() -> None:
    from quotekit.topic_phrases import clean_phrase

    text = "Ruiz heard from the well-known harbour board."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/2 heard/VERB/ROOT/0/hear/VBD from/ADP/case/9 the/DET/det/9 "
        "well/ADV/advmod/7 -/PUNCT/punct/7 known/VERB/amod/9/know/VBN harbour/NOUN/compound/9 "
        "board/NOUN/obl/2 ./PUNCT/punct/2",
    )
    phrase = clean_phrase(doc, doc[2:9])
    assert phrase is not None and phrase.text == "the well-known harbour board"
    # a piece of a hyphenated word grows to the whole word
    piece = clean_phrase(doc, doc[6:9])
    assert piece is not None and piece.text == "well-known harbour board"


def test_char_bounds_drop_an_unpaired_mark_glued_to_a_word() -> None:
    from quotekit.topic_phrases import char_bounds

    text = "Lee praised the mechanics'' of a \u201cchampion\u201d plan."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 praised/VERB/ROOT/0/praise/VBD the/DET/det/4 "
        "mechanics''/NOUN/obj/2/mechanics of/ADP/case/10 a/DET/det/10 \u201c/PUNCT/punct/8 "
        "champion/NOUN/compound/10 \u201d/PUNCT/punct/8 plan/NOUN/nmod/4 ./PUNCT/punct/2",
    )
    start, end = char_bounds(text, doc[2:4])
    assert text[start:end] == "the mechanics"
    start, end = char_bounds(text, doc[5:9])
    assert text[start:end] == "a \u201cchampion\u201d"


def test_participle_of_saying_beside_the_cue_names_the_topic() -> None:
    # '"...," Lee said, speaking of X': X is what the quote is about
    text = "\u201cThe budget is fine,\u201d Lee said, speaking of the harbour tax."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/5 The/DET/det/3 budget/NOUN/nsubj/5 is/AUX/cop/5/be/VBZ "
        "fine/ADJ/ROOT/0 ,/PUNCT/punct/5 \u201d/PUNCT/punct/5 Lee/PROPN/nsubj/9 "
        "said/VERB/parataxis/5/say/VBD ,/PUNCT/punct/11 speaking/VERB/advcl/9/speak/VBG "
        "of/ADP/case/15 the/DET/det/15 harbour/NOUN/compound/15 tax/NOUN/obl/11 ./PUNCT/punct/5",
    )
    assert _topics(doc)[0] == "the harbour tax"


@pytest.mark.issue(16)
def test_a_question_after_a_participle_of_saying_names_the_topic() -> None:
    # 'Asked whether X would pass, Lee replied: "..."': the answer is about X
    text = "Asked whether the harbour levy would pass, Lee replied: \u201cThe vote is close.\u201d"
    doc = make_doc(
        text,
        "Asked/VERB/ROOT/0/ask/VBN whether/SCONJ/mark/7 the/DET/det/5 harbour/NOUN/compound/5 "
        "levy/NOUN/nsubj/7 would/AUX/aux/7 pass/VERB/advcl/1/pass/VB ,/PUNCT/punct/10 "
        "Lee/PROPN/nsubj/10 replied/VERB/parataxis/1/reply/VBD :/PUNCT/punct/16 "
        "\u201c/PUNCT/punct/16 The/DET/det/14 vote/NOUN/nsubj/16 is/AUX/cop/16/be/VBZ "
        "close/ADJ/parataxis/10 ./PUNCT/punct/16 \u201d/PUNCT/punct/16",
    )
    assert _topics(doc)[-1] == "the harbour levy"  # (the question is a quote of its own)


@pytest.mark.issue(16)
def test_a_name_alone_opening_a_quotation_is_an_address() -> None:
    # '"Judge," Lee said, "..."': whom Lee turns to, not what the quotation is about; a quotation
    # of one piece that is a name ('"Denver," Lee said') is what was said
    text = "\u201cJudge,\u201d Lee said, \u201cthe harbour levy is unfair.\u201d"
    topic = _topic(
        text,
        "\u201c/PUNCT/punct/2 Judge/NOUN/nsubj/6/judge ,/PUNCT/punct/2 \u201d/PUNCT/punct/2 "
        "Lee/PROPN/nsubj/6 said/VERB/ROOT/0/say/VBD ,/PUNCT/punct/13 \u201c/PUNCT/punct/13 "
        "the/DET/det/11 harbour/NOUN/compound/11 levy/NOUN/nsubj/13 is/AUX/cop/13/be/VBZ "
        "unfair/ADJ/ccomp/6 ./PUNCT/punct/13 \u201d/PUNCT/punct/13",
    )
    assert (topic.text, [a.text for a in topic.alternatives]) == ("the harbour levy", [])


def test_adjunct_after_the_object_ranks_below_it() -> None:
    # "invoked the rule in a closed session": the object says what, the adjunct where
    from quotekit.topic_roles import main_heads, role

    text = "Lee said Ruiz invoked the harbour rule in a closed session."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD Ruiz/PROPN/nsubj/4 "
        "invoked/VERB/ccomp/2/invoke/VBD the/DET/det/7 harbour/NOUN/compound/7 "
        "rule/NOUN/obj/4 in/ADP/case/11 a/DET/det/11 closed/ADJ/amod/11 session/NOUN/obl/4 "
        "./PUNCT/punct/2",
    )
    content = doc[2:11]
    mains = main_heads(content)
    roles = {doc[k].text: role(doc[k], mains, mains[0]) for k in (2, 6, 10)}
    assert roles == {"Ruiz": "agent", "rule": "argument", "session": "np"}


def test_a_demonstrative_phrase_yields_to_one_that_names_its_subject() -> None:
    # "those taxes" points back to something named before; "the harbour fee" names it
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topics import Salience, _rank

    text = "Lee said those taxes and the harbour fee hurt."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD those/DET/det/4 taxes/NOUN/nsubj/9/tax "
        "and/CCONJ/cc/8 the/DET/det/8 harbour/NOUN/compound/8 fee/NOUN/conj/4 "
        "hurt/VERB/ccomp/2/hurt/VBD ./PUNCT/punct/2",
    )
    cand = QuoteCandidate("indirect", 9, len(text) - 1, doc[1:2], "ccomp-complement")
    salience = Salience(doc)
    salience.words = {}
    found = [(doc[2:4], "np", 1.0), (doc[5:8], "np", 1.0)]
    ranked = _rank(doc, found, cand, Attribution(doc[0:1], doc[1:2], "cue"), salience)
    assert [c.span.text for c in ranked] == ["the harbour fee", "those taxes"]


@pytest.mark.issue(16)
def test_the_one_told_parsed_as_a_subject_is_refused() -> None:
    # 'told the host Ann Cole how ...', the name taken for a second subject of "told" and into
    # the quote: still the one told, not what the quote is about
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topic_refusals import refuse

    text = "Lee told the host Ann Cole how the levy passed."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 told/VERB/ROOT/0/tell/VBD the/DET/det/4 host/NOUN/obj/2 "
        "Ann/PROPN/nsubj/2 Cole/PROPN/flat/5 how/ADV/advmod/10 the/DET/det/9 levy/NOUN/nsubj/10 "
        "passed/VERB/ccomp/2/pass/VBD ./PUNCT/punct/2",
    )
    cand = QuoteCandidate("indirect", text.index("Ann"), len(text) - 1, doc[1:2], "ccomp")
    attribution = Attribution(doc[0:1], doc[1:2], "cue")
    assert refuse(doc[4:6], cand, attribution)
    assert not refuse(doc[7:9], cand, attribution)


def test_the_reporter_of_a_quotation_inside_the_quote_is_refused() -> None:
    # an "according to" report that holds a quotation with its own attribution: who speaks
    # the quotation is not what it is about; a subject that follows no quotation still may be
    text = '"Nothing prepares you for the harbour job," the mayor will say, according to notes.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/3 Nothing/PRON/nsubj/3 prepares/VERB/ccomp/15/prepare/VBZ '
        "you/PRON/obj/3 for/ADP/case/8 the/DET/det/8 harbour/NOUN/compound/8 job/NOUN/obl/3 "
        ',/PUNCT/punct/3 "/PUNCT/punct/3 the/DET/det/12 mayor/NOUN/nsubj/14 will/AUX/aux/14 '
        "say/VERB/ROOT/0/say/VB ,/PUNCT/punct/18 according/VERB/case/18 to/ADP/fixed/16 "
        "notes/NOUN/obl/14 ./PUNCT/punct/14",
    )
    assert _refused(doc[10:12])
    assert not _refused(doc[5:8])
    after = "The mayor will say the harbour job is hard, according to notes."
    doc = make_doc(
        after,
        "The/DET/det/2 mayor/NOUN/nsubj/4 will/AUX/aux/4 say/VERB/ROOT/0/say/VB the/DET/det/7 "
        "harbour/NOUN/compound/7 job/NOUN/nsubj/9 is/AUX/cop/9 hard/ADJ/ccomp/4 ,/PUNCT/punct/13 "
        "according/VERB/case/13 to/ADP/fixed/11 notes/NOUN/obl/4 ./PUNCT/punct/4",
    )
    assert not _refused(doc[0:2])


def test_a_name_after_a_preposition_is_no_name_predicate() -> None:
    # "the vote is against Ortiz": the vote is what it is about, not a name said to be it
    topic = _topic(
        "Lee said the vote is against Ortiz.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 vote/NOUN/nsubj/7 "
        "is/AUX/cop/7/be/VBZ against/ADP/case/7 Ortiz/PROPN/ccomp/2 ./PUNCT/punct/2",
    )
    assert (topic.text, [a.text for a in topic.alternatives]) == ("the vote", ["Ortiz"])


def test_a_question_word_does_not_close_a_phrase() -> None:
    from quotekit.topic_phrases import noun_phrase

    text = "Lee told the host on Monday how he felt."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 told/VERB/ROOT/0/tell/VBD the/DET/det/4 host/NOUN/obj/2 "
        "on/ADP/case/6 Monday/PROPN/nmod/4 how/ADV/advmod/9 he/PRON/nsubj/9 "
        "felt/VERB/acl:relcl/6/feel/VBD ./PUNCT/punct/2",
    )
    # (nor is "on Monday" part of it: when, not which host)
    assert noun_phrase(doc[3]).text == "the host"


def test_description_parsed_as_second_object_yields_to_the_name() -> None:
    # the parser hangs "the party favorite" on the verb as a second object: it describes Ortiz
    text = "Lane said she would not back Ortiz, the party favorite."
    topic = _topic(
        text,
        "Lane/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/6 would/AUX/aux/6 "
        "not/PART/advmod/6 back/VERB/ccomp/2 Ortiz/PROPN/obj/6 ,/PUNCT/punct/11 the/DET/det/11 "
        "party/NOUN/compound/11 favorite/NOUN/obj/6 ./PUNCT/punct/2",
    )
    assert topic.text == "Ortiz"


def test_quotation_about_you_is_about_the_one_told() -> None:
    text = "\u201cYou should resign. The money is gone,\u201d Lee told Ortiz."
    topic = _topic(
        text,
        "\u201c/PUNCT/punct/4 You/PRON/nsubj/4 should/AUX/aux/4 resign/VERB/ROOT/0 ./PUNCT/punct/4",
        "The/DET/det/2 money/NOUN/nsubj/4 is/AUX/cop/4/be gone/ADJ/ccomp/8 ,/PUNCT/punct/4 "
        "\u201d/PUNCT/punct/4 Lee/PROPN/nsubj/8 told/VERB/ROOT/0/tell/VBD Ortiz/PROPN/obj/8 "
        "./PUNCT/punct/8",
    )
    assert topic.text == "Ortiz"


def test_on_is_where_a_cue_with_a_clause_said_it() -> None:
    # "wrote on the budget" names the subject; "wrote on Twitter that ..." only the place
    text = "Lee wrote on Twitter that the budget was late."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 wrote/VERB/ROOT/0/write/VBD on/ADP/case/4 Twitter/PROPN/obl/2 "
        "that/SCONJ/mark/9 the/DET/det/7 budget/NOUN/nsubj/9 was/AUX/cop/9/be/VBD "
        "late/ADJ/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "the budget"


def test_what_a_vague_subject_is_said_to_be() -> None:
    # "the result" says nothing; what it is said to be is what the quote is about
    text = "The city grew. Lee said that in the city the result was a loss."
    topic = _topic(
        text,
        "The/DET/det/2 city/NOUN/nsubj/3 grew/VERB/ROOT/0/grow/VBD ./PUNCT/punct/3",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/11 in/ADP/case/6 "
        "the/DET/det/6 city/NOUN/obl/11 the/DET/det/8 result/NOUN/nsubj/11 was/AUX/cop/11/be/VBD "
        "a/DET/det/11 loss/NOUN/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "a loss"


def test_what_the_quote_sets_aside_ranks_low() -> None:
    # "the gains" is central to the document, but the quote sets it aside ("rather than")
    text = "The gains grew. Lee said it speaks to costs rather than the gains."
    topic = _topic(
        text,
        "The/DET/det/2 gains/NOUN/nsubj/3/gain grew/VERB/ROOT/0/grow/VBD ./PUNCT/punct/3",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD it/PRON/nsubj/4 speaks/VERB/ccomp/2/speak/VBZ "
        "to/ADP/case/6 costs/NOUN/obl/4/cost rather/ADV/advmod/10 than/ADP/case/10 "
        "the/DET/det/10 gains/NOUN/obl/4/gain ./PUNCT/punct/2",
    )
    assert topic.text == "costs"


def test_people_named_by_what_they_share_are_a_topic() -> None:
    text = "Lee said she wanted to speak to young people."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/4 wanted/VERB/ccomp/2/want/VBD "
        "to/PART/mark/6 speak/VERB/xcomp/4/speak/VB to/ADP/case/9 young/ADJ/amod/9 "
        "people/NOUN/obl/6/people ./PUNCT/punct/2",
    )
    assert topic.text == "young people"
    # but not people picked out by how many: "many people" says nothing of what
    text = "Lee said she wanted to speak to many people in Ohio."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/4 wanted/VERB/ccomp/2/want/VBD "
        "to/PART/mark/6 speak/VERB/xcomp/4/speak/VB to/ADP/case/9 many/ADJ/amod/9 "
        "people/NOUN/obl/6/people in/ADP/case/11 Ohio/PROPN/nmod/9 ./PUNCT/punct/2",
    )
    assert topic.text == "Ohio"


def test_quotation_about_you_acting_on_something_is_about_that() -> None:
    text = "\u201cYou need to close the pier,\u201d Lee told Ortiz."
    topic = _topic(
        text,
        "\u201c/PUNCT/punct/3 You/PRON/nsubj/3 need/VERB/ccomp/11/need/VBP to/PART/mark/5 "
        "close/VERB/xcomp/3/close/VB the/DET/det/7 pier/NOUN/obj/5 ,/PUNCT/punct/3 "
        "\u201d/PUNCT/punct/3 Lee/PROPN/nsubj/11 told/VERB/ROOT/0/tell/VBD Ortiz/PROPN/obj/11 "
        "./PUNCT/punct/11",
    )
    assert topic.text == "the pier"


def test_people_called_on_are_not_the_topic() -> None:
    text = "\u201cYoung people, it is a fine day,\u201d Lee said."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/9 Young/ADJ/amod/3/young people/NOUN/dislocated/9/people "
        ",/PUNCT/punct/3 it/PRON/nsubj/9 is/AUX/cop/9/be a/DET/det/9 fine/ADJ/amod/9 "
        "day/NOUN/ccomp/13 ,/PUNCT/punct/9 \u201d/PUNCT/punct/9 Lee/PROPN/nsubj/13 "
        "said/VERB/ROOT/0/say/VBD ./PUNCT/punct/13",
    )
    assert _topics(doc) == [None]


@pytest.mark.issue(16)
def test_an_aside_in_brackets_is_no_part_of_a_name() -> None:
    from quotekit.topic_phrases import clean_phrase, noun_phrase

    text = "Lee thanked Sen. Ana Ruiz (D-Ore.) on Monday."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 thanked/VERB/ROOT/0/thank/VBD Sen./PROPN/obj/2 Ana/PROPN/flat/3 "
        "Ruiz/PROPN/flat/3 (/PUNCT/punct/7 D/PROPN/appos/3 -/PUNCT/punct/9 Ore./PROPN/flat/7 "
        ")/PUNCT/punct/7 on/ADP/case/12 Monday/PROPN/obl/2 ./PUNCT/punct/2",
    )
    assert noun_phrase(doc[2]).text == "Sen. Ana Ruiz"
    # and a phrase cut inside the brackets by any other way ends before them
    cut = clean_phrase(doc, doc[2:9])
    assert cut is not None and cut.text == "Sen. Ana Ruiz"


@pytest.mark.issue(16)
def test_a_noun_the_parse_took_for_a_verb_stays_in_its_compound() -> None:
    from quotekit.topic_phrases import noun_phrase

    text = "Few have access to retirement plans. Retirement is far off. They voted to unseal court files."
    doc = make_doc(
        text,
        "Few/ADJ/nsubj/2 have/VERB/ROOT/0 access/NOUN/obj/2 to/PART/case/6 "
        "retirement/VERB/compound/6/retire/VB plans/NOUN/nmod/3/plan ./PUNCT/punct/2",
        "Retirement/NOUN/nsubj/4 is/AUX/cop/4/be far/ADV/advmod/4 off/ADV/ROOT/0 ./PUNCT/punct/4",
        "They/PRON/nsubj/2 voted/VERB/ROOT/0/vote to/PART/case/6 unseal/VERB/compound/6/unseal/VB "
        "court/NOUN/compound/6 files/NOUN/obl/2/file ./PUNCT/punct/2",
    )
    # "retirement" is a noun elsewhere in the text: the compound keeps it
    assert noun_phrase(doc[5]).text == "retirement plans"
    # "unseal" never is: a verb with its object, left out
    assert noun_phrase(doc[17]).text == "court files"


@pytest.mark.issue(16)
def test_a_phrase_after_a_quoted_word_drops_its_preposition() -> None:
    from quotekit.topic_phrases import clean_phrase

    text = "Voters will say \u201cno\u201d to the harbour levy."
    doc = make_doc(
        text,
        "Voters/NOUN/nsubj/3 will/AUX/aux/3 say/VERB/ROOT/0 \u201c/PUNCT/punct/10 no/DET/det/10 "
        "\u201d/PUNCT/punct/10 to/ADP/case/10 the/DET/det/10 harbour/NOUN/compound/10 "
        "levy/NOUN/obl/3 ./PUNCT/punct/3",
    )
    phrase = clean_phrase(doc, doc[4:10])
    assert phrase is not None and phrase.text == "the harbour levy"


def _all_topics(text: str, *sentences: str) -> list[str]:
    topic = _topic(text, *sentences)
    return [topic.text, *(a.text for a in topic.alternatives)]


@pytest.mark.issue(16)
def test_whom_a_quotation_opens_by_calling_on_is_no_topic() -> None:
    text = "\u201cFriends and neighbours, we will rebuild the harbour wall,\u201d Ruiz said."
    words = (
        "\u201c/PUNCT/punct/2 Friends/NOUN/nsubj/8/friend/NNS and/CCONJ/cc/4 "
        "neighbours/NOUN/conj/2/neighbour/NNS ,/PUNCT/punct/2 we/PRON/nsubj/8 will/AUX/aux/8 "
        "rebuild/VERB/ccomp/15 the/DET/det/11 harbour/NOUN/compound/11 wall/NOUN/obj/8 "
        ",/PUNCT/punct/8 \u201d/PUNCT/punct/8 Ruiz/PROPN/nsubj/15 said/VERB/ROOT/0/say "
        "./PUNCT/punct/15"
    )
    found = _all_topics(text, words)
    assert "Friends and neighbours" not in found and "neighbours" not in found, found


@pytest.mark.issue(16)
def test_a_name_the_sentence_opens_on_and_takes_up_again_stays() -> None:
    # "Ana Ruiz, she ...": she is Ana Ruiz, and the sentence is about her
    text = "\u201cAna Ruiz, she is the best mayor we ever had,\u201d Lee said."
    words = (
        "\u201c/PUNCT/punct/2 Ana/PROPN/nsubj/9 Ruiz/PROPN/flat/2 ,/PUNCT/punct/2 "
        "she/PRON/nsubj/9 is/AUX/cop/9/be the/DET/det/9 best/ADJ/amod/9 mayor/NOUN/ccomp/16 "
        "we/PRON/nsubj/12 ever/ADV/advmod/12 had/VERB/acl:relcl/9/have ,/PUNCT/punct/9 "
        "\u201d/PUNCT/punct/9 Lee/PROPN/nsubj/16 said/VERB/ROOT/0/say ./PUNCT/punct/16"
    )
    assert _topic(text, words).text == "Ana Ruiz"


@pytest.mark.issue(16)
def test_he_is_no_name_that_takes_the_on_a_word_of_its_compound() -> None:
    text = "The Daily Ledger hired Tom Lee. \u201cHe never paid the fee,\u201d Ruiz said."
    doc_words = (
        "The/DET/det/2 Daily/PROPN/compound/3 Ledger/PROPN/nsubj/4 hired/VERB/ROOT/0/hire "
        "Tom/PROPN/obj/4 Lee/PROPN/flat/5 ./PUNCT/punct/4",
        "\u201c/PUNCT/punct/4 He/PRON/nsubj/4 never/ADV/advmod/4 paid/VERB/ccomp/10/pay "
        "the/DET/det/6 fee/NOUN/obj/4 ,/PUNCT/punct/4 \u201d/PUNCT/punct/4 "
        "Ruiz/PROPN/nsubj/10 said/VERB/ROOT/0/say ./PUNCT/punct/10",
    )
    found = _all_topics(text, *doc_words)
    assert "Tom Lee" in found and "The Daily Ledger" not in found


@pytest.mark.issue(16)
def test_a_pronoun_glued_to_a_quotation_mark_is_still_a_pronoun() -> None:
    # two apostrophes for a quotation mark, as some newspapers write it, tokenized with the word
    text = "''I was too young for the harbour board,'' Ruiz said."
    doc = make_doc(
        text,
        "''I/PROPN/nsubj/4 was/AUX/cop/4/be too/ADV/advmod/4 young/ADJ/ccomp/12 for/ADP/case/8 "
        "the/DET/det/8 harbour/NOUN/compound/8 board/NOUN/obl/4 ,/PUNCT/punct/4 ''/PUNCT/punct/4 "
        "Ruiz/PROPN/nsubj/12 said/VERB/ROOT/0/say ./PUNCT/punct/12",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None
    assert "I" not in [q.topic.text, *(a.text for a in q.topic.alternatives)]


@pytest.mark.issue(16)
def test_a_name_after_a_is_a_kind_not_a_name_predicate() -> None:
    # "is a loyal Democrat" says what the senator is; "the best candidate is Ortiz" names who
    topic = _topic(
        "Lee said the senator is a loyal Democrat.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 senator/NOUN/nsubj/8 "
        "is/AUX/cop/8/be/VBZ a/DET/det/8 loyal/ADJ/amod/8 Democrat/PROPN/ccomp/2 ./PUNCT/punct/2",
    )
    assert topic.text == "the senator"


@pytest.mark.issue(16)
def test_a_thing_said_to_be_something_is_the_subject() -> None:
    # the predicate says what is said of the levy; the levy is what the quote is about
    topic = _topic(
        "\u201cThe harbour levy has been a tax on the poor,\u201d Ruiz said.",
        "\u201c/PUNCT/punct/8 The/DET/det/4 harbour/NOUN/compound/4 levy/NOUN/nsubj/8 "
        "has/AUX/aux/8/have been/AUX/cop/8/be a/DET/det/8 tax/NOUN/ccomp/15 on/ADP/case/11 "
        "the/DET/det/11 poor/NOUN/nmod/8 ,/PUNCT/punct/8 \u201d/PUNCT/punct/8 "
        "Ruiz/PROPN/nsubj/15 said/VERB/ROOT/0/say ./PUNCT/punct/15",
    )
    assert topic.text == "The harbour levy"


def test_what_an_empty_it_stands_for_is_the_clause() -> None:
    # "it is clear ... that the levy failed": the levy is the subject, what made it clear an
    # aside
    from quotekit.topic_roles import main_heads, role

    text = "\u201cIt is clear from the audit that the harbour levy failed,\u201d Lee said."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/4 It/PRON/expl/4 is/AUX/cop/4/be/VBZ clear/ADJ/ccomp/16 "
        "from/ADP/case/7 the/DET/det/7 audit/NOUN/obl/4 that/SCONJ/mark/12 the/DET/det/11 "
        "harbour/NOUN/compound/11 levy/NOUN/nsubj/12 failed/VERB/ccomp/4/fail/VBD "
        ",/PUNCT/punct/4 \u201d/PUNCT/punct/4 Lee/PROPN/nsubj/16 said/VERB/ROOT/0/say/VBD "
        "./PUNCT/punct/16",
    )
    content = doc[1:12]
    mains = main_heads(content)
    first = min(mains, key=lambda t: t.i)
    assert first.text == "failed"
    assert {doc[k].text: role(doc[k], mains, first) for k in (6, 10)} == {
        "audit": "np",
        "levy": "subject",
    }


def test_a_there_that_stands_for_nothing_keeps_its_subject() -> None:
    # "there needs to be a law that ...": the law is what it is about
    text = "Lee said there needs to be a law on harbour fees."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD there/PRON/expl/4 needs/VERB/ccomp/2/need/VBZ "
        "to/PART/mark/8 be/AUX/cop/8/be/VB a/DET/det/8 law/NOUN/xcomp/4 on/ADP/case/11 "
        "harbour/NOUN/compound/11 fees/NOUN/nmod/8/fee ./PUNCT/punct/2",
    )
    assert topic.text == "a law on harbour fees"


def test_the_name_the_speakers_pronoun_stands_for_is_not_the_topic() -> None:
    # "She" is Ana Ruiz: a quote about her plans is not about Ana Ruiz, whom the sentence
    # before names, not even as an alternative
    text = "The harbour vote was close. Ana Ruiz spoke first. She said that she would run again."
    doc = make_doc(
        text,
        "The/DET/det/3 harbour/NOUN/compound/3 vote/NOUN/nsubj/5 was/AUX/cop/5/be/VBD "
        "close/ADJ/ROOT/0 ./PUNCT/punct/5",
        "Ana/PROPN/nsubj/3 Ruiz/PROPN/flat/1 spoke/VERB/ROOT/0/speak/VBD first/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say/VBD that/SCONJ/mark/7 she/PRON/nsubj/7 "
        "would/AUX/aux/7 run/VERB/ccomp/2 again/ADV/advmod/6 ./PUNCT/punct/2",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"
    assert q.topic is not None and q.topic.text == "The harbour vote"
    assert "Ana Ruiz" not in [alt.text for alt in q.topic.alternatives]


def test_who_acts_through_a_gerund_after_the_predicate_is_an_agent() -> None:
    # "the team was wrong in cutting the harbour fees": the fees are what it is about, the
    # team who acted (the parse may tag "in" a conjunction); after a passive, "the boats were
    # barred from entering the port", the boats stay the subject
    active = _roles_after_cue(
        "Lee said the team was wrong in cutting the harbour fees.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 team/NOUN/nsubj/6 "
        "was/AUX/cop/6/be/VBD wrong/ADJ/ccomp/2 in/SCONJ/mark/8 cutting/VERB/advcl/6/cut/VBG "
        "the/DET/det/11 harbour/NOUN/compound/11 fees/NOUN/obj/8/fee/NNS ./PUNCT/punct/2",
        (3, 10),
    )
    assert active == ["agent", "argument"]
    passive = _roles_after_cue(
        "Lee said the boats were barred from entering the port.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 boats/NOUN/nsubj:pass/6/boat "
        "were/AUX/aux:pass/6/be/VBD barred/VERB/ccomp/2/bar/VBN from/SCONJ/mark/8 "
        "entering/VERB/advcl/6/enter/VBG the/DET/det/10 port/NOUN/obj/8 ./PUNCT/punct/2",
        (3,),
    )
    assert passive == ["subject"]


def test_its_own_is_no_topic() -> None:
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topic_refusals import refuse

    text = "Lee said the port would go on its own."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 port/NOUN/nsubj/6 "
        "would/AUX/aux/6 go/VERB/ccomp/2 on/ADP/case/9 its/PRON/nmod:poss/9 own/NOUN/obl/6 "
        "./PUNCT/punct/2",
    )
    cand = QuoteCandidate("indirect", text.index("the"), len(text) - 1, doc[1:2], "ccomp")
    attribution = Attribution(doc[0:1], doc[1:2], "cue")
    assert refuse(doc[7:9], cand, attribution)
    assert not refuse(doc[2:4], cand, attribution)


def test_a_title_goes_on_through_the_name_after_it() -> None:
    # the parse may end a phrase on the title and hang the name elsewhere: "Sen." or "the
    # presidential nominee" alone is a fragment; a day after a title is no name
    from quotekit.topic_phrases import clean_phrase

    text = "Lee said presidential nominee Ana Ruiz met the candidate Tuesday."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD presidential/ADJ/amod/4 "
        "nominee/NOUN/nsubj/2 Ana/PROPN/nsubj/7 Ruiz/PROPN/flat/5 met/VERB/ccomp/2/meet/VBD "
        "the/DET/det/9 candidate/NOUN/obj/7 Tuesday/PROPN/obl/7 ./PUNCT/punct/2",
    )
    nominee = clean_phrase(doc, doc[2:4])
    candidate = clean_phrase(doc, doc[7:9])
    assert nominee is not None and nominee.text == "presidential nominee Ana Ruiz"
    assert candidate is not None and candidate.text == "the candidate"


def test_a_subject_that_only_frames_its_copula_gives_way() -> None:
    # "the problem is the harbour budget": the budget; but "this issue will be moot" is about
    # the issue named before
    framed = _roles_after_cue(
        "Lee said the problem is the harbour budget.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 problem/NOUN/nsubj/8 "
        "is/AUX/cop/8/be/VBZ the/DET/det/8 harbour/NOUN/compound/8 budget/NOUN/ccomp/2 "
        "./PUNCT/punct/2",
        (3, 7),
    )
    assert framed == ["np", "subject"]
    pointed = _roles_after_cue(
        "Lee said this issue will be moot.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD this/DET/det/4 issue/NOUN/nsubj/7 "
        "will/AUX/aux/7 be/AUX/cop/7/be/VB moot/ADJ/ccomp/2 ./PUNCT/punct/2",
        (3,),
    )
    assert pointed == ["subject"]


def _roles_after_cue(text: str, parse: str, heads: tuple[int, ...]) -> list[str]:
    """The roles of the words ``heads`` in a reported clause that opens after "Lee said" and
    ends before the final stop."""
    from quotekit.topic_roles import main_heads, role

    doc = make_doc(text, parse)
    content = doc[2 : len(doc) - 1]
    mains = main_heads(content)
    first = min(mains, key=lambda t: t.i)
    return [role(doc[k], mains, first) for k in heads]


def test_a_gerund_used_as_a_noun_names_an_activity() -> None:
    # "said of raising the levy": the activity spoken of, a gerund phrase (TOPICS.md counts
    # them as noun phrases); "is raising the levy" is a verb, and the levy its object
    spoken_of = _topic(
        "Lee said of raising the harbour levy that it was fair.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD of/SCONJ/mark/4 raising/VERB/advcl/2/raise/VBG "
        "the/DET/det/7 harbour/NOUN/compound/7 levy/NOUN/obj/4 that/SCONJ/mark/11 "
        "it/PRON/nsubj/11 was/AUX/cop/11/be/VBD fair/ADJ/ccomp/2 ./PUNCT/punct/2",
    )
    assert spoken_of.text == "raising the harbour levy"
    progressive = _topic(
        "Lee said the city is raising the harbour levy.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 city/NOUN/nsubj/6 "
        "is/AUX/aux/6/be/VBZ raising/VERB/ccomp/2/raise/VBG the/DET/det/9 "
        "harbour/NOUN/compound/9 levy/NOUN/obj/6 ./PUNCT/punct/2",
    )
    offered = [progressive.text, *(alt.text for alt in progressive.alternatives)]
    assert "the harbour levy" in offered
    assert not any("raising" in phrase for phrase in offered)


def test_an_adjective_inside_a_preposition_made_of_a_noun() -> None:
    # "in total support of the harbour levy": the levy, as for "in support of"; "in the
    # support of" is a noun phrase of its own
    from quotekit.topic_phrases import set_phrase

    text = "Lee said she is in total support of the harbour levy."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/7 is/AUX/cop/7/be/VBZ "
        "in/ADP/case/7 total/ADJ/amod/7 support/NOUN/ccomp/2 of/ADP/case/11 the/DET/det/11 "
        "harbour/NOUN/compound/11 levy/NOUN/nmod/7 ./PUNCT/punct/2",
    )
    assert set_phrase(doc[6])
    text = "Lee said she is in the support of the harbour levy."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD she/PRON/nsubj/7 is/AUX/cop/7/be/VBZ "
        "in/ADP/case/7 the/DET/det/7 support/NOUN/ccomp/2 of/ADP/case/11 the/DET/det/11 "
        "harbour/NOUN/compound/11 levy/NOUN/nmod/7 ./PUNCT/punct/2",
    )
    assert not set_phrase(doc[6])


def test_where_something_was_written_is_no_topic() -> None:
    # "wrote on his blog": where, not what about; "commented on the harbour levy": what about
    from quotekit.topic_cues import names_about

    text = "Lee wrote on his blog and commented on the harbour levy."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 wrote/VERB/ROOT/0/write/VBD on/ADP/case/5 his/PRON/nmod:poss/5 "
        "blog/NOUN/obl/2 and/CCONJ/cc/7 commented/VERB/conj/2/comment/VBD on/ADP/case/11 "
        "the/DET/det/11 harbour/NOUN/compound/11 levy/NOUN/obl/7 ./PUNCT/punct/2",
    )
    assert not names_about(doc[1], doc[4])
    assert names_about(doc[6], doc[10])


def test_a_name_called_on_at_the_end_of_a_sentence_is_no_topic() -> None:
    # '"Thank you, Mr. Chairman."': the one spoken to; "our senator, Ana Ruiz!" names the
    # senator
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topic_refusals import refuse

    text = "\u201cThank you, Mr. Chairman.\u201d Lee said."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/2 Thank/VERB/ROOT/0/thank/VBP you/PRON/obj/2 ,/PUNCT/punct/6 "
        "Mr./PROPN/compound/6 Chairman/PROPN/obj/2 ./PUNCT/punct/2 \u201d/PUNCT/punct/2",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/2",
    )
    cand = QuoteCandidate("direct", 0, text.index(" Lee"), doc[9:10], "direct-cue-after")
    assert refuse(doc[4:6], cand, Attribution(doc[8:9], doc[9:10], "cue"))
    # the parse may leave the title out of the phrase and hang the comma on the name
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/2 Thank/VERB/ROOT/0/thank/VBP you/PRON/obj/2 ,/PUNCT/punct/6 "
        "Mr./PROPN/nmod:desc/6 Chairman/PROPN/obj/2 ./PUNCT/punct/2 \u201d/PUNCT/punct/2",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/2",
    )
    assert refuse(doc[5:6], cand, Attribution(doc[8:9], doc[9:10], "cue"))
    text = "\u201cIt is a big year for our senator, Ana Ruiz!\u201d Lee said."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/6 It/PRON/nsubj/6 is/AUX/cop/6/be/VBZ a/DET/det/6 big/ADJ/amod/6 "
        "year/NOUN/ROOT/0 for/ADP/case/9 our/PRON/nmod:poss/9 senator/NOUN/nmod/6 "
        ",/PUNCT/punct/11 Ana/PROPN/appos/9 Ruiz/PROPN/flat/11 !/PUNCT/punct/6 "
        "\u201d/PUNCT/punct/6",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/2",
    )
    cand = QuoteCandidate("direct", 0, text.index(" Lee"), doc[16:17], "direct-cue-after")
    assert not refuse(doc[10:12], cand, Attribution(doc[15:16], doc[16:17], "cue"))


def test_the_description_beside_the_speaker_is_the_speaker() -> None:
    # "Ana Ruiz, the port's director, said ...": the director is who speaks, not the topic
    from quotekit.records import Attribution, QuoteCandidate
    from quotekit.topic_refusals import refuse

    text = "Ana Ruiz, the port's director, said the levy failed."
    doc = make_doc(
        text,
        "Ana/PROPN/nsubj/9 Ruiz/PROPN/flat/1 ,/PUNCT/punct/7 the/DET/det/5 port/NOUN/nmod:poss/7 "
        "'s/PART/case/5 director/NOUN/appos/1 ,/PUNCT/punct/7 said/VERB/ROOT/0/say/VBD "
        "the/DET/det/11 levy/NOUN/nsubj/12 failed/VERB/ccomp/9/fail/VBD ./PUNCT/punct/9",
    )
    cand = QuoteCandidate("indirect", text.index("the levy"), len(text) - 1, doc[8:9], "ccomp")
    attribution = Attribution(doc[0:2], doc[8:9], "cue")
    assert refuse(doc[3:7], cand, attribution)
    assert not refuse(doc[9:11], cand, attribution)


@pytest.mark.issue(16)
@pytest.mark.parametrize("clause_on_noun", [True, False], ids=["on-noun", "on-cue"])
def test_what_no_doubt_vouches_for_is_the_clause(clause_on_noun: bool) -> None:
    # "there is no doubt that the levy failed": the levy; the parse may hang the clause on
    # "doubt" or on the cue outside the quote
    from quotekit.topic_roles import main_heads, role

    text = "\u201cThere is no doubt that the harbour levy failed,\u201d Lee said."
    failed = "failed/VERB/acl/5" if clause_on_noun else "failed/VERB/ccomp/14"
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/3 There/PRON/expl/3 is/AUX/ccomp/14/be/VBZ no/DET/det/5 "
        f"doubt/NOUN/nsubj/3 that/SCONJ/mark/10 the/DET/det/9 harbour/NOUN/compound/9 "
        f"levy/NOUN/nsubj/10 {failed}/fail/VBD ,/PUNCT/punct/3 \u201d/PUNCT/punct/3 Lee/PROPN/nsubj/14 "
        "said/VERB/ROOT/0/say/VBD ./PUNCT/punct/14",
    )
    content = doc[1:10]
    mains = main_heads(content)
    first = min(mains, key=lambda t: t.i)
    assert first.text == "failed"
    assert role(doc[8], mains, first) == "subject"
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None and q.topic.text == "the harbour levy"
    assert "no doubt" not in [a.text for a in q.topic.alternatives]  # vague, as "no idea"


@pytest.mark.issue(16)
def test_a_clause_hung_before_a_noun_is_no_part_of_its_phrase() -> None:
    # a parse that hangs "that he is" on an adjective of "man": the topic is the noun phrase,
    # never the clause ("he is a bright man")
    text = "\u201cWe know that he is a bright man,\u201d Lee said."
    topic = _topic(
        text,
        "\u201c/PUNCT/punct/3 We/PRON/nsubj/3 know/VERB/ccomp/13/know/VBP that/SCONJ/mark/8 "
        "he/PRON/nsubj/8 is/AUX/cop/8/be/VBZ a/DET/det/9 bright/ADJ/amod/9 man/NOUN/obj/3 "
        ",/PUNCT/punct/3 \u201d/PUNCT/punct/3 Lee/PROPN/nsubj/13 said/VERB/ROOT/0/say/VBD "
        "./PUNCT/punct/13",
    )
    assert topic.text == "a bright man"


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "tail, expected",
    [
        # what "a continuation" continues is part of it; the phrase drops only what made it long
        ("of", "a continuation of the council\u2019s harbour policies"),
        # a place or a source is not what the noun is of: the phrase ends before it
        ("from", "a continuation"),
    ],
    ids=["complement", "source"],
)
def test_a_long_complement_is_trimmed_not_dropped(tail: str, expected: str) -> None:
    from quotekit.topic_phrases import noun_phrase

    text = (
        f"Lee said the vote was a continuation {tail} the council\u2019s harbour policies across "
        "the ten harbour districts."
    )
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 vote/NOUN/nsubj/7 "
        f"was/AUX/cop/7/be/VBD a/DET/det/7 continuation/NOUN/ccomp/2 {tail}/ADP/case/13 "
        "the/DET/det/10 council/NOUN/nmod:poss/13 \u2019s/PART/case/10 harbour/NOUN/compound/13 "
        "policies/NOUN/nmod/7/policy across/ADP/case/18 the/DET/det/18 ten/NUM/nummod/18 "
        "harbour/NOUN/compound/18 districts/NOUN/nmod/13/district ./PUNCT/punct/2",
    )
    assert noun_phrase(doc[6]).text == expected


@pytest.mark.issue(16)
def test_no_doubt_in_my_mind_vouches_for_the_clause_hung_on_mind() -> None:
    # "there is no doubt in my mind that the levy failed": the parse hangs the clause on "mind"
    from quotekit.topic_roles import main_heads

    text = "\u201cThere is no doubt in my mind that the harbour levy failed,\u201d Lee said."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/3 There/PRON/expl/3 is/AUX/ccomp/17/be/VBZ no/DET/det/5 "
        "doubt/NOUN/nsubj/3 in/ADP/case/8 my/PRON/nmod:poss/8/I mind/NOUN/nmod/5 "
        "that/SCONJ/mark/13 the/DET/det/12 harbour/NOUN/compound/12 levy/NOUN/nsubj/13 "
        "failed/VERB/acl/8/fail/VBD ,/PUNCT/punct/3 \u201d/PUNCT/punct/3 Lee/PROPN/nsubj/17 "
        "said/VERB/ROOT/0/say/VBD ./PUNCT/punct/17",
    )
    first = min(main_heads(doc[1:13]), key=lambda t: t.i)
    assert first.text == "failed"
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None and q.topic.text == "the harbour levy"


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "particle, expected",
    [
        # "cuts" with an article and a compound where only a noun can stand: a noun
        ("", "The budget cuts"),
        # with a particle it is a verb after all, and names nothing: the object stays
        ("back", "our schools"),
    ],
    ids=["noun", "verb-with-particle"],
)
def test_a_noun_the_parse_tagged_as_a_verb_heads_a_phrase(particle: str, expected: str) -> None:
    words = f"The budget cuts {particle} will devastate our schools".replace("  ", " ")
    text = f"\u201c{words},\u201d Lee said."
    prt = "back/ADP/compound:prt/4 " if particle else ""
    k = 1 if particle else 0  # the words after the particle stand one further on
    v, s = 6 + k, 12 + k  # "devastate", "said"
    doc = make_doc(
        text,
        f"\u201c/PUNCT/punct/{v} The/DET/det/4 budget/NOUN/compound/4 "
        f"cuts/VERB/nsubj/{v}/cut/VBZ {prt}will/AUX/aux/{v} devastate/VERB/ccomp/{s}/devastate/VB "
        f"our/PRON/nmod:poss/{v + 2}/we schools/NOUN/obj/{v}/school ,/PUNCT/punct/{v} "
        f"\u201d/PUNCT/punct/{v} Lee/PROPN/nsubj/{s} said/VERB/ROOT/0/say/VBD ./PUNCT/punct/{s}",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.topic is not None and q.topic.text == expected


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "opening, parse, name, root",
    [
        ("Thank God", "Thank/VERB/ROOT/0/thank/VB God/PROPN/obj/1", 1, 1),
        ("God knows", "God/PROPN/nsubj/2 knows/VERB/ROOT/0/know/VBZ", 0, 2),
        # called on: "my" hangs on the name as a possessive, and still only calls
        (
            "Oh my God,",
            "Oh/INTJ/discourse/3 my/PRON/nmod:poss/3/I God/PROPN/ROOT/0 ,/PUNCT/punct/3",
            2,
            3,
        ),
    ],
    ids=["thanked", "subject-of-formula", "called-on"],
)
def test_a_name_called_on_in_a_formula_is_no_topic(
    opening: str, parse: str, name: int, root: int
) -> None:
    # "Thank God", "God knows", "Oh Lord": no one spoken of; what the clause says is
    text = f"{opening} the bridge held."
    n = len(parse.split())  # the words before "the bridge held"
    doc = make_doc(
        text,
        f"{parse} the/DET/det/{n + 2} bridge/NOUN/nsubj/{n + 3} "
        f"held/VERB/ccomp/{root}/hold/VBD ./PUNCT/punct/{root}",
    )
    assert _refused(doc[name : name + 1])
    bridge = next(t.i for t in doc if t.text == "bridge")
    assert not _refused(doc[bridge - 1 : bridge + 1])


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text, parse, expected",
    [
        pytest.param(
            "What we share is a love of the harbour.",
            "What/PRON/obj/3 we/PRON/nsubj/3 share/VERB/csubj/8/share/VBP is/AUX/cop/8/be "
            "a/DET/det/6 love/NOUN/ROOT/0 of/ADP/case/9 the/DET/det/9 harbour/NOUN/nmod/6 "
            "./PUNCT/punct/6",
            "What we share",
            id="free-relative",
        ),
        pytest.param(
            "It was praised for what was built in his term.",
            "It/PRON/nsubj:pass/3 was/AUX/aux:pass/3 praised/VERB/ROOT/0/praise/VBN "
            "for/ADP/case/5 what/PRON/nsubj:pass/7 was/AUX/aux:pass/7 built/VERB/advcl/3/build/VBN "
            "in/ADP/case/10 his/PRON/nmod:poss/10/he term/NOUN/obl/7 ./PUNCT/punct/3",
            "what was built in his term",
            id="after-a-preposition",
        ),
        pytest.param(
            "Nobody knows what will happen next.",
            "Nobody/PRON/nsubj/2 knows/VERB/ROOT/0/know/VBZ what/PRON/nsubj/5 will/AUX/aux/5 "
            "happen/VERB/ccomp/2/happen/VB next/ADV/advmod/5 ./PUNCT/punct/2",
            None,
            id="vague-doing",
        ),
        pytest.param(
            "What are you building there?",
            "What/PRON/obj/4 are/AUX/aux/4/be you/PRON/nsubj/4 building/VERB/ROOT/0/build/VBG "
            "there/ADV/advmod/4 ?/PUNCT/punct/4",
            None,
            id="question",
        ),
    ],
)
def test_a_free_relative_names_what_it_is_about(
    text: str, parse: str, expected: str | None
) -> None:
    # TOPICS.md counts free relatives ("what Clinton did") as noun phrases
    from quotekit.topics import _free_relative

    doc = make_doc(text, parse)
    found = [p for t in doc if (p := _free_relative(t, doc[:])) is not None]
    assert [p.text for p in found] == ([expected] if expected else [])
    assert not any(_refused(p) for p in found)


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text, parse, head, expected",
    [
        pytest.param(
            # a parse that hangs "while governor" on the noun as if it were a noun modifier:
            # the phrase ends before the conjunction, never "... harbour levy while mayor"
            "Lee said Ruiz raised the town\u2019s harbour levy while mayor.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD Ruiz/PROPN/nsubj/4 "
            "raised/VERB/ccomp/2/raise/VBD the/DET/det/6 town/NOUN/nmod:poss/9 "
            "\u2019s/PART/case/6 harbour/NOUN/compound/9 levy/NOUN/obj/4 while/SCONJ/mark/11 "
            "mayor/NOUN/nmod/9 ./PUNCT/punct/2",
            8,
            "the town\u2019s harbour levy",
            id="subordinate-clause-ends-it",
        ),
        pytest.param(
            # "Mock" is not the subject of a clause hung before "Turtle": its head is the verb
            "Then the Mock Turtle drew a long breath.",
            "Then/ADV/advmod/5 the/DET/det/4 Mock/PROPN/nsubj/5 Turtle/PROPN/nsubj/5 "
            "drew/VERB/ROOT/0/draw/VBD a/DET/det/8 long/ADJ/amod/8 breath/NOUN/obj/5 "
            "./PUNCT/punct/5",
            3,
            "the Mock Turtle",
            id="name-split-into-two-subjects",
        ),
        pytest.param(
            # a parse that tags "parking" of "parking fees" as a verb in the compound
            "Lee said the council would raise parking fees.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 council/NOUN/nsubj/6 "
            "would/AUX/aux/6 raise/VERB/ccomp/2/raise/VB parking/VERB/compound/8/park/VBG "
            "fees/NOUN/obj/6/fee ./PUNCT/punct/2",
            7,
            "parking fees",
            id="ing-word-in-a-compound",
        ),
        pytest.param(
            # "that he is" is cut before the length is counted: the words after the head fit
            "We know that he is a bright man of great courage and honour.",
            "We/PRON/nsubj/2 know/VERB/ROOT/0 that/SCONJ/mark/7 he/PRON/nsubj/7 "
            "is/AUX/cop/7/be a/DET/det/8 bright/ADJ/amod/8 man/NOUN/obj/2 of/ADP/case/11 "
            "great/ADJ/amod/11 courage/NOUN/nmod/8 and/CCONJ/cc/13 honour/NOUN/conj/11 "
            "./PUNCT/punct/2",
            7,
            "a bright man of great courage and honour",
            id="clause-cut-leaves-room",
        ),
        pytest.param(
            # trimming a long complement must not cut the list in it
            "Lee said the vote was a continuation of the levies on boats and the fees on cars "
            "over ten years.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 vote/NOUN/nsubj/7 "
            "was/AUX/cop/7/be/VBD a/DET/det/7 continuation/NOUN/ccomp/2 of/ADP/case/10 "
            "the/DET/det/10 levies/NOUN/nmod/7/levy on/ADP/case/12 boats/NOUN/nmod/10/boat "
            "and/CCONJ/cc/15 the/DET/det/15 fees/NOUN/conj/10/fee on/ADP/case/17 "
            "cars/NOUN/nmod/15/car over/ADP/case/20 ten/NUM/nummod/20 years/NOUN/nmod/15/year "
            "./PUNCT/punct/2",
            6,
            "a continuation",
            id="list-not-trimmed",
        ),
        pytest.param(
            # what a noun of doing is belongs to it: a refusal to pay the levy, not "a refusal"
            "Lee said the mayor's refusal to pay the levy angered voters.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 mayor/NOUN/nmod:poss/6 "
            "'s/PART/case/4 refusal/NOUN/nsubj/11 to/PART/mark/8 pay/VERB/acl/6/pay/VB "
            "the/DET/det/10 levy/NOUN/obj/8 angered/VERB/ccomp/2/anger/VBD "
            "voters/NOUN/obj/11/voter ./PUNCT/punct/2",
            5,
            "the mayor's refusal to pay the levy",
            id="noun-of-doing-with-its-infinitive",
        ),
        pytest.param(
            # a to-clause of what someone is there for is not what the noun is
            "Lee said Ruiz named a prosecutor to look into the fees.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD Ruiz/PROPN/nsubj/4 "
            "named/VERB/ccomp/2/name/VBD a/DET/det/6 prosecutor/NOUN/obj/4 to/PART/mark/8 "
            "look/VERB/acl/6/look/VB into/ADP/case/11 the/DET/det/11 fees/NOUN/obl/8/fee "
            "./PUNCT/punct/2",
            5,
            "a prosecutor",
            id="purpose-of-a-person-left-out",
        ),
        pytest.param(
            # "in order to" is a conjunction, not a noun of doing
            "Lee said they met in order to cut the fees.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD they/PRON/nsubj/4 met/VERB/ccomp/2/meet/VBD "
            "in/ADP/case/6 order/NOUN/obl/4 to/PART/mark/8 cut/VERB/acl/6/cut/VB "
            "the/DET/det/10 fees/NOUN/obj/8/fee ./PUNCT/punct/2",
            5,
            "order",
            id="in-order-to",
        ),
        pytest.param(
            # "in order for" opens a clause of purpose: no part of the phrase before it
            "We need the money in order for the pier to open.",
            "We/PRON/nsubj/2 need/VERB/ROOT/0/need/VBP the/DET/det/4 money/NOUN/obj/2 "
            "in/ADP/case/6 order/NOUN/nmod/4 for/ADP/case/9 the/DET/det/9 pier/NOUN/nmod/6 "
            "to/PART/mark/11 open/VERB/acl/9/open/VB ./PUNCT/punct/2",
            3,
            "the money",
            id="in-order-for-ends-it",
        ),
        pytest.param(
            # a name before the plural makes a clause of it: "Lee plans to visit" is a verb
            "The paper said Lee plans to visit the port.",
            "The/DET/det/2 paper/NOUN/nsubj/3 said/VERB/ROOT/0/say/VBD Lee/PROPN/compound/5 "
            "plans/NOUN/ccomp/3/plan/NNS to/PART/mark/7 visit/VERB/acl/5/visit/VB "
            "the/DET/det/9 port/NOUN/obj/7 ./PUNCT/punct/3",
            4,
            "Lee plans",
            id="name-and-plural-a-clause",
        ),
        pytest.param(
            # a noun that holds what is said keeps its "that" clause, up to the verb's arguments
            "Lee rejected claims that the vote was rigged when the count ended.",
            "Lee/PROPN/nsubj/2 rejected/VERB/ROOT/0/reject/VBD claims/NOUN/obj/2/claims/NNS "
            "that/SCONJ/mark/8 the/DET/det/6 vote/NOUN/nsubj:pass/8 was/AUX/aux:pass/8/be "
            "rigged/VERB/acl:relcl/3/rig/VBN when/SCONJ/mark/12 the/DET/det/11 "
            "count/NOUN/nsubj/12 ended/VERB/advcl/8/end/VBD ./PUNCT/punct/2",
            2,
            "claims that the vote was rigged",
            id="claim-keeps-its-clause",
        ),
        pytest.param(
            # but not a clause cut before an argument: "the notion that there is"
            "Lee rejected the notion that there is a risk.",
            "Lee/PROPN/nsubj/2 rejected/VERB/ROOT/0/reject/VBD the/DET/det/4 notion/NOUN/obj/2 "
            "that/SCONJ/mark/7 there/PRON/expl/7 is/VERB/acl/4/be a/DET/det/9 risk/NOUN/nsubj/7 "
            "./PUNCT/punct/2",
            3,
            "the notion",
            id="clause-cut-short-not-taken",
        ),
        pytest.param(
            # nor after a relative "that": "the claim that Ortiz made"
            "Lee rejected the claim that Ortiz made.",
            "Lee/PROPN/nsubj/2 rejected/VERB/ROOT/0/reject/VBD the/DET/det/4 claim/NOUN/obj/2 "
            "that/PRON/obj/7 Ortiz/PROPN/nsubj/7 made/VERB/acl:relcl/4/make/VBD ./PUNCT/punct/2",
            3,
            "the claim",
            id="relative-that-not-taken",
        ),
        pytest.param(
            # a time the parse hung on a noun says when, not which: "on Monday night"
            "Lee lit the landmarks with bright lights on Monday night.",
            "Lee/PROPN/nsubj/2 lit/VERB/ROOT/0/light/VBD the/DET/det/4 landmarks/NOUN/obj/2 "
            "with/ADP/case/7 bright/ADJ/amod/7 lights/NOUN/nmod/4 on/ADP/case/10 "
            "Monday/PROPN/compound/10 night/NOUN/nmod/7 ./PUNCT/punct/2",
            3,
            "the landmarks with bright lights",
            id="time-inside-a-modifier",
        ),
        pytest.param(
            # "goods in the quarter"
            "Acme sold goods in the quarter.",
            "Acme/PROPN/nsubj/2 sold/VERB/ROOT/0/sell/VBD goods/NOUN/obj/2/good/NNS "
            "in/ADP/case/6 the/DET/det/6 quarter/NOUN/nmod/3 ./PUNCT/punct/2",
            2,
            "goods",
            id="time-after-the-noun",
        ),
        pytest.param(
            # "at the beginning of March"
            "Lee had cash at the beginning of March.",
            "Lee/PROPN/nsubj/2 had/VERB/ROOT/0/have/VBD cash/NOUN/obj/2 at/ADP/case/6 "
            "the/DET/det/6 beginning/NOUN/nmod/3 of/ADP/case/8 March/PROPN/nmod/6 "
            "./PUNCT/punct/2",
            2,
            "cash",
            id="time-edge",
        ),
        pytest.param(
            # a place stays: "the pier on the river"
            "Lee built the pier on the river.",
            "Lee/PROPN/nsubj/2 built/VERB/ROOT/0/build/VBD the/DET/det/4 pier/NOUN/obj/2 "
            "on/ADP/case/7 the/DET/det/7 river/NOUN/nmod/4 ./PUNCT/punct/2",
            3,
            "the pier on the river",
            id="place-stays",
        ),
        pytest.param(
            # a "that" clause is not followed through an attribution that interrupts it
            "\u201cThere are claims that the vote,\u201d Lee said, \u201cwas rigged.\u201d",
            "\u201c/PUNCT/punct/3 There/PRON/expl/3 are/VERB/ROOT/0/be claims/NOUN/nsubj/3/claim "
            "that/SCONJ/mark/15 the/DET/det/7 vote/NOUN/nsubj:pass/15 ,/PUNCT/punct/15 "
            "\u201d/PUNCT/punct/15 Lee/PROPN/nsubj/11 said/VERB/parataxis/3/say/VBD "
            ",/PUNCT/punct/11 \u201c/PUNCT/punct/15 was/AUX/aux:pass/15/be "
            "rigged/VERB/acl/4/rig/VBN ./PUNCT/punct/3 \u201d/PUNCT/punct/3",
            3,
            "claims",
            id="clause-through-an-attribution-not-taken",
        ),
        pytest.param(
            # a place named like a span of time is a place: "the French Quarter"
            "The restaurants in the French Quarter reopened.",
            "The/DET/det/2 restaurants/NOUN/nsubj/7/restaurant in/ADP/case/6 the/DET/det/6 "
            "French/PROPN/compound/6 Quarter/PROPN/nmod/2 reopened/VERB/ROOT/0/reopen/VBD "
            "./PUNCT/punct/7",
            1,
            "The restaurants in the French Quarter",
            id="place-named-like-a-time-stays",
        ),
    ],
)
def test_where_a_noun_phrase_ends(text: str, parse: str, head: int, expected: str) -> None:
    from quotekit.topic_phrases import noun_phrase

    assert noun_phrase(make_doc(text, parse)[head]).text == expected


@pytest.mark.issue(16)
def test_a_noun_of_doing_with_what_is_done_is_not_vague() -> None:
    # "no intention" says nothing; "no intention to raise the levy" says what
    from quotekit.topic_phrases import noun_phrase

    text = "She has no intention to raise the levy."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 has/VERB/ROOT/0/have/VBZ no/DET/det/4 intention/NOUN/obj/2 "
        "to/PART/mark/6 raise/VERB/acl/4/raise/VB the/DET/det/8 levy/NOUN/obj/6 ./PUNCT/punct/2",
    )
    phrase = noun_phrase(doc[3])
    assert phrase.text == "no intention to raise the levy"
    assert not _refused(phrase)
    assert _refused(doc[2:4])
    # a verb with nothing to take is taken alone: "no intention to run"
    text = "She has no intention to run."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 has/VERB/ROOT/0/have/VBZ no/DET/det/4 intention/NOUN/obj/2 "
        "to/PART/mark/6 run/VERB/acl/4/run/VB ./PUNCT/punct/2",
    )
    assert noun_phrase(doc[3]).text == "no intention to run"


@pytest.mark.issue(16)
def test_what_a_noun_of_doing_is_lends_it_no_salience() -> None:
    # "Obamacare was an effort to pass a health policy": the key term "policy" in the
    # infinitive must not lift "an effort to ..." over the subject
    from quotekit.topics import Salience

    text = "It was an effort to pass a policy."
    doc = make_doc(
        text,
        "It/PRON/nsubj/4 was/AUX/cop/4/be an/DET/det/4 effort/NOUN/ROOT/0 to/PART/mark/6 "
        "pass/VERB/acl/4/pass/VB a/DET/det/8 policy/NOUN/obj/6 ./PUNCT/punct/4",
    )
    salience = Salience.__new__(Salience)
    salience.words = {"policy": 1.0}
    assert salience.of(doc[2:8]) == 0.0
    assert salience.of(doc[6:8]) == 1.0


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "text, parse, expected",
    [
        pytest.param(
            # the parse hangs "to the race" on the verb: attention only points at it
            "Lee said voters were paying little attention to the harbour race.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD voters/NOUN/nsubj/5/voter "
            "were/AUX/aux/5/be paying/VERB/ccomp/2/pay/VBG little/ADJ/amod/7 "
            "attention/NOUN/obj/5 to/ADP/case/11 the/DET/det/11 harbour/NOUN/compound/11 "
            "race/NOUN/obl/5 ./PUNCT/punct/2",
            "the harbour race",
            id="on-the-verb",
        ),
        pytest.param(
            "Lee said the man had access to the port's files.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 man/NOUN/nsubj/5 "
            "had/VERB/ccomp/2/have/VBD access/NOUN/obj/5 to/ADP/case/11 the/DET/det/9 "
            "port/NOUN/nmod:poss/11 's/PART/case/9 files/NOUN/nmod/6/file ./PUNCT/punct/2",
            "the port's files",
            id="on-the-noun",
        ),
        pytest.param(
            # a commitment of someone's own is a thing of its own
            "Lee said the town's commitment to the harbour was strong.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 town/NOUN/nmod:poss/6 "
            "'s/PART/case/4 commitment/NOUN/nsubj/11 to/ADP/case/9 the/DET/det/9 "
            "harbour/NOUN/nmod/6 was/AUX/cop/11/be/VBD strong/ADJ/ccomp/2 ./PUNCT/punct/2",
            "the town's commitment to the harbour",
            id="owned-noun-kept",
        ),
        pytest.param(
            # a noun that only frames what it is of
            "Lee said the prospect of a harbour levy worried the owners.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 prospect/NOUN/nsubj/9 "
            "of/ADP/case/8 a/DET/det/8 harbour/NOUN/compound/8 levy/NOUN/nmod/4 "
            "worried/VERB/ccomp/2/worry/VBD the/DET/det/11 owners/NOUN/obj/9/owner "
            "./PUNCT/punct/2",
            "a harbour levy",
            id="frame-noun",
        ),
        pytest.param(
            # followed through two nouns that only point
            "Lee said the prospect of an end to the levy worried the owners.",
            "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 prospect/NOUN/nsubj/11 "
            "of/ADP/case/7 an/DET/det/7 end/NOUN/nmod/4 to/ADP/case/10 the/DET/det/10 "
            "levy/NOUN/nmod/7 worried/VERB/ccomp/2/worry/VBD the/DET/det/13 "
            "owners/NOUN/obj/11/owner ./PUNCT/punct/2",
            "the levy",
            id="two-steps",
        ),
    ],
)
def test_a_noun_that_only_points_gives_way(text: str, parse: str, expected: str) -> None:
    # "paying attention to the race" is about the race, not about attention
    assert _topic(text, parse).text == expected


@pytest.mark.issue(16)
def test_what_a_passive_naming_verb_calls_its_subject_is_a_description() -> None:
    # "the boat owners would be considered a protected group": about the owners; the parse
    # hangs "a protected group" as an object, and hangs "under the plan" on the verb
    text = "Lee said the boat owners would be considered a protected group under the plan."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/5 boat/NOUN/compound/5 "
        "owners/NOUN/nsubj:pass/8/owner would/AUX/aux/8 be/AUX/aux:pass/8/be "
        "considered/VERB/ccomp/2/consider/VBN a/DET/det/11 protected/ADJ/amod/11 "
        "group/NOUN/obj/8 under/ADP/case/14 the/DET/det/14 plan/NOUN/obl/8 ./PUNCT/punct/2",
    )
    assert topic.text == "the boat owners"


@pytest.mark.issue(16)
def test_a_verb_tagged_as_a_noun_is_no_topic() -> None:
    # a parse that tags "bus" of "planned to bus in supporters" as a noun; "to be a
    # candidate" is a noun all the same
    text = "Lee said they planned to bus in voters and Ruiz would be a candidate."
    doc = make_doc(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD they/PRON/nsubj/4 "
        "planned/VERB/ccomp/2/plan/VBD to/PART/mark/6 bus/NOUN/xcomp/4/bus/NN "
        "in/ADP/case/8 voters/NOUN/obl/6/voter and/CCONJ/cc/14 Ruiz/PROPN/nsubj/14 "
        "would/AUX/aux/14 be/AUX/cop/14/be a/DET/det/14 candidate/NOUN/conj/4/candidate/NN "
        "./PUNCT/punct/2",
    )
    assert _refused(doc[5:6])
    # an auxiliary with a copula is a noun's: "would be a candidate"
    assert not _refused(doc[12:14])


@pytest.mark.issue(16)
def test_a_clause_an_empty_it_stands_for_after_a_verb_of_feeling() -> None:
    # "it would annoy the harbour critics that the plan worked" is about the plan, not the
    # critics
    text = "Lee said it would annoy the harbour critics that the plan worked."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD it/PRON/nsubj/5 would/AUX/aux/5 "
        "annoy/VERB/ccomp/2/annoy/VB the/DET/det/8 harbour/NOUN/compound/8 "
        "critics/NOUN/obj/5/critic that/SCONJ/mark/12 the/DET/det/11 plan/NOUN/nsubj/12 "
        "worked/VERB/ccomp/5/work/VBD ./PUNCT/punct/2",
    )
    assert topic.text == "the plan"
    # "it taught them that ...": an "it" that does something is no empty "it"
    text = "Lee said it taught the harbour critics that the plan worked."
    topic = _topic(
        text,
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD it/PRON/nsubj/4 "
        "taught/VERB/ccomp/2/teach/VBD the/DET/det/7 harbour/NOUN/compound/7 "
        "critics/NOUN/obj/4/critic that/SCONJ/mark/11 the/DET/det/10 plan/NOUN/nsubj/11 "
        "worked/VERB/ccomp/4/work/VBD ./PUNCT/punct/2",
    )
    assert topic.text == "the harbour critics"


@pytest.mark.issue(16)
def test_a_phrase_does_not_end_on_a_possessive() -> None:
    # a parse that takes the "'s" (is) of "Carolina's going to win" for a possessive: the phrase
    # is the name, without it
    from quotekit.topic_phrases import clean_phrase

    text = "Carolina's going to win that one."
    doc = make_doc(
        text,
        "Carolina/PROPN/nsubj/3 's/PART/case/1/'s/POS going/VERB/ROOT/0/go/VBG to/PART/mark/5 "
        "win/VERB/xcomp/3/win/VB that/DET/det/7 one/NUM/obj/5 ./PUNCT/punct/3",
    )
    phrase = clean_phrase(doc, doc[0:1])
    assert phrase is not None and phrase.text == "Carolina"


@pytest.mark.issue(16)
def test_what_is_called_a_name_is_no_description() -> None:
    # "what is called the harbour levy": the name is what is spoken of; "the fee was called a
    # levy" only describes the fee
    from quotekit.topic_roles import main_heads, role

    text = "They fought what is called the harbour levy and the fee was called a tax."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 fought/VERB/ROOT/0/fight/VBD what/PRON/nsubj:pass/5 "
        "is/AUX/aux:pass/5/be called/VERB/ccomp/2/call/VBN the/DET/det/8 "
        "harbour/NOUN/compound/8 levy/NOUN/obj/5 and/CCONJ/cc/13 the/DET/det/11 "
        "fee/NOUN/nsubj:pass/13 was/AUX/aux:pass/13/be called/VERB/conj/2/call/VBN "
        "a/DET/det/15 tax/NOUN/obj/13 ./PUNCT/punct/2",
    )
    content = doc[:]
    mains = main_heads(content)
    assert role(doc[7], mains, mains[0]) != "description"
    assert role(doc[14], mains, mains[0]) == "description"


@pytest.mark.issue(16)
def test_who_has_to_act_on_something_is_not_what_about() -> None:
    # "Ortiz has to close the pier": the subject belongs to "close", which acts on the pier;
    # "the plan seems to work" acts on nothing, so the plan stays what it is about
    topic = _topic(
        "Lee said Ortiz has to close the pier.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD Ortiz/PROPN/nsubj/4 has/VERB/ccomp/2/have/VBZ "
        "to/PART/mark/6 close/VERB/xcomp/4/close/VB the/DET/det/8 pier/NOUN/obj/6 ./PUNCT/punct/2",
    )
    assert topic.text == "the pier"
    topic = _topic(
        "Lee said the plan seems to work.",
        "Lee/PROPN/nsubj/2 said/VERB/ROOT/0/say/VBD the/DET/det/4 plan/NOUN/nsubj/5 "
        "seems/VERB/ccomp/2/seem/VBZ to/PART/mark/7 work/VERB/xcomp/5/work/VB ./PUNCT/punct/2",
    )
    assert topic.text == "the plan"


@pytest.mark.issue(16)
def test_a_title_word_that_ends_a_name_is_the_name() -> None:
    # "King" of "Steve King" is a name, not a title to leave out: the speaker "King" is not
    # the topic of his own quotation
    text = "Steve King met the council. \u201cHe fixed the harbour,\u201d King said."
    doc = make_doc(
        text,
        "Steve/PROPN/nsubj/3 King/PROPN/flat/1 met/VERB/ROOT/0/meet/VBD the/DET/det/5 "
        "council/NOUN/obj/3 ./PUNCT/punct/3",
        "\u201c/PUNCT/punct/3 He/PRON/nsubj/3/he fixed/VERB/ROOT/0/fix/VBD the/DET/det/5 "
        "harbour/NOUN/obj/3 ,/PUNCT/punct/3 \u201d/PUNCT/punct/3 King/PROPN/nsubj/9 "
        "said/VERB/parataxis/3/say/VBD ./PUNCT/punct/3",
    )
    assert _topics(doc) != ["Steve King"]


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "parse", "name"),
    [
        pytest.param(
            "Ortiz visited Virginia Beach.",
            "Ortiz/PROPN/nsubj/2 visited/VERB/ROOT/0/visit/VBD Virginia/PROPN/compound/4 "
            "Beach/PROPN/obj/2 ./PUNCT/punct/2",
            3,
            id="a-place-that-opens-on-a-first-name",
        ),
        pytest.param(
            "Ortiz gave the president Florida\u2019s votes.",
            "Ortiz/PROPN/nsubj/2 gave/VERB/ROOT/0/give/VBD the/DET/det/4 president/NOUN/iobj/2 "
            "Florida/PROPN/nmod:poss/7 \u2019s/PART/case/5 votes/NOUN/obj/2/vote ./PUNCT/punct/2",
            4,
            id="a-title-before-but-not-on-it",
        ),
    ],
)
def test_a_place_is_no_marked_person(text: str, parse: str, name: int) -> None:
    # only a title on the name, or a first name of the name itself, marks a person
    from quotekit.topic_refusals import marked_person

    assert not marked_person(make_doc(text, parse)[name])
