"""provenance beside a peer pipeline, on the same realistic corpus and truth, in one run.

The peer is what a researcher would build from the standard near-duplicate tool:
datasketch's MinHash LSH over word 5-gram shingles (128 permutations), then the
*earliest similar parent* rule: each article's parent is the earliest-published article
the LSH finds similar to it (an undated article can have a parent, but is never one).
Its edges are scored exactly as provenance's (``bench_cli_scale.score``: directed copy
edges against the truth's copies, credited republications and rewrites; root accuracy
by following parents), at every LSH threshold given; the best by edge F1 is the one to
quote. provenance runs as the user's command (``provenance trace … -f json -o``).

passim (the reference tool for text reuse in newspapers) is not run: the package of that
name on PyPI is an unrelated password library, and passim itself needs a Scala/Spark
build from GitHub and jars from Maven, neither reachable from this machine.

Run: pip install datasketch; python benchmarks/bench_peers.py [SIZES ...] [--thresholds 0.3 0.5 0.7]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks import bench_cli_scale, synth_corpus

SHINGLE_WORDS = 5
NUM_PERM = 128
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Article:
    id: str
    published: float | None  # seconds since the epoch, UTC
    shingles: frozenset[bytes]


def read_corpus(path: Path) -> list[Article]:
    """The records as provenance names them (``corpus#<line>``), with their word shingles."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            record = json.loads(line)
            words = _WORD.findall(str(record.get("text", "")).lower())
            grams = frozenset(" ".join(words[i:i + SHINGLE_WORDS]).encode()
                              for i in range(max(1, len(words) - SHINGLE_WORDS + 1)))
            articles.append(Article(f"{path.stem}#{number}", _seconds(record.get("published")), grams))
    return articles


def _seconds(value: Any) -> float | None:
    try:
        return dateparser.isoparse(str(value)).timestamp() if value else None
    except (ValueError, OverflowError):
        return None


def minhashes(articles: list[Article]) -> list[Any]:
    from datasketch import MinHash

    signatures = []
    for article in articles:
        signature = MinHash(num_perm=NUM_PERM, seed=1)
        signature.update_batch(article.shingles)
        signatures.append(signature)
    return signatures


def earliest_similar_parents(articles: list[Article], signatures: list[Any], threshold: float) -> dict[str, str]:
    """Each article's earliest-published LSH neighbour published before it."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for number, signature in enumerate(signatures):
        lsh.insert(number, signature)
    parents = {}
    for number, (article, signature) in enumerate(zip(articles, signatures, strict=True)):
        similar = (articles[i] for i in lsh.query(signature) if i != number)
        earlier = [(other.published, other.id) for other in similar if other.published is not None
                   and (article.published is None or other.published < article.published)]
        if earlier:
            parents[article.id] = min(earlier)[1]
    return parents


def write_graph(path: Path, articles: list[Article], parents: dict[str, str]) -> None:
    """The peer's answer in provenance's JSON shape (articles with chains, copy edges), for scoring."""
    def chain(article: str) -> list[str]:
        seen = [article]
        while seen[-1] in parents and parents[seen[-1]] not in seen:
            seen.append(parents[seen[-1]])
        return seen

    graph = {"articles": [{"id": a.id, "chain": chain(a.id)} for a in articles], "nodes": [],
             "edges": [{"source": child, "target": parent, "relation": "copies"} for child, parent in parents.items()]}
    path.write_text(json.dumps(graph), encoding="utf-8")


def rows(size: int, folder: Path, args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    counts = synth_corpus.write(folder, args.seed, size)
    corpus, truth = folder / f"{synth_corpus.CORPUS_STEM}.jsonl", bench_cli_scale.load_truth(folder / "truth.json")
    graph = folder / "graph.json"
    run = bench_cli_scale.run_command(bench_cli_scale.command(corpus, graph, "json", None), folder / "stderr.txt")
    yield _row("provenance", "", counts["articles"], run.seconds, run.tree_peak_mb, graph, truth)
    started = time.perf_counter()
    articles = read_corpus(corpus)
    signatures = minhashes(articles)
    hashing = time.perf_counter() - started
    for threshold in args.thresholds:
        started = time.perf_counter()
        parents = earliest_similar_parents(articles, signatures, threshold)
        seconds = hashing + time.perf_counter() - started
        write_graph(graph, articles, parents)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        yield _row("datasketch MinHash LSH + earliest parent", f"{threshold:.2f}", counts["articles"], seconds,
                   peak, graph, truth)


def _row(tool: str, setting: str, articles: int, seconds: float, peak_mb: float, graph: Path,
         truth: dict[str, bench_cli_scale.Truth]) -> dict[str, Any]:
    result = bench_cli_scale.score(graph, truth)
    f1 = 2 * result.precision * result.recall / max(1e-9, result.precision + result.recall)
    return {"tool": tool, "setting": setting, "articles": articles, "seconds": round(seconds, 1),
            "peak_mb": round(peak_mb), "edge_precision": round(result.precision, 3),
            "edge_recall": round(result.recall, 3), "edge_f1": round(f1, 3),
            "root_accuracy": round(result.root_accuracy, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--thresholds", nargs="+", type=float, default=[0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    args = parser.parse_args(argv)
    print("| articles | tool | threshold | time s | peak MB | edge P | edge R | edge F1 | root accuracy |\n"
          "|---:|---|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"peers-{size}-") as folder:
            for row in rows(size, Path(folder), args):
                print(f"| {row['articles']:,} | {row['tool']} | {row['setting']} | {row['seconds']} | "
                      f"{row['peak_mb']:,} | {row['edge_precision']:.3f} | {row['edge_recall']:.3f} | "
                      f"{row['edge_f1']:.3f} | {row['root_accuracy']:.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
