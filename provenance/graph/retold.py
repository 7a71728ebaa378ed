"""A report the pile barely cites retells the source the pile cites most.

A blog that says "Fox News reported" and names Matt Taibbi's thread two lines later took
the story from Fox, and Fox took it from Taibbi: Fox's report, out of the pile, is a
secondary report of the pile's story. So a report node cites (weakly, with the citing
pages' quotes as evidence) a source that at least a third of the pages citing it also name,
when the whole pile leans on that source far more (SECONDARY_MARGIN times the pages, and
at least MIN_HUB_PAGES of them). Without this, every secondary outlet one page names
becomes a root of its own and the page is traced nowhere near the story's origin.

Background mentions ("the Post's 2020 story") and vague ones ("media reports") count for
nothing here, and a report that its supposed source itself cites is left alone, as is one
a page calls the first ("first reported by the Daily Beast", ``first_report_phrases``):
the pile says it is an origin (of a follow-up: the reporter's firing), not a retelling.
Nor does a report retell a hub that a page citing it calls the first, or dates before its
news ("Un'inchiesta del New York Times ha rivelato qualche giorno fa …; il Washington Post
rilancia lo scoop e aggiunge …"): the pile tells it as later reporting of its own.

A person's post can pass on the hub too ("Musk leaks Twitter's Hunter Biden files" on
pages that say Taibbi posted the thread): it retells the hub when a third of its citers
cite the hub as their source (a phrase or a credit, ``_CITED``), not when they only name
it (Kadyrov's offer on pages naming Prigozhin's video throughout: news of its own), and
only a hub that is another person's post: an outlet's report that the post's pages cite
is what the post answers (Kuleba's "phony signals" on the Reuters report).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from provenance import resources
from provenance.chains import index_edges
from provenance.kinds import NodeKind, Relation
from provenance.models import Edge, Evidence, Node
from provenance.textspans import word_pattern

#: The source must be named by at least this share of the pages citing the report (a page
#: that credits the report often names nothing else we can read: one in three is enough).
RETOLD_SHARE = 1 / 3
#: ... and be leaned on by this many times the pages that lean on the report,
SECONDARY_MARGIN = 3
#: ... and by at least this many pages: a hub of the pile, not one more name.
MIN_HUB_PAGES = 5
#: Nodes out of the pile that may retell its hub.
_RETELLERS = frozenset({NodeKind.REPORT, NodeKind.PERSON_PUBLICATION})
#: What a citation's detail says when its page dates the report before its news
#: (:mod:`.citations`, which writes it).
DATED_EARLIER_NOTE = "background: a report the page dates before its news"
#: Confidence of the inferred link: the pile's reading, no page says it.
RETOLD_CONFIDENCE = 0.4
#: A mention this weak is background or vague ("media reports"), no sign of a source.
MIN_NAMING_CONFIDENCE = 0.31
#: What a citing page names beside the report must be a source at least this strong: an outlet
#: it names acting in the story ("AP has fired the reporter", 0.32) shows what the pile is
#: about, so it counts towards a hub's pages, but it is no source the report could retell.
MIN_RETOLD_CONFIDENCE = 0.33
#: A person's post retells the hub only where its citers cite the hub (a phrase or a credit,
#: not a name alone nor background): "Musk leaks Twitter's files" beside "Taibbi posted the
#: thread" is Musk passing on Taibbi's thread; Kadyrov's offer, on pages that only name
#: Prigozhin's video as background (weakly), is news of its own.
_CITED = frozenset({Relation.CITES, Relation.CREDITS})


def retold_sources(edges: tuple[Edge, ...], nodes: Mapping[str, Node]) -> list[Edge]:
    """Weak citations from secondary report nodes to the pile's hub source they retell."""
    named_by = _naming_edges(edges, nodes)
    pages = {target: {e.source for e in found} for target, found in named_by.items()}
    carriers = _carriers(edges, nodes)
    by_source = index_edges(edges)
    found: list[Edge] = []
    for report in sorted(t for t in {*pages, *carriers} if nodes[t].kind in _RETELLERS and not by_source.get(t)):
        if any(called_first(e.evidence) for e in named_by.get(report, ())):
            continue
        citers = sorted(pages.get(report, set()) | carriers.get(report, set()))
        needed = RETOLD_SHARE * len(citers)
        post = nodes[report].kind == NodeKind.PERSON_PUBLICATION
        named: dict[str, list[Edge]] = defaultdict(list)
        for citer in citers:
            for edge in by_source[citer]:
                if edge.target != report and _retold_source(edge, nodes, few=len(citers) <= FEW_CITERS) \
                        and (not post or (edge.relation in _CITED and _a_post(nodes[edge.target]))):
                    named[edge.target].append(edge)
        hubs = [(count, target) for target, quotes in named.items()
                if len({e.source for e in quotes}) >= needed and (count := len(pages.get(target, ()))) >= MIN_HUB_PAGES
                and count >= SECONDARY_MARGIN * len(citers) and not _reaches(target, report, by_source)]
        hubs = [(count, hub) for count, hub in hubs
                if not _dated_apart([e for citer in citers for e in by_source[citer] if e.target == hub])]
        if hubs:
            count, hub = max(hubs)  # the most leaned-on hub; the id breaks a tie
            found.append(_retold_edge(report, hub, named[hub], len(citers), count, nodes))
    return found


