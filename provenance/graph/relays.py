"""A credited report cites what the pages carrying it cite.

A page that credits Reuters ("Source: Reuters", a "(Reuters)" dateline) carries Reuters'
text; when that text says "the Washington Post reported", it is Reuters citing the Post.
So a report node outside the pile cites each source named by at least half of the
pages that credit it, and the chain runs page -> Reuters -> the Post, as it happened.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from provenance.graph.nodes import NodeTable
from provenance.kinds import NodeKind, Relation
from provenance.models import Edge

#: A relay cites a source named by at least this share of the pages crediting it.
RELAY_SHARE = 0.5
#: ... and by at least this many of them: what one page crediting the wire names may be its
#: own addition (a reaction to the wire's story, "Kuleba commented"), not the wire's source.
RELAY_MIN_CARRIERS = 2
#: Confidence of an inherited citation: below the carrying pages' own. The relay's other
#: citations keep their distance below its strongest one, as their carriers ranked them (the
#: lead's "difundido este lunes por CNN" before a later paragraph's "obtenido por CNN").
RELAY_CONFIDENCE = 0.8


def relay_citations(citations: Iterable[Edge], nodes: NodeTable) -> list[Edge]:
    """Citation edges from credited report nodes to what their carriers cite."""
    by_source: dict[str, list[Edge]] = defaultdict(list)
    carriers: dict[str, set[str]] = defaultdict(set)
    for edge in citations:
        by_source[edge.source].append(edge)
        if edge.relation == Relation.CREDITS and nodes[edge.target].kind == NodeKind.REPORT:
            carriers[edge.target].add(edge.source)
    relayed: list[Edge] = []
    for report, pages in sorted(carriers.items()):
        needed = max(RELAY_MIN_CARRIERS, math.ceil(RELAY_SHARE * len(pages)))
        support: dict[str, list[Edge]] = defaultdict(list)
        for page in sorted(pages):
            for edge in by_source[page]:
                if edge.relation == Relation.CITES and edge.target != report:
                    support[edge.target].append(edge)
        kept = {target: edges for target, edges in sorted(support.items()) if len({e.source for e in edges}) >= needed}
        top = max((e.confidence for edges in kept.values() for e in edges), default=0.0)
        for target, edges in kept.items():
            evidence = tuple(item for e in edges for item in e.evidence)
            below = top - max(e.confidence for e in edges)
            relayed.append(Edge(report, target, Relation.CITES, round(RELAY_CONFIDENCE - below, 2), evidence))
    return relayed
