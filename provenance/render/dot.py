"""The graph as a Graphviz diagram (DOT source, or SVG rendered by Graphviz's ``dot``).

The origin sits at the top and sources above what they fed: edges are drawn from the
source down to the article, with the arrowhead at the source ("took from"). Colours
are the Okabe-Ito palette, safe for colour-blind readers. All page text is escaped
(backslashes doubled, never read as an HTML-like label): pages are hostile input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import graphviz

from provenance.models import Edge, Node, ProvenanceGraph
from provenance.render import panels
from provenance.render.layout import (
    bottom_row,
    draw_bands,
    drawn_name,
    drawn_names,
    loose_rows,
    nested_panels,
    stack_panels,
    staggered_leaves,
)
from provenance.render.safe import display_text, shorten, wrap
from provenance.render.view import GraphView

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
    "translates": {"style": "dashed", "color": PALETTE["purple"], "penwidth": "1.8"},
    "shares-source": {"style": "dashed", "color": PALETTE["grey"]},
    "weakly-cites": {"style": "dotted", "color": PALETTE["grey"]},
    "retells": {"style": "dotted", "color": PALETTE["grey"], "arrowhead": "empty"},
}
SECONDARY_EDGE_COLOUR = "#C8C8C8"
#: A node's lines: at most this many characters, the title on at most TITLE_LINES lines.
#: Calibrated on made-up piles: 26 characters of 11 pt Helvetica make a box about 2.2 in
#: wide, so eight boxes side by side still fit 1,950 pt (9 px text at 1,600 px).
LABEL_CHARS = 26
TITLE_LINES = 2
TOOLTIP_CHARS = 600


def _text(*lines: str) -> graphviz.quoting.NoHtml:
    """Lines of page text as one DOT label: escaped, never an HTML-like label."""
    return graphviz.nohtml("\\n".join(graphviz.escape(display_text(line)) for line in lines if line))


_cut = shorten


@dataclass(frozen=True)
class DiagramOptions:
    """``links``: node id -> URL (the HTML report's sections); ``collapse``: one node for
    the republished copies of a source, whatever the pile's size (past
    :data:`panels.FOLD_ABOVE` articles it is the default, and ``expand`` turns it off);
    ``sources``: small nodes for the people and officials each article quotes."""

    links: Mapping[str, str] | None = None
    collapse: bool = False
    sources: bool = False
    expand: bool = False  # draw every article even in a big pile (no folding)


def build(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> graphviz.Digraph:
    options = options or DiagramOptions()
    ids = {node.id: f"n{index}" for index, node in enumerate(graph.nodes)}
    view = GraphView.of(graph)
    primary = view.deciding
    roles = node_roles(graph)
    story_plan = panels.plan(graph, view, panels.should_fold(graph, options.collapse, options.expand))
    collapsed = story_plan.folded
    dot = graphviz.Digraph("provenance", graph_attr={
        "rankdir": "TB", "labelloc": "t", "fontname": "Helvetica", "fontsize": "16", "nodesep": "0.25",
        "ranksep": "0.6", "label": _text(_title(graph)), "tooltip": _text(_title(graph))},
        node_attr={"fontname": "Helvetica", "fontsize": "11"}, edge_attr={"fontname": "Helvetica", "fontsize": "9"})
    flags = _finding_flags(graph)
    paneled = len(graph.articles) > panels.FOLD_ABOVE and len(story_plan.panels) + bool(story_plan.loose) > 1
    containers = _story_containers(story_plan, view) if paneled else \
        _republisher_clusters(graph, primary, roles, collapsed)
    drawn, hidden = _edges_to_draw(graph, view, collapsed, story_plan.story_of() if paneled else None,
                                   options.expand)
    for node in graph.nodes:
        if node.id in collapsed:
            continue
        attrs = {**_node_attrs(node, roles[node.id]), "tooltip": _node_tooltip(node, hidden.get(node.id, ()), view),
                 "id": f"node-{ids[node.id]}", "label": _node_label(node, roles[node.id], flags.get(node.id, ()))}
        if options.links and node.id in options.links:
            attrs["URL"] = options.links[node.id]
        containers.get(node.id, dot).node(ids[node.id], **attrs)
    stagger = staggered_leaves(view, ids, collapsed)
    _draw_collapsed(collapsed, ids, graph, containers, dot, stagger)
    if paneled and story_plan.loose:
        loose_rows(containers[story_plan.loose[0]], story_plan.loose, ids)
    connected = {edge.source for edge in drawn} | {edge.target for edge in drawn}
    groups = [(containers[panel.root], panel.members) for panel in story_plan.panels] if paneled else \
        [(dot, tuple(node for node in view.nodes if node in connected))]
    for number, (container, members) in enumerate(groups):
        draw_bands(dot, container, f"day_{number}", [(drawn_name(m, ids, collapsed), view.nodes[m]) for m in members])
    boxes = list(dict.fromkeys(containers.values()))
    for container in [nested_panels(boxes)] if paneled else boxes:
        dot.subgraph(container)
    _draw_edges(dot, graph, ids, collapsed, drawn, set(primary.values()), stagger)
    if options.sources:
        _draw_sources(dot, graph, ids)
    dot.subgraph(_legend(frozenset(str(edge.relation) for edge in graph.edges)))
    if paneled:
        stack_panels(dot, story_plan, ids, collapsed)
    else:
        bottom_row(dot, [ids[n] for n in view.nodes if n not in connected and n not in collapsed],
                    drawn_names((n for n in view.nodes if n in connected), ids, collapsed))
    return dot


def _edges_to_draw(graph: ProvenanceGraph, view: GraphView, collapsed: Mapping[str, str],
                   story_of: Mapping[str, int] | None, expand: bool) -> tuple[tuple[Edge, ...], dict[str, list[Edge]]]:
    """The edges drawn, and per node those left out (named in its tooltip instead).

    Each node's chain is drawn. A further source is drawn (faint) with ``--expand``, or
    when it is all that ties a node to the drawing (a vague "local media"); otherwise its
    route would cross the drawing for a line the report and the JSON already give. An
    edge between two panels is never drawn: it would drag the panels sideways. A folded
    copy's edges are its fold's.
    """
    primary = set(view.deciding.values())
    on_chains = set(view.deciding) | {edge.target for edge in primary}
    drawn: list[Edge] = []
    hidden: dict[str, list[Edge]] = {}
    for edge in graph.edges:
        if edge.source in collapsed:
            continue
        crosses = story_of is not None and story_of.get(edge.source) != story_of.get(edge.target)
        further = edge not in primary and not expand and edge.source in on_chains and edge.target in on_chains
        if crosses or further:
            hidden.setdefault(edge.source, []).append(edge)
        else:
            drawn.append(edge)
    return tuple(drawn), hidden


#: A source feeding more than this many drawn chains gets unlabelled edges.
BUSY_SOURCE = 6


def _draw_edges(dot: graphviz.Digraph, graph: ProvenanceGraph, ids: Mapping[str, str], collapsed: Mapping[str, str],
                drawn: tuple[Edge, ...], primary_edges: set[Edge], stagger: Mapping[str, int]) -> None:
    """Each edge from source to what it fed; a folded copy's edges go to its fold's node."""
    number = {id(edge): index for index, edge in enumerate(graph.edges)}
    fed = Counter(edge.target for edge in drawn if edge in primary_edges)
    for edge in drawn:
        style = dict(EDGE_STYLE.get(edge.relation, {}))
        # a label takes the room of a node: into a source feeding many, the colour says the
        # relation and the tooltip the cue
        label = _edge_label(edge) if fed[edge.target] <= BUSY_SOURCE else graphviz.nohtml("")
        if edge not in primary_edges:  # a further source: drawn faint so the chains stand out
            style.update({"color": SECONDARY_EDGE_COLOUR, "penwidth": "0.8", "constraint": "false"})
            label = graphviz.nohtml("")
        elif ids[edge.source] in stagger:
            style["minlen"] = str(stagger[ids[edge.source]])
        target = f"{ids[collapsed[edge.target]]}_copies" if edge.target in collapsed else ids[edge.target]
        dot.edge(target, ids[edge.source], dir="back", label=label,
                 tooltip=_edge_tooltip(edge), id=f"edge-{number[id(edge)]}", **style)


def _story_containers(story_plan: panels.Plan, view: GraphView) -> dict[str, graphviz.Digraph]:
    """One boxed panel per story (its origin and size in the box's title), one for the rest."""
    containers: dict[str, graphviz.Digraph] = {}
    for number, panel in enumerate(story_plan.panels, start=1):
        articles = sum(1 for m in panel.members if view.nodes[m].in_corpus)
        title = f"Story {number}: {view.nodes[panel.root].label} · {articles} article{'s' * (articles != 1)}"
        cluster = graphviz.Digraph(f"cluster_story_{number}", graph_attr={
            "label": _text(title), "labeljust": "l", "style": "rounded", "color": "#999999", "fontsize": "13",
            "peripheries": "1"})
        containers.update({member: cluster for member in panel.members})
    if story_plan.loose:
        cluster = graphviz.Digraph("cluster_loose", graph_attr={
            "label": _text("Articles with no source found, and unconnected sources"), "labeljust": "l",
            "style": "rounded", "color": "#999999", "fontsize": "13"})
        containers.update({member: cluster for member in story_plan.loose})
    return containers


ROLE_FILL = {"origin": "#FDE3D2", "wire": "#DCEBF7", "republisher": "#E3F2EC", "copy": "#FBE9D6",
             "rewrite": "#F1E4EE", "translation": "#F1E4EE", "snapshot": "#EEEEEE", "duplicate": "#EEEEEE",
             "independent": "#FFFFFF", "source": "#FFFFFF"}


def node_roles(graph: ProvenanceGraph) -> dict[str, str]:
    """Each node's role as the graph stage decided it (the renderer only formats it).

    Only the story's first origin is drawn as the origin; other roots stay plain sources.
    """
    origin = graph.origins[0] if graph.origins else None
    roles = {}
    for node in graph.nodes:
        role = node.role or "independent"
        roles[node.id] = "origin" if node.id == origin else ("independent" if role == "origin" else role)
    return roles


def _node_attrs(node: Node, role: str) -> dict[str, str]:
    attrs = dict(NODE_STYLE.get(node.kind, NODE_STYLE["article"]))
    if node.kind == "article":
        attrs["fillcolor"] = ROLE_FILL.get(role, "#FFFFFF")
    if role == "origin":
        attrs.update({"penwidth": "3", "color": PALETTE["vermillion"], "fillcolor": ROLE_FILL["origin"],
                      "style": attrs["style"].replace("dashed", "bold")})
    return attrs


def _finding_flags(graph: ProvenanceGraph) -> dict[str, tuple[str, ...]]:
    words = {"uncredited-copy": "uncredited copy", "quote-drift": "quote drift",
             "date-contradiction": "dated before its source", "mis-credit": "mis-credit",
             "circular-citation": "circular sourcing", "anonymous-origin": "rests on unnamed sources"}
    flags: dict[str, list[str]] = {}
    for finding in graph.findings:
        if finding.nodes:
            flags.setdefault(finding.nodes[0], []).append(words.get(finding.kind, finding.kind))
    return {key: tuple(dict.fromkeys(value)) for key, value in flags.items()}


#: Republishers of one source are boxed together once there are this many.
CLUSTER_MIN = 3


def _republisher_clusters(graph: ProvenanceGraph, primary: Mapping[str, Edge], roles: Mapping[str, str],
                          collapsed: Mapping[str, str]) -> dict[str, graphviz.Digraph]:
    groups: dict[str, list[str]] = {}
    for node in graph.nodes:
        edge = primary.get(node.id)
        if node.id not in collapsed and edge and roles[node.id] in ("republisher", "copy"):
            groups.setdefault(edge.target, []).append(node.id)
    labels = {node.id: node.label for node in graph.nodes}
    clusters: dict[str, graphviz.Digraph] = {}
    for index, (parent, members) in enumerate(sorted(groups.items())):
        if len(members) < CLUSTER_MIN:
            continue
        cluster = graphviz.Digraph(f"cluster_copies_{index}", graph_attr={
            "label": _text(f"republished from {labels[parent]}"), "style": "rounded,dashed",
            "color": "#BBBBBB", "fontsize": "10"})
        clusters.update({member: cluster for member in members})
    return clusters


def _draw_collapsed(collapsed: Mapping[str, str], ids: Mapping[str, str], graph: ProvenanceGraph,
                    containers: Mapping[str, graphviz.Digraph], dot: graphviz.Digraph,
                    stagger: Mapping[str, int]) -> None:
    """One node per folded group: "12 republished copies of X", every member in its tooltip."""
    nodes = {node.id: node for node in graph.nodes}
    by_parent: dict[str, list[str]] = {}
    for member, parent in sorted(collapsed.items()):
        by_parent.setdefault(parent, []).append(member)
    for parent, members in by_parent.items():
        name = f"{ids[parent]}_copies"
        outlets = ", ".join(nodes[m].label for m in members)
        containers.get(members[0], dot).node(
            name, label=_text(f"{len(members)} republished copies of",
                              *wrap(nodes[parent].label, LABEL_CHARS, 2), shorten(outlets, LABEL_CHARS)),
            tooltip=_text(f"{len(members)} republished or copied pages: " + "; ".join(
                f"{nodes[m].label} ({m})" for m in members)), id=f"node-{name}",
            **{**NODE_STYLE["article"], "fillcolor": ROLE_FILL["copy"], "peripheries": "2"})
        dot.edge(ids[parent], name, dir="back", label=_text("republished"), id=f"edge-{name}",
                 minlen=str(stagger.get(name, 1)), **EDGE_STYLE["copies"])


#: At most this many quoted people or officials are drawn per article with --sources.
SOURCES_PER_ARTICLE = 5


def _draw_sources(dot: graphviz.Digraph, graph: ProvenanceGraph, ids: Mapping[str, str]) -> None:
    for article in graph.articles:
        people = [a for a in article.attributions if a.kind in ("person", "anonymous") and not a.via]
        seen: dict[str, None] = {}
        for attribution in people:
            seen.setdefault(attribution.label, None)
        for number, label in enumerate(list(seen)[:SOURCES_PER_ARTICLE]):
            name = f"{ids[article.id]}_s{number}"
            dot.node(name, label=_text(shorten(label, 30)), shape="plaintext", fontsize="9",
                     fontcolor="#555555", id=f"node-{name}", tooltip=_text(f"quoted in {article.id}: {label}"))
            dot.edge(name, ids[article.id], style="dotted", color="#BBBBBB", arrowhead="none", id=f"edge-{name}")


def to_dot(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> str:
    return build(graph, options).source


def to_svg(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> str:
    """SVG rendered by Graphviz's ``dot`` (raises ``graphviz.ExecutableNotFound`` without it)."""
    return build(graph, options).pipe(format="svg", encoding="utf-8")


#: Graphviz stamps a PDF with the time it was made; the same input must give the same bytes,
#: so the stamp is set to the epoch (same length: the file's byte offsets stay right).
_PDF_CREATION = re.compile(rb"/CreationDate \(D:\d{14}Z\)")


def to_png(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> bytes:
    """The diagram as a PNG image (96 dpi), for slides and documents."""
    return build(graph, options).pipe(format="png")


def to_pdf(graph: ProvenanceGraph, options: DiagramOptions | None = None) -> bytes:
    """The diagram as a vector PDF, for print."""
    return _PDF_CREATION.sub(b"/CreationDate (D:19700101000000Z)", build(graph, options).pipe(format="pdf"))


def _title(graph: ProvenanceGraph) -> str:
    nodes = {node.id: node for node in graph.nodes}
    origin = nodes[graph.origins[0]].label if graph.origins else "unknown"
    return (f"Provenance: {len(graph.articles)} articles, {len(graph.edges)} links; "
            f"origin: {origin}")


def _node_label(node: Node, role: str, flags: tuple[str, ...] = ()) -> graphviz.quoting.NoHtml:
    bounds = node.published_range
    date = node.published or (f"by {bounds.latest}" if bounds.latest else f"after {bounds.earliest}" if bounds.earliest
                              else "undated")
    role_word = {"origin": "ORIGIN: ", "wire": "WIRE: "}.get(role, "")
    lines = [*wrap(role_word + node.label, LABEL_CHARS, 2), date[:16]]
    if node.kind == "article":
        lines.extend(wrap(node.title or node.id, LABEL_CHARS, TITLE_LINES))
    elif node.kind == "report":
        lines.append("(not in corpus)")
    elif node.kind == "inferred":
        lines.append("(inferred)")
    lines.extend(f"⚠ {flag}" for flag in flags)
    return _text(*lines)


def _node_tooltip(node: Node, hidden: Iterable[Edge], view: GraphView) -> graphviz.quoting.NoHtml:
    """Who the node is, and the sources not drawn for it ("also cites The Post")."""
    also = "; ".join(f"{edge.relation} {view.nodes[edge.target].label}" for edge in hidden)
    return _text(_cut(f"{node.label} | {node.published or 'undated'} | {node.title or node.note} | {node.id}"
                      + (f" | also: {also}" if also else ""), TOOLTIP_CHARS))


def _edge_label(edge: Edge) -> graphviz.quoting.NoHtml:
    """The relation and what decided it: the cue, or how many passages were shared."""
    passages = sum(1 for e in edge.evidence if e.kind == "passage")
    if edge.relation in ("copies", "rewrites", "shares-source") and passages:
        return _text(edge.relation, f"{passages} passages")
    if edge.relation == "translates":
        return _text(edge.relation, "same names, numbers")
    cue = next((e for e in edge.evidence if e.kind in ("attribution", "dateline", "credit")), None)
    if cue is not None and cue.detail.startswith("house-style"):
        return _text(edge.relation, "(house style)")
    return _text(edge.relation, _cut(cue.text, 28) if cue else "")


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


#: Legend rows shown only when the drawing has such an edge.
_OPTIONAL_LEGEND_ROWS = (("translates", "- - -▶", "the source's text in another language"),
                         ("retells", "·····▷", "names no source; its names are the story's (inferred)"))


def _legend(relations: frozenset[str]) -> graphviz.Digraph:
    """One legend node: an HTML-like table of our own fixed text (no page text in it)."""
    shown = (*_LEGEND_ROWS, *(row for row in _OPTIONAL_LEGEND_ROWS if row[0] in relations))
    rows = "".join(
        f'<TR><TD ALIGN="LEFT"><FONT COLOR="{EDGE_STYLE[name]["color"]}">{stroke}</FONT></TD>'
        f'<TD ALIGN="LEFT">{name}</TD><TD ALIGN="LEFT"><FONT POINT-SIZE="9">{meaning}</FONT></TD></TR>'
        for name, stroke, meaning in shown)
    fills = "".join(f'<TD BGCOLOR="{ROLE_FILL[role]}" BORDER="1"><FONT POINT-SIZE="9">{role}</FONT></TD>'
                    for role in ("wire", "republisher", "copy", "rewrite"))
    notes = ("thick red border: the story's origin", "dashed orange: a cited report not in the pile",
             "dashed grey: an inferred unseen source", "⚠: a finding (uncredited copy, quote drift, …)")
    kinds = "".join(f'<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="9">{note}</FONT></TD></TR>' for note in notes)
    kinds += f'<TR><TD COLSPAN="3"><TABLE BORDER="0" CELLSPACING="2"><TR>{fills}</TR></TABLE></TD></TR>'
    table = (f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR><TD COLSPAN="3"><B>Legend</B></TD></TR>'
             f"{rows}{kinds}</TABLE>>")
    legend = graphviz.Digraph("cluster_legend", graph_attr={"label": "", "style": "rounded", "color": "#BBBBBB"})
    legend.node("legend", label=table, shape="plaintext", id="legend")
    return legend
