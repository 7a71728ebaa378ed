"""The user's own command at scale: ``provenance trace corpus.jsonl --format json -o graph.json``.

The speed benchmark (bench_reuse.py) times ``trace_corpus()`` in-process, without loading or
writing output, on a corpus with no attributions, outlets or dates. This one measures what a
user waits for: the CLI as a child process on the realistic corpus (synth_corpus.py), output
written, with its wall time and peak memory, then scores the written graph.json against the
corpus's truth:

- directed copy edges: ``copies``/``rewrites`` edges against the truth's copy relations
  (copies, credits: a republished text, rewrites), each article keeping its nearest parent;
  exact duplicates and archive snapshots count as the article they repeat, so an edge to a
  twin is an edge to the article; a translation linked as a rewrite is not held against the
  tool, and is not expected of it; a wrong edge to a page whose story text is the true
  parent's (the truth's ``same_text_parents``: which of them a copy took, no text tells) is
  counted apart, with P/R counting such edges right, beside the strict figure;
- root accuracy: an article's chain must end at its story's original (or a duplicate of it,
  or a node the graph marks as the same page; a follow-up may end one step further, at the
  statement it reports), by role, translations split by whether their text names the wire.

graph.json is read element by element (articles, nodes, edges), never whole, so that scoring
a 1 GB file stays small. Peak memory is the largest single process (``wait4`` of the child:
what ``/usr/bin/time -v`` reports) and, sampled every 0.2 s, the sum over the child and its
worker processes.

Run: python benchmarks/bench_cli_scale.py [SIZES ...] [--text] [--workers N] [--engine spark] [--keep DIR] [--misses 3]
[--source DIR] (sizes in articles, default 1000 10000). Prints one markdown table row per size,
then per size what went wrong: root accuracy by class, wrong and missed edges, example misses.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from benchmarks import synth_corpus
from benchmarks.pile_scoring import SAME_AS_RELATIONS

TRUTH_COPY_RELATIONS = frozenset({"copies", "credits", "rewrites"})
TRUTH_SAME_RELATIONS = frozenset({"duplicate", "snapshot"})
TRACED_COPY_RELATIONS = frozenset({"copies", "rewrites"})
CHUNK = 1 << 22


# ------------------------------------------------------------------ running the command


@dataclass
class Run:
    """One run of the command: how long, how much memory, whether it worked."""

    seconds: float
    peak_mb: float  # the largest single process
    tree_peak_mb: float  # the child and its workers together, sampled
    returncode: int
    stderr: str


def command(corpus: Path, output: Path, fmt: str, workers: int | None, engine: str = "local") -> list[str]:
    """The venv's ``provenance`` entry point, as a user types it."""
    entry = Path(sys.executable).with_name("provenance")
    program = [str(entry)] if entry.exists() else [shutil.which("provenance") or "provenance"]
    extra = ["--workers", str(workers)] if workers else []
    if engine != "local":
        extra += ["--engine", engine]
    return [*program, "trace", str(corpus), "--format", fmt, "-o", str(output), "--quiet", *extra]


def run_command(argv: list[str], log: Path, source: Path | None = None) -> Run:
    """Run it as a child, timing it and taking its peak RSS from ``wait4`` (its own and its waited
    children's, whichever is largest), while a thread samples the whole process tree's RSS."""
    with log.open("w") as errors:
        started = time.perf_counter()
        env = {**os.environ, "PYTHONPATH": str(source)} if source else None
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, env=env, cwd=log.parent)
        sampler = TreeSampler(child.pid)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
    return Run(seconds, usage.ru_maxrss / 1024, sampler.peak_kb / 1024, child.returncode,
               log.read_text(errors="replace")[-2000:])


