"""The graph as JSON for machines; the format is documented in docs/json-format.md.

Keys are written in a fixed order and lists are sorted, so the same input gives
byte-identical output.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, TextIO

from provenance import parallel
from provenance.models import (
    ArticleResult,
    Attribution,
    DateCandidate,
    Edge,
    Evidence,
    Finding,
    InputProblem,
    MonthDate,
    Node,
    OutletCandidate,
    ProvenanceGraph,
    ReuseFigures,
    Span,
)

#: 2: passage texts are written once, in the top-level ``passages`` table, and an edge's
#: passage evidence refers to them by article and offsets.
SCHEMA_VERSION = 2
#: Spaces per level, as ``json.dumps(..., indent=2)`` writes them.
INDENT = 2


def to_json(graph: ProvenanceGraph) -> str:
    return "".join(iter_json(graph))


def iter_json(graph: ProvenanceGraph, workers: int | None = 1, early: EarlyEdges | None = None) -> Iterator[str]:
    """:func:`to_json`, piece by piece, so that a 100,000-article graph is written without
    ever becoming one string (the CLI streams these pieces to the output file).

    The top level is indented; each article, node, edge, passage and finding is one line
    (a 10,000-article graph is 109 MB so, 159 MB fully indented): ``grep`` finds an
    article's line, ``jq`` pretty-prints it.

    With ``workers`` above one (None: every core) and a large graph, the second half (edges,
    passages, findings) is rendered in a forked process while this one renders the articles
    and nodes (:func:`_iter_json_beside`); the text is the same. With ``early``, an
    :class:`EarlyEdges` the trace was given, the edges and passages it rendered while the
    findings and chains were made are read back instead.
    """
    if early is not None and (spool := early.take(graph.edges)) is not None:
        yield from _iter_json_early(graph, spool)
    elif parallel.worker_count(workers) > 1 and len(graph.articles) >= parallel.PARALLEL_MIN_ITEMS:
        yield from _iter_json_beside(graph, workers)
    else:
        yield from _head(graph)
        yield from _tail(graph)


#: Characters read back at a time from the forked renderer's file.
READ_BACK_CHARS = 1 << 20


def _iter_json_beside(graph: ProvenanceGraph, workers: int | None) -> Iterator[str]:
    """:func:`iter_json` on two cores: the edges, passages and findings (about half of the
    rendering: 15 of 29 s at 100,000 articles, all of it serial before) are written by a
    forked process to an unnamed temporary file while this process renders the articles
    and nodes, then read back in pieces after them."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n") as spool:
        spool.flush()  # nothing buffered to be written twice by the forked copy
        done = parallel.beside(partial(_spool_tail, graph, spool), workers, len(graph.articles))
        try:
            yield from _head(graph)
        finally:
            done()
        yield from _read_back(spool)


def _spool_tail(graph: ProvenanceGraph, spool: TextIO) -> None:
    """In the forked process: :func:`_tail` written to ``spool`` and flushed."""
    spool.writelines(_tail(graph))
    spool.flush()


def _spool_edges(edges: tuple[Edge, ...], spool: TextIO) -> None:
    """In the forked process: :func:`_edges_and_passages` written to ``spool`` and flushed."""
    spool.writelines(_edges_and_passages(edges))
    spool.flush()


def _read_back(spool: TextIO) -> Iterator[str]:
    """What a forked renderer wrote to ``spool``, from its start, in pieces."""
    spool.seek(0)
    while piece := spool.read(READ_BACK_CHARS):
        yield piece


class EarlyEdges:
    """The JSON's edges and passages rendered by a forked process as soon as the graph stage
    has made the edges, while this process finds the findings and chains and renders the
    articles and nodes.

    The edges and passages are most of the JSON's rendering (about 27 of 42 s of CPU at
    100,000 articles) and need nothing made after the edges; rendered only once the whole
    graph was traced, they kept the second core idle through the findings and chains. Give
    :meth:`start` to the trace (``Config.edges_made``) and this object to :func:`iter_json`;
    use it as a context manager, so that a run that fails lets the process and its file go.
    """

    def __init__(self, workers: int | None) -> None:
        self.workers = workers
        self._edges: tuple[Edge, ...] | None = None
        self._spool: TextIO | None = None
        self._wait: Callable[[], None] | None = None

    def start(self, edges: tuple[Edge, ...]) -> None:
        """Start rendering ``edges`` in a forked process; nothing on one worker or a small graph."""
        if self._wait is not None or not parallel.forks(self.workers, len(edges)):
            return
        spool = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115 (closed by close())
        spool.flush()  # nothing buffered to be written twice by the forked copy
        self._wait = parallel.beside(partial(_spool_edges, edges, spool), self.workers, len(edges))
        self._edges, self._spool = edges, spool

    @property
    def started(self) -> bool:
        """Whether a forked process is rendering edges not yet taken."""
        return self._wait is not None

    def take(self, edges: tuple[Edge, ...]) -> TextIO | None:
        """The file the rendering of these very ``edges`` was written to, once it is done;
        None when they were not started here."""
        if self._wait is None or self._spool is None or edges is not self._edges:
            return None
        wait, self._wait = self._wait, None
        wait()
        return self._spool

    def close(self) -> None:
        """Let the forked process finish (its result is no longer wanted) and the file go."""
        if self._wait is not None:
            wait, self._wait = self._wait, None
            with contextlib.suppress(Exception):  # a renderer that failed or was interrupted: nothing to keep
                wait()
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    def __enter__(self) -> EarlyEdges:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _iter_json_early(graph: ProvenanceGraph, spool: TextIO) -> Iterator[str]:
    """:func:`iter_json` with the edges and passages rendered early (:class:`EarlyEdges`):
    the articles and nodes rendered here, the edges and passages read back, then the findings."""
    yield from _head(graph)
    yield from _read_back(spool)
    yield from _closing(graph)


