#!/usr/bin/env python3
"""Long property run: generated texts through the whole extraction, checking that no exception
escapes and every span indexes the input (the properties of tests/test_fuzz.py).

    python benchmarks/fuzz.py --examples 10000                         # rules, no model
    python benchmarks/fuzz.py --examples 1000 --model-dir DIR          # the real parser too
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzzing import check_invariants, naive_doc, texts  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402

from quotekit.pipeline import annotate, extract  # noqa: E402
from quotekit.records import InputDoc  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10000)
    ap.add_argument("--model-dir", help="also run the real Stanza parser from this directory")
    args = ap.parse_args()
    count = {"n": 0}
    cfg = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @cfg
    @given(texts)
    def rules(text: str) -> None:
        count["n"] += 1
        check_invariants(annotate(naive_doc(text), InputDoc("f", text, "f")), text)

    start = time.time()
    rules()
    print(f"rules without a model: {count['n']} examples passed in {time.time() - start:.0f} s")
    if args.model_dir:
        from quotekit.parsing import Parser

        parser = Parser(model_dir=args.model_dir, device="cpu", batch_size=1)
        parser.load()
        count["n"] = 0

        @cfg
        @given(texts)
        def real(text: str) -> None:
            count["n"] += 1
            (record,) = extract([InputDoc("f", text, "f")], parser)
            if record.error is None:
                check_invariants(record, text)
            else:
                assert not text.strip(), record.error

        start = time.time()
        real()
        print(f"real parser: {count['n']} examples passed in {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()
