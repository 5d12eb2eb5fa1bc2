"""The speaker of a cue (quotekit.speakers.cue), read off the parse: subjects, agents, names
with their titles, and the words the parser took for a subject; on hand-built parses."""

from __future__ import annotations

from conftest import make_doc, records, triples

from quotekit.pipeline import annotate
from quotekit.records import InputDoc


def test_speaker_expands_over_title_and_name() -> None:
    text = "Russia's Foreign Minister Sergei Lavrov said the talks failed."
    doc = make_doc(text, "Russia/PROPN/nmod:poss/4 's/PART/case/1 Foreign/ADJ/amod/4 "
                   "Minister/PROPN/nsubj/7 Sergei/PROPN/flat/4 Lavrov/PROPN/flat/5 said/VERB/ROOT/0/say "
                   "the/DET/det/9 talks/NOUN/nsubj/10/talk failed/VERB/ccomp/7/fail ./PUNCT/punct/7")
    assert records(doc) == [
        ("indirect", "the talks failed", "Russia's Foreign Minister Sergei Lavrov", "said",
         "ccomp-complement")]


def test_speaker_of_relative_clause_is_its_noun() -> None:
    text = "Lavrov, who said the talks failed, left."
    doc = make_doc(text, "Lavrov/PROPN/nsubj/9 ,/PUNCT/punct/4 who/PRON/nsubj/4 "
                   "said/VERB/acl:relcl/1/say the/DET/det/6 talks/NOUN/nsubj/7/talk "
                   "failed/VERB/ccomp/4/fail ,/PUNCT/punct/4 left/VERB/ROOT/0/leave ./PUNCT/punct/9")
    assert records(doc) == [("indirect", "the talks failed", "Lavrov", "said", "ccomp-complement")]


def test_verb_coordinated_onto_a_noun_finds_the_subject() -> None:
    # a weak parse: "praises" coordinated with the object "influence"
    text = "He criticizes U.S. influence and praises China's stance."
    doc = make_doc(text, "He/PRON/nsubj/2 criticizes/VERB/ROOT/0/criticize U.S./PROPN/compound/4 "
                   "influence/NOUN/obj/2 and/CCONJ/cc/6 praises/VERB/conj/4/praise "
                   "China/PROPN/nmod:poss/9 's/PART/case/7 stance/NOUN/obj/6 ./PUNCT/punct/2")
    assert [t[2] for t in triples(doc)] == ["He", "He"]


def test_no_post_verbal_subject_from_a_climbed_clause() -> None:
    # "said" hangs on "follow" inside the quotation; "your instincts" is follow's object
    text = 'Lund urged them to "follow your instincts" and said he stood on principle.'
    doc = make_doc(text, 'Lund/PROPN/nsubj/2 urged/VERB/ROOT/0/urge them/PRON/obj/2/they to/PART/mark/6 '
                   '"/PUNCT/punct/6 follow/VERB/xcomp/2 your/PRON/nmod:poss/8/you instincts/NOUN/obj/6 '
                   '"/PUNCT/punct/6 and/CCONJ/cc/11 said/VERB/conj/6/say he/PRON/nsubj/13 '
                   'stood/VERB/ccomp/11/stand on/ADP/case/15 principle/NOUN/obl/13 ./PUNCT/punct/2')
    said = [t for t in triples(doc) if t[3] == "said"]
    assert [t[2] for t in said] == ["Lund"]


def test_time_is_no_speaker_and_the_noun_before_the_cue_is() -> None:
    # the parser hangs "The Herald" elsewhere and gives "said" only a time
    text = "The Herald on Sunday wrote that the deficit was large."
    doc = make_doc(text, "The/DET/det/2 Herald/PROPN/nmod/4 on/ADP/case/4 Sunday/PROPN/obl:tmod/5 "
                   "wrote/VERB/ROOT/0/write that/SCONJ/mark/10 the/DET/det/8 deficit/NOUN/nsubj/10 "
                   "was/AUX/cop/10/be large/ADJ/ccomp/5 ./PUNCT/punct/5")
    assert records(doc) == [
        ("indirect", "that the deficit was large", "The Herald", "wrote", "ccomp-complement")]


