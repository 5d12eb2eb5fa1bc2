"""Conversation turns (speakers.dialogue): who speaks a quoted paragraph no cue attributes."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conftest import make_doc

from quotekit.records import Attribution, QuoteCandidate
from quotekit.speakers import answers, narration_subject, self_replies, take_turns


def _quotes(text: str, *hows: tuple[str | None, str]) -> list[tuple[QuoteCandidate, Attribution]]:
    """One direct quotation per quoted paragraph of ``text``, with (speaker, how) each."""
    out = []
    pos = 0
    for speaker, how in hows:
        start = text.index('"', pos)
        end = text.index('"', start + 1) + 1
        pos = end
        span: Any = SimpleNamespace(text=speaker) if speaker else None
        cand = QuoteCandidate("direct", start, end, None, "direct-quotation")
        out.append((cand, Attribution(span, None, how)))
    return out


def _speakers(
    text: str, *hows: tuple[str | None, str], addressed: dict[int, str] | None = None
) -> list[tuple[str | None, str]]:
    """The speaker and attribution of each quotation after turn-taking; ``addressed`` gives
    the name some quotations (by index) address."""
    attributed = _quotes(text, *hows)
    names = [a.speaker.text if a.speaker is not None else None for _, a in attributed]
    vocatives: list[list[tuple[Any, str]]] = [[] for _ in attributed]
    for k, name in (addressed or {}).items():
        vocatives[k].append((SimpleNamespace(text=name), name))
    return [
        (attr.speaker.text if attr.speaker is not None else None, attr.how)
        for attr, _ in take_turns(text, attributed, names, None, vocatives)
    ]


EXCHANGE = (
    '"Will you come to the fair?" asked Tom.\n\n"I cannot," said Anna.\n\n'
    '"Not even for an hour?"\n\n"Not even for a minute."\n'
)


def test_turns_without_cues_alternate_between_the_two_speakers() -> None:
    got = _speakers(
        EXCHANGE, ("Tom", "cue-after"), ("Anna", "cue-after"), ("Anna", "floating"), (None, "none")
    )
    assert got == [("Tom", "cue-after"), ("Anna", "cue-after"), ("Tom", "turn"), ("Anna", "turn")]


def test_a_turn_before_two_named_ones_takes_the_speaker_two_turns_later() -> None:
    text = '"Is it late?"\n\n"Not yet," said Anna.\n\n"Good," said Tom.\n'
    got = _speakers(text, (None, "none"), ("Anna", "cue-after"), ("Tom", "cue-after"))
    assert got[0] == ("Tom", "turn")


def test_a_speaker_named_next_to_the_quotation_is_kept() -> None:
    text = EXCHANGE.replace('"Not even for an hour?"', '"Not even for an hour?" Anna asked')
    got = _speakers(
        text, ("Tom", "cue-after"), ("Anna", "cue-after"), ("Anna", "cue-after"), (None, "none")
    )
    assert got[2] == ("Anna", "cue-after")


def test_narration_between_quotations_ends_the_exchange() -> None:
    text = (
        '"Will you come?" asked Tom.\n\n"I cannot," said Anna.\n\nShe left the room.\n\n'
        '"Not even for an hour?"\n'
    )
    got = _speakers(text, ("Tom", "cue-after"), ("Anna", "cue-after"), ("Anna", "floating"))
    assert got[2] == ("Anna", "floating")


def test_news_quotes_carried_forward_stay_where_no_exchange_is_under_way() -> None:
    text = '"We will build it," the mayor said.\n\n"It will take two years."\n'
    got = _speakers(text, ("the mayor", "cue-after"), ("the mayor", "floating"))
    assert got == [("the mayor", "cue-after"), ("the mayor", "floating")]


def test_one_speaker_named_twice_in_a_row_gives_no_alternation() -> None:
    text = '"One," said Tom.\n\n"Two," said Tom.\n\n"Three."\n'
    got = _speakers(text, ("Tom", "cue-after"), ("Tom", "cue-after"), ("Tom", "floating"))
    assert got[2] == ("Tom", "floating")


CONVERSATION = (
    '"Will you come?" asked Tom.\n\n"I cannot," said Anna.\n\n"Why not?" asked Tom.\n\n'
    '"It is late," said Anna.\n\n"Then tomorrow?" asked Tom.\n\n"Perhaps," said Anna.\n\n'
    "Tom looked at the clock.\n\n"
    '"Good night," said Tom.\n\n"Good night."\n'
)


def test_in_a_conversation_a_turn_after_another_is_the_other_persons_reply() -> None:
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [
        ("Tom", "cue-after"),
        ("Tom", "floating"),
    ]
    got = _speakers(CONVERSATION, *hows)
    assert got[-1] == ("Anna", "turn")


def test_a_line_of_narration_naming_no_one_does_not_end_a_conversation() -> None:
    text = CONVERSATION.replace(
        '"Good night," said Tom.\n\n"Good night."',
        '"Good night," said Tom.\n\nThe clock struck ten.\n\n"Good night."',
    )
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [
        ("Tom", "cue-after"),
        ("Tom", "floating"),
    ]
    got = _speakers(text, *hows)
    assert got[-1] == ("Anna", "turn")
    # three paragraphs of narration are a new scene
    far = text.replace("The clock struck ten.", "The clock struck ten.\n\nIt rang.\n\nIt stopped.")
    assert _speakers(far, *hows)[-1] != ("Anna", "turn")


def test_outside_a_conversation_a_quoted_paragraph_goes_on_with_its_speaker() -> None:
    text = (
        '"We will build it," the mayor said.\n\nThe council met on Monday.\n\n'
        '"It is too dear," said Ms Diaz.\n\n"We cannot pay for it."\n'
    )
    got = _speakers(
        text, ("the mayor", "cue-after"), ("Ms Diaz", "cue-after"), ("Ms Diaz", "floating")
    )
    assert got[-1] == ("Ms Diaz", "floating")


def test_a_line_of_action_before_a_quotation_gives_its_speaker() -> None:
    text = 'Anna shook her head. "Not tonight."'
    doc = make_doc(
        text,
        "Anna/PROPN/nsubj/2 shook/VERB/ROOT/0/shake her/PRON/nmod:poss/4 head/NOUN/obj/2 "
        "./PUNCT/punct/2",
        '"/PUNCT/punct/3 Not/PART/advmod/3 tonight/NOUN/ROOT/0 ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    span = narration_subject(doc, text.index('"'), previous_paragraph=False)
    assert span is not None and span.text == "Anna"


def test_a_name_opening_a_line_the_parser_gave_no_subject_gives_its_speaker() -> None:
    # the weak parse takes "Sir" for a word of its own, and the sentence has no subject
    text = 'Sir Hugh bowed. "Go on."'
    doc = make_doc(
        text,
        "Sir/PROPN/discourse/3 Hugh/PROPN/flat/1 bowed/VERB/ROOT/0/bow/VBN ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Go/VERB/ROOT/0/go on/ADP/compound:prt/2 ./PUNCT/punct/2 "/PUNCT/punct/2',
    )
    span = narration_subject(doc, text.index('"'), previous_paragraph=False)
    assert span is not None and span.text == "Sir Hugh"


def test_an_adverb_between_the_name_and_its_verb_still_gives_the_speaker() -> None:
    text = 'Sir Hugh fairly shouted the question. "Where?"'
    doc = make_doc(
        text,
        "Sir/PROPN/discourse/4 Hugh/PROPN/flat/1 fairly/ADV/advmod/4/fairly/RB "
        "shouted/VERB/ROOT/0/shout/VBD "
        "the/DET/det/6 question/NOUN/obj/4 ./PUNCT/punct/4",
        '"/PUNCT/punct/2 Where/ADV/ROOT/0 ?/PUNCT/punct/2 "/PUNCT/punct/2',
    )
    span = narration_subject(doc, text.index('"'), previous_paragraph=False)
    assert span is not None and span.text == "Sir Hugh"


def test_the_name_owning_the_subject_of_a_line_gives_its_speaker() -> None:
    text = 'Then came Hugh\'s questions. "Where were you?"'
    doc = make_doc(
        text,
        "Then/ADV/advmod/2 came/VERB/ROOT/0/come Hugh/PROPN/nmod:poss/5 's/PART/case/3 "
        "questions/NOUN/nsubj/2/question ./PUNCT/punct/2",
        '"/PUNCT/punct/4 Where/ADV/advmod/4 were/AUX/cop/4/be you/PRON/ROOT/0 ?/PUNCT/punct/4 '
        '"/PUNCT/punct/4',
    )
    span = narration_subject(doc, text.index('"'), previous_paragraph=False)
    assert span is not None and span.text == "Hugh"


def test_a_comma_before_a_quotation_leaves_it_to_the_cue() -> None:
    text = 'Anna turned, "Not tonight."'
    doc = make_doc(
        text,
        'Anna/PROPN/nsubj/2 turned/VERB/ROOT/0/turn ,/PUNCT/punct/2 "/PUNCT/punct/6 '
        'Not/PART/advmod/6 tonight/NOUN/parataxis/2 ./PUNCT/punct/2 "/PUNCT/punct/6',
    )
    assert narration_subject(doc, text.index('"'), previous_paragraph=False) is None


NOVEL = (
    '"Will you come?" asked Tom.\n\n"I cannot," said Anna.\n\nThe clock struck.\n\n'
    '"Then tomorrow, Anna?"\n\n"Perhaps."\n\n"Good night."\n\n"Good night."\n\n"Sleep well."\n\n'
    '"And you."\n\n"Tomorrow, then."\n\n"Tomorrow."\n'
)


def test_a_novel_naming_few_speakers_is_read_as_a_conversation() -> None:
    # one named exchange, then turn after turn in paragraphs of their own: the turn after
    # the one addressing Anna is hers, as in any conversation
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] + [(None, "none")] * 8
    got = _speakers(NOVEL, *hows, addressed={2: "Anna"})
    assert got[3] == ("Anna", "addressed")


def test_a_few_quoted_paragraphs_in_a_row_are_no_conversation() -> None:
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] + [(None, "none")] * 2
    text = NOVEL[: NOVEL.index('"Good night."')]
    got = _speakers(text, *hows, addressed={2: "Anna"})
    assert got[3] == (None, "none")


def test_the_turn_after_one_that_addresses_someone_is_theirs() -> None:
    text = (
        '"Will you come?" asked Tom.\n\n"I cannot," said Anna.\n\n"Why not?" asked Tom.\n\n'
        '"It is late," said Anna.\n\n"Then tomorrow?" asked Tom.\n\n"Perhaps," said Anna.\n\n'
        "The clock struck.\n\n"
        '"Is that you, Mary?"\n\n"It is."\n'
    )
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [(None, "none")] * 2
    got = _speakers(text, *hows, addressed={6: "Mary"})
    assert got[7] == ("Mary", "addressed")
    assert got[6][0] != "Mary"  # nobody is the speaker of a quotation addressing them


def test_outside_a_conversation_an_address_does_not_change_the_speaker() -> None:
    text = '"We will build it, Mayor," said Ms Diaz.\n\n"It will take two years."\n'
    got = _speakers(
        text, ("Ms Diaz", "cue-after"), ("Ms Diaz", "floating"), addressed={0: "Mayor"}
    )
    assert got[1] == ("Ms Diaz", "floating")


def test_in_a_conversation_one_known_speaker_takes_every_other_turn() -> None:
    text = CONVERSATION + '\nThey sat down.\n\n"Tea?"\n\n"Yes."\n\n"Milk?" asked Tom.\n\n"No."\n'
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [
        ("Tom", "cue-after"),
        ("Tom", "floating"),
        (None, "none"),
        (None, "none"),
        ("Tom", "cue-after"),
        (None, "none"),
    ]
    got = _speakers(text, *hows)
    assert got[8] == ("Tom", "turn")  # two turns before Tom's, though the one between is unknown


def test_the_narrator_takes_the_name_the_others_call_them() -> None:
    text = (
        '"Where were you?" asked Poirot.\n\n"Out," I said.\n\n"Why?" asked Poirot.\n\n'
        '"A walk," I said.\n\n"Alone?" asked Poirot.\n\n"Yes," I said.\n\n'
        '"You are late, Mr. Hastings," said Mary.\n\n"I know," I said.\n'
    )
    hows = [("Poirot", "cue-after"), ("I", "cue-after")] * 3 + [
        ("Mary", "cue-after"),
        ("I", "cue-after"),
    ]
    attributed = _quotes(text, *hows)
    names = [a.speaker.text if a.speaker is not None else None for _, a in attributed]
    addressed: list[list[tuple[Any, str]]] = [[] for _ in attributed]
    addressed[6].append((SimpleNamespace(text="Mr. Hastings"), "Hastings"))
    got = take_turns(text, attributed, names, None, addressed)
    assert [name for _, name in got][1::2] == ["Hastings"] * 4


def test_turns_after_one_the_narration_gives_alternate_from_it() -> None:
    # a witness is questioned: the line of action names the questioner of the first turn
    text = CONVERSATION + (
        '\nSir Ernest rose.\n\n"You deny it?"\n\n"I do."\n\n"And the letter?"\n\n"I never saw it."\n'
    )
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [
        ("Tom", "cue-after"),
        (None, "none"),
    ] + [(None, "none")] * 4
    attributed = _quotes(text, *hows)
    names = [a.speaker.text if a.speaker is not None else None for _, a in attributed]
    first = text.index('"You deny')

    def beat(start: int, conversation: bool) -> Any:
        return (SimpleNamespace(text="Sir Ernest"), "Sir Ernest") if start == first else None

    got = [
        (attr.speaker.text if attr.speaker is not None else None, attr.how)
        for attr, _ in take_turns(text, attributed, names, beat)
    ]
    assert (got[8], got[10]) == (("Sir Ernest", "narration"), ("Sir Ernest", "turn"))


def test_a_line_about_someones_voice_or_face_gives_its_owner() -> None:
    text = """Anna's voice shook. "Not tonight." """
    doc = make_doc(
        text.strip(),
        "Anna/PROPN/nmod:poss/3 's/PART/case/1 voice/NOUN/nsubj/4 shook/VERB/ROOT/0/shake "
        "./PUNCT/punct/4",
        '"/PUNCT/punct/3 Not/PART/advmod/3 tonight/NOUN/ROOT/0 ./PUNCT/punct/3 "/PUNCT/punct/3',
    )
    span = narration_subject(doc, text.index('"'), previous_paragraph=False)
    assert span is not None and span.text == "Anna"


