"""Speed and accuracy of text reuse on synthetic corpora (benchmarks/synth.py).

For each size, in a fresh process (so that peak memory is that size's own):

- ``reuse``: the text-reuse stage alone (cleaning, profiles, candidate index, alignment,
  links) in one process: wall time, peak memory, candidate sentence pairs aligned, and
  precision/recall of the linked article pairs against the generator's true copy edges;
- ``end-to-end``: the whole pipeline (``trace_corpus``, every core): wall time, peak
  memory, and precision/recall of the directed copies/rewrites edges;
- ``naive``: the all-pairs rapidfuzz baseline, every sentence against every sentence.

The corpus is generated before the clock starts; peak memory includes it. Results are
printed as JSON; docs/performance.md records them with the machine.

Run: python benchmarks/bench_reuse.py --sizes 1000 10000 [--end-to-end 1000 10000 100000] [--baseline 300]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synth import generate
from provenance import reuse
from provenance.clean import clean
from provenance.config import Config
from provenance.models import Corpus
from provenance.pipeline import trace_corpus


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _score(linked: set[frozenset[str]], truth: frozenset[tuple[str, str]]) -> dict[str, float]:
    true_pairs = {frozenset(edge) for edge in truth}
    hits = len(linked & true_pairs)
    return {"precision": round(hits / len(linked), 4) if linked else 0.0,
            "recall": round(hits / len(true_pairs), 4) if true_pairs else 0.0}


def bench_reuse_stage(size: int) -> dict[str, object]:
    corpus = generate(size)
    aligned: dict[str, int] = {}
    started = time.perf_counter()
    cleaned = tuple(clean(d) for d in corpus.documents)
    links = reuse.find_links(cleaned, lambda stage, done, total: aligned.__setitem__(stage, total))
    seconds = time.perf_counter() - started
    linked = {frozenset((link.a, link.b)) for link in links}
    return {"articles": size, "seconds": round(seconds, 1), "peak_mb": _peak_mb(),
            "pairs_aligned": sum(aligned.values()), "links": len(links), "true_edges": len(corpus.edges),
            **_score(linked, corpus.edges)}


def bench_end_to_end(size: int) -> dict[str, object]:
    corpus = generate(size)
    started = time.perf_counter()
    graph = trace_corpus(Corpus(corpus.documents), Config())
    seconds = time.perf_counter() - started
    directed = {(e.source, e.target) for e in graph.edges if e.relation in ("copies", "rewrites")}
    hits = len(directed & corpus.edges)
    return {"articles": size, "seconds": round(seconds, 1), "peak_mb": _peak_mb(), "workers": os.cpu_count(),
            "precision": round(hits / len(directed), 4) if directed else 0.0,
            "recall": round(hits / len(corpus.edges), 4)}


def bench_naive(size: int) -> dict[str, object]:
    """All pairs of articles, every sentence against every sentence (the approach we replaced)."""
    from rapidfuzz import fuzz

    corpus = generate(size)
    started = time.perf_counter()
    profiles = {d.id: reuse.profile(clean(d)) for d in corpus.documents}
    linked = set()
    for a, b in itertools.combinations(sorted(profiles), 2):
        weight = 0.0
        for left, words in zip(profiles[a].normals, profiles[a].word_counts, strict=True):
            best = max((fuzz.ratio(left, right) for right in profiles[b].normals), default=0)
            if best >= reuse.MATCH_RATIO:
                weight += words * best / 100
        if weight >= reuse.LINK_MIN_WEIGHT:
            linked.add(frozenset((a, b)))
    seconds = time.perf_counter() - started
    return {"articles": size, "seconds": round(seconds, 1), "peak_mb": _peak_mb(), **_score(linked, corpus.edges)}


KINDS = {"reuse": bench_reuse_stage, "end-to-end": bench_end_to_end, "naive": bench_naive}


def _in_fresh_process(kind: str, size: int) -> dict[str, object]:
    result = subprocess.run([sys.executable, __file__, "--one", kind, str(size)], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--end-to-end", type=int, nargs="*", default=[])
    parser.add_argument("--baseline", type=int, nargs="*", default=[])
    parser.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(KINDS[args.one[0]](int(args.one[1]))))
        return 0
    results = {"machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
               "reuse": [_in_fresh_process("reuse", n) for n in args.sizes],
               "end_to_end": [_in_fresh_process("end-to-end", n) for n in args.end_to_end],
               "naive_all_pairs": [_in_fresh_process("naive", n) for n in args.baseline]}
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
