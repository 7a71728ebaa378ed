"""Findings: where the evidence disagrees with itself, worth a fact-checker's look.

- ``uncredited-copy``: an article copies another's text without naming it, its outlet,
  or the outlet it copied from (a blog lifting a paper's story).
- ``quote-drift``: a quotation whose words changed between an article and its source
  ("unwavering and steadfast" became "unwavering and unflinching"), with both versions.
- ``date-contradiction``: found by the graph stage (an article dated before its source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from provenance.facts import WIRE_MARK_KINDS, ArticleFacts
from provenance.models import Edge, Evidence, Finding
from provenance.textspans import DOUBLE_QUOTES, unify_quotes

#: Two quotations are the same one, drifted, above this similarity (0-100) and below 100.
QUOTE_SAME_MIN = 60.0
_QUOTE = re.compile(r'"([^"]{8,})"')


#: A quotation that drifted across the corpus (:func:`corpus_quote_drift`): its finding, and
#: the wordings it was found in.
CorpusDrift = tuple[Finding, frozenset[str]]


def detect(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts],
           labels: Mapping[str, str] | None = None,
           corpus_drift: Sequence[CorpusDrift] | None = None) -> tuple[Finding, ...]:
    """Every finding of the graph's ``edges``; ``corpus_drift``, :func:`corpus_quote_drift` of
    the same facts when it was found beforehand (it needs no edge: the pipeline finds it
    beside the reuse stage), found here otherwise."""
    corpus = list(corpus_drift) if corpus_drift is not None else corpus_quote_drift(facts)
    by_node = _by_first_node(corpus)
    drift = [finding for finding, quotes in _quote_drift(edges)
             if not _told_by(finding, quotes, by_node.get(finding.nodes[0], []))]
    seen = {frozenset(f.nodes) for f in drift}
    drift.extend(finding for finding, _ in corpus if frozenset(finding.nodes) not in seen)
    found = [*_uncredited_copies(edges, facts), *_mis_credits(edges, facts), *drift,
             *_circular_citations(edges), *_anonymous_origins(edges, facts, labels or {})]
    return tuple(sorted(found, key=lambda f: (f.kind, f.nodes, f.message)))


def _credits(fact: ArticleFacts) -> set[str]:
    return {a.outlet_id for a in fact.attributions if a.kind in WIRE_MARK_KINDS and a.outlet_id}


def _mis_credits(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts]) -> Iterator[Finding]:
    """Credits agency X, but the text it carries was copied from a page that is not X's
    and does not itself credit X (a credit to Reuters on text lifted from a blog)."""
    for edge in edges:
        if edge.relation != "copies" or edge.source not in facts or edge.target not in facts:
            continue
        copier, source = facts[edge.source], facts[edge.target]
        claimed = _credits(copier) - {copier.publisher_id}
        behind = {source.publisher_id} | _credits(source) | source.cited_outlets()
        for outlet in sorted(claimed - behind):
            yield Finding("mis-credit", f"{edge.source} credits {outlet} but its text matches {edge.target} "
                                        f"({source.publisher_name or 'unknown outlet'}), which does not carry {outlet}",
                          (edge.source, edge.target))


def _circular_citations(edges: tuple[Edge, ...]) -> Iterator[Finding]:
    """Sources that lead back to themselves: A cites B, B cites A (or longer loops)."""
    graph: dict[str, list[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, []).append(edge.target)
    reported: set[frozenset[str]] = set()
    components = _cyclic_components(graph)
    for start in sorted(components):
        path = _cycle_from(start, graph, components)
        if path and frozenset(path) not in reported:
            reported.add(frozenset(path))
            yield Finding("circular-citation", "circular sourcing: " + " → ".join([*path, path[0]]), tuple(path))


def _cycle_from(start: str, graph: Mapping[str, list[str]], components: Mapping[str, str]) -> list[str] | None:
    """The first loop back to ``start`` (at most 12 nodes), searched only within its component:
    a path that leaves it never comes back, and searching every path cost 8 s at 30,000 articles."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    component = components[start]
    while stack:
        node, path = stack.pop()
        for target in sorted(graph.get(node, [])):
            if target == start:
                return path
            if target not in path and len(path) < 12 and components.get(target) == component:
                stack.append((target, [*path, target]))
    return None


def _cyclic_components(graph: Mapping[str, list[str]]) -> dict[str, str]:
    """Each node on a cycle -> its strongly connected component, named by one member
    (Tarjan's algorithm, without recursion)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: dict[str, str] = {}
    for root in sorted(graph):
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(graph.get(root, ())))]
        while work:
            node, children = work[-1]
            child = next((c for c in children if c not in order or c in on_stack), None)
            if child is not None and child not in order:
                order[child] = low[child] = len(order)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph.get(child, ()))))
                continue
            if child is not None:  # on the stack: a way back up
                low[node] = min(low[node], order[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == order[node]:
                _close_component(node, stack, on_stack, graph, components)
    return components


def _close_component(head: str, stack: list[str], on_stack: set[str], graph: Mapping[str, list[str]],
                     components: dict[str, str]) -> None:
    """Pop ``head``'s component; keep it when it is a cycle (two nodes or more, or a self-loop)."""
    members = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        members.append(member)
        if member == head:
            break
    if len(members) > 1 or head in graph.get(head, ()):
        components.update((member, head) for member in members)


