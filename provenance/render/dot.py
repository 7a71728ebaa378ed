"""The graph as a Graphviz diagram (DOT source, or SVG rendered by Graphviz's ``dot``).

The origin sits at the top and sources above what they fed: edges are drawn from the
source down to the article, with the arrowhead at the source ("took from"). Colours
are the Okabe-Ito palette, safe for colour-blind readers. All page text is escaped
(backslashes doubled, never read as an HTML-like label): pages are hostile input.
"""

from __future__ import annotations

import graphviz

from provenance import chains
from provenance.models import Edge, Node, ProvenanceGraph
from provenance.render.safe import display_text, shorten

#: Okabe-Ito colour-blind-safe palette.
PALETTE = {"orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
           "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "grey": "#999999"}
NODE_STYLE = {
    "article": {"shape": "box", "style": "rounded,filled", "fillcolor": "#FFFFFF", "color": "#333333"},
    "report": {"shape": "box", "style": "rounded,dashed,filled", "fillcolor": "#FFF4D6", "color": PALETTE["orange"]},
    "inferred": {"shape": "box", "style": "rounded,dashed", "color": PALETTE["grey"]},
    "vague": {"shape": "box", "style": "rounded,dotted", "color": PALETTE["grey"], "fontsize": "10"},
}
EDGE_STYLE = {
    "cites": {"style": "solid", "color": PALETTE["blue"]},
    "credits": {"style": "solid", "color": PALETTE["green"]},
    "copies": {"style": "bold", "color": PALETTE["vermillion"], "penwidth": "2.5"},
    "rewrites": {"style": "solid", "color": PALETTE["purple"], "penwidth": "1.8"},
    "shares-source": {"style": "dashed", "color": PALETTE["grey"]},
    "weakly-cites": {"style": "dotted", "color": PALETTE["grey"]},
}
SECONDARY_EDGE_COLOUR = "#C8C8C8"
LABEL_CHARS = 42
TOOLTIP_CHARS = 600


def _text(*lines: str) -> graphviz.quoting.NoHtml:
    """Lines of page text as one DOT label: escaped, never an HTML-like label."""
    return graphviz.nohtml("\\n".join(graphviz.escape(display_text(line)) for line in lines if line))


_cut = shorten


def build(graph: ProvenanceGraph) -> graphviz.Digraph:
    ids = {node.id: f"n{index}" for index, node in enumerate(graph.nodes)}
    origin = graph.origins[0] if graph.origins else None
    dot = graphviz.Digraph("provenance", graph_attr={
        "rankdir": "TB", "labelloc": "t", "fontname": "Helvetica", "fontsize": "16", "nodesep": "0.4",
        "ranksep": "0.6", "label": _text(_title(graph)), "tooltip": _text(_title(graph))},
        node_attr={"fontname": "Helvetica", "fontsize": "11"}, edge_attr={"fontname": "Helvetica", "fontsize": "9"})
    for node in graph.nodes:
        attrs = dict(NODE_STYLE.get(node.kind, NODE_STYLE["article"]))
        if node.id == origin:
            attrs.update({"penwidth": "3", "color": PALETTE["vermillion"], "fillcolor": "#FDE3D2",
                          "style": attrs["style"].replace("dashed", "bold")})
        dot.node(ids[node.id], label=_node_label(node, node.id == origin), tooltip=_node_tooltip(node),
                 id=f"node-{ids[node.id]}", **attrs)
    by_source = chains.index_edges(graph.edges)
    primary = {chains.primary_parent(node.id, by_source) for node in graph.nodes}
    for index, edge in enumerate(graph.edges):
        style = dict(EDGE_STYLE.get(edge.relation, {}))
        label = _edge_label(edge)
        if edge not in primary:  # a further source: drawn faint so the chains stand out
            style.update({"color": SECONDARY_EDGE_COLOUR, "penwidth": "0.8", "constraint": "false"})
            label = graphviz.nohtml("")
        dot.edge(ids[edge.target], ids[edge.source], dir="back", label=label,
                 tooltip=_edge_tooltip(edge), id=f"edge-{index}", **style)
    dot.subgraph(_legend())
    return dot


def to_dot(graph: ProvenanceGraph) -> str:
    return build(graph).source


def to_svg(graph: ProvenanceGraph) -> str:
    """SVG rendered by Graphviz's ``dot`` (raises ``graphviz.ExecutableNotFound`` without it)."""
    return build(graph).pipe(format="svg", encoding="utf-8")


def _title(graph: ProvenanceGraph) -> str:
    nodes = {node.id: node for node in graph.nodes}
    origin = nodes[graph.origins[0]].label if graph.origins else "unknown"
    return (f"Provenance: {len(graph.articles)} articles, {len(graph.edges)} links; "
            f"origin: {origin}")


def _node_label(node: Node, is_origin: bool) -> graphviz.quoting.NoHtml:
    date = node.published or (f"after {node.published_range.earliest}" if node.published_range.earliest else "undated")
    lines = [("ORIGIN: " if is_origin else "") + node.label, date[:16]]
    if node.kind == "article":
        lines.append(_cut(node.title or node.id, LABEL_CHARS))
    elif node.kind == "report":
        lines.append("(not in corpus)")
    elif node.kind == "inferred":
        lines.append("(inferred)")
    return _text(*lines)


def _node_tooltip(node: Node) -> graphviz.quoting.NoHtml:
    return _text(_cut(f"{node.label} | {node.published or 'undated'} | {node.title or node.note} | {node.id}",
                      TOOLTIP_CHARS))


def _edge_label(edge: Edge) -> graphviz.quoting.NoHtml:
    """The relation and what decided it: the cue, or how many passages were shared."""
    passages = sum(1 for e in edge.evidence if e.kind == "passage")
    if edge.relation in ("copies", "rewrites", "shares-source") and passages:
        return _text(edge.relation, f"{passages} shared passages")
    cue = next((e.text for e in edge.evidence if e.kind in ("attribution", "dateline", "credit")), "")
    return _text(edge.relation, _cut(cue, 28) if cue else "")


def _edge_tooltip(edge: Edge) -> graphviz.quoting.NoHtml:
    quotes = "; ".join(f"[{e.article}] {e.text}" for e in edge.evidence if e.text)
    return _text(_cut(f"{edge.source} {edge.relation} {edge.target} ({edge.confidence:.2f}): {quotes}",
                      TOOLTIP_CHARS))


_LEGEND_ROWS = (
    ("cites", "━━━▶", "names the source in the text"),
    ("credits", "━━━▶", "dateline or foot credit of a wire"),
    ("copies", "▇▇▇▶", "took the source's text"),
    ("rewrites", "━━━▶", "paraphrases the source's text"),
    ("shares-source", "- - -▶", "same text, no telling who was first"),
    ("weakly-cites", "·····▶", "vague attribution ('US media')"),
)


def _legend() -> graphviz.Digraph:
    """One legend node: an HTML-like table of our own fixed text (no page text in it)."""
    rows = "".join(
        f'<TR><TD ALIGN="LEFT"><FONT COLOR="{EDGE_STYLE[name]["color"]}">{stroke}</FONT></TD>'
        f'<TD ALIGN="LEFT">{name}</TD><TD ALIGN="LEFT"><FONT POINT-SIZE="9">{meaning}</FONT></TD></TR>'
        for name, stroke, meaning in _LEGEND_ROWS)
    kinds = ('<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="9">solid box: article in the corpus; '
             'dashed orange: cited report not in the corpus; dashed grey: inferred unseen source; '
             'thick red border: the story\'s origin</FONT></TD></TR>')
    table = (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR><TD COLSPAN="3"><B>Legend</B></TD></TR>'
             f"{rows}{kinds}</TABLE>>")
    legend = graphviz.Digraph("cluster_legend", graph_attr={"label": "", "style": "rounded", "color": "#BBBBBB"})
    legend.node("legend", label=table, shape="plaintext", id="legend")
    return legend
