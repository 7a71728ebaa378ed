"""Stage 8, render/export: the traced graph as text, JSON, DOT, SVG, HTML, PROV or GraphML."""

from __future__ import annotations

from provenance.models import ProvenanceGraph
from provenance.render.csvout import to_csv
from provenance.render.dot import DiagramOptions, to_dot, to_pdf, to_png, to_svg
from provenance.render.graphml import to_graphml
from provenance.render.html import to_html
from provenance.render.jsonout import iter_json, to_dict, to_json
from provenance.render.prov import to_prov_json, to_prov_n
from provenance.render.text import to_text

FORMATS = ("text", "json", "dot", "svg", "png", "pdf", "html", "prov-json", "provn", "graphml", "csv")
#: Formats whose output is bytes, written to a file only.
BINARY_FORMATS = frozenset({"png", "pdf"})

__all__ = ["BINARY_FORMATS", "FORMATS", "DiagramOptions", "iter_json", "render", "to_csv", "to_dict", "to_dot",
           "to_graphml", "to_html", "to_json", "to_pdf", "to_png", "to_prov_json", "to_prov_n", "to_svg", "to_text"]


def render(graph: ProvenanceGraph, fmt: str, options: DiagramOptions | None = None,
           width: int | None = None) -> str | bytes:
    """The graph in one of :data:`FORMATS` (bytes for :data:`BINARY_FORMATS`); ``options``
    shape the diagram (SVG, PNG, PDF, DOT, HTML); ``width`` cuts the text tree's lines."""
    if fmt == "text":
        return to_text(graph, width)
    if fmt == "png":
        return to_png(graph, options)
    if fmt == "pdf":
        return to_pdf(graph, options)
    if fmt == "dot":
        return to_dot(graph, options)
    if fmt == "svg":
        return to_svg(graph, options)
    if fmt == "html":
        return to_html(graph, options)
    renderers = {"text": to_text, "json": to_json, "prov-json": to_prov_json, "provn": to_prov_n,
                 "graphml": to_graphml, "csv": to_csv}
    return renderers[fmt](graph)