def test_the_narrator_answering_to_their_name_still_takes_it() -> None:
    # Mary calls the narrator by name and the turn after hers is given to that name (the
    # person addressed answers); that answer is the narrator's, not a third person's
    text = (
        '"Where were you?" asked Mary.\n\n"Out," I said.\n\n"Stake it, Mr. Hastings!" cried Mary.\n\n'
        '"Very well."\n\n"Quick!" said Mary.\n\n"I know," I said.\n'
    )
    hows = [("Mary", "cue-after"), ("I", "cue-after"), ("Mary", "cue-after"), (None, "none")]
    hows += [("Mary", "cue-after"), ("I", "cue-after")]
    attributed = _quotes(text, *hows)
    names = [a.speaker.text if a.speaker is not None else None for _, a in attributed]
    addressed: list[list[tuple[Any, str]]] = [[] for _ in attributed]
    addressed[2].append((SimpleNamespace(text="Mr. Hastings"), "Hastings"))
    got = take_turns(text, attributed, names, None, addressed)
    assert [name for _, name in got][1::2] == ["Hastings"] * 3


def test_a_lone_word_the_others_call_out_does_not_name_the_narrator() -> None:
    # a servant called by one name, or a cry ("Bah!"), next to the narrator's turns
    text = '"Where were you?" asked Poirot.\n\n"Out," I said.\n\n"Potter, the door!" said Ann.\n\n"I know," I said.\n'
    hows = [("Poirot", "cue-after"), ("I", "cue-after"), ("Ann", "cue-after"), ("I", "cue-after")]
    attributed = _quotes(text, *hows)
    names = [a.speaker.text if a.speaker is not None else None for _, a in attributed]
    addressed: list[list[tuple[Any, str]]] = [[] for _ in attributed]
    addressed[2].append((SimpleNamespace(text="Potter"), "Potter"))
    got = take_turns(text, attributed, names, None, addressed)
    assert [name for _, name in got][1::2] == ["I", "I"]


