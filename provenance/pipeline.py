"""The orchestrator: from paths to a traced :class:`ProvenanceGraph`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace

from provenance import attributions, chains, clean, findings, graph, identify, language, lexicon, load, outlets, reuse
from provenance.config import Config
from provenance.facts import ArticleFacts
from provenance.models import ArticleResult, Corpus, DateRange, ProvenanceGraph


def trace(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> ProvenanceGraph:
    """Trace a pile of articles on one story back to its origin.

    The stages, each a module with plain dataclasses in between:

    1. load        (:mod:`provenance.load`): files, directories, JSON/JSONL records, HTML.
    2. clean       (:mod:`provenance.clean`): tell the article from the page chrome.
    3. identify    (:mod:`provenance.identify`): the publishing outlet and the date.
    4. attributions (:mod:`provenance.attributions`): who the article credits.
    5. text reuse  (:mod:`provenance.reuse`): passages shared between articles.
    6. graph       (:mod:`provenance.graph`): nodes, cited reports, relations, evidence;
                   then :mod:`provenance.findings`: uncredited copies, quote drift.
    7. trace       (:mod:`provenance.chains`): each article's chain to its root; origins.

    Rendering (:mod:`provenance.render`) is separate: it takes the returned graph.
    Unreadable inputs do not stop the run; they are listed in ``graph.problems``.
    """
    config = config or Config()
    corpus = load.load_corpus(paths, config.max_file_bytes, config.progress)
    return trace_corpus(corpus, config)


def trace_corpus(corpus: Corpus, config: Config | None = None) -> ProvenanceGraph:
    """Stages 2-7 on an already loaded corpus (see :func:`trace`)."""
    config = config or Config()
    registry = outlets.load_registry(config.outlet_files)
    facts = _facts(corpus, registry, config)
    links = reuse.find_links(tuple(fact.identified.cleaned for fact in facts), config.progress)
    parts = graph.build_graph(facts, links, registry, config.vague_sources)
    extra = findings.detect(parts.edges, {fact.id: fact for fact in facts}, {n.id: n.label for n in parts.nodes})
    return _traced(facts, replace(parts, findings=(*parts.findings, *extra)), corpus)


def read_attributions(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> ProvenanceGraph:
    """Stages 1-4 only: every article's identity and attributions, no graph.

    The result is a :class:`ProvenanceGraph` without nodes or edges, so that the same
    renderers and JSON format serve ``provenance attributions``.
    """
    config = config or Config()
    corpus = load.load_corpus(paths, config.max_file_bytes)
    facts = _facts(corpus, outlets.load_registry(config.outlet_files), config)
    articles = tuple(sorted((_article_result(fact, (), (fact.id,), DateRange()) for fact in facts),
                            key=lambda a: a.id))
    return ProvenanceGraph(articles=articles, nodes=(), edges=(), origins=(), problems=corpus.problems)


def _facts(corpus: Corpus, registry: outlets.Registry, config: Config) -> tuple[ArticleFacts, ...]:
    """Stages 2-4: clean, identify, and extract attributions in each article's language."""
    lexicons = lexicon.load_lexicons(config.phrase_files)
    cleaned = tuple(clean.clean(document) for document in corpus.documents)
    facts = []
    for item in identify.identify_corpus(cleaned, registry):
        publisher = item.identity.outlet.outlet_id if item.identity.outlet else None
        detected = language.detect(item.cleaned)
        chosen = lexicons.get(detected, lexicons["en"])
        facts.append(ArticleFacts(item, attributions.extract(item.cleaned, registry, chosen, publisher), detected))
    return tuple(facts)


def _article_result(fact: ArticleFacts, direct: tuple[str, ...], path: tuple[str, ...],
                    published_range: DateRange) -> ArticleResult:
    document = fact.identified.cleaned.document
    return ArticleResult(
        id=fact.id, path=document.path, title=fact.title, url=document.url,
        identity=fact.identified.identity, attributions=fact.attributions,
        chrome=fact.identified.cleaned.chrome, direct_sources=direct, chain=path, root=path[-1],
        published_range=published_range, language=fact.language)


def _traced(facts: tuple[ArticleFacts, ...], parts: graph.GraphParts, corpus: Corpus) -> ProvenanceGraph:
    nodes = {node.id: node for node in parts.nodes}
    by_source = chains.index_edges(parts.edges)
    paths = {fact.id: chains.chain(fact.id, by_source) for fact in facts}
    articles = []
    for fact in facts:
        direct = tuple(sorted({edge.target for edge in by_source.get(fact.id, [])}))
        articles.append(_article_result(fact, direct, paths[fact.id], nodes[fact.id].published_range))
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    return ProvenanceGraph(articles=ordered, nodes=parts.nodes, edges=parts.edges,
                           origins=chains.origins(paths, nodes), findings=parts.findings,
                           problems=corpus.problems)