class TreeSampler(threading.Thread):
    """Sums VmRSS over a process and its descendants every 0.2 s; keeps the largest sum."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb = pid, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in _tree(self.pid)))

    def stop(self) -> None:
        self.done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                todo.extend(int(p) for p in Path(f"/proc/{current}/task/{task}/children").read_text().split())
        except OSError:
            continue
    return found


def _rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+)", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


# ------------------------------------------------------------------ reading graph.json piece by piece


class _Reader:
    """A JSON text read a chunk at a time, decoded one value at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle, self.buffer, self.at, self.ended = handle, "", 0, False
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        chunk = self.handle.read(CHUNK)
        if not chunk:
            self.ended = True
            return False
        self.buffer, self.at = self.buffer[self.at:] + chunk, 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ('' at the end)."""
        while True:
            while self.at < len(self.buffer) and self.buffer[self.at] in " \t\r\n":
                self.at += 1
            if self.at < len(self.buffer):
                return self.buffer[self.at]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise ValueError(f"graph.json: expected {char!r} at {self.at}, found {self.peek()!r}")
        self.at += 1

    def value(self) -> Any:
        """One whole value; a value running past the buffer waits for more (a number too)."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.at)
            except json.JSONDecodeError:
                if not self._more():
                    raise
                continue
            if end == len(self.buffer) and not self.ended and self._more():
                continue
            self.at = end
            return value

    def items(self) -> Iterator[Any]:
        """The elements of the array that starts here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.at += 1
            return
        while True:
            yield self.value()
            if self.peek() == ",":
                self.at += 1
                continue
            self.expect("]")
            return


def top_level(path: Path, streamed: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """(key, element) for each element of the ``streamed`` arrays, (key, value) for other keys."""
    wanted = frozenset(streamed)
    with path.open(encoding="utf-8") as handle:
        reader = _Reader(handle)
        reader.expect("{")
        while reader.peek() != "}":
            key = reader.value()
            reader.expect(":")
            if key in wanted and reader.peek() == "[":
                yield from ((key, element) for element in reader.items())
            else:
                yield key, reader.value()
            if reader.peek() == ",":
                reader.at += 1


# ------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Truth:
    """The truth file, reduced to what scoring needs."""

    story: str
    role: str
    parent: str | None
    relation: str | None
    root: str
    kind: str  # the class root accuracy is reported by
    same_text: tuple[str, ...] = ()  # pages whose story text is the parent's (synth_corpus.same_text_parents)


def load_truth(path: Path) -> dict[str, Truth]:
    """One record a line, as synth_corpus writes it: read line by line, never whole."""
    truth = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith('{"index"'):
                r = json.loads(line.rstrip().rstrip(","))
                truth[r["id"]] = Truth(r["story"], r["role"], r["parent"], r["relation"], r["root"], _kind(r),
                                       tuple(r.get("same_text_parents", ())))
    return truth


def _kind(record: dict[str, Any]) -> str:
    """The role, with follow-ups apart from scoops and translations split by whether they name the wire."""
    if record["role"] == "translation":
        return "translation (credited)" if record.get("detectable") else "translation (uncredited)"
    if record["role"] == "original" and record.get("mentions"):
        return "follow-up"
    return str(record["role"])


class Groups:
    """Union-find over ids: which are one page (a duplicate or a snapshot and what it repeats)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        root = node
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while node != root:  # path compression
            self.parent[node], node = root, self.parent.get(node, node)
        return root

    def join(self, a: str, b: str) -> None:
        """``a`` joins ``b``'s group, whose representative stays (the page a duplicate repeats)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


@dataclass
class Score:
    """Edge precision/recall, root accuracy by class, and examples of what went wrong."""

    edges_traced: int = 0
    edges_true: int = 0
    edge_hits: int = 0
    #: wrong edges to a page whose story text is the true parent's: no reader can tell them apart
    edge_ties: int = 0
    roots: Counter[str] = field(default_factory=Counter)
    root_hits: Counter[str] = field(default_factory=Counter)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    wrong_edges: Counter[str] = field(default_factory=Counter)
    missed_edges: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.edge_hits / self.edges_traced if self.edges_traced else 0.0

    @property
    def recall(self) -> float:
        return self.edge_hits / self.edges_true if self.edges_true else 0.0

    @property
    def root_accuracy(self) -> float:
        total = sum(self.roots.values())
        return sum(self.root_hits.values()) / total if total else 0.0


def score(graph: Path, truth: dict[str, Truth], examples: int = 3) -> Score:
    """Score graph.json against the truth, reading the graph once, element by element."""
    same_truth = Groups()
    duplicates: dict[str, set[str]] = defaultdict(set)
    for article, record in truth.items():
        if record.relation in TRUTH_SAME_RELATIONS and record.parent:
            same_truth.join(article, record.parent)
        if record.relation == "duplicate" and record.parent:
            duplicates[record.parent].add(article)
    canon = same_truth.find
    expected = {(canon(a), canon(r.parent)) for a, r in truth.items()
                if r.relation in TRUTH_COPY_RELATIONS and r.parent and canon(a) != canon(r.parent)}
    tolerated = {(canon(a), canon(r.parent)) for a, r in truth.items() if r.relation == "translates" and r.parent}
    same_graph, traced, chains = _read_graph(graph, canon)
    result = Score(edges_true=len(expected))
    counted = traced - tolerated
    result.edges_traced, result.edge_hits = len(counted), len(counted & expected)
    kinds = {a: r.kind for a, r in truth.items()}
    for source, target in counted - expected:
        record = truth.get(source)
        if record is not None and target in {canon(twin) for twin in record.same_text}:
            result.edge_ties += 1
        result.wrong_edges[f"{kinds.get(source, source)} -> {kinds.get(target, target.split(':')[0])}"] += 1
    for source, target in expected - counted:
        result.missed_edges[f"{kinds[source]} -> {kinds[target]}"] += 1
    for article in sorted(truth, key=lambda a: int(a.rpartition("#")[2])):
        record = truth[article]
        chain = chains.get(article, [])
        accepted = {record.root} | duplicates.get(record.root, set())
        got = chain[-1] if chain else None
        hit = got is not None and (got in accepted or any(same_graph.find(got) == same_graph.find(a) for a in accepted)
                                   or (len(chain) >= 2 and chain[-2] in accepted and got.startswith("statement:")))
        result.roots[record.kind] += 1
        if hit:
            result.root_hits[record.kind] += 1
        elif len(result.misses[record.kind]) < examples:
            result.misses[record.kind].append(f"{article} ({record.story}): wanted {record.root}, got {got}; "
                                              f"chain {' > '.join(chain)}")
    return result


def _read_graph(graph: Path, canon: Any) -> tuple[Groups, set[tuple[str, str]], dict[str, list[str]]]:
    """The graph's same-page groups, its directed copy edges (as truth groups) and every article's chain."""
    same_graph = Groups()
    traced: set[tuple[str, str]] = set()
    chains: dict[str, list[str]] = {}
    for key, element in top_level(graph, ("articles", "nodes", "edges")):
        if key == "articles":
            chains[element["id"]] = list(element.get("chain") or [element["id"]])
        elif key == "edges":
            relation = str(element["relation"])
            if relation in SAME_AS_RELATIONS:
                same_graph.join(element["source"], element["target"])
            elif relation in TRACED_COPY_RELATIONS:
                pair = (canon(element["source"]), canon(element["target"]))
                if pair[0] != pair[1]:
                    traced.add(pair)
    return same_graph, traced, chains


# ------------------------------------------------------------------ the table


HEADER = ("| articles | time s | peak MB | tree peak MB | edge P | edge R | root accuracy | output MB |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|")


def bench(size: int, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Generate, run the command, score; one size."""
    started = time.perf_counter()
    counts = synth_corpus.write(folder, args.seed, size)
    generated = time.perf_counter() - started
    corpus, graph = folder / f"{synth_corpus.CORPUS_STEM}.jsonl", folder / "graph.json"
    run = run_command(command(corpus, graph, "json", args.workers, args.engine), folder / "stderr.txt", args.source)
    row: dict[str, Any] = {"articles": counts["articles"], "stories": counts["stories"],
                           "generate_s": round(generated, 1), "seconds": round(run.seconds, 1),
                           "peak_mb": round(run.peak_mb), "tree_peak_mb": round(run.tree_peak_mb),
                           "returncode": run.returncode}
    if run.returncode != 0:
        row["stderr"] = run.stderr
        return row
    row["output_mb"] = round(graph.stat().st_size / 2**20, 1)
    result = score(graph, load_truth(folder / "truth.json"), args.misses)
    row.update({"edge_precision": round(result.precision, 4), "edge_recall": round(result.recall, 4),
                "edges_traced": result.edges_traced, "edges_true": result.edges_true, "edge_hits": result.edge_hits,
                "root_accuracy": round(result.root_accuracy, 4),
                "by_class": {k: f"{result.root_hits[k]}/{n}" for k, n in sorted(result.roots.items())},
                "wrong_edges": dict(result.wrong_edges.most_common(8)), "edge_ties": result.edge_ties,
                "missed_edges": dict(result.missed_edges.most_common(8)),
                "misses": {k: v for k, v in sorted(result.misses.items())}})
    if args.text:
        text_run = run_command(command(corpus, folder / "graph.txt", "text", args.workers, args.engine),
                               folder / "stderr-text.txt", args.source)
        row.update({"text_seconds": round(text_run.seconds, 1), "text_peak_mb": round(text_run.peak_mb),
                    "text_returncode": text_run.returncode})
    if not args.keep:
        graph.unlink()
    return row


