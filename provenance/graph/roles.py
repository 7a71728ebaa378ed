"""What each node is in its story, decided once so that every renderer shows the same.

Decided after the chains, from each node's deciding edge (its primary parent) and from
what points at it: the root that others trace to is an origin; a node that two or more
pages republish or credit, or a wire agency's own article, is a wire; then republisher
(the text, credited), copy (the text, uncredited), rewrite, snapshot, duplicate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from provenance.kinds import NodeKind, Relation, Role
from provenance.models import Edge, Node

_RELAYED = frozenset({Relation.COPIES, Relation.CREDITS, Relation.SHARES_SOURCE})
_BY_RELATION = {Relation.DUPLICATES: Role.DUPLICATE, Relation.SNAPSHOT_OF: Role.SNAPSHOT}


def assign_roles(nodes: Mapping[str, Node], edges: tuple[Edge, ...], primary: Mapping[str, Edge | None],
                 chains: Mapping[str, tuple[str, ...]], wire_outlets: frozenset[str]) -> dict[str, Node]:
    """Each node with its role; nodes are returned anew, the given ones are not changed."""
    relayed = Counter(e.target for e in edges if e.relation in _RELAYED)
    traced_to = Counter(node for path in chains.values() for node in path[1:])
    return {node_id: replace(node, role=_role(node, primary.get(node_id), relayed[node_id], traced_to[node_id],
                                              wire_outlets))
            for node_id, node in nodes.items()}


def _role(node: Node, edge: Edge | None, relayed: int, traced_to: int, wire_outlets: frozenset[str]) -> Role:
    if edge is None:
        return Role.ORIGIN if traced_to else (Role.INDEPENDENT if node.kind == NodeKind.ARTICLE else Role.SOURCE)
    if edge.relation in _BY_RELATION:
        return _BY_RELATION[edge.relation]
    if edge.relation == Relation.RETELLS and node.kind == NodeKind.ARTICLE:
        return Role.INDEPENDENT  # names no source, takes no text: only its story is inferred
    if relayed >= 2 or (node.outlet_id in wire_outlets and traced_to):
        return Role.WIRE
    if node.kind != NodeKind.ARTICLE:
        return Role.SOURCE
    if edge.relation == Relation.CREDITS or (edge.relation == Relation.COPIES and _credits_parent(edge)):
        return Role.REPUBLISHER
    if edge.relation == Relation.COPIES:
        return Role.COPY
    if edge.relation == Relation.TRANSLATES:
        return Role.TRANSLATION
    return Role.REWRITE


def _credits_parent(edge: Edge) -> bool:
    return any(item.kind in ("dateline", "credit", "attribution") for item in edge.evidence)