def _head(graph: ProvenanceGraph) -> Iterator[str]:
    """The JSON up to the nodes: the opening, the origins, the articles and the nodes."""
    yield "{\n"
    yield from _members({"schema_version": SCHEMA_VERSION, "origin": graph.origins[0] if graph.origins else None,
                         "origins": list(graph.origins)}, first=True)
    yield from _array("articles", (article_dict(a) for a in graph.articles))
    yield from _array("nodes", (_node(n) for n in graph.nodes))


def _tail(graph: ProvenanceGraph) -> Iterator[str]:
    """The JSON after the nodes: the edges, the passages their evidence refers to, the
    findings, the problems and the closing."""
    yield from _edges_and_passages(graph.edges)
    yield from _closing(graph)


def _edges_and_passages(edges: tuple[Edge, ...]) -> Iterator[str]:
    """The edges and the passages their evidence refers to: all of the JSON that needs
    nothing but the edges (:class:`EarlyEdges` renders it before the findings are made)."""
    texts: dict[tuple[str, int, int], str] = {}
    yield from _array("edges", (_edge(e, texts) for e in edges))
    yield from _array("passages", (_passage(key, text) for key, text in sorted(texts.items())))


def _closing(graph: ProvenanceGraph) -> Iterator[str]:
    """The findings, the problems and the closing brace."""
    yield from _array("findings", (_finding(f) for f in graph.findings))
    yield from _array("problems", (problem_dict(p) for p in graph.problems))
    yield "\n}\n"


def to_dict(graph: ProvenanceGraph) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(to_json(graph))
    return data


def _dumped(value: object, level: int) -> str:
    """``value`` as JSON, its inner lines indented for ``level`` levels."""
    text = json.dumps(value, ensure_ascii=False, indent=INDENT)
    return text.replace("\n", "\n" + " " * (INDENT * level)) if level else text


def _members(values: dict[str, object], first: bool = False) -> Iterator[str]:
    for key, value in values.items():
        yield ("" if first else ",\n") + " " * INDENT + json.dumps(key) + ": " + _dumped(value, 1)
        first = False


def _array(key: str, items: Iterable[object]) -> Iterator[str]:
    """A top-level list, one item per line ("[]" when empty)."""
    yield ",\n" + " " * INDENT + json.dumps(key) + ": ["
    empty = True
    for item in items:
        yield ("\n" if empty else ",\n") + " " * (2 * INDENT) + json.dumps(item, ensure_ascii=False)
        empty = False
    yield "]" if empty else "\n" + " " * INDENT + "]"


def _finding(finding: Finding) -> dict[str, Any]:
    return {"kind": finding.kind, "message": finding.message, "nodes": list(finding.nodes)}


def _passage(key: tuple[str, int, int], text: str) -> dict[str, Any]:
    article, start, end = key
    return {"article": article, "start": start, "end": end, "text": text}


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def problem_dict(problem: InputProblem) -> dict[str, Any]:
    return {"path": problem.path, "message": problem.message, "ignored": problem.ignored}


def article_dict(article: ArticleResult) -> dict[str, Any]:
    identity = article.identity
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "url": article.url,
        "outlet": identity.outlet.name if identity.outlet else None,
        "outlet_id": identity.outlet.outlet_id if identity.outlet else None,
        "outlet_candidates": [_outlet_candidate(c, c is identity.outlet) for c in identity.outlet_candidates],
        "outlet_reason": _why(identity.outlet, len(identity.outlet_candidates)),
        "published": identity.published.value.isoformat() if identity.published else None,
        "published_range": {"earliest": article.published_range.earliest, "latest": article.published_range.latest},
        "published_month": _month(identity.month),
        "date_candidates": [_date_candidate(c, c is identity.published) for c in identity.date_candidates],
        "date_reason": _why(identity.published, len(identity.date_candidates)),
        "direct_sources": list(article.direct_sources),
        "root": article.root,
        "chain": list(article.chain),
        "language": article.language,
        "attributions": [_attribution(a) for a in article.attributions],
        "chrome": [{"start": b.start, "end": b.end, "reason": b.reason} for b in article.chrome],
    }


