"""W3C PROV export (PROV-JSON and PROV-N) through the `prov` library.

Every node is a ``prov:Entity`` (articles, cited reports, inferred and vague sources),
every known outlet a ``prov:Agent`` the entity ``wasAttributedTo``, and every edge one
derivation: text taken (``copies``, ``rewrites``, ``translates``, ``shares-source``) is
``wasDerivedFrom``; a page that only retells the story its names mark is
``wasInfluencedBy``; a citation or credit is ``wasQuotedFrom``, or ``hadPrimarySource``
when it names the story's original report.
"""

from __future__ import annotations

from typing import Any

from provenance.facts import slug
from provenance.kinds import Relation
from provenance.models import Edge, Node, ProvenanceGraph

NAMESPACE = ("pv", "https://provenance-news.github.io/ns#")
TAKEN_TEXT = frozenset({"copies", "rewrites", "translates", "shares-source"})


def build(graph: ProvenanceGraph) -> Any:
    from prov.model import ProvDocument

    document = ProvDocument()
    document.add_namespace(*NAMESPACE)
    ids = {node.id: f"pv:node-{index}" for index, node in enumerate(graph.nodes)}
    origin = graph.origins[0] if graph.origins else None
    agents: dict[str, Any] = {}
    for node in graph.nodes:
        entity = document.entity(ids[node.id], _node_attributes(node))
        if node.outlet:
            key = node.outlet_id or slug(node.outlet)
            if key not in agents:
                agents[key] = document.agent(f"pv:outlet-{slug(key)}", {"prov:label": node.outlet})
            document.wasAttributedTo(entity, agents[key])
    for edge in graph.edges:
        _derivation(document, edge, ids, origin)
    return document


def _node_attributes(node: Node) -> dict[str, Any]:
    attributes: dict[str, Any] = {"prov:label": node.label, "pv:id": node.id, "pv:kind": node.kind,
                                  "pv:inCorpus": node.in_corpus}
    optional = {"pv:title": node.title, "pv:path": node.path, "pv:published": node.published,
                "pv:earliest": node.published_range.earliest, "pv:note": node.note or None}
    attributes.update({key: value for key, value in optional.items() if value is not None})
    return attributes


def _derivation(document: Any, edge: Edge, ids: dict[str, str], origin: str | None) -> None:
    later, earlier = ids[edge.source], ids[edge.target]
    evidence = " | ".join(item.text for item in edge.evidence if item.text)[:2000]
    attributes = {"pv:relation": edge.relation, "pv:confidence": edge.confidence, "pv:evidence": evidence}
    if edge.relation in TAKEN_TEXT:
        document.wasDerivedFrom(later, earlier, other_attributes=attributes)
    elif edge.relation == Relation.RETELLS:  # inferred from shared names: an influence, no quotation
        document.wasInfluencedBy(later, earlier, other_attributes=attributes)
    elif edge.target == origin:
        document.hadPrimarySource(later, earlier, other_attributes=attributes)
    else:
        document.wasQuotedFrom(later, earlier, other_attributes=attributes)


def to_prov_json(graph: ProvenanceGraph) -> str:
    return build(graph).serialize(indent=2) + "\n"


def to_prov_n(graph: ProvenanceGraph) -> str:
    return build(graph).get_provn() + "\n"
