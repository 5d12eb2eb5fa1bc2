"""Speaker kinds (quotekit.speakers.speaker_kind): a name, a description, a pronoun; on
hand-built parses."""

from __future__ import annotations

from conftest import make_doc

from quotekit.speakers import speaker_kind


def test_a_title_with_a_name_is_a_name_but_not_with_a_possessor() -> None:
    # "Mayor Ana Ruiz" names her; "Peru's culture minister" describes someone, whoever "Peru"
    # is; "Polls" at the start of a sentence is no name, however the parser tags it
    text = "Mayor Ana Ruiz said it. Peru's culture minister said it. Polls show it."
    doc = make_doc(
        text,
        "Mayor/PROPN/compound/2 Ana/PROPN/nsubj/4 Ruiz/PROPN/flat/2 said/VERB/ROOT/0/say "
        "it/PRON/obj/4 ./PUNCT/punct/4",
        "Peru/PROPN/nmod:poss/4 's/PART/case/1 culture/ADJ/compound/4 minister/NOUN/nsubj/5 "
        "said/VERB/ROOT/0/say it/PRON/obj/5 ./PUNCT/punct/5",
        "Polls/PROPN/nsubj/2 show/VERB/ROOT/0 it/PRON/obj/2 ./PUNCT/punct/2",
    )
    assert speaker_kind(doc[0:3]) == "name"
    assert speaker_kind(doc[6:10]) == "nominal"
    assert speaker_kind(doc[13:14]) == "nominal"
