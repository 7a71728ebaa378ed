"""What every renderer needs of a graph, looked up once: nodes by id, deciding edges, children.

The graph stage decided each node's chain (``Node.parent``) and role; a renderer only
formats them. This view indexes them once per render instead of each renderer scanning
the edge list again, or worse, deciding the chains a second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from provenance.models import Edge, Node, ProvenanceGraph


@dataclass(frozen=True)
class GraphView:
    nodes: Mapping[str, Node]
    deciding: Mapping[str, Edge]  # node id -> the edge to its parent (roots have none)
    children: Mapping[str, tuple[tuple[Node, Edge], ...]]  # node id -> the nodes whose parent it is

    @classmethod
    def of(cls, graph: ProvenanceGraph) -> GraphView:
        by_pair = {(edge.source, edge.target): edge for edge in graph.edges}
        deciding = {node.id: by_pair[(node.id, node.parent)] for node in graph.nodes
                    if node.parent is not None and (node.id, node.parent) in by_pair}
        children: dict[str, list[tuple[Node, Edge]]] = {}
        for node in graph.nodes:
            edge = deciding.get(node.id)
            if edge is not None:
                children.setdefault(edge.target, []).append((node, edge))
        return cls({node.id: node for node in graph.nodes}, deciding,
                   {key: tuple(value) for key, value in children.items()})

    def deciding_edge(self, node_id: str) -> Edge | None:
        return self.deciding.get(node_id)
