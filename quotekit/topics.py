"""Topics: Doc + a quote and its attribution -> what the quote is about, as an editor would tag it.

A topic is always a whole noun phrase taken verbatim from the text, with offsets
(``text[start:end] == topic.text``): compounds, hyphenated words and names are kept whole, and it
is never a pronoun, a vague head ("a point", "the only thing") or the whole quote (unless the
quote is itself a short noun phrase). Candidates, from the strongest:

1. the phrase an attribution line or the cue names as the subject: "Lavrov on China's approach
   to Ukraine", "commented on the ruling", "said of the plan", a participle of saying beside
   the cue ("Asked about the border, she said ...") or the question it reports ("Asked whether
   the levy would pass, she said ..."), and the object of a naming cue ('called
   the levy "a disgrace"': the levy), found by ``quotekit.topic_cues``;
2. the quote itself, when it is a short noun phrase ("praised the new budget");
3. inside the quote (every piece of it, but not an opening of its attribution's sentence that it
   took in: "At the hearing, Lee said the levy ...", nor a clause the writer adds after reported
   speech: "..., putting the pier at risk", "..., while critics ..."), by role (read by
   ``quotekit.topic_roles``): what a naming verb or a verb of commenting names ("the agency has not
   commented on the audit"); the subject of its first clause, unless someone who can act does
   something to an object or through a verb complement (then the subject ranks low: "the council
   approved the plan" is about the plan, "the team decided to close the pier" about the pier, "the
   council is in charge of the port" about the port; not after a light verb: "the agency did a poor
   job", nor for an object that names nothing: "misled the people"; but "the storms damaged the
   wall" is about the storms, and "Ana Ruiz can beat Tom Lee" about Ana Ruiz) or names someone
   ("the one candidate I like is Ortiz"), or what a vague subject is said to be ("the result was a
   loss"), a first clause with no subject offers its object ("Love this plan"), and a quote that
   opens on someone else's words is about what they said ("the director said the levy was
   unfair"); what a noun is about takes the noun's place ("deep concern about the levy"), as do
   what a noun that only points names ("paid attention to the race", "had access to the files";
   after a light verb too) and what a noun that makes a preposition holds ("in breach of the
   treaty", "in love with the city"); what a passive naming verb calls its subject only
   describes it ("the owners would be considered a group": the owners); the other arguments
   of its main clauses (and of a gerund after the predicate: "effective in cutting the fees";
   an adjunct after the object ranks lower); then its other noun
   phrases. A gerund used as a noun offers the activity it names ("opposes sending troops
   abroad", "said of running against Ruiz"), and the clause an empty "it" stands for is the
   first clause ("it is clear that the levy failed"). A title beside a name offers the name
   ("the party's candidate, Gov. Ana Ruiz"), and a description after a name ranks low even
   where the parser took it for a second object ("backs Ortiz, the party favorite").
   Within a rank, phrases whose words are central to the whole document (textacy's TextRank key
   terms, not counting those of a noun's to-infinitive) and phrases near the start of the quote
   win, and phrases in later sentences, in relative clauses or clauses of purpose, with a
   demonstrative ("that debate") or set aside ("rather than the gains") lose; the
   speaker's own name (and, outside the quote, the name a speaker's "he" stands for), the one
   who speaks a quotation the quote holds ('"...," the mayor will say, according to notes'), the
   one told ("told reporters ..."), pronouns, verbs the parse took for nouns ("planned to bus in
   voters"), vague heads ("the only thing", "no idea", but not "ethanol people", "young people",
   "people who fish" or "no intention to run"), times (but not "Cruz's big night")
   and one addressed by a first piece of a quotation ('"Judge," Lee said, "..."') are passed
   over;
4. a quotation whose first clause is about someone it calls "he" or "she" also offers the name
   before it (in a quotation that is never the speaker, under any form of the name, nor a man for
   "she"; a name a title or a first name shows to be a person's before a bare one, which may
   be a place: "Mr. Clinton" before "the White House"; for "they" the nearest plural: "the
   harbour fees"; for an "it" that acts on something, "it will close the pier", the nearest
   name that is no person's; so does reported speech about
   the one its speaker speaks for: "her lawyer said she would appeal"), and one about "you" the
   name of the one told ('"You should resign," Lee told Ortiz'); a quote that names its subject
   only by pronouns or vague words takes a phrase of its own sentence outside the quote ("told
   voters she was with them"), else, where a pronoun points back ("we will stop them"), the nearest
   mention before it; one whose only pronouns are the speaker and the one spoken to ("We did our
   best, you know") has no topic.

The best candidate is the topic; the next ones are its ``alternatives``. ``key`` is a normal form
that groups the same subject across quotes and documents ("the Iran deal" and "the nuclear deal
with Iran" -> "deal (iran)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quotekit.lexicon import (
    DEMONSTRATIVES,
    THIRD_PERSON_SINGULAR,
)
from quotekit.records import (
    Attribution,
    QuoteCandidate,
    Topic,
    TopicSpan,
    input_text,
)
from quotekit.subtrees import left_edge, right_edge
from quotekit.topic_cues import (
    asked_about,
    cue_complements,
    head_after_on,
    in_quote,
    narration_after,
    opens_attribution,
)
from quotekit.topic_phrases import (
    MAX_WORDS,
    char_bounds,
    clean_phrase,
    gerund_phrase,
    in_order,
    noun_phrase,
    noun_tagged_verb,
    topic_key,
)
from quotekit.topic_refusals import (
    NAME_PARTS,
    WHO_HEADS,
    marked_person,
    named_as,
    own_name_words,
    plural,
    refuse,
)
from quotekit.topic_roles import (
    ARGUMENT_DEPS,
    acts_on,
    heads_a_phrase,
    in_own_capacity,
    main_heads,
    name_beside,
    role,
    set_aside,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_ALTERNATIVES = 2
# the weight of a candidate's source: the phrase the attribution names beats the quote's own
_SOURCE_WEIGHT = {
    "line": 4.0,  # the attribution line names the subject: "Lavrov on China's approach"
    "about": 3.0,  # so does the cue: "said of the plan"
    "whole": 2.5,  # the quote is itself a short noun phrase
    "named": 2.0,  # what a naming verb or a verb of commenting names: "called the plan a failure"
    "subject": 1.5,  # the subject of the quote's first clause
    "argument": 1.0,  # an object or oblique of a main clause, or a nominal predicate
    "agent": 0.3,  # who acted: "the council" of "the council approved the plan"
    "np": 0.6,  # another noun phrase inside the quote
    "description": 0.2,  # what the speaker or someone is said to be: "I am a proven champion"
    # the quote names its subject only by a pronoun: its own sentence, then the mentions before
    "framing": 0.4,
    "earlier": 0.0,
}
_QUOTE_SOURCES = frozenset({"whole", "named", "subject", "argument", "agent", "np", "description"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass"})
# where a gerund names an activity the quote may be about: "opposes sending troops abroad",
# "justified in keeping it private", "raising the levy was a mistake"
_ACTIVITY_DEPS = frozenset({"nsubj", "csubj", "obj", "obl", "advcl", "xcomp", "ccomp"})
_FREE_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl"})  # what "what" is in its clause
# free relatives that say nothing ("what will happen", "what I think") or point elsewhere
# ("what it calls X": X)
_VAGUE_DOINGS = frozenset("happen go do make mean be come get say think tell call know see".split())
_REFERENT_COST = 0.2  # a name found outside the quote for a pronoun inside it
_SENTENCE_COST = 0.5  # a later sentence of the quote is less likely what it is about than its lead
_THING_BONUS = 0.3  # a common noun says what about more often than a name says who
# "that debate", "those reports" point back to a subject named before: a phrase that names
# its own subject says more
_DEMONSTRATIVE_COST = 0.3
_RELATIVE_COST = 0.2  # a phrase inside a relative clause describes another
# "the bad habits rather than the good ones": what the quote sets aside is not its subject
_CONTRAST_COST = 0.3
_CAPACITY_COST = 0.5  # what the speaker speaks as ("as a Republican, I ...") says who, not what
_POSITION_COST = 0.3  # a phrase at the end of a long quote is less likely what it is about
_EARLIER_SENTENCES = 2
# the speaker and the one spoken to: a quote that names no one else is about them
_SPEAKER_AND_LISTENER = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
)
# pronouns that point back to someone or something named before: "we will stop them"
_POINTING = frozenset(
    "he him his himself she her hers herself it its itself they them their theirs themselves"
    " this that these those".split()
)
SALIENCE_WEIGHT = 1.0


class _Candidate(NamedTuple):
    span: Span
    source: str
    score: float


class Salience:
    """How central each word is to a document: the scores of its TextRank key terms."""

    def __init__(self, doc: Doc) -> None:
        self.words: dict[str, float] = {}
        try:
            from textacy.extract.keyterms.textrank import textrank

            terms = textrank(doc, normalize="lemma", topn=20)
        except Exception:  # a document textacy cannot rank has no key terms
            terms = []
        top = terms[0][1] if terms else 1.0
        for term, score in terms:
            for word in term.lower().split():
                self.words[word] = max(self.words.get(word, 0.0), score / top)

    def of(self, span: Span) -> float:
        # (a clause on the head, such as what a noun of doing is, "an effort to pass the tax",
        # or "a PAC backing Lee" in a quote that is a noun phrase, lends the noun no weight)
        clause = [c for c in span.root.rights if c.dep_ == "acl" and c.i < span.end]
        end = left_edge(clause[0]) if clause else span.end
        words = [t.lemma_.lower() for t in span if t.pos_ in _NOMINAL and t.i < end]
        return max((self.words.get(w, 0.0) for w in words), default=0.0)


def extract_topic(
    doc: Doc,
    cand: QuoteCandidate,
    attribution: Attribution,
    salience: Salience | None = None,
    speaker_name: str | None = None,
) -> Topic | None:
    """What a quote is about: a noun phrase of the text with offsets, or None.
    ``speaker_name`` is the name the speaker mention was resolved to ("he" -> "Ana Ruiz"):
    like the mention, it is never the topic."""
    salience = salience or Salience(doc)
    own = _own_words(attribution, speaker_name)
    ranked = _rank(doc, _candidates(doc, cand, attribution, own), cand, attribution, salience, own)
    if not any(c.source in _QUOTE_SOURCES for c in ranked):
        # a quote that names its subject only by pronouns or vague words
        more = _fallback(doc, cand, attribution)
        ranked = _rank(
            doc,
            [(c.span, c.source, c.score) for c in ranked] + more,
            cand,
            attribution,
            salience,
            own,
            scored=len(ranked),
        )
    if not ranked:
        return None
    # the strongest source wins outright; the quote's own phrases compete on salience
    best, rest = ranked[0], ranked[1 : 1 + _ALTERNATIVES]
    text = input_text(doc)
    start, end = char_bounds(text, best.span)
    alternatives = (char_bounds(text, c.span) for c in rest)
    return Topic(
        text[start:end],
        start,
        end,
        key=topic_key(best.span),
        alternatives=tuple(TopicSpan(text[a:b], a, b) for a, b in alternatives),
    )


# --------------------------------------------------------------------------- candidates


def _own_words(attribution: Attribution, name: str | None) -> frozenset[str]:
    """The words of the speaker's mention and of the name it stands for, lowercased."""
    speaker = attribution.speaker
    # (not a title: "Mr. Clinton" is not "Mr. Trump"'s own name)
    words = own_name_words([t.text for t in speaker]) if speaker is not None else set()
    return frozenset(words | own_name_words((name or "").split()))