def _anonymous_origins(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts],
                       labels: Mapping[str, str]) -> Iterator[Finding]:
    """A report that the corpus knows only through unnamed sources: the chain ends there."""
    for target in sorted({e.target for e in edges if e.target.startswith("report:")}):
        label = labels.get(target, target)
        anonymous = sorted({a.label for fact in facts.values() for a in fact.attributions
                            if a.kind == "anonymous" and len(a.chain) >= 2 and a.chain[-2] == label})
        if anonymous:
            yield Finding("anonymous-origin", f"{label}'s report rests on unnamed sources as cited: "
                                              + "; ".join(f"“{name}”" for name in anonymous[:5]), (target,))


def _uncredited_copies(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts]) -> Iterator[Finding]:
    """A copy that names neither its source's outlet nor what the source credits; a copier's
    own credit line or dateline for an outlet its source cites counts too ("(CNN) —" on an
    affiliate's reprint that a scraper also took, saying "CNN has obtained")."""
    for edge in edges:
        if edge.relation != "copies" or edge.source not in facts or edge.target not in facts:
            continue
        copier, source = facts[edge.source], facts[edge.target]
        named = copier.cited_outlets()
        credited = bool(source.publisher_id and source.publisher_id in named) or bool(named & _credits(source)) \
            or bool(_credits(copier) & source.cited_outlets())
        if not credited:
            outlet = source.publisher_name or edge.target
            yield Finding("uncredited-copy",
                          f"{edge.source} copies {edge.target} ({outlet}) without crediting it or its sources",
                          (edge.source, edge.target))


def _by_first_node(corpus: list[CorpusDrift]) -> dict[str, list[CorpusDrift]]:
    """The corpus-wide drift findings by each article they name, in their order.

    A pair's drift is told only by a finding naming both its articles, so :func:`_told_by`
    asks those naming its first one, not every finding of the corpus for every pair (which
    grew with the square of the corpus: 0.8 of 2.6 s at 30,000 articles).
    """
    by_node: dict[str, list[CorpusDrift]] = {}
    for found in corpus:
        for node in dict.fromkeys(found[0].nodes):
            by_node.setdefault(node, []).append(found)
    return by_node


def _told_by(pair: Finding, quotes: tuple[str, str], corpus: list[tuple[Finding, frozenset[str]]]) -> bool:
    """A drift between two linked articles that a corpus-wide finding already tells, with
    every wording: one finding for one quotation, not two. ``corpus``: at least those of the
    corpus-wide findings that name the pair's articles."""
    words = [" ".join(_words(quote)) for quote in quotes]
    return any(set(pair.nodes) <= set(finding.nodes)
               and all(any(_contains_run(wording, w) or _contains_run(w, wording) for wording in wordings)
                       for w in words)
               for finding, wordings in corpus)


def _quote_drift(edges: tuple[Edge, ...]) -> Iterator[tuple[Finding, tuple[str, str]]]:
    seen: set[frozenset[str]] = set()
    for edge in edges:
        for item in edge.evidence:
            for mine, theirs in _drifted_quotes(item):
                key = frozenset((mine, theirs))
                if key in seen:
                    continue
                seen.add(key)
                first, second = sorted((item.article, item.other_article or ""))
                words = {item.article: mine, item.other_article or "": theirs}
                yield (Finding("quote-drift",
                               f"the same quotation differs: “{words[first]}” in {first}, "
                               f"“{words[second]}” in {second}", (first, second)), (mine, theirs))


def _drifted_quotes(item: Evidence) -> Iterator[tuple[str, str]]:
    """Pairs of quotations in a shared passage that are the same quote with changed words."""
    if item.kind != "passage" or not item.other_text or not (_has_quote(item.text) and _has_quote(item.other_text)):
        return
    mine = _QUOTE.findall(unify_quotes(item.text))
    theirs = _QUOTE.findall(unify_quotes(item.other_text))
    for quote in mine:
        best = max(theirs, key=lambda other: fuzz.ratio(quote, other), default=None)
        if (best is not None and QUOTE_SAME_MIN <= fuzz.ratio(quote, best) < 100 and _words(quote) != _words(best)
                and not _part_of(quote, best)):
            yield quote, best


def _part_of(first: str, second: str) -> bool:
    """One quotation is a run of the other's words: a partial quotation, not a changed one."""
    a, b = " ".join(_words(first)), " ".join(_words(second))
    return _contains_run(a, b) or _contains_run(b, a)


