"""Findings: where the evidence disagrees with itself, worth a fact-checker's look.

- ``uncredited-copy``: an article copies another's text without naming it, its outlet,
  or the outlet it copied from (a blog lifting a paper's story).
- ``quote-drift``: a quotation whose words changed between an article and its source
  ("unwavering and steadfast" became "unwavering and unflinching"), with both versions.
- ``date-contradiction``: found by the graph stage (an article dated before its source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from rapidfuzz import fuzz

from provenance.facts import ArticleFacts
from provenance.models import Edge, Evidence, Finding
from provenance.textspans import unify_quotes

#: Two quotations are the same one, drifted, above this similarity (0-100) and below 100.
QUOTE_SAME_MIN = 60.0
_QUOTE = re.compile(r'"([^"]{8,})"')


def detect(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts]) -> tuple[Finding, ...]:
    found = [*_uncredited_copies(edges, facts), *_quote_drift(edges)]
    return tuple(sorted(found, key=lambda f: (f.kind, f.nodes, f.message)))


def _uncredited_copies(edges: tuple[Edge, ...], facts: Mapping[str, ArticleFacts]) -> Iterator[Finding]:
    for edge in edges:
        if edge.relation != "copies" or edge.source not in facts or edge.target not in facts:
            continue
        copier, source = facts[edge.source], facts[edge.target]
        named = copier.cited_outlets()
        agencies = {a.outlet_id for a in source.attributions if a.kind in ("dateline", "credit") and a.outlet_id}
        credited = bool(source.publisher_id and source.publisher_id in named) or bool(named & agencies)
        if not credited:
            outlet = source.publisher_name or edge.target
            yield Finding("uncredited-copy",
                          f"{edge.source} copies {edge.target} ({outlet}) without crediting it or its sources",
                          (edge.source, edge.target))


def _quote_drift(edges: tuple[Edge, ...]) -> Iterator[Finding]:
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
                yield Finding("quote-drift",
                              f"the same quotation differs: “{words[first]}” in {first}, "
                              f"“{words[second]}” in {second}", (first, second))


def _drifted_quotes(item: Evidence) -> Iterator[tuple[str, str]]:
    """Pairs of quotations in a shared passage that are the same quote with changed words."""
    if item.kind != "passage" or not item.other_text:
        return
    mine = _QUOTE.findall(unify_quotes(item.text))
    theirs = _QUOTE.findall(unify_quotes(item.other_text))
    for quote in mine:
        best = max(theirs, key=lambda other: fuzz.ratio(quote, other), default=None)
        if best is not None and QUOTE_SAME_MIN <= fuzz.ratio(quote, best) < 100 and _words(quote) != _words(best):
            yield quote, best


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
