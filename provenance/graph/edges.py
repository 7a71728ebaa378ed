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
    merged = []
    for (source, target), group in sorted(grouped.items()):
        relation = min((e.relation for e in group), key=RELATION_PRIORITY.index)
        evidence = unique(e for edge in group for e in edge.evidence)
        confidence = min(0.99, max(e.confidence for e in group) + REPEAT_BONUS * (len(group) - 1))
        figures = next((e.reuse for e in group if e.reuse is not None), None)
        merged.append(Edge(source, target, relation, round(confidence, 2), evidence, figures))
    return tuple(merged)


def unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[Evidence, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)
