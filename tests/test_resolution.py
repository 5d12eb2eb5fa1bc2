"""Speaker resolution: one canonical name per entity."""

from __future__ import annotations

from conftest import make_doc

from quotekit.pipeline import _addressed, annotate
from quotekit.records import InputDoc, QuoteCandidate
from quotekit.resolution import SpeakerResolver

TEXT = ("Sergei Lavrov, Russia's Foreign Minister, spoke on Monday. "
        "Lavrov said the talks failed. He left. The Russian Foreign Minister said more.")
SENTS = (
    "Sergei/PROPN/nsubj/9 Lavrov/PROPN/flat/1 ,/PUNCT/punct/7 Russia/PROPN/nmod:poss/7 's/PART/case/4 "
    "Foreign/ADJ/amod/7 Minister/NOUN/appos/1 ,/PUNCT/punct/7 spoke/VERB/ROOT/0/speak on/ADP/case/11 "
    "Monday/PROPN/obl/9 ./PUNCT/punct/9",
    "Lavrov/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 talks/NOUN/nsubj/5/talk "
    "failed/VERB/ccomp/2/fail ./PUNCT/punct/2",
    "He/PRON/nsubj/2 left/VERB/ROOT/0/leave ./PUNCT/punct/2",
    "The/DET/det/4 Russian/ADJ/amod/4 Foreign/ADJ/amod/4 Minister/NOUN/nsubj/5 said/VERB/ROOT/0/say "
    "more/ADJ/obj/5 ./PUNCT/punct/5",
)


def _span(doc, text):  # type: ignore[no-untyped-def]
    start = doc.text.index(text)
    return doc.char_span(start, start + len(text))


def test_surname_pronoun_and_description_resolve_to_full_name() -> None:
    doc = make_doc(TEXT, *SENTS)
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "Lavrov said")[:1]) == "Sergei Lavrov"
    assert resolver.resolve(_span(doc, "He")) == "Sergei Lavrov"
    assert resolver.resolve(_span(doc, "The Russian Foreign Minister")) == "Sergei Lavrov"


def test_surname_first_names_merge() -> None:
    text = "Xi Jinping spoke. Xi said the plan works."
    doc = make_doc(text, "Xi/PROPN/nsubj/3 Jinping/PROPN/flat/1 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
                   "Xi/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 plan/NOUN/nsubj/5 "
                   "works/VERB/ccomp/2/work ./PUNCT/punct/2")
    resolver = SpeakerResolver(doc)
    xi = [t for t in doc if t.text == "Xi"][1]
    assert resolver.resolve(doc[xi.i : xi.i + 1]) == "Xi Jinping"


def test_pronoun_without_a_person_stays_unresolved() -> None:
    text = "The storm hit Oslo. He said it was bad."
    doc = make_doc(text, "The/DET/det/2 storm/NOUN/nsubj/3 hit/VERB/ROOT/0 Oslo/PROPN/obj/3 ./PUNCT/punct/3",
                   "He/PRON/nsubj/2 said/VERB/ROOT/0/say it/PRON/nsubj/5 was/AUX/cop/5/be "
                   "bad/ADJ/ccomp/2 ./PUNCT/punct/2")
    assert SpeakerResolver(doc).resolve(_span(doc, "He")) is None


def test_headline_capitals_are_not_names() -> None:
    text = "University Wins Grant for Coastal Study\n\nShe said it was good."
    doc = make_doc(text, "University/NOUN/nsubj/2 Wins/VERB/ROOT/0/win Grant/NOUN/obj/2 for/ADP/case/6 "
                   "Coastal/ADJ/amod/6 Study/NOUN/nmod/3",
                   "She/PRON/nsubj/2 said/VERB/ROOT/0/say it/PRON/nsubj/5 was/AUX/cop/5/be "
                   "good/ADJ/ccomp/2 ./PUNCT/punct/2")
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) is None


def test_coreference_chains_override_the_heuristic() -> None:
    text = "Lavrov met Wang Yi. Wang said the talks were good. He said they went well."
    sentences = (
        "Lavrov/PROPN/nsubj/2 met/VERB/ROOT/0/meet Wang/PROPN/obj/2 Yi/PROPN/flat/3 ./PUNCT/punct/2",
        "Wang/PROPN/nsubj/2 said/VERB/ROOT/0/say the/DET/det/4 talks/NOUN/nsubj/6/talk "
        "were/AUX/cop/6/be good/ADJ/ccomp/2 ./PUNCT/punct/2",
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say they/PRON/nsubj/4 went/VERB/ccomp/2/go "
        "well/ADV/advmod/4 ./PUNCT/punct/2",
    )

    def name_of_he(doc: object) -> str | None:
        rec = annotate(doc, InputDoc("t", text, "t"))
        (q,) = [q for q in rec.quotes if q.speaker is not None and q.speaker.text == "He"]
        return q.speaker.name

    # the heuristic takes the nearest subject; Stanza's coreference model links "He" to Lavrov
    assert name_of_he(make_doc(text, *sentences)) == "Wang Yi"
    assert name_of_he(make_doc(text, *sentences, coref=[[(0, 0, 1), (2, 0, 1)]])) == "Lavrov"


def test_she_skips_a_man_by_his_title() -> None:
    text = "Ms Reeves spoke. Mr Smith said it was bad. She said it was fine."
    doc = make_doc(
        text,
        "Ms/PROPN/nmod:desc/2 Reeves/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Mr/PROPN/nmod:desc/2 Smith/PROPN/nsubj/3 said/VERB/ROOT/0/say it/PRON/nsubj/6 "
        "was/AUX/cop/6/be bad/ADJ/ccomp/3 ./PUNCT/punct/3",
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say it/PRON/nsubj/5 was/AUX/cop/5/be "
        "fine/ADJ/ccomp/2 ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Reeves"


def test_a_qualified_title_is_another_office() -> None:
    # the deputy is not "the Prime Minister"
    text = "Angela Rayner, the deputy prime minister, spoke. The Prime Minister said no."
    doc = make_doc(
        text,
        "Angela/PROPN/nsubj/9 Rayner/PROPN/flat/1 ,/PUNCT/punct/7 the/DET/det/7 "
        "deputy/ADJ/amod/7 prime/ADJ/amod/7 minister/NOUN/appos/1 ,/PUNCT/punct/7 "
        "spoke/VERB/ROOT/0/speak ./PUNCT/punct/9",
        "The/DET/det/3 Prime/ADJ/amod/3 Minister/NOUN/nsubj/4 said/VERB/ROOT/0/say "
        "no/INTJ/obj/4 ./PUNCT/punct/4",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "The Prime Minister")) is None
    assert resolver.resolve(_span(doc, "the deputy prime minister")) == "Angela Rayner"



