"""How the diagram is laid out so it reads at any size: the rank constraints a DOT graph
gets beyond its nodes and edges.

- stories stacked as panels, each in an invisible box holding the panels after it, and an
  invisible spine of points that orders them (:func:`stack_panels`, :func:`nested_panels`);
- a band per published day, its date at the top (:func:`draw_bands`, :mod:`.bands`);
- the leaves of a busy source on staggered rows (:func:`staggered_leaves`);
- the legend and the pages tied to nothing under the drawing (:func:`bottom_row`).

Every constraint is an invisible node or edge; weightless edges set ranks, not positions.
Graphviz's ``unflatten`` is not used: with the bands and the spine every node has an
edge, so it finds no leaves to stagger; :func:`staggered_leaves` does that here.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

import graphviz

from provenance.models import Node
from provenance.render import bands, panels
from provenance.render.view import GraphView

#: How hard the spine's points are held in one vertical line. Calibrated on made-up piles:
#: at 10 the line bends and the panels step sideways (a 243-article pile 2,889 pt wide);
#: at 1000 it is straight (1,717 pt).
SPINE_WEIGHT = "1000"


def bottom_row(dot: graphviz.Digraph, alone: list[str], chained: tuple[str, ...]) -> None:
    """The legend and the articles tied to nothing under the drawing: beside its first rows
    they set its width (the example was 1,461 pt wide with them there)."""
    dot.node("bottom", label="", shape="point", width="0", height="0", style="invis")
    for name in chained:
        dot.edge(name, "bottom", style="invis", weight="0")
    for name in ("legend", *alone):
        dot.edge("bottom", name, style="invis", weight="0")


def nested_panels(boxes: list[graphviz.Digraph]) -> graphviz.Digraph:
    """The panels as a chain of invisible boxes, each holding one panel and the box of the
    panels after it. Side by side, Graphviz would put some panels left of the spine and
    some right of it (a 243-article pile 2,125 pt wide); nested, each sits over the next
    (1,159 pt)."""
    inner = boxes[-1]
    for number in range(len(boxes) - 2, -1, -1):
        outer = graphviz.Digraph(f"cluster_stack_{number}", graph_attr={"peripheries": "0", "label": ""})
        outer.subgraph(boxes[number])
        outer.subgraph(inner)
        inner = outer
    return inner


def stack_panels(dot: graphviz.Digraph, story_plan: panels.Plan, ids: Mapping[str, str],
           collapsed: Mapping[str, str]) -> None:
    """Panels one under the other, the loose articles in rows: the diagram grows down, not
    sideways. An invisible spine of points holds the order: each panel's root shares a rank
    with one point (``newrank`` allows that across boxes) and is tied to it sideways, so the
    panels line up on the left; every node of a panel lies above the next panel's point
    (weightless edges: they set ranks, not positions). No edge runs between panels, so none
    drags one sideways."""
    dot.attr(newrank="true")
    rows = _rows(story_plan.loose)
    anchors = [ids[panel.root] for panel in story_plan.panels] + [ids[row[0]] for row in rows]
    drawn = [drawn_names(panel.members, ids, collapsed) for panel in story_plan.panels]
    drawn += [tuple(ids[member] for member in row) for row in rows]
    above: tuple[str, ...] = ()
    for number, (anchor, members) in enumerate(zip(anchors, drawn, strict=True)):
        spine = f"spine_{number}"
        dot.node(spine, label="", shape="point", width="0", height="0", style="invis")
        if number:
            dot.edge(f"spine_{number - 1}", spine, style="invis", weight=SPINE_WEIGHT)
        for node in above:
            dot.edge(node, spine, style="invis", weight="0", minlen="2")
        with dot.subgraph(name=f"spine_rank_{number}", graph_attr={"rank": "same"}) as same:
            same.edge(spine, anchor, style="invis", weight="10")
        above = members
    for node in above:  # the legend under the last panel: beside the first, it widened the drawing
        dot.edge(node, "legend", style="invis", weight="0", minlen="2")


def drawn_name(member: str, ids: Mapping[str, str], collapsed: Mapping[str, str]) -> str:
    """The drawn node of a node: its own, or its fold's."""
    return f"{ids[collapsed[member]]}_copies" if member in collapsed else ids[member]


def drawn_names(members: Iterable[str], ids: Mapping[str, str], collapsed: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(drawn_name(m, ids, collapsed) for m in members))


def draw_bands(dot: graphviz.Digraph, container: graphviz.Digraph, prefix: str,
                drawn: Iterable[tuple[str, Node]]) -> None:
    """A date label per published day, in a column; each dated node below its day's label
    and above the next day's (weightless edges: they set ranks, not positions)."""
    found = bands.bands(drawn)
    if not found:
        return
    dot.attr(newrank="true")  # ranks across clusters, so a boxed group of copies keeps to its bands
    labels = [f"{prefix}_{number}" for number in range(len(found))]
    for label, band in zip(labels, found, strict=True):
        container.node(label, label=band.label, shape="plaintext", fontcolor="#666666", fontsize="10",
                       id=f"band-{label}")
    for (label, band), following in zip(zip(labels, found, strict=True), [*labels[1:], None], strict=True):
        if following is not None:
            dot.edge(label, following, style="invis", weight=SPINE_WEIGHT)
        for member in band.members:
            dot.edge(label, member, style="invis", weight="0", minlen="0")
            if following is not None:
                dot.edge(member, following, style="invis", weight="0")


def _rows(loose: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [loose[i:i + panels.LOOSE_PER_ROW] for i in range(0, len(loose), panels.LOOSE_PER_ROW)]


def loose_rows(cluster: graphviz.Digraph, loose: tuple[str, ...], ids: Mapping[str, str]) -> None:
    """The unconnected articles in rows of LOOSE_PER_ROW, inside their panel."""
    for number, row in enumerate(_rows(loose)):
        with cluster.subgraph(name=f"loose_row_{number}", graph_attr={"rank": "same"}) as same:
            for left, right in itertools.pairwise(row):
                same.edge(ids[left], ids[right], style="invis")


#: A source with more than this many leaves under it (pages nothing was taken from) has them
#: drawn on staggered rows of about STAGGER_ABOVE: a wire with 30 direct citers makes a
#: column of rows, not one row thousands of points wide.
STAGGER_ABOVE = 4


def staggered_leaves(view: GraphView, ids: Mapping[str, str], collapsed: Mapping[str, str]) -> dict[str, int]:
    """Drawn leaf -> its edge's minimum length (1, 2, 3, 1, …) under a source with many leaves."""
    found: dict[str, int] = {}
    for children in view.children.values():
        leaves = drawn_names((child.id for child, _ in children if child.id not in view.children), ids, collapsed)
        if len(leaves) > STAGGER_ABOVE:
            rows = -(-len(leaves) // STAGGER_ABOVE)
            found.update({leaf: 1 + number % rows for number, leaf in enumerate(leaves)})
    return found