def test_dateline_taken_for_the_subject() -> None:
    # the parse makes the dateline the subject and the speaker its apposition
    text = "WASHINGTON -- President Ferreira said the library would tell a story."
    doc = make_doc(
        text,
        "WASHINGTON/PROPN/nsubj/5 --/PUNCT/punct/4 President/PROPN/nmod:desc/4 Ferreira/PROPN/appos/1 "
        "said/VERB/ROOT/0/say the/DET/det/7 library/NOUN/nsubj/9 would/AUX/aux/9 tell/VERB/ccomp/5 "
        "a/DET/det/11 story/NOUN/obj/9 ./PUNCT/punct/5",
    )
    assert [t[2] for t in triples(doc)] == ["President Ferreira"]


def test_heading_before_a_colon_is_no_speaker() -> None:
    text = "Anger with landlords: Local housing activists say rents are too high."
    doc = make_doc(
        text,
        "Anger/NOUN/nsubj/8 with/ADP/case/3 landlords/NOUN/nmod/1 :/PUNCT/punct/1 "
        "Local/ADJ/amod/6 housing/NOUN/compound/7 activists/NOUN/appos/1/activist say/VERB/ROOT/0 "
        "rents/NOUN/nsubj/12/rent are/AUX/cop/12/be too/ADV/advmod/12 "
        "high/ADJ/ccomp/8 ./PUNCT/punct/8",
    )
    assert [t[2] for t in triples(doc)] == ["Local housing activists"]


def test_speaker_set_off_by_commas_before_the_cue() -> None:
    # '<content subject>, X said, <content>': the parse takes the content's subject for the cue's
    text = "The festival, Mr. Lund said, honored his teachers."
    doc = make_doc(
        text,
        "The/DET/det/2 festival/NOUN/nsubj/6 ,/PUNCT/punct/5 Mr./PROPN/nmod:desc/5 Lund/PROPN/appos/2 "
        "said/VERB/ROOT/0/say ,/PUNCT/punct/8 honored/VERB/ccomp/6/honor "
        "his/PRON/nmod:poss/10 teachers/NOUN/obj/8/teacher ./PUNCT/punct/6",
    )
    assert [t[2] for t in triples(doc)] == ["Mr. Lund"]


def test_an_institutions_name_goes_on_past_of() -> None:
    text = "The Bureau of Labor Statistics said jobs grew."
    doc = make_doc(
        text,
        "The/DET/det/2 Bureau/PROPN/nsubj/6 of/ADP/case/5 Labor/PROPN/compound/5 "
        "Statistics/PROPN/nmod/2 said/VERB/ROOT/0/say jobs/NOUN/nsubj/8/job "
        "grew/VERB/ccomp/6/grow ./PUNCT/punct/6",
    )
    assert records(doc) == [
        ("indirect", "jobs grew", "The Bureau of Labor Statistics", "said", "ccomp-complement")]


def test_a_persons_affiliation_is_not_part_of_the_speaker() -> None:
    text = "Analyst Rita Gomez of Lakeside University said jobs grew."
    doc = make_doc(
        text,
        "Analyst/NOUN/compound/2 Rita/PROPN/nsubj/7 Gomez/PROPN/flat/2 of/ADP/case/6 "
        "Lakeside/PROPN/compound/6 University/PROPN/nmod/2 said/VERB/ROOT/0/say "
        "jobs/NOUN/nsubj/9/job grew/VERB/ccomp/7/grow ./PUNCT/punct/7",
    )
    assert triples(doc)[0][2] == "Analyst Rita Gomez"