def test_a_former_title_is_a_role_of_its_own() -> None:
    text = "Hillary Clinton, the former secretary, spoke. The former secretary said no."
    doc = make_doc(
        text,
        "Hillary/PROPN/nsubj/8 Clinton/PROPN/flat/1 ,/PUNCT/punct/6 the/DET/det/6 "
        "former/ADJ/amod/6 secretary/NOUN/appos/1 ,/PUNCT/punct/6 spoke/VERB/ROOT/0/speak "
        "./PUNCT/punct/8",
        "The/DET/det/3 former/ADJ/amod/3 secretary/NOUN/nsubj/4 said/VERB/ROOT/0/say "
        "no/INTJ/obj/4 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "The former secretary")) == "Hillary Clinton"


def test_titles_of_two_people_with_one_surname_do_not_rule_out_either() -> None:
    text = "Mrs. Khan spoke. Mr. Khan spoke too. She said no."
    doc = make_doc(
        text,
        "Mrs./PROPN/nmod:desc/2 Khan/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Mr./PROPN/nmod:desc/2 Khan/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak too/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Khan"


def test_a_title_with_a_name_is_that_name_not_the_last_holder_of_the_title() -> None:
    text = "Sen. Patty Murray spoke. Sen. Chris Murphy said no."
    doc = make_doc(
        text,
        "Sen./PROPN/nsubj/4 Patty/PROPN/flat/1 Murray/PROPN/flat/1 spoke/VERB/ROOT/0/speak "
        "./PUNCT/punct/4",
        "Sen./PROPN/nsubj/4 Chris/PROPN/flat/1 Murphy/PROPN/flat/1 said/VERB/ROOT/0/say "
        "no/INTJ/obj/4 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Sen. Chris Murphy")) == "Chris Murphy"


def test_the_office_after_a_titles_of_is_not_part_of_the_name() -> None:
    text = "Secretary of State Maria Olsen said no."
    doc = make_doc(
        text,
        "Secretary/PROPN/nsubj/6 of/ADP/case/3 State/PROPN/nmod/1 Maria/PROPN/appos/1 "
        "Olsen/PROPN/flat/4 said/VERB/ROOT/0/say no/INTJ/obj/6 ./PUNCT/punct/6",
    )
    span = _span(doc, "Secretary of State Maria Olsen")
    assert SpeakerResolver(doc).resolve(span) == "Maria Olsen"


def test_an_institutions_name_goes_on_past_of_or_for() -> None:
    text = "According to the Office for National Statistics, inflation fell."
    doc = make_doc(
        text,
        "According/VERB/case/4/accord/VBG to/ADP/fixed/1 the/DET/det/4 Office/PROPN/obl/10 "
        "for/ADP/case/7 National/PROPN/compound/7 Statistics/PROPN/nmod/4 ,/PUNCT/punct/4 "
        "inflation/NOUN/nsubj/10 fell/VERB/ROOT/0/fall/VBD ./PUNCT/punct/10",
    )
    span = _span(doc, "the Office for National Statistics")
    assert SpeakerResolver(doc).resolve(span) == "Office for National Statistics"


def test_a_title_word_after_an_honorific_is_a_surname() -> None:
    text = "Sen. Warren spoke. Mr. King said no."
    doc = make_doc(
        text,
        "Sen./PROPN/nsubj/3 Warren/PROPN/flat/1 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Mr./PROPN/nsubj/3 King/PROPN/flat/1 said/VERB/ROOT/0/say no/INTJ/obj/3 "
        "./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Mr. King")) == "King"


def test_particles_inside_a_name_and_no_headline_verb_in_it() -> None:
    text = "Mayor Bill de Blasio spoke. Bill Bratton Says No.\n\nDe Blasio said yes."
    doc = make_doc(
        text,
        "Mayor/PROPN/compound/2 Bill/PROPN/nsubj/5 de/PROPN/flat/2 Blasio/PROPN/flat/2 "
        "spoke/VERB/ROOT/0/speak ./PUNCT/punct/5",
        "Bill/PROPN/nsubj/3 Bratton/PROPN/flat/1 Says/PROPN/ROOT/0 No/PROPN/obj/3 "
        "./PUNCT/punct/3",
        "De/PROPN/nsubj/3 Blasio/PROPN/flat/1 said/VERB/ROOT/0/say yes/INTJ/obj/3 "
        "./PUNCT/punct/3",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "De Blasio")) == "Bill de Blasio"
    assert resolver.resolve(_span(doc, "Bill Bratton")) == "Bill Bratton"


def test_description_in_apposition_to_a_name_takes_the_name() -> None:
    # "a radio host" is no title; the name beside it, set off by commas, is the speaker's
    text = "Tom Varga, a radio host, said the race is close."
    doc = make_doc(
        text,
        "Tom/PROPN/nsubj/8 Varga/PROPN/flat/1 ,/PUNCT/punct/6 a/DET/det/6 radio/NOUN/compound/6 "
        "host/NOUN/appos/1 ,/PUNCT/punct/6 said/VERB/ROOT/0/say the/DET/det/10 race/NOUN/nsubj/12 "
        "is/AUX/cop/12/be close/ADJ/ccomp/8 ./PUNCT/punct/8",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "a radio host")) == "Tom Varga"
    text = "Holt's press secretary, Dale Price, told reporters."
    doc = make_doc(
        text,
        "Holt/PROPN/nmod:poss/4 's/PART/case/1 press/NOUN/compound/4 secretary/NOUN/nsubj/9 "
        ",/PUNCT/punct/6 Dale/PROPN/appos/4 Price/PROPN/flat/6 ,/PUNCT/punct/6 "
        "told/VERB/ROOT/0/tell reporters/NOUN/obj/9 ./PUNCT/punct/9",
    )
    # the name inside ("Holt's") only modifies the description
    assert SpeakerResolver(doc).resolve(_span(doc, "Holt's press secretary")) == "Dale Price"
    # not a name before a parenthetical cue: "Mrs. Ruiz, analysts said, ..."
    text = "Ruiz, analysts said, has other motives."
    doc = make_doc(
        text,
        "Ruiz/PROPN/nsubj/6 ,/PUNCT/punct/4 analysts/NOUN/nsubj/4 said/VERB/parataxis/6/say "
        ",/PUNCT/punct/4 has/VERB/ROOT/0/have other/ADJ/amod/8 motives/NOUN/obj/6 ./PUNCT/punct/6",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "analysts")) is None


def test_a_name_in_apposition_after_the_verb_of_saying() -> None:
    # '"...," said the club's coach, Ana Reyes.': after the verb the description opens no
    # clause, and its name may end the sentence (the parser often takes the subject for an
    # object there)
    text = "\u201cWe trained hard,\u201d said the club's coach, Ana Reyes."
    doc = make_doc(
        text,
        "\u201c/PUNCT/punct/3 We/PRON/nsubj/3 trained/VERB/ccomp/7/train hard/ADV/advmod/3 "
        ",/PUNCT/punct/3 \u201d/PUNCT/punct/3 said/VERB/ROOT/0/say the/DET/det/9 "
        "club/NOUN/nmod:poss/11 's/PART/case/9 coach/NOUN/obj/7 ,/PUNCT/punct/13 "
        "Ana/PROPN/appos/11 Reyes/PROPN/flat/13 ./PUNCT/punct/7",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "the club's coach")) == "Ana Reyes"