def _candidates(
    doc: Doc, cand: QuoteCandidate, attribution: Attribution, own: frozenset[str] = frozenset()
) -> list[tuple[Span, str, float]]:
    """Noun phrases that may say what the quote is about, each with its source and its prior
    score (the source's weight, a common noun's bonus, the cost of standing late in the quote)."""
    out: list[tuple[Span, str, float]] = []
    if attribution.how == "line" and attribution.speaker is not None:
        head = head_after_on(doc, attribution.speaker)
        if head is not None:
            out.append((noun_phrase(head), "line", _SOURCE_WEIGHT["line"]))
    pieces = _contents(doc, cand, attribution.speaker)
    cue = attribution.cue
    if cue is not None:
        out.extend(
            (span, src, _SOURCE_WEIGHT[src])
            for span, src in cue_complements(cue.root, cand, pieces)
        )
        out.extend((span, "about", _SOURCE_WEIGHT["about"]) for span in asked_about(cue, cand))
    for n, content in enumerate(pieces):
        if len(pieces) == 1 and _is_noun_phrase(content):
            out.append((content, "whole", _SOURCE_WEIGHT["whole"]))
        out.extend(_inside(content, later=n > 0))
    if cand.kind == "direct" and pieces:
        out.extend(_referents(doc, pieces[0], attribution, own))
        out.extend(_addressee(pieces[0], cand, attribution))
    elif pieces and _spoken_for(pieces[0], attribution):
        out.extend(_referents(doc, pieces[0], attribution, own))
    return out