def test_a_title_opening_the_sentence_keeps_its_office_and_name() -> None:
    text = "Secretary of State Maria Olsen said talks failed."
    doc = make_doc(
        text,
        "Secretary/PROPN/nsubj/6 of/ADP/case/3 State/PROPN/nmod/1 Maria/PROPN/appos/1 "
        "Olsen/PROPN/flat/4 said/VERB/ROOT/0/say talks/NOUN/nsubj/8/talk "
        "failed/VERB/ccomp/6/fail ./PUNCT/punct/6",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("Secretary of State Maria Olsen", "Maria Olsen")


def test_the_object_of_a_participle_is_the_one_told_not_the_speaker() -> None:
    text = "Trump left, telling reporters he was done."
    doc = make_doc(
        text,
        "Trump/PROPN/nsubj/2 left/VERB/ROOT/0/leave/VBD ,/PUNCT/punct/4 "
        "telling/VERB/advcl/2/tell/VBG reporters/NOUN/obj/4/reporter he/PRON/nsubj/8 "
        "was/AUX/cop/8/be/VBD done/ADJ/ccomp/4 ./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "he was done", "Trump", "telling", "ccomp-complement")]


def test_of_two_subjects_the_one_next_to_the_cue_speaks() -> None:
    # the parse makes the fronted phrase a second subject
    text = "This spring, Manafort told friends he was ready."
    doc = make_doc(
        text,
        "This/DET/det/2 spring/NOUN/nsubj/5 ,/PUNCT/punct/2 Manafort/PROPN/nsubj/5 "
        "told/VERB/ROOT/0/tell/VBD friends/NOUN/obj/5/friend he/PRON/nsubj/9 "
        "was/AUX/cop/9/be/VBD ready/ADJ/ccomp/5 ./PUNCT/punct/5",
    )
    assert records(doc) == [("indirect", "he was ready", "Manafort", "told", "ccomp-complement")]


def test_an_adverb_the_parse_made_a_subject_does_not_speak() -> None:
    text = "Ray Ellis disingenuously claimed that taxes fell."
    doc = make_doc(
        text,
        "Ray/PROPN/nsubj/4 Ellis/PROPN/flat/1 disingenuously/ADV/nsubj/4 "
        "claimed/VERB/ROOT/0/claim/VBD that/SCONJ/mark/7 taxes/NOUN/nsubj/7/tax "
        "fell/VERB/ccomp/4/fall/VBD ./PUNCT/punct/4",
    )
    assert records(doc) == [
        ("indirect", "that taxes fell", "Ray Ellis", "claimed", "ccomp-complement")]


def test_the_one_told_is_no_inverted_speaker() -> None:
    text = "Later told a town hall that taxes fell."
    doc = make_doc(
        text,
        "Later/ADV/advmod/2 told/VERB/ROOT/0/tell/VBD a/DET/det/5 town/NOUN/compound/5 "
        "hall/NOUN/obj/2 that/SCONJ/mark/8 taxes/NOUN/nsubj/8/tax fell/VERB/ccomp/2/fall/VBD "
        "./PUNCT/punct/2",
    )
    assert records(doc) == [("indirect", "that taxes fell", None, "told", "ccomp-complement")]


def test_name_after_a_quotation_before_its_apposition_speaks() -> None:
    # the parse gave "said" no subject and hung the name on the quotation
    text = '"The plan will not work," Nina Okoro, a top adviser, said.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 The/DET/det/3 plan/NOUN/nsubj/6 will/AUX/aux/6 not/PART/advmod/6 '
        'work/VERB/ccomp/16/work/VB ,/PUNCT/punct/6 "/PUNCT/punct/9 Nina/PROPN/parataxis/6 '
        "Okoro/PROPN/flat/9 ,/PUNCT/punct/14 a/DET/det/14 top/ADJ/amod/14 "
        "adviser/NOUN/appos/9 ,/PUNCT/punct/16 said/VERB/ROOT/0/say/VBD ./PUNCT/punct/16",
    )
    assert records(doc) == [
        ("direct", '"The plan will not work,"', "Nina Okoro", "said", "direct-cue-after")]


def test_phrase_right_after_a_quotation_speaks_when_the_parse_gave_no_subject() -> None:
    # a long apposition with a verb of its own keeps the frame rules from the name; the
    # phrase that opens the words after the quotation is the speaker
    text = '"We will win," Jim Bennett, who was retired in Ohio, told a voter.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 win/VERB/ccomp/16/win/VB ,/PUNCT/punct/4 '
        '"/PUNCT/punct/4 Jim/PROPN/parataxis/4 Bennett/PROPN/flat/7 ,/PUNCT/punct/12 '
        "who/PRON/nsubj:pass/12 was/AUX/aux:pass/12/be/VBD retired/VERB/acl:relcl/7/retire/VBN "
        "in/ADP/case/14 Ohio/PROPN/obl/12 ,/PUNCT/punct/12 told/VERB/ROOT/0/tell/VBD "
        "a/DET/det/18 voter/NOUN/obj/16 ./PUNCT/punct/16",
    )
    assert records(doc) == [("direct", '"We will win,"', "Jim Bennett", "told", "direct-cue-after")]


