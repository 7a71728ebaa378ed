"""Edges between the same two nodes become one, keeping every piece of evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from provenance.kinds import RELATION_PRIORITY
from provenance.models import Edge, Evidence

#: Each further independent mention of the same source adds this much confidence.
REPEAT_BONUS = 0.02


def merge_edges(edges: Iterable[Edge]) -> tuple[Edge, ...]:
    """One edge per (source, target): the strongest relation, all evidence."""
    grouped: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in edges:
        grouped[(edge.source, edge.target)].append(edge)
    return tuple(_merged(source, target, group) for (source, target), group in sorted(grouped.items()))


def merge_more(merged: tuple[Edge, ...], more: Iterable[Edge]) -> tuple[Edge, ...]:
    """``merge_edges([*merged, *more])`` for ``merged``, a result of :func:`merge_edges`:
    only the pairs ``more`` adds to are merged again.

    An edge merged alone comes out of a second merge as it went in (its evidence already
    unique, its confidence already rounded and capped), so the builder's later steps, which
    add a few edges to tens of thousands, need not hash every piece of evidence again.
    """
    grouped: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in more:
        grouped[(edge.source, edge.target)].append(edge)
    if not grouped:
        return merged
    result = []
    for edge in merged:
        added = grouped.pop((edge.source, edge.target), None)
        result.append(edge if added is None else _merged(edge.source, edge.target, [edge, *added]))
    result.extend(_merged(source, target, group) for (source, target), group in grouped.items())
    return tuple(sorted(result, key=lambda edge: (edge.source, edge.target)))


def _merged(source: str, target: str, group: list[Edge]) -> Edge:
    """The one edge of a pair: the strongest relation, all evidence, a bonus per repeat."""
    relation = min((e.relation for e in group), key=RELATION_PRIORITY.index)
    evidence = unique(e for edge in group for e in edge.evidence)
    confidence = min(0.99, max(e.confidence for e in group) + REPEAT_BONUS * (len(group) - 1))
    figures = next((e.reuse for e in group if e.reuse is not None), None)
    return Edge(source, target, relation, round(confidence, 2), evidence, figures)


def unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[Evidence, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)
