"""Speed and accuracy of text reuse on synthetic corpora (benchmarks/synth.py).

For each size: wall time and peak memory of the reuse stage (cleaning + candidate index +
alignment), candidate sentence pairs aligned, and precision/recall of the article pairs it
links against the generator's true copy edges; end to end (the whole pipeline) for the
sizes given with --end-to-end; and the naive all-pairs rapidfuzz baseline where it can
finish. Results go to docs/performance.md by hand (the figures and the machine).

Run: python benchmarks/bench_reuse.py --sizes 1000 10000 [--end-to-end 1000] [--baseline 300]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synth import generate
from provenance import reuse
from provenance.clean import clean
from provenance.models import Corpus
from provenance.pipeline import trace_corpus


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _score(linked: set[frozenset[str]], truth: frozenset[tuple[str, str]]) -> dict[str, float]:
    true_pairs = {frozenset(edge) for edge in truth}
    hits = len(linked & true_pairs)
    return {"precision": round(hits / len(linked), 4) if linked else 0.0,
            "recall": round(hits / len(true_pairs), 4) if true_pairs else 0.0}


def bench_reuse_stage(size: int) -> dict[str, object]:
    corpus = generate(size)
    started = time.perf_counter()
    cleaned = tuple(clean(d) for d in corpus.documents)
    links = reuse.find_links(cleaned)
    seconds = time.perf_counter() - started
    linked = {frozenset((link.a, link.b)) for link in links}
    return {"articles": size, "seconds": round(seconds, 2), "peak_mb": round(_peak_mb()),
            "links": len(links), "true_edges": len(corpus.edges), **_score(linked, corpus.edges)}


def bench_end_to_end(size: int) -> dict[str, object]:
    corpus = generate(size)
    started = time.perf_counter()
    graph = trace_corpus(Corpus(corpus.documents))
    seconds = time.perf_counter() - started
    directed = {(e.source, e.target) for e in graph.edges if e.relation in ("copies", "rewrites")}
    hits = len(directed & corpus.edges)
    return {"articles": size, "seconds": round(seconds, 2), "peak_mb": round(_peak_mb()),
            "precision": round(hits / len(directed), 4) if directed else 0.0,
            "recall": round(hits / len(corpus.edges), 4)}


def bench_naive(size: int) -> dict[str, object]:
    """All pairs of articles, every sentence against every sentence (the approach we replaced)."""
    from rapidfuzz import fuzz

    corpus = generate(size)
    started = time.perf_counter()
    sentences = {d.id: reuse._sentences(clean(d)) for d in corpus.documents}
    linked = set()
    for a, b in itertools.combinations(sorted(sentences), 2):
        weight = 0.0
        for left in sentences[a]:
            best = max((fuzz.ratio(left.normal, right.normal) for right in sentences[b]), default=0)
            if best >= reuse.MATCH_RATIO:
                weight += left.word_count * best / 100
        if weight >= reuse.LINK_MIN_WEIGHT:
            linked.add(frozenset((a, b)))
    seconds = time.perf_counter() - started
    return {"articles": size, "seconds": round(seconds, 2), **_score(linked, corpus.edges)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--end-to-end", type=int, nargs="*", default=[])
    parser.add_argument("--baseline", type=int, nargs="*", default=[])
    args = parser.parse_args()
    results = {"machine": f"{os.cpu_count()} cores", "reuse": [bench_reuse_stage(n) for n in args.sizes],
               "end_to_end": [bench_end_to_end(n) for n in args.end_to_end],
               "naive_all_pairs": [bench_naive(n) for n in args.baseline]}
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
