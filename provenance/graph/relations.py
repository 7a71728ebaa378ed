"""Turn shared passages into relations: copies, rewrites, or a shared unseen source.

Direction comes from, in order: exact timestamps on both pages (a page never copies
one published after it), attribution (the one naming the other's outlet is later),
publication days far enough apart that no time zone can reverse them, a wire agency's
own copy being the source of a non-wire page, and an undated page made mostly of a
dated page's text. When none decides, the two articles share a source that neither is:
an inferred node. Each copier keeps only its nearest parent (the strongest link); a
shared link stronger than that parent link is kept as well.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

import numpy as np

from provenance.facts import (
    NAMED_MARK_KINDS,
    WIRE_MARK_KINDS,
    ArticleFacts,
    instant_order,
    is_carried_sentence,
    wire_marks,
)
from provenance.graph.index import adjacency, timestamp
from provenance.kinds import Relation
from provenance.models import Edge, Evidence, Passage, PubDate, ReuseFigures, ReuseLink, Span
from provenance.outlets import Registry
from provenance.passages import passage_offsets
from provenance.reuse import LINK_RULE

#: Mean narrative similarity at or above which a derived text is a copy, not a rewrite.
#: Republished wire copy with trims scores 0.9-1.0 per sentence; rewrites 0.7-0.85.
COPY_SIMILARITY = 0.9
#: An undated article made at least this much of a dated one's sentences copies it.
UNDATED_COPY_COVERAGE = 0.5
WIRE_KINDS = frozenset({"wire", "state-media"})


@dataclass(frozen=True)
class ReuseRelation:
    later: str
    earlier: str
    relation: Relation  # copies, rewrites or shares-source
    link: ReuseLink
    reason: str


def classify_links(links: tuple[ReuseLink, ...], facts: Mapping[str, ArticleFacts],
                   registry: Registry) -> tuple[ReuseRelation, ...]:
    """A relation per link; copiers keep only their nearest parent."""
    derived: list[ReuseRelation] = []
    shared: list[ReuseRelation] = []
    neighbours = adjacency(links)
    for link in links:
        direction = _direction(facts[link.a], facts[link.b], link, registry, neighbours)
        if direction is None:
            shared.append(ReuseRelation(link.a, link.b, Relation.SHARES_SOURCE, link, "no evidence of direction"))
            continue
        later, earlier, reason = direction
        relation = Relation.COPIES if link.narrative_similarity >= COPY_SIMILARITY else Relation.REWRITES
        derived.append(ReuseRelation(later, earlier, relation, link, reason))
    wires = frozenset(r.earlier for r in derived if _is_wire(facts[r.earlier], registry))
    newsrooms = frozenset(r.later for r in derived if _is_newsroom(facts[r.later], registry))
    nearest = _nearest_parents(derived, facts, wires, newsrooms)
    parent_score = {r.later: r.link.score for r in nearest}
    kept_shared = [r for r in shared if _stronger_than_parents(r, parent_score)]
    kept_shared += _only_links(shared, kept_shared, parent_score, {r.earlier for r in nearest})
    return tuple(sorted([*nearest, *kept_shared], key=lambda r: (r.later, r.earlier)))


def _stronger_than_parents(shared: ReuseRelation, parent_score: Mapping[str, float]) -> bool:
    """A shared link is kept unless a side already has a parent link at least as strong.

    Two siblings carrying one wire text whole are better joined than one of them hung
    only from a page it rewrote a paragraph of.
    """
    return all(parent_score.get(side, -1.0) < shared.link.score for side in (shared.later, shared.earlier))


def _only_links(shared: list[ReuseRelation], kept: list[ReuseRelation], parent_score: Mapping[str, float],
                sources: set[str]) -> list[ReuseRelation]:
    """For a page that no other text relation holds (no parent, no copier, no shared link
    kept), its strongest shared link with passages of link weight, even where the other side
    has a stronger parent: an Arabic site sharing whole sentences with a page that rewrote a
    third one's is still one of that text's carriers, not a page on its own."""
    held = set(parent_score) | sources | {side for r in kept for side in (r.later, r.earlier)}
    best: dict[str, ReuseRelation] = {}
    for relation in shared:
        if relation.link.score < LINK_RULE.link_min_weight:
            continue
        for side in (relation.later, relation.earlier):
            if side not in held and (side not in best or relation.link.score > best[side].link.score):
                best[side] = relation
    added = {id(r): r for r in best.values()}
    return sorted(added.values(), key=lambda r: (r.later, r.earlier))


def _direction(a: ArticleFacts, b: ArticleFacts, link: ReuseLink, registry: Registry,
               neighbours: Mapping[str, Mapping[str, ReuseLink]]) -> tuple[str, str, str] | None:
    exact = instant_order(a.published, b.published)
    if exact is not None:
        later, earlier = (b, a) if exact < 0 else (a, b)
        return later.id, earlier.id, "publication times"
    if b.publisher_id and b.publisher_id in a.cited:
        return a.id, b.id, f"{a.id} credits {b.publisher_name}"
    if a.publisher_id and a.publisher_id in b.cited:
        return b.id, a.id, f"{b.id} credits {a.publisher_name}"
    order = _day_order(a.published, b.published)
    if order is not None:
        later, earlier = (b, a) if order < 0 else (a, b)
        return later.id, earlier.id, "publication dates"
    wire_a, wire_b = _is_wire(a, registry), _is_wire(b, registry)
    if wire_a != wire_b:
        later, earlier = (b, a) if wire_a else (a, b)
        return later.id, earlier.id, f"{earlier.publisher_name} is the wire agency"
    coverage = {a.id: max(link.coverage_a, link.containment_a), b.id: max(link.coverage_b, link.containment_b)}
    for undated, dated in ((a, b), (b, a)):
        if _undated(undated, dated) and coverage[undated.id] >= UNDATED_COPY_COVERAGE:
            if _holds_more_elsewhere(undated.id, dated.id, neighbours):
                return None  # it has words the dated page lacks: the two share a source
            if wire_marks(undated, NAMED_MARK_KINDS) and not wire_marks(dated, NAMED_MARK_KINDS):
                return None  # the wire's own copy, its dateline kept: the dated page had the wire's text too
            return undated.id, dated.id, f"undated page made {coverage[undated.id]:.0%} of a dated page's text"
    return None


#: A third page's text is held by one page at least this much more than by another (share of
#: its word trigrams): the first holds words the second lacks, so it did not copy the second.
HELD_ELSEWHERE = 0.2


def _held_share(link: ReuseLink, third: str) -> float:
    """Share of the third page's word trigrams the link's other page holds."""
    return link.containment_a if link.a == third else link.containment_b


def _holds_more_elsewhere(undated: str, dated: str, neighbours: Mapping[str, Mapping[str, ReuseLink]]) -> bool:
    """Whether the undated page holds more of a third page's text than the dated one does.

    An undated CNN affiliate and a dated scraper carry one story; the scraper reworded it,
    and an excerpt of the story elsewhere in the pile is 82 % inside the affiliate's text but
    51 % inside the scraper's. The affiliate did not take its words from the scraper: the
    two share a source, and which came first no date says.
    """
    mine, theirs = neighbours.get(undated, {}), neighbours.get(dated, {})
    return any(_held_share(mine[third], third) - _held_share(theirs[third], third) >= HELD_ELSEWHERE
               for third in mine.keys() & theirs.keys() if third not in (undated, dated))


def _undated(page: ArticleFacts, other: ArticleFacts) -> bool:
    """The page gives no date of its own where the other does: none at all, or only the
    day of a dateline its text shares with the other page ("VELMORA, March 11 (AFP) -" on a
    scraper's page is the wire's date, carried with the wire's text), beside an exact time."""
    if other.published is None:
        return False
    if page.published is None:
        return True
    chosen = page.identified.identity.published
    return (chosen is not None and chosen.kind == "dateline" and other.published.clock is not None
            and page.published.day == other.published.day)


def _day_order(first: PubDate | None, second: PubDate | None) -> int | None:
    """Order by day unless time zones could reverse it.

    Two days apart is always safe. One day apart is not when the two pages' zones are
    known to differ, or only one page gives its zone: Tokyo's morning of the 18th is New
    York's evening of the 17th. Two bare days are taken as read in one convention.
    """
    if first is None or second is None or first.day == second.day:
        return None
    gap = abs((first.day - second.day).days)
    zones = (first.utc_offset_minutes, second.utc_offset_minutes)
    mixed = (zones[0] is None) != (zones[1] is None) or (None not in zones and zones[0] != zones[1])
    if gap >= 2 or not mixed:
        return -1 if first.day < second.day else 1
    return None


#: Outlets that take wire copy from the wire they subscribe to.
NEWSROOM_KINDS = frozenset({"newspaper", "broadcaster", "magazine", "wire", "state-media"})


def _is_newsroom(facts: ArticleFacts, registry: Registry) -> bool:
    """A news organisation's page (by the registry, or a masthead's name the pile gives).

    Papers take wire copy from the wire and trim it at the same optional points (wires mark
    them): two papers ending a story at one paragraph is no sign that one took the other's
    page. A blog or a scraper that ends where a paper's reprint ends took that reprint.
    """
    return _publisher_kind(facts, registry) in NEWSROOM_KINDS


def _is_wire(facts: ArticleFacts, registry: Registry) -> bool:
    return _publisher_kind(facts, registry) in WIRE_KINDS


def _publisher_kind(facts: ArticleFacts, registry: Registry) -> str | None:
    outlet = registry.get(facts.publisher_id) if facts.publisher_id else None
    return outlet.kind if outlet else None


def _nearest_parents(derived: list[ReuseRelation], facts: Mapping[str, ArticleFacts],
                     wires: frozenset[str], newsrooms: frozenset[str] = frozenset()) -> list[ReuseRelation]:
    """Keep one parent per article, the first by :func:`_preference`."""
    carried = _Carried(derived)
    bests = _Bests.of(derived, facts, wires, newsrooms)
    best: dict[str, tuple[Preference, ReuseRelation]] = {}
    for relation in derived:  # each relation's preference computed once
        preference = _preference(relation, facts, carried, bests, wires)
        current = best.get(relation.later)
        if current is None or preference > current[0]:
            best[relation.later] = (preference, relation)
    return [relation for _, relation in best.values()]


def _near(relation: ReuseRelation, facts: Mapping[str, ArticleFacts],
          explained: Mapping[tuple[str, bool], float]) -> bool:
    """The parent explains about as much of the page as its best one does: the alignment
    pairs at most :data:`EXPLAINS_TIE_WORDS` fewer of the page's words with it."""
    words = _aligned(relation)[0] * facts[relation.later].compared_words
    return words >= explained[(relation.later, relation.relation == Relation.COPIES)] - EXPLAINS_TIE_WORDS


def _aligned(relation: ReuseRelation) -> tuple[float, float]:
    """(share of the later page's words, share of the earlier page's words) that the token
    alignment pairs with the other page's, in order."""
    link = relation.link
    return (link.aligned_a, link.aligned_b) if link.a == relation.later else (link.aligned_b, link.aligned_a)


@dataclass(frozen=True)
class _Bests:
    """Per copier, what its best candidate parents reach: the strongest link, the most of
    its words the alignment pairs (of its copies, of its rewrites), and the fewest words a
    near-best wire agency's copy leaves untaken."""

    score: dict[str, float]
    explained: dict[tuple[str, bool], float]
    wire_untaken: dict[str, float]
    untaken: dict[tuple[str, str], float]
    trim_untaken: dict[str, float]  # the fewest words a reprint trimmed like the copy leaves untaken

    @classmethod
    def of(cls, derived: list[ReuseRelation], facts: Mapping[str, ArticleFacts], wires: frozenset[str],
           newsrooms: frozenset[str] = frozenset()) -> _Bests:
        """``newsrooms``: copiers that are news organisations, for which no trim is told
        (:meth:`trimmed_like`)."""
        score: dict[str, float] = {}
        explained: dict[tuple[str, bool], float] = {}
        for relation in derived:
            score[relation.later] = max(score.get(relation.later, 0.0), relation.link.score)
            key = (relation.later, relation.relation == Relation.COPIES)
            explained[key] = max(explained.get(key, 0.0), _aligned(relation)[0] * facts[relation.later].compared_words)
        untaken: dict[tuple[str, str], float] = {}
        wire_untaken: dict[str, float] = {}
        for relation in derived:
            if relation.relation != Relation.COPIES:
                continue
            left = (1 - _aligned(relation)[1]) * facts[relation.earlier].compared_words
            untaken[(relation.later, relation.earlier)] = left
            if relation.earlier in wires and relation.later not in newsrooms and _near(relation, facts, explained):
                wire_untaken[relation.later] = min(wire_untaken.get(relation.later, left), left)
        trim_untaken: dict[str, float] = {}
        for (later, _), left in untaken.items():
            if _cut_before_the_wire(left, wire_untaken.get(later)):
                trim_untaken[later] = min(trim_untaken.get(later, left), left)
        return cls(score, explained, wire_untaken, untaken, trim_untaken)

    def trimmed_like(self, relation: ReuseRelation) -> bool:
        """A copy's text ends where this reprint's trim ends: the wire's own copy leaves at
        least :data:`TRIM_WORDS` more of its words untaken than this parent does, and no other
        reprint ends closer to where the copy ends (leaves TRIM_WORDS fewer untaken): of two
        papers' trims, the copy shares the one that cut what it lacks, not more."""
        mine = self.untaken.get((relation.later, relation.earlier))
        if mine is None or not _cut_before_the_wire(mine, self.wire_untaken.get(relation.later)):
            return False
        return mine < self.trim_untaken[relation.later] + TRIM_WORDS


def _cut_before_the_wire(untaken: float, wire_untaken: float | None) -> bool:
    """A parent leaves at least :data:`TRIM_WORDS` fewer of its words out of the copy than
    the wire's own copy does: it ends nearer where the copy ends."""
    return wire_untaken is not None and untaken <= wire_untaken - TRIM_WORDS


class _Carried:
    """Per copier, its candidate parents' links, to ask which of its passages it shares with
    a page that names an outlet there.

    Passages are built only for the links that can answer (the other page names the outlet
    at all): building every link's passages up front cost 2.6 s of the graph's 12 at
    10,000 articles.
    """

    def __init__(self, derived: list[ReuseRelation]) -> None:
        self._relations: dict[str, list[ReuseRelation]] = {}
        for relation in derived:
            self._relations.setdefault(relation.later, []).append(relation)

    def inherited(self, copier: str, outlet_id: str,
                  facts: Mapping[str, ArticleFacts]) -> list[tuple[int, int, frozenset[str]]]:
        """The copier's spans (start, end, the names used there) shared with another
        outlet's page that names ``outlet_id`` in them: offsets only, no passage is made."""
        spans = []
        for relation in self._relations.get(copier, ()):
            other = facts[relation.earlier]
            if other.publisher_id == outlet_id:
                continue
            naming = [a.source for a in other.attributions if a.outlet_id == outlet_id]
            if not naming:
                continue
            flip = relation.link.a != relation.later
            for a_start, a_end, b_start, b_end in passage_offsets(relation.link.passages):
                mine, theirs = ((b_start, b_end), (a_start, a_end)) if flip else ((a_start, a_end), (b_start, b_end))
                names = frozenset(_name_key(source.text) for source in naming if _inside(source, theirs))
                if names:
                    spans.append((*mine, names))
        return spans


class Credit(IntEnum):
    """How a page credits an outlet whose page it may have copied."""

    NONE = 0
    #: only by a wire mark (a dateline) it shares with another outlet's reprint: a farm
    #: copying a paper's page that kept "WASHINGTON (AP) -" carries the mark with the text
    CARRIED_MARK = 1
    #: in its own words or by its own wire mark or credit line
    OWN = 2


def _credit(child: ArticleFacts, outlet_id: str, facts: Mapping[str, ArticleFacts], carried: _Carried) -> Credit:
    """How the child credits the outlet: in its own words (or by a wire mark, a credit line
    of its own), only by a wire mark it shares with another outlet's reprint, or not at all.

    A blog copying a paper's reprint of a wire story carries the wire's "The Courier
    reported": that is the wire citing the Courier, not the blog, and says nothing of
    which page the blog took its text from. Nor does the agency's own "AFP could not
    verify" (:func:`~provenance.facts.is_carried_sentence`), which every copy carries.
    A mention is carried only where the other page names the outlet there in the same
    words: a rewrite's "news agency Associated Press reported" in a lead it shares with a
    reprint whose lead keeps the wire's "(AP)" dateline is the rewrite's own credit.
    """
    own = [a for a in child.attributions if a.outlet_id == outlet_id and not is_carried_sentence(a)]
    if not own:
        return Credit.NONE
    inherited = carried.inherited(child.id, outlet_id, facts)
    if any(not any(_inside(a.source, span[:2]) and _name_key(a.source.text) in span[2] for span in inherited)
           for a in own):
        return Credit.OWN
    return Credit.CARRIED_MARK if any(a.kind in WIRE_MARK_KINDS for a in own) else Credit.NONE


def _inside(inner: Span, outer: tuple[int, int]) -> bool:
    return outer[0] <= inner.start and inner.end <= outer[1]


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


#: Links within this share of a copier's strongest link are equally strong: identical
#: reprints of one wire story score a few tenths apart by their trims, which says nothing
#: of which one a page took. Calibrated on the realistic synthetic corpus (1k articles):
#: at 0 (exact scores) republishers hang from each other, not from the wire.
SCORE_TIE = 0.02
#: Parents whose token alignment pairs with at most this many fewer of the copier's words
#: than the best one does explain it equally well: a page's date line or a wire's dateline
#: is 4-10 words, and a sibling reprint that dropped the dateline as the copier did, or
#: prints its date line in the same house style, otherwise outranks the wire both took it
#: from. Calibrated on the realistic synthetic corpus (1k articles; see docs/inference.md).
EXPLAINS_TIE_WORDS = 10
#: A copy took a paper's reprint, not the wire, when the wire's copy leaves at least this
#: many more of its compared words untaken (sentences of 6 words or more; a page's date
#: lines and credit lines are not compared) than the reprint does: the copy ends where the
#: reprint's trim ends (a sentence). Calibrated on the realistic synthetic corpus (1k
#: articles, edge precision): 8 words 0.804, 10 0.809, 12 0.805; 12 was best while the
#: pages' date lines and "Reporting by" lines still counted as words left untaken.
TRIM_WORDS = 10

Preference = tuple[bool, bool, bool, bool, bool, bool, bool, float, float, float, str]


def _preference(relation: ReuseRelation, facts: Mapping[str, ArticleFacts], carried: _Carried, bests: _Bests,
                wires: frozenset[str]) -> Preference:
    """A copy before a rewrite, then the parent credited in the page's own words; then, of
    the parents that explain as much of the page as the best one does (near-equal), a
    reprint whose trim the page shares, the parent credited only by a wire mark the page
    shares with another reprint, the wire agency's own copy; then the strongest link
    (near-equal links tie), the parent the page carries most of, the earliest.

    A page that credits CPA and carries CPA's text took it from CPA, not from an
    aggregator that carries the same text an hour later; a blog that copies a paper word
    for word took it from that paper, even if the copied text names the original report
    (a credit counts only in the page's own words, :func:`_credit`); a copy that lacks the
    paragraphs a paper trimmed from the wire took the paper's reprint, even when it kept
    the wire's dateline that reprint kept; and a paper's silent reprint of a wire story
    took it from the wire, not from another paper's reprint that dropped the dateline as
    it did.
    """
    child, parent = facts[relation.later], facts[relation.earlier]
    credit = (_credit(child, parent.publisher_id, facts, carried)
              if parent.publisher_id and parent.publisher_id in child.cited else Credit.NONE)
    tied = relation.link.score >= (1 - SCORE_TIE) * bests.score[relation.later]
    link = relation.link
    copy = relation.relation == Relation.COPIES
    covered = (max(link.coverage_b, link.containment_b) if link.a == relation.later else
               max(link.coverage_a, link.containment_a)) if copy else 0.0
    near = _near(relation, facts, bests.explained)
    return (copy, credit == Credit.OWN, near, near and bests.trimmed_like(relation), credit == Credit.CARRIED_MARK,
            near and copy and relation.earlier in wires, tied, 0.0 if tied else link.score, round(covered, 2),
            -timestamp(parent), relation.earlier)


def passage_evidence(relation: ReuseRelation) -> tuple[Evidence, ...]:
    """Each shared passage, oriented from the later article to the earlier one."""
    flip = relation.link.a != relation.later
    return tuple(_passage_item(p, relation.later, relation.earlier, flip) for p in relation.link.passages)


def _passage_item(passage: Passage, later: str, earlier: str, flip: bool) -> Evidence:
    mine, theirs = (passage.b, passage.a) if flip else (passage.a, passage.b)
    detail = _passage_detail(passage.quoted, passage.words, passage.similarity, passage.spread)
    return Evidence(kind="passage", article=later, text=mine.text, start=mine.start, end=mine.end, detail=detail,
                    other_article=earlier, other_start=theirs.start, other_end=theirs.end, other_text=theirs.text,
                    similarity=passage.similarity)


def _passages_summary(link: ReuseLink) -> str:
    """How many passages, and the longest: a paraphrase link has none, only its containment."""
    count = len(link.passages)
    if count == 0:
        return "no similar sentence: kept vocabulary and phrasing only"
    longest = f", the longest {link.longest_passage} words" if link.longest_passage else ""
    return f"{count} passage{'s' if count != 1 else ''}{longest}"


@lru_cache(maxsize=8192)
def _passage_detail(quoted: bool, words: int, similarity: float, spread: int) -> str:
    """One string object per distinct description: millions of passages share a few thousand."""
    kind = "quoted speech" if quoted else "narrative"
    detail = f"{kind}; {words} words at {similarity:.0%}; carried by {spread} articles"
    counted = bool(LINK_RULE.counts(np.array([similarity]), np.array([quoted]))[0])
    return detail if counted else detail + "; not counted towards the link"


def relation_edge(relation: ReuseRelation, target: str | None = None) -> Edge:
    """The edge of a copy/rewrite, or of one side of a shared source (``target`` = its node)."""
    link = relation.link
    if relation.relation == Relation.SHARES_SOURCE:
        confidence = min(0.9, 0.4 + link.score / 250)
    else:
        confidence = min(0.95, 0.5 + max(link.coverage_a, link.coverage_b) / 2)
    figures = reuse_figures(relation)
    summary = Evidence(kind="reuse", article=relation.later, text=f"{relation.relation}: {relation.reason}",
                       detail=f"sentences matched {figures.matched:.0%} / {figures.other_matched:.0%}; "
                              f"trigrams contained {figures.contained:.0%} / {figures.other_contained:.0%}; "
                              f"aligned {figures.aligned:.0%} / {figures.other_aligned:.0%}; weight {link.score}; "
                              f"{_passages_summary(link)}",
                       other_article=relation.earlier)
    return Edge(relation.later, target or relation.earlier, relation.relation, round(confidence, 2),
                (summary, *passage_evidence(relation)), figures)


def reuse_figures(relation: ReuseRelation) -> ReuseFigures:
    """The link's figures from the later article's side; a copy or rewrite is wholly or
    partially derived by the share of its words aligned with its source (the link rule's)."""
    link = relation.link
    flip = link.a != relation.later

    def side(first: float, second: float) -> tuple[float, float]:
        return (second, first) if flip else (first, second)

    aligned = side(link.aligned_a, link.aligned_b)
    derivation = None if relation.relation == Relation.SHARES_SOURCE else LINK_RULE.derivation(aligned[0])
    return ReuseFigures(relation.earlier, derivation, *aligned, *side(link.coverage_a, link.coverage_b),
                        *side(link.containment_a, link.containment_b), link.narrative_similarity, link.score,
                        len(link.passages), link.longest_passage)