def test_doubled_apostrophes_close_a_quotation_too() -> None:
    # some papers write quotation marks as two apostrophes
    text = "''We will win,'' Mr. Marlow, a novelist, said dryly."
    doc = make_doc(
        text,
        "''/PUNCT/punct/4 We/PRON/nsubj/4 will/AUX/aux/4 win/VERB/ccomp/13/win/VB "
        ",/PUNCT/punct/4 ''/PUNCT/punct/8 Mr./PROPN/nmod:desc/8 Marlow/PROPN/appos/4 "
        ",/PUNCT/punct/11 a/DET/det/11 novelist/NOUN/conj/8 ,/PUNCT/punct/11 "
        "said/VERB/ROOT/0/say/VBD dryly/ADV/advmod/13 ./PUNCT/punct/13",
    )
    assert records(doc) == [
        ("direct", "''We will win,''", "Mr. Marlow", "said", "direct-cue-after")]


def test_name_opening_the_sentence_before_an_insertion_speaks() -> None:
    # the parse lost the subject across the relative clause set off by commas
    text = "Wilcox, whose studies were paid for by the army, said he agreed."
    doc = make_doc(
        text,
        "Wilcox/PROPN/dep/12 ,/PUNCT/punct/6 whose/PRON/nmod:poss/4 studies/NOUN/nsubj:pass/6 "
        "were/AUX/aux:pass/6/be/VBD paid/VERB/acl:relcl/1/pay/VBN for/ADP/obl/6 by/ADP/case/10 "
        "the/DET/det/10 army/NOUN/obl/6 ,/PUNCT/punct/6 said/VERB/ROOT/0/say/VBD "
        "he/PRON/nsubj/14 agreed/VERB/ccomp/12/agree/VBD ./PUNCT/punct/12",
    )
    assert ("indirect", "he agreed", "Wilcox", "said", "ccomp-complement") in records(doc)


def test_name_past_a_fronted_adverbial_before_an_insertion_speaks() -> None:
    text = "On Sunday, Ortega, the front-runner, called on companies to act."
    doc = make_doc(
        text,
        "On/ADP/case/2 Sunday/PROPN/obl/9 ,/PUNCT/punct/2 Ortega/PROPN/dep/9 ,/PUNCT/punct/7 "
        "the/DET/det/7 front-runner/NOUN/appos/4 ,/PUNCT/punct/7 called/VERB/ROOT/0/call/VBD "
        "on/ADP/case/11 companies/NOUN/obl/9/company to/PART/mark/13 act/VERB/advcl/9/act/VB "
        "./PUNCT/punct/9",
    )
    assert records(doc) == [("indirect", "companies to act", "Ortega", "called", "directive")]


