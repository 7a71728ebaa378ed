"""A page that names no source and shares no text still tells some story of the pile.

A children's explainer of the Ibiza video, a Turkish rewrite of North Korea's missile
test, a blog retelling the Twitter Files: no outlet, person, credit or link, and no passage
in common with any other page. Left alone, each is a root of its own, which tells the
fact-checker that it is where the story began. It is not: it tells the story that the
pages sharing its names trace to. So it ``retells`` that story's root, the weakest
relation there is (never chosen over anything the page says itself), with the shared
names as evidence. A government's own page (a press release) is a primary statement and is
left alone; weekdays, months and the words of the pile's outlet names mark no story.

The story is the root whose pages the page shares the most names with (at least
SAME_STORY_NAMES names with each of at least MIN_MATCHING_PAGES of them), when one root
leads; a page published more than a day before every page of that story does not retell
it. Only cased scripts carry names here (capitalised words): a Japanese or Arabic page
that names no source stays a root of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from provenance.chains import chain, index_edges, primary_parents
from provenance.facts import ArticleFacts
from provenance.graph.index import DAY_SECONDS, SAME_STORY_NAMES, FactIndex, timestamp
from provenance.kinds import Relation
from provenance.models import Edge, Evidence, Node
from provenance.nounphrases import not_names

#: A story needs this many pages sharing the names before an unsourced page joins it.
MIN_MATCHING_PAGES = 2
#: The leading story must have this many times the runner-up's matching pages.
STORY_MARGIN = 2.0
#: A name on more pages than this is the pile's common word ("Trump"), not a story's mark.
MAX_NAME_PAGES = 400
#: Confidence of the inferred link: the page says nothing of where it comes from.
RETELLS_CONFIDENCE = 0.2
#: How many of the shared names the evidence lists.
SHOWN_NAMES = 6


def retold_stories(edges: tuple[Edge, ...], nodes: Mapping[str, Node], index: FactIndex) -> list[Edge]:
    """One ``retells`` edge from each isolated page to the root of the story it tells."""
    touched = {edge.source for edge in edges} | {edge.target for edge in edges}
    isolated = [fact for fact in index.facts if fact.id not in touched and fact.id in nodes and fact.names
                and not _primary_publisher(fact, index)]
    if not isolated:
        return []
    common = _common_words(index)
    by_source = index_edges(edges)
    primary = primary_parents((fact.id for fact in index.facts if fact.id in touched), by_source)
    root_of = {fact.id: chain(fact.id, primary)[-1] for fact in index.facts if fact.id in touched}
    pages_with: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(root_of):
        for name in index.by_id[article_id].names:
            pages_with[name].append(article_id)
    found = []
    for fact in isolated:
        edge = _story_edge(fact, fact.names - common, root_of, pages_with, index, nodes)
        if edge is not None:
            found.append(edge)
    return found


def _primary_publisher(fact: ArticleFacts, index: FactIndex) -> bool:
    """A government's (or any non-news body's) own page is a primary statement, not a retelling."""
    outlet = index.registry.get(fact.publisher_id) if fact.publisher_id else None
    return outlet is not None and outlet.kind == "government"


def _common_words(index: FactIndex) -> frozenset[str]:
    """Words that mark no story: weekdays, months and the like (``not_names``), and the words
    of the names of the outlets that publish or are cited in the pile ("Lakeside" of the
    Lakeside Gazette names its town on every page of every story it covers)."""
    outlets = set(index.by_publisher) | {outlet_id for fact in index.facts for outlet_id in fact.cited}
    words = {word.casefold() for outlet_id in outlets if (outlet := index.registry.get(outlet_id))
             for word in outlet.name.split()}
    return frozenset(words | not_names())


def _story_edge(fact: ArticleFacts, names: frozenset[str], root_of: Mapping[str, str],
                pages_with: Mapping[str, list[str]], index: FactIndex, nodes: Mapping[str, Node]) -> Edge | None:
    """The edge to the root whose pages share the most names with this one, if one leads."""
    shared: Counter[str] = Counter()
    for name in names:
        pages = pages_with.get(name, ())
        if len(pages) <= MAX_NAME_PAGES:
            shared.update(pages)
    matching: dict[str, list[str]] = defaultdict(list)
    for article_id, count in sorted(shared.items()):
        if count >= SAME_STORY_NAMES:
            matching[root_of[article_id]].append(article_id)
    ranked = sorted(matching.items(), key=lambda item: (-len(item[1]), item[0]))
    if not ranked or len(ranked[0][1]) < MIN_MATCHING_PAGES:
        return None
    root, pages = ranked[0]
    if len(ranked) > 1 and len(pages) < STORY_MARGIN * len(ranked[1][1]):
        return None
    earliest = min(timestamp(index.by_id[page]) for page in pages)
    if fact.published is not None and timestamp(fact) + DAY_SECONDS < earliest:
        return None  # out before any page of the story: not a retelling of it
    counts = Counter(name for page in pages for name in names & index.by_id[page].names)
    shown = sorted(counts, key=lambda name: (-counts[name], name))[:SHOWN_NAMES]
    detail = (f"inferred: names no source and shares no text; its names ({', '.join(shown)}) "
              f"are those of {len(pages)} pages that trace to {nodes[root].label}")
    evidence = Evidence(kind="story", article=fact.id, text=", ".join(shown), detail=detail,
                        other_article=pages[0])
    return Edge(fact.id, root, Relation.RETELLS, RETELLS_CONFIDENCE, (evidence,))
