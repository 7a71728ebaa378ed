"""Stage 6, graph inference: nodes for articles and for the sources they point to.

Edges point from the article that took something to where it came from. A cited
outlet's report that is not in the corpus becomes a node of its own, dated by the citing
text where it can be ("reported on Saturday" in a Sunday article). Articles that share
text with no telling direction hang from an inferred, unseen common source, which in
turn cites what all of them cite. Edges between the same two nodes are merged, keeping
every piece of evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from provenance import dates, resources
from provenance.facts import ArticleFacts, attribution_evidence, compare, slug
from provenance.models import Attribution, DateRange, Edge, Evidence, Finding, Node, ReuseLink
from provenance.outlets import Registry
from provenance.relations import ReuseRelation, classify_links, relation_edge

#: Strength order of relations: which edge decides an article's chain to its origin.
RELATION_PRIORITY = ("copies", "rewrites", "shares-source", "credits", "cites", "weakly-cites")
#: Confidence of a single piece of attribution evidence, by its kind.
ATTRIBUTION_CONFIDENCE = {"outlet": 0.85, "dateline": 0.85, "credit": 0.8, "vague-media": 0.3}


@dataclass(frozen=True)
class GraphParts:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    findings: tuple[Finding, ...]


def build_graph(facts: tuple[ArticleFacts, ...], links: tuple[ReuseLink, ...], registry: Registry,
                vague_sources: bool = True) -> GraphParts:
    by_id = {f.id: f for f in facts}
    nodes = {f.id: _article_node(f) for f in facts}
    edges: list[Edge] = []
    cited = _cited_by_country(facts, registry)
    for fact in facts:
        edges.extend(_citation_edges(fact, facts, registry, nodes, vague_sources, cited))
    relations = classify_links(links, by_id, registry)
    edges.extend(relation_edge(r) for r in relations if r.relation != "shares-source")
    edges.extend(_shared_source_edges([r for r in relations if r.relation == "shares-source"], by_id, nodes))
    merged = merge_edges(edges)
    dated = _date_sources(nodes, merged, by_id)
    findings = _date_findings(dated, merged)
    return GraphParts(tuple(dated[k] for k in sorted(dated)), merged, findings)


def _article_node(fact: ArticleFacts) -> Node:
    document = fact.identified.cleaned.document
    outlet = fact.publisher_name
    published = fact.published.isoformat() if fact.published else None
    return Node(id=fact.id, kind="article", label=outlet or "Unknown outlet", in_corpus=True, outlet=outlet,
                outlet_id=fact.publisher_id, published=published,
                published_range=DateRange(published, published), title=fact.title, path=document.path)


def _cited_by_country(facts: tuple[ArticleFacts, ...], registry: Registry) -> dict[str, set[str]]:
    """Registered outlets named as sources anywhere in the corpus, by their country."""
    found: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for outlet_id in fact.cited_outlets():
            outlet = registry.get(outlet_id)
            if outlet and outlet.country:
                found[outlet.country].add(outlet_id)
    return found


def _vague_target(attribution: Attribution, fact: ArticleFacts, facts: tuple[ArticleFacts, ...],
                  registry: Registry, nodes: dict[str, Node], cited: dict[str, set[str]]) -> tuple[str, str]:
    """"American media reported" points at the one US outlet the corpus cites, if there is one."""
    country = nationality(attribution.label)
    candidates = sorted(cited.get(country, set()) - {fact.publisher_id}) if country else []
    if len(candidates) == 1:
        outlet = registry.get(candidates[0])
        assert outlet is not None
        target = _source_node(outlet.id, outlet.name, fact, facts, registry, nodes)
        return target, f"the only {country} outlet the corpus cites is {outlet.name}"
    target = f"vague:{fact.id}:{slug(attribution.label)}"
    nodes.setdefault(target, Node(id=target, kind="vague", label=attribution.label, in_corpus=False,
                                  note="vague attribution: no outlet named"))
    return target, ""


@cache
def _demonyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = resources.bundled("demonyms.json")["countries"]
    return tuple((re.compile(rf"(?<![\w.]){re.escape(word)}(?![\w])"), country)
                 for country, words in sorted(table.items()) for word in words)


def nationality(phrase: str) -> str | None:
    """The country a vague source is qualified by ("US media" -> "US"), if any."""
    return next((country for pattern, country in _demonyms() if pattern.search(phrase)), None)


def _citation_edges(fact: ArticleFacts, facts: tuple[ArticleFacts, ...], registry: Registry,
                    nodes: dict[str, Node], vague_sources: bool, cited: dict[str, set[str]]) -> Iterable[Edge]:
    for attribution in fact.attributions:
        relation = {"outlet": "cites", "dateline": "credits", "credit": "credits"}.get(attribution.kind)
        if attribution.kind == "vague-media" and vague_sources:
            target, why = _vague_target(attribution, fact, facts, registry, nodes, cited)
            evidence = attribution_evidence(fact.id, attribution)
            if why:
                evidence = replace(evidence, detail=f"{evidence.detail}; {why}")
            yield Edge(fact.id, target, "weakly-cites", ATTRIBUTION_CONFIDENCE["vague-media"], (evidence,))
            continue
        elif relation is None or (attribution.outlet_id and attribution.outlet_id == fact.publisher_id):
            continue
        else:
            target = _source_node(attribution.outlet_id, attribution.label, fact, facts, registry, nodes)
        confidence = ATTRIBUTION_CONFIDENCE.get(attribution.kind, 0.5)
        yield Edge(fact.id, target, relation, confidence, (attribution_evidence(fact.id, attribution),))


def _source_node(outlet_id: str | None, label: str, citing: ArticleFacts, facts: tuple[ArticleFacts, ...],
                 registry: Registry, nodes: dict[str, Node]) -> str:
    """The corpus article of the cited outlet if there is one, else a report node for it."""
    if outlet_id:
        candidates = [f for f in facts if f.publisher_id == outlet_id and f.id != citing.id
                      and compare(f.published, citing.published) != 1]
        if candidates:
            return min(candidates, key=lambda f: (f.published.day if f.published else date.max, f.id)).id
    outlet = registry.get(outlet_id) if outlet_id else None
    node_id = f"report:{outlet_id or slug(label)}"
    nodes.setdefault(node_id, Node(id=node_id, kind="report", label=outlet.name if outlet else label,
                                   in_corpus=False, outlet=outlet.name if outlet else label, outlet_id=outlet_id,
                                   note="cited report, not in the corpus"))
    return node_id


def _shared_source_edges(shared: list[ReuseRelation], facts: Mapping[str, ArticleFacts],
                         nodes: dict[str, Node]) -> list[Edge]:
    """One inferred node per group of articles linked by shared text without direction."""
    groups = _groups([(r.later, r.earlier) for r in shared])
    edges: list[Edge] = []
    for number, members in enumerate(groups, start=1):
        node_id = f"inferred:{number}"
        nodes[node_id] = Node(id=node_id, kind="inferred", label="Unseen common source", in_corpus=False,
                              note=f"text shared by {', '.join(members)} with no telling who was first")
        for relation in shared:
            if relation.later in members:
                edges.append(relation_edge(relation, node_id))
                edges.append(relation_edge(replace(relation, later=relation.earlier, earlier=relation.later), node_id))
        edges.extend(_inherited_citations(node_id, members, facts, nodes))
    return edges


def _groups(pairs: list[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.setdefault(item, item) != item:
            item = parent[item]
        return item

    for a, b in pairs:
        parent[find(a)] = find(b)
    grouped: dict[str, list[str]] = defaultdict(list)
    for item in sorted(parent):
        grouped[find(item)].append(item)
    return sorted(grouped.values())


def _inherited_citations(node_id: str, members: list[str], facts: Mapping[str, ArticleFacts],
                         nodes: dict[str, Node]) -> list[Edge]:
    """The unseen source cites what every one of its members cites."""
    common = frozenset.intersection(*(facts[m].cited_outlets() for m in members))
    edges = []
    for outlet_id in sorted(common):
        target = f"report:{outlet_id}"
        if target not in nodes:
            continue
        evidence = tuple(attribution_evidence(m, a) for m in members for a in facts[m].attributions
                         if a.outlet_id == outlet_id and a.kind == "outlet")
        if evidence:
            edges.append(Edge(node_id, target, "cites", ATTRIBUTION_CONFIDENCE["outlet"], evidence))
    return edges


def merge_edges(edges: Iterable[Edge]) -> tuple[Edge, ...]:
    """One edge per (source, target): the strongest relation, all evidence.

    Each further independent mention (another edge merged in) adds a little confidence.
    """
    grouped: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in edges:
        grouped[(edge.source, edge.target)].append(edge)
    merged = []
    for (source, target), group in sorted(grouped.items()):
        relation = min((e.relation for e in group), key=RELATION_PRIORITY.index)
        evidence = _unique(e for edge in group for e in edge.evidence)
        confidence = min(0.99, max(e.confidence for e in group) + 0.02 * (len(group) - 1))
        merged.append(Edge(source, target, relation, round(confidence, 2), evidence))
    return tuple(merged)


def _unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[Evidence, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def _date_sources(nodes: dict[str, Node], edges: tuple[Edge, ...],
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
            own = node.published[:10] if node.published else None
            new_earliest = own if (own and (earliest is None or own >= earliest)) else (earliest or own)
            if node.kind != "article" and node.published:
                continue
            if new_earliest != node.published_range.earliest:
                dated[node_id] = replace(node, published_range=DateRange(new_earliest, node.published))
                changed = True
        if not changed:
            break
    return dated


def _date_findings(nodes: dict[str, Node], edges: tuple[Edge, ...]) -> tuple[Finding, ...]:
    findings = []
    for edge in edges:
        mine, theirs = nodes[edge.source].published, nodes[edge.target].published
        if mine and theirs and mine[:10] < theirs[:10]:
            message = f"{edge.source} ({mine[:10]}) is dated before its source {edge.target} ({theirs[:10]})"
            findings.append(Finding("date-contradiction", message, (edge.source, edge.target)))
    return tuple(findings)