def test_in_a_conversation_a_closed_turn_is_not_carried_into_the_next_paragraph() -> None:
    # a novel (turn after turn in paragraphs of their own); the reply to a newcomer is not his
    text = NOVEL + '\nThe door opened.\n\n"Is anyone here?" asked Ben.\n\n"Only the cat."\n'
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] + [(None, "none")] * 8
    hows += [("Ben", "cue-after"), ("Ben", "floating")]
    got = _speakers(text, *hows)
    assert got[-1][0] != "Ben"


def test_she_of_a_new_turn_that_resolved_to_the_last_speaker_is_found() -> None:
    # turns alternate between Anna and Tom; a 'she said' right after a turn of Anna's with no
    # cue resolved to Anna, which a new paragraph makes unlikely
    text = (
        '"Will you come?" asked Tom.\n\n"I cannot," said Anna.\n\n"Why?" asked Tom.\n\n'
        '"I am tired," said Anna.\n\n"Come," said Tom.\n\n"No."\n\n"Stop it," she said.\n'
    )
    hows = [(n, "cue") for n in ("Tom", "Anna", "Tom", "Anna", "Tom")]
    attributed = _quotes(text, *hows, (None, "none"), ("she", "cue"))
    names = [a.speaker.text if a.speaker else None for _, a in attributed]
    names[-1] = "Anna"
    assert self_replies(text, attributed, names) == []  # the turn before is no one's yet
    names[-2] = "Anna"
    assert self_replies(text, attributed, names) == [6]
    names[-2] = "Tom"
    assert self_replies(text, attributed, names) == []


