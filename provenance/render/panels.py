"""How a big pile is laid out so that it stays readable: one panel per story, copies folded.

A pile of 60 or 500 pages holds several stories and long rows of republished copies. Drawn
as one graph, Graphviz puts every story side by side: a strip thousands of points wide
whose text is a few pixels high at any screen width. So the diagram is planned here:

- past ``FOLD_ABOVE`` articles, each story (the nodes whose chains end at one root) is a
  panel of its own, and panels are stacked top to bottom, the biggest story first;
  articles with no source found share one panel, in rows (a small pile keeps one
  drawing, every edge in it);
- beyond ``FOLD_ABOVE`` articles, the leaves that republish or copy one source (two or
  more) fold into one node, "12 republished copies of X" (``--expand`` draws them all; the
  HTML report and the JSON list every article).

The renderer only formats this plan; the chains and roles are the graph stage's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from provenance.models import ProvenanceGraph
from provenance.render.view import GraphView

#: Articles above which republished copies are folded by default. Calibrated on made-up
#: piles: at 25 articles an unfolded story still reads at README width, at 60 it no longer does.
FOLD_ABOVE = 25
#: Singleton articles (no source found) are laid out in rows of this many.
LOOSE_PER_ROW = 6
#: Relations and roles of a leaf that only carries its source's text: folded together.
_FOLDED_ROLES = frozenset({"republisher", "copy", "duplicate", "snapshot"})


@dataclass(frozen=True)
class Panel:
    """One story: its root and every node whose chain ends there, top first."""

    root: str
    members: tuple[str, ...]
    depth: Mapping[str, int]  # member -> steps from the root

    @property
    def deepest(self) -> str:
        return max(self.members, key=lambda m: (self.depth[m], m))


@dataclass(frozen=True)
class Plan:
    panels: tuple[Panel, ...]  # stories of two or more nodes: the main story, then the biggest
    loose: tuple[str, ...]  # nodes alone in their story (no source found, nothing from them)
    folded: Mapping[str, str]  # member -> the source its fold hangs from

    def story_of(self) -> dict[str, int]:
        """Node id -> its panel's number (0 for the loose articles' panel)."""
        found = {member: 0 for member in self.loose}
        for number, panel in enumerate(self.panels, start=1):
            found.update({member: number for member in panel.members})
        return found


def plan(graph: ProvenanceGraph, view: GraphView, fold: bool) -> Plan:
    """Panels for the stories and, when ``fold``, the copies to fold."""
    root_of: dict[str, str] = {}
    depth: dict[str, int] = {}
    for node_id in view.nodes:
        path = [node_id]
        while (parent := view.nodes[path[-1]].parent) is not None and parent not in path:
            path.append(parent)
        root_of[node_id], depth[node_id] = path[-1], len(path) - 1
    stories: dict[str, list[str]] = defaultdict(list)
    for node_id in sorted(view.nodes):
        stories[root_of[node_id]].append(node_id)
    big = [Panel(root, tuple(members), {m: depth[m] for m in members})
           for root, members in stories.items() if len(members) > 1]
    main = graph.origins[0] if graph.origins else None  # the story the headline names comes first
    panels = tuple(sorted(big, key=lambda p: (p.root != main, -len(p.members), p.root)))
    loose = tuple(sorted(root for root, members in stories.items() if len(members) == 1))
    return Plan(panels, loose, folded_copies(graph, view) if fold else {})


def folded_copies(graph: ProvenanceGraph, view: GraphView) -> dict[str, str]:
    """Leaves that only carry one source's text (republisher, copy), two or more per source."""
    groups: dict[str, list[str]] = defaultdict(list)
    for node in graph.nodes:
        edge = view.deciding.get(node.id)
        if edge is not None and node.id not in view.children and (node.role or "") in _FOLDED_ROLES:
            groups[edge.target].append(node.id)
    return {member: parent for parent, members in groups.items() if len(members) >= 2 for member in members}


def should_fold(graph: ProvenanceGraph, collapse: bool, expand: bool) -> bool:
    """Fold when asked (``--collapse``), or by default past FOLD_ABOVE articles unless ``--expand``."""
    return not expand and (collapse or len(graph.articles) > FOLD_ABOVE)
