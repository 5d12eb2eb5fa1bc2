"""Joining direct and reported quotes: mixed quotes, nesting, one content per cue."""

from __future__ import annotations

import bisect

from quotekit import trace
from quotekit.cue_lexicon import cue_class_of, cue_lemma
from quotekit.lexicon import SUBJ_DEPS
from quotekit.records import QuoteCandidate
from quotekit.rules import RuleId
from quotekit.subtrees import left_edge

_LONGEST_PAIR = 20000  # characters: contents longer than this are not looked back for


class Intervals:
    """Candidates by start offset, to find those that contain, or lie within, a span."""

    def __init__(self, cands: list[QuoteCandidate]) -> None:
        self.cands = sorted(cands, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.cands]

    def any_containing(self, start: int, end: int) -> bool:
        return bool(self.containing(start, end))

    def containing(self, start: int, end: int) -> list[QuoteCandidate]:
        hi = bisect.bisect_right(self.starts, start)
        lo = bisect.bisect_left(self.starts, start - _LONGEST_PAIR)
        return [c for c in self.cands[lo:hi] if c.end >= end]

    def within(self, start: int, end: int) -> list[QuoteCandidate]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.starts, end)
        return [c for c in self.cands[lo:hi] if c.end <= end]


# --------------------------------------------------------------------------- merging


def _same_sentence_gap(r: QuoteCandidate, d: QuoteCandidate) -> bool:
    return d.start - r.end <= 80


def _continues_reported(r: QuoteCandidate, d: QuoteCandidate) -> bool:
    """'called the candidate "extremely physically fit."': a quotation right after reported
    speech through the same cue continues it (the two are joined into one mixed quote)."""
    return d.rule == "direct-cue-before" and not d.fragments and 0 <= d.start - r.end <= 3


