"""Dates for nodes outside the pile, and lower bounds through whole chains.

A cited report is dated by the citing text ("reported on Saturday" in a Sunday
article); an undated article is not earlier than anything it took from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from provenance import dates
from provenance.facts import ArticleFacts
from provenance.kinds import NodeKind
from provenance.models import DateRange, Edge, Finding, Node


def date_sources(nodes: dict[str, Node], edges: tuple[Edge, ...],
                  facts: Mapping[str, ArticleFacts]) -> dict[str, Node]:
    """Date report nodes from "reported on Saturday", and bound articles by their sources."""
    implied: dict[str, list[date]] = defaultdict(list)
    for edge in edges:
        citing = facts.get(edge.source)
        if citing is None or citing.published is None or not edge.target.startswith("report:"):
            continue
        for attribution in citing.attributions:
            if attribution.relative_day and f"report:{attribution.outlet_id}" == edge.target:
                day = dates.shift_to_weekday(citing.published.day, attribution.relative_day)
                if day:
                    implied[edge.target].append(day)
    dated = dict(nodes)
    for node_id, days in implied.items():
        earliest = min(days).isoformat()
        dated[node_id] = replace(dated[node_id], published=earliest, published_range=DateRange(earliest, earliest),
                                 note=dated[node_id].note + f"; date implied by the citing text ({len(days)} mentions)")
    return _propagate_bounds(dated, edges)


def _propagate_bounds(nodes: dict[str, Node], edges: tuple[Edge, ...]) -> dict[str, Node]:
    """Not before anything one took from, through whole chains (relaxed until stable).

    An undated node's lower bound passes on to what took from it; the loop is bounded by
    the number of nodes, so a cycle of citations cannot make it run forever.
    """
    dated = dict(nodes)
    targets: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        targets[edge.source].append(edge.target)
    for _ in range(len(dated)):
        changed = False
        for node_id, node in dated.items():
            bounds = [dated[target].published or dated[target].published_range.earliest
                      for target in targets.get(node_id, ())]
            earliest = max((b[:10] for b in bounds if b), default=None)
            own = node.published[:10] if node.published else node.published_range.earliest
            new_earliest = own if (own and (earliest is None or own >= earliest)) else (earliest or own)
            if node.kind != NodeKind.ARTICLE and node.published:
                continue
            if new_earliest != node.published_range.earliest:  # an undated page's month keeps its end
                dated[node_id] = replace(node, published_range=DateRange(new_earliest,
                                                                         node.published or node.published_range.latest))
                changed = True
        if not changed:
            break
    return dated


def date_findings(nodes: dict[str, Node], edges: tuple[Edge, ...]) -> tuple[Finding, ...]:
    findings = []
    for edge in edges:
        mine, theirs = nodes[edge.source].published, nodes[edge.target].published
        if mine and theirs and mine[:10] < theirs[:10]:
            message = f"{edge.source} ({mine[:10]}) is dated before its source {edge.target} ({theirs[:10]})"
            findings.append(Finding("date-contradiction", message, (edge.source, edge.target)))
    return tuple(findings)
