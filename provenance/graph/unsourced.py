"""A page that names no source and shares no text still tells some story of the pile.

A children's explainer of the Ibiza video, a Turkish rewrite of North Korea's missile
test, a blog retelling the Twitter Files: no outlet, person, credit or link, and no passage
in common with any other page. Left alone, each is a root of its own, which tells the
fact-checker that it is where the story began. It is not: it tells the story that the
pages sharing its names trace to. So it ``retells`` that story's root, the weakest
relation there is (never chosen over anything the page says itself), with the shared
names as evidence. A government's own page (a press release) is a primary statement and is
left alone; weekdays, months and the words of the pile's outlet names mark no story.

A group of pages that share a text (an agency's uncredited copy, printed by two sites that
name no one) hangs from an unseen common source; when it cites nothing it is a root of its
own in the same way, even where its pages name something the group's evidence does not
carry ("local media reported", a lesser outlet): an unseen source came from somewhere. That
node retells the story its members' names tell, by the same rule, with the names of all its
members.

The story is the root whose pages the page shares the most names with (at least
SAME_STORY_NAMES names with each of at least MIN_MATCHING_PAGES of them), when one root
leads (against the best root outside its family: a follow-up's pages, which retell the
leader's story as background, are no rival); a page published more than a day before
every page of that story does not retell it. Only cased scripts carry names here
(capitalised words): a Japanese or Arabic page that names no source stays a root of its own.
Names in Cyrillic or Greek are compared by their first transliterated letters
(:func:`story_key`), as those languages decline them: "Навального" on one page is
"Навальний" on another.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache

from provenance.chains import chain, index_edges, primary_parents
from provenance.facts import ArticleFacts
from provenance.graph.index import DAY_SECONDS, SAME_STORY_NAMES, FactIndex, timestamp
from provenance.graph.people import person_key
from provenance.kinds import NodeKind, Relation
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
    """One ``retells`` edge from each isolated page, and each unsourced group's common source,
    to the root of the story it tells."""
    touched = {edge.source for edge in edges} | {edge.target for edge in edges}
    by_source = index_edges(edges)
    isolated: list[tuple[str, tuple[ArticleFacts, ...]]] = [
        (fact.id, (fact,)) for fact in index.facts
        if fact.id not in touched and fact.id in nodes and fact.names and not _primary_publisher(fact, index)]
    isolated += _unsourced_groups(edges, by_source, nodes, index)
    isolated += _lone_reports(edges, by_source, nodes, index)
    if not isolated:
        return []
    common = frozenset(story_key(word) for word in _common_words(index))
    primary = primary_parents((fact.id for fact in index.facts if fact.id in touched), by_source)
    root_of = {fact.id: chain(fact.id, primary)[-1] for fact in index.facts if fact.id in touched}
    keys = {article_id: _keys(index.by_id[article_id]) for article_id in root_of}
    pages_with: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(root_of):
        for key in keys[article_id]:
            pages_with[key].append(article_id)
    found = []
    for node_id, members in isolated:
        names = frozenset().union(*(_keys(member) for member in members)) - common
        edge = _story_edge(node_id, members, names, root_of, pages_with, keys, nodes, by_source, index)
        if edge is not None:
            found.append(edge)
    return found


def _unsourced_groups(edges: tuple[Edge, ...], by_source: Mapping[str, list[Edge]], nodes: Mapping[str, Node],
                      index: FactIndex) -> list[tuple[str, tuple[ArticleFacts, ...]]]:
    """Common sources that cite nothing and whose members say nothing but that they share it."""
    members: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if edge.relation == Relation.SHARES_SOURCE and nodes[edge.target].kind == NodeKind.INFERRED:
            members[edge.target].add(edge.source)
    return _silent(members, by_source, index, pages_too=False)


def _silent(members: Mapping[str, set[str]], by_source: Mapping[str, list[Edge]],
            index: FactIndex, pages_too: bool = True) -> list[tuple[str, tuple[ArticleFacts, ...]]]:
    """The nodes that cite nothing (and, with ``pages_too``, whose pages have no edge but to
    them), with those pages; a government's own page among them leaves its node alone (a
    primary statement)."""
    found = []
    for node_id, pages in sorted(members.items()):
        if by_source.get(node_id) or not all(page in index.by_id for page in pages) or (pages_too and not all(
                all(e.target == node_id for e in by_source.get(page, ())) for page in pages)):
            continue
        facts = tuple(index.by_id[page] for page in sorted(pages))
        if not any(_primary_publisher(fact, index) for fact in facts):
            found.append((node_id, facts))
    return found


#: A report out of the pile that at most this many pages name, and nothing else, is one of
#: the story's carriers seen through them, not a story of its own.
MAX_LONE_REPORT_PAGES = 2


def _lone_reports(edges: tuple[Edge, ...], by_source: Mapping[str, list[Edge]], nodes: Mapping[str, Node],
                  index: FactIndex) -> list[tuple[str, tuple[ArticleFacts, ...]]]:
    """Reports out of the pile that cite nothing, named by one or two pages that name
    nothing else: a regional paper's "Wien (dpa)" copy cut before the outlets are named, a
    video page crediting its own channel ("Quelle: WELT"). The report retells the story its
    pages' names tell, by the rule for isolated pages; a report many pages lean on is left
    alone (it may well be the origin)."""
    citers: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if nodes[edge.target].kind == NodeKind.REPORT:
            citers[edge.target].add(edge.source)
    return _silent({node_id: pages for node_id, pages in citers.items() if len(pages) <= MAX_LONE_REPORT_PAGES},
                   by_source, index)


#: Letters of a name's transliterated key that tell it across case endings, in the scripts
#: of inflected languages that write them onto names (Cyrillic, Greek): "навального",
#: "Навального", "Навальний" and "Навальним" are all "naval". Five letters, as the
#: shortest surnames the piles' stories turn on (Путин, Маск) are whole within them;
#: names in Latin letters are kept whole (on the real piles, cutting them too joined stories
#: that share only words' first letters: as many pages lost as won).
NAME_KEY_LETTERS = 5
_INFLECTED_SCRIPTS = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


@lru_cache(maxsize=65_536)
def story_key(name: str) -> str:
    """One key for a name's case endings in Cyrillic or Greek (see NAME_KEY_LETTERS)."""
    return person_key(name)[:NAME_KEY_LETTERS] if _INFLECTED_SCRIPTS.search(name) else name