def test_a_document_speaks_for_its_author() -> None:
    text = "The vote is close, according to a tally by The Northern Courier."
    doc = make_doc(
        text,
        "The/DET/det/2 vote/NOUN/nsubj/4 is/AUX/cop/4/be close/ADJ/ROOT/0 ,/PUNCT/punct/6 "
        "according/VERB/case/9/accord to/ADP/fixed/6 a/DET/det/9 tally/NOUN/obl/4 by/ADP/case/13 "
        "The/DET/det/13 Northern/PROPN/amod/13 Courier/PROPN/nmod/9 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "a tally")) == "Northern Courier"


def test_possessor_does_not_name_the_people_tied_to_it() -> None:
    text = "Clinton's chief pollster said the race is close."
    doc = make_doc(
        text,
        "Clinton/PROPN/nmod:poss/4 's/PART/case/1 chief/ADJ/amod/4 pollster/NOUN/nsubj/5 "
        "said/VERB/ROOT/0/say the/DET/det/7 race/NOUN/nsubj/9 is/AUX/cop/9/be close/ADJ/ccomp/5 "
        "./PUNCT/punct/5",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Clinton's chief pollster")) is None
    # a campaign speaks for its candidate
    text = "Clinton's campaign said the race is close."
    doc = make_doc(
        text,
        "Clinton/PROPN/nmod:poss/3 's/PART/case/1 campaign/NOUN/nsubj/4 said/VERB/ROOT/0/say "
        "the/DET/det/6 race/NOUN/nsubj/8 is/AUX/cop/8/be close/ADJ/ccomp/4 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Clinton's campaign")) == "Clinton"


def test_relative_pronoun_takes_its_antecedent_and_an_institution_is_no_person() -> None:
    text = (
        "The University of Northfield has received a grant. Professor Mei Lin, who will lead "
        "the project, explained it. She said more."
    )
    doc = make_doc(
        text,
        "The/DET/det/2 University/PROPN/nsubj/6 of/ADP/case/4 Northfield/PROPN/nmod/2 "
        "has/AUX/aux/6 received/VERB/ROOT/0/receive a/DET/det/8 grant/NOUN/obj/6 ./PUNCT/punct/6",
        "Professor/PROPN/compound/3 Mei/PROPN/flat/3 Lin/PROPN/dep/11 ,/PUNCT/punct/7 "
        "who/PRON/nsubj/11 will/AUX/aux/7 lead/VERB/acl:relcl/3/lead the/DET/det/9 "
        "project/NOUN/obj/7 ,/PUNCT/punct/7 explained/VERB/ROOT/0/explain it/PRON/obj/11 "
        "./PUNCT/punct/11",
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say more/ADJ/obj/2 ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "who")) == "Mei Lin"
    # the university was a subject, but "she" passes over an institution
    assert resolver.resolve(_span(doc, "She")) == "Mei Lin"


def test_she_learns_a_womans_gender_from_the_narration() -> None:
    # no title says who is a woman; "Anna said she ... her" does
    text = "Anna said she lost her key. Tom said no. She said yes."
    doc = make_doc(
        text,
        "Anna/PROPN/nsubj/2 said/VERB/ROOT/0/say she/PRON/nsubj/4 lost/VERB/ccomp/2/lose "
        "her/PRON/nmod:poss/6 key/NOUN/obj/4 ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say yes/INTJ/obj/2 ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Anna"


def test_an_object_pronoun_does_not_teach_gender() -> None:
    # "her" as an object is someone else: Tom is not taken for a woman
    text = "Tom said he saw her. Tom told her. Anna left. He said yes."
    doc = make_doc(
        text,
        "Tom/PROPN/nsubj/2 said/VERB/ROOT/0/say he/PRON/nsubj/4 saw/VERB/ccomp/2/see "
        "her/PRON/obj/4 ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/2 told/VERB/ROOT/0/tell her/PRON/obj/2 ./PUNCT/punct/2",
        "Anna/PROPN/nsubj/2 left/VERB/ROOT/0/leave ./PUNCT/punct/2",
        "He/PRON/nsubj/2 said/VERB/ROOT/0/say yes/INTJ/obj/2 ./PUNCT/punct/2",
    )
    # Anna, the nearer subject, has no gender; Tom's two "he"s make him a man, so "He" may be
    # Anna or Tom by recency, but Tom is never excluded as a woman
    resolver = SpeakerResolver(doc)
    tom = next(m.entity for m in resolver.mentions if m.entity.name == "Tom")
    assert tom.gender != "f"


def test_a_pronoun_passes_over_a_name_inside_a_quotation() -> None:
    # '"Quinn is late," she said': the person speaking is not Quinn
    text = 'Quinn said no. Rowan said yes. "Quinn is late," she said.'
    doc = make_doc(
        text,
        "Quinn/PROPN/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
        "Rowan/PROPN/nsubj/2 said/VERB/ROOT/0/say yes/INTJ/obj/2 ./PUNCT/punct/2",
        '"/PUNCT/punct/4 Quinn/PROPN/nsubj/4 is/AUX/cop/4/be late/ADJ/ccomp/8 ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 she/PRON/nsubj/8 said/VERB/ROOT/0/say ./PUNCT/punct/8',
    )
    first, last = doc.text.rindex('"Quinn'), doc.text.rindex('"')
    quoted = [first <= t.idx <= last for t in doc]
    assert SpeakerResolver(doc).resolve(_span(doc, "she")) == "Quinn"  # without the quotation
    assert SpeakerResolver(doc, quoted).resolve(_span(doc, "she")) == "Rowan"


def test_a_name_takes_its_form_from_the_narration_not_from_a_quotation() -> None:
    # inside the quotation the speaker is addressed as "O Rabbit"; the narration says "Rabbit"
    text = '"Come here, O Rabbit," she said. Rabbit said no.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/2 Come/VERB/ccomp/10/come here/ADV/advmod/2 ,/PUNCT/punct/6 O/INTJ/discourse/6 '
        'Rabbit/PROPN/vocative/2 ,/PUNCT/punct/2 "/PUNCT/punct/2 she/PRON/nsubj/10 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/10",
        "Rabbit/PROPN/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
    )
    first, last = doc.text.index('"'), doc.text.index('"', 1)
    quoted = [first <= t.idx <= last for t in doc]
    rabbit = [t for t in doc if t.text == "Rabbit"][1]
    assert SpeakerResolver(doc, quoted).resolve(doc[rabbit.i : rabbit.i + 1]) == "Rabbit"


def test_a_word_opening_a_sentence_joins_a_name_only_as_a_proper_noun() -> None:
    text = "Poor Harriet said nothing."
    doc = make_doc(
        text,
        "Poor/ADJ/amod/2 Harriet/PROPN/nsubj/3 said/VERB/ROOT/0/say nothing/PRON/obj/3 ./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Harriet")) == "Harriet"


def test_a_heading_in_capitals_is_no_part_of_a_name() -> None:
    text = "CHAPTER TWO. WHEN Anna came home, Anna said no."
    doc = make_doc(
        text,
        "CHAPTER/NOUN/ROOT/0 TWO/NUM/nummod/1 ./PUNCT/punct/1",
        "WHEN/PROPN/nsubj/3 Anna/PROPN/flat/1 came/VERB/advcl/7/come home/ADV/advmod/3 "
        ",/PUNCT/punct/3 Anna/PROPN/nsubj/7 said/VERB/ROOT/0/say no/INTJ/obj/7 ./PUNCT/punct/7",
    )
    resolver = SpeakerResolver(doc)
    anna = [t for t in doc if t.text == "Anna"][1]
    assert resolver.resolve(doc[anna.i : anna.i + 1]) == "Anna"
    assert all("WHEN" not in n for m in resolver.mentions for n in m.entity.names)


def test_acronyms_in_capitals_stay_in_names() -> None:
    text = "Ana Ruiz of RT America said no."
    doc = make_doc(
        text,
        "Ana/PROPN/nsubj/6 Ruiz/PROPN/flat/1 of/ADP/case/5 RT/PROPN/compound/5 "
        "America/PROPN/nmod/1 said/VERB/ROOT/0/say no/INTJ/obj/6 ./PUNCT/punct/6",
    )
    names = {n for m in SpeakerResolver(doc).mentions for n in m.entity.names}
    assert "RT America" in names