def table_row(row: dict[str, Any]) -> str:
    if row["returncode"] != 0:
        return f"| {row['articles']:,} | {row['seconds']} | {row['peak_mb']:,} | failed: exit {row['returncode']} |"
    return (f"| {row['articles']:,} | {row['seconds']} | {row['peak_mb']:,} | {row['tree_peak_mb']:,} | "
            f"{row['edge_precision']:.3f} | {row['edge_recall']:.3f} | {row['root_accuracy']:.3f} | "
            f"{row['output_mb']} |")


def details(row: dict[str, Any]) -> str:
    """What went wrong at one size: root accuracy by class, wrong and missed edges, example misses."""
    if row["returncode"] != 0:
        return f"{row['articles']:,} articles: exit {row['returncode']}\n{row.get('stderr', '')}"
    lines = [f"{row['articles']:,} articles ({row['stories']} stories, generated in {row['generate_s']} s; "
             f"{row['edges_traced']} copy edges traced, {row['edges_true']} true)",
             "  root accuracy by class: " + ", ".join(f"{k} {v}" for k, v in row["by_class"].items())]
    if row["wrong_edges"]:
        lines.append("  wrong edges: " + ", ".join(f"{k} {v}" for k, v in row["wrong_edges"].items()))
        traced, true, hits, ties = row["edges_traced"], row["edges_true"], row["edge_hits"], row["edge_ties"]
        lines.append(f"  of which {ties} to a page whose story text is the true parent's (which one a copy took, "
                     f"no text tells): P/R {(hits + ties) / max(1, traced):.3f}/{(hits + ties) / max(1, true):.3f} "
                     "counting them right")
    if row["missed_edges"]:
        lines.append("  missed edges: " + ", ".join(f"{k} {v}" for k, v in row["missed_edges"].items()))
    for kind, examples in row["misses"].items():
        lines.extend(f"  miss [{kind}] {example}" for example in examples)
    if "text_seconds" in row:
        lines.append(f"  --format text: {row['text_seconds']} s, peak {row['text_peak_mb']:,} MB, "
                     f"exit {row['text_returncode']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000], help="articles (whole stories)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, help="passed to the command (default: its own, every core)")
    parser.add_argument("--text", action="store_true", help="also time --format text")
    parser.add_argument("--engine", choices=["local", "spark"], default="local",
                        help="passed to the command (spark: local mode on every core, --master default)")
    parser.add_argument("--keep", type=Path, help="keep corpora and outputs in this folder")
    parser.add_argument("--misses", type=int, default=3, help="example misses to show per class")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON lines too")
    parser.add_argument("--source", type=Path, help="a folder holding another copy of the provenance package to "
                        "run (e.g. `git archive HEAD provenance | tar -x -C DIR`); default: the installed one")
    args = parser.parse_args(argv)
    print(HEADER, flush=True)
    rows = []
    for size in args.sizes:
        if args.keep:
            row = bench(size, args.keep / str(size), args)
        else:
            with tempfile.TemporaryDirectory(prefix=f"cli-scale-{size}-") as folder:
                row = bench(size, Path(folder), args)
        rows.append(row)
        print(table_row(row), flush=True)
    print()
    for row in rows:
        print(details(row))
        if args.json:
            print(json.dumps(row))
    return 0 if all(row["returncode"] == 0 for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