def test_the_person_a_question_addresses_answers_it() -> None:
    # 'he answered' resolved to the one who asked (the last man named); the one asked answers
    text = '"You here, Adrian?" asked Tom.\n\n"Where else?" he answered.\n\n"Well," he said.\n'
    attributed = _quotes(text, ("Tom", "cue"), ("he", "cue"), ("he", "cue"))
    for k, verb in ((1, "answer"), (2, "say")):
        cand, attr = attributed[k]
        attributed[k] = (cand, Attribution(attr.speaker, SimpleNamespace(lemma_=verb), "cue"))
    names: list[str | None] = ["Tom", "Tom", "Tom"]
    addressed: list[list[tuple[Any, str]]] = [[(SimpleNamespace(text="Adrian"), "Adrian")], [], []]
    assert answers(text, attributed, names, addressed) == [(1, "Adrian")]
    # (also where the pronoun resolved to a third man, named in the narration between)
    assert answers(text, attributed, ["Tom", "Ned", "Tom"], addressed) == [(1, "Adrian")]
    # ("he said" is as often the asker going on, and a question to no one names no one)
    assert answers(text, attributed, names, [[], [], []]) == []


class _Description:
    """A speaker mention as the parse gives it, enough for a description ("the painter")."""

    def __init__(self, text: str) -> None:
        self.text = text
        words = text.split()
        self._words = [SimpleNamespace(lower_=w.lower()) for w in words]
        head = words[-1]
        self.root = SimpleNamespace(
            pos_="PROPN" if head[0].isupper() else "NOUN", tag_="NN", is_title=head[0].isupper()
        )

    def __getitem__(self, k: int) -> Any:
        return self._words[k]


