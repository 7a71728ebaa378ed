"""Stage 6's orchestrator: from article facts and reuse links to nodes, edges, findings.

The steps, each a module of this package:

1. index       (:mod:`.index`): the facts by id, by publisher, by cited country, once.
2. fold        (:mod:`.duplicates`): duplicates and archive snapshots become one article.
3. citations   (:mod:`.citations`): outlets, datelines, credits, people's publications;
               a credited report cites what its carriers cite (:mod:`.relays`). With
               two workers made in a forked process while step 4 runs here.
4. relations   (:mod:`.relations`): shared passages become copies, rewrites, shared text;
               aligned anchors across languages become translations (:mod:`.translations`).
5. follow-ups  (:mod:`.followups`): a page answering a report cites the answer's
               statement; what it retells of the report becomes background; who
               speaks is read by :mod:`.responders`.
6. sources     (:mod:`.common_source`): text shared without direction hangs from one
               node, a wire's report when its members' marks say so.
7. merge       (:mod:`.edges`): one edge per pair of nodes, all evidence kept; a report
               few pages cite retells the source the pile leans on (:mod:`.retold`);
               a page naming no source and sharing no text retells the story whose
               pages share its names (:mod:`.unsourced`).
8. dates       (:mod:`.dating`): reports dated by the citing text; bounds; contradictions.

Nothing given is changed: the builder owns its node table and returns new records.
Roles are decided after the chains (stage 7), by :mod:`.roles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from provenance import parallel
from provenance.facts import ArticleFacts
from provenance.graph import duplicates
from provenance.graph.citations import citation_edges
from provenance.graph.common_source import shared_source_edges
from provenance.graph.dating import date_findings, date_sources
from provenance.graph.edges import merge_edges, merge_more
from provenance.graph.followups import refocus
from provenance.graph.index import FactIndex, PileReading
from provenance.graph.nodes import NodeChanges, NodeTable, article_node
from provenance.graph.relations import classify_links, relation_edge
from provenance.graph.relays import interview_relays, relay_citations
from provenance.graph.retold import retold_sources
from provenance.graph.translations import edition_edges, translation_edges
from provenance.graph.unsourced import retold_stories
from provenance.kinds import Relation
from provenance.models import Edge, Finding, Node, ReuseLink
from provenance.outlets import Registry
from provenance.reuse import TranslationLink


@dataclass(frozen=True)
class GraphParts:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    findings: tuple[Finding, ...]


def build_graph(facts: tuple[ArticleFacts, ...], links: tuple[ReuseLink, ...], registry: Registry,
                vague_sources: bool = True, translations: Sequence[TranslationLink] = (),
                reading: PileReading | None = None, workers: int | None = 1) -> GraphParts:
    """The graph's nodes, edges and findings; ``reading``, the facts' :class:`PileReading`
    when it was read beforehand (beside the reuse stage). With more than one worker the
    citations are made in a forked process while this one classifies the reuse links
    (:func:`_citations`); the graph is the same."""
    index = FactIndex.build(facts, registry, links, translations, reading)
    nodes = NodeTable({fact.id: article_node(fact, index.page_owner(fact.id)) for fact in facts})
    cited = parallel.beside(partial(_citations, facts, index, registry, nodes, vague_sources), workers, len(facts))
    folding = duplicates.fold(index, links)
    relations = classify_links(_kept_links(links, folding), index.by_id, registry)
    derived = [relation_edge(r) for r in relations if r.relation != Relation.SHARES_SOURCE]
    translated = translation_edges(translations, index.by_id)
    derived.extend([*translated, *edition_edges(facts, registry, translated)])
    citations, changes = cited()
    nodes.apply(changes)
    citations = refocus(citations, index.followups, nodes)
    derived = refocus(derived, index.followups, nodes, statements=False)
    shared = refocus(shared_source_edges([r for r in relations if r.relation == Relation.SHARES_SOURCE], index,
                                         registry, nodes, citations), index.followups, nodes, statements=False)
    merged = merge_edges([*folding.edges, *citations, *derived, *shared])
    merged = merge_more(merged, retold_sources(merged, nodes.snapshot()))
    merged = merge_more(merged, retold_stories(merged, nodes.snapshot(), index))
    dated = date_sources(nodes.snapshot(), merged, index.by_id)
    return GraphParts(tuple(dated[key] for key in sorted(dated)), merged, date_findings(dated, merged))


def _citations(facts: tuple[ArticleFacts, ...], index: FactIndex, registry: Registry, nodes: NodeTable,
               vague_sources: bool) -> tuple[list[Edge], NodeChanges]:
    """Every page's citations and the relays they imply, with the nodes they added.

    The largest step of the graph stage (about 40 % of it at 30,000 articles) and one that
    needs nothing the reuse links' classification makes, nor changes anything it reads but
    the node table: the builder runs it in a forked process (:func:`provenance.parallel.beside`)
    while it classifies the links, then applies the table's changes. The citations are made
    in article order, as before, so a person's spellings join the first seen.
    """
    citations = [edge for fact in facts for edge in citation_edges(fact, index, registry, nodes, vague_sources)]
    citations.extend(relay_citations(citations, nodes))
    citations.extend(interview_relays(citations, index, registry, nodes))
    return citations, nodes.changes()


def _kept_links(links: tuple[ReuseLink, ...], folding: duplicates.Folding) -> tuple[ReuseLink, ...]:
    """Links inside a folded group go; a member's link goes where its canonical has the same one."""
    inside = [link for link in links if folding.keeps(link)]
    direct = frozenset((min(link.a, link.b), max(link.a, link.b)) for link in inside
                       if link.a not in folding.canonical and link.b not in folding.canonical)
    return tuple(link for link in inside if not folding.redundant(link, direct))