def _spoken_for(content: Span, attribution: Attribution) -> bool:
    """Reported speech about the one its speaker speaks for ("His lawyer said he would not
    testify", "her aide said she was resting"): the "he" is whose lawyer, not the lawyer."""
    speaker = attribution.speaker
    if speaker is None:
        return False
    owners = {t.lower_ for t in speaker if t.dep_ == "nmod:poss" and t.head.i == speaker.root.i}
    first = min(main_heads(content), key=lambda t: t.i)
    subjects = {c.lower_ for c in first.children if c.dep_ in _SUBJ_DEPS}
    return ("his" in owners and "he" in subjects) or ("her" in owners and "she" in subjects)


def _fallback(
    doc: Doc, cand: QuoteCandidate, attribution: Attribution
) -> list[tuple[Span, str, float]]:
    """For a quote that names no subject of its own: its own sentence around it ("In response
    to the ban, she said: ..."), then, where a pronoun points back ("we will stop them"),
    the sentences before it; none for a quote whose only pronouns are the speaker and the one
    spoken to ("We did our best, you know"): it is about them, not about anything named
    before."""
    pieces = _contents(doc, cand, attribution.speaker)
    words = {t.lower_ for p in pieces for t in p if t.pos_ in ("PRON", "DET")}
    if words & _SPEAKER_AND_LISTENER and not words & _POINTING:
        return []
    out = [(span, "framing", _SOURCE_WEIGHT["framing"]) for span in _framing(doc, cand)]
    if pieces and words & _POINTING:
        out.extend(
            (span, "earlier", _SOURCE_WEIGHT["earlier"]) for span in _earlier(doc, pieces[0])
        )
    return out