def test_party_and_state_label_is_no_speaker() -> None:
    # the hyphen inside "(D-Ga.)" is no dateline dash, and the party letter the parse took
    # for the subject labels the name before it
    text = "Rep. Dale Porter (D-Ga.) said the bill would fail."
    doc = make_doc(
        text,
        "Rep./PROPN/nsubj/9 Dale/PROPN/flat/1 Porter/PROPN/flat/1 (/PUNCT/punct/5 "
        "D/PROPN/appos/3 -/PUNCT/punct/7 Ga./PROPN/flat/5 )/PUNCT/punct/5 "
        "said/VERB/ROOT/0/say/VBD the/DET/det/11 bill/NOUN/nsubj/13 would/AUX/aux/13 "
        "fail/VERB/ccomp/9/fail/VB ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "the bill would fail", "Rep. Dale Porter", "said", "ccomp-complement")]
    text = "Sen. Carol Dunn (R-SC) said the deal was bad."
    doc = make_doc(
        text,
        "Sen./PROPN/flat/5 Carol/PROPN/flat/1 Dunn/PROPN/flat/1 (/PUNCT/punct/5 "
        "R/PROPN/nsubj/9 -/PUNCT/punct/7 SC/PROPN/flat/5 )/PUNCT/punct/5 "
        "said/VERB/ROOT/0/say/VBD the/DET/det/11 deal/NOUN/nsubj/13 was/AUX/cop/13/be "
        "bad/ADJ/ccomp/9 ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("indirect", "the deal was bad", "Sen. Carol Dunn", "said", "ccomp-complement")]


def test_hyphenated_name_is_one_speaker() -> None:
    text = "Jean-Marc Ayrault said the talks failed."
    doc = make_doc(
        text,
        "Jean/PROPN/nsubj/5 -/PUNCT/punct/3 Marc/PROPN/flat/1 Ayrault/PROPN/flat/1 "
        "said/VERB/ROOT/0/say/VBD the/DET/det/7 talks/NOUN/nsubj/8/talk failed/VERB/ccomp/5/fail "
        "./PUNCT/punct/5",
    )
    (q,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == ("Jean-Marc Ayrault", "Jean-Marc Ayrault")


def test_the_first_person_voice_of_the_text_is_a_narrator() -> None:
    text = '"Never," said I.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/2 Never/ADV/advmod/5 ,/PUNCT/punct/2 "/PUNCT/punct/2 '
        "said/VERB/ROOT/0/say I/PRON/nsubj/5 ./PUNCT/punct/5",
    )
    (quote,) = annotate(doc, InputDoc("t", text, "t")).quotes
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.kind) == ("I", "narrator")


def test_the_name_after_an_inverted_cue_is_the_speaker_where_the_parse_gives_none() -> None:
    text = '"I do not know," remarked the General moodily.'
    doc = make_doc(
        text,
        # (the parse takes the name for a modifier of the adverb, the adverb for an object)
        '"/PUNCT/punct/8 I/PRON/nsubj/5 do/AUX/aux/5 not/PART/advmod/5 know/VERB/ccomp/8 '
        ',/PUNCT/punct/8 "/PUNCT/punct/8 remarked/VERB/ROOT/0/remark the/DET/det/11 '
        "General/PROPN/amod/11 moodily/ADV/obj/8 ./PUNCT/punct/8",
    )
    assert [r[2] for r in records(doc)] == ["General"]


def test_an_object_pronoun_is_no_inverted_speaker_and_the_name_set_off_before_the_cue_is() -> None:
    # the parse made the cue a conjunct of the quotation's verb, with no subject; "it" is what
    # was described, and the name in apposition before the cue described it
    text = '"We cannot compete at these prices" - that is how one farmer, Pedro Alves, described it.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 We/PRON/nsubj/5 can/AUX/aux/5 not/PART/advmod/5 compete/VERB/ROOT/0 '
        'at/ADP/case/8 these/DET/det/8 prices/NOUN/obl/5/price "/PUNCT/punct/5 -/PUNCT/punct/15 '
        "that/PRON/nsubj/15 is/AUX/cop/15/be/VBZ how/ADV/advmod/15 one/NUM/nummod/15 "
        "farmer/NOUN/parataxis/5 ,/PUNCT/punct/17 Pedro/PROPN/conj/15 Alves/PROPN/flat/17 "
        ",/PUNCT/punct/20 described/VERB/conj/5/describe/VBD it/PRON/obj/20 ./PUNCT/punct/5",
    )
    assert records(doc) == [
        ("direct", '"We cannot compete at these prices"', "Pedro Alves", "described",
         "direct-cue-after")]


def test_the_name_right_after_an_inverted_cue_speaks_not_the_word_taken_for_its_subject() -> None:
    # the parse made the name the cue's indirect object and the adverb after it the subject
    text = '"I never liked the place," said Alice aloud.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/4 I/PRON/nsubj/4 never/ADV/advmod/4 liked/VERB/ccomp/9/like/VBD '
        'the/DET/det/6 place/NOUN/obj/4 ,/PUNCT/punct/4 "/PUNCT/punct/9 said/VERB/ROOT/0/say/VBD '
        "Alice/PROPN/iobj/9 aloud/NOUN/nsubj/9 ./PUNCT/punct/9",
    )
    assert records(doc) == [
        ("direct", '"I never liked the place,"', "Alice", "said", "direct-cue-after")]