def _described(text: str, speakers: list[str], addressed: dict[int, str]) -> list[str | None]:
    """The names after turn-taking, with cue-after speakers (descriptions where lowercase)."""
    attributed = _quotes(text, *[(s, "cue-after") for s in speakers])
    attributed = [
        (cand, Attribution(_Description(s) if s.startswith("the ") else attr.speaker, None, attr.how))
        for (cand, attr), s in zip(attributed, speakers, strict=True)
    ]
    names = [None if s.startswith("the ") else s for s in speakers]
    vocatives: list[list[tuple[Any, str]]] = [[] for _ in attributed]
    for k, name in addressed.items():
        vocatives[k].append((SimpleNamespace(text=name), name))
    return [name for _, name in take_turns(text, attributed, names, None, vocatives)]


def test_a_description_speaks_for_the_name_the_turns_next_to_it_address() -> None:
    # Tom talks with a painter the narration never names; Tom calls him "Hugo"
    text = (
        '"Will you sit?" asked Tom.\n\n"No," said Anna.\n\n"Why?" asked Tom.\n\n'
        '"Late," said Anna.\n\n"Tell me, Hugo," said Tom.\n\n"Sit down," said the painter.\n\n'
        '"I will," said Tom.\n\n"Good," said the painter.\n'
    )
    speakers = ["Tom", "Anna", "Tom", "Anna", "Tom", "the painter", "Tom", "the painter"]
    assert _described(text, speakers, {4: "Hugo"})[5:8:2] == ["Hugo", "Hugo"]
    # not where the turns beside it address two people, nor for "the King", a name of its own
    assert _described(text, speakers[:7], {4: "Hugo", 6: "Ned"})[5] is None
    speakers[5] = speakers[7] = "the King"
    assert _described(text, speakers, {4: "Hugo"})[5] is None


