"""Topic cues: what the attribution itself names as the subject of a quote.

Part of the topics stage (``quotekit.topics`` ranks the candidates; this module finds the ones the
attribution offers, outside the quote): the phrase after "on" in an attribution line ("Lavrov on
China's approach to Ukraine"), the cue's about-phrase ("said of the plan", "commented on the
ruling"), a participle of saying beside the cue ("Asked about the border, she said ..."), and the
object of a naming cue ('called the levy "a disgrace"'); and which words a quote span took in are
not the quote's: an opening of the attribution's sentence ("At the hearing, Lee said ...") and a
clause the writer adds after reported speech ("..., putting the pier at risk").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotekit.cue_lexicon import all_cue_lemmas, cue_lemma
from quotekit.lexicon import (
    ABOUT_PREPOSITIONS,
    ALL_MARKS,
    CUE_ABOUT_PREPOSITIONS,
    NAMING_VERBS,
    TOPIC_ON_CUES,
)
from quotekit.records import QuoteCandidate, doc_text
from quotekit.subtrees import right_edge
from quotekit.topic_phrases import case_of, gerund_marker, gerund_phrase, noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass"})
# what opens a clause the writer adds after reported speech: "..., while critics said ..."
_NARRATING = frozenset({"while", "whereas"})
_CLAUSES = frozenset({"advcl", "acl", "ccomp", "parataxis", "conj"})
# where things are said or written, and the broadcasters most quoted in English news
MEDIA_WORDS = frozenset(
    """blog website site page account feed twitter facebook instagram youtube tiktok linkedin
    reddit podcast radio television tv channel network show program programme broadcast
    newscast episode air media cnn nbc cnbc abc cbs fox msnbc npr pbs bbc c-span""".split()
)
_MEDIUM_PARTS = frozenset({"compound", "nmod:poss", "flat", "amod"})
# what opens a yes-or-no question a participle of saying reports: "Asked whether the levy ..."
_WHETHER = frozenset({"if", "whether"})
_QUESTION_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "iobj"})


def cue_complements(cue: Token, cand: QuoteCandidate, pieces: list[Span]) -> list[tuple[Span, str]]:
    """What the cue itself names: its about-phrase outside the quote ("said of the plan",
    "commented on the ruling"), or the object of a naming cue inside it ("called the plan a
    failure": the plan)."""
    out = []
    for child in cue.children:
        inside = in_quote(cand, child.idx)
        if child.dep_ in ("obl", "nmod") and child.i > cue.i and not inside:
            if names_about(cue, child):
                out.append((noun_phrase(child), "about"))
        elif child.i > cue.i and not inside and gerund_marker(child) in CUE_ABOUT_PREPOSITIONS:
            # "said of running against Ruiz": the activity spoken of
            activity = gerund_phrase(child)
            if activity is not None:
                out.append((activity, "about"))
        elif is_named(child):
            # 'called the levy "a disgrace"', whether the quote holds the levy or not
            within = next((p for p in pieces if p.start <= child.i < p.end), None)
            if within is None or within.end > right_edge(child) + 1:
                phrase = noun_phrase(child, within=within)
                out.append((phrase, "named"))
    return out


def asked_about(cue: Span, cand: QuoteCandidate) -> list[Span]:
    """What a participle of saying beside the cue names outside the quote: "Asked about the
    ban, she said ...", '"...," said Lee, speaking of the ban', "Asked whether the ban would
    hold, she said ..."."""
    out: list[Span] = []
    for tok in cue.root.sent:
        if (
            tok.pos_ == "VERB"
            and tok.i != cue.root.i
            and not any(c.dep_ in _SUBJ_DEPS for c in tok.children)
            and not in_quote(cand, tok.idx)
            and cue_lemma(tok) in all_cue_lemmas()
        ):
            out.extend(
                noun_phrase(c)
                for c in tok.children
                if c.dep_ in ("obl", "nmod")
                and c.i > tok.i
                and not in_quote(cand, c.idx)
                and names_about(tok, c)
            )
            out.extend(_asked_whether(tok, cand))
    return out


def _asked_whether(asked: Token, cand: QuoteCandidate) -> list[Span]:
    """What a question after a participle of saying is about: "Asked whether the levy would
    pass, she said ...": the phrases of the question, its subject first, outside the quote."""
    clauses = [
        c
        for c in asked.children
        if c.dep_ in _CLAUSES
        and c.i > asked.i
        and not in_quote(cand, c.idx)
        and cue_lemma(c) not in all_cue_lemmas()  # not the cue: "Asked if ..., Lee replied"
    ]
    # the question may run on in a clause the parse hung beside it: "Asked if it seemed he
    # was raising the levy"
    marks = {m.lower_ for m in clauses[0].children if m.dep_ == "mark"} if clauses else set()
    if not marks & _WHETHER:
        return []
    return [
        noun_phrase(t)
        for clause in clauses
        for t in clause.subtree
        if t.pos_ in _NOMINAL and t.dep_ in _QUESTION_DEPS and not in_quote(cand, t.idx)
    ]


def opens_attribution(doc: Doc, cand: QuoteCandidate, speaker: Span | None) -> bool:
    """Whether the first piece of a quote is the opening of its attribution's sentence, set
    before the speaker and cue, rather than words of the quote: "On Monday, Lee said the levy
    ...", "Pointing to the pier, Lee said: '...'", where the quote follows the cue at once or
    opens a quotation; not "The levy, Lee said, is unfair", where the attribution stands
    between commas inside what was said. Quoted words are always the quote's, and a piece
    with a verb of saying says what was asked ("Asked about the pier, Lee said ...")."""
    if len(cand.fragments) < 2 or speaker is None:
        return False
    text = doc_text(doc)
    (start, end), (after, _) = cand.fragments[0], cand.fragments[1]
    if not end <= speaker.start_char < after or any(ch in ALL_MARKS for ch in text[start:end]):
        return False
    piece = doc.char_span(start, end, alignment_mode="expand")
    if piece is None or any(cue_lemma(t) in all_cue_lemmas() for t in piece if t.pos_ == "VERB"):
        return False
    gap = text[end:after].rstrip()
    opens_quotation = text[after:after + 1] in ALL_MARKS or gap[-1:] in ALL_MARKS
    return opens_quotation or not gap.endswith(",")


def narration_after(piece: Span) -> int:
    """Where the reporter's own words begin at the end of a piece of reported speech: a clause
    after a comma that adds what the writer saw, not what was said ("Lee said the levy would
    pass, putting the pier at risk", "..., while critics called it a tax"); ``piece.end`` when
    there is none."""
    doc = piece.doc
    for tok in piece:
        if tok.dep_ not in _CLAUSES:
            continue
        words = [t.i for t in tok.subtree if not t.is_punct]
        marks = {c.lower_: c.i for c in tok.children if c.dep_ == "mark"}
        # where the clause opens: its "while", else its first word
        start = min(marks.values(), default=min(words, default=piece.start))
        if start <= piece.start or doc[start - 1].text != ",":
            continue
        if max(t.i for t in tok.subtree) < piece.end - 1:
            continue
        subject = any(c.dep_ in _SUBJ_DEPS for c in tok.children)
        inside = piece.start < tok.head.i < tok.i  # hung on the quote, not on its cue
        participle = tok.tag_ == "VBG" and not subject and not marks and inside
        if marks.keys() & _NARRATING or participle:
            return start - 1
    return piece.end


def in_quote(cand: QuoteCandidate, char: int) -> bool:
    """Whether a character offset lies in the quote (in one of its pieces, if it has some)."""
    return any(start <= char < end for start, end in cand.fragments or ((cand.start, cand.end),))


def names_about(verb: Token, child: Token) -> bool:
    """An oblique that says what was spoken about: "of the plan", "about the border", and "on
    the ruling" after a verb of commenting."""
    case, lemma = case_of(child), verb.lemma_.lower()
    if case == "of":
        # "said of the plan", "accused him of fraud"; not "died of cancer", "moved out of Ohio"
        return cue_lemma(verb) in all_cue_lemmas()
    if case == "on":
        # "reported on the ruling"; but a verb that has what it said as its object or clause
        # took "on" for where it said it: "reported her arrival on Twitter", as does one on a
        # medium: "wrote on his blog", "speaking on CNBC's morning show"
        said = any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children)
        return lemma in TOPIC_ON_CUES and not said and not _medium(child)
    return case in CUE_ABOUT_PREPOSITIONS


