"""Stage 8, render/export: the traced graph as text, JSON, DOT or SVG."""

from provenance.render.dot import to_dot, to_svg
from provenance.render.jsonout import to_dict, to_json
from provenance.render.text import to_text

FORMATS = ("text", "json", "dot", "svg")

__all__ = ["FORMATS", "render", "to_dict", "to_dot", "to_json", "to_svg", "to_text"]


def render(graph: "ProvenanceGraph", fmt: str) -> str:  # noqa: F821 - forward reference
    """The graph in one of :data:`FORMATS`."""
    renderers = {"text": to_text, "json": to_json, "dot": to_dot, "svg": to_svg}
    return renderers[fmt](graph)
