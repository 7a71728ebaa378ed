"""Translation links become ``translates`` edges: the later page took the earlier's text.

Direction, in order: publication dates that tell (one surely earlier); else the page with
fewer anchors translates the fuller one (translations abridge, seldom add names and
numbers); else the id order, so that the output stays deterministic. The evidence is the
aligned anchors themselves, the names and numbers both pages keep in the same order, or,
for a translation found by meaning, each sentence beside its counterpart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from provenance.facts import WIRE_MARK_KINDS, ArticleFacts, compare
from provenance.kinds import Relation
from provenance.models import Edge, Evidence
from provenance.outlets import Registry
from provenance.reuse import TranslationLink
from provenance.textspans import romanised

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


#: Names an outlet's two editions of one story share at least (as its citations need, index.py).
EDITION_NAMES = 3
#: Confidence of an edition's translation read from the outlet and the names alone, below
#: one whose anchors align (TRANSLATION_BASE and up).
EDITION_CONFIDENCE = 0.45
#: Names shown in an edition edge's evidence.
SHOWN_NAMES = 8


def edition_edges(facts: Iterable[ArticleFacts], registry: Registry, translated: Iterable[Edge]) -> list[Edge]:
    """An outlet's text in another language than its own, on a story the outlet told in its
    own language no later, translates that text: CNN en Español's version of CNN's exclusive
    the same day, a paper's Portuguese print of Reuters' story (its dateline, its credit line
    or the agency's "could not verify" says whose text it is) beside an English print of it.
    The outlet and the story's names are the evidence, for editions whose anchors are too few
    to align (a video page's blurb). Not for a page that already translates something."""
    done = {edge.source for edge in translated}
    edges = []
    for outlet_id, articles in sorted(_carriers(facts).items()):
        outlet = registry.get(outlet_id)
        if outlet is None or not outlet.language:
            continue
        home = [a for a in articles if a.language == outlet.language]
        editions = [a for a in articles if a.language not in (None, "und", outlet.language) and a.id not in done]
        if not home or not editions:
            continue
        folded = {a.id: _folded(a.names) for a in home}  # each article's names folded once
        postings = _postings(home, folded)
        for edition in editions:
            names = _folded(edition.names)
            earlier = [(len(shared), h, shared) for h in _near_in_time(edition, names, home, postings)
                       if compare(h.published, edition.published) != 1
                       and len(shared := names & folded[h.id]) >= EDITION_NAMES]
            if earlier:
                _, source, shared = max(earlier, key=lambda item: (item[0], -item[1].seconds, item[1].id))
                edges.append(_edition_edge(edition, source, outlet.name, shared))
    return edges


#: Outlets a page's wire marks may name and it still carry one of them: a page crediting
#: several agencies ("Fontes: Reuters, BBC, AP") is a rewrite of their reports, not one
#: outlet's text in another language (a Portuguese rewrite on the Prigozhin pile credited
#: three and was drawn as Reuters' edition).
CARRIED_OUTLETS = 1


def _carriers(facts: Iterable[ArticleFacts]) -> dict[str, list[ArticleFacts]]:
    """The pages carrying each outlet's text: its own, and those whose wire mark names it
    (and no more than CARRIED_OUTLETS outlets)."""
    carried: dict[str, list[ArticleFacts]] = defaultdict(list)
    for fact in facts:
        outlets = {a.outlet_id for a in fact.attributions if a.kind in WIRE_MARK_KINDS and a.outlet_id}
        if len(outlets) > CARRIED_OUTLETS:
            outlets = set()
        for outlet_id in sorted(outlets | ({fact.publisher_id} if fact.publisher_id else set())):
            carried[outlet_id].append(fact)
    return {outlet_id: sorted(found, key=lambda f: (f.seconds, f.id)) for outlet_id, found in carried.items()}


#: An edition follows its source within this many days; an undated edition is weighed
#: against the outlet's first UNDATED_EDITION_CHOICE home-language articles only.
EDITION_DAYS = 2
UNDATED_EDITION_CHOICE = 32


def _postings(home: list[ArticleFacts],
              folded: Mapping[str, frozenset[str]]) -> dict[tuple[date, str], list[ArticleFacts]]:
    """The outlet's dated home-language articles by day and folded name."""
    found: dict[tuple[date, str], list[ArticleFacts]] = defaultdict(list)
    for article in home:
        if article.published is not None:
            for name in folded[article.id]:
                found[(article.published.day, name)].append(article)
    return found


def _near_in_time(edition: ArticleFacts, names: frozenset[str], home: list[ArticleFacts],
                  postings: Mapping[tuple[date, str], list[ArticleFacts]]) -> list[ArticleFacts]:
    """The outlet's home-language articles an edition may translate: of its day and the
    EDITION_DAYS before, those sharing EDITION_NAMES of its names, looked up by day and
    name (a wire's thousands of stories a day are not all weighed)."""
    if edition.published is None:
        return home[:UNDATED_EDITION_CHOICE]
    day = edition.published.day
    shared: Counter[str] = Counter()
    by_id: dict[str, ArticleFacts] = {}
    for offset in range(EDITION_DAYS + 1):
        for name in names:
            for article in postings.get((day - timedelta(days=offset), name), ()):
                shared[article.id] += 1
                by_id[article.id] = article
    return [by_id[article_id] for article_id, count in sorted(shared.items()) if count >= EDITION_NAMES]


def _folded(names: frozenset[str]) -> frozenset[str]:
    """Names without their accents: "irán" is "iran"."""
    return frozenset(romanised(name) for name in names)


def _edition_edge(edition: ArticleFacts, source: ArticleFacts, outlet: str, names: frozenset[str]) -> Edge:
    shared = sorted(names)
    evidence = Evidence(kind="reuse", article=edition.id,
                        text=f"translates: {outlet}'s text in {edition.language}, from its {source.language} text",
                        detail=f"both carry {outlet}'s text, this one not published before it; "
                               f"{len(shared)} names shared: {', '.join(shared[:SHOWN_NAMES])}",
                        other_article=source.id)
    return Edge(edition.id, source.id, Relation.TRANSLATES, EDITION_CONFIDENCE, (evidence,))