def _contains_run(whole: str, part: str) -> bool:
    """``part``'s words appear in ``whole`` one after another (both lower-cased words joined by spaces)."""
    return f" {part} " in f" {whole} "


def _has_quote(text: str) -> bool:
    """Any double quotation mark (most passages have none: skip them cheaply)."""
    return any(mark in text for mark in DOUBLE_QUOTES)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


#: A quotation must have this many words to be tracked across the corpus.
MIN_QUOTE_WORDS = 8
#: Across unlinked articles two quotations are one when this alike (rapidfuzz ratio)...
CORPUS_QUOTE_SAME_MIN = 70.0
#: ...and when this share of the shorter one's words occur in the other. Calibrated on
#: 924 PolNeAR articles, where looser rules grouped unrelated short quotes ("I think it's
#: funny" / "I think it's a bribe").
CORPUS_QUOTE_SHARED_WORDS = 0.6


def _quotations(fact: ArticleFacts) -> list[tuple[str, str]]:
    """(article id, quotation) for every quotation of five words or more in the body."""
    text = fact.identified.cleaned.document.text
    found = []
    for block in fact.identified.cleaned.body:
        for quote in _QUOTE.findall(unify_quotes(text[block.start:block.end])):
            if len(_words(quote)) >= MIN_QUOTE_WORDS:
                found.append((fact.id, quote.strip()))
    return found


def corpus_quote_drift(facts: Mapping[str, ArticleFacts]) -> list[CorpusDrift]:
    """The quotations that drifted across the corpus (:func:`_quote_drift_across_corpus`):
    the facts alone decide them, so they may be found before the graph is built."""
    return list(_quote_drift_across_corpus(facts))


def _quote_drift_across_corpus(facts: Mapping[str, ArticleFacts]) -> Iterator[CorpusDrift]:
    """The same quotation in articles that share no passage: its first appearance and how it changed.

    Quotations are grouped when their words are at least QUOTE_SAME_MIN alike; a group with
    more than one wording is drift. The first appearance is the earliest dated article.
    """
    quotes = [item for fact_id in sorted(facts) for item in _quotations(facts[fact_id])]
    groups: list[list[tuple[str, str]]] = []
    index: dict[tuple[str, ...], list[int]] = {}  # word 3-grams of each group's first quotation
    for article, quote in quotes:
        grams = _grams(quote)
        candidates = sorted({number for gram in grams for number in index.get(gram, [])})
        match = next((n for n in candidates if _same_quotation(quote, groups[n][0][1])), None)
        if match is None:
            groups.append([(article, quote)])
            for gram in grams:
                index.setdefault(gram, []).append(len(groups) - 1)
        else:
            groups[match].append((article, quote))
    for group in groups:
        wordings = {" ".join(_words(quote)) for _, quote in group}
        wordings = {w for w in wordings if not any(w != other and _contains_run(other, w) for other in wordings)}
        articles = sorted({article for article, _ in group})
        if len(wordings) < 2 or len(articles) < 2:  # one wording, or only partial quotations of it
            continue
        first = min(articles, key=lambda a: (_day(facts[a]), a))
        by_wording: dict[str, list[str]] = {}
        shown: dict[str, str] = {}
        for article, quote in sorted(group):
            key = " ".join(_words(quote))
            shown.setdefault(key, quote.strip(" ,."))
            if article not in by_wording.setdefault(key, []):
                by_wording[key].append(article)
        versions = "; ".join(f"“{shown[key]}” in {', '.join(names)}" for key, names in
                             sorted(by_wording.items(), key=lambda item: (first not in item[1], item[1])))
        others = tuple(a for a in articles if a != first)
        yield (Finding("quote-drift", f"the same quotation differs across articles (first in {first}): {versions}",
                       (first, *others)), frozenset(by_wording))


@lru_cache(maxsize=65_536)
def _same_quotation(first: str, second: str) -> bool:
    """Whether two quotations are one (see the constants above). Cached: a pile's copies repeat
    a quotation, and each copy meets the same groups' first quotations."""
    a, b = _words(first), _words(second)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    vocabulary = set(longer)
    shared = sum(1 for word in shorter if word in vocabulary) / max(1, len(shorter))
    alike = fuzz.ratio(" ".join(a), " ".join(b)) >= CORPUS_QUOTE_SAME_MIN
    contained = fuzz.partial_ratio(" ".join(shorter), " ".join(longer)) >= 90  # a quotation of part of it
    return shared >= CORPUS_QUOTE_SHARED_WORDS and (alike or contained)


def _grams(quote: str) -> set[tuple[str, ...]]:
    tokens = _words(quote)
    return {tuple(tokens[i:i + 3]) for i in range(max(1, len(tokens) - 2))}


def _day(fact: ArticleFacts) -> str:
    return fact.published.day.isoformat() if fact.published else "9999"
