"""Stage 7, trace: every article's chain back to a root, and the story's origin.

An article's chain follows its strongest edge (copies before rewrites before a shared
source before credits before citations before vague mentions, then confidence) until a
node with no sources: the root. The origin of the story is the root that the most
articles reach; every root is listed, most-reached first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from provenance.kinds import RELATION_PRIORITY, TEXT_RELATIONS, Relation
from provenance.models import Edge, Node
from provenance.reuse import LINK_RULE


def primary_parents(node_ids: Iterable[str], edges_by_source: Mapping[str, list[Edge]]) -> dict[str, Edge | None]:
    """:func:`primary_parent` of every node, each node above no cycle decided once.

    Deciding a node looks up the chains above its candidate parents, which decide theirs:
    without remembering, the work grew with the square of the chains' lengths (17 s of a
    330 s profile at 30,000 articles). A node that cannot reach a cycle is decided the same
    whichever node asked, so its answer is kept; nodes on or below a cycle are decided each
    time, with the cycle guard, as before.
    """
    memo = _Decided(_above_no_cycle(edges_by_source))
    return {node_id: primary_parent(node_id, edges_by_source, memo=memo) for node_id in node_ids}


class _Decided:
    """Primary parents already decided, for the nodes whose decision cannot depend on who asks."""

    def __init__(self, settled: frozenset[str]) -> None:
        self.settled = settled
        self.parents: dict[str, Edge | None] = {}


def _above_no_cycle(edges_by_source: Mapping[str, list[Edge]]) -> frozenset[str]:
    """Nodes from which no cycle can be reached: peeled off from the sinks upwards."""
    targets = {source: {edge.target for edge in edges} for source, edges in edges_by_source.items()}
    pending = {source: len(found) for source, found in targets.items()}
    sources_of: dict[str, list[str]] = {}
    for source, found in targets.items():
        for target in found:
            sources_of.setdefault(target, []).append(source)
    ready = [node for node in sources_of if not pending.get(node)]
    settled: set[str] = set()
    while ready:
        node = ready.pop()
        settled.add(node)
        for source in sources_of.get(node, ()):
            pending[source] -= 1
            if pending[source] == 0:
                ready.append(source)
    return frozenset(settled)


def primary_parent(node_id: str, edges_by_source: Mapping[str, list[Edge]],
                   _visiting: frozenset[str] = frozenset(), memo: _Decided | None = None) -> Edge | None:
    """The edge that decides where ``node_id`` came from.

    The strongest relation wins; among equals the nearest source does: when an article
    cites both CPA and the paper CPA cites, its chain goes through CPA, and CPA is as
    strong a choice as the paper it stands for.
    """
    if memo is not None and node_id in memo.parents:
        return memo.parents[node_id]
    decided = _primary_parent(node_id, edges_by_source, _visiting, memo)
    if memo is not None and node_id in memo.settled:
        memo.parents[node_id] = decided
    return decided


def _primary_parent(node_id: str, edges_by_source: Mapping[str, list[Edge]], _visiting: frozenset[str],
                    memo: _Decided | None) -> Edge | None:
    candidates = _without_light_shares(edges_by_source.get(node_id, []))
    if not candidates:
        return None
    best_rank = min(RELATION_PRIORITY.index(e.relation) for e in candidates)
    tied = [e for e in candidates if RELATION_PRIORITY.index(e.relation) == best_rank]
    visiting = _visiting | {node_id}
    own_credit = _own_credit(candidates, tied, edges_by_source)
    if own_credit is not None:
        return own_credit
    above = {e.target: _ancestors(e.target, edges_by_source, visiting, memo) for e in tied
             if e.target not in visiting}
    upstream = {node for nodes in above.values() for node in nodes}
    nearest = [e for e in tied if e.target not in upstream] or tied

    def strength(edge: Edge) -> tuple[float, int]:
        """An intermediary carries the evidence of the sources above it that the page also cites."""
        covered = [e for e in tied if e.target in above.get(edge.target, ())]
        return max([edge.confidence, *(e.confidence for e in covered)]), len(covered)

    return min(nearest, key=lambda e: (-strength(e)[0], -strength(e)[1], e.target))


def _without_light_shares(candidates: list[Edge]) -> list[Edge]:
    """A source shared with another page on vocabulary alone (a link with no passage weighing
    LINK_RULE.link_min_weight; :func:`_light`) decides nothing when the page names a source itself: two
    write-ups of one story that use the same words are no evidence of an unseen text, and the
    page's own "CNN and The New York Times both reported" is. The edge stays as evidence."""
    light = [e for e in candidates if _light(e)]
    if not light or not any(e.relation in _NAMING for e in candidates):
        return candidates
    return [e for e in candidates if e not in light]


