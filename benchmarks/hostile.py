#!/usr/bin/env python3
"""Hostile documents (issue 19): time and peak memory of each, as ratios to a normal document
of the same length run the same way.

    python benchmarks/hostile.py                         # the rules on a model-free parse
    python benchmarks/hostile.py --model-dir DIR         # with the real Stanza parser (CPU)
    python benchmarks/hostile.py --marks 20000 --unpunctuated-chars 40000 --huge-mb 30

Cases:
    unpunctuated  a stretch without sentence punctuation (the issue's hang: 40,000 characters)
    marks         a document of many quotation marks (the issue: 200,000)
    huge          a 30 MB document between two normal ones, under the default --max-chars:
                  its "time" is until both normal documents are out, against the two alone

Each measurement runs in a fresh process; peak memory is the growth of its resident set
(VmHWM over the resident set before the document, from /proc) while the document is extracted.
Without --model-dir, documents are parsed by a regex stand-in (one flat tree per sentence),
which isolates the rules, where the hang and the quadratic work were.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# invented sentences: a council story with quotes, attributions and reported speech
_NORMAL = (
    "The council voted on Tuesday to close the old bridge for repairs. "
    '"We will rebuild it within a year," the mayor said. '
    "Residents said the detour would add twenty minutes to their drive to work. "
    "Nora Bexley, who runs a bakery near the river, told reporters that sales had fallen. "
    '"It is the only way across," she said, "and now it is gone." '
    "The engineers warned that the cost could rise.\n\n"
)
_WORDS = (
    "the council members said the old bridge would close and the residents who live near "
    "the river asked the mayor whether the repairs could wait until the spring because "
    "the detour adds time to every trip and the bakery owners told reporters that sales fell "
)


def normal_text(n: int) -> str:
    return (_NORMAL * (n // len(_NORMAL) + 1))[:n]


def unpunctuated_text(n: int) -> str:
    return (_WORDS * (n // len(_WORDS) + 1))[:n]


def marks_text(marks: int) -> str:
    return 'He said "no" and ' * (marks // 2)


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _regex_parser() -> Any:
    """A parser without a model: regex tokens, sentences at . ! ?, line ends and the real
    parser's piece ends, flat trees."""
    from quotekit.parsing import make_vocab, split_pieces, stanza_to_spacy

    vocab = make_vocab()

    def parse(text: str) -> Any:
        sents = []
        # (sentences end where the real parser's pieces do: see quotekit.parsing.split_pieces)
        pieces = split_pieces(text)
        starts = [0]
        for piece in pieces:
            starts.append(starts[-1] + len(piece))
        spans = [
            (start + m.start(), start + m.end())
            for start, piece in zip(starts[:-1], pieces, strict=True)
            for m in re.finditer(r"[^\n.!?]+[.!?]*", piece)
        ]
        for m in (
            SimpleNamespace(start=lambda a=a: a, group=lambda a=a, b=b: text[a:b]) for a, b in spans
        ):
            words = []
            for k, t in enumerate(re.finditer(r"\w+|[^\w\s]", m.group()), 1):
                s, e = m.start() + t.start(), m.start() + t.end()
                verb = t.group() in ("said", "told", "asked", "warned")
                words.append(
                    SimpleNamespace(
                        id=k,
                        text=t.group(),
                        lemma=t.group().lower(),
                        upos="VERB" if verb else "NOUN",
                        xpos="VBD" if verb else "NN",
                        feats=None,
                        head=0 if k == 1 else 1,
                        deprel="root" if k == 1 else "dep",
                        start_char=s,
                        end_char=e,
                    )
                )
            if words:
                tokens = [
                    SimpleNamespace(start_char=w.start_char, end_char=w.end_char, words=[w])
                    for w in words
                ]
                sents.append(SimpleNamespace(words=words, tokens=tokens))
        return stanza_to_spacy(SimpleNamespace(sentences=sents), text, vocab)

    class RegexParser:
        batch_size = 16
        progress = None

        def parse_texts(self, texts: list[str]) -> list[Any]:
            return [parse(t) for t in texts]

    return RegexParser()


def measure(case: str, size: int, model_dir: str | None) -> dict[str, float]:
    """Run one measurement in this process: seconds and peak resident growth (MB)."""
    sys.path.insert(0, str(ROOT))
    from quotekit.limits import limit_length
    from quotekit.pipeline import extract
    from quotekit.records import InputDoc

    if model_dir:
        from quotekit.parsing import Parser

        parser: Any = Parser(model_dir=model_dir, device="cpu", batch_size=16)
        parser.load()
        parser.parse_texts(["Warm up, the parser said."])
    else:
        parser = _regex_parser()
    normal = [InputDoc(f"n{i}", normal_text(2000), f"n{i}") for i in (1, 2)]
    if case == "unpunctuated":
        items = [InputDoc("u", unpunctuated_text(size), "u")]
    elif case == "marks":
        items = [InputDoc("m", marks_text(size), "m")]
    elif case == "huge":
        big = InputDoc("big", normal_text(size * 1_000_000), "big")
        items = [normal[0], big, normal[1]]
    elif case == "huge-normal":
        items = normal
    else:  # "normal": a normal document of the given length
        items = [InputDoc("n", normal_text(size), "n")]
    before = _rss_kb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # (the peak starts from here)
    start = time.perf_counter()
    records = list(extract(limit_length(items), parser))
    seconds = time.perf_counter() - start
    peak = (_rss_kb("VmHWM") - before) / 1024
    errors = sum(r.error is not None for r in records)
    return {
        "seconds": seconds,
        "peak_mb": max(peak, 0.0),
        "records": len(records),
        "errors": errors,
        "quotes": sum(len(r.quotes) for r in records),
    }


def _run(case: str, size: int, model_dir: str | None) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", case, str(size)]
    if model_dir:
        cmd += ["--model-dir", model_dir]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", help="parse with the real Stanza models in this directory")
    ap.add_argument("--unpunctuated-chars", type=int, default=40_000)
    ap.add_argument("--marks", type=int, default=200_000)
    ap.add_argument("--huge-mb", type=int, default=30)
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], int(args.one[1]), args.model_dir)))
        return
    cases = [
        ("unpunctuated", args.unpunctuated_chars, "normal", args.unpunctuated_chars),
        ("marks", args.marks, "normal", len(marks_text(args.marks))),
        ("huge", args.huge_mb, "huge-normal", 0),
    ]
    parse = "Stanza, CPU" if args.model_dir else "regex stand-in parse"
    print(f"hostile documents ({parse}); ratios to a normal document of the same length")
    print(
        f"{'case':<13} {'size':>12} {'seconds':>9} {'x normal':>9} {'peak MB':>9} "
        f"{'x normal':>9}  records"
    )
    for case, size, ref_case, ref_size in cases:
        got = _run(case, size, args.model_dir)
        ref = _run(ref_case, ref_size, args.model_dir)
        label = f"{size:,} MB" if case == "huge" else f"{size:,}"
        ratio_mem = got["peak_mb"] / ref["peak_mb"] if ref["peak_mb"] > 0 else float("nan")
        print(
            f"{case:<13} {label:>12} {got['seconds']:>9.2f} "
            f"{got['seconds'] / ref['seconds']:>9.2f} {got['peak_mb']:>9.1f} {ratio_mem:>9.2f}"
            f"  {int(got['records'])} ({int(got['errors'])} error, "
            f"{int(got['quotes'])} quotes; normal: {ref['seconds']:.2f} s, "
            f"{ref['peak_mb']:.1f} MB)"
        )


if __name__ == "__main__":
    main()
