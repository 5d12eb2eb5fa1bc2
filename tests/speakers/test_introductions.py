"""Introductions (speakers.introductions): a described person who gives their own name."""

from __future__ import annotations

from conftest import make_doc

from quotekit.pipeline import annotate
from quotekit.records import InputDoc

TEXT = '"Please sit down here," said the old gentleman. "My name is Hartley."'
SENTS = (
    '"/PUNCT/punct/3 Please/INTJ/discourse/3 sit/VERB/ccomp/8/sit down/ADV/advmod/3 '
    'here/ADV/advmod/3 ,/PUNCT/punct/3 "/PUNCT/punct/3 said/VERB/ROOT/0/say the/DET/det/11 '
    "old/ADJ/amod/11 gentleman/NOUN/nsubj/8 ./PUNCT/punct/8",
    '"/PUNCT/punct/5 My/PRON/nmod:poss/3/my name/NOUN/nsubj/5 is/AUX/cop/5/be '
    'Hartley/PROPN/ROOT/0 ./PUNCT/punct/5 "/PUNCT/punct/5',
)


def _names(text: str, *sents: str) -> list[tuple[str, str | None]]:
    record = annotate(make_doc(text, *sents), InputDoc("d", text))
    return [(q.quote.text, q.speaker.name if q.speaker else None) for q in record.quotes]


def test_a_description_that_gives_its_name_is_that_person_throughout() -> None:
    assert _names(TEXT, *SENTS)[0][1] == "Hartley"
    # not "his name is ...": the speaker names another
    text = TEXT.replace("My name", "His name")
    sents = (SENTS[0], SENTS[1].replace("My/PRON/nmod:poss/3/my", "His/PRON/nmod:poss/3/his"))
    assert _names(text, *sents)[0][1] != "Hartley"
