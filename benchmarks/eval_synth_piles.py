"""Root accuracy on a synthetic messy pile (benchmarks/synth_piles.py), per story and overall.

An article's traced root must be its story's original (the scoop, or for a follow-up the
follow-up itself); the scoop's exact duplicates count as the scoop, since nothing tells
two copies of one page apart. Misses are listed with the chain that was traced.

Run: python benchmarks/eval_synth_piles.py [--seed 7] [--stories 6] [--pile DIR] [--min 0.98] [--json]
Without --pile a pile is generated into a temporary folder. Exit 1 below --min.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
import provenance
from benchmarks import synth_piles
from benchmarks.pile_scoring import RootOutcome, load_truth, ratios_by, score_roots, tally


def trace_pile(folder: Path) -> tuple[RootOutcome, ...]:
    """Trace the pile's JSONL in one process (reproducible, no fork) and score every record."""
    truth = load_truth(folder / "truth.json")
    graph = provenance.trace([folder / f"{synth_piles.PILE_STEM}.jsonl"], provenance.Config(workers=1))
    return score_roots(truth, graph)


def figures(outcomes: tuple[RootOutcome, ...]) -> dict[str, Any]:
    """Overall, per-story and per-role root accuracy, and the misses."""
    return {
        "overall": tally(o.hit for o in outcomes).as_json(),
        "stories": {name: ratio.as_json() for name, ratio in ratios_by(outcomes, "story").items()},
        "roles": {name: ratio.as_json() for name, ratio in ratios_by(outcomes, "role").items()},
        "misses": [{"article": o.article, "story": o.story, "role": o.role, "expected": list(o.expected),
                    "got": o.got, "chain": list(o.chain)} for o in outcomes if not o.hit],
    }


def print_report(outcomes: tuple[RootOutcome, ...]) -> None:
    print(f"{'story':<8} root accuracy")
    for name, ratio in ratios_by(outcomes, "story").items():
        print(f"{name:<8} {ratio.text()}")
    print(f"{'overall':<8} {tally(o.hit for o in outcomes).text()}")
    print("\nby role: " + ", ".join(f"{name} {ratio.text()}" for name, ratio in ratios_by(outcomes, "role").items()))
    misses = [o for o in outcomes if not o.hit]
    if misses:
        print(f"\n{len(misses)} misses (article, role: expected root -> got root; chain)")
    for o in sorted(misses, key=lambda o: (o.story, o.article)):
        print(f"  {o.story} {o.article} ({o.role}): {' or '.join(o.expected)} -> {o.got}; {' > '.join(o.chain)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stories", type=int, default=6)
    parser.add_argument("--pile", type=Path, help="a folder with pile.jsonl and truth.json (default: generate one)")
    parser.add_argument("--min", type=float, default=0.98, help="exit 1 when overall root accuracy is below this")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.pile:
        outcomes = trace_pile(args.pile)
    else:
        with tempfile.TemporaryDirectory(prefix="synth-pile-") as folder:
            synth_piles.write(synth_piles.generate(args.seed, args.stories), Path(folder))
            outcomes = trace_pile(Path(folder))
    if args.json:
        print(json.dumps(figures(outcomes), indent=2))
    else:
        print_report(outcomes)
    accuracy = tally(o.hit for o in outcomes).value or 0.0
    return 0 if accuracy >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