def test_a_police_rank_is_a_title_not_a_name() -> None:
    text = "Inspector Holt said no."
    doc = make_doc(
        text,
        "Inspector/PROPN/nmod:desc/2 Holt/PROPN/nsubj/3 said/VERB/ROOT/0/say no/INTJ/obj/3 "
        "./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Inspector Holt")) == "Holt"


def test_a_day_of_the_week_is_no_part_of_a_name() -> None:
    text = "On Wednesday Diana said no."
    doc = make_doc(
        text,
        "On/ADP/case/2 Wednesday/PROPN/obl/4 Diana/PROPN/nsubj/4 said/VERB/ROOT/0/say "
        "no/INTJ/obj/4 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Diana")) == "Diana"


def test_she_with_nobody_named_near_is_the_last_woman_named_before() -> None:
    # five sentences without a name between "Ms Reeves" and "she": beyond the window a
    # pronoun looks back over, the last person known to be a woman is taken
    text = "Ms Reeves spoke. It rained. It rained. It rained. It rained. It rained. She said no."
    rained = "It/PRON/nsubj/2 rained/VERB/ROOT/0/rain ./PUNCT/punct/2"
    doc = make_doc(
        text,
        "Ms/PROPN/nmod:desc/2 Reeves/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        *[rained] * 5,
        "She/PRON/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Reeves"
    assert SpeakerResolver(doc).resolve(_span(doc, "It")) is None


def test_the_old_lady_stands_for_the_woman_of_the_scene() -> None:
    text = "Mr Hale and Ms Reeves sat down. The old lady smiled."
    doc = make_doc(
        text,
        "Mr/PROPN/nmod:desc/2 Hale/PROPN/nsubj/6 and/CCONJ/cc/5 Ms/PROPN/nmod:desc/5 "
        "Reeves/PROPN/conj/2 sat/VERB/ROOT/0/sit down/ADV/advmod/6 ./PUNCT/punct/6",
        "The/DET/det/3 old/ADJ/amod/3 lady/NOUN/nsubj/4 smiled/VERB/ROOT/0/smile "
        "./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "The old lady")) == "Reeves"


def test_a_pronoun_does_not_stand_for_the_person_its_quotation_addresses() -> None:
    text = "Rowan Reeves waited. Quinn Hale came. She spoke."
    doc = make_doc(
        text,
        "Rowan/PROPN/nsubj/3 Reeves/PROPN/flat/1 waited/VERB/ROOT/0/wait ./PUNCT/punct/3",
        "Quinn/PROPN/nsubj/3 Hale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "She/PRON/nsubj/2 spoke/VERB/ROOT/0/speak ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "She")) == "Quinn Hale"
    assert resolver.resolve(_span(doc, "She"), {"Quinn Hale"}) == "Rowan Reeves"


def test_people_of_one_family_are_two_people() -> None:
    text = "Mary Hale came. John Hale came. Mrs. Hale spoke. Mary Hale left."
    doc = make_doc(
        text,
        "Mary/PROPN/nsubj/3 Hale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "John/PROPN/nsubj/3 Hale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "Mrs./PROPN/nmod:desc/2 Hale/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Mary/PROPN/nsubj/3 Hale/PROPN/flat/1 left/VERB/ROOT/0/leave ./PUNCT/punct/3",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "John Hale")) == "John Hale"
    assert resolver.resolve(_span(doc, "Mary Hale")) == "Mary Hale"
    assert resolver.resolve(_span(doc, "Mrs. Hale")) == "Mary Hale"


def test_a_longer_form_of_a_name_with_two_surnames_is_the_same_person() -> None:
    text = "Pena Nieto spoke. Enrique Pena Nieto left."
    doc = make_doc(
        text,
        "Pena/PROPN/nsubj/3 Nieto/PROPN/flat/1 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Enrique/PROPN/nsubj/4 Pena/PROPN/flat/1 Nieto/PROPN/flat/1 left/VERB/ROOT/0/leave "
        "./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Pena Nieto")) == "Enrique Pena Nieto"


def test_a_title_before_another_phrase_is_not_the_next_names_role() -> None:
    text = "The King and the White Rabbit came in. The King spoke."
    doc = make_doc(
        text,
        "The/DET/det/2 King/NOUN/nsubj/7 and/CCONJ/cc/6 the/DET/det/6 White/PROPN/compound/6 "
        "Rabbit/PROPN/conj/2 came/VERB/ROOT/0/come in/ADV/advmod/7 ./PUNCT/punct/7",
        "The/DET/det/2 King/NOUN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
    )
    second = doc.char_span(text.rindex("The King"), text.rindex("The King") + 8)
    assert SpeakerResolver(doc).resolve(second) != "White Rabbit"