def _medium(phrase_head: Token) -> bool:
    """A phrase that names where something was said or written, not what about: a blog, a
    social network, a broadcaster or one of its shows ("his blog", "Twitter", "NBC's 'Meet
    the Press'")."""
    words = [phrase_head, *(c for c in phrase_head.children if c.dep_ in _MEDIUM_PARTS)]
    return any(w.lower_.strip("'’s") in MEDIA_WORDS or w.lower_ in MEDIA_WORDS for w in words)


def _is_naming(verb: Token) -> bool:
    """A verb that names or rates its object ("called it a failure", "deemed the files secret"),
    however the parser hung the name: a second object, a complement or an apposition."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if names_its_subject(verb):
        return False  # "the victims would be considered a group": what is named is the subject
    objects = [c for c in verb.children if c.dep_ == "obj"]
    return (
        len(objects) > 1
        or any(c.dep_ in ("xcomp", "obl") for c in verb.children)
        or any(c.dep_ == "appos" for o in objects for c in o.children)
    )


def names_its_subject(verb: Token) -> bool:
    """A passive verb with a subject that names something ("the victims would be considered a
    group"): what it names is that subject (but "what is called the shadow banking system"
    names its object)."""
    return any(c.dep_ == "nsubj:pass" and c.pos_ != "PRON" for c in verb.children)


def is_named(tok: Token) -> bool:
    """The object a naming verb names: the first of its objects ("called the plan a failure")."""
    if tok.dep_ != "obj" or not _is_naming(tok.head):
        return False
    return next(c for c in tok.head.children if c.dep_ == "obj").i == tok.i


def head_after_on(doc: Doc, speaker: Span) -> Token | None:
    """'Lavrov on China's approach to Ukraine': the head of what follows "on" in the line."""
    text = doc_text(doc)
    line_end = text.find("\n", speaker.end_char)
    line_end = len(text) if line_end == -1 else line_end
    rest = doc.char_span(speaker.end_char, line_end, alignment_mode="expand")
    if rest is None:
        return None
    words = [t for t in rest if not t.is_space]
    if len(words) < 2 or words[0].lower_ not in ABOUT_PREPOSITIONS:
        return None
    phrase = doc[words[1].i : words[-1].i + 1]
    nominal = [
        t for t in phrase if t.pos_ in _NOMINAL and not phrase.start <= t.head.i < phrase.end
    ]
    return nominal[0] if nominal else (phrase.root if phrase.root.pos_ in _NOMINAL else None)