def merge_quotes(
    direct: list[QuoteCandidate], reported: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """Join the two lists: a quotation inside reported speech is a fragment of a mixed quote,
    and reported speech that is all inside one quotation is that direct quote."""
    # an attribution across a dash names the source of its quotation itself ('"..." - that
    # is how one baker, Ana Lopes, described it'): the direct quote of the same span takes it
    dashed = {
        (r.start, r.end): r.subject
        for r in reported
        if r.rule == "dash-attribution" and r.subject is not None
    }
    direct = [d._replace(subject=dashed.get((d.start, d.end), d.subject)) for d in direct]
    kept_reported = _drop_nested(_reported_beside(direct, reported))
    out = _placed_direct(direct, kept_reported, reported)
    out.extend(kept_reported)
    out.sort(key=lambda c: (c.start, c.end))
    out = [_with_free_relative(c) for c in out]
    # the same content reported twice (two cues): keep the first
    uniq: list[QuoteCandidate] = []
    for c in out:
        if uniq and uniq[-1].start == c.start and uniq[-1].end == c.end:
            _dropped(c, "same-content-twice")
            continue
        uniq.append(c)
    return uniq


def _reported_beside(
    direct: list[QuoteCandidate], reported: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """The reported contents that are not a quotation found as a direct quote."""
    direct_by_cue: dict[int, list[QuoteCandidate]] = {}
    for d in direct:
        if d.cue is not None:
            direct_by_cue.setdefault(d.cue.start, []).append(d)
    d_index = Intervals(direct)
    kept = []
    for r in reported:
        if (
            r.cue is not None
            and r.rule != "according-to"
            and any(
                not (r.start <= d.start and d.end <= r.end) and not _continues_reported(r, d)
                for d in direct_by_cue.get(r.cue.start, ())
            )
        ):
            _dropped(r, "cue-introduces-a-quotation")  # one cue, one content
            continue
        if (r.kind == "direct" and r.rule not in _OWN_DIRECT_RULES) or d_index.any_containing(
            r.start, r.end
        ):
            # the complement is the quotation itself: keep the direct quote, with this cue
            _dropped(r, "is-a-quotation")
            continue
        kept.append(r)
    return kept


# rules whose direct contents stand where no direct quote was found: a transcript's line and
# an interview's answer (in no quotation marks), and a quotation that an attribution across a
# dash gives to someone, however short ('"We lost everything." - that is how ...')
_OWN_DIRECT_RULES: frozenset[RuleId] = frozenset(
    {"colon-line", "interview-answer", "dash-attribution"}
)


def _placed_direct(
    direct: list[QuoteCandidate], kept: list[QuoteCandidate], reported: list[QuoteCandidate]
) -> list[QuoteCandidate]:
    """The direct quotes that stand on their own (a quotation inside a reported content is a
    piece of it, and one that goes on after it through the same cue joins it; ``kept`` is
    updated in place), each with the cue the complement rule found where it had none."""
    r_index = Intervals(kept)
    all_r_index = Intervals(reported)
    out: list[QuoteCandidate] = []
    by_cue: dict[int, list[int]] = {}
    for k, r in enumerate(kept):
        if r.cue is not None:
            by_cue.setdefault(r.cue.start, []).append(k)
    for d in direct:
        if any(not _reported_by_source(r, d) for r in r_index.containing(d.start, d.end)):
            _dropped(d, "inside-a-reported-content")
            continue
        # 'proposed a "new plan" based on "local solutions"': a quotation that continues
        # reported speech through the same cue is part of that (mixed) quote
        if _joins_reported(d, kept, by_cue):
            continue
        # the direct rule missed the cue but the complement rule found it
        # (with the speaker it found: "According to the coach: ...", '"..." - that is how
        # one supplier, Marco Bellini, described it')
        cue, rule, subject = d.cue, d.rule, d.subject
        if cue is None:
            for r in all_r_index.within(d.start, d.end):
                if r.cue is not None:
                    cue, rule, subject = r.cue, "direct-complement", r.subject
                    break
        out.append(d._replace(cue=cue, rule=rule, subject=subject))
    return out


def _reported_by_source(r: QuoteCandidate, d: QuoteCandidate) -> bool:
    """A quotation with its own cue inside what a source reports ('"We will close the pier,"
    Lee said, according to the Courier'): Lee said it, and the Courier reports that she did;
    both stand."""
    if r.rule != "according-to" or d.cue is None or r.cue is None:
        return False
    # (not a title right after "according to", which the parse left out of the source's
    # phrase: 'according to "The Harbour Years," by Ann Cole, Lee told ...')
    title = r.cue.end_char <= d.start and not d.cue.doc.text[r.cue.end_char : d.start].strip()
    return r.start <= d.cue.start_char and d.cue.end_char <= r.end and not title


def _joins_reported(
    d: QuoteCandidate, kept: list[QuoteCandidate], by_cue: dict[int, list[int]]
) -> bool:
    if d.cue is None or d.rule != "direct-cue-before" or d.fragments:
        return False
    for k in by_cue.get(d.cue.start, ()):
        r = kept[k]
        if r.end <= d.start and _same_sentence_gap(r, d):
            kept[k] = r._replace(end=d.end, kind="mixed")
            return True
    return False


def _dropped(cand: QuoteCandidate, reason: str) -> None:
    trace.note("dropped", cand.start, cand.end, reason, cand.rule)


def _with_free_relative(cand: QuoteCandidate) -> QuoteCandidate:
    """'what an aide called "the start of a new chapter"', 'what is called a
    debate': a content after its cue, in a free relative, starts at "what" (it stands for the
    thing so called or so described), with the speaker and cue inside it; one content in two
    pieces, mixed where the second is a quotation. (PolNeAR mostly starts such contents at
    "what": on train 7 more matched at overlap 0.8, 3 fewer, where a quotation was marked
    alone.)"""
    cue = cand.cue
    if cue is None or cand.start < cue.end_char:
        return cand
    verb = cue.root
    lead = [left_edge(c) for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i]
    lead += [c.i for c in verb.children if c.dep_ == "aux:pass" and c.i < verb.i]
    if not lead or min(lead) == 0:
        return cand
    what = verb.doc[min(lead) - 1]
    if what.lower_ != "what":
        return cand
    pieces = cand.fragments or ((cand.start, cand.end),)
    return cand._replace(
        kind="mixed" if cand.kind == "direct" else cand.kind,
        start=what.idx,
        fragments=((what.idx, what.idx + len(what.text)), *pieces),
    )


# rules whose content is a phrase (an object, an oblique, an infinitive), or that read a clause
# off the surface: inside another report's content such a cue is part of what was reported.
# Measured on PolNeAR train (verbs of saying), such nested records were right 33 times and wrong
# 184 (phrase rules), and right 11 times and wrong 14 (surface clause rules)
_NESTED_RULES: frozenset[RuleId] = frozenset(
    {
        "object-content",
        "directive",
        "oblique-content",
        "xcomp-complement",
        "clause-after",
        "that-clause",
        "passive-object",
        "noun-complement",
    }
)
# rules whose record, when its content runs past the content its cue stands in, is dropped:
# on train such records were right 19 times and wrong 75 (two contents cannot overlap)
_OVERLAP_RULES: frozenset[RuleId] = _NESTED_RULES | {"ccomp-complement"}


def _drop_nested(reported: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """'Ellis said he believes Grant was raised here', 'says Delong promised to support
    Ruiz': a belief, or a phrase-sized report, inside what someone else said is part of it,
    not a quote of its own; and a report whose cue stands inside another's content cannot run
    past it. A clause reported inside a report ('said the police claimed that ...') stays:
    such nested attributions are often real."""
    index = Intervals(reported)
    kept = []
    for r in reported:
        if r.cue is not None:
            outer = [
                o
                for o in index.containing(r.cue.start_char, r.cue.end_char)
                if o is not r and o.start <= r.cue.start_char and r.cue.end_char <= o.end
            ]
            inside = any(o.start <= r.start and r.end <= o.end for o in outer)
            cognition = cue_class_of(cue_lemma(r.cue.root)) in ("cognition", "stance")
            # (and anything reported in a transcript's line or an interview's answer, which
            # are the speaker's own words, as inside a quotation)
            verbatim = any(o.kind == "direct" for o in outer)
            if outer and inside and (r.rule in _NESTED_RULES or cognition or verbatim):
                _dropped(r, "inside-another-report")
                continue
            if outer and not inside and (r.rule in _OVERLAP_RULES or cognition):
                _dropped(r, "runs-past-another-report")
                continue
        kept.append(r)
    return kept
