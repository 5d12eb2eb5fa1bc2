"""Pipeline: the single pass that joins the stages. InputDoc -> DocRecord.

    read_inputs -> prepare_text (layout) -> parse_batch (Stanza, in batches)
    -> pair_quote_marks -> find_cues (cues)
    -> find_quotes (contents) -> attribute_speaker (sources) -> SpeakerResolver (names)
    -> extract_topic (topics) -> estimate_confidence -> DocRecord

Each stage is a module of its own (a package for contents) that imports no other stage; this
module is the only one that joins them.

Every arrow is a generator: memory is bounded by one parse batch, never by the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from quotekit.confidence import estimate_confidence
from quotekit.contents import find_quotes
from quotekit.cue_lexicon import cue_lemmas, quotation_cue_lemmas
from quotekit.cues import find_cues, record_lemma
from quotekit.errors import QuotekitError
from quotekit.layout import prepare_text
from quotekit.lexicon import PRONOUN_GENDER
from quotekit.limits import parse_batches
from quotekit.parsing import Parser, parse_batch
from quotekit.quotemarks import pair_quote_marks
from quotekit.readers import check_text
from quotekit.records import (
    Attribution,
    CharSpan,
    Cue,
    DocRecord,
    ErrorInfo,
    ExtractOptions,
    InputDoc,
    QuoteCandidate,
    QuotedText,
    QuoteRecord,
    Speaker,
)
from quotekit.resolution import SpeakerResolver
from quotekit.speakers import (
    answers,
    attribute_speaker,
    narration_subject,
    present_person,
    same_turn,
    self_introductions,
    self_replies,
    speaker_kind,
    take_turns,
    vocatives,
)
from quotekit.subtrees import check_tree, index_sentences
from quotekit.topics import Salience, extract_topic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from quotekit.parses import SavedParses


def extract(
    items: Iterable[InputDoc],
    parser: Parser,
    options: ExtractOptions | None = None,
    *,
    saved: SavedParses | None = None,
) -> Iterator[DocRecord]:
    """Extract the quotes of every document, in input order, one DocRecord each.

    A document that cannot be read or parsed yields a DocRecord with ``error`` set; the run
    goes on. Only ``ParserUnavailable`` (no models at all) stops it. With ``saved``, a document
    whose id and text were parsed before (``quotekit parse``) takes that parse; the others are
    parsed.
    """
    options = options or ExtractOptions()
    for item, result in parse_docs(items, parser, saved):
        if isinstance(result, ErrorInfo):
            yield DocRecord(item.doc_id, item.text, error=result)
            continue
        try:
            yield annotate(result, item, options)
        except QuotekitError as e:
            yield DocRecord(
                item.doc_id, item.text, error=ErrorInfo(type(e).__name__, f"{item.source}: {e}")
            )
        except Exception as e:  # a bug in a rule must cost one document, not the run
            yield DocRecord(
                item.doc_id,
                item.text,
                error=ErrorInfo(
                    "InternalError", f"{item.source}: {type(e).__name__}: {e} (please report this)"
                ),
            )


def parse_docs(
    items: Iterable[InputDoc], parser: Parser, saved: SavedParses | None = None
) -> Iterator[tuple[InputDoc, Doc | ErrorInfo]]:
    """Each readable document with its parse (of its text as laid out by quotekit.layout, in
    batches of ``parser.batch_size``; from ``saved`` where it holds it), or with its error."""
    return _parse_in_order(parser, (check_text(item) for item in items), saved)


def _parse_in_order(
    parser: Parser, items: Iterable[InputDoc], saved: SavedParses | None = None
) -> Iterator[tuple[InputDoc, Doc | ErrorInfo]]:
    def flush(batch: list[InputDoc]) -> Iterator[tuple[InputDoc, Doc | ErrorInfo]]:
        parsed: dict[int, Doc | Exception] = {}
        good = []
        for it in batch:
            if it.error is None:
                doc = saved.get(it) if saved is not None else None
                if doc is None:
                    good.append(it)
                else:
                    parsed[id(it)] = doc
        results = parse_batch(parser, [prepare_text(it.text) for it in good]) if good else []
        parsed.update((id(it), res) for it, res in zip(good, results, strict=True))
        for it in batch:
            if it.error is not None:
                yield it, it.error
                continue
            res = parsed[id(it)]
            if isinstance(res, Exception):
                yield it, ErrorInfo(type(res).__name__, f"{it.source}: could not parse: {res}")
            else:
                yield it, res

    # (a long document is a batch of its own: quotekit.limits)
    for batch in parse_batches(items, parser.batch_size):
        yield from flush(batch)


def annotate(doc: Doc, item: InputDoc, options: ExtractOptions | None = None) -> DocRecord:
    """Run every rule stage over one parsed document."""
    options = options or ExtractOptions()
    text = item.text
    check_tree(doc)  # (a cycle of heads would never end a climb: quotekit.subtrees)
    index_sentences(doc)  # (Token.sent in constant time: quotekit.subtrees)
    # the rules read the text as laid out for the parser (quotekit.layout): the same length as
    # the input, so that every offset they find indexes the input too
    doc.user_data["quotekit_text"] = prepare_text(text)
    doc.user_data["quotekit_input"] = text
    pairs, warnings = pair_quote_marks(doc.user_data["quotekit_text"])
    quoted = QuotedText(doc, pairs, options.min_direct_words)
    cues = find_cues(
        doc,
        quoted,
        cue_lemmas(options.cue_classes),
        quotation_cue_lemmas(options.cue_classes),
    )
    candidates = find_quotes(doc, quoted, cues, options)
    attributed: list[tuple[QuoteCandidate, Attribution]] = []
    for cand in candidates:
        attributed.append((cand, attribute_speaker(doc, cand, attributed)))
    resolver = SpeakerResolver(doc, quoted.long_tok)
    addressed = [_addressed(doc, cand, resolver) for cand, _ in attributed]
    names = _speaker_names(doc, attributed, addressed, resolver)

    text_read = doc.user_data["quotekit_text"]
    _same_turn(text_read, attributed, names, resolver)
    for k in self_replies(text_read, attributed, names, addressed):
        # the pronoun of a new turn stands for someone other than the last turn's speaker
        pronoun = attributed[k][1].speaker
        if pronoun is not None:
            avoid = {name for _, name in addressed[k]} | {names[k] or ""}
            other = resolver.resolve(pronoun, avoid)
            if other and resolver.gender(other) == PRONOUN_GENDER.get(pronoun.text.lower()):
                names[k] = other

    for k, person in answers(text_read, attributed, names, addressed):
        # the person a question addressed answers it
        pronoun = attributed[k][1].speaker
        if pronoun is not None and resolver.gender(person) in (
            "",
            PRONOUN_GENDER.get(pronoun.text.lower()),
        ):
            names[k] = person

    def beat(start: int, previous_paragraph: bool) -> tuple[Span, str | None] | None:
        span = narration_subject(doc, start, previous_paragraph=previous_paragraph)
        return None if span is None else (span, resolver.resolve(span))

    turns = take_turns(text_read, attributed, names, beat, addressed)
    _not_self_addressed(turns, addressed, resolver)
    _name_a_present_narrator(doc, attributed, turns, resolver)
    salience = Salience(doc) if attributed else None
    quotes: list[QuoteRecord] = []
    for (cand, _), (attr, name) in zip(attributed, turns, strict=True):
        if options.speaker_required and attr.speaker is None:
            continue
        speaker = None
        if attr.speaker is not None:
            sp = attr.speaker
            speaker = Speaker(
                sp.start_char,
                sp.end_char,
                text[sp.start_char : sp.end_char],
                name,
                speaker_kind(sp),
            )
        cue = None
        if attr.cue is not None:
            c = attr.cue
            cue = Cue(
                c.start_char,
                c.end_char,
                text[c.start_char : c.end_char],
                record_lemma(c),
            )
        n = len(quotes) + 1
        quotes.append(
            QuoteRecord(
                doc_id=item.doc_id,
                quote_id=f"{item.doc_id}#q{n}",
                type=cand.kind,
                quote=CharSpan.of(text, cand.start, cand.end),
                speaker=speaker,
                cue=cue,
                topic=extract_topic(doc, cand, attr, salience, name),
                confidence=estimate_confidence(cand, attr, speaker),
                rule=cand.rule,
                fragments=tuple(CharSpan.of(text, s, e) for s, e in cand.fragments),
                attribution=attr.how,
            )
        )
    return DocRecord(item.doc_id, text, tuple(quotes), (*item.warnings, *warnings))


def _not_self_addressed(
    turns: list[tuple[Attribution, str | None]],
    addressed: Sequence[list[tuple[Span, str]]],
    resolver: SpeakerResolver,
) -> None:
    """Nobody calls themself by name: a quotation given to a person it addresses ('"Tom!"'
    after 'He turned to Tom.') is not theirs; its "he" stands for someone else, or for nobody
    known. (A name the text writes as the speaker, '"Ann, you fool!" said Ann to herself',
    stays.)"""
    for k, (attr, name) in enumerate(turns):
        to = {n for _, n in addressed[k]}
        speaker = attr.speaker
        if name is None or name not in to or speaker is None or speaker.root.pos_ == "PROPN":
            continue
        other = resolver.resolve(speaker, to)
        turns[k] = (attr, other if other not in to else None)


def _same_turn(
    text: str,
    attributed: list[tuple[QuoteCandidate, Attribution]],
    names: list[str | None],
    resolver: SpeakerResolver,
) -> None:
    """The "he" of a cue going on a paragraph whose cue before named its speaker is that
    speaker, where of their sex (speakers.dialogue.same_turn)."""
    for prev, k in same_turn(text, attributed):
        pronoun, named = attributed[k][1].speaker, attributed[prev][1].speaker
        if pronoun is not None and named is not None and resolver.gender(
            names[prev] or ""
        ) in ("", PRONOUN_GENDER.get(pronoun.text.lower())):
            names[k] = names[prev]
            if names[prev] is None:
                # (a description no name resolves, 'the Colonel': the pronoun is that person)
                attributed[k] = (attributed[k][0], attributed[k][1]._replace(speaker=named))


def _name_a_present_narrator(
    doc: Doc,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    turns: list[tuple[Attribution, str | None]],
    resolver: SpeakerResolver,
) -> None:
    """A first-person narrator whom no address named takes the name of the one person the
    others speak of as present and the narration never names ('as my friend Ned here will
    tell you'; speakers.narrator)."""
    narrator = [
        k
        for k, (attr, _) in enumerate(turns)
        if attr.speaker is not None and speaker_kind(attr.speaker) == "narrator"
    ]
    if not narrator or any(turns[k][1] for k in narrator):
        return
    spans = [(attributed[k][0].start, attributed[k][0].end) for k in narrator]
    name = present_person(doc, resolver, {n for _, n in turns if n}, spans)
    if name is not None:
        for k in narrator:
            turns[k] = (turns[k][0], name)


def _speaker_names(
    doc: Doc,
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    addressed: Sequence[list[tuple[Span, str]]],
    resolver: SpeakerResolver,
) -> list[str | None]:
    """The resolved name of each candidate's speaker mention (None where it has none)."""
    names: list[str | None] = []
    for (cand, a), to in zip(attributed, addressed, strict=True):
        recent = _recent_speakers(attributed, names, cand.start)
        avoid = {name for _, name in to}
        names.append(resolver.resolve(a.speaker, avoid, recent) if a.speaker is not None else None)
    for described, given in self_introductions(doc, attributed):
        # "My name," said the old gentleman, "is Hartley.": every "the old gentleman" is his
        person = resolver.resolve(given) or given.text
        for k, (_, a) in enumerate(attributed):
            if a.speaker is not None and a.speaker.text.lower() == described:
                names[k] = person
    return names


def _recent_speakers(
    attributed: Sequence[tuple[QuoteCandidate, Attribution]],
    names: Sequence[str | None],
    start: int,
) -> list[str]:
    """The resolved speakers of the quotations just before ``start``, latest first: the
    people of the scene."""
    out: list[str] = []
    for k in range(len(names) - 1, max(-1, len(names) - 1 - _RECENT), -1):
        name = names[k]
        if start - attributed[k][0].end > _SCENE_CHARS:
            break
        if name and name not in out:
            out.append(name)
    return out


# how far back a scene's speakers count: quotations, and characters of text
_RECENT = 6
_SCENE_CHARS = 3000


def _addressed(doc: Doc, cand: QuoteCandidate, resolver: SpeakerResolver) -> list[tuple[Span, str]]:
    """The people a direct quotation addresses by name, with their resolved names."""
    if cand.kind != "direct":
        return []
    found = ((span, resolver.resolve(span)) for span in vocatives(doc, cand.start, cand.end))
    # (not a word cried out that the text never shows to be anyone's name: "Hush!", "Stake,
    # please")
    return [(span, name) for span, name in found if name and resolver.known_person(name)]


def extract_text(
    text: str, parser: Parser, *, doc_id: str = "text", options: ExtractOptions | None = None
) -> DocRecord:
    """Convenience: the quotes of one text."""
    return next(extract([InputDoc(doc_id, text, doc_id)], parser, options))