def _month(month: MonthDate | None) -> dict[str, Any] | None:
    if month is None:
        return None
    return {"value": month.isoformat(), "kind": month.kind, "note": month.note, "evidence": _span(month.span)}


def _outlet_candidate(candidate: OutletCandidate, chosen: bool) -> dict[str, Any]:
    return {"name": candidate.name, "outlet_id": candidate.outlet_id, "method": candidate.method,
            "strength": candidate.strength, "chosen": chosen, "evidence": _span(candidate.span)}


def _why(chosen: OutletCandidate | DateCandidate | None, count: int) -> str:
    """Why the winner won, in words: its kind of evidence and how many it outranked."""
    if chosen is None:
        return "no usable evidence" if count == 0 else "no candidate may be chosen (page chrome or story dates only)"
    kind = chosen.method if isinstance(chosen, OutletCandidate) else chosen.kind
    others = f", outranking {count - 1} other candidate{'s' if count > 2 else ''}" if count > 1 else ""
    return f"strongest evidence: {kind} (strength {chosen.strength}){others}"


def _date_candidate(candidate: DateCandidate, chosen: bool) -> dict[str, Any]:
    return {"value": candidate.value.isoformat(), "kind": candidate.kind, "strength": candidate.strength,
            "chosen": chosen, "evidence": _span(candidate.span), "note": candidate.note}


def _attribution(attribution: Attribution) -> dict[str, Any]:
    return {
        "kind": attribution.kind,
        "label": attribution.label,
        "outlet_id": attribution.outlet_id,
        "source": _span(attribution.source),
        "cue": _span(attribution.cue),
        "phrase": _span(attribution.phrase),
        "sentence": {"start": attribution.sentence.start, "end": attribution.sentence.end},
        "relative_day": attribution.relative_day,
        "via": attribution.via,
        "role": attribution.role,
        "chain": list(attribution.chain),
        "url": attribution.url,
    }


def _node(node: Node) -> dict[str, Any]:
    return {
        "id": node.id,
        "kind": node.kind,
        "label": node.label,
        "outlet": node.outlet,
        "outlet_id": node.outlet_id,
        "published": node.published,
        "published_range": {"earliest": node.published_range.earliest, "latest": node.published_range.latest},
        "in_corpus": node.in_corpus,
        "title": node.title,
        "path": node.path,
        "note": node.note,
        "role": node.role,
        "person": node.person,
        "platform": node.platform,
        "url": node.url,
        "parent": node.parent,
    }


def _edge(edge: Edge, texts: dict[tuple[str, int, int], str]) -> dict[str, Any]:
    item = {"source": edge.source, "target": edge.target, "relation": edge.relation,
            "confidence": edge.confidence, "evidence": [_evidence(e, texts) for e in edge.evidence]}
    if edge.reuse is not None:  # text edges only: citations have no such figures
        item["reuse"] = reuse_item(edge.reuse)
    return item


def reuse_item(figures: ReuseFigures) -> dict[str, Any]:
    """An edge's reuse figures, as numbers (docs/json-format.md)."""
    return {"other_article": figures.other_article, "derivation": figures.derivation,
            "aligned": figures.aligned, "other_aligned": figures.other_aligned,
            "matched": figures.matched, "other_matched": figures.other_matched,
            "contained": figures.contained, "other_contained": figures.other_contained,
            "similarity": figures.similarity, "weight": figures.weight, "passages": figures.passages,
            "longest_passage": figures.longest_passage}


def _evidence(item: Evidence, texts: dict[tuple[str, int, int], str]) -> dict[str, Any]:
    """An evidence item; a passage's two sentences go to ``texts`` (the passages table),
    once however many edges share them, and the item keeps their offsets."""
    text: str | None = item.text
    other_text = item.other_text
    if item.kind == "passage" and item.start is not None and item.end is not None:
        texts[(item.article, item.start, item.end)] = item.text
        text = None
        if item.other_article is not None and item.other_start is not None and item.other_end is not None \
                and item.other_text is not None:
            texts[(item.other_article, item.other_start, item.other_end)] = item.other_text
            other_text = None
    return {"kind": item.kind, "article": item.article, "text": text, "start": item.start, "end": item.end,
            "detail": item.detail, "other_article": item.other_article, "other_start": item.other_start,
            "other_end": item.other_end, "other_text": other_text, "similarity": item.similarity}