def test_a_name_after_a_cue_that_interrupts_its_quotation_speaks_whatever_its_tag() -> None:
    # the tagger took the unknown name for an adverb; the cue sits between two pieces
    text = '"Ah, that is better," said Heavywether. "And you knew it?"'
    doc = make_doc(
        text,
        '"/PUNCT/punct/6 Ah/INTJ/discourse/6 ,/PUNCT/punct/2 that/PRON/nsubj/6 is/AUX/cop/6/be/VBZ '
        'better/ADJ/ccomp/9 ,/PUNCT/punct/6 "/PUNCT/punct/6 said/VERB/ROOT/0/say/VBD '
        "Heavywether/ADV/iobj/9 ./PUNCT/punct/9",
        '"/PUNCT/punct/4 And/CCONJ/cc/4 you/PRON/nsubj/4 knew/VERB/ROOT/0/know/VBD it/PRON/obj/4 '
        '?/PUNCT/punct/4 "/PUNCT/punct/4',
    )
    assert [r[2] for r in records(doc)] == ["Heavywether"]


def test_the_name_before_a_participle_set_off_before_the_cue_speaks() -> None:
    # the parse hung the name on an earlier clause and gave "said" no subject
    text = 'The box came, and Mrs Penn, sighing over it, said: "These are his letters."'
    doc = make_doc(
        text,
        "The/DET/det/2 box/NOUN/nsubj/3 came/VERB/ccomp/13/come/VBD ,/PUNCT/punct/6 "
        "and/CCONJ/cc/6 Mrs/PROPN/conj/3 Penn/PROPN/flat/6 ,/PUNCT/punct/9 "
        "sighing/VERB/conj/3/sigh/VBG over/ADP/case/11 it/PRON/obl/9 ,/PUNCT/punct/13 "
        'said/VERB/ROOT/0/say/VBD :/PUNCT/punct/13 "/PUNCT/punct/19 These/PRON/nsubj/19 '
        'are/AUX/cop/19/be/VBP his/PRON/nmod:poss/19 letters/NOUN/ccomp/13/letter '
        './PUNCT/punct/19 "/PUNCT/punct/19',
    )
    assert [r[2] for r in records(doc)] == ["Mrs Penn"]


def test_a_word_of_the_quotation_is_never_its_speaker() -> None:
    # the parse hung the cue on a relative clause of the quotation's "what"
    text = '"You may be right in what you said," remarked the General moodily.'
    doc = make_doc(
        text,
        '"/PUNCT/punct/5 You/PRON/nsubj/5 may/AUX/aux/5 be/AUX/cop/5 right/ADJ/ROOT/0 '
        "in/ADP/case/7 what/PRON/obl/5 you/PRON/nsubj/9 said/VERB/acl:relcl/7/say "
        ',/PUNCT/punct/12 "/PUNCT/punct/12 remarked/VERB/ccomp/9/remark the/DET/det/15 '
        "General/PROPN/amod/15 moodily/ADV/obj/12 ./PUNCT/punct/5",
    )
    assert [r[2] for r in records(doc)] == ["General"]


def test_a_cue_hung_on_a_noun_speaks_for_the_subject_of_that_nouns_verb() -> None:
    # "whispering" hangs on "chance", and "say" on "door": neither noun speaks
    text = 'Ann took the chance of whispering, "Go now."'
    doc = make_doc(
        text,
        "Ann/PROPN/nsubj/2 took/VERB/ROOT/0/take the/DET/det/4 chance/NOUN/obj/2 of/ADP/case/6 "
        'whispering/VERB/nmod/4/whisper/VBG ,/PUNCT/punct/2 "/PUNCT/punct/9 Go/VERB/parataxis/2/go '
        'now/ADV/advmod/9 ./PUNCT/punct/9 "/PUNCT/punct/9',
    )
    assert [t[2] for t in triples(doc)] == ["Ann"]
    text = 'Tom stopped on his way to the door to say to Ann: "Stay here with us tonight."'
    doc = make_doc(
        text,
        "Tom/PROPN/nsubj/2 stopped/VERB/ROOT/0/stop on/ADP/case/5 his/PRON/nmod:poss/5/he "
        "way/NOUN/obl/2 to/ADP/case/8 the/DET/det/8 door/NOUN/nmod/5 to/PART/mark/10 "
        "say/VERB/acl/8/say/VB to/ADP/case/12 Ann/PROPN/obl/10 :/PUNCT/punct/2 "
        '"/PUNCT/punct/15 Stay/VERB/parataxis/2/stay here/ADV/advmod/15 with/ADP/case/18 '
        'us/PRON/obl/15/we tonight/NOUN/obl:tmod/15 ./PUNCT/punct/15 "/PUNCT/punct/15',
    )
    assert [t[2] for t in triples(doc)] == ["Tom"]
