"""The graph as a tree for the terminal: origin at the top, each article under its source."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from provenance.graph.leads import OUTSIDE_TEXT
from provenance.models import Edge, Node, ProvenanceGraph
from provenance.render.safe import shorten
from provenance.render.view import GraphView

#: Evidence quotes are cut to this many characters to keep one line per article.
EVIDENCE_CHARS = 90
TITLE_CHARS = 60
_REUSE_RELATIONS = frozenset({"copies", "rewrites", "shares-source"})
_RELATION_WORDS = {"copies": "copies", "rewrites": "rewrites", "translates": "translates",
                   "shares-source": "shares a source",
                   "credits": "credits", "cites": "cites", "weakly-cites": "vaguely cites",
                   "retells": "names no source; retells the story of"}


#: Said once under the headline, so the figure on every link needs no words of its own.
CONFIDENCE_NOTE = ("Under each article: how it took from the one above (for a copy or rewrite, wholly or "
                   "partially, and the share of its words), and the confidence (0-1).")


def to_text(graph: ProvenanceGraph, width: int | None = None) -> str:
    """The tree; with ``width``, every line is cut to that many characters (a terminal's)."""
    view = GraphView.of(graph)
    nodes = view.nodes
    lines = [_headline(graph, nodes)]
    for root in graph.origins:
        lines.append("")
        lines.append(_node_text(nodes[root]))
        _subtree(root, view.children, "", lines, {root})
    if width is not None:  # tree lines are cut (the JSON has it all); notes and findings wrap, never cut
        lines = [line if len(line) <= width else line[:max(1, width - 1)] + "…" for line in lines]
    if view.deciding:
        lines[1:1] = textwrap.wrap(CONFIDENCE_NOTE, width) if width else [CONFIDENCE_NOTE]
    lines.extend(_footer(graph, width))
    return "\n".join(lines) + "\n"


def _headline(graph: ProvenanceGraph, nodes: Mapping[str, Node]) -> str:
    count = f"{len(graph.articles)} article{'' if len(graph.articles) == 1 else 's'}"
    if not graph.origins:
        return f"{count} traced; no origin found."
    origin = nodes[graph.origins[0]]
    others = sum(1 for root in graph.origins[1:] if nodes[root].role == "origin")
    more = f" (+{others} other stor{'y' if others == 1 else 'ies'} in the pile)" if others else ""
    return f"{count} traced. Story origin: {_node_text(origin)}{more}"


def _subtree(node_id: str, children: Mapping[str, tuple[tuple[Node, Edge], ...]], prefix: str, lines: list[str],
             seen: set[str]) -> None:
    kids = sorted(children.get(node_id, ()), key=lambda item: (item[0].published or "9999", item[0].id))
    for index, (child, edge) in enumerate(kids):
        if child.id in seen:
            continue
        last = index == len(kids) - 1
        lines.append(f"{prefix}{'└── ' if last else '├── '}{_node_text(child)}")
        lines.append(f"{prefix}{'    ' if last else '│   '}    {_deciding_evidence(edge)}")
        _subtree(child.id, children, prefix + ("    " if last else "│   "), lines, seen | {child.id})


def _node_text(node: Node) -> str:
    parts = [shorten(node.label, TITLE_CHARS)]
    if node.published:
        parts.append(node.published)
    elif node.published_range.earliest and node.published_range.latest:  # a page giving its month only
        parts.append(f"undated (between {node.published_range.earliest} and {node.published_range.latest})")
    elif node.published_range.earliest:
        parts.append(f"undated (not before {node.published_range.earliest})")
    else:
        parts.append("undated")
    if node.kind == "article":
        title = _cut(node.title or "", TITLE_CHARS)
        parts.append(f"{node.id}" + (f" “{title}”" if title else ""))
    elif node.kind == "report":
        parts.append("report not in the corpus")
    elif node.kind == "inferred":
        parts.append("inferred, not in the corpus")
    elif node.kind == "vague":
        parts.append("vague attribution")
    return " · ".join(parts)


def _deciding_evidence(edge: Edge) -> str:
    words = _RELATION_WORDS.get(edge.relation, edge.relation)
    if edge.reuse is not None and edge.reuse.derivation is not None:
        words += f", {edge.reuse.derivation}: {edge.reuse.aligned:.0%} of its words"
    wanted = ("passage",) if edge.relation in _REUSE_RELATIONS else \
        ("reuse",) if edge.relation == "translates" else ("attribution", "dateline", "credit")
    quotes = [e for e in edge.evidence if e.kind in wanted and e.text]
    if not quotes:
        return f"{words} ({edge.confidence:.2f})"
    more = f" (+{len(quotes) - 1} more)" if len(quotes) > 1 else ""
    inferred = "; inferred from the agency's house style" if quotes[0].detail.startswith("house-style") else ""
    if quotes[0].kind == "attribution" and quotes[0].start is None:  # words no reader finds in the text
        place = next((note for note in OUTSIDE_TEXT.values() if note in quotes[0].detail), OUTSIDE_TEXT["address"])
        inferred += f"; read {place}"
    return f"{words} ({edge.confidence:.2f}{inferred}): “{_cut(quotes[0].text, EVIDENCE_CHARS)}”{more}"


def _footer(graph: ProvenanceGraph, width: int | None = None) -> list[str]:
    lines = []
    if graph.findings:
        lines.append("")
        lines.append("Findings:")
        for finding in graph.findings:
            if width is None:
                lines.append(f"  ! {finding.message}")
            else:
                lines.extend(textwrap.wrap(finding.message, max(20, width), initial_indent="  ! ",
                                           subsequent_indent="    ", break_long_words=False, break_on_hyphens=False))
    return lines


_cut = shorten