def test_she_skips_a_man_known_by_his_first_name() -> None:
    text = "Emma Hale waited. Tom Ward came. She spoke."
    doc = make_doc(
        text,
        "Emma/PROPN/nsubj/3 Hale/PROPN/flat/1 waited/VERB/ROOT/0/wait ./PUNCT/punct/3",
        "Tom/PROPN/nsubj/3 Ward/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "She/PRON/nsubj/2 spoke/VERB/ROOT/0/speak ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Emma Hale"


def test_first_names_tell_the_usual_sex() -> None:
    from quotekit.names import first_name_sex

    assert (first_name_sex("Emma"), first_name_sex("henry"), first_name_sex("Zzyzx")) == (
        "f",
        "m",
        "",
    )


def test_a_word_of_address_before_a_name_is_no_part_of_it() -> None:
    text = 'Rowan Reeves came in. "Dearest Rowan, sit down."'
    doc = make_doc(
        text,
        "Rowan/PROPN/nsubj/3 Reeves/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 "
        "./PUNCT/punct/3",
        '"/PUNCT/punct/5 Dearest/PROPN/vocative/5 Rowan/PROPN/flat/2 ,/PUNCT/punct/5 '
        'sit/VERB/ROOT/0 down/ADV/advmod/5 ./PUNCT/punct/5 "/PUNCT/punct/5',
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Dearest Rowan")) == "Rowan Reeves"


def test_a_first_name_of_the_other_sex_is_another_person_of_the_family() -> None:
    # "Minnie" is a woman's name: not the "Mr. Hale" named before her
    text = "Mr. Hale came. Minnie Hale laughed. Mr. Hale spoke."
    doc = make_doc(
        text,
        "Mr./PROPN/nmod:desc/2 Hale/PROPN/nsubj/3 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "Minnie/PROPN/nsubj/3 Hale/PROPN/flat/1 laughed/VERB/ROOT/0/laugh ./PUNCT/punct/3",
        "Mr./PROPN/nmod:desc/2 Hale/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
    )
    resolver = SpeakerResolver(doc)
    last = doc.char_span(text.rindex("Mr. Hale"), text.rindex("Mr. Hale") + 8)
    assert resolver.resolve(last) != "Minnie Hale"
    assert resolver.resolve(_span(doc, "Minnie Hale")) == "Minnie Hale"


def test_a_titled_surname_of_the_other_sex_is_not_the_man_named_in_full() -> None:
    # "Alfred" is known as a man's name as soon as it is read
    text = "Alfred Hale came. Mrs. Hale spoke."
    doc = make_doc(
        text,
        "Alfred/PROPN/nsubj/3 Hale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "Mrs./PROPN/nmod:desc/2 Hale/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Mrs. Hale")) != "Alfred Hale"


def test_mrs_with_the_surname_of_a_full_name_of_no_known_sex_is_another_person() -> None:
    # "Orrin" is no first name of a known sex: "Mrs. Vale" is his mother or wife, twice
    text = "Orrin Vale came. Mrs. Vale spoke. Mrs. Vale left."
    doc = make_doc(
        text,
        "Orrin/PROPN/nsubj/3 Vale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "Mrs./PROPN/nmod:desc/2 Vale/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
        "Mrs./PROPN/nmod:desc/2 Vale/PROPN/nsubj/3 left/VERB/ROOT/0/leave ./PUNCT/punct/3",
    )
    resolver = SpeakerResolver(doc)
    last = doc.char_span(text.rindex("Mrs. Vale"), text.rindex("Mrs. Vale") + 9)
    assert resolver.resolve(_span(doc, "Mrs. Vale")) != "Orrin Vale"
    assert resolver.resolve(last) == resolver.resolve(_span(doc, "Mrs. Vale"))
    assert resolver.resolve(_span(doc, "Orrin Vale")) == "Orrin Vale"


def test_ms_with_the_surname_of_a_full_name_of_no_known_sex_is_the_same_woman() -> None:
    # news writes "Ms." for the woman it named in full before
    text = "Orrin Vale came. Ms. Vale spoke."
    doc = make_doc(
        text,
        "Orrin/PROPN/nsubj/3 Vale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "Ms./PROPN/nmod:desc/2 Vale/PROPN/nsubj/3 spoke/VERB/ROOT/0/speak ./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Ms. Vale")) == "Orrin Vale"


def test_a_name_the_narration_puts_in_something_is_a_place_no_pronoun_stands_for() -> None:
    text = "They drove into Port Vale. Port Vale was quiet. She sighed."
    doc = make_doc(
        text,
        "They/PRON/nsubj/2 drove/VERB/ROOT/0/drive into/ADP/case/5 Port/PROPN/compound/5 "
        "Vale/PROPN/obl/2 ./PUNCT/punct/2",
        "Port/PROPN/compound/2 Vale/PROPN/nsubj/4 was/AUX/cop/4/be quiet/ADJ/ROOT/0 "
        "./PUNCT/punct/4",
        "She/PRON/nsubj/2 sighed/VERB/ROOT/0/sigh ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) != "Port Vale"


def test_a_name_ending_in_a_word_for_a_place_is_no_one_a_pronoun_stands_for() -> None:
    text = "Lucy walked on. Summer Street was empty. She stopped."
    doc = make_doc(
        text,
        "Lucy/PROPN/nsubj/2 walked/VERB/ROOT/0/walk on/ADV/advmod/2 ./PUNCT/punct/2",
        "Summer/PROPN/compound/2 Street/PROPN/nsubj/4 was/AUX/cop/4/be empty/ADJ/ROOT/0 "
        "./PUNCT/punct/4",
        "She/PRON/nsubj/2 stopped/VERB/ROOT/0/stop ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) != "Summer Street"


def test_she_with_no_person_near_is_not_a_subject_with_a_man_s_first_name() -> None:
    # "Freddy" is never titled nor a speaker: a name that may be a person, but a man's
    text = "Then Freddy ran off. She laughed."
    doc = make_doc(
        text,
        "Then/ADV/advmod/3 Freddy/PROPN/nsubj/3 ran/VERB/ROOT/0/run off/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "She/PRON/nsubj/2 laughed/VERB/ROOT/0/laugh ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) != "Freddy"


def test_a_lone_name_not_known_as_a_person_leaves_she_to_the_woman_named_after() -> None:
    # a text opening mid-scene: "Ada" has a woman's first name but is no one seen as a person
    text = "Ada was not there. She sighed. Lucy Grey came."
    doc = make_doc(
        text,
        "Ada/PROPN/nsubj/4 was/AUX/cop/4/be not/PART/advmod/4 there/ADV/ROOT/0 ./PUNCT/punct/4",
        "She/PRON/nsubj/2 sighed/VERB/ROOT/0/sigh ./PUNCT/punct/2",
        "Lucy/PROPN/nsubj/3 Grey/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Lucy Grey"


def test_the_sex_of_a_name_is_learned_from_he_in_the_sentences_after_it() -> None:
    # "Orrin" is no first name of a known sex; each sentence after his names no one
    sentences = []
    for verb in ("came", "stood", "woke"):
        sentences += [
            f"Orrin/PROPN/nsubj/3 Vale/PROPN/flat/1 {verb}/VERB/ROOT/0 ./PUNCT/punct/3",
            "He/PRON/nsubj/2 smiled/VERB/ROOT/0/smile ./PUNCT/punct/2",
        ]
    text = "Orrin Vale came. He smiled. Orrin Vale stood. He smiled. Orrin Vale woke. He smiled."
    resolver = SpeakerResolver(make_doc(text, *sentences))
    assert resolver.mentions[0].entity.gender == "m"


def test_the_sex_of_a_name_is_learned_from_the_pronouns_of_its_own_clause() -> None:
    # "she" is the subject of a clause of her own, "his" is in Orrin Vale's
    sentence = (
        "Orrin/PROPN/nsubj/3 Vale/PROPN/flat/1 nodded/VERB/ROOT/0/nod his/PRON/nmod:poss/5 "
        "head/NOUN/obj/3 ,/PUNCT/punct/9 and/CCONJ/cc/9 she/PRON/nsubj/9 "
        "laughed/VERB/conj/3/laugh ./PUNCT/punct/3"
    )
    text = "Orrin Vale nodded his head, and she laughed. " * 2
    resolver = SpeakerResolver(make_doc(text.strip(), sentence, sentence))
    assert resolver.mentions[0].entity.gender == "m"


def test_a_name_cried_out_is_no_one_a_pronoun_stands_for() -> None:
    text = "Orrin Vale came. God said nothing. He wept."
    doc = make_doc(
        text,
        "Orrin/PROPN/nsubj/3 Vale/PROPN/flat/1 came/VERB/ROOT/0/come ./PUNCT/punct/3",
        "God/PROPN/nsubj/2 said/VERB/ROOT/0/say nothing/PRON/obj/2 ./PUNCT/punct/2",
        "He/PRON/nsubj/2 wept/VERB/ROOT/0/weep ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "He")) == "Orrin Vale"


def test_he_with_no_person_near_is_the_name_the_narration_made_its_subject() -> None:
    # "Grant" is never titled nor a speaker before: not yet known to be a person
    text = "The witness was Grant. Grant looked tired. He spoke."
    doc = make_doc(
        text,
        "The/DET/det/2 witness/NOUN/nsubj/4 was/AUX/cop/4/be Grant/PROPN/ROOT/0 ./PUNCT/punct/4",
        "Grant/PROPN/nsubj/2 looked/VERB/ROOT/0/look tired/ADJ/xcomp/2 ./PUNCT/punct/2",
        "He/PRON/nsubj/2 spoke/VERB/ROOT/0/speak ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "He")) == "Grant"


def test_a_word_named_once_at_a_sentence_start_is_no_antecedent() -> None:
    text = "Lest anyone doubt it, the vote was close. He spoke."
    doc = make_doc(
        text,
        "Lest/PROPN/nsubj/9 anyone/PRON/nsubj/3 doubt/VERB/advcl/9 it/PRON/obj/3 ,/PUNCT/punct/9 "
        "the/DET/det/7 vote/NOUN/nsubj/9 was/AUX/cop/9/be close/ADJ/ROOT/0 ./PUNCT/punct/9",
        "He/PRON/nsubj/2 spoke/VERB/ROOT/0/speak ./PUNCT/punct/2",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "He")) is None


def test_a_mans_full_name_after_his_mothers_title_is_another_person() -> None:
    # "Newland" is no first name the census knows; "Mrs. Archer" came first; the bare surname
    # after them is the one called by a full name
    text = "Mrs. Archer sighed. Newland Archer came in. Archer smiled."
    doc = make_doc(
        text,
        "Mrs./PROPN/nmod:desc/2 Archer/PROPN/nsubj/3 sighed/VERB/ROOT/0/sigh ./PUNCT/punct/3",
        "Newland/PROPN/nsubj/3 Archer/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "Archer/PROPN/nsubj/2 smiled/VERB/ROOT/0/smile ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    first = doc.char_span(0, len("Mrs. Archer"))
    last = doc.char_span(text.rindex("Archer"), len(text) - len(" smiled."))
    assert resolver.resolve(first) != "Newland Archer"
    assert resolver.resolve(last) == "Newland Archer"


def test_the_rank_of_someone_the_text_calls_by_it_is_them() -> None:
    text = "The Countess laughed. Then the countess spoke."
    doc = make_doc(
        text,
        "The/DET/det/2 Countess/PROPN/nsubj/3 laughed/VERB/ROOT/0/laugh ./PUNCT/punct/3",
        "Then/ADV/advmod/4 the/DET/det/3 countess/NOUN/nsubj/4 spoke/VERB/ROOT/0/speak "
        "./PUNCT/punct/4",
    )
    second = doc.char_span(text.index("the countess"), text.index("the countess") + 12)
    assert SpeakerResolver(doc).resolve(second) == "Countess"


def test_a_common_noun_is_not_the_name_a_heading_made_of_it() -> None:
    text = "Bank Fined. The bank said it would pay."
    doc = make_doc(
        text,
        "Bank/PROPN/nsubj/2 Fined/VERB/ROOT/0/fine ./PUNCT/punct/2",
        "The/DET/det/2 bank/NOUN/nsubj/3 said/VERB/ROOT/0/say it/PRON/nsubj/6 would/AUX/aux/6 "
        "pay/VERB/ccomp/3 ./PUNCT/punct/3",
    )
    span = doc.char_span(text.index("The bank"), text.index("The bank") + 8)
    assert SpeakerResolver(doc).resolve(span) is None


def test_she_opening_a_text_is_the_first_woman_named_after() -> None:
    # an excerpt that starts in the middle of a scene names her later
    text = "She laughed. Tom frowned. Mrs. Hale went out."
    doc = make_doc(
        text,
        "She/PRON/nsubj/2 laughed/VERB/ROOT/0/laugh ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/2 frowned/VERB/ROOT/0/frown ./PUNCT/punct/2",
        "Mrs./PROPN/nmod:desc/2 Hale/PROPN/nsubj/3 went/VERB/ROOT/0/go out/ADV/advmod/3 "
        "./PUNCT/punct/3",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "She")) == "Hale"


def test_a_rank_opening_a_name_tells_the_sex() -> None:
    # "the Countess Vorn" is a woman and "the Duke" a man: "she" after both is the countess,
    # not Mrs. Pell, named before them
    text = "Mrs. Pell left. The Countess Vorn came in, and the Duke rose. She smiled."
    doc = make_doc(
        text,
        "Mrs./PROPN/nmod:desc/2 Pell/PROPN/nsubj/3 left/VERB/ROOT/0/leave ./PUNCT/punct/3",
        "The/DET/det/2 Countess/PROPN/nsubj/4 Vorn/PROPN/flat/2 came/VERB/ROOT/0/come "
        "in/ADV/advmod/4 ,/PUNCT/punct/10 and/CCONJ/cc/10 the/DET/det/9 Duke/PROPN/nsubj/10 "
        "rose/VERB/conj/4/rise ./PUNCT/punct/4",
        "She/PRON/nsubj/2 smiled/VERB/ROOT/0/smile ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "She")) == "Countess Vorn"
    assert resolver.gender("Duke") == "m"


def test_aunt_or_uncle_before_a_name_tells_the_sex_and_is_no_first_name() -> None:
    text = "Uncle Ravi came in. Aunt Tova sat down. He smiled."
    doc = make_doc(
        text,
        "Uncle/PROPN/nsubj/3 Ravi/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "Aunt/PROPN/nsubj/3 Tova/PROPN/flat/1 sat/VERB/ROOT/0/sit down/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "He/PRON/nsubj/2 smiled/VERB/ROOT/0/smile ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.gender("Uncle Ravi") == "m" and resolver.gender("Aunt Tova") == "f"
    assert resolver.resolve(_span(doc, "He")) == "Uncle Ravi"


def test_she_with_only_men_named_near_is_the_woman_who_spoke_last() -> None:
    # 'Mrs. Pell' is the last woman the narration names, but the scene's woman is Ada, who
    # asked the question before the men's sentences
    text = (
        'Ada Vorn came in. "Where is Tom?" asked Ada. She waited for Mrs. Pell. '
        'Tom Hale looked up. Tom sat. Tom read. Tom nodded. "Yes," she said.'
    )
    doc = make_doc(
        text,
        "Ada/PROPN/nsubj/3 Vorn/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 ./PUNCT/punct/3",
        '"/PUNCT/punct/3 Where/ADV/advmod/3 is/VERB/ccomp/7/be Tom/PROPN/nsubj/3 ?/PUNCT/punct/3 '
        '"/PUNCT/punct/3 asked/VERB/ROOT/0/ask Ada/PROPN/nsubj/7 ./PUNCT/punct/7',
        "She/PRON/nsubj/2 waited/VERB/ROOT/0/wait for/ADP/case/5 Mrs./PROPN/nmod:desc/5 "
        "Pell/PROPN/obl/2 ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/3 Hale/PROPN/flat/1 looked/VERB/ROOT/0/look up/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "Tom/PROPN/nsubj/2 sat/VERB/ROOT/0/sit ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/2 read/VERB/ROOT/0/read ./PUNCT/punct/2",
        "Tom/PROPN/nsubj/2 nodded/VERB/ROOT/0/nod ./PUNCT/punct/2",
        '"/PUNCT/punct/2 Yes/INTJ/ccomp/6 ,/PUNCT/punct/2 "/PUNCT/punct/2 she/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    rec = annotate(doc, InputDoc("t", text, "t"))
    said = [q for q in rec.quotes if q.quote.text.startswith('"Yes')]
    assert said and said[0].speaker is not None
    assert said[0].speaker.name == "Ada Vorn"
    resolver = SpeakerResolver(doc)
    she = doc.char_span(text.rindex("she"), text.rindex("she") + 3)
    assert resolver.resolve(she) == "Pell"  # (with no speakers given: the last woman named)
    assert resolver.resolve(she, (), ["Tom Hale", "Ada Vorn"]) == "Ada Vorn"


def test_a_first_name_no_list_holds_ending_in_a_is_a_womans() -> None:
    # "Zorina" is in no list of first names; Tom is named after her, and "she" is her
    text = "Zorina Petrova waited at the gate. Tom came out. She waved. The Boca Vista office closed."
    doc = make_doc(
        text,
        "Zorina/PROPN/nsubj/3 Petrova/PROPN/flat/1 waited/VERB/ROOT/0/wait at/ADP/case/6 "
        "the/DET/det/6 gate/NOUN/obl/3 ./PUNCT/punct/3",
        "Tom/PROPN/nsubj/2 came/VERB/ROOT/0/come out/ADV/advmod/2 ./PUNCT/punct/2",
        "She/PRON/nsubj/2 waved/VERB/ROOT/0/wave ./PUNCT/punct/2",
        "The/DET/det/4 Boca/PROPN/compound/4 Vista/PROPN/flat/2 office/NOUN/nsubj/5 "
        "closed/VERB/ROOT/0/close ./PUNCT/punct/5",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.gender("Zorina Petrova") == "f"
    assert resolver.resolve(_span(doc, "She")) == "Zorina Petrova"
    assert resolver.gender("Boca Vista") == ""  # (a name that only modifies is no one's)


def test_a_word_cried_out_that_names_no_one_is_no_address() -> None:
    # (the parser took "Hush" for a name, as it takes an imperative that opens a quotation)
    text = '"Hush, please," said Ann Vale. "Tom, come here," said Ann Vale.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/7 Hush/PROPN/discourse/7 ,/PUNCT/punct/2 please/INTJ/discourse/2 '
        ',/PUNCT/punct/7 "/PUNCT/punct/7 said/VERB/ROOT/0/say Ann/PROPN/nsubj/7 '
        "Vale/PROPN/flat/8 ./PUNCT/punct/7",
        '"/PUNCT/punct/8 Tom/PROPN/vocative/4 ,/PUNCT/punct/2 come/VERB/ccomp/8/come '
        'here/ADV/advmod/4 ,/PUNCT/punct/8 "/PUNCT/punct/8 said/VERB/ROOT/0/say '
        "Ann/PROPN/nsubj/8 Vale/PROPN/flat/9 ./PUNCT/punct/8",
    )
    resolver = SpeakerResolver(doc)
    first = QuoteCandidate("direct", 0, text.index(" said"), None, "direct-quotation")
    second_at = text.index('"Tom')
    second = QuoteCandidate("direct", second_at, text.rindex(" said"), None, "direct-quotation")
    assert _addressed(doc, first, resolver) == []
    assert [name for _, name in _addressed(doc, second, resolver)] == ["Tom"]


def test_a_first_name_alone_before_a_full_name_with_it_may_be_another_man() -> None:
    # "Charles" is named alone before "Charles Hale" comes in: two men, as a novel has them
    text = "Charles laughed. Charles Hale came in. Charles said no."
    doc = make_doc(
        text,
        "Charles/PROPN/nsubj/2 laughed/VERB/ROOT/0/laugh ./PUNCT/punct/2",
        "Charles/PROPN/nsubj/3 Hale/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "Charles/PROPN/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
    )
    resolver = SpeakerResolver(doc)
    last = doc.char_span(text.rindex("Charles"), text.rindex("Charles") + 7)
    assert resolver.resolve(last) == "Charles"
    # (a surname named alone first is the same person: "Xi", then "Xi Jinping")
    text = "Xi spoke. Xi Jinping left. Xi said no."
    doc = make_doc(
        text,
        "Xi/PROPN/nsubj/2 spoke/VERB/ROOT/0/speak ./PUNCT/punct/2",
        "Xi/PROPN/nsubj/3 Jinping/PROPN/flat/1 left/VERB/ROOT/0/leave ./PUNCT/punct/3",
        "Xi/PROPN/nsubj/2 said/VERB/ROOT/0/say no/INTJ/obj/2 ./PUNCT/punct/2",
    )
    last = doc.char_span(text.rindex("Xi"), text.rindex("Xi") + 2)
    assert SpeakerResolver(doc).resolve(last) == "Xi Jinping"


def test_the_rank_that_opens_a_name_stands_for_its_bearer() -> None:
    text = "Countess Varga came in. Then the countess spoke."
    doc = make_doc(
        text,
        "Countess/PROPN/nsubj/3 Varga/PROPN/flat/1 came/VERB/ROOT/0/come in/ADV/advmod/3 "
        "./PUNCT/punct/3",
        "Then/ADV/advmod/4 the/DET/det/3 countess/NOUN/nsubj/4 spoke/VERB/ROOT/0/speak "
        "./PUNCT/punct/4",
    )
    span = doc.char_span(text.index("the countess"), text.index("the countess") + 12)
    assert SpeakerResolver(doc).resolve(span) == "Countess Varga"


def _quoted(doc):  # type: ignore[no-untyped-def]
    """For each token, whether it stands between quotation marks."""
    out, inside = [], False
    for tok in doc:
        if tok.text == '"':
            inside = not inside
            out.append(True)
        else:
            out.append(inside)
    return out


def test_he_of_a_cue_is_the_subject_of_the_narration_just_before() -> None:
    # the man the narration last named is known to be a man (his title); the subject is not,
    # yet the one who looks up and speaks is the subject
    text = 'Mr. Grey came in. Zorvath Quill was watching Mr. Grey. "Wait," he said.'
    doc = make_doc(
        text,
        "Mr./PROPN/compound/2 Grey/PROPN/nsubj/3 came/VERB/ROOT/0/come in/ADV/advmod/3 ./PUNCT/punct/3",
        "Zorvath/PROPN/nsubj/4 Quill/PROPN/flat/1 was/AUX/aux/4/be watching/VERB/ROOT/0/watch "
        "Mr./PROPN/compound/6 Grey/PROPN/obj/4 ./PUNCT/punct/4",
        '"/PUNCT/punct/2 Wait/VERB/ccomp/6/wait ,/PUNCT/punct/2 "/PUNCT/punct/2 he/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    assert SpeakerResolver(doc, _quoted(doc)).resolve(_span(doc, "he")) == "Zorvath Quill"
    # not off a sentence with a second subject: the nearer one may be the speaker
    text = 'Mr. Grey came in. Zorvath Quill grew so fast that Mr. Grey stared. "Wait," he said.'
    doc = make_doc(
        text,
        "Mr./PROPN/compound/2 Grey/PROPN/nsubj/3 came/VERB/ROOT/0/come in/ADV/advmod/3 ./PUNCT/punct/3",
        "Zorvath/PROPN/nsubj/3 Quill/PROPN/flat/1 grew/VERB/ROOT/0/grow so/ADV/advmod/5 "
        "fast/ADV/advmod/3 that/SCONJ/mark/9 Mr./PROPN/compound/8 Grey/PROPN/nsubj/9 "
        "stared/VERB/ccomp/3/stare ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Wait/VERB/ccomp/6/wait ,/PUNCT/punct/2 "/PUNCT/punct/2 he/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    assert SpeakerResolver(doc, _quoted(doc)).resolve(_span(doc, "he")) == "Grey"


def test_he_of_a_cue_is_the_subject_of_the_last_main_clause_in_the_paragraph_before() -> None:
    # a paragraph of narration ('beat') before the quotation's: of "Grey waited, but Quill
    # eyed Mr. Grey." the last main clause's subject speaks
    text = (
        'Mr. Grey came in.\n\nMr. Grey waited, but Zorvath Quill eyed Mr. Grey.\n\n'
        '"Wait," he said.'
    )
    doc = make_doc(
        text,
        "Mr./PROPN/compound/2 Grey/PROPN/nsubj/3 came/VERB/ROOT/0/come in/ADV/advmod/3 ./PUNCT/punct/3",
        "Mr./PROPN/compound/2 Grey/PROPN/nsubj/3 waited/VERB/ROOT/0/wait ,/PUNCT/punct/8 "
        "but/CCONJ/cc/8 Zorvath/PROPN/nsubj/8 Quill/PROPN/flat/6 eyed/VERB/conj/3/eye "
        "Mr./PROPN/compound/10 Grey/PROPN/obj/8 ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Wait/VERB/ccomp/6/wait ,/PUNCT/punct/2 "/PUNCT/punct/2 he/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    assert SpeakerResolver(doc, _quoted(doc)).resolve(_span(doc, "he")) == "Zorvath Quill"


def test_he_of_a_cue_after_a_he_of_the_narration_is_the_same_man() -> None:
    # the narration's "he" follows another subject in its sentence; it stands for the man
    # named in that sentence, and the cue's "he" for him, not for the man he looks at
    text = 'The fire died. A smile crossed Lord Quill\'s face, and he looked at Mr. Grey. "Wait," he said.'
    doc = make_doc(
        text,
        "The/DET/det/2 fire/NOUN/nsubj/3 died/VERB/ROOT/0/die ./PUNCT/punct/3",
        "A/DET/det/2 smile/NOUN/nsubj/3 crossed/VERB/ROOT/0/cross Lord/PROPN/compound/5 "
        "Quill/PROPN/nmod:poss/7 's/PART/case/5 face/NOUN/obj/3 ,/PUNCT/punct/11 "
        "and/CCONJ/cc/11 he/PRON/nsubj/11 looked/VERB/conj/3/look at/ADP/case/14 "
        "Mr./PROPN/compound/14 Grey/PROPN/obl/11 ./PUNCT/punct/3",
        '"/PUNCT/punct/2 Wait/VERB/ccomp/6/wait ,/PUNCT/punct/2 "/PUNCT/punct/2 he/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    cue = doc[len(doc) - 3 : len(doc) - 2]
    assert cue.text == "he"
    assert SpeakerResolver(doc, _quoted(doc)).resolve(cue) == "Quill"


def test_relative_pronoun_after_a_dash_or_a_name_with_from_takes_the_name() -> None:
    text = "A note came from Ann, who wrote it. Tom Hale--who was late--came in."
    doc = make_doc(
        text,
        "A/DET/det/2 note/NOUN/nsubj/3 came/VERB/ROOT/0/come from/ADP/case/5 Ann/PROPN/obl/3 "
        ",/PUNCT/punct/8 who/PRON/nsubj/8 wrote/VERB/acl:relcl/5/write it/PRON/obj/8 "
        "./PUNCT/punct/3",
        "Tom/PROPN/nsubj/8 Hale/PROPN/flat/1 --/PUNCT/punct/5 who/PRON/nsubj/6 was/AUX/cop/6 "
        "late/ADJ/acl:relcl/1 --/PUNCT/punct/6 came/VERB/ROOT/0/come in/ADV/advmod/8 "
        "./PUNCT/punct/8",
    )
    resolver = SpeakerResolver(doc)
    assert resolver.resolve(_span(doc, "who wrote")[0:1]) == "Ann"
    assert resolver.resolve(_span(doc, "who was")[0:1]) == "Tom Hale"


def test_relative_pronoun_joined_by_and_takes_the_first_ones_antecedent() -> None:
    text = "Tom Hale, who sat near, and who spoke."
    doc = make_doc(
        text,
        "Tom/PROPN/ROOT/0 Hale/PROPN/flat/1 ,/PUNCT/punct/5 who/PRON/nsubj/5 "
        "sat/VERB/acl:relcl/1/sit near/ADV/advmod/5 ,/PUNCT/punct/10 and/CCONJ/cc/10 "
        "who/PRON/nsubj/10 spoke/VERB/conj/5/speak ./PUNCT/punct/1",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "who spoke")[0:1]) == "Tom Hale"


def test_titles_of_local_office_and_rank_are_no_part_of_the_name() -> None:
    # "Treasurer Marcus Bell", "Lt. Ana Ruiz": a title, as "Mayor" or "Sen." is
    text = "Treasurer Marcus Bell said the budget was balanced."
    doc = make_doc(
        text,
        "Treasurer/PROPN/compound/3 Marcus/PROPN/nsubj/4 Bell/PROPN/flat/2 said/VERB/ROOT/0/say "
        "the/DET/det/6 budget/NOUN/nsubj/8 was/AUX/cop/8/be balanced/ADJ/ccomp/4 ./PUNCT/punct/4",
    )
    assert SpeakerResolver(doc).resolve(_span(doc, "Treasurer Marcus Bell")) == "Marcus Bell"


def test_he_of_a_cue_is_the_man_of_a_beat_the_parse_made_one_name() -> None:
    # 'Sir Tom Hale frowned.' parsed as a name of four words with no subject: its man speaks,
    # not the man the sentence before made its subject
    text = 'Mr. Grey came in. Sir Tom Hale frowned. "Wait," he said.'
    doc = make_doc(
        text,
        "Mr./PROPN/compound/2 Grey/PROPN/nsubj/3 came/VERB/ROOT/0/come in/ADV/advmod/3 ./PUNCT/punct/3",
        "Sir/PROPN/ROOT/0 Tom/PROPN/flat/1 Hale/PROPN/flat/1 frowned/VERB/flat/1/frown "
        "./PUNCT/punct/1",
        '"/PUNCT/punct/2 Wait/VERB/ccomp/6/wait ,/PUNCT/punct/2 "/PUNCT/punct/2 he/PRON/nsubj/6 '
        "said/VERB/ROOT/0/say ./PUNCT/punct/6",
    )
    assert SpeakerResolver(doc, _quoted(doc)).resolve(_span(doc, "he")) == "Tom Hale"


def test_she_may_stand_for_a_rank_in_small_letters_that_a_name_of_the_text_bears() -> None:
    # "the duchess" of the narration is the one the others call "Duchess": the woman handed
    # a letter speaks, not the other woman named before her (a rank says her sex)
    text = (
        '"Good evening, Duchess," said Tom Hale. He bowed to Lady Ann Cole. A maid handed the '
        'duchess a letter from home. "How dull!" she cried.'
    )
    doc = make_doc(
        text,
        '"/PUNCT/punct/2 Good/ADJ/amod/3 evening/NOUN/ccomp/8 ,/PUNCT/punct/5 '
        'Duchess/PROPN/vocative/3 ,/PUNCT/punct/3 "/PUNCT/punct/3 said/VERB/ROOT/0/say '
        "Tom/PROPN/nsubj/8 Hale/PROPN/flat/9 ./PUNCT/punct/8",
        "He/PRON/nsubj/2 bowed/VERB/ROOT/0/bow to/ADP/case/6 Lady/PROPN/compound/6 "
        "Ann/PROPN/compound/6 Cole/PROPN/obl/2 ./PUNCT/punct/2",
        "A/DET/det/2 maid/NOUN/nsubj/3 handed/VERB/ROOT/0/hand the/DET/det/5 "
        "duchess/NOUN/iobj/3 a/DET/det/7 letter/NOUN/obj/3 from/ADP/case/9 home/NOUN/nmod/7 "
        "./PUNCT/punct/3",
        '"/PUNCT/punct/3 How/ADV/advmod/3 dull/ADJ/ccomp/7 !/PUNCT/punct/3 "/PUNCT/punct/3 '
        "she/PRON/nsubj/7 cried/VERB/ROOT/0/cry ./PUNCT/punct/7",
    )
    assert SpeakerResolver(doc, _quoted(doc)).resolve(_span(doc, "she")) == "Duchess"