#: A person's post the pile knows, named beside a report that at most FEW_CITERS pages cite
#: (kept as evidence at OTHER_PUBLISHER_CONFIDENCE, lead bonus aside): the report may retell
#: it ("Kommersant reported" on two pages naming Navalny's film). A report more pages cite
#: (the ISW's assessments on five pages, all naming Prigozhin as their subject) needs the
#: person named as a source, as any hub does: measured, the weaker test there lost four pages.
MIN_RETOLD_POST_CONFIDENCE = 0.25
FEW_CITERS = 2


def _retold_source(edge: Edge, nodes: Mapping[str, Node], few: bool = False) -> bool:
    """Whether what a citing page names beside the report is a source it could retell: a
    source named at MIN_RETOLD_CONFIDENCE, or, beside a report few pages cite, a known
    person's post at the weaker MIN_RETOLD_POST_CONFIDENCE."""
    post = few and nodes[edge.target].kind == NodeKind.PERSON_PUBLICATION
    return _names_a_source(edge, nodes, MIN_RETOLD_POST_CONFIDENCE if post else MIN_RETOLD_CONFIDENCE)


def _carriers(edges: tuple[Edge, ...], nodes: Mapping[str, Node]) -> dict[str, set[str]]:
    """Report -> the pile's pages that carry its text (a group whose shared text is that
    outlet's report, told by their datelines or house style): they are its citers too, and
    what they cite is what the report may retell ("LaPresse"'s Italian copy of Reuters' text,
    one page of it citing the Turkish paper the whole pile leans on)."""
    found: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if edge.relation == Relation.SHARES_SOURCE and nodes[edge.source].in_corpus and \
                nodes[edge.target].kind == NodeKind.REPORT:
            found[edge.target].add(edge.source)
    return found


def _a_post(node: Node) -> bool:
    """Whether a node is a person's post (out of the pile, or a page of theirs in it): what
    another person's post may pass on. Not an outlet's report, which a person's post that the
    same pages cite answers ("Kuleba called the signals in the Reuters report phony")."""
    return node.kind == NodeKind.PERSON_PUBLICATION or (node.kind == NodeKind.ARTICLE and node.person is not None)


def _dated_apart(quotes: list[Edge]) -> bool:
    """Whether a page citing the report calls the hub's report the first, or dates it before
    its news ("as the New York Times first reported; on Saturday the Washington Post, citing
    intelligence officials, reported too", "an inquiry by the Times revealed a few days ago"):
    the pile then tells the report as reporting of its own that followed the hub's."""
    return any(called_first(edge.evidence) or DATED_EARLIER_NOTE in edge.evidence[0].detail
               for edge in quotes)


@cache
def _first_report() -> re.Pattern[str]:
    return word_pattern(resources.bundled("followups.json")["first_report_phrases"])


def called_first(evidence: Iterable[Evidence]) -> bool:
    """Whether a citation's own words say the report was the story's first."""
    return any(_first_report().search(item.text or "") for item in evidence)


def _naming_edges(edges: tuple[Edge, ...], nodes: Mapping[str, Node]) -> dict[str, list[Edge]]:
    """Target -> the edges from the pile's articles that name it as a source."""
    found: dict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        if nodes[edge.source].in_corpus and _names_a_source(edge, nodes):
            found[edge.target].append(edge)
    return found


def _names_a_source(edge: Edge, nodes: Mapping[str, Node], floor: float = MIN_NAMING_CONFIDENCE) -> bool:
    """Whether an edge names a source (not a vague one, not a shared text) at ``floor`` or above."""
    return edge.confidence >= floor and nodes[edge.target].kind != NodeKind.VAGUE \
        and edge.relation != Relation.SHARES_SOURCE


#: How far up the hub's own sources the cycle check looks.
MAX_REACH = 64


def _reaches(start: str, goal: str, by_source: Mapping[str, list[Edge]]) -> bool:
    """Whether ``goal`` is among the sources above ``start`` (then linking would make a loop)."""
    seen, frontier = {start}, [start]
    while frontier and len(seen) < MAX_REACH:
        for edge in by_source.get(frontier.pop(), ()):
            if edge.target == goal:
                return True
            if edge.target not in seen:
                seen.add(edge.target)
                frontier.append(edge.target)
    return False


def _retold_edge(report: str, hub: str, quotes: list[Edge], citers: int, hub_pages: int,
                 nodes: Mapping[str, Node]) -> Edge:
    note = (f"inferred: the pages citing {nodes[report].label} also name {nodes[hub].label}, which "
            f"{hub_pages} pages of the pile name against {citers}: a secondary report retelling it")
    evidence = tuple(replace(e, detail=f"{e.detail}; {note}") for edge in quotes for e in edge.evidence[:1])
    return Edge(report, hub, Relation.WEAKLY_CITES, RETOLD_CONFIDENCE, evidence)
