"""Pages that share a text with no telling who was first hang from one source node.

The node takes the identity and the citations its members' evidence supports, by weight
of evidence rather than unanimity: when most members carry one wire's dateline or credit
it is that wire's report ("Reuters report, inferred from 9 pages sharing its text; 7
carry its dateline"), and it cites what most members cite. One member that names nothing
(an archive copy, a one-paragraph excerpt) does not cancel what the others say.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import replace

from provenance.facts import NAMED_MARK_KINDS, ArticleFacts, wire_marks
from provenance.graph.citations import ATTRIBUTION_CONFIDENCE, BACKGROUND_CONFIDENCE
from provenance.graph.index import FactIndex, connected_groups
from provenance.graph.nodes import NodeTable, report_node
from provenance.graph.relations import ReuseRelation, relation_edge
from provenance.graph.versions import Versions, split_versions
from provenance.kinds import NodeKind, Relation
from provenance.models import Edge, Node
from provenance.outlets import Registry
from provenance.reuse import LINK_RULE

#: Share of a group's members that must carry one outlet's dateline or credit for the
#: unseen text to be that outlet's report (most of them, not all: see the module doc).
IDENTITY_SHARE = 0.4
#: Share of members that must cite a source for the unseen text to cite it too (more
#: than this share, and never fewer than two members: one page's aside is not the text's).
CITATION_SHARE = 0.5
CITATION_MIN_MEMBERS = 2
#: Confidence of the citation named by the most members when no majority names one.
PLURALITY_CONFIDENCE = 0.6
#: How far below the members' best-supported source the shared text cites the others that
#: also have the members' support: a step that decides the chain, no more (an equal
#: confidence left the choice to the names' alphabetical order).
INHERITED_RANK_STEP = 0.01
#: Confidence of a name most members give without a cue, inherited by their unseen text.
NAMED_SUPPORT_CONFIDENCE = 0.4
_CITING = frozenset({Relation.CITES, Relation.CREDITS})


def shared_source_edges(shared: list[ReuseRelation], index: FactIndex, registry: Registry, nodes: NodeTable,
                        citations: Iterable[Edge]) -> list[Edge]:
    """One source node per group of articles linked by shared text without direction."""
    cited_by: dict[str, list[Edge]] = defaultdict(list)
    named_by: dict[str, list[Edge]] = defaultdict(list)
    for edge in citations:
        if edge.relation in _CITING:
            cited_by[edge.source].append(edge)
        elif edge.relation == Relation.WEAKLY_CITES and edge.confidence > BACKGROUND_CONFIDENCE:
            named_by[edge.source].append(edge)
    kept = _without_bridges(shared, {side: wire_marks(index.by_id[side]) for relation in shared
                                     for side in (relation.later, relation.earlier)})
    groups = connected_groups([(r.later, r.earlier) for r in kept])
    group_of = {member: number for number, members in enumerate(groups, start=1) for member in members}
    relations_of: dict[int, list[ReuseRelation]] = defaultdict(list)
    for relation in kept:  # each relation to its group once, not every group scanning them all
        relations_of[group_of[relation.later]].append(relation)
    edges: list[Edge] = []
    for number, members in enumerate(groups, start=1):
        relations = relations_of[number]
        versions = split_versions(members, relations)
        if versions is not None:
            edges.extend(_version_edges(number, versions, relations, index, registry, nodes, cited_by))
            continue
        wire = _wire_report(members, index, registry, nodes)
        node_id = (wire and _relayed(wire, members, cited_by)) or wire or \
            _cited_article(members, index, cited_by) or _unseen_source(number, members, nodes)
        edges.extend(_member_edges(relations, {member: node_id for member in members}))
        if node_id in index.by_id:
            continue  # the pile's own article: it cites what it cites, not what its copies say
        inherited = _inherited_citations(node_id, members, cited_by)
        if not inherited and node_id.startswith("inferred:"):
            inherited = _inherited_names(node_id, members, named_by)
        edges.extend(inherited)
    return edges


def _member_edges(relations: list[ReuseRelation], node_of: dict[str, str]) -> list[Edge]:
    """Each page of a link to the node of the text it carries (both sides of every link)."""
    edges = []
    for relation in relations:
        edges.append(relation_edge(relation, node_of[relation.later]))
        edges.append(relation_edge(replace(relation, later=relation.earlier, earlier=relation.later),
                                   node_of[relation.earlier]))
    return edges


def _version_edges(number: int, versions: Versions, relations: list[ReuseRelation], index: FactIndex,
                   registry: Registry, nodes: NodeTable, cited_by: dict[str, list[Edge]]) -> list[Edge]:
    """A first take and its update as two nodes: each page to its version's, the update
    derived from the first take, which cites what most of its pages cite."""
    first = list(versions.first)
    first_id = _wire_report(first, index, registry, nodes) or _unseen_source(number, first, nodes)
    update_id = _update_node(first_id, versions, nodes)
    node_of = {member: first_id for member in versions.first} | {member: update_id for member in versions.update}
    link = versions.link
    later, earlier = (link.later, link.earlier) if link.later in versions.update else (link.earlier, link.later)
    derived = replace(link, later=later, earlier=earlier, relation=Relation.COPIES,
                      reason="a later version of the same story: it keeps the first take's text and adds to it")
    return [*_member_edges(relations, node_of), replace(relation_edge(derived, first_id), source=update_id),
            *_inherited_citations(first_id, first, cited_by)]


def _update_node(first_id: str, versions: Versions, nodes: NodeTable) -> str:
    first = nodes[first_id]
    note = (f"a later version of {first.label}, carried by {', '.join(versions.update)}: it keeps the text of "
            f"the first take ({', '.join(versions.first)}) and adds to it")
    return nodes.add(Node(id=f"{first_id}:update", kind=first.kind, label=f"{first.label} (update)", in_corpus=False,
                          outlet=first.outlet, outlet_id=first.outlet_id, note=note))


def _without_bridges(shared: list[ReuseRelation], carried: Mapping[str, AbstractSet[str]]) -> list[ReuseRelation]:
    """The shared links that make the groups: every link that carries passages (weight
    LINK_RULE.link_min_weight or more), and a lighter link (kept phrasing or vocabulary only)
    unless it would join two groups the heavier links made that carry different wires' marks.

    Two affiliates' copies of CNN's lede and two copies of Bloomberg's rewrite of it share a
    few of the lede's words across the groups: chained by those, one group of six took the
    identity of the wire two of them credit. Rewrites of one agency's correction, in groups
    that credit no other agency, stay one group (AFP pile: split, they lost the agency the
    group cites). A light link still brings a page no heavy link holds into the group of the
    page it shares words with. ``carried``: the wires whose marks each page carries.
    """
    heavy = [r for r in shared if r.link.score >= LINK_RULE.link_min_weight]
    root: dict[str, str] = {}

    def find(item: str) -> str:
        while root.setdefault(item, item) != item:
            item = root[item]
        return item

    for relation in heavy:
        root[find(relation.later)] = find(relation.earlier)
    marks: dict[str, set[str]] = defaultdict(set)
    for member in {side for relation in heavy for side in (relation.later, relation.earlier)}:
        marks[find(member)] |= carried.get(member, frozenset())
    anchored = set(marks)
    kept = list(heavy)
    for relation in sorted((r for r in shared if r.link.score < LINK_RULE.link_min_weight),
                           key=lambda r: (-r.link.score, r.later, r.earlier)):
        first, second = find(relation.later), find(relation.earlier)
        if first != second and first in anchored and second in anchored and \
                marks[first] and marks[second] and marks[first].isdisjoint(marks[second]):
            continue  # a bridge between two groups carrying different wires' text
        if first != second:
            root[first] = second
            if first in anchored:
                anchored.discard(first)
                anchored.add(second)
                marks[second] |= marks.pop(first)
        kept.append(relation)
    return kept


def _cited_article(members: list[str], index: FactIndex, cited_by: dict[str, list[Edge]]) -> str | None:
    """The pile's article most members cite, when its text is the group's: the shared text is
    that article's, of which the pile holds a shorter page.

    Four pages carrying CNN's tape story, two of them sharing its text with no telling who
    was first, both crediting CNN, whose page in the pile is the video page holding the lede
    only: their common text is CNN's report, that page, not an unseen source that cites it.
    The article must share text with the group or with a page sharing the group's text (a
    statement two rewrites both quote is not the scoop they cite), and lead the others.
    """
    counts: Counter[str] = Counter(target for member in members
                                   for target in {e.target for e in cited_by.get(member, ())}
                                   if target in index.by_id and target not in members)
    ranked = counts.most_common(2)
    needed = max(CITATION_MIN_MEMBERS, math.ceil(IDENTITY_SHARE * len(members)))
    if not ranked or ranked[0][1] < needed or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    article = ranked[0][0]
    near = set(members).union(*(index.linked.get(member, {}) for member in members))
    return article if article in near or not near.isdisjoint(index.linked.get(article, {})) else None


def _wire_report(members: list[str], index: FactIndex, registry: Registry, nodes: NodeTable) -> str | None:
    """The report node of the wire whose mark most members carry, when enough do and the
    pile holds no article of that wire."""
    marks: Counter[str] = Counter()
    weights: dict[str, float] = defaultdict(float)
    for member in members:
        fact = index.by_id[member]
        carried = _mark_weights(fact)
        marks.update(carried.keys())
        for outlet_id, weight in carried.items():
            weights[outlet_id] += weight
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:2]
    needed = max(1, math.ceil(IDENTITY_SHARE * len(members)))
    if ranked and marks[ranked[0][0]] >= needed and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        outlet_id, count = ranked[0][0], marks[ranked[0][0]]
        if not index.by_publisher.get(outlet_id):
            outlet = registry.get(outlet_id)
            name = outlet.name if outlet else outlet_id
            note = (f"{name} report, inferred from {len(members)} pages sharing its text; "
                    f"{count} carry its dateline or credit")
            node = report_node(outlet_id, name, note)
            nodes.add(node)
            nodes.update(replace(nodes[node.id], note=note))
            return node.id
    return None


#: What a wire's house style alone counts for beside a dateline or a credit line: a guess
#: from the copy's look ("Jiji Press" style on AFP's Japanese text) yields to a mark.
HOUSE_STYLE_WEIGHT = 0.5


def _mark_weights(fact: ArticleFacts) -> dict[str, float]:
    """The wires whose mark a page carries (not its own outlet's), each once, weighted: a
    dateline or credit 1, a house style HOUSE_STYLE_WEIGHT."""
    named = wire_marks(fact, NAMED_MARK_KINDS)
    return {outlet_id: 1.0 if outlet_id in named else HOUSE_STYLE_WEIGHT for outlet_id in wire_marks(fact)}


def _relayed(report_id: str, members: list[str], cited_by: dict[str, list[Edge]]) -> str | None:
    """The wire's report of a follow-up's news, when the members that carry the wire's mark
    credit that (:func:`.followups.relay_node`: "report:reuters:uk-ncsc"): their shared text
    is the wire's story of the statement, not its story of the pile's main report."""
    threads = Counter(edge.target for member in members for edge in cited_by.get(member, ())
                      if edge.target.startswith(f"{report_id}:"))
    ranked = threads.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _unseen_source(number: int, members: list[str], nodes: NodeTable) -> str:
    node_id = f"inferred:{number}"
    nodes.add(Node(id=node_id, kind=NodeKind.INFERRED, label="Unseen common source", in_corpus=False,
                   note=f"text shared by {', '.join(members)} with no telling who was first"))
    return node_id


def _inherited_citations(node_id: str, members: list[str], cited_by: dict[str, list[Edge]]) -> list[Edge]:
    """The shared text cites what most of its members cite (not itself, not one of them)."""
    support: dict[str, list[Edge]] = defaultdict(list)
    for member in members:
        for target in sorted({e.target for e in cited_by.get(member, ())}):
            support[target].extend(e for e in cited_by[member] if e.target == target)
    needed = max(CITATION_MIN_MEMBERS, math.floor(CITATION_SHARE * len(members)) + 1)
    counts = {target: len({e.source for e in found}) for target, found in support.items()
              if target != node_id and target not in members}
    edges = []
    # several sources with the members' support: the one more members cite, then the one they
    # cite more strongly, first; the others a step below, so no name's spelling decides
    strongest = sorted((target for target, count in counts.items() if count >= needed),
                       key=lambda target: (-counts[target], -_summed_strength(support[target]), target))
    for rank, target in enumerate(strongest):
        edges.append(_inherited(node_id, target, support[target],
                                round(ATTRIBUTION_CONFIDENCE["outlet"] - INHERITED_RANK_STEP * min(rank, 1), 2)))
    edges.sort(key=lambda edge: edge.target)
    ranked = sorted(counts.values(), reverse=True)
    anonymous = node_id.startswith("inferred:")  # a wire's report node is shared: it needs a majority
    if anonymous and not edges and ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
        # No majority: the source most members name, strictly ahead of any other, as a
        # weaker citation, rather than leaving the text's trail at an unseen root.
        target = next(t for t, c in sorted(counts.items()) if c == ranked[0])
        edges.append(_inherited(node_id, target, support[target], PLURALITY_CONFIDENCE))
    return edges


def _summed_strength(found: list[Edge]) -> float:
    """The members' citations of one source, each member's strongest counted once."""
    best: dict[str, float] = {}
    for edge in found:
        best[edge.source] = max(best.get(edge.source, 0.0), edge.confidence)
    return sum(best.values())


def _inherited_names(node_id: str, members: list[str], named_by: dict[str, list[Edge]]) -> list[Edge]:
    """With no citation read, the source most members name without a cue (a weak citation).

    Pages sharing a rewrite of Taibbi's thread that only name Taibbi: their unseen text
    retells his thread. Weakly, as its members do, and only when one name leads.
    """
    support: dict[str, list[Edge]] = defaultdict(list)
    for member in members:
        for edge in named_by.get(member, ()):
            if edge.target != node_id and edge.target not in members:
                support[edge.target].append(edge)
    counts = sorted(((len({e.source for e in found}), target) for target, found in support.items()), reverse=True)
    if not counts or counts[0][0] < CITATION_MIN_MEMBERS or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return []
    target = counts[0][1]
    return [Edge(node_id, target, Relation.WEAKLY_CITES, NAMED_SUPPORT_CONFIDENCE,
                 tuple(item for e in support[target] for item in e.evidence))]


def _inherited(node_id: str, target: str, found: list[Edge], confidence: float) -> Edge:
    relation = Relation.CITES if any(e.relation == Relation.CITES for e in found) else Relation.CREDITS
    return Edge(node_id, target, relation, confidence, tuple(item for e in found for item in e.evidence))


