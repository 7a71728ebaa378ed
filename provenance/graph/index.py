"""The facts of a pile, indexed once: by id, by publisher, and what each country cites.

The builder looks a cited outlet's article up here instead of scanning every article
for every citation, which made the graph stage grow with the square of the pile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from provenance.facts import ArticleFacts, compare, instant
from provenance.outlets import Registry


@dataclass(frozen=True)
class FactIndex:
    facts: tuple[ArticleFacts, ...]
    by_id: Mapping[str, ArticleFacts]
    by_publisher: Mapping[str, tuple[ArticleFacts, ...]]  # each outlet's articles, earliest first
    cited_by_country: Mapping[str, frozenset[str]]  # registered outlets the pile cites, by country
    citations_of: Mapping[str, int]  # how many articles cite each outlet

    @classmethod
    def build(cls, facts: tuple[ArticleFacts, ...], registry: Registry) -> FactIndex:
        by_publisher: dict[str, list[ArticleFacts]] = defaultdict(list)
        by_country: dict[str, set[str]] = defaultdict(set)
        citations: dict[str, int] = defaultdict(int)
        for fact in facts:
            if fact.publisher_id:
                by_publisher[fact.publisher_id].append(fact)
            for outlet_id in fact.cited_outlets():
                citations[outlet_id] += 1
                outlet = registry.get(outlet_id)
                if outlet and outlet.country:
                    by_country[outlet.country].add(outlet_id)
        return cls(facts=facts, by_id={f.id: f for f in facts},
                   by_publisher={k: tuple(sorted(v, key=lambda f: (timestamp(f), f.id)))
                                 for k, v in by_publisher.items()},
                   cited_by_country={k: frozenset(v) for k, v in by_country.items()},
                   citations_of=dict(citations))

    def outlet_article(self, outlet_id: str, citing: ArticleFacts) -> ArticleFacts | None:
        """The cited outlet's earliest article in the pile not published after the citing one."""
        for candidate in self.by_publisher.get(outlet_id, ()):
            if candidate.id != citing.id and compare(candidate.published, citing.published) != 1:
                return candidate
        return None


def timestamp(facts: ArticleFacts) -> float:
    """Seconds since the epoch (midnight UTC for a bare day); unknown dates sort last."""
    if facts.published is None:
        return float("inf")
    moment = instant(facts.published)
    if moment is None:
        moment = datetime.combine(facts.published.day, datetime.min.time(), tzinfo=UTC)
    return moment.timestamp()
