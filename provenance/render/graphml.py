"""GraphML for Gephi, yEd and networkx: nodes and edges with their attributes.

Written with the standard library's XML writer, so all page text is escaped as XML.
"""

from __future__ import annotations

from xml.etree import ElementTree

from provenance.models import ProvenanceGraph
from provenance.render.safe import display_text

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = ("label", "kind", "outlet", "published", "title", "in_corpus")
EDGE_KEYS = ("relation", "confidence", "evidence")


def to_graphml(graph: ProvenanceGraph) -> str:
    ElementTree.register_namespace("", NS)
    root = ElementTree.Element(f"{{{NS}}}graphml")
    for key in NODE_KEYS:
        kind = "boolean" if key == "in_corpus" else "string"
        ElementTree.SubElement(root, f"{{{NS}}}key", id=f"n_{key}", attrib={"for": "node", "attr.name": key,
                                                                             "attr.type": kind})
    for key in EDGE_KEYS:
        kind = "double" if key == "confidence" else "string"
        ElementTree.SubElement(root, f"{{{NS}}}key", id=f"e_{key}", attrib={"for": "edge", "attr.name": key,
                                                                             "attr.type": kind})
    body = ElementTree.SubElement(root, f"{{{NS}}}graph", id="provenance", edgedefault="directed")
    for node in graph.nodes:
        element = ElementTree.SubElement(body, f"{{{NS}}}node", id=node.id)
        values = {"label": node.label, "kind": node.kind, "outlet": node.outlet, "published": node.published,
                  "title": node.title, "in_corpus": "true" if node.in_corpus else "false"}
        _data(element, "n", values)
    for index, edge in enumerate(graph.edges):
        element = ElementTree.SubElement(body, f"{{{NS}}}edge", id=f"e{index}", source=edge.source, target=edge.target)
        evidence = " | ".join(display_text(item.text) for item in edge.evidence if item.text)
        _data(element, "e", {"relation": edge.relation, "confidence": str(edge.confidence), "evidence": evidence})
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _data(element: ElementTree.Element, prefix: str, values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is not None:
            ElementTree.SubElement(element, f"{{{NS}}}data", key=f"{prefix}_{key}").text = _xml_safe(value)


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters even escaped: drop them."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20) if text else text