def _rank(
    doc: Doc,
    found: list[tuple[Span, str, float]],
    cand: QuoteCandidate,
    attribution: Attribution,
    salience: Salience,
    own: frozenset[str] = frozenset(),
    scored: int = 0,
) -> list[_Candidate]:
    """The candidates cleaned, without those refused or repeated, best first; the first
    ``scored`` of ``found`` are ranked already and keep their score."""
    ranked: list[_Candidate] = []
    for n, (span, source, prior) in enumerate(found):
        phrase = span if n < scored else clean_phrase(doc, span)
        if phrase is None or (n >= scored and refuse(phrase, cand, attribution, own)):
            continue
        if any(
            c.span.start_char == phrase.start_char and c.span.end_char == phrase.end_char
            for c in ranked
        ):
            continue
        score = prior if n < scored else prior + SALIENCE_WEIGHT * salience.of(phrase)
        if n >= scored and any(t.dep_ == "det" and t.lower_ in DEMONSTRATIVES for t in phrase):
            score -= _DEMONSTRATIVE_COST
        ranked.append(_Candidate(phrase, source, score))
    ranked.sort(key=lambda c: -c.score)
    return ranked


def _inside(content: Span, *, later: bool) -> list[tuple[Span, str, float]]:
    """The noun phrases of one piece of the quote, ranked by role (see ``_role``); phrases
    late in the piece, in later sentences and in later pieces cost more."""
    out = []
    sents = {start: k for k, start in enumerate(sorted({t.sent.start for t in content}))}
    mains = main_heads(content)
    first = min(mains, key=lambda t: t.i)
    for tok in content:
        who = _who_phrase(tok, content)
        activity = gerund_phrase(tok, within=content) if _names_activity(tok, content) else None
        activity = activity or _free_relative(tok, content)
        if who is None and activity is None and not heads_a_phrase(tok):
            continue
        source = role(tok, mains, first)
        head = name_beside(tok)
        # an agent is who, not what; an activity is what ("raising the levy")
        thing = (
            head.pos_ == "NOUN" or noun_tagged_verb(head) or activity is not None
        ) and source != "agent"
        prior = _SOURCE_WEIGHT[source] + (_THING_BONUS if thing else 0.0)
        prior -= _POSITION_COST * (tok.i - content.start) / max(1, len(content))
        prior -= _SENTENCE_COST * min(sents.get(tok.sent.start, 0) + int(later), 3)
        if any(
            (a.dep_ == "acl:relcl" or in_order(a)) and content.start <= a.i < content.end
            for a in tok.ancestors
        ):
            # "doctors who could leak details": details says less; so does what a purpose
            # names ("the money, in order for the school to open")
            prior -= _RELATIVE_COST
        if set_aside(tok):
            prior -= _CONTRAST_COST
        if in_own_capacity(tok):
            prior -= _CAPACITY_COST
        out.append((who or activity or noun_phrase(head, within=content), source, prior))
    return out


