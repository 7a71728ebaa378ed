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
from dataclasses import replace

from provenance.facts import attribution_evidence
from provenance.graph.citations import source_node
from provenance.graph.index import FactIndex
from provenance.graph.nodes import NodeTable
from provenance.kinds import NodeKind, Relation
from provenance.models import Attribution, Edge
from provenance.outlets import Registry

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


#: An interview relay needs this share of the pages citing the report to name the interview.
INTERVIEW_SHARE = 0.25
#: Outlets whose reports retell others' interviews: agencies. A paper or a channel that pages
#: cite beside another's interview may have its own (LCI and franceinfo each spoke to the
#: mayor in the AFP pile).
RELAYING_KINDS = frozenset({"wire", "state-media"})


def interview_relays(citations: Iterable[Edge], index: FactIndex, registry: Registry, nodes: NodeTable) -> list[Edge]:
    """A report outside the pile retells the interview its citing pages name.

    "Reuters reported" on pages that also say the words were said "in an interview with RSI":
    the wire's story is of the broadcaster's interview, so the wire's report cites the
    broadcaster's (page -> Reuters -> RSI), when the report is an agency's (RELAYING_KINDS).
    An outlet spoken to is no source of a page that names one (the speaker is), but it is
    where the words were first said: named so by at least RELAY_MIN_CARRIERS of the report's
    citing pages (and INTERVIEW_SHARE of them), it is the report's source."""
    citers: dict[str, set[str]] = defaultdict(set)
    for edge in citations:
        if edge.relation in (Relation.CITES, Relation.CREDITS) and nodes[edge.target].kind == NodeKind.REPORT:
            citers[edge.target].add(edge.source)
    relayed: list[Edge] = []
    for report, pages in sorted(citers.items()):
        reporter = nodes[report].outlet_id
        agency = registry.get(reporter) if reporter else None
        if agency is None or agency.kind not in RELAYING_KINDS:
            continue  # a paper's or a channel's report may be its own interview of the same person
        spoken_to: dict[str, list[tuple[str, Attribution]]] = defaultdict(list)
        for page in sorted(pages):
            fact = index.by_id.get(page)
            if fact is None:  # a report citing a report: no page's words to read
                continue
            for attribution in fact.attributions:
                outlet_id = attribution.outlet_id
                if attribution.role == "conduit" and outlet_id and outlet_id not in (reporter, fact.publisher_id):
                    spoken_to[outlet_id].append((page, attribution))
        needed = max(RELAY_MIN_CARRIERS, math.ceil(INTERVIEW_SHARE * len(pages)))
        for outlet_id, named in sorted(spoken_to.items()):
            if len({page for page, _ in named}) < needed:
                continue
            first = index.by_id[named[0][0]]
            target = source_node(outlet_id, named[0][1].label, first, index, registry, nodes)
            if target == report or target in pages:
                continue
            retold = f"; the interview {nodes[report].label} retells"
            evidence = tuple(replace(quote, detail=quote.detail + retold)
                             for quote in (attribution_evidence(page, attribution) for page, attribution in named))
            relayed.append(Edge(report, target, Relation.CITES, RELAY_CONFIDENCE, evidence))
    return relayed
