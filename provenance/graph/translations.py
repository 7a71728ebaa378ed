"""Translation links become ``translates`` edges: the later page took the earlier's text.

Direction, in order: publication dates that tell (one surely earlier); else the page with
fewer anchors translates the fuller one (translations abridge, seldom add names and
numbers); else the id order, so that the output stays deterministic. The evidence is the
aligned anchors themselves, the names and numbers both pages keep in the same order, or,
for a translation found by meaning, each sentence beside its counterpart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from provenance.facts import ArticleFacts, compare
from provenance.kinds import Relation
from provenance.models import Edge, Evidence
from provenance.reuse import TranslationLink

#: Anchors shown in an edge's evidence text; the detail gives the full count.
SHOWN_ANCHORS = 16
#: Confidence: TRANSLATION_BASE plus half the coverage, at most TRANSLATION_MAX (a rewrite's scale).
TRANSLATION_BASE = 0.45
TRANSLATION_MAX = 0.9


def translation_edges(links: Iterable[TranslationLink], facts: Mapping[str, ArticleFacts]) -> list[Edge]:
    """Each translating page's edges, one per distinct source text: of the pages that keep the
    same anchors in the same order with it (a wire story and its verbatim reprints), only the
    earliest. Sources with other anchors stay (another story's page may share a few names):
    parent choice weighs them with the rest of the evidence, as it does any edges."""
    best: dict[tuple[str, tuple[str, ...]], tuple[tuple[float, str], Edge]] = {}
    for link in links:
        if link.a not in facts or link.b not in facts:
            continue
        edge = _meaning_edge(link, facts) if link.sentences else _edge(link, facts)
        key = (edge.source, link.shared or ("by meaning",))  # one source text's copies: the earliest
        rank = (facts[edge.target].seconds, edge.target)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, edge)
    return sorted((edge for _, edge in best.values()), key=lambda edge: (edge.source, edge.target))


def _edge(link: TranslationLink, facts: Mapping[str, ArticleFacts]) -> Edge:
    later, earlier, why = _direction(link, facts)
    written = link.written if later == link.a else link.written_b  # as the translating page writes them
    shown = ", ".join(written[:SHOWN_ANCHORS] or [key.lstrip("#") for key in link.shared[:SHOWN_ANCHORS]])
    more = f" (+{len(link.shared) - SHOWN_ANCHORS} more)" if len(link.shared) > SHOWN_ANCHORS else ""
    evidence = Evidence(kind="reuse", article=later, text=f"translates: {shown}{more}",
                        detail=f"{link.aligned} names and numbers in the same order in {facts[later].language} "
                               f"and {facts[earlier].language} ({link.coverage:.0%} of the shorter page's); "
                               f"direction: {why}",
                        other_article=earlier)
    confidence = min(TRANSLATION_MAX, TRANSLATION_BASE + link.coverage / 2)
    return Edge(later, earlier, Relation.TRANSLATES, round(confidence, 2), (evidence,))


def _meaning_edge(link: TranslationLink, facts: Mapping[str, ArticleFacts]) -> Edge:
    """A translation found by the meaning of its sentences: the count first, then each
    sentence beside its counterpart, with their similarity."""
    later, earlier, why = _direction(link, facts)
    summary = Evidence(kind="reuse", article=later,
                       text=f"translates: {link.aligned} sentences have a counterpart by meaning",
                       detail=f"{link.aligned} sentences in {facts[later].language} and "
                              f"{facts[earlier].language} each the other's closest in meaning "
                              f"({link.coverage:.0%} of the shorter page's); direction: {why}",
                       other_article=earlier)
    pairs = [(match.a, match.b, match.cosine) if later == link.a else (match.b, match.a, match.cosine)
             for match in link.sentences]
    sentences = [Evidence(kind="passage", article=later, text=mine.text, start=mine.start, end=mine.end,
                          detail="a sentence and its counterpart by meaning", other_article=earlier,
                          other_start=theirs.start, other_end=theirs.end, other_text=theirs.text, similarity=cosine)
                 for mine, theirs, cosine in pairs]
    confidence = min(TRANSLATION_MAX, TRANSLATION_BASE + link.coverage / 2)
    return Edge(later, earlier, Relation.TRANSLATES, round(confidence, 2), (summary, *sentences))


def _direction(link: TranslationLink, facts: Mapping[str, ArticleFacts]) -> tuple[str, str, str]:
    order = compare(facts[link.a].published, facts[link.b].published)
    if order is not None:
        return (link.b, link.a, "publication dates") if order < 0 else (link.a, link.b, "publication dates")
    if link.anchors_a != link.anchors_b:
        shorter_first = link.anchors_a < link.anchors_b
        return (link.a, link.b, "the shorter page") if shorter_first else (link.b, link.a, "the shorter page")
    return link.b, link.a, "no evidence of direction; id order"