def _own_credit(candidates: list[Edge], tied: list[Edge], edges_by_source: Mapping[str, list[Edge]]) -> Edge | None:
    """A page's own credit to a wire outranks a copy of a page that credits or cites the same wire.

    Two papers printing one Reuters story, each with "Source: Reuters", took it from
    Reuters, not from each other, even when one printed it an hour earlier. A network
    affiliate's "(CNN) —" dateline likewise outranks a scraper's spun copy that says "CNN
    has obtained": the credit line is the affiliate's own account of where its text came
    from, the scraper's citation only the story's.
    """
    credits = {e.target: e for e in candidates if e.relation == Relation.CREDITS}
    if not credits or tied[0].relation not in TEXT_RELATIONS or tied[0].relation in _SAME_ARTICLE:
        return None
    shared = [credits[t.target] for e in tied for t in edges_by_source.get(e.target, [])
              if t.relation in _NAMING and t.target in credits]
    return min(shared, key=lambda e: (-e.confidence, e.target)) if shared else None


_SAME_ARTICLE = frozenset({Relation.DUPLICATES, Relation.SNAPSHOT_OF})
_NAMING = frozenset({Relation.CREDITS, Relation.CITES})


def _light(edge: Edge) -> bool:
    """A text edge of vocabulary and phrasing alone: a shared source with no passage weighing
    LINK_RULE.link_min_weight, or such a rewrite with not one similar sentence either side
    (a page that says "CNN reported" in the lead and shares a few phrases with a week-old
    article did not rewrite that article)."""
    figures = edge.reuse
    if figures is None or figures.weight >= LINK_RULE.link_min_weight:
        return False
    return edge.relation == Relation.SHARES_SOURCE or \
        (edge.relation == Relation.REWRITES and figures.matched == 0 and figures.other_matched == 0)


def _ancestors(node_id: str, edges_by_source: Mapping[str, list[Edge]], visiting: frozenset[str],
               memo: _Decided | None = None) -> set[str]:
    """Nodes above ``node_id`` on its own chain (not ``node_id`` itself)."""
    found: set[str] = set()
    current, seen = node_id, set(visiting)
    while True:
        seen.add(current)
        edge = primary_parent(current, edges_by_source, frozenset(seen), memo)
        if edge is None or edge.target in seen:
            return found
        found.add(edge.target)
        current = edge.target


def chain(node_id: str, primary: Mapping[str, Edge | None]) -> tuple[str, ...]:
    """Node ids from ``node_id`` to its root along each node's deciding edge (``primary``,
    from :func:`primary_parent`, computed once per node); a cycle stops at the first repeat."""
    path = [node_id]
    while True:
        edge = primary.get(path[-1])
        if edge is None or edge.target in path:
            return tuple(path)
        path.append(edge.target)


def index_edges(edges: tuple[Edge, ...]) -> dict[str, list[Edge]]:
    by_source: dict[str, list[Edge]] = {}
    for edge in edges:
        by_source.setdefault(edge.source, []).append(edge)
    return by_source


def origins(chains: Mapping[str, tuple[str, ...]], nodes: Mapping[str, Node]) -> tuple[str, ...]:
    """Roots ordered by how many articles reach them, then by date, then id."""
    reach = Counter(path[-1] for path in chains.values())
    return tuple(sorted(reach, key=lambda root: (-reach[root], nodes[root].published or "9999", root)))