def _free_relative(verb: Token, content: Span) -> Span | None:
    """What a free relative names ("what we have in common", "for what has been achieved in
    his term"): from "what" to the end of its clause, short and without a comma; or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _VAGUE_DOINGS:
        return None  # "what will happen", "what went wrong", "what he'll do next": vague
    what = next((c for c in verb.lefts if c.lower_ == "what" and c.dep_ in _FREE_DEPS), None)
    if what is None or not all(t.dep_ == "case" for t in verb.doc[left_edge(verb) : what.i]):
        return None
    after = verb.doc[what.i + 1]
    if after.pos_ == "DET" or (
        after.pos_ == "AUX" and any(c.dep_ in _SUBJ_DEPS and c.i > after.i for c in verb.children)
    ):
        return None  # an exclamation or a question: "What a view!", "What are you doing?"
    end = min(right_edge(verb) + 1, content.end)
    end = next((t.i for t in verb.doc[what.i : end] if t.is_punct), end)
    if what.i < content.start or verb.i >= end or end - what.i < 3:
        return None
    phrase = verb.doc[what.i : end]
    return phrase if len(phrase.text.split()) <= MAX_WORDS else None


def _names_activity(verb: Token, content: Span) -> bool:
    """A gerund used as a noun ("opposes sending troops", "fined for releasing the files",
    "Raising the levy was a mistake"), not a verb in the progressive ("is raising the levy")
    nor a participle beside a noun ("workers raising the levy")."""
    if verb.dep_ not in _ACTIVITY_DEPS or any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return False
    after_preposition = any(
        c.dep_ in ("mark", "case") and c.i < verb.i and c.pos_ in ("ADP", "SCONJ")
        for c in verb.children
    )
    opening = all(
        t.lower_ in ("not", "never") or t.is_punct for t in content.doc[content.start : verb.i]
    )
    return after_preposition or opening or verb.dep_ in ("nsubj", "csubj", "obj")


def _who_phrase(tok: Token, content: Span) -> Span | None:
    """People named only by what a relative clause says of them ("people who are bullied",
    "those who backed Lee in the primary"): "people" or "those" with its clause, if short and
    whole, up to a comma."""
    if tok.lower_ not in WHO_HEADS:
        return None
    clause = next((c for c in tok.rights if c.dep_ == "acl:relcl"), None)
    if clause is None:
        return None
    start = noun_phrase(tok, within=content).start if tok.pos_ in _NOMINAL else tok.i
    end = min(right_edge(clause) + 1, content.end)
    stop = next((t.i for t in tok.doc[tok.i : end] if t.is_punct), end)
    if stop <= clause.i or len(tok.doc[start:stop].text.split()) > MAX_WORDS:
        return None
    return tok.doc[start:stop]


def _referents(
    doc: Doc, content: Span, attribution: Attribution, own: frozenset[str] = frozenset()
) -> list[tuple[Span, str, float]]:
    """A quotation whose first clause is about someone it calls "he" or "she" ('"He checks
    all our boxes," Ortiz said'): in a quotation that is never the speaker, so the nearest name
    before the quotation that is not the speaker's is what it is about; about what it calls
    "they", the nearest plural before it ('The fees rose. "They are too high"'); about an "it"
    that acts on something, the nearest name that is no person's ('Acme bought the pier. "It
    will close the gate"'), not an "it" that stands for nothing ("it's time")."""
    first = min(main_heads(content), key=lambda t: t.i)
    pronoun = next(
        (
            c.lower_
            for c in first.children
            if c.dep_ in _SUBJ_DEPS
            and (
                c.lower_ in THIRD_PERSON_SINGULAR | {"they"}
                # an "it" that acts on something ("it will close the gate"), not "it is time"
                or (c.lower_ == "it" and any(o.dep_ == "obj" for o in first.children))
            )
        ),
        None,
    )
    if pronoun is None:
        return []
    speaker = attribution.speaker
    own = own | _own_words(attribution, None)
    sents = [sent for sent in doc.sents if sent.start <= content.start][-_EARLIER_SENTENCES - 1 :]
    for sent in reversed(sents):
        names = [
            tok
            for tok in sent
            if tok.i < content.start
            and (plural(tok) if pronoun == "they" else tok.pos_ == "PROPN")
            and tok.dep_ not in NAME_PARTS
            # (a title stands for its name: not "Dr." of "Dr. Lee" where "Lee" is refused)
            and not (tok.dep_ == "nmod:desc" and named_as(tok.head, own, pronoun))
            and not (speaker is not None and speaker.start <= tok.i < speaker.end)
            and not named_as(tok, own, pronoun)
        ]
        # the subject of a sentence is who a "he" that follows it most often means
        # (then its object; a name inside another phrase, "in contempt of Congress", least)
        # (for a "he" or a "she", a name that shows it is a person's comes first)
        person = pronoun in THIRD_PERSON_SINGULAR
        names.sort(
            key=lambda t: (
                person and not marked_person(t),
                t.dep_ not in _SUBJ_DEPS,
                t.dep_ not in ("obj", "iobj"),
                -t.i,
            )
        )
        if names:
            return [(noun_phrase(names[0]), "subject", _SOURCE_WEIGHT["subject"] - _REFERENT_COST)]
    return []


def _addressee(
    content: Span, cand: QuoteCandidate, attribution: Attribution
) -> list[tuple[Span, str, float]]:
    """A quotation whose first clause is about "you", told to someone ('"You should resign,"
    Lee told Ortiz'): the one told, named outside it, is what it is about, unless "you" acts on
    something; not an audience ("told the crowd"), to which "you" is often anyone."""
    cue = attribution.cue
    first = min(main_heads(content), key=lambda t: t.i)
    if cue is None or not any(c.dep_ in _SUBJ_DEPS and c.lower_ == "you" for c in first.children):
        return []
    # "You should close the pier," told to someone, is about the pier, as for any subject (and
    # "you need to close the pier" acts through "need")
    acting = acts_on(first) or any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and acts_on(c) for c in first.children
    )
    source = "agent" if acting else "subject"
    return [
        (noun_phrase(c), source, _SOURCE_WEIGHT[source] - _REFERENT_COST)
        for c in cue.root.children
        if c.dep_ in ("obj", "iobj") and c.pos_ == "PROPN" and not in_quote(cand, c.idx)
    ]


