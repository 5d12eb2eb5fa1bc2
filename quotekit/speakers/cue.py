"""Source finding with a cue: the speaker of a verb or noun of saying.

The speaker is the cue's subject (climbing through coordinated and adverbial clauses: "Lavrov
criticized ..., noting that ..."), a subject after the verb ("said Lavrov"), the agent of a
passive, or the noun a relative clause hangs on ("Lavrov, who said ..."); where the parse gives
none, the noun phrase before the cue or the one that opens its attribution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.cue_lexicon import ADDRESSEE_CUES, all_cue_lemmas, verb_lemma
from quotekit.lexicon import (
    BREAKS_BEFORE_SUBJECT,
    HONORIFICS,
    NOMINAL_POS,
    PARTY_LETTERS,
    PERSON_TITLES,
    RELATIVE_WORDS,
    SOURCE_QUALIFIERS,
    SPEAKER_LEFT_DEPS,
    SPEAKER_RIGHT_DEPS,
    SUBJ_DEPS,
    TIME_WORDS,
    is_quote_mark,
)
from quotekit.records import QuoteCandidate
from quotekit.subtrees import left_edge, right_edge
from quotekit.syntax import (
    PHRASE_POS,
    agent_of,
    hyphen_joins,
    inverted_attribution,
    is_passive,
    parenthetical_subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "parataxis", "acl"})


_POSTVERBAL_DEPS = frozenset(
    {
        "nsubj",
        "obj",
        "iobj",
        "appos",
        "obl:npmod",
        "dep",
        "flat",
        "nsubj:pass",
        "obl:unmarked",
        "compound",
        "dislocated",
    }
)


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "me", "us", "this", "that"})
_NEVER_SUBJECTS = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "INTJ", "AUX"})


# cues whose object is the one told or urged, never an inverted speaker ("told a town hall";
# but '"Why?" asked Smith')
_TELLING = ADDRESSEE_CUES - {"ask"}


def speaker_of_cue(cue: Token, cand: QuoteCandidate | None = None) -> Token | None:
    """The head token of the source of a cue verb (or of a noun of saying); never a word of
    the quote itself ('"... in what you have said ...," remarked the General': the parse
    took "what" for the subject), where the words after the cue are tried instead."""
    found = _source(cue, cand)
    if found is not None and cand is not None and _in_content(found, cand):
        return _inverted_subject(cue, cand)
    return found


def _source(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    if cand is not None and cand.rule == "noun-complement":
        return _speaker_of_noun(cue)
    if cand is not None and cand.rule == "question-put":
        # "When asked whether ..., Smith said": Smith was asked; the asker is the agent or
        # unnamed
        return _agent(cue, cand)
    found = _speaker_by_parse(cue, cand)
    if found is not None and not _temporal(found):
        found = _before_party_label(found)
        return _past_a_break(found, cue) or found
    if is_passive(cue):
        return None  # "It was reported that ...", "the ministry was told ...": no source given
    # the parse gave none, or a time ("said this week"): the noun phrase just before the cue,
    # or the one that opens its attribution (after a quotation, or before an insertion)
    return (
        _past_a_noun(cue, cand)
        or _noun_before(cue, cand)
        or _speaker_without_subject(cue, cand)
        or _name_before_insertion(cue)
        or _inverted_subject(cue, cand)
    )


def _inverted_subject(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    """'"...," remarked the General moodily': the noun phrase right after a cue that
    follows its quotation, where the parse gave the cue no subject (it took the name for a
    modifier of the adverb after it)."""
    doc = cue.doc
    if cand is None:
        return None
    # (of a quotation the cue interrupts, the piece before it)
    end = max((e for _, e in cand.fragments if e <= cue.idx), default=cand.end)
    if end > cue.idx or doc.text[end : cue.idx].strip(" ,;\n\t"):
        return None
    k = cue.i + 1
    if k < len(doc) and doc[k].lower_ == "in" and cue.lemma_.lower() == "put":
        k += 1  # '"...," put in Mrs. Lane'
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    last: Token | None = None
    while k < len(doc) and k <= cue.i + 5:
        tok = doc[k]
        named = tok.text[:1].isupper() and tok.is_alpha
        if not (named or tok.pos_ in ("NOUN", "PROPN")) or tok.lower_.endswith("ly"):
            break
        last = tok if named or last is None or not last.text[:1].isupper() else last
        k += 1
    return last


def _speaker_of_noun(noun: Token) -> Token | None:
    """'The city police's claim that ...' -> police; 'She made the claim that ...' -> She;
    'a claim by the ministry that ...' -> ministry."""
    for child in noun.children:
        if child.dep_ == "nmod:poss" or (
            child.dep_ == "nmod" and any(c.lower_ == "by" for c in child.children)
        ):
            return child
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB":
        return _subject_before(noun.head, None)
    return None


def _before_party_label(found: Token) -> Token:
    """'Sen. Carol Dunn (R-SC) said', 'Dana Pruitt, D-Ore., said': the party letter
    the parse took for the subject labels the name before it."""
    doc = found.doc
    if found.text.rstrip("-") not in PARTY_LETTERS or found.i < 2:
        return found
    prev = doc[found.i - 1]
    if prev.text not in ("(", ",") or doc[found.i - 2].pos_ != "PROPN":
        return found
    name = doc[found.i - 2]
    while name.dep_ in ("flat", "compound") and name.head.i < name.i:
        name = name.head
    return name


def _past_a_break(found: Token, cue: Token) -> Token | None:
    """'WASHINGTON -- President Ferreira ... said', 'Anger with landlords: Local housing
    activists say': a dateline or a heading the parse took for the subject, cut off from the
    cue by one colon or dash; the speaker is the noun phrase after it (a pair of dashes
    around an apposition is no break)."""
    if found.i >= cue.i:
        return None
    doc = cue.doc
    # (a hyphen inside a word is none: "Rep. Dale Porter (D-Ga.) said")
    breaks = [
        t.i
        for t in doc[found.i + 1 : cue.i]
        if t.text in BREAKS_BEFORE_SUBJECT and (t.text == ":" or doc[t.i - 1].whitespace_)
    ]
    if len(breaks) != 1:
        return None
    head = None
    for tok in doc[breaks[0] + 1 : cue.i]:
        if tok.pos_ not in PHRASE_POS or tok.lower_ in RELATIVE_WORDS:
            break
        if tok.pos_ in NOMINAL_POS and not _temporal(tok):
            head = tok
    return head


def _past_a_noun(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    """'Ann took the chance of whispering', 'Tom stopped on his way to the door to say': a
    cue in the gerund or the infinitive hung on a noun speaks for the subject of the verb
    that noun depends on, not for the noun."""
    if cue.tag_ not in ("VBG", "VB") or cue.dep_ not in ("acl", "nmod") or cue.head.pos_ != "NOUN":
        return None
    verb = cue.head
    for _ in range(3):  # ("on his way to the door": a noun on a noun on the verb)
        verb = verb.head
        if verb.pos_ == "VERB":
            return _subject_before(verb, cand)
        if verb.pos_ != "NOUN":
            break
    return None


def _temporal(tok: Token) -> bool:
    return tok.lower_ in TIME_WORDS or tok.dep_ in ("obl:tmod", "nmod:tmod")


def _noun_before(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    """'elected officials from both parties say ...', 'The Herald on Sunday wrote ...': the
    nearest noun before the cue in its clause, past adverbs, auxiliaries and times."""
    doc = cue.doc
    k = cue.i - 1
    named = _name_set_off(doc, k)
    if named is not None:
        return named
    while k >= max(0, cue.i - 8):
        tok = doc[k]
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i:
            # "Industry figures [released on Monday] show ...": the noun the participle
            # describes, before a finite cue (not "examples ... failed to note")
            finite = cue.tag_ in ("VBD", "VBP", "VBZ")
            return tok.head if finite and tok.head.pos_ in NOMINAL_POS else None
        if tok.is_punct or tok.is_space or tok.pos_ in ("VERB", "SCONJ", "CCONJ"):
            return None
        if cand is not None and cand.start <= tok.idx < cand.end:
            return None
        if tok.pos_ in NOMINAL_POS and not _temporal(tok) and tok.lower_ not in RELATIVE_WORDS:
            # the head of the phrase this word ends: "officials from both parties" -> parties
            return tok
        if tok.pos_ == "DET" and tok.lower_ in ("all", "both", "some", "many", "most", "others"):
            return tok
        k -= 1
    return None


def _name_set_off(doc: Doc, k: int) -> Token | None:
    """'how one farmer, [Pedro Alves], described it': a name set off by commas right before
    the cue, in apposition to the noun before it."""
    if k < 3 or doc[k].text != ",":
        return None
    j = k - 1
    while j > 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j -= 1
    if j == k - 1 or j < 1 or doc[j].text != "," or doc[j - 1].pos_ not in NOMINAL_POS:
        return None
    return _run_head(doc, j + 1, k)


def _speaker_without_subject(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    """'"...,'' Mr. Marlow, now 70 and retired in Salem, Ore., said', '"...," Jim
    Bennett, who was retired in Ohio, told a voter': the noun phrase right after the
    quotation, when the parse found no subject for the cue that closes its attribution; or,
    with no quotation, the noun phrase that opens the sentence, set off by a comma from an
    insertion that ends right before the cue ('Wilcox, whose studies were paid for by the
    army, said ...')."""
    doc = cue.doc
    start = cue.sent.start
    for k in range(cue.i - 1, max(start - 1, cue.i - _AFTER_QUOTATION_WINDOW), -1):
        tok = doc[k]
        if is_quote_mark(tok.text):
            if k == 0 or doc[k - 1].text != "," or k + 1 >= cue.i:
                return None
            if cand is not None and _in_content(doc[k + 1], cand):
                return None
            return _opening_phrase_head(doc[k + 1 : cue.i])
        if tok.text in (".", "!", "?", ";") or (tok.i != cue.i and _is_any_cue(tok)):
            return None
        if k == start and doc[cue.i - 1].text == ",":
            return _phrase_before_insertion(doc[start : cue.i - 1])
    return None


def _run_head(doc: Doc, start: int, end: int) -> Token:
    """The word of the name doc[start:end] that the parse hangs outside it (its head)."""
    return next((t for t in doc[start:end] if not start <= t.head.i < end), doc[end - 1])


def _name_before_insertion(cue: Token) -> Token | None:
    """'..., and [Mrs Smith], sighing over it as she unlocked it, said--': the name before a
    participle or relative clause set off by commas right before the cue."""
    doc = cue.doc
    start = max(cue.sent.start, cue.i - _AFTER_QUOTATION_WINDOW)
    if cue.i < 4 or doc[cue.i - 1].text != ",":
        return None
    opening = next((k for k in range(cue.i - 2, start, -1) if doc[k].text in (",", ";", ".")), None)
    if opening is None or doc[opening].text != ",":
        return None
    first = doc[opening + 1]
    if not (first.tag_ in ("VBG", "VBN") or first.lower_ in ("who", "whom", "whose")):
        return None
    k = opening - 1
    while k > start and doc[k].pos_ == "PROPN":
        k -= 1
    if k == opening - 1 or doc[k].text not in (",", "and", "but", "when", "then"):
        return None
    return _run_head(doc, k + 1, opening)


def _phrase_before_insertion(words: Span) -> Token | None:
    """'On Sunday, [Ortega], the front-runner, called on ...': of the
    pieces set off by commas before a cue, the first noun phrase past fronted adverbials
    ("On Sunday", "Just last week"), with an insertion after it."""
    doc = words.doc
    commas = [t.i for t in words if t.text == ","]
    bounds = [words.start] + [c + 1 for c in commas]
    for n, begin in enumerate(bounds[:-1]):
        piece = doc[begin : commas[n]]
        if not len(piece):
            continue  # ", ," : two commas in a row
        if piece[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ", "NUM", "VERB", "AUX", "PRON"):
            continue
        if any(t.pos_ in ("VERB", "AUX") or _temporal(t) for t in piece):
            continue
        # (after a prepositional phrase, a piece may go on with its object: "For many gays,
        # lesbians and transgender people", "in Berea, OH")
        after_pp = n > 0 and any(t.pos_ == "ADP" for t in doc[bounds[n - 1] : begin])
        if after_pp and (
            any(t.pos_ == "CCONJ" for t in piece) or (len(piece) == 1 and len(piece[0]) <= 3)
        ):
            continue
        head = _opening_phrase_head(piece)
        if head is not None:
            return head
    return None


def _opening_phrase_head(words: Span) -> Token | None:
    """The head of the noun phrase that opens the words: its last noun, past a possessor
    ("the mayor's chief pollster"); of a name, the word the parse hangs outside it ("Jim" of
    "Jim Bennett")."""
    nouns: list[Token] = []
    for word in words:
        if word.pos_ in ("PROPN", "NOUN"):
            nouns.append(word)
        elif not (
            word.pos_ in ("DET", "ADJ")
            or word.lower_ in ("'s", "\u2019s")
            or (not nouns and word.text == ".")
        ):
            break
    if not nouns:
        return None
    run = range(words.start, nouns[-1].i + 1)
    outside = [t for t in nouns if t.head.i not in run or t.head.i == t.i]
    return outside[-1] if outside else nouns[-1]


_AFTER_QUOTATION_WINDOW = 30  # tokens from the cue back to a closing mark or the sentence start


def _speaker_by_parse(cue: Token, cand: QuoteCandidate | None) -> Token | None:
    tok: Token = cue
    for _ in range(5):
        # a subject after the verb counts for the cue itself, not for a clause reached by
        # climbing ('urged them to "follow your instincts" and said ...')
        # the subject of a passive cue is what was reported or who was told, never the source
        # ("the ministry was told that ..."); an agent is ("was criticized by the minister")
        if tok.i == cue.i and (is_passive(cue) or _bare_passive(cue)):
            subj = _agent(cue, cand)
        elif tok.i == cue.i:
            subj = _subject(tok, cand)
        else:
            subj = _subject_before(tok, cand)
        if subj is not None:
            return subj
        # "Lavrov, who said ...": the relative clause's noun
        if tok.dep_ == "acl:relcl" and tok.head.pos_ in NOMINAL_POS:
            return tok.head
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            break
        head = tok.head
        # "Xi reiterated that Taiwan is ... and vowed to ...": a cue coordinated into the
        # complement of another cue shares that cue's subject (an attachment ambiguity)
        # (so does a participle the parse hung on that complement: 'said the company "was
        # successful," adding that ...')
        if (
            (tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG"))
            and head.dep_ == "ccomp"
            and _is_any_cue(head.head)
        ):
            head = head.head
        # a verb coordinated onto a noun ("criticizes U.S. influence and praises ..."):
        # the subject is that of the noun's verb
        while tok.dep_ == "conj" and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        tok = head
    return None


def _is_any_cue(tok: Token) -> bool:
    return (
        tok.pos_ == "VERB"
        and verb_lemma(tok.text, tok.lemma_, all_cue_lemmas()) in all_cue_lemmas()
    )


def _subject(verb: Token, cand: QuoteCandidate | None) -> Token | None:
    # ', says Nora Bexley': in inverted order the speaker follows the cue, whatever the
    # parser made the subject.
    # "..., her top aide, Lena Vos, told the Herald.": a speaker set off by commas before the
    # cue comes first, or the addressee would pass for an inverted speaker
    paren = parenthetical_subject(verb.doc, verb)
    if paren is not None and cand is not None and not _in_content(paren, cand):
        return paren
    inverted = inverted_attribution(verb.doc, verb)
    if inverted is not None and cand is not None and not _in_content(inverted, cand):
        return inverted
    return _subject_in_order(verb, cand)


def _in_content(tok: Token, cand: QuoteCandidate) -> bool:
    """Whether a word lies in the quote's content (in one of its pieces, when it has some)."""
    pieces = cand.fragments or ((cand.start, cand.end),)
    return any(s <= tok.idx < e for s, e in pieces)


def _bare_passive(verb: Token) -> bool:
    """A participle with no subject or auxiliary of its own and an agent: "as first reported
    by The Herald"."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in SUBJ_DEPS or c.dep_.startswith("aux") for c in verb.children)
        and agent_of(verb) is not None
    )


def _agent(verb: Token, cand: QuoteCandidate | None) -> Token | None:
    agent = agent_of(verb)
    return agent if agent is not None and (cand is None or not _in_content(agent, cand)) else None


def _subject_before(verb: Token, cand: QuoteCandidate | None) -> Token | None:
    subj = _subject_in_order(verb, cand)
    return subj if subj is not None and (subj.i < verb.i or subj.dep_ in SUBJ_DEPS) else None


def _subject_in_order(verb: Token, cand: QuoteCandidate | None) -> Token | None:
    def inside(t: Token) -> bool:
        return cand is not None and _in_content(t, cand)

    agent = None
    # of two subjects the parse gave the verb, the one next to it ("This spring, as he was
    # taking office, Ed Mayo told ...": not "This spring")
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJ_DEPS
        and not inside(c)
        and (c.pos_ in NOMINAL_POS or c.dep_ != "csubj")
        # ("Ray Ellis disingenuously claimed": an adverb the parse made a subject)
        and not (c.pos_ in _NEVER_SUBJECTS and c.is_lower)
    ]
    before = [c for c in subjects if c.i < verb.i]
    if not before and subjects and (named := _name_right_after(verb, subjects[0])) is not None:
        return named
    if len(before) > 1 and _description_of(before[-2], before[-1]):
        before.pop()  # "Ruiz, 54, a former teacher, said": the name, not what she is
    for child in [before[-1]] if before else subjects[:1]:
        if child.lower_ in RELATIVE_WORDS and verb.dep_ == "acl:relcl":
            return verb.head
        return child
    for child in verb.children:
        if child.dep_ == "obl:agent" and not inside(child):
            agent = child
    if agent is not None:
        return agent
    # subject after the verb: "..., said Lavrov."; the parser may call it obj or iobj (but a
    # participle does not invert: "telling reporters", "calling him" name the one told or
    # named)
    for child in verb.rights:
        if child.dep_ in _POSTVERBAL_DEPS and child.pos_ in NOMINAL_POS and not inside(child):
            if child.dep_ in ("obj", "iobj") and (
                verb.tag_ == "VBG"
                or verb.lemma_.lower() in _TELLING
                # ("that is how one farmer described it": an object pronoun never inverts)
                or child.lower_ in _OBJECT_PRONOUNS
            ):
                continue
            if child.i - verb.i <= 3:
                return child
    return None


def _description_of(name: Token, desc: Token) -> bool:
    """A description set off by commas right after a name, which the parse made a second
    subject ("Ruiz, 54, a former teacher, said")."""
    doc = name.doc
    between = doc[right_edge(name) + 1 : left_edge(desc)]
    return (
        name.pos_ == "PROPN"
        and desc.pos_ == "NOUN"
        and len(between) > 0
        and between[0].text == ","
        and all(t.is_punct or t.pos_ == "NUM" for t in between)
    )


def _name_right_after(verb: Token, subject: Token) -> Token | None:
    """'said Alice aloud', 'said Alice, a good deal frightened': the name right after an
    inverted cue, which the parse made its object, speaks, not the later word it took for the
    subject."""
    if verb.i + 1 >= subject.i or verb.lemma_.lower() in _TELLING:
        return None
    name = verb.doc[verb.i + 1]
    if (
        name.pos_ == "PROPN"
        and name.text[:1].isupper()
        and name.head == verb
        and name.dep_ in _POSTVERBAL_DEPS
        and subject.text[:1].islower()
    ):
        return name
    return None


def expand_speaker(head: Token) -> Span:
    """The speaker mention around its head word: names, titles and determiners, no clauses."""
    doc = head.doc
    start = end = head.i
    for child in head.lefts:
        if child.dep_ in SPEAKER_LEFT_DEPS:
            start = min(start, left_edge(child))
    for child in head.rights:
        if child.dep_ in SPEAKER_RIGHT_DEPS and child.i == end + 1:
            end = child.i
            # a flat name may itself carry more flat parts
            for g in child.rights:
                if g.dep_ in SPEAKER_RIGHT_DEPS and g.i == end + 1:
                    end = g.i
    # an institution's name goes on past "of" or "for": "the Office for National
    # Statistics", "the University of Michigan"
    for child in head.rights:
        if (
            child.dep_ == "nmod"
            and child.i > end
            and _capitalized_name(child)
            and doc[end + 1].lower_ in ("of", "for")
            and doc[end + 1].head.i == child.i
            and _capitalized_name(head)
            and all(_capitalized_name(t) or t.i == end + 1 for t in doc[end + 1 : child.i + 1])
            # (not a person's affiliation: "Rita Gomez of Lakeside University"; nor a
            # word in capitals for opening its sentence: "Friends of Mr. Lund")
            and (head.i != head.sent.start or head.lower_ in PERSON_TITLES)
            and not any(c.dep_ == "flat" for c in head.children)
            and not any(c.lower_.rstrip(".") in HONORIFICS for c in head.lefts)
        ):
            end = child.i
    # no punctuation, and no "according to" in front of the source
    while start < head.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("case", "fixed", "mark")
    ):
        start += 1
    # the rest of a name the parse split off: "Mayor | Alicia Moreno", "Council member | David";
    # and a hyphenated name the tokenizer split: "Jean-Marc Ayrault", "Park Geun-hye"
    sent_end = head.sent.end
    while end + 1 < sent_end:
        if _capitalized_name(doc[end + 1]) and (
            _capitalized_name(doc[end])
            or doc[end].lower_ in PERSON_TITLES
            or doc[end].pos_ == "NOUN"
        ):
            end += 1
        elif end + 2 < sent_end and hyphen_joins(doc, end + 1) and _capitalized_name(doc[end]):
            end += 2
        else:
            break
    return doc[start : _with_source_qualifier(doc, end, sent_end) + 1]


def _with_source_qualifier(doc: Doc, end: int, sent_end: int) -> int:
    """'people [familiar with the matter]', 'sources [close to the talks]': what an unnamed
    source is said to be is part of the mention, to the last noun of its phrase."""
    if end + 3 >= sent_end or (doc[end + 1].lower_, doc[end + 2].lower_) not in SOURCE_QUALIFIERS:
        return end
    last = end
    for tok in doc[end + 3 : min(sent_end, end + 12)]:
        if tok.pos_ in _QUALIFIER_STOPS or (tok.pos_ == "PRON" and tok.dep_ != "nmod:poss"):
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            last = tok.i
    return last


_QUALIFIER_STOPS = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "PUNCT", "SPACE"})


def _capitalized_name(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "X", "ADJ") and not tok.is_punct