def test_in_a_conversation_a_paragraph_is_the_turn_of_the_one_person_its_cue_names() -> None:
    # the first quotation of Tom's paragraph has no cue; the cue later in it names him
    text = CONVERSATION + '\nTom sat down. "Listen." He paused. "I have news," said Tom.\n'
    hows = [("Tom", "cue-after"), ("Anna", "cue-after")] * 3 + [("Tom", "cue-after"), (None, "none")]
    hows += [(None, "none"), ("Tom", "cue-after")]
    got = _speakers(text, *hows)
    assert got[-2] == ("Tom", "paragraph")


_KIN_TEXT = (
    '"Come here," said Tom.\n\n"Yes, papa," said Ann.\n\n"Sit down," said Tom.\n\n'
    '"I will," said Ann.\n\nThe fire burned low.\n\n"Is it late, papa?"\n'
)
_KIN_HOWS = (("Tom", "cue-after"), ("Ann", "cue-after")) * 2 + ((None, "none"),)


def test_a_turn_that_says_papa_is_the_one_who_calls_him_so() -> None:
    assert _speakers(_KIN_TEXT, *_KIN_HOWS)[-1] == ("Ann", "turn")
    # where both speakers say it, the word tells nothing: the reply goes to the other person
    text = _KIN_TEXT.replace('"Sit down,"', '"Sit down, papa,"')
    assert _speakers(text, *_KIN_HOWS)[-1] == ("Tom", "turn")


def test_the_turn_next_to_one_that_says_papa_is_his() -> None:
    text = _KIN_TEXT.replace(
        '"Is it late, papa?"\n',
        'The wind rose.\n\nThe rain came.\n\nThe night fell.\n\n'
        '"It is late, my dear."\n\n"Is it, papa?"\n',
    )
    got = _speakers(text, *_KIN_HOWS, (None, "none"))
    assert got[-2:] == [("Tom", "turn"), ("Ann", "turn")]