def _keys(fact: ArticleFacts) -> frozenset[str]:
    """The page's names by :func:`story_key`."""
    return frozenset(story_key(name) for name in fact.names)


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


def _follows_up(pages: list[str], root: str, root_of: Mapping[str, str],
                by_source: Mapping[str, list[Edge]]) -> bool:
    """Whether most of another story's pages name this root's story too (as the background
    a follow-up retells: Strache's resignation after the Spiegel's video): the two are one
    story's family, and a page sharing names with both is no tie between them."""
    naming = sum(1 for page in pages
                 if any(edge.target == root or root_of.get(edge.target) == root for edge in by_source.get(page, ())))
    return naming * 2 > len(pages)


def _story_edge(node_id: str, members: tuple[ArticleFacts, ...], names: frozenset[str], root_of: Mapping[str, str],
                pages_with: Mapping[str, list[str]], keys: Mapping[str, frozenset[str]], nodes: Mapping[str, Node],
                by_source: Mapping[str, list[Edge]], index: FactIndex) -> Edge | None:
    """The edge to the root whose pages share the most names with these (``names``: the
    members' :func:`story_key` keys), if one leads (the members' own pages, which trace to
    ``node_id``, are no other story)."""
    own = {member.id for member in members}
    shared: Counter[str] = Counter()
    for name in names:
        pages = pages_with.get(name, ())
        if len(pages) <= MAX_NAME_PAGES:
            shared.update(page for page in pages if page not in own)
    matching: dict[str, list[str]] = defaultdict(list)
    for article_id, count in sorted(shared.items()):
        if count >= SAME_STORY_NAMES and root_of[article_id] != node_id:
            matching[root_of[article_id]].append(article_id)
    ranked = sorted(matching.items(), key=lambda item: (-len(item[1]), item[0]))
    if not ranked or len(ranked[0][1]) < MIN_MATCHING_PAGES:
        return None
    root, pages = ranked[0]
    isolated_page = node_id == members[0].id  # a lone report or a group's source may be news of its own
    others = [found for _, found in ranked[1:] if not (isolated_page and _follows_up(found, root, root_of, by_source))]
    if others and len(pages) < STORY_MARGIN * len(others[0]):
        return None
    earliest = min(timestamp(index.by_id[page]) for page in pages)
    dated = [timestamp(member) for member in members if member.published is not None]
    if dated and min(dated) + DAY_SECONDS < earliest:
        return None  # out before any page of the story: not a retelling of it
    counts = Counter(key for page in pages for key in names & keys[page])
    written = {story_key(name): name for member in members for name in sorted(member.names, reverse=True)}
    shown = [written[key] for key in sorted(counts, key=lambda key: (-counts[key], written[key]))][:SHOWN_NAMES]
    what = "names no source and shares no text" if node_id == members[0].id else \
        f"the text {len(members)} pages share, and none of them names a source"
    detail = (f"inferred: {what}; its names ({', '.join(shown)}) "
              f"are those of {len(pages)} pages that trace to {nodes[root].label}")
    evidence = Evidence(kind="story", article=members[0].id, text=", ".join(shown), detail=detail,
                        other_article=pages[0])
    return Edge(node_id, root, Relation.RETELLS, RETELLS_CONFIDENCE, (evidence,))
