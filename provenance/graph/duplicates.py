"""Duplicates and snapshots: one article seen twice is folded, never multiplied.

The same article saved twice (two files, two URLs of one outlet) or kept by an archive
(the Wayback Machine, archive.today, an AMP cache) is not a copy of itself and shares no
unseen source with itself. Each group keeps one canonical article (not a snapshot, the
earliest, then its plain address before a print, AMP or query-string view, then the
smallest id); the others get one edge to it, ``duplicates`` or ``snapshot-of``, and lose
their reuse links to pages the canonical already links to. A snapshot whose original is
not in the pile stands for it: its outlet is read from the archived URL, and it is a root
like the original would be.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from provenance.facts import ArticleFacts
from provenance.graph.index import FactIndex, connected_groups, timestamp
from provenance.kinds import Relation
from provenance.models import Edge, Evidence, ReuseLink
from provenance.urls import archived_url, is_archive, is_variant_view

#: Share of each side's sentences found in the other above which two pages of one outlet
#: (or a snapshot and a page) are the same article. Republished copies that trim a
#: paragraph score 0.7-0.9 on the trimmed side; a re-saved page 0.97-1.0.
SAME_ARTICLE_COVERAGE = 0.9


@dataclass(frozen=True)
class Folding:
    canonical: Mapping[str, str]  # member id -> its group's canonical article (members only)
    edges: tuple[Edge, ...]

    def keeps(self, link: ReuseLink) -> bool:
        """A link inside one group says nothing (see :meth:`redundant` for members' other links)."""
        a, b = self.canonical.get(link.a, link.a), self.canonical.get(link.b, link.b)
        return a != b

    def redundant(self, link: ReuseLink, linked: frozenset[tuple[str, str]]) -> bool:
        """A member's link to a page its canonical is already linked to (``linked``: canonical pairs)."""
        a, b = self.canonical.get(link.a, link.a), self.canonical.get(link.b, link.b)
        moved = (a, b) != (link.a, link.b)
        return moved and (min(a, b), max(a, b)) in linked


def fold(index: FactIndex, links: tuple[ReuseLink, ...]) -> Folding:
    """Group pages that are one article; an edge from each member to its canonical."""
    by_id = index.by_id
    pairs = [(link.a, link.b) for link in links if _same_article(by_id[link.a], by_id[link.b], link)]
    pairs.extend((a, b) for a, b in _identical_texts(index) if _one_source(by_id[a], by_id[b]))
    groups = connected_groups(pairs)
    canonical: dict[str, str] = {}
    edges: list[Edge] = []
    for members in groups:
        keeper = min(members, key=lambda m: (is_archive(url := index.by_id[m].identified.cleaned.document.url),
                                             timestamp(index.by_id[m]), is_variant_view(url), m))
        for member in members:
            if member != keeper:
                canonical[member] = keeper
                edges.append(_fold_edge(index.by_id[member], index.by_id[keeper]))
    return Folding(canonical, tuple(edges))


def _same_article(a: ArticleFacts, b: ArticleFacts, link: ReuseLink) -> bool:
    if min(link.coverage_a, link.coverage_b) < SAME_ARTICLE_COVERAGE:
        return False
    url_a, url_b = a.identified.cleaned.document.url, b.identified.cleaned.document.url
    if is_archive(url_a) or is_archive(url_b):
        return a.publisher_id == b.publisher_id or _archives_the_other(url_a, url_b)
    return a.publisher_id is not None and a.publisher_id == b.publisher_id


def _one_source(a: ArticleFacts, b: ArticleFacts) -> bool:
    """Identical text is one article when one known outlet has it twice, or an archive keeps it.

    Two pages of unknown outlets with the same text may as well be a copy: they stay two.
    """
    if is_archive(a.identified.cleaned.document.url) or is_archive(b.identified.cleaned.document.url):
        return True
    return a.publisher_name is not None and a.publisher_id == b.publisher_id and a.publisher_name == b.publisher_name


def _archives_the_other(url_a: str | None, url_b: str | None) -> bool:
    inner_a, inner_b = archived_url(url_a), archived_url(url_b)
    return bool((inner_a and url_b and _same_url(inner_a, url_b)) or (inner_b and url_a and _same_url(inner_b, url_a)))


def _same_url(first: str, second: str) -> bool:
    def core(url: str) -> str:
        return re.sub(r"^https?://(www\.)?|[?#].*$|/$", "", url.casefold())
    return core(first) == core(second)


def _identical_texts(index: FactIndex) -> list[tuple[str, str]]:
    """Pages whose body text is the same once spacing and case are set aside."""
    by_digest: dict[str, list[str]] = defaultdict(list)
    for fact in index.facts:
        cleaned = fact.identified.cleaned
        text = " ".join(cleaned.document.text[b.start:b.end] for b in cleaned.paragraphs)
        words = re.findall(r"\w+", text.casefold())
        if len(words) >= 20:
            by_digest[hashlib.sha1(" ".join(words).encode()).hexdigest()].append(fact.id)
    return [(ids[0], other) for ids in by_digest.values() for other in ids[1:]]


def _fold_edge(member: ArticleFacts, keeper: ArticleFacts) -> Edge:
    url = member.identified.cleaned.document.url
    snapshot = is_archive(url)
    relation = Relation.SNAPSHOT_OF if snapshot else Relation.DUPLICATES
    why = (f"archive copy of {archived_url(url) or 'the page'}" if snapshot
           else "the same article again (same outlet, the same sentences)")
    evidence = Evidence(kind="reuse", article=member.id, text=f"{relation}: {why}", detail=f"url {url or 'unknown'}",
                        other_article=keeper.id)
    return Edge(member.id, keeper.id, relation, 0.97, (evidence,))