def _framing(doc: Doc, cand: QuoteCandidate) -> list[Span]:
    """The noun phrases of the quote's own sentence outside the quote ("In response to the ban,
    an aide said: ...", "she told voters she was with them"), nearest the quote first."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return []
    out = [
        noun_phrase(tok)
        for tok in span[0].sent
        if not in_quote(cand, tok.idx) and heads_a_phrase(tok)
    ]
    return sorted(out, key=lambda phrase: abs(phrase.start - span.start))


def _contents(doc: Doc, cand: QuoteCandidate, speaker: Span | None = None) -> list[Span]:
    """The quote's pieces, without their quotation marks and their leading "that", nor an
    opening of the attribution's sentence the quote took in ("On Monday, Lee said ...")."""
    out = []
    pieces = cand.fragments or ((cand.start, cand.end),)
    if opens_attribution(doc, cand, speaker):
        pieces = pieces[1:]
    for start, end in pieces:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        s, e = span.start, span.end
        while s < e and (doc[s].is_punct or doc[s].is_space or doc[s].lower_ == "that"):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
            e -= 1
        if cand.kind == "indirect" and e > s:
            e = narration_after(doc[s:e])  # not "..., putting the pier at risk"
        if e > s:
            out.append(doc[s:e])
    return out


def _earlier(doc: Doc, content: Span) -> list[Span]:
    """A quote that names its subject only by pronouns ("We have to stop him", "she does
    not"): the noun phrases of the sentences before it, nearest first."""
    # (stepping back sentence by sentence: a quote's cost does not grow with the document)
    sents: list[Span] = []
    k = content.sent.start
    while k > 0 and len(sents) < _EARLIER_SENTENCES:
        sents.append(doc[k - 1].sent)
        k = sents[-1].start
    out = []
    for sent in sents:
        for tok in reversed(sent):
            if tok.pos_ in _NOMINAL and tok.dep_ in ARGUMENT_DEPS:
                out.append(noun_phrase(tok))
    return out


def _is_noun_phrase(span: Span) -> bool:
    """A short quote that is itself a noun phrase: "the new budget", "a waste of money"."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not (0 < len(words) <= MAX_WORDS and span.root.pos_ in _NOMINAL):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    # one head: 'the levy "a disgrace"' is two phrases hung on the verb before it
    heads = [t for t in words if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(heads) > 1:
        return False
    # one phrase, not a name and what it is called ('the show "the best show in town"')
    return not any(
        c.dep_ in ("obj", "xcomp", "appos", "parataxis", "dep") for c in span.root.children
    )
